"""Spreads: two book pages printed side by side on one landscape PDF page.

A designed brochure exported as "Spreads" (InDesign and the like) puts pages 2-3, 4-5, ...
each on one landscape sheet. Read as one page, the left page's rows and the right page's
rows at the same height look like one table's cells, and a borderless table or a column of
text is followed across the spine. A sheet is taken for a spread only by what a reader
sees on it: a landscape sheet whose halves are portrait-shaped, with content on both halves
and nothing at all (no text, table, rule, fill or picture) in a band around the vertical
middle, where the spine is. A landscape table, a heading over the whole width or a page
number centred on the sheet puts something in that band, and the sheet stays one page.

`fold` is the x of the spine (PDF points); `Page.fold` keeps it so that the stages after
the extractor can read each book page on its own (`book_pages`).
"""

from __future__ import annotations

from typing import Iterable, Sequence

from .model import BBox, Line, Page, Table

# The band around the middle that must be empty: 2% of the sheet's width either side of it
# (24 pt on an A4 spread). Inner margins of a book page are wider than that on their own.
_BAND_SHARE = 0.02
# Each half must hold this many lines (a table's rows count as lines): a lone caption or
# logo does not make a page.
_MIN_LINES_PER_HALF = 3
# A painted box covering this share of the sheet is its background, not content.
_BACKGROUND_SHARE = 0.9


def find_fold(width: float | None, height: float | None, lines: Sequence[Line],
              tables: Sequence[Table] = (), painted: Iterable[tuple] = ()) -> float | None:
    """The x of the spine when the sheet is a spread, else None.

    `painted`: boxes (x0, y0, x1, y1) of what else is drawn on the sheet (rules, fills,
    pictures), e.g. from MuPDF's bbox log; none for a scan, where rules come as tables."""
    if not width or not height or width <= height or width / 2 > height * 1.05:
        return None  # not landscape, or halves that are not portrait-shaped
    mid = width / 2
    lo, hi = mid - _BAND_SHARE * width, mid + _BAND_SHARE * width
    boxes = [it.bbox for it in [*lines, *tables] if it.bbox is not None]
    for b in painted:
        x0, y0, x1, y1 = b
        if (x1 - x0) * (y1 - y0) >= _BACKGROUND_SHARE * width * height:
            continue
        if x1 > x0 and y1 > y0:
            boxes.append(BBox(x0=x0, y0=y0, x1=x1, y1=y1))
    if any(b.x1 > lo and b.x0 < hi for b in boxes):
        return None
    placed = [(it.bbox, len(it.rows) if isinstance(it, Table) else 1)
              for it in [*lines, *tables] if it.bbox is not None]
    left = sum(n for b, n in placed if b.x1 <= lo)
    right = sum(n for b, n in placed if b.x0 >= hi)
    if left < _MIN_LINES_PER_HALF or right < _MIN_LINES_PER_HALF:
        return None
    return mid


def side_of_box(x0: float, x1: float, fold: float) -> int:
    """0 for the left book page, 1 for the right (by the centre of what spans x0..x1)."""
    return 1 if (x0 + x1) / 2 > fold else 0


def side_of(item, fold: float) -> int:
    """side_of_box of a line or table; an item without a box is on the left page."""
    b = item.bbox
    return 0 if b is None else side_of_box(b.x0, b.x1, fold)


def book_pages(pages: Sequence[Page]) -> list[Page]:
    """The pages as a reader turns them: a spread becomes its left and its right page, both
    keeping the sheet's `page_no` (the page number a viewer shows) and the sheet's
    coordinates. The items are the sheet's own objects, not copies, so what is found on a
    book page (by item identity) holds for the sheet."""
    out: list[Page] = []
    for p in pages:
        if p.fold is None:
            out.append(p)
            continue
        for side in (0, 1):
            items = [it for it in p.items if side_of(it, p.fold) == side]
            half = p.model_copy(update={"items": items, "fold": None})
            out.append(half)
    return out
