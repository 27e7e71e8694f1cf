"""A table header of two rows: group labels over merged cells, sub-headers under them
(forty-second blind set).

A Word table whose header merges cells over column groups comes out of the PDF extractor as
a header row with the group label in the first cell of the group and the rest of the group
left empty, and the sub-headers as the first data row, with nothing under the columns that
were not grouped (their header cell spanned both rows):

    Mål | Åtgärd | Genomförande | ''        | Uppföljning | ''
    ''  | ''     | Ansvarig     | Tidtabell | Mätare      | Målnivå 2028

Read as data, that row is an action of no text and its 'Mätare' a meter. It is a header:
each grouped column takes its sub-header ('Ansvarig', 'Tidtabell', 'Mätare', 'Målnivå
2028'), the others keep their own, and the row goes. Gate: the header has a group (a label
followed by an empty cell); the row fills every column of a group and no other, and two of
its cells at least name a column role (`headers.header_role`).
"""

from __future__ import annotations

from dataclasses import replace

from .elements import Element
from .headers import header_role
from .table_rows import one_header_table
from .text import squash

# sub-headers naming a role that a row must hold at least: one might be a value by chance
_MIN_ROLE_CELLS = 2


def _grouped_columns(header: list[str]) -> set[int] | None:
    """The columns under a group label of `header` (the label's own and the empty cells after
    it), or None when no label spans an empty cell."""
    grouped: set[int] = set()
    c = 0
    while c < len(header):
        if header[c]:
            end = c + 1
            while end < len(header) and not header[end]:
                end += 1
            if end - c > 1:
                grouped.update(range(c, end))
            c = end
        else:
            c += 1
    return grouped or None


def fold_grouped_headers(elements: list[Element]) -> list[Element]:
    """The element stream with each table whose first data row holds the sub-headers of a
    grouped header read with one header row of those sub-headers."""
    return [_folded(el) or el for el in elements]


def _folded(el: Element) -> Element | None:
    t = one_header_table(el, 3)
    if t is None:
        return None
    header = [squash(h) for h in t.rows[0]]
    grouped = _grouped_columns(header)
    if grouped is None:
        return None
    sub = [squash(x) for x in t.rows[1]] + [""] * (len(header) - len(t.rows[1]))
    filled = {c for c, x in enumerate(sub) if x}
    if filled != grouped or sum(header_role(sub[c]) is not None for c in filled) < _MIN_ROLE_CELLS:
        return None
    merged = [sub[c] if c in grouped else t.rows[0][c] for c in range(len(header))]
    pages = list(el.pages)
    if len(pages) >= len(t.rows):
        del pages[1]
    # (a span of the body moves up with its row; one over the two header rows goes)
    spans = [(r - 1, c, rs, cs) for r, c, rs, cs in t.spans if r >= 2]
    return replace(el, pages=pages, table=t.model_copy(update={
        "rows": [merged, *t.rows[2:]], "spans": spans, "header_rows": 1}))
