"""An action plan printed from a spreadsheet with one row per goal and its actions side by
side in repeated column groups (thirty-ninth blind set):

    Nr | Tema   | Mål          | Åtgärd A | Ansvar A               | Åtgärd B | Ansvar B | Åtgärd C | Ansvar C
    1  | Arbete | Fler i arbete | Företagsbesök | Näringslivsbyrån, stöd: X | Praktik | Y     |          |

A spreadsheet has no room for a list in a cell, so a goal's actions get a column pair each:
'Åtgärd A | Ansvar A', 'Åtgärd B | Ansvar B', ... -- the same role words, told apart by a
letter or number after them. A pair left empty means the goal has fewer actions. Each filled
group is one action of the row's goal, its code the goal's number and the group's letter
('3B': goal 3, column B), by which a schedule or a follow-up refers to it ('(åtgärd 3B)').
A print breaking the sheet over pages repeats its header row as a data row.

Such a table is read as the plain action table it stands for: the columns outside the groups
(number, theme, goal) on every row, one row per filled group with the group's cells under
their role words, and a 'Kod' column holding the action's code when the row has a number.
Gate: two groups at least, each with an action column, all groups of the same role words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .builder import transposed
from .elements import Element
from .headers import header_role
from .text import squash

# 'Åtgärd A', 'Ansvar B', 'Åtgärd 2', 'Tidtabell (C)': a role word and the group's mark
_GROUPED_HEADER_RE = re.compile(r"^(?P<word>\S.*?)\s+\(?(?P<mark>[A-Z]|\d)\)?$")
# a whole number alone: the row's (goal's) number
_NUMBER_RE = re.compile(r"^\d{1,2}\.?$")


def _groups(header: list[str]) -> tuple[list[str], dict[str, list[tuple[int, str]]]] | None:
    """(role words of a group, {mark: [(column, role word)]}) of a header of repeated column
    groups, else None."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for c, h in enumerate(header):
        m = _GROUPED_HEADER_RE.match(h)
        if not m or header_role(m.group("word")) is None:
            continue
        groups.setdefault(m.group("mark"), []).append((c, m.group("word")))
    if len(groups) < 2:
        return None
    shapes = {tuple(w.casefold() for _, w in cols) for cols in groups.values()}
    if len(shapes) != 1:
        return None
    words = [w for _, w in next(iter(groups.values()))]
    if "measure" not in [header_role(w) for w in words]:
        return None
    return words, groups


def _number_column(body: list[list[str]], shared: list[int], header: list[str]) -> int | None:
    """The first of the `shared` columns whose filled cells are all whole numbers, one at
    least (an empty column, a blank spreadsheet column A, numbers nothing); the header
    printed again as a data row is passed over."""
    for c in shared:
        cells = [squash(r[c]) for r in body if c < len(r) and [squash(x) for x in r] != header]
        filled = [x for x in cells if x]
        if filled and all(_NUMBER_RE.match(x) for x in filled):
            return c
    return None


def fold_column_groups(elements: list[Element]) -> list[Element]:
    """The element stream with each table of repeated action column groups read as a plain
    action table, one row per filled group."""
    return [_folded(el) or el for el in elements]


def _folded(el: Element) -> Element | None:
    t = el.table
    if el.kind != "table" or t is None or not t.header_rows or len(t.rows) < 2:
        return None
    header = [squash(h) for h in t.rows[0]]
    found = _groups(header)
    if found is None:
        return None
    if transposed(t) is not None:
        # 'Fält | Åtgärd 1 | Åtgärd 2' over rows led by role labels ('Åtgärdens innehåll',
        # 'Ansvarig', 'Tidtabell'): one action per column of a table printed on its side, no
        # goal's row of action columns (`builder.transposed` turns it)
        return None
    words, groups = found
    grouped = {c for cols in groups.values() for c, _ in cols}
    shared = [c for c in range(len(header)) if c not in grouped]
    number_col = _number_column(t.rows[1:], shared, header)
    rows = [[header[c] for c in shared] + words + (["Kod"] if number_col is not None else [])]
    row_pages = el.body_pages()
    pages = [el.pages[0] if el.pages else el.page]
    for r, page in zip(t.rows[t.header_rows:], row_pages[t.header_rows - 1:]):
        cells = [r[c] if c < len(r) else "" for c in range(len(header))]
        if [squash(x) for x in cells] == header:
            continue  # the header printed again where the sheet broke over a page
        for mark, cols in groups.items():
            if not any(squash(cells[c]) for c, _ in cols):
                continue  # an empty pair: the goal has fewer actions
            row = [cells[c] for c in shared] + [cells[c] for c, _ in cols]
            if number_col is not None:
                num = squash(cells[number_col]).rstrip(".")
                row.append(f"{num}{mark}" if num else "")
            rows.append(row)
            pages.append(page)
    if len(rows) < 2:
        return None
    return replace(el, pages=pages, table=t.model_copy(update={
        "rows": rows, "spans": [], "header_rows": 1, "continued": False, "continues_row": False}))
