"""One page put together from its lines and ruled tables, whatever they were read from.

Text-layer pages (`pdf_document.read_page`) and OCR pages (`ocr.ocr_pages`) both end here:
the borderless tables are found among the lines from their alignment (a table that ran off
the bottom of the previous page is followed onto this one), and the lines and tables are
put in reading order (columns found from gutters). So a scan of a page is read the way the
born-digital page is, with the same rules and thresholds.
"""

from __future__ import annotations

from dataclasses import replace

from .borderless_tables import AlignedTable, find_aligned_tables
from .model import Line, Page, Table
from .reading_order import carried_gutters, find_gutters, order_items
from .spreads import side_of, side_of_box


def _runs_to_bottom(a: AlignedTable, lines: list[Line], page_height: float) -> AlignedTable | None:
    """The table, if it may go on over the page break: in the lowest quarter of the page
    with at most two lines (footer, page number) below it."""
    below = [ln for ln in lines if ln.bbox.y0 >= a.table.bbox.y1]
    if a.table.bbox.y1 >= 0.75 * page_height and len(below) <= 2:
        return a
    return None


def assemble_page(page: Page, lines: list[Line], tables: list[Table],
                  state: dict | None = None, origin: float = 0.0, bands=(), rules=()) -> Page:
    """`page` (its number, size, source and raw text) with items: `tables` (ruled, found
    already; their text is not among `lines`), the borderless tables found among `lines`,
    and the remaining lines, in reading order.

    `state` carries what one page hands to the next (a borderless table running off the
    bottom); pass the same dict for consecutive pages, or None for a page on its own.
    `origin`: the x where the page's own left edge lies in the coordinates of `lines` (the
    right page of a spread: the spine); a carried table is moved by the difference of the
    two pages' origins, so that its columns are looked for where this page prints them.
    `bands`: filled bands behind text (x0, y0, x1, y1) from the page's drawings, where a
    row merged across a borderless table is shaded (none known for a scan). `rules`: the
    page's horizontal rules (y, x0, x1), which close the rows of a table ruled between its
    rows only (none known for a scan).
    """
    carry = state.get("carry") if state else None
    if carry is not None and origin != state.get("origin", 0.0):
        dx = origin - state.get("origin", 0.0)
        carry = replace(carry, starts=[x + dx for x in carry.starts], right=carry.right + dx,
                        edge=carry.edge + dx)
    tables = list(tables)
    aligned = find_aligned_tables(lines, carry=carry, bands=bands, page_height=page.height, rules=rules)
    if aligned:
        taken = {id(ln) for a in aligned for ln in a.lines}
        lines = [ln for ln in lines if id(ln) not in taken]
        tables.extend(a.table for a in aligned)
    if state is not None:
        state["carry"] = (_runs_to_bottom(aligned[-1], lines, page.height or 0.0)
                          if aligned and page.height else None)
        state["origin"] = origin
    items = [*lines, *tables]
    return page.model_copy(update={"items": order_items(items, _gutters(items, state, origin))})


def _gutters(items: list, state: dict | None, origin: float) -> list[float]:
    """The page's column gutters: its own, or else those of the last page that showed its
    own and still run through this one (`reading_order.carried_gutters`). `state` keeps
    them relative to the page's left edge (`origin`), as the two pages of a spread differ."""
    own = find_gutters([i for i in items if i.bbox is not None])
    if state is None:
        return own
    if own:
        state["gutters"] = [g - origin for g in own]
        return own
    return carried_gutters(items, [g + origin for g in state.get("gutters", ())])


def assemble_sheet(page: Page, lines: list[Line], tables: list[Table], state: dict | None = None,
                   fold: float | None = None, bands=(), rules=()) -> Page:
    """`assemble_page` for a sheet that may be a spread (`fold`: the x of its spine, see
    `spreads.find_fold`): each book page is assembled on its own, as if it were printed
    alone, the left page's items first; the right page's columns are numbered after the
    left page's (a paragraph running from the foot of the left page to the top of the right
    goes on as it does from one column to the next). `state` flows from the left page to
    the right, then to the next sheet. Page number and coordinates stay the sheet's."""
    if fold is None:
        return assemble_page(page, lines, tables, state, bands=bands, rules=rules)
    halves = [assemble_page(page, [ln for ln in lines if side_of(ln, fold) == side],
                            [t for t in tables if side_of(t, fold) == side], state,
                            origin=fold if side else 0.0,
                            bands=[b for b in bands if side_of_box(b[0], b[2], fold) == side],
                            rules=[r for r in rules if side_of_box(r[1], r[2], fold) == side])
              for side in (0, 1)]
    left, right = halves[0].items, halves[1].items
    shift = 1 + max((it.column for it in left if isinstance(it, Line)), default=0)
    for it in right:
        if isinstance(it, Line):
            it.column += shift
    return page.model_copy(update={"items": [*left, *right], "fold": fold})
