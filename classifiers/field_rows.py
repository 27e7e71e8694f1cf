"""Action tables that give each action two rows: the action on the first, and on an
unnumbered row under it its fields in one cell, 'Ansvar: X · Tid: Y · Mätare: Z'. A word
processor's table of a narrow 'Nr | Åtgärd' layout has no room for more columns, so its writer
puts who, when and how it is measured on the row below the action (a reading guide may say so:
'varje åtgärd på två rader'). Such a table is read as the table it lays out: one row per action
with a column per label ('Nr | Åtgärd | Ansvar | Tid | Mätare'), the field row's values in
them; the header names the columns by the field labels, as a table printed so would."""
from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .headers import field_label, label_role, map_columns
from .table_rows import one_header_table
from .text import squash

# the separators between the fields of one cell: a middle dot, a bullet, a vertical bar or a
# semicolon, spaced ('Ansvar: X · Tid: Y')
_FIELD_SEP_RE = re.compile(r"\s+[·•|;]\s+")
# the roles a field row may give an action
_FIELD_ROLES = frozenset({"responsible", "partners", "actors", "schedule", "indicator"})


def row_fields(cell: str) -> list[tuple[str, str]] | None:
    """[(label, value)] of a cell that is a run of two or more labelled fields of who, when
    and how an action is measured, separated by a middle dot or the like ('Ansvar: X · Tid:
    Y'), else None."""
    parts = _FIELD_SEP_RE.split(squash(cell))
    if len(parts) < 2:
        return None
    out: list[tuple[str, str]] = []
    for part in parts:
        found = field_label(part)
        if found is None or found[1] not in _FIELD_ROLES:
            return None
        label = found[0]
        value = part[len(label):].lstrip(" :").strip()
        if not value:
            return None
        out.append((label, value))
    return out


def _field_row(row: list[str]) -> list[tuple[str, str]] | None:
    """The fields of a row whose one filled cell is a run of fields, else None."""
    filled = [x for x in row if x.strip()]
    return row_fields(filled[0]) if len(filled) == 1 else None


def fold_field_rows(elements: list[Element]) -> list[Element]:
    """The element stream with each two-row action table read as one row per action."""
    return [_folded(el) or el for el in elements]


def _folded(el: Element) -> Element | None:
    t = one_header_table(el, 3)
    if t is None:
        return None
    header = list(t.rows[0])
    if "measure" not in map_columns(header).values():
        return None
    body = t.rows[1:]
    pages = el.pages[1:] if len(el.pages) == len(t.rows) else [el.page] * len(body)
    labels: list[str] = []
    merged: list[tuple[list[str], dict[str, str], int]] = []
    n_field_rows = 0
    for row, page in zip(body, pages):
        fields = _field_row(row)
        if fields is None:
            merged.append((list(row), {}, page))
            continue
        if not merged or merged[-1][1]:
            return None  # fields under no action, or a second field row under one
        n_field_rows += 1
        for label, value in fields:
            key = label.strip().capitalize()
            if key not in labels:
                labels.append(key)
            merged[-1][1][key] = value
    # every action (two at least) has its field row: the table's layout, not a stray row
    if n_field_rows < 2 or n_field_rows < len(merged):
        return None
    if any(label_role(h) in _FIELD_ROLES for h in header if h.strip()):
        return None  # the table has such columns already: its fields are no layout of its own
    rows = [header + labels] + [r + [""] * (len(header) - len(r)) + [f.get(k, "") for k in labels]
                                for r, f, _ in merged]
    table = t.model_copy(update={"rows": rows, "spans": []})
    return replace(el, table=table, pages=[el.pages[0] if el.pages else el.page] + [p for _, _, p in merged])
