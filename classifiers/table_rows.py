"""A table element's rows: the table a column reader starts from (one header row, enough
rows), and the element without some of its rows -- the rows, their pages and the merged
cells' spans kept in step (a row dropped as no content: a running foot a table finder took
in, a card row holding only a continuation mark)."""
from __future__ import annotations

import re
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


# a cell's text that ends a sentence or a field: no line broken off in mid-sentence
_CLOSED_RE = re.compile(r"[.:;!?)\]”\"]\s*$")


def paragraphs_out_of_tables(elements: list[Element]) -> list[Element]:
    """The element stream with the first line of a paragraph that a table finder took in as
    the table's last row given back to the paragraph: a row of one cell, the first, that
    breaks off in mid-sentence (no closing stop) while the paragraph right after the table
    opens in lower case, going on with it ('Medborgarinstitutets egen läroplan för svenska
    som' | 'andraspråk godkänns separat …'). A table whose rows all fill one cell only is
    left as it is (a list set as a table), and so is a row the text after it does not go on
    from. Tables read from aligned lines end where the lines stop lining up, and a paragraph
    set at the first column's edge right under the table lines up with it."""
    for k in range(len(elements) - 1):
        el, nxt = elements[k], elements[k + 1]
        t = el.table
        if el.kind != "table" or t is None or nxt.kind != "para" or not nxt.text[:1].islower():
            continue
        body = t.rows[t.header_rows:]
        if len(body) < 2 or not t.header_rows:
            continue
        last = body[-1]
        filled = [c for c in last if c and c.strip()]
        if len(filled) != 1 or not (last[0] or "").strip() or "\n" in last[0].strip() \
                or _CLOSED_RE.search(last[0]):
            continue
        if not all(sum(1 for c in r if c and c.strip()) >= 2 for r in body[:-1]):
            continue
        line = last[0].strip()
        drop_table_rows(el, [len(t.rows) - 1])
        nxt.text = f"{line} {nxt.text}"
    return elements
