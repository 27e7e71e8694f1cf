"""Ruled tables of a PDF page as cell grids.

Two steps, kept apart on purpose:

1. the *grid* (cell boxes) from the page's vector strokes. Default finder "edges":
   pdfplumber's edge -> intersection -> cell -> table algorithm fed with the strokes
   PyMuPDF reads (no pdfminer pass). "pdfplumber" (its own find_tables) and "pymupdf"
   (PyMuPDF find_tables) stay selectable for measurement;
2. the *cell text* from PyMuPDF's words, each word put in the cell holding its centre.
   PyMuPDF 2.0's own `Table.extract()` drops the spaces between words for fonts whose glyph
   advances it mis-measures (it printed "Stödmöjligheterför" on the golden PDFs), so we
   only trust finders for geometry.

Tables cut by a page break inside a row are printed open (no rule at the cut): `open_ends`
supplies the missing rule, else the finders drop that row or the whole piece.

Pages are only searched when their drawings hold enough horizontal and vertical strokes to
draw a grid (`page_may_hold_ruled_table`): most pages of a program are prose without a
single stroke. Filled bands behind text (a shaded header, zebra-striped rows, as a browser
prints a CSS table) are no strokes: a table drawn with fills only goes to the borderless
(alignment) finder. Measured choice of finder: tests/extractors/measure_table_finders.py.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Callable

import pymupdf

from .cell_lines import column_edge, join_cell_lines
from .model import BBox, Table
from .pdf_text import page_drawings

_AXIS_TOL = 1.0  # pt: a stroke is horizontal/vertical when its other extent is below this
_MIN_STROKE = 8.0  # pt: shorter strokes are glyph decorations, underlines of a letter, ...


@dataclass
class Grid:
    bbox: tuple[float, float, float, float]
    # rows[r][c]: the cell's box, or None where a merged cell covers this position
    rows: list[list[tuple[float, float, float, float] | None]]


@dataclass
class PageWords:
    """The page's words (PyMuPDF "words") and bold spans, read once per page."""

    words: list[tuple] = field(default_factory=list)
    bold_boxes: list[tuple[float, float, float, float]] = field(default_factory=list)


_HAIRLINE = 3.0  # pt: a filled rectangle thinner than this is a rule drawn as a fill


def _fill_is_background(d: dict) -> bool:
    """A fill-only shape at least a text row high and wide: a shaded band behind text."""
    if d.get("type") != "f":
        return False
    x0, y0, x1, y1 = d["rect"]
    return min(abs(x1 - x0), abs(y1 - y0)) > _HAIRLINE


# a fill lighter than this in every colour channel (grey and RGB 0..1) is the paper's colour
_PAPER = 0.98


def _paper_coloured(fill) -> bool:
    if not fill:
        return True
    if len(fill) == 4:  # CMYK: no ink
        return max(fill) <= 1 - _PAPER
    return min(fill) >= _PAPER


def background_bands(page: pymupdf.Page) -> list[tuple[float, float, float, float]]:
    """Filled bands behind text (shaded rows, header bars, boxes): fill-only shapes at least
    a text row high, in a colour other than the paper's. The borderless table finder reads
    a band spanning a table, holding one run of text, as a row merged across the table."""
    out = []
    try:
        drawings = page_drawings(page)
    except Exception:  # a page MuPDF cannot list is read by its text alone
        return out
    for d in drawings:
        if (_fill_is_background(d) and not _paper_coloured(d.get("fill"))
                and (d.get("fill_opacity") is None or d.get("fill_opacity") > 0)):
            x0, y0, x1, y1 = d["rect"]
            out.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    return out


def _drawing_segments(d: dict, hs: list, vs: list) -> None:
    for it in d.get("items", ()):
        if it[0] == "l":
            (x0, y0), (x1, y1) = it[1], it[2]
            if abs(y1 - y0) <= _AXIS_TOL and abs(x1 - x0) >= _MIN_STROKE:
                hs.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
            elif abs(x1 - x0) <= _AXIS_TOL and abs(y1 - y0) >= _MIN_STROKE:
                vs.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))
        elif it[0] == "re":
            x0, y0, x1, y1 = it[1]
            x0, x1, y0, y1 = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
            if x1 - x0 >= _MIN_STROKE:
                hs += [(y0, x0, x1), (y1, x0, x1)]
            if y1 - y0 >= _MIN_STROKE:
                vs += [(x0, y0, y1), (x1, y0, y1)]


