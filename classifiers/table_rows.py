"""A table element's rows: the table a column reader starts from (one header row, enough
rows), and the element without some of its rows -- the rows, their pages and the merged
cells' spans kept in step (a row dropped as no content: a running foot a table finder took
in, a card row holding only a continuation mark)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .elements import Element, Table


def one_header_table(el: Element, min_rows: int) -> Table | None:
    """The element's table when it has one header row and at least `min_rows` rows (the
    header counted), else None: the shape every column reader checks before it reads."""
    t = el.table
    if el.kind != "table" or t is None or t.header_rows != 1 or len(t.rows) < min_rows:
        return None
    return t


def drop_table_rows(el: Element, drop: list[int]) -> Element:
    """`el` (changed in place) without the rows at the indices `drop` (ascending): a span
    starting on a dropped row goes with it, one below moves up by the rows dropped above it."""
    t = el.table
    gone = set(drop)
    keep = [k for k in range(len(t.rows)) if k not in gone]
    if len(el.pages) == len(t.rows):
        el.pages = [el.pages[k] for k in keep]
    t.rows = [t.rows[k] for k in keep]
    t.spans = [(r - sum(d < r for d in drop), c, rs, cs) for r, c, rs, cs in t.spans if r not in gone]
    return el
