"""Reading order of a page's items (lines and tables) from their boxes alone.

Columns are found as gutters: vertical strips of the page that (almost) no item crosses,
with enough items wholly on each side, side by side (not one above the other). Items that
cross a gutter (a heading over both columns, a full-width table) cut the page into bands;
each band is read column by column, left to right, and the bands top to bottom.

Works on geometry only, so it serves text-layer and OCR pages alike.
"""

from __future__ import annotations

import statistics
from typing import Sequence

from .model import Item, Line, Table

# A gutter may be crossed by a few items (full-width headings, a title) but not by more
# than this share of the items: beyond that it is just a ragged margin inside one column.
_MAX_CROSSING_SHARE = 0.15
# Each side of a gutter must hold at least this many items, and the columns must stand side
# by side: this many items of one side lie at the height of the other side's items.
_MIN_SIDE_ITEMS = 3
# A column narrower than this share of the text width is a margin of bullets, labels or
# line numbers, which belong to the text beside them, not a column of their own.
_MIN_COLUMN_SHARE = 0.2


def _crossing_counts(boxes: list[tuple[float, float]], lo: int, hi: int) -> list[int]:
    # Difference array over integer x: cheap even for thousands of lines.
    diff = [0] * (hi - lo + 2)
    for x0, x1 in boxes:
        # An item "crosses" x when x lies strictly inside it (1 pt inset for rounding).
        a = int(x0) + 1 - lo
        b = int(x1) - 1 - lo
        if b >= a:
            diff[max(a, 0)] += 1
            diff[min(b, hi - lo) + 1] -= 1
    out, run = [], 0
    for v in diff[:-1]:
        run += v
        out.append(run)
    return out


def find_gutters(items: Sequence[Item]) -> list[float]:
    """x positions of column gutters (sorted); [] for a single-column page."""
    boxes = [i.bbox for i in items if i.bbox is not None]
    if len(boxes) < 2 * _MIN_SIDE_ITEMS:
        return []
    lo = int(min(b.x0 for b in boxes))
    hi = int(max(b.x1 for b in boxes)) + 1
    width = hi - lo
    if width <= 0:
        return []
    # Only lines count against the crossing share: a table found among the lines stands
    # for all its lines as one item, so a page whose tables were found would otherwise
    # count its full-width tables against fewer items than the same page read as lines.
    # Full-width tables cut the page into bands whatever the share (`_order_columns`).
    lines = [i for i in items if i.bbox is not None and not isinstance(i, Table)]
    counts = _crossing_counts([(ln.bbox.x0, ln.bbox.x1) for ln in lines], lo, hi)
    # Only lines of running text count against the share: headings, table captions and
    # running heads, set in another size, cross the gutter of a two-column page as a matter
    # of course (they cut it into bands), and on a page that is mostly full-width tables
    # and their captions they are as many as its lines of text.
    body_lines = _body_lines(lines)
    body = [(ln.bbox.x0, ln.bbox.x1) for ln in body_lines]
    # A bold line in the text size set across the columns is a run-in heading over the
    # next band (a sub-heading a step above the text, or in its size), not running text:
    # it cuts the page into bands as a larger heading does. (Where every line of the text
    # size is bold, they all count: the page's text itself is set bold.)
    running = [(ln.bbox.x0, ln.bbox.x1) for ln in body_lines if not getattr(ln, "bold", False)] or body
    body_counts = _crossing_counts(running, lo, hi)
    max_cross = max(1, int(_MAX_CROSSING_SHARE * len(body)))
    heights = [b.height for b in boxes if b.height > 0]
    # A word space inside a line is not crossed by the line, so a gutter must be wider than
    # the spaces between words; one median line height is well above that.
    min_gap = max(4.0, statistics.median(heights) if heights else 4.0)

    # Runs of x where few lines of text cross: candidate gutters.
    runs: list[tuple[int, int]] = []
    start = None
    for x, c in enumerate(body_counts):
        if c <= max_cross:
            if start is None:
                start = x
        elif start is not None:
            runs.append((start, x))
            start = None
    if start is not None:
        runs.append((start, len(body_counts)))

    gutters: list[float] = []
    for a, b in runs:
        ga, gb = a + lo, b + lo
        if gb - ga < min_gap or ga <= lo or gb >= hi:
            continue
        # Best split inside the run: where the fewest lines of text cross, then the fewest
        # lines of any size (a heading ending inside the run stays in its column).
        best = min(range(a, b), key=lambda x: (body_counts[x], counts[x], abs(x - (a + b) / 2)))
        gx = best + lo + 0.5
        # A box ending (starting) within the 1 pt that crossing allows for rounding is on
        # its side of the gutter, as `_column_of` places it: the best split may lie right
        # at the end of the longest line of the left column.
        left = [bx for bx in boxes if bx.x1 <= gx + 1]
        right = [bx for bx in boxes if bx.x0 >= gx - 1]
        if len(left) < _MIN_SIDE_ITEMS or len(right) < _MIN_SIDE_ITEMS:
            continue
        if (gx - lo) < _MIN_COLUMN_SHARE * width or (hi - gx) < _MIN_COLUMN_SHARE * width:
            continue
        if not _side_by_side(left, right):
            continue
        gutters.append(gx)
    return _thin_gutters(gutters, lo, hi, width)


