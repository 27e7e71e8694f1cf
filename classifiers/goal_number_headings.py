"""A heading that only names a goal stated earlier by its number: 'Till mål 1', 'Mål 2',
'Åtgärder för mål 3', 'För mål 4:'.

A programme that states its goals once, numbered (a goal table 'Mål | Område | …' of '1. …'
cells, a numbered list), often prints its action list afterwards sorted by goal, under
headings that say no more than which goal the actions under them serve. Such a heading
states no goal of its own and announces no list of goals: the items under it are that goal's
actions. Only a heading that is the reference and nothing else is read so ('Mål 2 – Arbete',
naming an area too, is read as a goal heading), and only when the goal so numbered was
stated before it (else the heading may be the goal's own title card).
"""

from __future__ import annotations

import re

from .text import fold, squash

# (folded: 'mål' -> 'mal', 'åtgärder' -> 'atgarder'): an optional section number, an optional
# word for the actions and a preposition, 'mål' and the goal's number, nothing after it but a
# colon
_REF_HEADING_RE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:atgarder(?:na)?|insatser(?:na)?|aktiviteter(?:na)?)\s+)?"
    r"(?:(?:till|for|inom|under|i)\s+)?(?:mal(?:et)?)\s+(?:nr\.?\s*|nummer\s+)?(?P<num>\d{1,2})\s*[:.]?$")


def goal_number_heading(heading: str) -> str | None:
    """The goal number a heading consists of ('Till mål 1' -> '1'), else None."""
    m = _REF_HEADING_RE.match(fold(squash(heading)))
    return m.group("num") if m else None
