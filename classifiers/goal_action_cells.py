"""A table whose first column holds a goal and its actions in one cell ('Mål och åtgärder':
the goal as the cell's first lines, then its actions as '– ' lines below it), the other
columns (responsible, time) one line per action beside them.

A programme that prints one row per goal puts the goal at the top of the cell and its
actions under it as a dashed list, as its reading guide may say ('I vänstra kolumnen står
målet överst och åtgärderna under det'); the header names both roles. Read as printed, the
column is a goal column whose dashed lines would be taken for sub-goals. Split into a goal
column (the unmarked lines before the first marked one) and an action column (the marked
lines), the table reads as any goal | actions | responsible | time table: the doers and times
go to the actions line for line."""

from __future__ import annotations

from .headers import header_roles
from .text import BULLET_RE, squash


def _split(cell: str) -> tuple[str, str] | None:
    """(goal, marked action lines) of a cell whose first line is unmarked and that has a
    marked line after it; else None."""
    lines = [ln for ln in (cell or "").split("\n") if ln.strip()]
    first = next((i for i, ln in enumerate(lines) if BULLET_RE.match(ln)), None)
    if not first:  # None (no marked line) or 0 (no goal line above them)
        return None
    return "\n".join(lines[:first]), "\n".join(lines[first:])


def split_goal_action_column(t):
    """The table with its goal-and-actions column split in two, or None when it has none:
    a header naming goals first and actions (and nothing else), and every filled cell of the
    column a goal line over marked action lines."""
    if not t.header_rows or not t.rows or len(t.rows) <= t.header_rows:
        return None
    head = t.rows[t.header_rows - 1]
    for c, h in enumerate(head):
        if header_roles(squash(h or "")) != ["goal", "measure"]:
            continue
        body = t.rows[t.header_rows:]
        cells = [r[c] if c < len(r) else "" for r in body]
        # (each filled cell split once: a goal over marked action lines, or no such column)
        split = [_split(x) if x and x.strip() else ("", "") for x in cells]
        if not any(x and x.strip() for x in cells) or any(p is None for p in split):
            return None
        rows = [list(r) for r in t.rows[:t.header_rows - 1]]
        rows = [r[:c] + [r[c] if c < len(r) else "", ""] + r[c + 1:] for r in rows]
        rows.append(list(head[:c]) + ["Mål", "Åtgärder"] + list(head[c + 1:]))
        for r, (goal, actions) in zip(body, split):
            rows.append(list(r[:c]) + [goal, actions] + list(r[c + 1:]))
        return t.model_copy(update={"rows": rows, "spans": []})
    return None
