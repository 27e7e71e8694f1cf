"""Vertically merged cells of an action table as a PDF extractor returns them: the text in
the middle row of the merged group, the rows above and below it empty.

    Nr  | Mål              | Åtgärd        | Ansvar       | Tidtabell
    1.1 |                  | Arbetsgivar…  |              | 2025
    1.2 | Fler i arbete …  | Lärlingsplats…| Näringslivet | 2026
    1.3 |                  | Information … |              | 2026
    2.1 |                  | Svenskkurser… | Institutet   | varje termin
    2.2 | Vuxna lär sig …  | Språkvänner   | Biblioteket  | 2025–2027

A word processor's table whose goal spans several action rows merges the goal's cells into
one, and so may a responsible, partner or time shared by all of them; a PDF prints the
merged text at the middle of the cell, and the extractor gives it to the middle row. The
action number ('1.2': the second action of goal 1) is what ties a row to its group. A goal
cell filled only in a later row of its number group, the group's first row empty, is the
sign: no table leaves the first row of a goal's actions empty to mean "as below". In a table
showing it, each number group's column that holds one filled cell and is empty on the
group's first row is that one merged value for every row of the group, not the value of
the row above (which "same as above" would carry over from the previous goal).

classifiers/README.md, 'Merged cells ...' (fortieth set).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .headers import map_columns
from .text import squash

# an action's dotted number alone in its cell: '1.2', '3.1.' (the first part: its goal's)
_DOTTED_RE = re.compile(r"^\s*(\d{1,2})\.\d{1,2}\.?\s*$")
# the columns a merged group shares: the goal, who does the work, with whom, when
_SHARED_ROLES = ("goal", "responsible", "partners", "schedule")


def _number_column(rows: list[list[str]]) -> int | None:
    """The column whose every body cell is a dotted action number, else None."""
    width = min(len(r) for r in rows)
    for c in range(width):
        if all(_DOTTED_RE.match(r[c] or "") for r in rows):
            return c
    return None


def _groups(rows: list[list[str]], num_col: int) -> list[list[int]]:
    """Indices of the body rows, one list per run of the same goal number."""
    out: list[list[int]] = []
    last = None
    for i, r in enumerate(rows):
        key = _DOTTED_RE.match(r[num_col]).group(1)
        if key != last:
            out.append([])
            last = key
        out[-1].append(i)
    return out


def _middle_filled(rows: list[list[str]], group: list[int], c: int) -> str | None:
    """The one filled cell of column `c` in a group of two rows or more whose first row is
    empty there, else None."""
    if len(group) < 2 or c >= min(len(rows[i]) for i in group) or squash(rows[group[0]][c]):
        return None
    filled = [rows[i][c] for i in group if squash(rows[i][c])]
    return filled[0] if len(filled) == 1 else None


def fill_merged_cells(rows: list[list[str]], roles: dict[int, str]) -> list[list[str]] | None:
    """The body `rows` with each merged group cell given to every row of its group, when the
    table has a column of dotted action numbers and its goal column shows a merged cell
    printed below its group's first row; else None."""
    if len(rows) < 2:
        return None
    num_col = _number_column(rows)
    goal_cols = [c for c, r in roles.items() if r == "goal"]
    if num_col is None or len(goal_cols) != 1:
        return None
    groups = _groups(rows, num_col)
    if not any(_middle_filled(rows, g, goal_cols[0]) for g in groups):
        return None
    out = [list(r) for r in rows]
    for c in sorted(c for c, r in roles.items() if r in _SHARED_ROLES):
        for g in groups:
            value = _middle_filled(rows, g, c)
            if value is None:
                continue
            for i in g:
                if not squash(out[i][c]):
                    out[i][c] = value
    return out


def read_merged_group_cells(elements: list[Element]) -> list[Element]:
    """The elements with the merged cells of each action table grouped by action number
    given to every row of their group (`fill_merged_cells`)."""
    out: list[Element] = []
    for el in elements:
        t = el.table
        if el.kind == "table" and t is not None and len(t.rows) >= 3:
            n_hdr = t.header_rows or 1
            filled = fill_merged_cells(t.rows[n_hdr:], map_columns(list(t.rows[0])))
            if filled is not None:
                el = replace(el, table=t.model_copy(update={"rows": [*t.rows[:n_hdr], *filled]}))
        out.append(el)
    return out
