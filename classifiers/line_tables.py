"""Tables printed without rules, rebuilt from the alignment of their lines.

When the extractor found no grid (a borderless table, or one it read as two text columns),
the table is still visible in the lines: a header band of bold cells that name structure
columns ('Mål', 'Åtgärd', 'Mätare', ...), then lines that start at the x positions of those
cells. Columns are the header cells' left edges; a line belongs to the last column starting
at or left of it. Rows are separated by vertical gaps clearly larger than the line pitch.
A page that starts with lines at the columns of a table left open on the previous page
continues it (header not repeated).

Only lines are used; tables the extractor did find are left as they are.
"""

from __future__ import annotations

import re
import statistics

from extractors.model import Line, Table

from .headers import header_role, is_structure_header

_Y_TOL = 3.0
# a dotted outline number opening a line ('4.5.1 ', '2.3 '): a section heading's number
_OUTLINE_NUMBER_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+\S")
_X_TOL = 4.0


def _header_band(lines: list[Line], start: int) -> tuple[list[tuple[float, str]], float, float, set[int]] | None:
    """Header cells (x0, text) of a band starting with bold line `start`, its top, its
    bottom and the indices of its lines."""
    first = lines[start]
    y0 = first.bbox.y0
    size = first.font_size or 0
    band = [i for i, ln in enumerate(lines)
            if ln.bold and abs((ln.font_size or 0) - size) < 0.6 and y0 - _Y_TOL <= ln.bbox.y0 <= y0 + 2.6 * size]
    cols: dict[float, list[int]] = {}
    for i in sorted(band, key=lambda i: (lines[i].bbox.y0, lines[i].bbox.x0)):
        x = lines[i].bbox.x0
        key = next((k for k in cols if abs(k - x) <= _X_TOL), x)
        cols.setdefault(key, []).append(i)
    # a header cell starts on the band's first line; lower lines only continue cells
    cells = []
    used: set[int] = set()
    for x, idx in sorted(cols.items()):
        if abs(lines[idx[0]].bbox.y0 - y0) > _Y_TOL:
            continue
        cells.append((x, " ".join(lines[i].text.strip() for i in idx)))
        used.update(idx)
    if len(cells) < 2 or not is_structure_header([t for _, t in cells]):
        return None
    if any(_OUTLINE_NUMBER_RE.match(t) for _, t in cells):
        # '4.5.1 Mål' | '4.6.2 Åtgärder': two text columns side by side, each under a section
        # heading numbered in the document's outline -- a table's column is named by its
        # word alone, never by a section number
        return None
    bottom = max(lines[i].bbox.y1 for i in used)
    return cells, y0, bottom, used


# A line set more than this (points) above the text size is a heading: a table's body ends
# at it, and a band of such lines heads text columns, not a table.
_HEADING_STEP = 0.9


def _set_above(ln: Line, size: float) -> bool:
    """`ln` is set a size step above text of `size`: a heading. A table's header row is set
    in its body's size (or smaller, or only bold); two text columns side by side each under
    its own section heading, both of whose headings name structure words ('Uppföljning' |
    'Målsättning'), are headed in the document's heading size."""
    return (ln.font_size or size) > size + _HEADING_STEP


def _column_of(x: float, xs: list[float]) -> int:
    col = 0
    for c, cx in enumerate(xs):
        if x + _X_TOL >= cx:
            col = c
    return col


def _rows(body: list[Line], xs: list[float]) -> list[list[str]]:
    ys = sorted({round(ln.bbox.y0, 1) for ln in body})
    gaps = [b - a for a, b in zip(ys, ys[1:]) if b - a > 1]
    pitch = statistics.median(gaps) if gaps else 12.0
    pitch = min(pitch, 1.6 * statistics.median([ln.font_size or 10 for ln in body]))
    rows: list[list[list[str]]] = []
    last_y = None
    for ln in sorted(body, key=lambda l: (l.bbox.y0, l.bbox.x0)):
        if last_y is None or ln.bbox.y0 - last_y > 1.45 * pitch:
            rows.append([[] for _ in xs])
        rows[-1][_column_of(ln.bbox.x0, xs)].append(ln.text.strip())
        last_y = ln.bbox.y0 if last_y is None else max(last_y, ln.bbox.y0)
    return [["\n".join(c) for c in r] for r in rows]


