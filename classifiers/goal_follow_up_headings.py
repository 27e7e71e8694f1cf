"""A follow-up chapter whose sub-headings repeat the goals ('Uppföljning' / 'Alla som flyttar
hit får en bra start' / '• Antalet deltagare i välkomstträffarna').

A programme that follows up each goal by itself prints the goal again as a heading in its
follow-up chapter, with that goal's meters listed under it. The heading names the goal (its
words are the goal's, apart from numbering and a full stop): the list under it is that goal's
meters, even a short one whose items do not all open with a count ('Väntetiden till en plats
...'), and they follow up that goal.

classifiers/README.md, 'Follow-up headings repeating the goals'.
"""

from __future__ import annotations

from .reader_shared import strip_heading_number
from .text import GOAL_LABEL_RE, fold, squash


def _key(text: str) -> str:
    return fold(squash(strip_heading_number(text)).rstrip(".").strip().lower())


def goal_named_by_heading(goals, heading: str) -> str | None:
    """The id of the goal a heading repeats word for word, else None (no goal, or several).
    A goal read with its label ('Mål 1: X', as a table's goal column printed as cards gives
    it) is repeated by a heading 'X': the label is the print's, no words of the goal."""
    key = _key(heading)
    if len(key.split()) < 3:
        return None
    found = [g.id for g in goals if key in (_key(g.text), _key(GOAL_LABEL_RE.sub("", g.text, count=1)))]
    return found[0] if len(found) == 1 else None
