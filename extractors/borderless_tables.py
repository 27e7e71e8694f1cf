"""Borderless tables: columns found from text alignment alone (method "text-alignment").

A table without rules still shows its grid in the text: a header row of short labels (or
bold ones), one per column, and below it rows whose pieces of text start at the labels' x
positions and never run into the next column. We look for exactly that:

1. group the page's lines into visual rows (same height on the page);
2. a header candidate is a row of >= 2 pieces that are labels (bold, or short and not
   sentences); its pieces' left edges are the column starts. A bold header may leave cells
   blank (typically the leading ones: "", "", "Ansvar", ...): the columns it does not name
   are found from the alignment of the rows below it (left edges shared by several rows
   that no piece of text runs across), see `_unnamed_columns`;
3. rows below join the table while every piece fits in one column (starts at or right of a
   column start, ends before the next one) and the vertical gap stays table-like; the table
   needs >= 2 such rows with pieces in >= 2 columns (header + 2 = 3 aligned rows), or,
   under a bold header of three labels or more, one row with a cell starting under every
   label and nothing else (`_header_over_one_row`), or, under a bold header of two labels,
   a first row with a cell under each and further rows in one column (two lists side by
   side of unequal length, `_bold_pair_over_rows`);
4. visual rows become logical rows at the larger gaps (cell padding); lines of one cell in
   one logical row are joined with "\\n".

Two columns of running text also align; for a two-column candidate we therefore require a
bold header, set no larger than the body (headings side by side atop two text columns are
larger than the text under them, `_headings_over_text`), and body lines that do not fill their
columns the way running text does; or, when either cue says running text (a right column
running to the page edge), rows whose cells start level in both columns after the row gap
(`_cells_start_together`), which running text does not do. A candidate found without a
header (its first row content) is also no table where that row goes on from lines right
above it at line spacing (`_goes_on_from_above`), where a heading set larger follows it
(`_extend`, `content_head`), or where every block of every column is a paragraph of
sentences (`_prose_in_every_column`): paragraphs that start level by chance, their line
counts alike in both columns. Nor is a bold pair of lines a two-column table's header where
the lines right above it lie in the same two columns (`_columns_go_on_above`): a table's header
is the top of its columns, while text columns set section by section in parallel (a
sub-heading level in both, measures of equal line counts under them, starting level) run on
above whatever pair is taken for one.

A row merged across the table (a section row: the goal over its measures) has no column
gaps and may run across the column starts. Without a grid it is told by the shaded band a
reader sees behind it: one run of text on each of its lines, starting in the first column,
on a filled band (`bands`, from the page's drawings) spanning the table's width that holds
nothing else, and either running across a column start or bold (`_Bands.merged_row`). It is
kept as a row of the table with its text in the first cell and a span over every column.
Bold alone is no such sign: a theme heading between two tables is bold too.

A table that runs to the foot of a page is followed onto the next one (`_continuation`): the
rows at the top that fit its columns go on with it. Lines in the first column alone are as
likely a short paragraph at the left margin, and are not taken, unless they are the rest of
the table's last row, whose tall cell the page break cut ('Vänfamiljsverksamhet' / 'som för
samman' at the foot, 'nyinflyttade och infödda' / 'familjer' at the top, nothing beside them:
the other cells ended on the page before). `_cut_cell_rest` asks the same of a cut in any
column: every line flush with its column's start, set in the table's type (less than a size
step from it), and the row reading as the rest of the row above as a ruled table's cut row is
read (`pdf_tables.row_is_split_rest`: a cell going on in lower case from one left without
closing punctuation, none under an empty cell). The piece is kept as the table's first row on
the page, and `pdf_tables.mark_continuations` and the classifier join it to the cut cell as
they join a ruled table's. A paragraph opening in upper case, a cell that closed its
sentence, or a table that ended above the page foot (nothing is carried) leaves the lines text.
"""

from __future__ import annotations

import statistics
import difflib
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .cell_lines import column_edge, join_cell_lines
from .model import BBox, Line, Table
from .pdf_tables import row_is_split_rest

_ALIGN_TOL = 3.0  # pt: left edges this close count as aligned
_MIN_BODY_ROWS = 2  # body rows with pieces in >= 2 columns (plus the header: 3 rows)
_LABEL_MAX_WORDS = 5
_SENTENCE_END = (".", "!", "?", ";")
# Running text fills its column: most lines reach this share of the column width.
_FILL_SHARE = 0.85


def _visual_rows(lines: list[Line]) -> list[list[Line]]:
    rows: list[list[Line]] = []
    for ln in sorted(lines, key=lambda l: (l.bbox.y0, l.bbox.x0)):
        mid = (ln.bbox.y0 + ln.bbox.y1) / 2
        if rows:
            last = rows[-1]
            top = min(l.bbox.y0 for l in last)
            bot = max(l.bbox.y1 for l in last)
            # a line under another one of the row is the next visual row: else lines
            # shifted against each other (one cell's paragraph spacing) chain a whole
            # block of rows into one. Under = sharing most of the shorter one's width:
            # boxes of neighbouring cells may touch by a few points. Only for text-layer
            # boxes (one face, equal heights): OCR boxes vary, and an OCR line split into
            # overlapping pieces is still one line.
            stacked = any(
                abs(l.bbox.height - ln.bbox.height) <= _SAME_BOX
                and min(l.bbox.x1, ln.bbox.x1) - max(l.bbox.x0, ln.bbox.x0)
                > 0.5 * min(l.bbox.width, ln.bbox.width)
                for l in last
            )
            if top <= mid <= bot and not stacked:
                last.append(ln)
                continue
        rows.append([ln])
    return [sorted(r, key=lambda l: l.bbox.x0) for r in rows]


def _is_label(ln: Line) -> bool:
    # one word and a full stop is no sentence: on a scan a speck after a label reads as one
    t = ln.text.strip()
    n = len(t.split())
    return ln.bold or (n <= _LABEL_MAX_WORDS and (n == 1 or not t.endswith(_SENTENCE_END)))


def _column_of(ln: Line, starts: list[float], right: float) -> int | None:
    for i, s in enumerate(starts):
        nxt = starts[i + 1] if i + 1 < len(starts) else right
        if s - _ALIGN_TOL <= ln.bbox.x0 < nxt - _ALIGN_TOL and ln.bbox.x1 <= nxt + _ALIGN_TOL:
            return i
    return None


def _row_top(r: list[Line]) -> float:
    return min(l.bbox.y0 for l in r)


def _row_bottom(r: list[Line]) -> float:
    return max(l.bbox.y1 for l in r)


def _looks_like_running_text(body: list[list[Line]], starts: list[float], right: float) -> bool:
    fills = []
    for r in body:
        for ln in r:
            c = _column_of(ln, starts, right)
            if c is None:
                continue
            end = starts[c + 1] if c + 1 < len(starts) else right
            width = end - starts[c]
            if width > 0:
                fills.append((ln.bbox.x1 - starts[c]) / width)
    return bool(fills) and sum(f >= _FILL_SHARE for f in fills) / len(fills) >= 0.5


def _lines_by_column(rows: list[list[Line]], starts: list[float], right: float) -> list[list[Line]]:
    """Each column's lines, top to bottom (lines in no column left out)."""
    cols: list[list[Line]] = [[] for _ in starts]
    for r in rows:
        for ln in r:
            c = _column_of(ln, starts, right)
            if c is not None:
                cols[c].append(ln)
    return cols


# A paragraph's lines on a text layer lie about a box apart: their boxes touch, or leave a
# few points (one-and-a-half spacing leaves about a quarter of a box). A smallest gap of half
# a box or more between boxes of one face is no line spacing but padding between rows.
_OPEN_GAP = 0.5


def _gaps_and_spacing(cols: list[list[Line]]) -> tuple[list[list[float]], float]:
    """The gaps between each column's successive lines, and the line spacing: the smallest
    gap in any column. A column whose cells are all one line has no gap but row gaps; its
    own smallest gap would hide every row start in it. When every cell is one line (a
    key-value grid: 'Mål | …', 'Mäts med | …') no column shows the line spacing, and the
    smallest gap is a row gap: on a text layer (boxes of one face, equal heights) a gap of
    `_OPEN_GAP` boxes or more is padding no paragraph sets between its lines, so the line
    spacing is taken as none and every such gap starts a row. OCR boxes are cut to the ink
    and leave gaps between a paragraph's lines too: for them the smallest gap stays."""
    col_gaps = [[b.bbox.y0 - a.bbox.y1 for a, b in zip(col, col[1:])] for col in cols]
    line_gap = min((g for gaps in col_gaps for g in gaps), default=0.0)
    placed = [l for col in cols for l in col]
    if placed and _one_face([placed]) and all(l.font_size for l in placed) \
            and line_gap >= _OPEN_GAP * _median_height([placed]):
        return col_gaps, 0.0
    return col_gaps, line_gap


# Table rows whose cells start side by side, at least, for two columns of running text
# to pass as a table: one or two such rows happen by chance (the first lines, a paragraph
# break that falls level in both columns).
_MIN_ALIGNED_TOPS = 3


def _cells_start_together(body: list[list[Line]], starts: list[float], right: float,
                          strict: bool = False) -> bool:
    """The columns' blocks of text (lines after a wider gap than the column's line gap, or
    its first line) start side by side: at >= _MIN_ALIGNED_TOPS visual rows every column
    starts a block, and those are at least half of each column's block starts. A table's
    cells start level with their row; two columns of running text break their paragraphs
    each at its own place. `strict` (no header vouches for the table): every block start of
    the column with the fewest is level with a start in every other column. Running text
    set in two columns balanced section by section starts each section level in both, and
    breaks its paragraphs in between each at its own place; a table's cells do not (a cell
    left empty, a goal over several measures, only makes a column start fewer blocks)."""
    blocks = _column_blocks(body, starts, right)
    if not all(blocks):
        return False
    row_of = {id(ln): k for k, r in enumerate(body) for ln in r}
    # per column: the visual rows where a block starts, and the block's first line there
    first = [{row_of[id(b[0])]: b[0] for b in col} for col in blocks]
    tops = [set(f) for f in first]
    together = {k for k in set.intersection(*tops) if _level([f[k] for f in first])}
    if strict and together != min(tops, key=len):
        return False
    return len(together) >= _MIN_ALIGNED_TOPS and all(2 * len(together) >= len(t) for t in tops)