# Lines whose type size differs from the page's text size by more than this (points) are
# headings, captions or running heads, not running text (a size step, not the rounding of
# one size; as the table finder's _HEADING_STEP).
_TEXT_SIZE_TOL = 0.75


def _body_lines(lines: list[Item]) -> list[Item]:
    """The lines set in the page's text size: the size that most of the page's characters
    are set in (the character-weighted median). Lines without a size (plain text) all count."""
    sized = sorted((ln.font_size, len(ln.text)) for ln in lines if getattr(ln, "font_size", None))
    if not sized:
        return list(lines)
    half, run = sum(n for _, n in sized) / 2, 0
    for size, n in sized:
        run += n
        if run >= half:
            break
    return [ln for ln in lines if not getattr(ln, "font_size", None) or abs(ln.font_size - size) <= _TEXT_SIZE_TOL]


def _side_by_side(left, right) -> bool:
    # Columns overlap vertically; text that is left above and right below is not columns.
    ly0, ly1 = min(b.y0 for b in left), max(b.y1 for b in left)
    ry0, ry1 = min(b.y0 for b in right), max(b.y1 for b in right)
    r_in_l = sum(1 for b in right if ly0 <= (b.y0 + b.y1) / 2 <= ly1)
    l_in_r = sum(1 for b in left if ry0 <= (b.y0 + b.y1) / 2 <= ry1)
    return min(r_in_l, l_in_r) >= _MIN_SIDE_ITEMS


def _thin_gutters(gutters: list[float], lo: int, hi: int, width: int) -> list[float]:
    # Every column, not only the outer ones, must be wide enough.
    out: list[float] = []
    for g in sorted(gutters):
        prev = out[-1] if out else lo
        if g - prev >= _MIN_COLUMN_SHARE * width:
            out.append(g)
    return out


def _column_of(item: Item, gutters: list[float]) -> int | None:
    """Column index, or None when the item crosses a gutter (full width)."""
    b = item.bbox
    if b is None:
        return 0
    for g in gutters:
        if b.x0 < g - 1 and b.x1 > g + 1:
            return None
    return sum(1 for g in gutters if (b.x0 + b.x1) / 2 > g)


def _rows_top_down(items: list[Item]) -> list[Item]:
    # Sort by top, then put items whose vertical centres are within half a line of each
    # other on one row, read left to right (a bold lead-in split from its text, a table
    # beside a caption).
    items = sorted(items, key=lambda i: (i.bbox.y0, i.bbox.x0))
    out: list[Item] = []
    row: list[Item] = []
    row_mid = None
    for it in items:
        mid = (it.bbox.y0 + it.bbox.y1) / 2
        tol = max(2.0, min(it.bbox.height, 40.0) / 2)
        if row and row_mid is not None and abs(mid - row_mid) <= tol and not isinstance(it, Table):
            row.append(it)
            continue
        out.extend(sorted(row, key=lambda i: i.bbox.x0))
        row = [it]
        row_mid = mid
    out.extend(sorted(row, key=lambda i: i.bbox.x0))
    return out