def _on_a_rule(rect, hs, tol: float = _HAIRLINE) -> bool:
    """A top or bottom edge of rect lies on a ruling line covering most of its width."""
    x0, y0, x1, y1 = rect
    for y in (y0, y1):
        covered = sum(max(0.0, min(h[2], x1) - max(h[1], x0)) for h in hs if abs(h[0] - y) <= tol)
        if covered >= 0.5 * (x1 - x0):
            return True
    return False


_SEGMENTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _axis_segments(page: pymupdf.Page, clip: tuple | None = None):
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) rules, rectangle edges included;
    with `clip` (x0, y0, x1, y1), those of that part of the page. Worked out once per page
    (the pre-check, the finder and its open ends all ask) and handed out as new lists."""
    if page not in _SEGMENTS:
        _SEGMENTS[page] = _page_segments(page)
    hs, vs = _SEGMENTS[page]
    if clip is not None:
        # one page of a spread (pdf_document.read_page): its rules only, so that no grid, and
        # no closing rule of an open-ended table, reaches over the spine to the other page
        cx0, cy0, cx1, cy1 = clip
        hs = [(y, max(x0, cx0), min(x1, cx1)) for y, x0, x1 in hs if min(x1, cx1) > max(x0, cx0)]
        vs = [v for v in vs if cx0 <= v[0] <= cx1]
    return list(hs), list(vs)


def _page_segments(page: pymupdf.Page):
    """The page's rules. Strokes and hairline fills are rules. A filled band behind text (a
    shaded header, a zebra-striped row) is a background: alone it is no evidence of a grid,
    or a page of striped rows without a single rule reads as a stack of one-row tables. Its
    edges only count where it sits on a ruled grid (a shaded header band above ruled body
    rows gives the header row its cell)."""
    hs: list[tuple[float, float, float]] = []
    vs: list[tuple[float, float, float]] = []
    bands = []
    for d in page_drawings(page):
        if _fill_is_background(d):
            bands.append(d)
        else:
            _drawing_segments(d, hs, vs)
    if bands and hs and vs:
        bhs: list[tuple[float, float, float]] = []
        bvs: list[tuple[float, float, float]] = []
        for d in bands:
            if _on_a_rule(d["rect"], hs):
                _drawing_segments(d, bhs, bvs)
        hs += bhs
        vs += bvs
    return hs, vs


def horizontal_rules(page: pymupdf.Page) -> list[tuple[float, float, float]]:
    """The page's horizontal rules (y, x0, x1): the borderless table finder reads a row
    closed by a rule across the table, as the rows above it are, as a row of the table."""
    try:
        return _axis_segments(page)[0]
    except Exception:  # a page MuPDF cannot list is read by its text alone
        return []


def open_ends(page: pymupdf.Page, tol: float = 1.5, clip: tuple | None = None) -> list[tuple[float, float, float]]:
    """Missing horizontal rules (y, x0, x1) that would close a table cut by a page break.

    A table split inside a row is printed open: its vertical rules stop at the page's
    bottom margin (or start at the top) with no horizontal rule there, and line-based
    finders then drop that last row, or the whole piece. Where at least two vertical rules
    end at the same height and no horizontal rule joins them, we supply one.
    """
    hs, vs = _axis_segments(page, clip)
    out = []
    for end in (1, 2):  # 1: tops, 2: bottoms
        groups: list[list[tuple[float, float, float]]] = []
        for v in sorted(vs, key=lambda v: v[end]):
            if groups and abs(groups[-1][-1][end] - v[end]) <= tol:
                groups[-1].append(v)
            else:
                groups.append([v])
        for g in groups:
            if len(g) < 2:
                continue
            y = sum(v[end] for v in g) / len(g)
            x0, x1 = min(v[0] for v in g), max(v[0] for v in g)
            covered = sum(
                max(0.0, min(h[2], x1) - max(h[1], x0)) for h in hs if abs(h[0] - y) <= tol
            )
            if covered < 0.9 * (x1 - x0):
                out.append((y, x0, x1))
    return out


def page_may_hold_ruled_table(page: pymupdf.Page) -> bool:
    # A grid of at least one row of two cells needs 2 horizontal and 3 vertical strokes
    # (or a framed box split once); fewer strokes are rules under headings or frames.
    hs, vs = _axis_segments(page)
    return len(hs) >= 2 and len(vs) >= 3


# --- finders: page -> grids ------------------------------------------------------------


def _grids_pymupdf(page: pymupdf.Page, _plumber_page=None, clip: tuple | None = None) -> list[Grid]:
    closers = [((x0, y), (x1, y)) for y, x0, x1 in open_ends(page, clip=clip)]
    found = page.find_tables(clip=pymupdf.Rect(clip) if clip else None, strategy="lines",
                             add_lines=closers or None)
    out = []
    for t in found.tables:
        rows = [[tuple(c) if c is not None else None for c in r.cells] for r in t.rows]
        out.append(Grid(bbox=tuple(t.bbox), rows=rows))
    return out


def _grids_pdfplumber(page: pymupdf.Page, plumber_page=None, clip: tuple | None = None) -> list[Grid]:
    if plumber_page is None:
        raise ValueError("pdfplumber finder needs the pdfplumber page")
    if clip is not None:
        plumber_page = plumber_page.crop(clip)
    closers = [
        {"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0}
        for y, x0, x1 in open_ends(page, clip=clip)
    ]
    settings = {"explicit_horizontal_lines": closers} if closers else {}
    out = []
    for t in plumber_page.find_tables(table_settings=settings):
        rows = [[tuple(c) if c is not None else None for c in r.cells] for r in t.rows]
        out.append(Grid(bbox=tuple(t.bbox), rows=rows))
    return out


# pdfplumber's defaults for its "lines" strategy (snap/join/intersection tolerance, pt)
_SNAP = 3.0
_EDGE_MIN = 3.0


def _grids_edges(page: pymupdf.Page, _plumber_page=None, clip: tuple | None = None) -> list[Grid]:
    """pdfplumber's grid algorithm fed with PyMuPDF's vector strokes.

    pdfplumber spends nearly all of its table time in pdfminer, parsing every glyph of the
    page just to reach the drawing operators; PyMuPDF hands us the same strokes in about a
    millisecond. The edge -> intersection -> cell -> table steps are pdfplumber's own.
    """
    from pdfplumber import table as pt

    hs, vs = _axis_segments(page, clip)
    hs = hs + open_ends(page, clip=clip)
    edges = [
        {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0,
         "orientation": "h", "object_type": "line"}
        for y, x0, x1 in hs
    ] + [
        {"x0": x, "x1": x, "top": y0, "bottom": y1, "width": 0.0, "height": y1 - y0,
         "orientation": "v", "object_type": "line"}
        for x, y0, y1 in vs
    ]
    if not edges:
        return []
    edges = pt.merge_edges(edges, _SNAP, _SNAP, _SNAP, _SNAP)
    edges = [e for e in edges if (e["x1"] - e["x0"] if e["orientation"] == "h" else e["bottom"] - e["top"]) >= _EDGE_MIN]
    cells = pt.intersections_to_cells(pt.edges_to_intersections(edges, _SNAP, _SNAP))
    out = []
    for group in pt.cells_to_tables(cells):
        t = pt.Table(None, group)
        rows = [[tuple(c) if c is not None else None for c in r.cells] for r in t.rows]
        out.append(Grid(bbox=tuple(t.bbox), rows=rows))
    return out


FINDERS: dict[str, Callable] = {
    "pymupdf": _grids_pymupdf,
    "pdfplumber": _grids_pdfplumber,
    "edges": _grids_edges,
}
METHOD_NAME = {"pymupdf": "pymupdf-lines", "pdfplumber": "pdfplumber-lines", "edges": "ruling-lines"}


# --- cell text --------------------------------------------------------------------------


def read_page_words(page: pymupdf.Page, textpage=None) -> PageWords:
    """The page's words and the boxes of its bold spans. `textpage`, a TextPage the caller
    made with TEXTFLAGS_WORDS, is read for the words; the spans come from a TextPage of
    their own, made with TEXTFLAGS_DICT (it keeps the images, which can split text blocks)."""
    words = page.get_text("words", textpage=textpage)
    bold: list[tuple[float, float, float, float]] = []
    data = page.get_text("dict")
    from .pdf_text import _span_is_bold  # one definition of "bold"

    for b in data.get("blocks", []):
        for ln in b.get("lines", []):
            for s in ln.get("spans", []):
                if s.get("text", "").strip() and _span_is_bold(s):
                    bold.append(tuple(s["bbox"]))
    return PageWords(words=list(words), bold_boxes=bold)


def _inside(x: float, y: float, box) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _text_lines(words: list[tuple]) -> list[tuple[str, float, float]]:
    # Words on one height form one text line of the cell, read left to right; text lines
    # are joined by cell_lines.join_cell_lines (a word broken at the cell's edge, `right`:
    # the column's right text edge, is marked). Grouping by geometry, not by MuPDF's line
    # ids: MuPDF reports a detached bullet glyph, or a run in another font, as a line of
    # its own.
    words = sorted(words, key=lambda w: ((w[1] + w[3]) / 2, w[0]))
    lines: list[list[tuple]] = []
    mid = None
    for w in words:
        wm = (w[1] + w[3]) / 2
        if lines and abs(wm - mid) <= max(1.0, (w[3] - w[1]) / 2):
            lines[-1].append(w)
        else:
            lines.append([w])
            mid = wm
    rows = []
    for ln in lines:
        ln = sorted(ln, key=lambda w: w[0])
        rows.append((" ".join(w[4] for w in ln), ln[-1][2], max(w[3] - w[1] for w in ln)))
    return rows


def _column_text_edges(grid: Grid, cell_lines: dict[tuple[int, int], list[tuple[str, float, float]]]
                       ) -> dict[tuple[int, int], tuple[float, bool]]:
    """For every filled cell with a box of its own, the right text edge of its column: the
    furthest right any word reaches in the cells that share the cell's left and right rules,
    and whether two lines or more reach it (cell_lines.column_edge). `cell_lines`: each
    cell's text lines (`_text_lines`).
    (Words given back to the columns of a split spanning cell have no box: no edge.)"""
    ends: dict[tuple[int, int], list[tuple[float, float]]] = {}
    key: dict[tuple[int, int], tuple[int, int]] = {}
    for (r, c), lines in cell_lines.items():
        box = grid.rows[r][c] if c < len(grid.rows[r]) else None
        if box is None or not lines:
            continue
        key[(r, c)] = k = (round(box[0]), round(box[2]))
        ends.setdefault(k, []).extend((x1, h) for _, x1, h in lines)
    edge = {k: column_edge(v) for k, v in ends.items()}  # once a column, not once a cell
    return {rc: edge[k] for rc, k in key.items()}


def _boundaries(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _index(bounds: list[float], v: float, tol: float = 2.0) -> int:
    for i, b in enumerate(bounds):
        if abs(b - v) <= tol:
            return i
    return min(range(len(bounds)), key=lambda i: abs(bounds[i] - v))


def _spans(grid: Grid) -> list[tuple[int, int, int, int]]:
    cells = [c for r in grid.rows for c in r if c is not None]
    xs = _boundaries([c[0] for c in cells] + [c[2] for c in cells])
    ys = _boundaries([c[1] for c in cells] + [c[3] for c in cells])
    out = []
    for r, row in enumerate(grid.rows):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            colspan = max(1, _index(xs, cell[2]) - _index(xs, cell[0]))
            rowspan = max(1, _index(ys, cell[3]) - _index(ys, cell[1]))
            if colspan > 1 or rowspan > 1:
                out.append((r, c, rowspan, colspan))
    return out


def _split_spanning_cells(grid: Grid, buckets: dict[tuple[int, int], list[tuple]]) -> set[tuple[int, int]]:
    """Give back to the columns the words of a cell drawn across them without inner rules.

    A header row printed on a shaded band (white words on a coloured bar, one rectangle for
    the whole row) has no vertical rules between its headings, so the grid makes it one cell
    spanning every column and its headings run together ("MÅL ANSVAR ÅTGÄRD"). Its words
    still stand in the columns: when every word lies inside one column, every spanned column
    gets words, and each column's words are placed as the column's own text is (see
    `_stand_in_columns`), the cell is split into one cell per column. A real merged cell (a
    title across the table) fails this: its text starts in the first column only, and
    words straddle rules. Moves the words in ``buckets``; returns the (row, col) split.
    """
    cells = [c for row in grid.rows for c in row if c is not None]
    xs = _boundaries([c[0] for c in cells] + [c[2] for c in cells])
    done: set[tuple[int, int]] = set()
    for r, row in enumerate(grid.rows):
        for c, box in enumerate(row):
            ws = buckets.get((r, c))
            if box is None or not ws:
                continue
            i0, i1 = _index(xs, box[0]), _index(xs, box[2])
            span = i1 - i0
            if span < 2 or c + span > len(row) or any(row[k] is not None for k in range(c + 1, c + span)):
                continue
            parts: dict[int, list[tuple]] = {}
            for w in ws:
                k = next((k for k in range(i0, i1) if w[0] >= xs[k] - 0.5 and w[2] <= xs[k + 1] + 0.5), None)
                if k is None:
                    break
                parts.setdefault(k, []).append(w)
            else:
                if len(parts) != i1 - i0:
                    continue
                if not _stand_in_columns(parts, xs, grid, buckets, r):
                    continue
                del buckets[(r, c)]
                for k, pw in parts.items():
                    buckets[(r, c + k - i0)] = pw
                done.add((r, c))
    return done


def _stand_in_columns(parts: dict[int, list[tuple]], xs: list[float], grid: Grid,
                      buckets: dict[tuple[int, int], list[tuple]], row: int) -> bool:
    """Whether the words of each part are placed like a column's text: left-aligned with the
    text of the column's other cells, or all at one distance from the column's left rule,
    or centred in the column. (The grid's rules are snapped to a few points, so the
    distance to a rule alone is not exact enough when several tables share a page.)"""
    left = {k: min(w[0] for w in ws) for k, ws in parts.items()}
    right = {k: max(w[2] for w in ws) for k, ws in parts.items()}
    ref: dict[int, float] = {}
    for (r, c), ws in buckets.items():
        box = grid.rows[r][c]
        if r == row or box is None or not ws:
            continue
        k = _index(xs, box[0])
        if k in parts and _index(xs, box[2]) == k + 1:
            ref[k] = min(ref.get(k, 1e9), min(w[0] for w in ws))
    if ref and all(abs(left[k] - ref[k]) <= 2.0 for k in ref):
        return True
    offsets = [left[k] - xs[k] for k in parts]
    if max(offsets) - min(offsets) <= 2.0:
        return True
    return all(abs((left[k] + right[k]) / 2 - (xs[k] + xs[k + 1]) / 2) <= 4.0 for k in parts)


@dataclass
class FoundTable:
    table: Table
    first_row_bold: bool


def grid_to_table(grid: Grid, pw: PageWords, method: str) -> FoundTable:
    n_cols = max((len(r) for r in grid.rows), default=0)
    texts: list[list[str]] = [["" for _ in range(n_cols)] for _ in grid.rows]
    buckets: dict[tuple[int, int], list[tuple]] = {}
    cells = [(r, c, box) for r, row in enumerate(grid.rows) for c, box in enumerate(row) if box]
    for w in pw.words:
        cx, cy = (w[0] + w[2]) / 2, (w[1] + w[3]) / 2
        for r, c, box in cells:
            if _inside(cx, cy, box):
                buckets.setdefault((r, c), []).append(w)
                break
    split = _split_spanning_cells(grid, buckets)
    # each cell's text lines, grouped once for the column edges and the cell's text
    lines = {rc: _text_lines(ws) for rc, ws in buckets.items()}
    edges = _column_text_edges(grid, lines)
    for (r, c), ls in lines.items():
        e, sure = edges.get((r, c), (None, True))
        texts[r][c] = join_cell_lines(ls, e, sure)
    # First row "bold" when every non-empty cell of it has its text in bold spans.
    first_bold = False
    if grid.rows:
        filled = [box for box in grid.rows[0] if box and texts[0][grid.rows[0].index(box)]]
        first_bold = bool(filled) and all(
            any(_inside((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, box) for b in pw.bold_boxes)
            for box in filled
        )
    t = Table(
        rows=texts,
        bbox=BBox(x0=grid.bbox[0], y0=grid.bbox[1], x1=grid.bbox[2], y1=grid.bbox[3]),
        header_rows=1 if first_bold else 0,
        spans=[sp for sp in _spans(grid) if (sp[0], sp[1]) not in split],
        method=method,
    )
    return FoundTable(table=t, first_row_bold=first_bold)


def find_ruled_tables(
    page: pymupdf.Page,
    pw: PageWords,
    finder: str = "pymupdf",
    plumber_page=None,
    clip: tuple | None = None,
) -> list[Table]:
    """`clip` (x0, y0, x1, y1): only the grids drawn there (one page of a spread); `pw` then
    holds that part's words."""
    grids = FINDERS[finder](page, plumber_page, clip)
    out = []
    for g in grids:
        # One-row or one-column "tables" are framed boxes (a highlighted paragraph, a
        # caption frame): their text reads better as lines. Except a row of a table that
        # a page break cut off: the last thing on its page, or the first on the next.
        if max(len(r) for r in g.rows) < 2 or (len(g.rows) < 2 and not _ends_page(g, page, pw)
                                                and not _starts_page(g, page, pw)):
            continue
        ft = grid_to_table(g, pw, METHOD_NAME[finder])
        if not any(c.strip() for r in ft.table.rows for c in r):
            continue
        if len(g.rows) < 2 and not all(c.strip() for c in ft.table.rows[0]):
            continue
        if len(g.rows) < 2 and ft.first_row_bold:
            # a header band alone (shaded, the body below it unruled, striped at most): the
            # borderless finder takes it as the header of the rows aligned below it
            continue
        out.append(ft.table)
    return out


