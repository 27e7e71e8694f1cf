"""A goal table that lists each goal's actions by number: 'Mål | Vad vi vill uppnå | Område |
Åtgärder' over rows '1 | <goal> | Arbete | 1–3' (thirty-eighth blind set).

A programme that states its goals once, in a summary table, may say which actions serve each
goal by the actions' numbers ('1–3', '4–5', '9, 10'), the actions themselves numbered in a
list of their own later ('1. Arbetsintroduktion … .'). Such a column holds no action: its
cells are number lists only, one at least naming two numbers or more (a bare '3' alone could
count the actions), and no number in two rows (each action serves one goal by its number).
The action numbered so serves the goal of that row. A goal column holding bare numbers only
beside a goal column of words ('Mål': '1' | 'Vad vi vill uppnå': '<goal>') is the goal's
number, no goal of its own."""

from __future__ import annotations

from collections import Counter

from .goal_lookup import bare_code, bare_number, number_letter_code
from .number_ranges import expand_numbers, is_number_list
from .text import squash


def action_range_column(rows: list[list[str]], roles: dict[int, str], listing: bool = False) -> int | None:
    """The measure column of a goal table whose every filled cell lists action numbers
    ('1–3', '4 och 5'), at least one naming two or more, no number listed twice; else None.
    `listing`: the table goes on a table read so under the same header (the next card of a
    summary printed as cards): one number alone ('13') lists the goal's one action."""
    if "goal" not in roles.values():
        return None
    for c, role in sorted(roles.items()):
        if role != "measure":
            continue
        cells = [squash(r[c]) for r in rows if c < len(r) and squash(r[c])]
        if not cells or not all(is_number_list(x) for x in cells):
            continue
        nums = [expand_numbers(x) for x in cells]
        flat = [n for ns in nums for n in ns]
        if (listing or any(len(ns) > 1 for ns in nums)) and len(flat) == len(set(flat)):
            return c
    return None


def without_goal_number_column(rows: list[list[str]], roles: dict[int, str]) -> dict[int, str]:
    """`roles` without a goal column of bare numbers or codes ('1', '2.', '1A') standing beside a goal
    column of words: that column numbers the goals (the table reader keeps the number as the
    goal's, `read_tables`), it states none."""
    goal_cols = [c for c, r in roles.items() if r == "goal"]
    if len(goal_cols) < 2:
        return roles

    filled = {c: [x for r in rows if c < len(r) and (x := squash(r[c]))] for c in goal_cols}
    # (or codes: 'A1', '1A', '2b', as a goal table's 'Mål nr' column prints them)
    numbered = [c for c in goal_cols if filled[c]
                and all(bare_number(x) or bare_code(x) or number_letter_code(x) for x in filled[c])]
    worded = [c for c in goal_cols if c not in numbered and any(any(ch.isalpha() for ch in x) for x in filled[c])]
    if len(numbered) != 1 or not worded:
        return roles
    return {c: r for c, r in roles.items() if c != numbered[0]}


def link_listed_action_numbers(built) -> None:
    """Each numbered measure whose number a goal table listed under one goal (`built.
    goal_of_action_number`) serves that goal -- when the document's action numbers are
    its own (no two measures share one: numbers counted anew per chapter name no action
    of the table's)."""
    listed = built.goal_of_action_number
    if not listed:
        return
    uses = Counter(built.measure_number.values())
    known = {g.id for g in built.goals}
    meters_of: dict[str, list] = {}
    for ind in built.indicators:
        meters_of.setdefault(ind.measure, []).append(ind)
    for m in built.measures:
        num = built.measure_number.get(m.id)
        gid = listed.get(num) if num is not None and uses[num] == 1 else None
        if gid in known and m.goal != gid:
            m.goal, m.goals = gid, [gid]
            # ... and so do the meters of it, read before its goal was known
            for ind in meters_of.get(m.id, []):
                ind.goal, ind.goals = gid, [gid]
