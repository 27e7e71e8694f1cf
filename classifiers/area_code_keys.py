"""A follow-up table keyed by area codes: 'Kod | Mätare' with 'C1' and 'C-2'.

A programme whose goal chapter is split into areas (3.1–3.5) may gather its meters in an
appendix keyed by a letter per area, in the areas' order (A = the first, B = the second, ...),
and tells the two kinds of key apart by a hyphen: a letter and a number ('C1') is a meter of
the area as a whole, a letter, a hyphen and a number ('C-2') the meter of the area's N-th
action in the order printed. The key is the link: an area-level meter follows its area's goal
up and no action, however its words resemble one (`counted_actions` would match them), and a
hyphened key names its action by place.

Read only where the key column holds nothing but such keys and both kinds occur (a column
of plain codes, 'A1', 'B2', is some other numbering), and every letter names an area read.
"""

from __future__ import annotations

import re

from .text import squash

_AREA_KEY_RE = re.compile(r"^(?P<letter>[A-Z])(?P<hyphen>\s*[-–]\s*)?(?P<num>\d{1,2})$")


def _keys(table) -> list[tuple[int, re.Match]] | None:
    rows = table.rows[table.header_rows or 0:] if table is not None else []
    for c in range(min((len(r) for r in rows), default=0)):
        cells = [squash(r[c] or "") for r in rows]
        found = [(k, _AREA_KEY_RE.match(x)) for k, x in enumerate(cells) if x]
        if len(found) >= 2 and all(m for _, m in found) \
                and any(m.group("hyphen") for _, m in found) and any(not m.group("hyphen") for _, m in found):
            return [(k, m) for k, m in found]
    return None


def link_area_code_keys(built, elements) -> None:
    """Each indicator read from a row of an area-keyed follow-up table: of the goal of the
    area its letter counts to (the programme's top goals in order, one per area), and of
    that goal's N-th action for a hyphened key, of no action for a plain one."""
    keyed = [(el.table, keys) for el in elements if el.kind == "table" and (keys := _keys(el.table))]
    if not keyed:
        return
    top_goals = [g for g in built.goals if not g.parent]
    by_text: dict[str, list] = {}
    for ind in built.indicators:
        by_text.setdefault(squash(ind.text), []).append(ind)
    own: dict[str, list] = {}  # goal id -> its actions, in order
    for x in built.measures:
        own.setdefault(x.goal, []).append(x)
    for table, keys in keyed:
        letters = {m.group("letter") for _, m in keys}
        if any(ord(x) - ord("A") >= len(top_goals) for x in letters):
            continue
        rows = table.rows[table.header_rows or 0:]
        for k, m in keys:
            inds = [i for cell in rows[k] for i in by_text.get(squash(cell or ""), [])]
            if not inds:
                continue
            goal = top_goals[ord(m.group("letter")) - ord("A")]
            mid = None
            if m.group("hyphen"):
                actions = own.get(goal.id, [])
                n = int(m.group("num"))
                mid = actions[n - 1].id if 1 <= n <= len(actions) else None
            for ind in inds:
                ind.measure, ind.goal, ind.goals = mid, goal.id, [goal.id]
