"""'Indikator | Utgångsläge 2024 | Mål 2027': in an indicator table, a header of the goal word
and a year only, set after the indicator and beside the level it starts from, names the level
aimed at by that year -- the target value of each row's indicator, as 'Målvärde 2027' would.
It holds figures ('300', '45 %', '–'), no goal: read as a goal column, each '–' or figure
became a goal of its own."""

from __future__ import annotations

import re

from .schedule import YEAR
from .text import squash

_YEAR_RE = re.compile(YEAR)
_BARE_YEAR_RE = re.compile(rf"^{YEAR}$")
_GOAL_YEAR_RE = re.compile(rf"^(?:mål|målet|målsättning)\s+(?:år\s+)?{YEAR}$", re.I)


def target_year_columns(headers: list[str], roles: dict[int, str], is_baseline) -> dict[int, str]:
    """`roles` without the goal role of 'Mål 2027' columns that stand after an indicator
    column in a table that also gives a baseline column (`is_baseline(header)`)."""
    indicator = min((i for i, r in roles.items() if r == "indicator"), default=None)
    if indicator is None:
        return roles
    # the baseline may be headed by its year alone ('Nyckeltal | 2024 | Målsättning 2028'): a
    # bare year before the target's year is the level measured then, the starting point
    targets = [int(y.group()) for h in headers if _GOAL_YEAR_RE.match(squash(h or ""))
               and (y := _YEAR_RE.search(h or ""))]
    # (only where another column names each row's goal, 'Nyckeltal | Mål | 2024 | Målsättning
    # 2028': a table with no such column reads its 'Mål 2029' column as it always has)
    other_goal = any(r == "goal" and not _GOAL_YEAR_RE.match(squash(headers[i] or ""))
                     for i, r in roles.items() if i < len(headers))
    measured_year = bool(targets) and other_goal and any(
        _BARE_YEAR_RE.match(squash(h or "")) and int(squash(h)) < max(targets) for h in headers)
    if not (measured_year or any(is_baseline(h or "") for h in headers)):
        return roles
    return {i: r for i, r in roles.items()
            if not (r == "goal" and i > indicator and _GOAL_YEAR_RE.match(squash(headers[i] or "")))}
