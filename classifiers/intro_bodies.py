"""List items whose subject is a body the list's introduction named ('Kustö byaråd,
Marthaföreningen och idrottsföreningen KIF tog fram detta målkort. Vi gör så här:' over
'Marthorna håller matlagningskvällar ...'). The items refer to those bodies by short forms
(the members, 'Marthorna'; the definite form, 'Byarådet'): a subject that opens with the
first letters of a body the introduction names is that body acting, its doer."""

from __future__ import annotations

import re

from .actors import names_actor
from .text import fold

# the shared opening that makes a short form of a name: five letters ('Marth|orna' of
# 'Marth|aföreningen', 'Byarå|det' of 'byarå|d')
_STEM = 5
_PRESENT_VERB_RE = re.compile(r"^[a-zåäö]+r$")


def subject_from_intro(item: str, intro: str) -> list[str]:
    """[the subject] of an item 'Subject verb ...' when the subject is one capitalised word
    opening like a body the introduction names (an organisation word, `names_actor`), else []."""
    toks = item.split()
    if len(toks) < 3 or not toks[0][:1].isupper() or not _PRESENT_VERB_RE.match(toks[1]):
        return []
    subject = toks[0].strip(",;:")
    stem = fold(subject)[:_STEM]
    if len(subject) < _STEM or not intro:
        return []
    bodies = [w.strip(",.;:()") for w in intro.split()]
    if any(len(b) >= _STEM and fold(b)[:_STEM] == stem and names_actor(b.capitalize()) for b in bodies):
        return [subject]
    return []
