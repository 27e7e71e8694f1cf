"""One page put together from its lines and ruled tables, whatever they were read from.

Text-layer pages (`pdf_document.read_page`) and OCR pages (`ocr.ocr_pages`) both end here:
the borderless tables are found among the lines from their alignment (a table that ran off
the bottom of the previous page is followed onto this one), and the lines and tables are
put in reading order (columns found from gutters). So a scan of a page is read the way the
born-digital page is, with the same rules and thresholds.
"""

from __future__ import annotations

from .borderless_tables import AlignedTable, find_aligned_tables
from .model import Line, Page, Table
from .reading_order import order_items


def _runs_to_bottom(a: AlignedTable, lines: list[Line], page_height: float) -> AlignedTable | None:
    """The table, if it may go on over the page break: in the lowest quarter of the page
    with at most two lines (footer, page number) below it."""
    below = [ln for ln in lines if ln.bbox.y0 >= a.table.bbox.y1]
    if a.table.bbox.y1 >= 0.75 * page_height and len(below) <= 2:
        return a
    return None


def assemble_page(page: Page, lines: list[Line], tables: list[Table],
                  state: dict | None = None) -> Page:
    """`page` (its number, size, source and raw text) with items: `tables` (ruled, found
    already; their text is not among `lines`), the borderless tables found among `lines`,
    and the remaining lines, in reading order.

    `state` carries what one page hands to the next (a borderless table running off the
    bottom); pass the same dict for consecutive pages, or None for a page on its own.
    """
    carry = state.get("carry") if state else None
    tables = list(tables)
    aligned = find_aligned_tables(lines, carry=carry)
    if aligned:
        taken = {id(ln) for a in aligned for ln in a.lines}
        lines = [ln for ln in lines if id(ln) not in taken]
        tables.extend(a.table for a in aligned)
    if state is not None:
        state["carry"] = (_runs_to_bottom(aligned[-1], lines, page.height or 0.0)
                          if aligned and page.height else None)
    return page.model_copy(update={"items": order_items([*lines, *tables])})
