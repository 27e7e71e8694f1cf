"""Rows of an action table that group the rows under them by time.

An action plan may be ordered by when its actions start rather than by goal: a row holding
only a year, a span of years or a time ('2025', '2026–2027', 'Hela perioden', set in the
action column or merged across the table) heads the actions under it, each of which starts
then (the plan says so: 'Åtgärderna har ordnats enligt det år då de inleds'). The row is no
action, and its time is the schedule of each action under it that names none of its own, up
to the next such row. A time alone is no action wherever it stands in the action column: a
print that sets each row as a card ('Åtgärd: 2026–2027') or numbers the rows ('5.6
2026–2027') groups its actions the same way, whatever the card's other fields repeat.
"""

from __future__ import annotations

import re

from .content_roles import is_schedule_cell
from .text import NUMBERED_RE, squash


# the group of actions that run all through the plan, set last ('Hela perioden', 'Hela
# programperioden'): a time only as a group's label (in a cell of its own it may be loose
# words, `content_roles.is_schedule_cell`)
_WHOLE_PERIOD_RE = re.compile(r"^(?:under\s+)?hela\s+(?:program|plan|strategi)?perioden$", re.I)


def _is_time(text: str) -> bool:
    return is_schedule_cell(text) or bool(_WHOLE_PERIOD_RE.match(text))


def group_time(row: list[str], roles: dict[int, str]) -> str | None:
    """The time a row of an action table states alone in its action column ('2026–2027',
    '5.6 2026–2027' numbered as the actions are), with no indicator beside it, in a table
    with no column of goals (a goal table's year is a target); else None."""
    if "goal" in roles.values():
        return None
    cols = [c for c, r in roles.items() if r == "measure"]
    if len(cols) != 1 or cols[0] >= len(row):
        return None
    text = squash(NUMBERED_RE.sub("", row[cols[0]], count=1))
    if not text or not _is_time(text):
        return None
    if any(row[c].strip() for c, r in roles.items() if r == "indicator" and c < len(row)):
        return None
    others = [x for c, x in enumerate(row) if c != cols[0] and x.strip() and roles.get(c) is None]
    if others:
        # a cell of no role beside it (a note, a cost): a row of the plan, not a group's
        return None
    return text


def leading_group_time(cell: str) -> tuple[str, str] | None:
    """(time, the rest) of an action cell whose first numbered line is a time alone and whose
    next line opens the next numbered action ('5.1 2025' / '5.2 Välkomstsamtal ...'): the
    group row of a print that numbers every row, read together with the action under it;
    else None."""
    lines = [ln for ln in (cell or "").splitlines() if ln.strip()]
    if len(lines) < 2 or not NUMBERED_RE.match(lines[0]) or not NUMBERED_RE.match(lines[1]):
        return None
    text = squash(NUMBERED_RE.sub("", lines[0], count=1))
    if not _is_time(text):
        return None
    return text, "\n".join(lines[1:])