def rebuild_page(items: list, open_cols: list[float] | None, page_height: float | None):
    """Items with aligned-line tables replaced by Table items; and the columns of a table
    still open at the page end (for the next page)."""
    lines = [it for it in items if isinstance(it, Line) and it.bbox is not None]
    if len(lines) < 4:
        return items, None
    taken: dict[int, Table] = {}  # index of the first line of a table -> the table
    consumed: set[int] = set()
    idx_of = {id(ln): i for i, ln in enumerate(lines)}
    still_open: list[float] | None = None

    # tables the extractor found (ruled): a table of aligned lines ends where one begins, and
    # a bold line alone on its row right above one is that table's caption (a theme heading
    # between two tables), not a row of the table above
    ruled_tops = sorted(it.bbox.y0 for it in items if isinstance(it, Table) and it.bbox is not None)

    def caption_of_ruled(ln: Line) -> bool:
        if not ln.bold:
            return False
        below = [y for y in ruled_tops if y >= ln.bbox.y1 - 0.5]
        if not below or below[0] - ln.bbox.y1 > 3 * (ln.font_size or 10):
            return False
        alone = not any(o is not ln and abs(o.bbox.y0 - ln.bbox.y0) <= _Y_TOL for o in lines)
        between = any(ln.bbox.y1 < o.bbox.y0 < below[0] for o in lines)
        return alone and not between

    def body_after(top: float, xs: list[float], size: float, stop_before: float | None) -> list[int]:
        out = []
        ruled_below = [y for y in ruled_tops if y > top]
        if ruled_below and (stop_before is None or ruled_below[0] < stop_before):
            stop_before = ruled_below[0]
        for i, ln in sorted(enumerate(lines), key=lambda p: p[1].bbox.y0):
            if i in consumed or ln.bbox.y0 < top - 0.5:
                continue
            if page_height and ln.bbox.y0 > 0.93 * page_height:
                continue  # page number / footer band
            if stop_before is not None and ln.bbox.y0 >= stop_before:
                break
            if caption_of_ruled(ln):
                break
            big = _set_above(ln, size)
            if out and not ln.bold and (ln.font_size or 0) > (lines[out[0]].font_size or 0) + 0.6:
                # plain text set larger than the table's first row is the body text under
                # the table ('Vi går igenom programmet …' in 10 pt under 9 pt cells): the
                # median size of all the lines under the header mixes the two
                break
            if big or ln.bbox.x0 < xs[0] - 2 * _X_TOL or (ln.bold and not any(abs(ln.bbox.x0 - x) <= _X_TOL for x in xs)):
                break
            out.append(i)
        return out

    order = sorted(range(len(lines)), key=lambda i: (lines[i].bbox.y0, lines[i].bbox.x0))
    # a table continued from the previous page without its header
    if open_cols:
        top_lines = [i for i in order[:6] if not lines[i].bold]
        starts = {_column_of(lines[i].bbox.x0, open_cols) for i in top_lines
                  if any(abs(lines[i].bbox.x0 - x) <= _X_TOL for x in open_cols)}
        if top_lines and len(starts) >= 2:
            size = statistics.median([lines[i].font_size or 10 for i in top_lines])
            body = body_after(lines[top_lines[0]].bbox.y0, open_cols, size, None)
            if body:
                t = Table(rows=_rows([lines[i] for i in body], open_cols), header_rows=0, method="classifier-aligned-lines")
                taken[min(body)] = t
                consumed.update(body)
                still_open = open_cols if _reaches_bottom([lines[i] for i in body], page_height) else None
    for i in order:
        ln = lines[i]
        if i in consumed or not ln.bold or header_role(ln.text) is None:
            continue
        band = _header_band(lines, i)
        if band is None:
            continue
        cells, y0, bottom, used = band
        if used & consumed:
            continue
        xs = [x for x, _ in cells]
        size = statistics.median([ln2.font_size or 10 for ln2 in lines if ln2.bbox.y0 > bottom] or [10])
        if _set_above(ln, size):
            continue  # the headings of text columns side by side, not a table's header
        lead = _leading_columns(lines, consumed | used, bottom, xs[0], size)
        xs = lead + xs
        header = [""] * len(lead) + [t for _, t in cells]
        consumed.update(used)
        body = body_after(bottom, xs, size, None)
        consumed.update(body)
        rows = [header] + _rows([lines[j] for j in body], xs) if body else [header]
        taken[min(used | set(body))] = Table(rows=rows, header_rows=1, method="classifier-aligned-lines")
        still_open = xs if body and _reaches_bottom([lines[j] for j in body], page_height) else None
    if not taken:
        return items, None
    out = []
    for it in items:
        if isinstance(it, Line) and it.bbox is not None and id(it) in idx_of:
            i = idx_of[id(it)]
            if i in taken:
                out.append(taken[i])
            if i in consumed:
                continue
        out.append(it)
    # tables whose first line sorted before an item already emitted keep their place by y
    return out, still_open


def _leading_columns(lines: list[Line], skip: set[int], bottom: float, first_x: float, size: float) -> list[float]:
    """Columns left of the first header cell whose header is blank (the header names only
    'Ansvarsinstans | Samarbetspartner | Uppföljning'): the left edges of the first body
    row's lines there. A body row's cells are top-aligned, so its first line shows every
    column that has content."""
    below = [ln for i, ln in enumerate(lines) if i not in skip and ln.bbox.y0 >= bottom - 0.5
             and not ln.bold and abs((ln.font_size or size) - size) < 0.6]
    if not below:
        return []
    top = min(ln.bbox.y0 for ln in below)
    if top - bottom > 2.5 * size:
        return []  # no body right under the header
    first_row = [ln for ln in below if abs(ln.bbox.y0 - top) <= _Y_TOL]
    if not any(ln.bbox.x0 >= first_x - _X_TOL for ln in first_row):
        return []  # the row does not reach the named columns: running text, not a table
    xs: list[float] = []
    for ln in sorted(first_row, key=lambda l: l.bbox.x0):
        x = ln.bbox.x0
        if x < first_x - 2 * _X_TOL and ln.bbox.x1 < first_x and not any(abs(x - k) <= _X_TOL for k in xs):
            xs.append(x)
    return xs


def _reaches_bottom(body: list[Line], page_height: float | None) -> bool:
    if not body or not page_height:
        return False
    return max(ln.bbox.y1 for ln in body) > 0.8 * page_height
