"""Hierarchy tables whose level columns hold only codes (thirty-second blind set).

    Område | Mål | Åtgärd | Text                          | Ansvar        | När
    1      |     |        | Språk och vägledning          |               |
           | 1.1 |        | Nya invånare känner till ...  |               |
           |     | 1.1.1  | Introduktionsdag för ...      | Kommunkansliet| 2026–2029

A programme kept as an outline of numbered points (area 1, goal 1.1, action 1.1.1) may be laid
out as one table whose first columns hold only the codes -- one column a level -- and one
column the text of every row: the level is told by the column the row's code stands in
(the document says so: 'första siffran anger insatsområdet, de två första siffrorna målet och
alla tre siffrorna åtgärden'). Fields such as Ansvar and När are filled on the action rows.

The columns are level columns when two at least, side by side, hold in every body cell
nothing or a dotted code only (no words), each row fills exactly one of them, and the codes
grow one part deeper from each column to the next; the text column is the one column right
of them whose header names no field and that is filled on every row. Such a table is read as
the outline it lays out: each row's text moves into the level column its code stands in (the
code itself dropped: a goal's or action's number is not its text), and the text column goes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .headers import map_columns
from .table_rows import one_header_table
from .text import squash

_CODE_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")


def _depth(code: str) -> int:
    return len(code.rstrip(".").split("."))


def fold_code_level_columns(elements: list[Element]) -> list[Element]:
    """The element stream with each code-level table read as the outline table it lays out."""
    return [_folded(el) or el for el in elements]


def _level_columns(header: list[str], body: list[list[str]]) -> list[int]:
    """The leftmost run of two or more columns that hold only codes, one deeper per column."""
    def codes_only(c: int) -> bool:
        cells = [squash(r[c]) if c < len(r) else "" for r in body]
        return any(cells) and all(x == "" or _CODE_RE.match(x) for x in cells)

    run: list[int] = []
    for c in range(len(header)):
        if codes_only(c):
            run.append(c)
        elif run:
            break
    if len(run) < 2:
        return []
    depths = []
    for c in run:
        ds = {_depth(squash(r[c])) for r in body if c < len(r) and squash(r[c])}
        if len(ds) != 1:
            return []
        depths.append(ds.pop())
    if any(b != a + 1 for a, b in zip(depths, depths[1:])):
        return []
    return run


def _folded(el: Element) -> Element | None:
    t = one_header_table(el, 3)
    if t is None:
        return None
    header = [squash(h) for h in t.rows[0]]
    body = [list(r) for r in t.rows[1:]]
    levels = _level_columns(header, body)
    if not levels:
        return None
    if any(sum(1 for c in levels if c < len(r) and squash(r[c])) != 1 for r in body):
        return None
    roles = map_columns(header)
    rest = [c for c in range(levels[-1] + 1, len(header)) if c not in roles]
    text_cols = [c for c in rest if all(c < len(r) and squash(r[c]) for r in body)]
    if len(text_cols) != 1:
        return None
    text = text_cols[0]
    rows: list[list[str]] = [[h for c, h in enumerate(t.rows[0]) if c != text]]
    # rows of the first level over rows of the next ('1 Språk' over '1.1 <goal>'): a group's
    # title, printed once in the first column of the group's first row (as a grouping
    # column holds the area its rows belong to) rather than as a row of its own
    top, pending = levels[0], ""
    group_rows = len(levels) > 2
    for r in body:
        if group_rows and top < len(r) and squash(r[top]):
            pending = r[text]
            continue
        out = []
        for c in range(len(header)):
            if c == text:
                continue
            cell = r[c] if c < len(r) else ""
            out.append(r[text] if c in levels and squash(cell) else cell)
        if group_rows:
            out[top] = pending
            pending = ""
        rows.append(out)
    return replace(el, table=t.model_copy(update={"rows": rows, "spans": []}))
