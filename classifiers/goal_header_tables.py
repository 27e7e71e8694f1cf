"""A goal stated in its own action table's header row (fortieth blind set).

A word processor's small table per goal often puts the goal where the action column's header
would be: the first header cell is the goal with its label and number ('Mål 1. Nyinflyttade
känner till ...'), the other header cells name the action's fields ('Ansvarig | Samarbetspart
| Tidtabell'). The rows under it are the goal's actions; a last row merged across the table
(text in its first cell only) and opened by a meter label ('Mätare: a; b') says how the goal
is followed up. Read as printed, the header is no structure header (its first cell is
content, no column name), so the table is read by no rule.

Laid out as what it is: the goal's line, a plain action table ('Åtgärd | Ansvarig | …') and
the meter line after it. A row filled in the first cell only that is not the meter row (the
goal's actions are carried out by someone else, 'se bilaga 2') is a line of text too, read
as a paragraph: a row that names none of the fields its header asks for is no action row.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .headers import label_columns
from .text import GOAL_LABEL_WORDS, squash

# the goal's own label and number before the goal ('Mål 1. …', 'Målsättning 2: …'), a goal
# of some words after it
# (the label words: the shared main-goal list, text.GOAL_LABEL_WORDS)
_GOAL_HEADER_RE = re.compile(rf"^\s*{GOAL_LABEL_WORDS}\s+\d{{1,2}}(?:\.\d{{1,2}})*\s*[.:]\s+(?P<goal>\S.*\S)\s*$",
                             re.I | re.S)
# the roles the other header cells may name: the action's fields (its text has no column)
_FIELD_ROLES = frozenset(("responsible", "partners", "schedule", "indicator"))
# the name the action column gets once its header cell is the goal's line
_ACTION_HEADER = "Åtgärd"


def _goal_header(headers: list[str]) -> bool:
    """The first header cell states a numbered goal, every other (filled) cell names an
    action's field, one at least."""
    if len(headers) < 2 or not _GOAL_HEADER_RE.match(headers[0] or ""):
        return False
    m = label_columns(headers)
    if 0 in m and m[0] not in ("goal",):
        return False
    rest = [c for c in range(1, len(headers)) if (headers[c] or "").strip()]
    return bool(rest) and all(m.get(c) in _FIELD_ROLES for c in rest)


def _first_only(row: list[str]) -> bool:
    return bool((row[0] or "").strip()) and not any((x or "").strip() for x in row[1:])


def fold_goal_header_tables(elements: list[Element]) -> list[Element]:
    """The elements with each table whose header row states its goal laid out as the goal's
    line, the action table and its meter and note lines."""
    out: list[Element] = []
    for i, el in enumerate(elements):
        t = el.table
        if el.kind != "table" or t is None or len(t.rows) < 2 or not _goal_header(list(t.rows[0])):
            out.append(el)
            continue
        body = [list(r) for r in t.rows[1:]]
        pages = el.body_pages(1) if len(el.pages) >= len(t.rows) else [el.page] * len(body)
        notes = [k for k, r in enumerate(body) if _first_only(r)]
        # the goal's line a heading one level under the caption or heading above the table
        above = next((e.level for e in reversed(elements[:i]) if e.kind == "heading"), 0)
        out.append(Element(kind="heading", text=squash(t.rows[0][0]), page=el.page, level=above + 1))
        kept = [k for k in range(len(body)) if k not in notes]
        if kept:
            header = [_ACTION_HEADER, *t.rows[0][1:]]
            table = t.model_copy(update={"rows": [header, *(body[k] for k in kept)], "header_rows": 1,
                                         "spans": []})
            out.append(replace(el, table=table, pages=[el.page, *(pages[k] for k in kept)]))
        for k in notes:
            out.append(Element(kind="para", text=squash(body[k][0]), page=pages[k]))
    return out
