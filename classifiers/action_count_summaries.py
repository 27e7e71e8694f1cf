"""An overview table counting each goal's actions: the goals restated in short form.

A programme may open with 'the programme on one page': a table 'Strategiområde | Mål i
korthet | Antal åtgärder' giving each goal a short name and the number of its actions, the
full goal sentences, their actions and tables following in the chapters. A column that only
counts the actions says the table summarises actions printed elsewhere; its goal cells name
goals stated elsewhere too. Such a goal that no action, indicator or sub-goal came to (the
actions link to the full sentences) is the short form of another goal, not a goal of its own
-- when the programme states goals that do have actions; otherwise the table may be all the
programme says of its goals, and they stay.
"""

from __future__ import annotations

import re

from .text import squash

# 'Antal åtgärder', 'Åtgärder (antal)', 'Antal insatser', 'Åtgärder, st'
_COUNT_HEADER_RE = re.compile(
    r"^(?:antal\s+(?:åtgärder|insatser|aktiviteter)|(?:åtgärder|insatser)\s*(?:\(antal\)|,?\s*st\.?|\(st\.?\)))$",
    re.I)


# ... or a column whose head says its cells are short forms: 'Mål i korthet', 'Huvudmål i
# korthet', 'Målen kortfattat', 'Tavoite lyhyesti', 'Goal in brief'
_SHORT_FORM_HEADER_RE = re.compile(
    r"\b(?:i\s+korthet|kortfattat|i\s+sammandrag|lyhyesti|tiivistettynä|in\s+brief|in\s+short|at\s+a\s+glance)$",
    re.I)


def restates_short(header: list[str], body: list[list[str]]) -> bool:
    """Does the table restate its goals short: a column counting their actions
    (`counts_actions`), or a column headed as a short form ('Huvudmål i korthet')?"""
    return counts_actions(header, body) or any(_SHORT_FORM_HEADER_RE.search(squash(h or "")) for h in header)


def counts_actions(header: list[str], body: list[list[str]]) -> bool:
    """Has the table a column headed as a count of actions whose cells are bare numbers?"""
    for c, h in enumerate(header):
        if _COUNT_HEADER_RE.match(squash(h or "")):
            cells = [squash(r[c]) for r in body if c < len(r) and squash(r[c])]
            if cells and all(x.isdigit() for x in cells):
                return True
    return False


def drop_short_forms(b, short: set[str]) -> None:
    """Drop the goals of an action-counting overview (`short`) that nothing links to, when
    another goal has actions."""
    if not short:
        return
    linked = {g for x in list(b.measures) + list(b.indicators) for g in (x.goals or [x.goal]) if g}
    linked |= {g.parent for g in b.goals if g.parent}
    if not any(g.id in linked for g in b.goals if g.id not in short):
        return
    drop = {g.id for g in b.goals if g.id in short and g.id not in linked}
    b.goals = [g for g in b.goals if g.id not in drop]
