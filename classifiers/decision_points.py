"""A council's decision list: point 1 fixes the programme's goals as lettered sub-points,
the later points assign actions that name their goal by its letter.

Minutes number the points of a decision ('Fullmäktige beslutar att' / '1. fastställa följande
mål för integrationsarbetet:' / 'a) alla nyanlända ...,' / 'b) ...;' / '2. uppdra åt
bildningsnämnden att ... (mål a);'). A point that ends with a colon and announces goals opens a
nested list: its lettered sub-points, up to the next numbered point, are the goals, each known
by its letter (the later points refer to them so, '(mål b)'). The sub-point is the goal without
its letter and without the comma, semicolon or 'och' / 'samt' that joins it to the next one,
as the decision's grammar adds them. The opening point itself (fix the goals) is no action.
"""

from __future__ import annotations

import re

from .prose import intro_kind
from .text import squash, strip_marker

# '1. fastställa följande mål ...:' -- a numbered point ending with a colon
_NUMBERED_POINT_RE = re.compile(r"^\s*\d{1,2}\.\s+\S")
# 'a) alla nyanlända ...,' -- a lettered sub-point
_LETTERED_RE = re.compile(r"^\s*(?P<letter>[a-zåäö])\)\s+(?P<text>\S.*?)\s*(?:[,;.]\s*(?:och|samt)?)?\s*$", re.S)


def opens_goal_points(item: str) -> bool:
    """A numbered decision point ending with a colon that announces goals ('1. fastställa
    följande mål för integrationsarbetet 2025–2027:')."""
    text = squash(strip_marker(item))
    return bool(_NUMBERED_POINT_RE.match(text)) and text.endswith(":") and intro_kind(text) == "goal"


def lettered_point(item: str) -> tuple[str, str] | None:
    """(letter, text) of a lettered sub-point ('b) barn och unga ... elever,' -> ('b', 'barn
    och unga ... elever')), else None."""
    m = _LETTERED_RE.match(squash(strip_marker(item)))
    if not m:
        return None
    return m.group("letter"), m.group("text").rstrip(",;. ")
