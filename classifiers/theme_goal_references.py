"""A goal referred to by the part it is stated in and its place there: 'Barn och unga, mål 2'.

A programme split by target groups or areas lists each part's goals unnumbered under the
part's heading ('3.1 Barn och unga (0–17 år)' / 'Vi vill att' / '• a' / '• b'), so a
follow-up table can only name a goal by its part and its place in that part's list
('Åtgärd / målgrupp': 'Barn och unga, mål 2', the heading's name shortened to its first
words). Such a cell refers to that goal -- a meter of the goal, no action of its own.
"""

from __future__ import annotations

import re

from .label_vocab import GOAL_REFERENCE_WORDS
from .text import fold

# '<part name>, mål K': a name of one to six words, a comma, the goal label and its place
_THEME_GOAL_RE = re.compile(
    rf"^(?P<name>[^\W\d_][^\W\d_\-–]*(?:[\s\-–]+[^\W\d_]+){{0,5}})\s*,\s*{GOAL_REFERENCE_WORDS}\s+(?P<num>\d{{1,2}})\.?$",
    re.I)


def theme_goal_reference(cell: str, goals: list) -> str | None:
    """The id of the goal a cell '<part name>, mål K' names: the K-th goal (in the order
    stated) of the one theme whose name opens with those words; else None."""
    m = _THEME_GOAL_RE.match((cell or "").strip())
    if not m:
        return None
    name = fold(m.group("name")).strip()
    by_theme: dict[str, list[str]] = {}
    for g in goals:
        theme = fold(getattr(g, "theme", None) or "")
        if theme == name or theme.startswith(name + " "):
            by_theme.setdefault(theme, []).append(g.id)
    if len(by_theme) != 1:
        return None
    ids = next(iter(by_theme.values()))
    k = int(m.group("num"))
    return ids[k - 1] if 1 <= k <= len(ids) else None
