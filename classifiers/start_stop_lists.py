"""Lists headed by what the programme starts, goes on with and stops doing.

A programme written after an evaluation often sorts each theme's work into three lists, each
under a plain label line in the speaker's words, with no colon:

    Det här börjar vi med        -> new actions
    Det här fortsätter vi med    -> actions carried on
    Det här slutar vi med        -> work being given up

The first two name what the plan does, its actions, as 'Åtgärder' over a list does; the
third names what the plan stops doing, no action of the plan (the work it ends is reported,
as a list of actions not taken is). The label is read by its verb: starting or going on
with something ('börjar', 'påbörjar', 'startar', 'inleder', 'fortsätter', 'behåller')
against stopping it ('slutar', 'avslutar', 'upphör', 'lägger ner', 'avvecklar'), with the
speaker ('vi', 'kommunen', 'staden') as its subject.
"""

from __future__ import annotations

import re

from .text import squash

_SPEAKER = r"(?:vi|kommunen|staden|vi\s+i\s+kommunen)"
_GO_ON = r"(?:börjar|påbörjar|startar|inleder|fortsätter|behåller)"
_STOP = r"(?:slutar|avslutar|upphör|lägger\s+ne[rd]|avvecklar)"
_VERB = rf"({_GO_ON}|{_STOP})"
# 'Det här börjar vi med', 'Detta slutar vi med', 'Vi fortsätter med:', 'Vi slutar med följande:'
_LABEL_RE = re.compile(
    rf"^(?:(?:det\s+här|detta|det\s+här\s+är\s+vad|så\s+här)\s+{_VERB}\s+{_SPEAKER}(?:\s+med)?"
    rf"|{_SPEAKER}\s+{_VERB}(?:\s+med)?(?:\s+(?:följande|detta))?)\s*:?\s*$", re.I)


def start_stop_kind(text: str) -> str | None:
    """'measure' for a label line over what the speaker starts or goes on doing,
    'background' over what it stops doing, None for any other text."""
    m = _LABEL_RE.match(squash(text))
    if not m:
        return None
    verb = m.group(1) or m.group(2)
    return "background" if re.fullmatch(_STOP, verb, re.I) else "measure"
