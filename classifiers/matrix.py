"""Responsibility matrices: one column per actor, a mark in the cell of each actor taking part.

    Mål | Åtgärd          | Bildningsavdelningen | Kommunkansliet | Välfärdsområdet | Tidtabell
    A1  | Språkcafé ...   | X                    |                | (X)             | 2025–2028

A programme may name its actors in the header instead of in the rows (a RACI-style matrix):
the header cell is the actor's name, and the row's cell says what part it takes. 'X' makes
the column's actor responsible, '(X)' (the mark in brackets: a lesser part) a partner. A
column is an actor column when its header names no role and is a short label, and every
body cell is empty or a mark; the table must have two such columns at least and one plain
'X' (a single column of crosses is a yes/no column, 'Genomförd | X', not a matrix).
"""

from __future__ import annotations

import re

from .headers import is_label_cell
from .text import squash

_MARK_RE = re.compile(r"^[xX×✓✔]$")
_PARTNER_MARK_RE = re.compile(r"^\(\s*[xX×✓✔]\s*\)$")


def _mark(cell: str) -> str | None:
    """'responsible' for a plain mark, 'partners' for a mark in brackets, else None."""
    text = squash(cell)
    if _MARK_RE.match(text):
        return "responsible"
    if _PARTNER_MARK_RE.match(text):
        return "partners"
    return None


def mark_columns(headers: list[str], rows: list[list[str]], roles: dict[int, str]) -> dict[int, str]:
    """Column -> actor name of the actor columns of a responsibility matrix, {} for any
    other table. `roles`: the columns the header names (goal, measure, schedule, ...)."""
    out: dict[int, str] = {}
    crosses = 0
    for c, h in enumerate(headers):
        name = squash(h)
        if c in roles or not name or not is_label_cell(h):
            continue
        cells = [squash(r[c]) for r in rows if c < len(r) and squash(r[c])]
        marks = [_mark(x) for x in cells]
        if cells and all(marks):
            out[c] = name
            crosses += marks.count("responsible")
    return out if len(out) >= 2 and crosses else {}


def mark_actors(row: list[str], columns: dict[int, str]) -> tuple[list[str], list[str]] | None:
    """(responsible, partners) a row of the matrix marks, None when it marks nobody."""
    resp, partners = [], []
    for c, name in columns.items():
        kind = _mark(row[c]) if c < len(row) else None
        if kind == "responsible":
            resp.append(name)
        elif kind == "partners":
            partners.append(name)
    return (resp, partners) if resp or partners else None