def _column_blocks(rows: list[list[Line]], starts: list[float], right: float) -> list[list[list[Line]]]:
    """Each column's blocks of text: its lines, cut where the gap above a line is wider than
    the smallest line gap of any column (the line spacing) by a row step (a column without
    lines has no block)."""
    cols = _lines_by_column(rows, starts, right)
    lh = _median_height(rows)
    col_gaps, line_gap = _gaps_and_spacing(cols)
    out: list[list[list[Line]]] = []
    for col, gaps in zip(cols, col_gaps):
        blocks: list[list[Line]] = [[col[0]]] if col else []
        for g, ln in zip(gaps, col[1:]):
            if g > line_gap + _ROW_GAP_JUMP * lh:
                blocks.append([ln])
            else:
                blocks[-1].append(ln)
        out.append(blocks)
    return out


def _goes_on_from_above(rows: list[list[Line]], h: int, body: list[list[Line]], starts: list[float],
                        right: float, lh: float) -> bool:
    """Row h (taken for a headerless table's first row) goes on from the row right above it:
    that row has a line in a column where row h has one, at no more than the line spacing
    of the rows found (their smallest gap): the lines are one block, a cell or paragraph
    that started higher up. A table's first row starts its cells; the search that tries
    every row as a first row must not start one halfway down two text columns."""
    if h == 0:
        return False
    above, first = rows[h - 1], rows[h]
    cols = {_column_of(l, starts, right) for l in first} - {None}
    if not cols & {_column_of(l, starts, right) for l in above}:
        return False
    seq = [first, *body]
    line_gap = min((_gap(a, b, lh) for a, b in zip(seq, seq[1:])), default=None)
    return line_gap is not None and _gap(above, first, lh) <= line_gap + _ROW_GAP_JUMP * lh


def _prose_in_every_column(rows: list[list[Line]], starts: list[float], right: float) -> bool:
    """Every block of every column is running prose: more words than a label, its last line
    ending a sentence. Paragraphs set in text columns end their sentences block by block;
    a table, even one without a header, keeps a column of labels, names or dates (the key
    its rows are about), whose cells are no sentences. Where every cell would be a
    paragraph of sentences, the columns are the page's text columns, whatever paragraph
    starts happen to fall level across them."""
    blocks = _column_blocks(rows, starts, right)
    return all(col for col in blocks) and all(
        len(" ".join(l.text for l in b).split()) > _LABEL_MAX_WORDS and b[-1].text.rstrip().endswith(_SENTENCE_END)
        for col in blocks for b in col)


# pt: a text layer sets the first lines of a table row's cells at one height; their tops
# differ by rounding only. Far less than a line: a visual row takes lines shifted by up to
# half a line, as a scan's boxes are.
_LEVEL = 0.5


def _level(firsts: list[Line]) -> bool:
    """The lines (each the first of a block in its column, in one visual row) start at one
    height, as a table row's cells do. Text-layer boxes of one face and size (equal heights)
    are held to their tops: two columns of running text meet in one visual row by chance,
    and a paragraph gap or a list's spacing in one column only leaves them a point or two
    apart, which a table's row does not. OCR boxes are cut to the ink and vary: for them the
    visual row is all the evidence there is."""
    heights = [l.bbox.height for l in firsts]
    if max(heights) - min(heights) > _SAME_BOX or not all(l.font_size for l in firsts):
        return True
    tops = [l.bbox.y0 for l in firsts]
    return max(tops) - min(tops) <= _LEVEL


def _is_header_row(r: list[Line]) -> bool:
    return len(r) >= 2 and all(l.bold for l in r)


# pt: a line lies on a band when its box is inside the band but for this much (a browser's
# fill is the cell's box, padding included; a glyph's box may reach a little past it)
_ON_BAND = 1.5


class _Bands:
    """The page's filled bands behind text (x0, y0, x1, y1) and the lines lying on each."""

    def __init__(self, bands, lines: list[Line]):
        self.boxes = [tuple(b) for b in bands]
        self.on: dict[int, int] = {}  # id(line) -> index of the band it lies on
        self.lines: list[list[Line]] = [[] for _ in self.boxes]
        for ln in lines:
            b = ln.bbox
            for i, (x0, y0, x1, y1) in enumerate(self.boxes):
                if (x0 - _ON_BAND <= b.x0 and b.x1 <= x1 + _ON_BAND
                        and y0 - _ON_BAND <= b.y0 and b.y1 <= y1 + _ON_BAND):
                    self.on[id(ln)] = i
                    self.lines[i].append(ln)
                    break

    def merged_row(self, r: list[Line], starts: list[float], edge: float, lead: bool = False) -> bool:
        """Visual row r is (a line of) a row merged across the table with these column
        starts, whose text reaches to x = `edge`: one piece, starting in the first column,
        on a band that reaches from the first column start to the table's right edge and
        holds nothing but such pieces one under another (a striped row of cells holds
        pieces side by side), running across a column start or bold. A piece of one
        column's width, not bold, on a band is a striped row's cell with its neighbours
        empty. `lead`: the header may leave the first column unnamed (`_unnamed_columns`),
        so the piece may start left of the first start, which it then takes as its own."""
        if len(r) != 1 or not starts:
            return False
        ln = r[0]
        if lead and ln.bbox.x0 < starts[0] - _ALIGN_TOL:
            starts = [ln.bbox.x0, *starts]
        if len(starts) < 2:
            return False
        i = self.on.get(id(ln))
        if i is None:
            return False
        x0, _, x1, _ = self.boxes[i]
        if x0 > starts[0] + _ALIGN_TOL or x1 < max(edge, starts[-1]) - _ALIGN_TOL:
            return False
        others = self.lines[i]
        if any(not (starts[0] - _ALIGN_TOL <= o.bbox.x0 < starts[1] - _ALIGN_TOL) for o in others):
            return False
        if any(a is not b and a.bbox.y0 < b.bbox.y1 and b.bbox.y0 < a.bbox.y1
               for a in others for b in others):
            return False  # side by side: cells of one row
        return ln.bold or any(_crosses(ln, s) for s in starts[1:])

    def split(self, groups: list[list[list[Line]]], merged: set[int]) -> list[list[list[Line]]]:
        """Logical rows cut where a merged row starts or ends: the merged row (its lines on
        one band) is a row of its own, whatever the gaps around it and between its lines."""
        out: list[list[list[Line]]] = []
        keys: list[int | None] = []
        for g in groups:
            for i, r in enumerate(g):
                k = self.on[id(r[0])] if id(r[0]) in merged else None
                if out and k == keys[-1] and (i > 0 or k is not None):
                    out[-1].append(r)
                else:
                    out.append([r])
                    keys.append(k)
        return out


_NO_BANDS = _Bands((), [])


def _edge(rows: list[list[Line]]) -> float:
    return max((l.bbox.x1 for r in rows for l in r), default=0.0)


def _extend(rows, k: int, prev: list[Line] | None, starts: list[float], right: float, lh: float, fits=None,
            bands: _Bands = _NO_BANDS, edge: float = 0.0, merged: set[int] | None = None, lead: bool = False,
            size: float | None = None, content_head: bool = False):
    """Visual rows from index k on that continue the table with these column starts.

    `prev`: the row above (the header), None when rows[k] starts the table. `lh`: the line
    unit (`_line_unit`). `fits(line)`: whether a piece can be in the table (default: it
    fits one column). A row merged across the table (`bands.merged_row`; `edge`: the right
    edge of the table's text so far) is taken whether it fits a column or not; its line's
    id goes into `merged`; `lead`: see `_Bands.merged_row`. `size`: the type size of the
    table's text carried from the previous page (None: from the rows here; on a scan there
    is none); a row of headings set larger than every row so far ends the table
    (`_heading_row`). The first row under a header is not judged: a header may be set
    smaller than the cells. `content_head`: the row above is no header but a first row of
    content (no labels), set in the cells' own size: the row under it is judged too.
    """
    if fits is None:
        fits = lambda l: _column_of(l, starts, right) is not None  # noqa: E731
    judge = size is not None
    if size is None and prev is not None:
        size = _type_size([prev])
        # a row of content is set in the size of the cells below it, as a label row need
        # not be: a heading set larger right under it ('1. Varför ett program?' under a
        # line of two text columns) is no row of its table but the next section
        judge = content_head and size is not None
    body: list[list[Line]] = []
    gaps: list[float] = []
    head = [l.text for l in prev] if prev is not None else []
    edge = max(edge, _edge([prev]) if prev is not None else 0.0)
    for r in rows[k:]:
        gap = _gap(prev, r, lh) if prev is not None else 0.0
        if gap > 2.5 * lh:  # a blank band ends the table
            break
        if bands.merged_row(r, starts, edge, lead):
            # the band says it is the table's: no gap or column rule applies
            if merged is not None:
                merged.add(id(r[0]))
            body.append(r)
            gaps.append(gap)
            prev = r
            continue
        if not all(fits(l) for l in r) or (judge and _heading_row(r, size)):
            break
        if (any(_aligned_columns(b, starts) >= 2 for b in body) and _one_size(body) and _one_size([r])
                and _set_larger(r, _type_size(body))):
            # the text after a table set in smaller type than the page ('Åtgärder:' under a
            # results table of 9 pt cells, in the 10 pt text): every row of the table so far
            # is set in one size, smaller than this one, so it is the text that goes on after
            # the table. (A text layer sets cells in one size; a scan's sizes are estimates
            # from box heights, no two alike, and say nothing of the kind.) The rows so far
            # include a row of cells in two columns or more: a page's running head in small
            # type taken as the first row of a carried table is no measure of its cells
            break
        # A gap well beyond every gap inside the table so far (cell padding included) is
        # the space between the table and what follows it (a page number, a note), unless
        # the row is the table's own: pieces starting at two or more of its columns. The
        # gaps so far may all be line spacing (the first rows held one tall cell) and, on
        # a scan, are estimates; a note under a table is one piece.
        if len(gaps) >= 2 and gap > max(2 * max(gaps), lh) and _aligned_columns(r, starts) < 2:
            break
        if body and _is_header_row(r) and not all(l.bold for rr in body for l in rr):
            break  # the header of the next table
        if body and len(r) >= 2 and head and _repeats_header(r, head):
            # the same header printed again: the next table (a scan may not show the
            # header's boldness, a short label's stems are too few to measure)
            break
        body.append(r)
        gaps.append(gap)
        prev = r
        edge = max(edge, _edge([r]))
        row_size = _type_size([r])
        size = max(size, row_size) if size is not None and row_size is not None else row_size
        judge = size is not None
    return body