def _ends_page(grid: Grid, page: pymupdf.Page, pw: PageWords, footer: float = 0.08) -> bool:
    """Nothing but the footer band (page number, running footer) below the grid."""
    limit = page.rect.height * (1 - footer)
    return not any(w[1] > grid.bbox[3] and w[1] < limit for w in pw.words)


def _starts_page(grid: Grid, page: pymupdf.Page, pw: PageWords, header: float = 0.08) -> bool:
    """Nothing but the header band (running header) above the grid."""
    limit = page.rect.height * header
    return not any(w[3] < grid.bbox[1] and w[3] > limit for w in pw.words)


# --- across pages -----------------------------------------------------------------------


def _norm_row(row: list[str]) -> tuple[str, ...]:
    return tuple(" ".join(c.split()) for c in row)


def _furniture_key(text: str) -> str:
    # Running headers/footers repeat from page to page except for their page numbers.
    return "".join(ch for ch in text if not ch.isdigit()).strip().lower()


def mark_continuations(pages: list) -> None:
    """Set `Table.continued` (and the repeated header row) across page breaks.

    A table continues the previous page's table when nothing but running furniture
    (lines that also occur on the neighbouring page, digits aside, or bare page numbers)
    stands between them, both have the same number of columns, and this one either
    repeats the other's first row as its header or has no header of its own.
    """
    from .model import Line
    from .spreads import book_pages

    pages = book_pages(pages)  # a spread's right page follows its left page
    for prev, page in zip(pages, pages[1:]):
        prev_keys = {_furniture_key(i.text) for i in prev.items if isinstance(i, Line)}
        keys = {_furniture_key(i.text) for i in page.items if isinstance(i, Line)}

        def furniture(item, other_keys) -> bool:
            k = _furniture_key(item.text)
            return k == "" or k in other_keys

        last = None
        for item in reversed(prev.items):
            if isinstance(item, Table):
                last = item
                break
            if not furniture(item, keys):
                break
        first = None
        for item in page.items:
            if isinstance(item, Table):
                first = item
                break
            if not furniture(item, prev_keys):
                break
        if last is None or first is None or not first.rows or first.n_cols != last.n_cols:
            continue
        repeated = _norm_row(first.rows[0]) == _norm_row(last.rows[0]) and last.header_rows > 0
        if repeated:
            first.continued = True
            first.header_rows = max(first.header_rows, 1)
        elif first.header_rows == 0:
            first.continued = True
        if first.continued and len(first.rows) > first.header_rows and len(last.rows) > last.header_rows:
            first.continues_row = row_is_split_rest(last.rows[-1], first.rows[first.header_rows])


_SENTENCE_END = (".", "!", "?", ":", ";")


def row_is_split_rest(above: list[str], row: list[str]) -> bool:
    """Whether `row` (top of a continued table) is the rest of `above` split by a page break.

    A row that a page break cut in two leaves sentences open: some cell of the new row goes
    on in lower case from a cell above that ended without closing punctuation, and no cell
    of the new row stands under an empty cell (a fresh row may start under empty cells of a
    merged column, a split one cannot have text where there was none).
    """
    open_cont = False
    for a, b in zip(above, row):
        a, b = a.strip(), b.strip()
        if not b:
            continue
        if not a:
            return False
        if b[0].islower() and not a.endswith(_SENTENCE_END):
            open_cont = True
    return open_cont