def carried_gutters(items: Sequence[Item], gutters: Sequence[float]) -> list[float]:
    """Of `gutters` (found on an earlier page of the document), those this page keeps.

    A page of a two-column document that holds mostly tables and headings set across its
    columns has too few lines of text for `find_gutters` to see its gutter: a paragraph of
    two or three lines that flows from the left column into the right one leaves one line
    on each side. The document's gutter still runs down that page, and the paragraph's
    pieces side by side are read as columns where (a) some line stands wholly on each side
    of the gutter at one height, and (b) no line in the size of those side-by-side lines
    crosses it (a page of running text set across the page does; headings, a title and
    tables, set across the columns, cut the page into bands as on any two-column page).
    """
    lines = [i for i in items if isinstance(i, Line) and i.bbox is not None]
    return [g for g in gutters if _gutter_runs_through(lines, g)]


def _gutter_runs_through(lines: list[Line], g: float) -> bool:
    left = [ln for ln in lines if ln.bbox.x1 <= g]
    right = [ln for ln in lines if ln.bbox.x0 >= g]
    beside = [ln for ln in left + right
              if any(_level(ln, o) for o in (right if ln.bbox.x1 <= g else left))]
    if not beside:
        return False
    crossing = [ln for ln in lines if ln.bbox.x0 < g - 1 and ln.bbox.x1 > g + 1]
    # a bold line across the page is a heading (a goal's heading over its full-width
    # table), which cuts the page into bands as a larger one does, even where it is set in
    # the size of a line beside the gutter (the next goal's heading 'Mål F: …' in the left
    # column, its actions in the right one); running text across the page is not bold
    # (as in `find_gutters`, unless all of it is)
    if not all(getattr(ln, "bold", False) for ln in lines):
        crossing = [c for c in crossing if not getattr(c, "bold", False)]
    return not any(_same_size(c, b) for c in crossing for b in beside)


def _level(a: Line, b: Line) -> bool:
    """a's vertical centre lies within b's box: the two are on one row."""
    return b.bbox.y0 <= (a.bbox.y0 + a.bbox.y1) / 2 <= b.bbox.y1


def _same_size(a: Line, b: Line) -> bool:
    # a line of unknown size may be running text: it counts as the same size
    if a.font_size is None or b.font_size is None:
        return True
    return abs(a.font_size - b.font_size) <= _TEXT_SIZE_TOL


def order_items(items: Sequence[Item], gutters: Sequence[float] | None = None) -> list[Item]:
    """Items in reading order, with `Line.column` set (0 also for full-width lines).
    `gutters`: the page's column gutters when the caller knows them (else found here)."""
    placed = [i for i in items if i.bbox is not None]
    unplaced = [i for i in items if i.bbox is None]
    gutters = find_gutters(placed) if gutters is None else list(gutters)
    if not gutters:
        for i in placed:
            if isinstance(i, Line):
                i.column = 0
        return _rows_top_down(placed) + unplaced

    out: list[Item] = []
    for region in _horizontal_regions(placed):
        out.extend(_order_columns(region, gutters))
    return out + unplaced


# A band of white space across the whole page at least this many line heights tall ends
# the columns above it: a section heading set over the columns, even when its own text
# is no wider than one column, starts a new run of columns below it. (Paragraph breaks
# are much smaller, and rarely fall at the same height in both columns.)
_REGION_GAP_LINES = 1.2


def _horizontal_regions(items: list[Item]) -> list[list[Item]]:
    heights = [i.bbox.height for i in items if isinstance(i, Line) and i.bbox.height > 0]
    if not heights:
        return [items]
    min_gap = _REGION_GAP_LINES * statistics.median(heights)
    items = sorted(items, key=lambda i: i.bbox.y0)
    regions: list[list[Item]] = [[items[0]]]
    bottom = items[0].bbox.y1
    for it in items[1:]:
        if it.bbox.y0 - bottom >= min_gap:
            regions.append([it])
        else:
            regions[-1].append(it)
        bottom = max(bottom, it.bbox.y1)
    return regions


