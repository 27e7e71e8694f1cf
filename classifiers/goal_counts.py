"""A sentence that counts the goals ('Arbetsgruppen formulerade sex mål under tre teman.',
'Vi har satt upp 4 mål för perioden.'): a reading guide to the goal list under it, no goal.

A goal states a state of the world to reach; a sentence whose object is the goals themselves,
counted by a number ('sex mål', 'tre huvudmål', '5 delmål'), speaks about the document's
goals -- who wrote them, how many, how they are grouped -- as 'Programmet har sex mål' does
(`read_paragraphs._DOCUMENT_CONTENTS_RE`) whatever its subject is."""

from __future__ import annotations

import re

_NUMBER = r"(?:\d{1,2}|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)"
# a number straight before the goal noun (plural, standing alone: 'sex mål', 'tre delmål',
# 'fyra målsättningar'); not a compound ('tre målgrupper') nor a share ('80 % av målen')
_COUNTED_GOALS_RE = re.compile(
    rf"(?<![\w%,.])\b{_NUMBER}\s+(?:\w+\s+)?(?:(?:del|huvud|effekt|resultat)?mål|målsättningar)\b(?![\w-])",
    re.I)


def counts_goals(sentence: str) -> bool:
    """True when the sentence counts goals by a number before the goal noun."""
    return bool(_COUNTED_GOALS_RE.search(sentence))
