"""Goals written as a shift from the present state to the wished one (thirty-second blind set).

    Från: Nyinflyttade hittar inte information om kommunens tjänster.
    → Till: Alla nyinflyttade får grundläggande information inom en månad.

A programme may state each goal as a change, 'Från … → Till …' (a 'from–to shift', as
strategy work calls it): the 'Från' line is the situation now, the 'Till' line the state the
programme aims at -- its goal, as an 'Önskat läge' column beside a 'Nuläge' column is. The
'Till' line counts as such only right after a 'Från' line: 'till' alone is a preposition, and
only the pair makes the two labels, and only where both lines state a situation in a clause
of some words (a memo's head 'Från: <name>' / 'Till: <recipients>' names people). The pair is read as a goal field ('Mål: …'); the 'Från'
line, the present state, is background."""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .text import squash

_ARROWS = "→➔➜⇒►▶>–-"
_FROM_RE = re.compile(r"^\s*(?:[•●▪\-–]\s+)?från\s*:\s*\S", re.I)
_TO_RE = re.compile(rf"^\s*(?:[•●▪]\s+)?(?:[{_ARROWS}]+\s*)?till\s*:\s*(?P<goal>\S.*)$", re.I | re.S)


_MIN_WORDS = 4


def _states(value: str) -> bool:
    words = value.split()
    return len(words) >= _MIN_WORDS and value.count(",") < len(words) // 3


def read_shift_goals(elements: list[Element]) -> list[Element]:
    """The element stream with each 'Till:' line right after a 'Från:' line as a goal field."""
    out = list(elements)
    for k in range(1, len(elements)):
        el, prev = elements[k], elements[k - 1]
        if el.kind not in ("para", "bullet") or prev.kind not in ("para", "bullet"):
            continue
        if not _FROM_RE.match(prev.text):
            continue
        m = _TO_RE.match(el.text)
        # both lines state a situation, a clause of some words: a memo's head 'Från: <name,
        # title>' / 'Till: <recipients>' names people, no states
        if m and _states(prev.text.split(":", 1)[1]) and _states(m.group("goal")):
            out[k] = replace(el, kind="para", text="Mål: " + squash(m.group("goal")))
    return out
