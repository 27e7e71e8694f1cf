"""A table's header row read as headings: the column labels of a borderless table, printed in
bold over its columns, can come out of the table finder as loose short bold lines, which
the element reader takes for headings ('Målområde och mål', 'Kort sikt (2026)', 'Lång sikt
(2027–2029)'), one per column, right over a table that then has no header. No programme
prints a run of as many headings as the table has columns, on the table's page, directly
over it, unless they are its column labels; so when they together read as a plan's header
(`headers.is_structure_header`, or time-horizon columns, `horizon_columns`) they are put
back as the table's header row."""

from __future__ import annotations

from .horizon_columns import horizon_columns
from .headers import is_structure_header
from .text import squash


def header_headings(out: list, n_cols: int, page_no: int) -> list[str] | None:
    """The texts of the last `n_cols` elements of `out` when they are headings on page
    `page_no` that read as the header of a table of `n_cols` columns; else None."""
    # (three columns at least: two headings over a two-column table are a section and a
    # card's title over a label–value card, 'Verkställighetsplan 2024' / 'Mål 1: A')
    if n_cols < 3 or len(out) < n_cols:
        return None
    tail = out[-n_cols:]
    if any(e.kind != "heading" or e.page != page_no for e in tail):
        return None
    heads = [squash(e.text) for e in tail]
    if not (is_structure_header(heads) or horizon_columns(heads)):
        return None
    return heads