def _caption_below_columns(band: list[tuple[int, Item]], headings_only: bool = False) -> list[tuple[int, Item]]:
    """The band's last lines when they are set under the columns rather than in one of them
    (in reading order; [] when none is).

    Called when a full-width item (a table, a line set across the columns) follows the
    band. Columns balanced over a full-width table end at about the same height; a caption
    or heading of that table is then printed under both of them, at the left margin, and
    so falls inside the left column's strip although it is read after the right column. So
    does a section heading over the next full-width item (its goal set across the page)
    when the heading's own text is short. It is told from the left column's own last line
    by two gaps: it starts below the bottom of every other column (the balanced columns
    have ended), and it stands apart from the line above it in its own column by at least
    a blank line, one line height of white (the tail of a paragraph that the balancing left
    one line longer, or a paragraph break, stands closer). `headings_only` (a line follows,
    not a table): the line must also be set as a heading, bold or larger than the band's
    text, since a column's last paragraph may end below its neighbour's over running text.

    A chapter heading with a sub-heading under it (a heading, then the caption of the
    table), set on their usual pitch, stand no blank line apart from each other: the blank
    line is then looked for above the topmost of them. Every line but the last must be set
    as a heading for that: lines of running text under the other column are the left
    column's own, however they are spaced.
    """
    if len({c for c, _ in band}) < 2:
        return []
    col, last = max(band, key=lambda ci: (ci[1].bbox.y0, ci[1].bbox.x0))
    if not isinstance(last, Line):
        return []
    items = [it for _, it in band]
    if headings_only and not _set_as_heading(last, items):
        return []
    others_bottom = max(it.bbox.y1 for c, it in band if c != col)
    column = sorted((it for c, it in band if c == col), key=lambda i: (i.bbox.y0, i.bbox.x0))
    heights = [it.bbox.height for it in items if isinstance(it, Line) and it.bbox.height > 0]
    if not heights:
        return []
    blank = statistics.median(heights)
    start = len(column) - 1
    while start > 0:
        top = column[start]
        if top.bbox.y0 <= others_bottom:
            return []
        if top.bbox.y0 - max(it.bbox.y1 for it in column[:start]) >= blank:
            return [(col, it) for it in column[start:]]
        above = column[start - 1]
        if not (isinstance(above, Line) and _set_as_heading(above, items)):
            return []
        start -= 1
    return []


def _set_as_heading(line: Line, items: list[Item]) -> bool:
    """Bold, or a size step larger than the items' running text."""
    return line.bold or _set_above_text(line, items)


def _set_above_text(line: Line, items: list[Item]) -> bool:
    """The line is set a size step larger than the items' running text (`_body_lines`)."""
    body = [ln for ln in _body_lines([i for i in items if isinstance(i, Line)]) if ln.font_size]
    if line.font_size is None or not body:
        return False
    return line.font_size >= statistics.median(ln.font_size for ln in body) + _TEXT_SIZE_TOL


def _order_columns(items: list[Item], gutters: list[float]) -> list[Item]:
    out: list[Item] = []
    band: list[tuple[int, Item]] = []

    def flush(before: Item | None = None) -> None:
        caption = (_caption_below_columns(band, headings_only=not isinstance(before, Table))
                   if before is not None else [])
        for entry in caption:
            band.remove(entry)
        for col in sorted({c for c, _ in band}):
            out.extend(_rows_top_down([it for c, it in band if c == col]))
        for _, line in caption:
            line.column = 0
            out.append(line)
        band.clear()

    for it in sorted(items, key=lambda i: (i.bbox.y0, i.bbox.x0)):
        col = _column_of(it, gutters)
        if col is None:
            flush(before=it)
            if isinstance(it, Line):
                it.column = 0
            out.append(it)
        else:
            if isinstance(it, Line):
                it.column = col
            band.append((col, it))
    flush()
    return out