def _type_size(rows: list[list[Line]]) -> float | None:
    """The median type size of the rows' lines; None when a line carries none (a scan)."""
    sizes = [l.font_size for r in rows for l in r]
    if not sizes or not all(sizes):
        return None
    return statistics.median(sizes)


def _heading_row(r: list[Line], size: float | None) -> bool:
    """Every piece of visual row r is bold and set a heading step larger than the table's
    text (`size`): a section heading between two runs of aligned text, which a table does
    not hold (its cells, and a row merged across it, are set in the cells' size, bold at
    most). Two columns of running text whose lines happen to align are cut there, as a
    table of text columns that goes on under the next section's heading would otherwise
    swallow it. Bold, because a size alone may be an estimate: an OCR box grown by a speck
    reads as large type, but a scan's lines are never known to be bold."""
    return all(l.bold for l in r) and _set_larger(r, size)


def _heading_beside_text(r: list[Line], size: float | None) -> bool:
    """Visual row r holds a section heading (bold, a heading step larger than the table's
    text) beside a piece of running text: a page set in two text columns goes on after the
    table, the left column's paragraph level with the right column's next heading ('Ansvar
    och samarbete: …' | '3.5 Hälsa'). A table's cells are set in its own size, so a piece
    set so is never a cell of it, whatever stands beside it."""
    return len(r) >= 2 and any(l.bold and _set_larger([l], size) for l in r) \
        and not all(l.bold for l in r)


def _one_size(rows: list[list[Line]]) -> bool:
    """Every line of the rows carries one and the same type size (a text layer's type)."""
    sizes = {l.font_size for r in rows for l in r}
    return len(sizes) == 1 and None not in sizes


def _set_larger(pieces: list[Line], size: float | None) -> bool:
    """Every piece is set at least a heading step larger than `size` (None: not known)."""
    return size is not None and all(l.font_size is not None and l.font_size >= size + _HEADING_STEP
                                    for l in pieces)


def _aligned_columns(r: list[Line], starts: list[float]) -> int:
    """How many of the column starts a piece of the row starts at."""
    return len({i for l in r for i, s in enumerate(starts) if abs(l.bbox.x0 - s) <= _ALIGN_TOL})


def _median(xs) -> float:
    """statistics.median, same value: it runs for every row pair the table search compares
    (hundreds of thousands of short lists per document), where statistics' generic
    dispatch cost as much as the rest of the search."""
    s = sorted(xs)
    n = len(s)
    if not n:
        raise statistics.StatisticsError("no median for empty data")
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def _gap(a: list[Line], b: list[Line], lh: float) -> float:
    """White space between visual rows a and b, from the step between their middles: the
    step less the rows' height, and less at least one line unit. On a text layer that is
    the gap between the boxes; an OCR line box is an estimate from the ink, shorter than a
    text-layer box by varying amounts, and the step between middles does not depend on it."""
    # a row's height: the median of its lines' (one OCR box taller by a speck or a merged
    # line must not move the row)
    ha = _median(l.bbox.height for l in a)
    hb = _median(l.bbox.height for l in b)
    return _row_middle(b) - _row_middle(a) - max(lh, (ha + hb) / 2)


def _line_unit(rows: list[list[Line]]) -> float:
    """The line height for the gap rules: the median line box height, or the line spacing
    (lower quartile of the steps between consecutive rows: most steps are one line, the
    larger ones paragraph and cell breaks) when that is larger. On a text layer a line box
    is about the line spacing, so this is the box height; OCR boxes are cut to the ink and
    come out shorter than the spacing, which does not depend on how the text was read."""
    h = _median_height(rows)
    mids = [_row_middle(r) for r in rows]
    steps = sorted(b - a for a, b in zip(mids, mids[1:]) if b > a)
    if _one_face(rows):
        # text-layer boxes of one face and size: the box is the font's full height, about
        # the line spacing, so the box height is the unit. The quartile would take a
        # table's row step instead when most of its rows are one line high (a key-value
        # table, a list of indicators): its few cell wraps would then read as lines
        # reaching up into the row above, and no row break would be found.
        return h
    return max(h, steps[len(steps) // 4]) if steps else h


def _one_face(rows: list[list[Line]]) -> bool:
    """All line boxes of equal height: a text layer's lines of one face and size (OCR boxes
    are cut to the ink and vary)."""
    heights = [l.bbox.height for r in rows for l in r]
    return bool(heights) and max(heights) - min(heights) <= _SAME_BOX


def _crosses(ln: Line, x: float) -> bool:
    """The piece runs across the vertical line at x (so x cannot be a column boundary)."""
    return ln.bbox.x0 < x - _ALIGN_TOL and ln.bbox.x1 > x + _ALIGN_TOL


def _starts_beside(r: list[Line], x: float) -> bool:
    """In visual row r a piece starts at x and another piece lies clear of it (another cell)."""
    at = [l for l in r if abs(l.bbox.x0 - x) <= _ALIGN_TOL]
    if not at:
        return False
    end = max(a.bbox.x1 for a in at)
    return any(l.bbox.x1 <= x + _ALIGN_TOL or l.bbox.x0 >= end for l in r if l not in at)


def _unnamed_columns(rows, h: int, starts: list[float], lh: float, bands: _Bands = _NO_BANDS) -> list[float]:
    """Column starts the header row leaves blank, from the alignment of the rows below it.

    The rows considered are those `_extend` would take below the header if a piece only had
    to stay off the header's column starts (not run across one). Their pieces' left edges
    are clustered; a cluster is a column start when it is not at a header start, no piece of
    the header or of those rows runs across it, and in >= _MIN_BODY_ROWS table rows (every
    row of a shorter table) a piece starts there beside a piece of another cell. A found
    column whose left neighbour is named by the header but holds no text below it is the
    header's own column (its text set to the right of the label): it is dropped.
    """
    header = rows[h]
    off_starts = lambda l: not any(_crosses(l, s) for s in starts)  # noqa: E731
    merged: set[int] = set()
    window = _extend(rows, h + 1, header, starts, 0.0, lh, fits=off_starts, bands=bands, merged=merged,
                     lead=True)
    # a row merged across the table runs over the columns it does not name
    window = [r for r in window if id(r[0]) not in merged]
    # The window ends at its last row of >= 2 pieces: single pieces below it are as likely
    # what follows the table (the next table's caption, a heading set a little left of the
    # cells) as the last lines of a tall cell, and one such line crossing a column start
    # would hide that column.
    while window and len(window[-1]) < 2:
        window.pop()
    # A bold header's labels wrapped onto the next lines (bold too) are the header, not rows
    # of the table: counted as a row, they would ask the unnamed columns for one more row
    # of evidence than a table with a single row on this page can give.
    wrapped: list[list[Line]] = []
    while window and all(l.bold for l in header) and all(l.bold for l in window[0]):
        wrapped.append(window.pop(0))
    # Left edges that are not at a header start, clustered left to right.
    clusters: list[list[float]] = []
    for x in sorted(l.bbox.x0 for r in window for l in r):
        if any(abs(x - s) <= _ALIGN_TOL for s in starts):
            continue
        if clusters and x - clusters[-1][-1] <= _ALIGN_TOL:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    pieces = [l for r in [header, *wrapped, *window] for l in r]
    groups = _logical_rows(window) if window else []
    found: list[float] = []
    for c in clusters:
        x = min(c)
        if any(_crosses(l, x) for l in pieces):
            continue
        beside = sum(1 for g in groups if any(_starts_beside(r, x) for r in g))
        if beside >= min(_MIN_BODY_ROWS, len(groups)):
            found.append(x)
    if not found:
        return starts
    all_starts = sorted([*starts, *found])
    right = max(l.bbox.x1 for l in pieces) + 1
    filled = {_column_of(l, all_starts, right) for r in window for l in r}
    named = set(starts)
    keep = []
    for x in found:
        i = all_starts.index(x)
        if i > 0 and all_starts[i - 1] in named and i - 1 not in filled:
            continue  # the text below a label, set to the right of it
        keep.append(x)
    return sorted([*starts, *keep])


# Rows below a header looked at for where its columns' text starts, and how far left of its
# label (in _ALIGN_TOL) that text may start.
_SNAP_ROWS = 12
_SNAP_REACH = 3


def _snap_to_body(rows, h: int, starts: list[float], lh: float) -> list[float]:
    """The header's column starts moved left to where the text under each label starts,
    when that is a little left of the label: on a scan a label's box (a bold word, a
    different size) may begin a few points right of the cells' text below it, and a
    cell starting more than _ALIGN_TOL left of its column's start fits no column, which
    ends the table there. At least two pieces must start there; a start never passes
    its left neighbour. Only the rows that may be the table's are looked at: the window ends
    at a blank band (as `_extend` ends a table) or at a row with a piece running well across
    a later label (no cell of these columns; its text starts further left than any snap
    reaches). Text under a short table, set at the page margin a few points left of the
    cells' padded text, would otherwise move the first column's start there, and the cells
    would then no longer start at their column. `lh`: the line unit (`_line_unit`)."""
    window: list[Line] = []
    prev = rows[h]
    for r in rows[h + 1:h + 1 + _SNAP_ROWS]:
        if _gap(prev, r, lh) > 2.5 * lh or any(
                l.bbox.x0 < s - _SNAP_REACH * _ALIGN_TOL and l.bbox.x1 > s + _ALIGN_TOL
                for l in r for s in starts[1:]):
            break
        window.extend(r)
        prev = r
    out: list[float] = []
    for s in starts:
        xs = [l.bbox.x0 for l in window if s - _SNAP_REACH * _ALIGN_TOL <= l.bbox.x0 <= s + _ALIGN_TOL]
        if len(xs) >= 2:
            m = statistics.median(xs)
            if m < s and (not out or m - out[-1] >= 2 * _ALIGN_TOL):
                s = m
        out.append(s)
    return out


# Points a heading's type is larger than the text under it, at least (a size step, not the
# rounding of one size).
_HEADING_STEP = 0.75


def _headings_over_text(header: list[Line], body: list[list[Line]]) -> bool:
    """Every piece of the "header" is set larger than the body's type: headings side by side
    at the top of two text columns. A table's header is set in the size of its cells (bold
    at most); a heading stands out from the running text under it by its size."""
    sizes = [l.font_size for r in body for l in r if l.font_size]
    # OCR lines carry no type size
    return bool(sizes) and _set_larger(header, statistics.median(sizes))


def _headings_of_two_levels(header: list[Line], body: list[list[Line]]) -> bool:
    """The "header"'s pieces are set in sizes a heading step apart, one of them larger than
    the body's type: the headings of two text columns that happen to stand level, a section
    heading in one ('Hur gick det med förra programmet?') and a run-in sub-heading in the
    other, set bold at about the text's size ('Mål B. Barn och unga ...'). A table's header
    names its columns alike: one face, one size."""
    sizes = [l.font_size for l in header]
    body_sizes = [l.font_size for r in body for l in r if l.font_size]
    if not body_sizes or any(x is None for x in sizes) or max(sizes) - min(sizes) < _HEADING_STEP:
        return False
    return _set_larger([max(header, key=lambda l: l.font_size)], statistics.median(body_sizes))


def _wraps_heading_above(rows: list[list[Line]], h: int, starts: list[float], right: float) -> bool:
    """A piece of row h is the wrapped end of a bold line right above it in its column, set
    in the same size and not ending a sentence ('Mål D. Invandrare deltar i föreningar,
    kultur och' / 'idrott'): a heading of a text column running onto its second line, level
    by chance with a heading in the other column. A table's header starts the table; the
    search that tries every row as a header must not take a heading's last line for one."""
    if h == 0:
        return False
    for p in rows[h]:
        col = _column_of(p, starts, right)
        for a in rows[h - 1]:
            if (a.bold and p.bold and a.font_size and p.font_size and abs(a.font_size - p.font_size) < 0.1
                    and _column_of(a, starts, right) == col and col is not None
                    and not a.text.rstrip().endswith(_SENTENCE_END)
                    and p.bbox.y0 - a.bbox.y1 < 0.5 * a.bbox.height):
                return True
    return False


def _columns_go_on_above(rows: list[list[Line]], h: int, floor: int, starts: list[float], right: float,
                         lh: float) -> bool:
    """Every column of the candidate whose header is rows[h] goes on above it: the nearest
    line above the header over each column's span (rows down to `floor`, where a table
    found already ends) starts at that column's start, stays in the column, and no blank
    band (as `_extend` ends a table on) separates it from the header. A table's header is
    the top of its columns: over it stand a caption, a heading or text running across the
    columns (or the page's text columns, set on their own grid, their lines starting
    elsewhere than the table's cells), not a line starting at each of its columns. Two
    columns of running text run on above whatever pair of lines is taken for a header (a
    sub-heading level in both columns, 'Delmål 2.1 …' beside 'Delmål 3.1 …'): their lines
    above it start where the pair does."""
    if h <= floor:
        return False
    for c, s in enumerate(starts):
        end = starts[c + 1] if c + 1 < len(starts) else right
        for k in range(h - 1, floor - 1, -1):
            over = [l for l in rows[k] if l.bbox.x0 < end - _ALIGN_TOL and l.bbox.x1 > s + _ALIGN_TOL]
            if over:
                break
        else:
            return False
        if not all(_column_of(l, starts, right) == c and abs(l.bbox.x0 - s) <= _ALIGN_TOL for l in over) \
                or _gap(rows[k], rows[h], lh) > 2.5 * lh:
            return False
    return True


def _try_table(rows: list[list[Line]], h: int, page_right: float, bands: _Bands = _NO_BANDS,
               merged: set[int] | None = None, lh: float | None = None):
    # `lh`: the page's `_line_unit(rows)`, when the caller has it (the search tries every row
    # of the page as a header; the unit is the page's, not the row's)
    header = rows[h]
    if len(header) < 2:
        return None
    # A row of pieces that are no labels (a sentence, a long line) is no header, but may be
    # the first row of a table printed without one; it needs stronger evidence below.
    labels = all(_is_label(l) for l in header)
    starts = [l.bbox.x0 for l in header]
    # The header's pieces must not overlap: they are the column starts.
    if any(b - a < 2 * _ALIGN_TOL for a, b in zip(starts, starts[1:])):
        return None
    right = page_right
    if lh is None:
        lh = _line_unit(rows)
    # A header may leave columns unnamed; a bold one says it is a header, an OCR line has no
    # boldness, so any label row is tried (the columns need alignment evidence below it).
    starts = _unnamed_columns(rows, h, _snap_to_body(rows, h, starts, lh), lh, bands)
    body = _extend(rows, h + 1, header, starts, right, lh, bands=bands, merged=merged, content_head=not labels)
    multi = [r for r in body if len({_column_of(l, starts, right) for l in r}) >= 2]
    if len(multi) < _MIN_BODY_ROWS:
        return None
    # Alignment evidence: most body pieces start right at a column start.
    pieces = [l for r in body for l in r]
    aligned = sum(1 for l in pieces if min(abs(l.bbox.x0 - s) for s in starts) <= _ALIGN_TOL)
    if aligned < 0.6 * len(pieces):
        # (a bulleted cell's wrapped lines count too: looked for only when the column starts
        # alone fall short, as the search tries this for every row)
        edges = [*starts, *_hanging_indents(pieces, starts)]
        aligned = sum(1 for l in pieces if min(abs(l.bbox.x0 - s) for s in edges) <= _ALIGN_TOL)
    if aligned < 0.6 * len(pieces):
        return None
    if not labels and (_looks_like_running_text(body, starts, right)
                       or not _cells_start_together([header, *body], starts, right, strict=True)
                       or _prose_in_every_column([header, *body], starts, right)
                       or _goes_on_from_above(rows, h, body, starts, right, lh)
                       or any(len(r) >= 2 and _headings_over_text(r, body) for r in body)):
        # rows of cells start level, row after row, in every column; columns of running
        # text, whose lines are no labels either, do not. Nor does a table without a header
        # hold a row of headings side by side, each set larger than the cells: two text
        # columns whose sections happen to start at one height
        return None
    if len(starts) == 2:
        header_bold = all(l.bold for l in header)
        # headings set larger than the text under them are headings, whatever lines happen
        # to start level below them (a bold sub-heading or a bullet in each text column)
        if _headings_over_text(header, body) or _headings_of_two_levels(header, body) \
                or _wraps_heading_above(rows, h, starts, right):
            return None
        if header_bold:
            if _looks_like_running_text(body, starts, right) and not _cells_start_together(body, starts, right):
                return None
        # No bold header: a table printed without column names, its first row already
        # content. Two columns of running text do not fill their lines short of the column
        # end, and do not start their paragraphs level, row after row, as cells do.
        elif _looks_like_running_text(body, starts, right) or not _cells_start_together([header, *body], starts, right,
                                                                                          strict=True):
            return None
    return header, body, starts, right


# a bulleted cell's wrapped lines start where the text after the bullet does (a hanging
# indent, as a word processor sets a list in a cell): a few points right of the column start
_BULLET_PIECE_RE = re.compile(r"^\s*[•●▪■◦‣∙·○–-]\s")
_HANGING_MAX = 12.0  # pt: a bullet glyph and its space, not a second column


def _hanging_indents(pieces: list[Line], starts: list[float]) -> list[float]:
    """The x where the lines of a bulleted cell wrap to, per column whose pieces open with a
    bullet at the column start: the start of the text after the bullet, taken from the
    wrapped lines themselves (the left edge most of them share, a little right of the
    column start). Empty when no column holds bullets."""
    out: list[float] = []
    for k, s in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else float("inf")
        mine = [l for l in pieces if s - _ALIGN_TOL <= l.bbox.x0 < nxt - _ALIGN_TOL]
        if not any(_BULLET_PIECE_RE.match(l.text) and abs(l.bbox.x0 - s) <= _ALIGN_TOL for l in mine):
            continue
        inset = [round(l.bbox.x0, 0) for l in mine if _ALIGN_TOL < l.bbox.x0 - s <= _HANGING_MAX]
        if inset:
            out.append(statistics.mode(inset))
    return out


def _row_middle(r: list[Line]) -> float:
    return _median((l.bbox.y0 + l.bbox.y1) / 2 for l in r)


def _logical_rows(body: list[list[Line]], starts: list[float] | None = None,
                  headed: bool = False) -> list[list[list[Line]]]:
    """Visual rows grouped into table rows: a wider gap than the line gap starts a row.

    Gaps are taken from the steps between the rows' middles (`_gap`): an OCR line's box
    height is an estimate that varies by a few points from line to line, which a gap
    between the boxes takes in whole (on a text layer both give the same gaps).
    `headed`: body[0] is the table's header row (`_rejoin_paragraphs`)."""
    if len(body) < 2:
        return [body]
    heights = [l.bbox.height for r in body for l in r]
    lh = statistics.median(heights)
    unit = _line_unit(body)
    gaps = [_gap(a, b, unit) for a, b in zip(body, body[1:])]
    # A table row starts with its cells' first lines side by side. A visual row whose lines
    # stand at different heights (one cell's paragraph spacing shifts its lines against
    # the next cell's) lies inside a row: no row starts there, and the gaps next to it,
    # measured from its middle, say nothing of the line spacing.
    staggered = [_staggered(r, lh) for r in body]
    # A visual row reaching up into the one above (a gap below -_STAGGER line heights) is
    # a cell's line set between two lines of its neighbour (paragraph spacing inside one
    # cell, seen on scans where _staggered cannot tell): no measure of the line spacing.
    steady = [g for g, a, b in zip(gaps, staggered, staggered[1:])
              if not (a or b) and g >= -_STAGGER * lh]
    limit = _line_gap_limit(steady or gaps, lh)
    if unit == lh and min(steady or gaps) > _LINE_GAP_SPREAD * lh:
        # text-layer boxes (the unit is their height, the line spacing: `_line_unit`) with
        # white between every two visual rows: no cell wraps onto a second line, each
        # visual row is a table row. The smallest gap is then the row spacing, not the
        # line spacing `_line_gap_limit` takes it for.
        limit = min(steady or gaps) - _ALIGN_TOL
    out = [[body[0]]]
    breaks: list[float] = []  # the gap before each row after the first
    for g, prev, r, a, b in zip(gaps, body, body[1:], staggered, staggered[1:]):
        if a:  # measured from the row's lowest line, the one the next row follows
            g -= max((l.bbox.y0 + l.bbox.y1) / 2 for l in prev) - _row_middle(prev)
        if (g > limit and not b) or (starts and g >= -_STAGGER * lh and _resumed_columns(out[-1], prev, r, starts) >= 2):
            out.append([r])
            breaks.append(g)
        else:
            out[-1].append(r)
    return _rejoin_paragraphs(out, breaks, starts, headed) if starts else out


# A row break this much smaller than the table's usual one (the median) may be a paragraph
# break inside a cell.
_PARAGRAPH_GAP_SHARE = 0.7


def _rejoin_paragraphs(groups: list[list[list[Line]]], breaks: list[float],
                       starts: list[float], headed: bool = False) -> list[list[list[Line]]]:
    """Rows that are the next paragraph of a cell above, put back into its row: text in
    one column only, not the first, a column the row above has text in, after a gap well
    under the table's usual row gap. A cell's paragraph spacing can exceed its line
    spacing by more than the spread allowed for a line gap (seen on a scan of a
    browser-printed table); a real row with its first cell left empty ('same as above')
    has text in several cells.
    `headed`: the first group is the header. Nothing is put back into it: a header names
    its columns, it has no paragraphs of cell text, and the space under it is the header's
    own padding (often less than a row's). Text in one column right under a header is a
    row, most often the rest of a row the page break cut, under the header printed again
    on the new page."""
    if len(breaks) < 3:
        return groups
    usual = statistics.median(breaks)
    out = [groups[0]]
    for g, brk in zip(groups[1:], breaks):
        cols = set().union(*(_columns_at(r, starts) for r in g))
        above = set().union(*(_columns_at(r, starts) for r in out[-1]))
        if headed and len(out) == 1:
            out.append(g)  # the row under the header
        elif len(cols) == 1 and 0 not in cols and cols <= above and brk < _PARAGRAPH_GAP_SHARE * usual:
            out[-1].extend(g)
        else:
            out.append(g)
    return out


def _columns_at(r: list[Line], starts: list[float]) -> set[int]:
    return {max((i for i, s in enumerate(starts) if l.bbox.x0 >= s - _ALIGN_TOL), default=0) for l in r}


def _resumed_columns(group: list[list[Line]], prev: list[Line], r: list[Line], starts: list[float]) -> int:
    """Columns that hold text again in visual row `r` after a visual row (`prev`) without
    any, having held text earlier in the current table row (`group`). A cell's lines follow
    each other; once two cells have ended, text starting in both again, side by side and
    below the row above, is the next table row. Where a word processor's cell padding is
    thin and a scan's boxes vary, the gap alone cannot tell it from line spacing."""
    seen = set().union(*(_columns_at(v, starts) for v in group))
    return len((_columns_at(r, starts) & seen) - _columns_at(prev, starts))


# Lines of one visual row whose boxes are shifted against each other by more than this
# share of a line height stand at different heights.
_STAGGER = 0.25
_SAME_BOX = 0.2  # pt: text-layer boxes of one face and size are this alike in height


def _staggered(r: list[Line], lh: float) -> bool:
    """The row's lines are one face's boxes (equal heights: a text layer; OCR boxes are cut
    to the ink and vary, and a skewed scan shifts whole lines) set at different heights."""
    heights = [l.bbox.height for l in r]
    if len(r) < 2 or max(heights) - min(heights) > _SAME_BOX:
        return False
    tops = [l.bbox.y0 for l in r]
    return max(tops) - min(tops) > _STAGGER * lh


# Gaps between the lines of one cell differ by at most this share of a line height (mixed
# fonts in a cell, OCR boxes); a row's padding adds more.
_LINE_GAP_SPREAD = 0.4
# A jump of this share of a line height between two sorted gaps, with no gap in between, is
# the step from line spacing to row spacing even when it is less than _LINE_GAP_SPREAD.
_ROW_GAP_JUMP = 0.2


def _line_gap_limit(gaps: list[float], lh: float) -> float:
    """The largest gap between visual rows that is still line spacing inside a logical row.

    The line spacing is the smallest gap; gaps up to _LINE_GAP_SPREAD line heights above it
    count as line spacing too, unless the sorted gaps jump before that: a text layer prints
    every line of a cell at one pitch, so its line gaps are equal and a word processor's
    thin cell padding (a paragraph's space after, a few points) shows as a clean jump, less
    than the spread allowed for uneven gaps. A jump counts once two gaps are below it: the
    line spacing recurs, one odd smallest gap (an OCR box cut too tall) is no evidence."""
    ordered = sorted(gaps)
    limit = ordered[0]
    for n, g in enumerate(ordered[1:], 1):
        if g > ordered[0] + _LINE_GAP_SPREAD * lh or (n >= 2 and g - limit > _ROW_GAP_JUMP * lh):
            break
        limit = g
    return limit


@dataclass
class AlignedTable:
    table: Table
    lines: list[Line]  # the lines the table took
    starts: list[float]  # column starts, to follow the table onto the next page
    right: float
    header: list[str] = field(default_factory=list)  # first line of each header cell
    edge: float = 0.0  # right edge of the table's text (a merged row's band reaches it)
    size: float | None = None  # type size of its text (`_type_size`), for the next page's rows


def _median_height(rows: list[list[Line]]) -> float:
    heights = [l.bbox.height for r in rows for l in r if l.bbox.height > 0]
    return statistics.median(heights) if heights else 10.0


def _build(groups, starts, right, header_rows: int, head_rows=None,
           merged: set[int] = frozenset()) -> tuple[Table, list[Line]]:
    """The table of these logical rows; a row of `merged` lines (merged across the table)
    has its text in the first cell and a span over every column."""
    n = len(starts)
    grid: list[list[str]] = []
    used: list[Line] = []
    placed: list[list[list[Line]]] = []
    spans: list[tuple[int, int, int, int]] = []
    for group in ([head_rows] if head_rows else []) + groups:
        cells: list[list[Line]] = [[] for _ in range(n)]
        if all(id(l) in merged for r in group for l in r):
            spans.append((len(placed), 0, 1, n))
        for r in group:
            for l in r:
                col = 0 if id(l) in merged else _column_of(l, starts, right)
                if col is None:
                    # a header line (head_rows) is not checked against the columns when
                    # they are found: one running past its column's end goes to the
                    # column it starts in, not into an error
                    col = max([i for i, s in enumerate(starts) if s - _ALIGN_TOL <= l.bbox.x0],
                              default=0)
                cells[col].append(l)
                used.append(l)
        placed.append(cells)
    # each column's right text edge, where a word too long for the column is broken
    # (and whether two lines or more reach it, cell_lines.column_edge)
    edges = [column_edge([(l.bbox.x1, l.bbox.height) for cells in placed for l in cells[i]]) for i in range(n)]
    for cells in placed:
        grid.append([join_cell_lines([(l.text, l.bbox.x1, l.bbox.height) for l in c], *edges[i])
                     for i, c in enumerate(cells)])
    bbox = BBox(
        x0=min(l.bbox.x0 for l in used),
        y0=min(l.bbox.y0 for l in used),
        x1=max(l.bbox.x1 for l in used),
        y1=max(l.bbox.y1 for l in used),
    )
    return Table(rows=grid, bbox=bbox, header_rows=header_rows, spans=spans, method="text-alignment"), used


def _trim_trailing_first_column_rows(groups, starts, right, keep: int, merged: set[int] = frozenset(),
                                     rules=(), page_right: float = 0.0):
    # Trailing rows with text in the first column only are what follows the table (a
    # note, a paragraph that fits the first column), not a row of it; so is a merged row
    # with no row of the table under it (a shaded note, a caption). Unless rules drawn
    # between the table's rows close it as they close the rows above (`_ruled_row`): a
    # measure whose other cells were left empty.
    # Where no rules are drawn between the rows, a row whose text wraps at the first column's
    # width (`_wrapped_in_column`) is the table's too: a note runs on to the page's margin.
    while len(groups) > keep and all(id(l) in merged or _column_of(l, starts, right) == 0
                                     for r in groups[-1] for l in r):
        if len(groups) >= 2 and _ruled_row(groups[-1], groups[-2], starts, rules):
            break
        if len(groups) >= 2 and not any(id(l) in merged for r in groups[-1] for l in r) and \
                not _ruled_between(groups, starts, rules) and _wrapped_in_column(groups[-1], starts, page_right):
            break
        groups.pop()
    return groups


def _ruled_between(groups, starts: list[float], rules) -> bool:
    """A rule across the table's columns lies between the top of its first row and the top
    of its last: its rows are closed by rules, and they tell a row from a note
    (`_ruled_row`), whatever the text."""
    top = min(l.bbox.y0 for r in groups[0] for l in r)
    last = min(l.bbox.y0 for r in groups[-1] for l in r)
    return _spanning_rule(rules, top, last, starts)


def _wrapped_in_column(group: list[list[Line]], starts: list[float], page_right: float) -> bool:
    """The row's text in the first column breaks its lines at the column's width: the next
    line's first word would have run across the second column's start, though the page
    had room for it. A cell's text wraps at its column; a note under the table at the page
    margin, so its short lines are broken by hand, and its long ones fit no column at all.
    (The word's width is taken from the line it starts, in proportion to its letters.)"""
    if len(starts) < 2:
        return False
    lines = sorted((l for r in group for l in r), key=lambda l: l.bbox.y0)
    for a, b in zip(lines, lines[1:]):
        words = b.text.split()
        if not words or not b.text:
            continue
        word = b.bbox.width * (len(words[0]) + 1) / len(b.text)  # with the space before it
        end = a.bbox.x1 + word
        if end > starts[1] + _ALIGN_TOL and end <= page_right:
            return True
    return False


def _spanning_rule(rules, y0: float, y1: float, starts: list[float]) -> bool:
    """A horizontal rule between heights y0 and y1 reaches across every column start."""
    return any(y0 <= y <= y1 and x0 <= starts[0] + _ALIGN_TOL and x1 >= starts[-1] + _ALIGN_TOL
               for y, x0, x1 in rules)


def _ruled_row(group: list[list[Line]], above: list[list[Line]], starts: list[float], rules) -> bool:
    """Logical row `group` lies between two rules across the table's columns: one between it
    and the row above, one right under it (within a line height, nothing between). A table
    ruled between its rows only (no grid for the ruled finders) closes each row so; a note
    under a table has the table's last rule above it, none of its own under it."""
    if not rules or len(starts) < 2:
        return False
    lines = [l for r in group for l in r]
    top, bottom = min(l.bbox.y0 for l in lines), max(l.bbox.y1 for l in lines)
    above_bottom = max(l.bbox.y1 for r in above for l in r)
    lh = _median_height(group)
    return (_spanning_rule(rules, above_bottom - _ALIGN_TOL, top + _ALIGN_TOL, starts)
            and _spanning_rule(rules, bottom - _ALIGN_TOL, bottom + lh, starts))


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


# Two readings of one header line agree at least this much (difflib ratio): OCR may misread
# a letter or two, a different table's header shares little more than a word.
_SAME_HEADER = 0.8


def _repeats_header(r: list[Line], header: list[str]) -> bool:
    """Row r prints the carried table's header again (a new table, or the same one with its
    header repeated on the new page). A bold header says so by itself; OCR lines carry no
    boldness, so the text is compared."""
    want = _letters(" ".join(header))
    got = _letters(" ".join(l.text for l in r))
    if not want:
        return False
    # rapidfuzz's Indel ratio (from the longest common subsequence) is an upper bound of
    # difflib's ratio (from its matching blocks), and fast: most rows are no header and fail
    # it, sparing difflib's full match, which took half a page's reading time
    if fuzz.ratio(want, got) < 100 * _SAME_HEADER:
        return False
    return difflib.SequenceMatcher(None, want, got).ratio() >= _SAME_HEADER


# A scanned page lies up to a few millimetres off the previous one on the scanner glass.
_MAX_PAGE_SHIFT = 15.0  # pt


def _page_shift(r: list[Line], starts: list[float]) -> float | None:
    """How far this page's columns lie sideways from the carried ones, when row r shows it:
    >= 2 pieces, each starting near a different carried column start, all off by the same
    amount (within the alignment tolerance). None when the row shows no such shift."""
    if len(r) < 2:
        return None
    offs: list[float] = []
    used: set[int] = set()
    for l in r:
        i = min(range(len(starts)), key=lambda j: abs(l.bbox.x0 - starts[j]))
        if i in used:
            return None
        used.add(i)
        offs.append(l.bbox.x0 - starts[i])
    shift = statistics.median(offs)
    if max(offs) - min(offs) > _ALIGN_TOL or abs(shift) > _MAX_PAGE_SHIFT:
        return None
    return shift


def _below_repeated_header(rows, k: int, carry: AlignedTable, starts: list[float], right: float,
                           bands: _Bands = _NO_BANDS) -> int | None:
    """The first row under the carried table's header printed again at rows[k] (a word
    processor repeats a table's header row on every page), when the header search finds no
    table there: the rest of the table on this page is too short to show its columns by
    itself (a cell's last lines). None when rows[k] is no repetition or a table is found.
    The header's wrapped lines (bold, in the columns) are skipped with it."""
    if not _repeats_header(rows[k], carry.header):
        return None
    page_right = max(l.bbox.x1 for r in rows for l in r) + 1
    if _try_table(rows, k, page_right, bands) is not None:
        return None
    j = k + 1
    while j < len(rows) and all(l.bold and _column_of(l, starts, right) is not None for l in rows[j]):
        j += 1
    return j if j < len(rows) else None


# how much smaller (points) than the carried table's text a running head is set, and how far
# (in lines) it stands above the rows under it
_HEAD_SMALLER = 0.4
_HEAD_GAP_LINES = 1.5


def _running_head_over(rows, size: float | None, lh: float) -> bool:
    """The page's first row is its running head over the rows of a table carried on from the
    previous page: one line, set smaller than the table's text (a text layer's sizes; a scan
    has none) and standing apart from the row under it. Starting at the first column's edge,
    it fits the columns and would be read as the carried table's first cell ('Kommun ·
    Program 2025–2029' over 'Antal besök')."""
    if size is None or len(rows) < 2 or len(rows[0]) != 1:
        return False
    head = rows[0][0]
    if not head.font_size or head.font_size > size - _HEAD_SMALLER:
        return False
    top = min(l.bbox.y0 for l in rows[1])
    return top - head.bbox.y1 > _HEAD_GAP_LINES * lh


def _continuation(rows, carry: AlignedTable, bands: _Bands = _NO_BANDS,
                  rules=()) -> tuple[AlignedTable | None, int]:
    """The top of the page going on with the previous page's borderless table (no header,
    or its header printed again over too little of the table to be found by itself).

    Up to two rows that do not fit the columns are skipped first: the running header.
    """
    lh = _line_unit(rows)
    # the last column runs to the text's right margin: the previous page measured it from
    # its own widest line, and a cell of that column on this page may reach further
    here = max((l.bbox.x1 + 1 for r in rows for l in r if abs(l.bbox.x0 - carry.starts[-1]) <= _ALIGN_TOL),
               default=carry.right)
    for k in range(1 if _running_head_over(rows, carry.size, lh) else 0, min(3, len(rows))):
        starts, right, edge = carry.starts, max(carry.right, here), carry.edge
        if all(_column_of(l, starts, right) is not None for l in rows[k]) or bands.merged_row(rows[k], starts, edge):
            break
        shift = _page_shift(rows[k], starts)
        if shift is not None:
            starts, right, edge = [s + shift for s in starts], right + shift, edge + shift
            if all(_column_of(l, starts, right) is not None for l in rows[k]):
                break
    else:
        return None, 0
    if any(_is_header_row(r) for r in rows[:k + 1]) or _repeats_header(rows[k], carry.header):
        # a new table with its own header (handled by the header search), or the table's
        # header repeated on this page, its columns placed a little differently
        below = _below_repeated_header(rows, k, carry, starts, right, bands)
        if below is None:
            return None, 0
        # the repeated header is kept as the piece's header row: the pages' pieces are
        # joined by it (pdf_tables.mark_continuations), and it is no loose text
        head_rows, k = rows[k:below], below
    else:
        head_rows = None
    merged: set[int] = set()
    body = _extend(rows, k, None, starts, right, lh, bands=bands, edge=edge, merged=merged, size=carry.size)
    # A header row ends the continuation: a new table (or this one again, its header
    # repeated) starts there, however bold the lines above it (a section heading).
    head = next((i for i, r in enumerate(body) if _is_header_row(r) or _repeats_header(r, carry.header)), None)
    if head is not None:
        body = body[:head]
    if not body:
        return None, 0
    groups = bands.split(_logical_rows(body, starts), merged)
    page_right = max(l.bbox.x1 for r in rows for l in r) + 1
    # the first row the rest of the previous page's last row, cut by the page break: it is
    # the table's, however short and in whichever column (`_cut_cell_rest`)
    cut = not head_rows and bool(groups) and _cut_cell_rest(groups[0], carry, starts, right, merged)
    groups = _trim_trailing_first_column_rows(groups, starts, right, keep=1 if cut else 0, merged=merged,
                                              rules=rules, page_right=page_right)
    # Something must show it is the table and not a short line at the left margin.
    if not groups or (not cut and all(id(l) in merged or _column_of(l, starts, right) == 0
                                      for g in groups for r in g for l in r)):
        return None, 0
    table, used = _build(groups, starts, right, header_rows=1 if head_rows else 0, head_rows=head_rows,
                         merged=merged)
    return (AlignedTable(table, used, starts, right, carry.header, max(edge, table.bbox.x1), carry.size),
            k + sum(len(g) for g in groups))


def _cut_cell_rest(group: list[list[Line]], carry: AlignedTable, starts: list[float], right: float,
                   merged: set[int]) -> bool:
    """Logical row `group`, the first on the page under the previous page's table (`carry`,
    which ran to the foot of that page), is the rest of the table's last row, whose cells the
    page break cut: a word processor prints the lines of a tall cell that do not fit at the
    top of the next page, at their column, with nothing beside them when the other cells
    ended on the page before ('Vänfamiljsverksamhet' / 'som för samman' | … at the foot,
    'nyinflyttade och infödda' / 'familjer' at the top). Such lines fit the first column as
    well as a short line of text at the left margin does; what tells them from it:
    - every line starts at its column's start (a cell's lines are set flush with it);
    - set in the table's own type (`carry.size`, less than a size step apart,
      `_HEADING_STEP`: the cells of a table share one type; text after it is set in the
      page's, headings larger; a scan's lines carry no size and are not held to it);
    - the row reads as the rest of the row above as a ruled table's cut row is read
      (`pdf_tables.row_is_split_rest`): a cell of it goes on in lower case from the cell above,
      which ended without closing punctuation, and none of its cells stands under an empty one.
    A paragraph opens in upper case; a cell that closed its sentence has no rest. A table that
    ended above the foot of its page carries nothing over (`page_assembly._runs_to_bottom`)."""
    t = carry.table
    if len(t.rows) <= t.header_rows or any(id(l) in merged for r in group for l in r):
        return False
    pieces = [l for r in group for l in r]
    for l in pieces:
        c = _column_of(l, starts, right)
        if c is None or abs(l.bbox.x0 - starts[c]) > _ALIGN_TOL:
            return False
        if carry.size is not None and l.font_size and abs(l.font_size - carry.size) >= _HEADING_STEP:
            return False
    return row_is_split_rest(t.rows[-1], _cell_texts(group, starts, right))


# A table runs to the foot of the page when at most this many visual rows (running footer,
# page number) follow it, in the lowest quarter of the page (as page_assembly carries it).
_FOOT_ROWS = 2
_FOOT_SHARE = 0.75


def _at_page_foot(rows: list[list[Line]], end: int, page_height: float | None) -> bool:
    """Visual rows[:end] run to the foot of the page."""
    if page_height is None or end == 0 or len(rows) - end > _FOOT_ROWS:
        return False
    return _row_bottom(rows[end - 1]) >= _FOOT_SHARE * page_height


def _header_over_merged_rows(rows, h: int, page_right: float, bands: _Bands, merged: set[int],
                             page_height: float | None, lh: float | None = None):
    """A bold header with nothing but merged rows under it down to the foot of the page:
    the top of a table whose rows the next page goes on with (the header printed again
    there). Too few rows for the alignment to show the columns: the header's labels are
    the column starts (and a merged row starting left of them, the unnamed first column's).
    Returns (header, body, starts, right) as `_try_table` does, or None."""
    header = rows[h]
    if bands is _NO_BANDS or not _is_header_row(header):
        return None
    starts = [l.bbox.x0 for l in header]
    if any(b - a < 2 * _ALIGN_TOL for a, b in zip(starts, starts[1:])):
        return None
    body = _extend(rows, h + 1, header, starts, page_right, _line_unit(rows) if lh is None else lh,
                   bands=bands, merged=merged, lead=True)
    if not body or not all(id(r[0]) in merged for r in body):
        return None
    if not _at_page_foot(rows, h + 1 + len(body), page_height):
        return None
    lead = min(r[0].bbox.x0 for r in body)
    if lead < starts[0] - _ALIGN_TOL:
        starts = [lead, *starts]
    return header, body, starts, page_right


# columns a header must name for one row under it to show a table: two columns of running
# text start their lines at two places, and no heading stands over three
_ONE_ROW_COLUMNS = 3


def _header_at_page_foot(rows, h: int, page_right: float, bands: _Bands, merged: set[int],
                         page_height: float | None, lh: float):
    """A bold header of labels with one or a few rows under it down to the foot of the page:
    the top of a table the page break split (a word processor moves a row that does not fit
    to the next page, so a table may start with its header and a row at the foot of one
    page). Too few rows for the alignment evidence `_try_table` asks for: every piece of the
    rows must start at one of the header's labels, and one row must fill two columns, unless
    the header names three columns or more (no heading stands over three, `_ONE_ROW_COLUMNS`):
    then a row in the first column alone is the table's too, a goal row over the measures the
    page break moved to the next page (where the header is printed again, and
    pdf_tables.mark_continuations joins the pieces by it). Unfound, the row was a line of the
    page, read with the header's labels as text. The next page's rows are then found as the
    table's continuation (`_continuation`).
    Returns (header, body, starts, right) as `_try_table` does, or None."""
    header = rows[h]
    if not _is_header_row(header) or not all(_is_label(l) for l in header):
        return None
    starts = [l.bbox.x0 for l in header]
    if any(b - a < 2 * _ALIGN_TOL for a, b in zip(starts, starts[1:])):
        return None
    body = _extend(rows, h + 1, header, starts, page_right, lh, bands=bands, merged=merged)
    # the rows end at the first piece that starts at none of the labels (a page number
    # under the table fits a column without starting at it)
    aligned = [all(min(abs(l.bbox.x0 - s) for s in starts) <= _ALIGN_TOL for l in r) for r in body]
    body = body[:aligned.index(False)] if False in aligned else body
    if not body or not _at_page_foot(rows, h + 1 + len(body), page_height):
        return None
    if len(starts) < _ONE_ROW_COLUMNS and not any(len({_column_of(l, starts, page_right) for l in r}) >= 2
                                                 for r in body):
        return None  # two labels over lines in one column: as likely two text columns' headings
    if _headings_over_text(header, body):
        return None  # headings side by side over two text columns, not a header
    if len(starts) == 2 and (_headings_of_two_levels(header, body) or _wraps_heading_above(rows, h, starts, page_right)):
        return None  # ... or headings of two text columns level by chance (as in `_try_table`)
    return header, body, starts, page_right


def _header_over_one_row(rows, h: int, page_right: float, bands: _Bands, merged: set[int], lh: float):
    """A bold header of three labels or more over one row of cells, a cell starting under
    every label and all of them level: a table of one row (a follow-up table of one
    indicator, 'Mätare | Enhet | 2024 | 2026 | Mål 2029' over one 'Andel …' row), too few
    rows for the alignment evidence `_try_table` asks for. The labels are the column starts
    and the table ends with that row (the rows under it are the page's text: a one-row table
    says nothing of them). Unfound, its cells are lines of the page, and across two text
    columns the reading order puts the left cells in the left column and the right ones in
    the right, so the text of the two columns above and below the table runs together.
    Returns (header, body, starts, right) as `_try_table` does, or None."""
    header = rows[h]
    if len(header) < _ONE_ROW_COLUMNS or not _is_header_row(header):
        return None
    starts = [l.bbox.x0 for l in header]
    if any(b - a < 2 * _ALIGN_TOL for a, b in zip(starts, starts[1:])):
        return None
    body = _extend(rows, h + 1, header, starts, page_right, lh, bands=bands, merged=merged)
    if not body:
        return None
    first = body[0]
    # a cell under every label -- or under all but one inner label, the first and the last
    # filled: the row spans the grid, and a one-row card of fields leaves a field it has
    # nothing for empty ('Ansvarig | Med i arbetet | Tid' over 'Biblioteket' and '2025').
    # A row stopping short of the last label shows no grid (its lines may be text).
    under = [any(abs(l.bbox.x0 - s) <= _ALIGN_TOL for l in first) for s in starts]
    if not (under[0] and under[-1] and sum(under) >= len(starts) - 1) or not _level(first):
        return None
    if _headings_over_text(header, body):
        return None
    groups = _logical_rows([header, *body], starts, headed=True)
    if len(groups) < 2 or groups[1][0] is not first:
        return None
    # every piece of the row starts at a label, its cells' wrapped lines too: a line of a
    # text column beside the table fits the last column without starting at its label
    if not _starts_at_labels(groups[1], starts):
        return None
    return header, groups[1], starts, page_right


def _two_labels_over_rows(rows, h: int, page_right: float, bands: _Bands, merged: set[int], lh: float):
    """The opening the two bold-pair readers share: a header row of two labels set apart by
    more than the alignment tolerance, and the rows `_extend` finds under it, none merged.
    Returns (header, starts, body) or None."""
    header = rows[h]
    if len(header) != 2 or not _is_header_row(header):
        return None
    starts = [l.bbox.x0 for l in header]
    if starts[1] - starts[0] < 2 * _ALIGN_TOL:
        return None
    body = _extend(rows, h + 1, header, starts, page_right, lh, bands=bands, merged=merged)
    if not body or merged:
        return None
    return header, starts, body


def _bold_pair_over_bullets(rows, h: int, page_right: float, bands: _Bands, merged: set[int], lh: float):
    """A bold header of two labels over one row whose every cell is a bulleted list, a bullet
    starting level under each label ('Kort sikt (2025–2026) | Lång sikt (2027–2029)' over '•
    <action> (<doer>)' lines): a plan of two columns of one row, too few rows for
    `_try_table`'s evidence and too few labels for `_header_over_one_row`. Its bulleted lines
    fill the columns as running text does; what tells it from two text columns under side
    headings is that both columns open with a bullet right under the label, level, the
    headings set no larger than the cells (`_headings_over_text`), and that every piece of the
    row starts at a label or at the hanging indent of its column's bullets (a wrapped line).
    The table ends with that row. Returns (header, body, starts, right) as `_try_table` does,
    or None."""
    if not all(l.bold for l in rows[h]):
        return None
    opened = _two_labels_over_rows(rows, h, page_right, bands, merged, lh)
    if opened is None:
        return None
    header, starts, body = opened
    first = body[0]
    if not _level(first) or not all(any(abs(l.bbox.x0 - s) <= _ALIGN_TOL and _BULLET_PIECE_RE.match(l.text)
                                        for l in first) for s in starts):
        return None
    if _headings_over_text(header, body):
        return None
    groups = _logical_rows([header, *body], starts, headed=True)
    if len(groups) < 2 or groups[1][0] is not first:
        return None
    row = groups[1]
    pieces = [l for r in row for l in r]
    edges = [*starts, *_hanging_indents(pieces, starts)]
    if not all(min(abs(l.bbox.x0 - e) for e in edges) <= _ALIGN_TOL for l in pieces):
        return None
    # every line at a label opens a bullet: the cells are lists, not paragraphs
    if not all(_BULLET_PIECE_RE.match(l.text) for l in pieces if min(abs(l.bbox.x0 - s) for s in starts) <= _ALIGN_TOL):
        return None
    return header, row, starts, page_right


def _bold_pair_over_rows(rows, h: int, page_right: float, bands: _Bands, merged: set[int], lh: float,
                         rules=()):
    """A bold header of two labels over rows of cells, the first row with a cell starting level
    under each label and the rows after it filling one column only: two lists side by side
    of unequal length ('Det här gör vi redan | Nytt 2024–2027', the left list ending first),
    one row short of the two rows in both columns `_try_table` asks for. Two columns of running
    text under side headings are told apart as `_try_table` tells them for a two-column table:
    their lines fill the columns (`_looks_like_running_text`) and their headings are set larger
    than the text (`_headings_over_text`). Every piece starts at a label (a wrapped line of a
    cell too), and the rows are two or more, each started after a row gap: a pair of bold
    names over one line each (a signature block) is no table. Returns (header, body, starts,
    right) as `_try_table` does, or None.

    Cells filled to the column's end look like running text; but when a rule across both
    columns closes the header and every row (`_ruled_row`), the lines are a ruled table's
    cells: two text columns are not ruled across both between their lines."""
    opened = _two_labels_over_rows(rows, h, page_right, bands, merged, lh)
    if opened is None:
        return None
    header, starts, body = opened
    first = body[0]
    if not all(any(abs(l.bbox.x0 - s) <= _ALIGN_TOL for l in first) for s in starts) or not _level(first):
        return None
    if _headings_over_text(header, body):
        return None
    running = _looks_like_running_text(body, starts, page_right)
    if running and not rules:
        return None  # (no rule to close its rows: running text, without grouping the rows)
    if not _starts_at_labels(body, starts):
        return None
    groups = _logical_rows([header, *body], starts, headed=True)
    if len(groups) < 3 or groups[1][0] is not first:
        return None
    if running and not all(_ruled_row(g, above, starts, rules) for above, g in zip(groups, groups[1:])):
        return None
    return header, body, starts, page_right


def _starts_at_labels(rows: list[list[Line]], starts: list[float]) -> bool:
    """Every piece of the rows starts at a column start (a header label), a wrapped line of
    a cell too."""
    return all(min(abs(l.bbox.x0 - s) for s in starts) <= _ALIGN_TOL for r in rows for l in r)


def _cell_texts(group: list[list[Line]], starts: list[float], right: float) -> list[str]:
    """The text of each column in the logical row (its lines joined by spaces)."""
    cells: list[list[str]] = [[] for _ in starts]
    for r in group:
        for l in r:
            c = _column_of(l, starts, right)
            cells[c if c is not None else max(
                [i for i, s in enumerate(starts) if s - _ALIGN_TOL <= l.bbox.x0], default=0)].append(l.text)
    return [" ".join(c) for c in cells]


def _reads_as_content(head: list[list[Line]], starts: list[float], right: float) -> bool:
    """The logical row taken for a header is a row of content (a table printed without
    column names): its first line not bold, and holds a piece that is no label, or a cell
    of it holds more words than a label. A header names each column in a few words,
    however they wrap; the first line of a cell of content may be as short (the column is
    narrow), so the whole cell is counted."""
    # a bold first line is a header, whatever lines at line spacing follow it (a cell's
    # text under a header with no padding between them)
    if not head or all(l.bold for l in head[0]) or _filled_grid(head, starts, right):
        return False
    return not all(_is_label(l) for l in head[0]) or any(
        len(c.split()) > _LABEL_MAX_WORDS for c in _cell_texts(head, starts, right))


def _filled_grid(group: list[list[Line]], starts: list[float], right: float) -> bool:
    """Every visual row of the group (two or more) has a piece in every column: rows of one
    line each set at line spacing (a contact list, figures, answers to a survey), which no
    gap tells apart. The cells of one row of wrapped text end on lines of their own."""
    return len(group) >= 2 and all(
        {_column_of(l, starts, right) for l in r} >= set(range(len(starts))) for r in group)


def _by_rows_alone(header: list[Line], starts: list[float]) -> bool:
    """`_try_table` took the table on its rows starting level alone (`_cells_start_together`,
    strict): its first row holds a piece that is no label, or it has two columns and no bold
    header."""
    return not all(_is_label(l) for l in header) or (len(starts) == 2 and not all(l.bold for l in header))


def _content_rows_above(rows, h: int, floor: int, starts: list[float], right: float, lh: float) -> int:
    """Index of the first visual row of a headerless table whose first row found is rows[h]:
    the rows right above it (down to `floor`, where an earlier table ends) are the table's
    while every piece fits a column, none is bold (a heading or caption over a table is set
    bold, its cells are not) and no blank band (as `_extend` ends a table on) separates them.
    Without this the rows before the first one whose lines all read as labels (a cell's
    first line a sentence, or one cell alone: a goal over its measures) were lost."""
    top = h
    while top > floor:
        r = rows[top - 1]
        if any(l.bold for l in r) or not all(_column_of(l, starts, right) is not None for l in r):
            break
        if _gap(r, rows[top], lh) > 2.5 * lh:
            break
        top -= 1
    return top


def find_aligned_tables(lines: list[Line], carry: AlignedTable | None = None,
                        bands=(), page_height: float | None = None, rules=()) -> list[AlignedTable]:
    """Borderless tables among the lines.

    `carry`: the previous page's last borderless table when it ran to the page bottom;
    the top of this page is then first tried as its continuation. `bands`: the page's
    filled bands behind text (x0, y0, x1, y1), where a row merged across a table is shaded.
    `page_height`: where the page ends (a merged row at the foot of the page heads the rows
    the next page goes on with). `rules`: the page's horizontal rules (y, x0, x1), which
    close the rows of a table ruled between its rows (`_ruled_row`).
    """
    placed = [l for l in lines if l.bbox is not None]
    if not placed or (len(placed) < 6 and carry is None):
        return []
    shaded = _Bands(bands, placed) if bands else _NO_BANDS
    rows = _visual_rows(placed)
    page_right = max(l.bbox.x1 for l in placed) + 1
    out: list[AlignedTable] = []
    h = 0
    if carry is not None:
        cont, h = _continuation(rows, carry, shaded, rules)
        if cont is not None:
            out.append(cont)
    floor = h  # rows above this belong to a table found already
    lh = _line_unit(rows)
    while h < len(rows):
        merged: set[int] = set()
        found = _try_table(rows, h, page_right, shaded, merged, lh)
        if found is None:
            merged = set()
            found = _header_over_merged_rows(rows, h, page_right, shaded, merged, page_height, lh)
        if found is None:
            merged = set()
            found = _header_at_page_foot(rows, h, page_right, shaded, merged, page_height, lh)
        if found is None:
            merged = set()
            found = _header_over_one_row(rows, h, page_right, shaded, merged, lh)
        if found is None:
            merged = set()
            found = _bold_pair_over_rows(rows, h, page_right, shaded, merged, lh, rules)
        if found is None:
            merged = set()
            found = _bold_pair_over_bullets(rows, h, page_right, shaded, merged, lh)
        if found is None:
            h += 1
            continue
        header, body, starts, right = found
        # (a table found so ends before a row of the text going on in two columns beside the
        # next section's heading: `_heading_beside_text`; cut once the table is found, so
        # that the rows kept are judged as the table they were found in)
        body = next((body[:i] for i in range(1, len(body)) if _heading_beside_text(body[i], _type_size(body[:i]))),
                    body)
        if len(starts) == 2 and _is_header_row(header) and _columns_go_on_above(rows, h, floor, starts, right, lh):
            # a pair of bold lines inside two text columns (sub-headings level in both),
            # whatever finder took them for a header
            h += 1
            continue
        groups = shaded.split(_logical_rows([header, *body], starts, headed=True), merged)
        # Header labels wrapped over two lines: the rows at line spacing below the header
        # belong to it.
        head_rows = groups.pop(0)
        top = h  # the table's first visual row
        if _reads_as_content(head_rows, starts, right):
            # no header: the row found as one is the table's first row of content, and the
            # rows of content above it whose first lines read as no label are the table's too,
            # unless the table was found by its rows starting level (`_by_rows_alone`): that
            # evidence holds for the rows it was found over, not for text above them
            if not _by_rows_alone(header, starts):
                top = _content_rows_above(rows, h, floor, starts, right, lh)
            groups = shaded.split(_logical_rows([*rows[top:h], header, *body], starts), merged)
            head_rows = []
        whole = list(groups)
        # a first row of content stands where a header would: the rows under it keep as many
        # rows from the trim as they do under a header
        keep = _MIN_BODY_ROWS if head_rows else _MIN_BODY_ROWS + 1
        groups = _trim_trailing_first_column_rows(groups, starts, right, keep=keep, merged=merged, rules=rules,
                                                  page_right=page_right)
        if any(id(l) in merged for g in whole[len(groups):] for r in g for l in r) and _at_page_foot(
                rows, top + len(head_rows) + sum(len(g) for g in whole), page_height):
            # a merged row closing the page: the rows under it go on on the next page
            groups = whole
        # a bold line alone in the first column right above the next table's header is that
        # table's caption (a theme heading between two tables), however few rows this one has
        nxt = top + len(head_rows) + sum(len(g) for g in groups)
        if (groups and nxt < len(rows) and _is_header_row(rows[nxt]) and len(groups[-1]) == 1
                and all(l.bold and _column_of(l, starts, right) == 0 for l in groups[-1][0])):
            groups.pop()
        if not groups:  # a header alone is no table
            h += 1
            continue
        table, used = _build(groups, starts, right, header_rows=1 if head_rows else 0, head_rows=head_rows,
                             merged=merged)
        header_text = [c.split("\n")[0] for c in table.rows[0]] if head_rows else []
        out.append(AlignedTable(table, used, starts, right, header_text, table.bbox.x1, _type_size([used])))
        h = floor = top + len(head_rows) + sum(len(g) for g in groups)
    return out
