"""Typeset a corpus program (``golden/<slug>/source.json``) as a PDF in one of several layouts.

The fixtures exist so that the pipeline is tested on more than one typesetting of the same
content.  Styles:

``ruled``
    One column, tables with a full grid and a shaded header row that is repeated on every page a
    table continues on; rows are only split when taller than a page.  (The reference
    ``ruled.pdf`` comes from the corpus; this style is a close cousin, not a replacement.)
``borderless``
    One column, tables with no ruling lines and no cell backgrounds: columns exist only through
    alignment, the header row is bold.  Rows break across pages.  The header row is repeated on
    the following page for even-numbered tables (0, 2, 4, ... in document order) and not for
    odd-numbered ones.
``twocolumn``
    Brochure: headings (level >= 2), paragraphs and bullet lists flow in two balanced columns;
    level-1 headings and tables span the full width and are placed in reading order.  Even
    tables get a full grid, odd tables only light horizontal rules.

Options (``render(source, style, header_fill, band_fill)``, used by ``bench.dark_headers``):
``header_fill`` puts every table's header row on that RGB fill in any style, its words white
when the fill is dark; ``band_fill`` does the same to every other body row. Without them the
output is byte-for-byte what it was before they existed.

All styles: A4, running header "<municipality> · <title>", page numbers, Helvetica (PyMuPDF's
built-in Base14 fonts through ``pymupdf.Font``, embedded and subset, so å/ä/ö/–/— and "•" survive
text extraction).  Output is byte-for-byte deterministic.

CLI::

    python -m golden.render SLUG --style borderless --out FILE
    python -m golden.render --all            # golden/<slug>/{borderless,twocolumn}.pdf
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

GOLDEN_DIR = Path(__file__).resolve().parent
STYLES = ("ruled", "borderless", "twocolumn")
FIXTURE_STYLES = ("borderless", "twocolumn")  # what --all writes; ruled.pdf comes from the corpus

FONTS = {
    "reg": pymupdf.Font("helv"),
    "bold": pymupdf.Font("hebo"),
    "ital": pymupdf.Font("heit"),
    "bi": pymupdf.Font("hebi"),
}

BLACK = (0.1, 0.1, 0.1)
GRAY = (0.4, 0.4, 0.4)
PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points

EPS = 0.01


_ADV: dict[str, dict[str, float]] = {k: {} for k in FONTS}


def _w(text: str, font: str, size: float) -> float:
    """Advance width of ``text`` (same as ``Font.text_length``, but cached per character)."""
    adv = _ADV[font]
    total = 0.0
    for ch in text:
        a = adv.get(ch)
        if a is None:
            a = adv[ch] = FONTS[font].text_length(ch, fontsize=1.0)
        total += a
    return total * size


# --------------------------------------------------------------------------------------------
# Text wrapping
# --------------------------------------------------------------------------------------------

# a word processor's default tab stops, every 1.27 cm: a tab typed in a line moves what follows
# on to the next stop (a plan typed with tabs, 'Nr<tab>Åtgärd<tab>Ansvarig', prints as gapped
# columns, not as words run together)
TAB = 36.0


def tab_stop(pos: float) -> float:
    """The first tab stop right of ``pos`` (points from the line's start)."""
    return (math.floor(pos / TAB + EPS) + 1) * TAB


def _tab_segments(line: str, font: str, size: float) -> list[tuple[float, str]]:
    """The parts of a line between its tabs, each with where it starts (points from the line's
    start): each part after a tab at the next stop past the end of the one before."""
    out: list[tuple[float, str]] = []
    pos = 0.0
    for k, seg in enumerate(line.split("\t")):
        pos = tab_stop(pos) if k else pos
        out.append((pos, seg))
        pos += _w(seg, font, size)
    return out


def tabbed_width(line: str, font: str, size: float) -> float:
    """Width of a line whose tabs move on to the next stop."""
    pos, seg = _tab_segments(line, font, size)[-1]
    return pos + _w(seg, font, size)


def _split_long(word: str, font: str, size: float, width: float) -> list[str]:
    """Break a word wider than ``width`` after a hyphen or slash if possible, else anywhere."""
    chunks: list[str] = []
    rest = word
    while _w(rest, font, size) > width and len(rest) > 1:
        cut = 0
        for i in range(1, len(rest)):
            if _w(rest[:i], font, size) > width:
                break
            cut = i
        cut = max(cut, 1)
        soft = max(rest.rfind("-", 0, cut), rest.rfind("/", 0, cut))
        if soft >= 2:
            cut = soft + 1
        chunks.append(rest[:cut])
        rest = rest[cut:]
    chunks.append(rest)
    return chunks


# a cell typed '**text**': the writer's mark for bold ('fetstil'), as a word processor prints
# it (a goal row over its actions in bold); a print shows the bold text, never the asterisks
BOLD_MARKED = re.compile(r"^\s*\*\*(.+?)\*\*\s*$", re.S)


def bold_marked(text: str) -> str | None:
    """The text of a cell typed as bold ('**X**' → 'X'), else None."""
    m = BOLD_MARKED.match(text or "")
    return m.group(1) if m else None


class BoldLines(list):
    """The wrapped lines of a bold body cell; a slice (a row split over a page) stays bold."""

    def __getitem__(self, i):
        got = super().__getitem__(i)
        return BoldLines(got) if isinstance(i, slice) else got


def cell_lines(text: str, size: float, width: float) -> list[tuple[float, str]]:
    """A body cell's wrapped lines: a bold-marked cell wrapped in bold without its marks."""
    bold = bold_marked(text)
    return BoldLines(wrap(bold, "bold", size, width)) if bold is not None else wrap(text, "reg", size, width)


def cell_font(lines, header: bool) -> str:
    return "bold" if header or isinstance(lines, BoldLines) else "reg"


def wrap(text: str, font: str, size: float, width: float) -> list[tuple[float, str]]:
    """Wrap text into lines of at most ``width`` points.

    "\\n" is a hard line break.  A hard line starting with "• " gets a hanging indent.  A hard
    line starting with spaces is indented by them, as a word processor prints a plan typed as
    an outline ('THEME' / '    goal' / '        action'): the indentation is its structure, and
    printing every line at the margin would lose it.  Returns ``(indent, line)`` pairs.
    """
    out: list[tuple[float, str]] = []
    for hard in text.split("\n"):
        lead = _w(" ", font, size) * (len(hard) - len(hard.lstrip(" ")))
        if "\t" in hard:
            out += _wrap_tabbed(hard, font, size, width, lead)
            continue
        hard = " ".join(hard.split())
        if not hard:
            continue
        hang = lead + (_w("• ", font, size) if hard.startswith("• ") else 0.0)
        tokens: list[tuple[str, bool]] = []  # (text, space before)
        for word in hard.split(" "):
            for j, chunk in enumerate(_split_long(word, font, size, width - hang)):
                tokens.append((chunk, j == 0))
        line, indent = "", lead
        for tok, space in tokens:
            cand = (line + (" " if space else "") + tok) if line else tok
            if line and _w(cand, font, size) > width - indent + EPS:
                out.append((indent, line))
                line, indent = tok, hang
            else:
                line = cand
        if line:
            out.append((indent, line))
    return out


def _wrap_tabbed(hard: str, font: str, size: float, width: float, lead: float) -> list[tuple[float, str]]:
    """A hard line typed with tabs: the tabs kept (Canvas.text moves on to the next stop at
    each), the line wrapped where the next word or tab runs past the width, as a word
    processor wraps it; a tab that would wrap starts the next line at the margin."""
    tokens: list[str] = []
    for k, part in enumerate(hard.strip(" ").split("\t")):
        tokens += (["\t"] if k else []) + part.split()
    out: list[tuple[float, str]] = []
    line = ""
    for tok in tokens:
        cand = line + tok if tok == "\t" or not line or line.endswith("\t") else line + " " + tok
        if line.strip("\t") and tabbed_width(cand, font, size) > width - lead + EPS:
            out.append((lead, line))
            line = "" if tok == "\t" else tok
        else:
            line = cand
    if line.strip("\t"):
        out.append((lead, line))
    return out


# --------------------------------------------------------------------------------------------
# Page canvas and flowing items
# --------------------------------------------------------------------------------------------


class Canvas:
    """One page.  Text goes through a TextWriter that is flushed whenever the colour changes or
    a shape is drawn, so the content stream follows reading order as in most born-digital PDFs."""

    def __init__(self, page: pymupdf.Page):
        self.page = page
        self.tw: pymupdf.TextWriter | None = None
        self.color: tuple | None = None

    def text(self, x: float, baseline: float, s: str, font: str, size: float, color=BLACK):
        if "\t" in s:
            # a line typed with tabs: each part at the next tab stop, no space glyphs between
            for pos, seg in _tab_segments(s, font, size):
                if seg:
                    self.text(x + pos, baseline, seg, font, size, color)
            return
        if self.tw is not None and color != self.color:
            self.flush()
        if self.tw is None:
            self.tw, self.color = pymupdf.TextWriter(self.page.rect), color
        self.tw.append((x, baseline), s, font=FONTS[font], fontsize=size)

    def flush(self):
        if self.tw is not None:
            self.tw.write_text(self.page, color=self.color)
        self.tw, self.color = None, None

    def line(self, p0, p1, width=0.5, color=BLACK):
        self.flush()
        self.page.draw_line(p0, p1, color=color, width=width)

    def rect(self, r, fill=None, color=None, width=0.5):
        self.flush()
        self.page.draw_rect(pymupdf.Rect(r), color=color, fill=fill, width=width)

    def finish(self):
        self.flush()


def _baseline(top: float, leading: float, size: float) -> float:
    return top + (leading + size * 0.72) / 2


@dataclass
class Item:
    """One line box of body text."""

    height: float
    before: float = 0.0  # space above, dropped at the top of a column
    runs: list = field(default_factory=list)  # (dx, text, font, size, color)
    keep: int = 0  # number of following items that must stay in the same column
    heading: bool = False  # a line of a heading: never left at a column's foot without its text

    def draw(self, cv: Canvas, x: float, top: float):
        for dx, text, font, size, color in self.runs:
            cv.text(x + dx, _baseline(top, self.height, size), text, font, size, color)


def _chain_end(items: list[Item], i: int, limit: int = 8) -> int:
    """Last index that must share a column with item i (keeps are followed transitively)."""
    n = len(items)
    end = min(n - 1, i + items[i].keep)
    j = i + 1
    while j <= end and j < n and end - i < limit:
        end = min(n - 1, max(end, j + items[j].keep))
        j += 1
    return end


def fill(items: list[Item], start: int, height: float, has_content: bool, tail_need: float = 0.0,
         full: bool = True):
    """How many items from ``start`` fit a column of ``height``; returns (end, used height).
    ``full``: the column is as tall as any column gets, so an item whose keeps fit no column
    is placed at its top alone. Else (a band of columns set under other content, low on the
    page) a heading's line whose keeps do not fit is left for the next page, as a layout
    program keeps a heading with its text rather than splitting it over two columns or
    leaving it alone at a column's foot."""
    y, i, n = 0.0, start, len(items)
    while i < n:
        it = items[i]
        b = it.before if (has_content or y > 0) else 0.0
        need = b + it.height
        end = _chain_end(items, i)
        for j in range(i + 1, end + 1):
            need += items[j].before + items[j].height
        if end >= n - 1:
            need += tail_need
        if y + need > height + EPS:
            if y == 0 and not has_content and (full or not it.heading) and \
                    (b + it.height <= height + EPS or i == start):
                y += b + it.height  # keep not satisfiable at a column top: place it alone
                i += 1
                continue
            break
        y += b + it.height
        i += 1
    return i, y


# --------------------------------------------------------------------------------------------
# Style parameters
# --------------------------------------------------------------------------------------------


@dataclass
class Style:
    name: str
    margin_x: float
    top: float
    bottom: float
    columns: int
    gutter: float
    body_size: float
    leading: float
    para_space: float
    heading: dict  # level -> (font, size, space before, color)
    head_color: tuple
    cell_size: float
    cell_leading: float


def _style(name: str) -> Style:
    if name == "twocolumn":
        c = (0.0, 0.36, 0.45)
        return Style(
            name, 45, 66, PAGE_H - 58, 2, 22, 9.5, 12.6, 5.5,
            {1: ("bold", 17, 14, c), 2: ("bold", 12.5, 10, c), 3: ("bold", 11, 8, c),
             4: ("bold", 10, 7, BLACK), 5: ("bi", 9.5, 6, BLACK)},
            c, 8.5, 10.4,
        )
    c = (0.11, 0.22, 0.42) if name == "borderless" else BLACK
    return Style(
        name, 57, 62, PAGE_H - 62, 1, 0, 10, 13.4, 6.5,
        {1: ("bold", 15, 16, c), 2: ("bold", 13, 12, c), 3: ("bold", 11.5, 10, c),
         4: ("bold", 10.5, 8, BLACK), 5: ("bi", 10, 7, BLACK)},
        c, 8.5, 10.5,
    )


# --------------------------------------------------------------------------------------------
# Renderer
# --------------------------------------------------------------------------------------------


def _ink_on(fill: tuple) -> tuple:
    """Text colour that reads on a fill: white on a dark one, as programmes print their
    header rows on navy, dark green or black."""
    luma = 0.299 * fill[0] + 0.587 * fill[1] + 0.114 * fill[2]
    return (1.0, 1.0, 1.0) if luma < 0.55 else BLACK


class Renderer:
    def __init__(self, source: dict, style: str, *, blank_header: bool = True,
                 header_fill: tuple | None = None, band_fill: tuple | None = None):
        """`blank_header`: a table whose column names are all empty still gets its (empty)
        header row; False prints no header row at all (bench.headerless_tables).
        `header_fill`: an RGB fill behind every table's header row, whatever the style,
        its words in white when the fill is dark (`_ink_on`); `band_fill`: the same behind
        every other body row (the 2nd, 4th, ...). Both None: the style's own look."""
        if style not in STYLES:
            raise ValueError(f"unknown style {style!r}; expected one of {STYLES}")
        self.src = source
        self.blank_header = blank_header
        self.st = _style(style)
        self.header_fill = header_fill
        self.band_fill = band_fill
        self.doc = pymupdf.open()
        self.cv: Canvas | None = None
        self.y = 0.0
        self.table_no = 0
        self.layout: dict = {"tables": [], "columns": []}  # for tests: table rects, column x's
        title = source.get("title") or ""
        muni = source.get("municipality") or ""
        self.running = " · ".join(x for x in (muni, title) if x)

    # geometry -------------------------------------------------------------------------------
    @property
    def x0(self) -> float:
        return self.st.margin_x

    @property
    def x1(self) -> float:
        return PAGE_W - self.st.margin_x

    @property
    def col_w(self) -> float:
        n = self.st.columns
        return (self.x1 - self.x0 - (n - 1) * self.st.gutter) / n

    def col_x(self, k: int) -> float:
        return self.x0 + k * (self.col_w + self.st.gutter)

    # pages ----------------------------------------------------------------------------------
    def new_page(self):
        if self.cv:
            self.cv.finish()
        page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.cv = Canvas(page)
        n = page.number + 1
        st = self.st
        if st.name == "twocolumn":
            self.cv.text(self.x0, 36, self.running, "bold", 8, st.head_color)
            self.cv.line((self.x0, 42), (self.x1, 42), 0.8, st.head_color)
            s = str(n)
            x = self.x1 - _w(s, "bold", 9) if n % 2 else self.x0  # outer edge
            self.cv.text(x, PAGE_H - 30, s, "bold", 9, st.head_color)
        elif st.name == "borderless":
            self.cv.text(self.x0, 34, self.running, "reg", 8, GRAY)
            self.cv.line((self.x0, 40), (self.x1, 40), 0.4, GRAY)
            s = str(n)
            self.cv.text((PAGE_W - _w(s, "reg", 9)) / 2, PAGE_H - 32, s, "reg", 9, GRAY)
        else:
            self.cv.text(self.x0, 34, self.running, "reg", 8, BLACK)
            s = str(n)
            self.cv.text(self.x1 - _w(s, "reg", 8), PAGE_H - 30, s, "reg", 8, BLACK)
        self.y = st.top

    def at_top(self) -> bool:
        return self.y <= self.st.top + EPS

    # body items -----------------------------------------------------------------------------
    def heading_items(self, level: int, text: str, width: float) -> list[Item]:
        font, size, before, color = self.st.heading.get(min(max(level, 1), 5))
        lead = size * 1.25
        lines = wrap(text, font, size, width)
        items = [Item(lead, before if i == 0 else 0, [(ind, ln, font, size, color)], keep=1, heading=True)
                 for i, (ind, ln) in enumerate(lines)]
        if items:
            items[-1].keep = 2
            items[-1].height += size * 0.3  # a little air below a heading
        return items

    def para_items(self, text: str, width: float) -> list[Item]:
        st = self.st
        lines = wrap(text, "reg", st.body_size, width)
        items = [Item(st.leading, st.para_space if i == 0 else 0,
                      [(ind, ln, "reg", st.body_size, BLACK)])
                 for i, (ind, ln) in enumerate(lines)]
        if len(items) >= 2:
            items[0].keep = 1  # no orphan
        if len(items) >= 3:
            items[-2].keep = 1  # no widow
        return items

    def bullet_items(self, bullets: list[str], width: float) -> list[Item]:
        st = self.st
        ind = 16.0
        out: list[Item] = []
        for k, text in enumerate(bullets):
            lines = wrap(text, "reg", st.body_size, width - ind)
            for i, (hang, ln) in enumerate(lines):
                runs = [(ind + hang, ln, "reg", st.body_size, BLACK)]
                if i == 0:
                    runs.insert(0, (5.0, "•", "reg", st.body_size, st.head_color))
                before = (st.para_space if k == 0 else st.para_space * 0.35) if i == 0 else 0
                out.append(Item(st.leading, before, runs, keep=1 if (i == 0 and len(lines) > 1) else 0))
        return out

    def block_items(self, b: dict, width: float) -> list[Item]:
        t = b.get("type")
        if t == "heading":
            return self.heading_items(int(b.get("level") or 1), b.get("text") or "", width)
        if t == "paragraph":
            return self.para_items(b.get("text") or "", width)
        if t == "bullets":
            return self.bullet_items(list(b.get("items") or []), width)
        return []

    def place_single(self, items: list[Item], tail_need: float = 0.0):
        """Flow items in one full-width column from the current y."""
        i = 0
        while i < len(items):
            end, used = fill(items, i, self.st.bottom - self.y, not self.at_top(), tail_need)
            if end == i:
                self.new_page()
                continue
            y = self.y
            for j in range(i, end):
                it = items[j]
                if j > i or not self.at_top():
                    y += it.before
                it.draw(self.cv, self.x0, y)
                y += it.height
            self.y = y
            i = end
            if i < len(items):
                self.new_page()

    def place_band(self, items: list[Item]):
        """Flow items in balanced columns, starting at the current y; pages as needed."""
        n = len(items)
        i = 0
        while i < n:
            avail = self.st.bottom - self.y
            if avail < 4 * self.st.leading:
                self.new_page()
                continue
            full = self.at_top()  # else a heading is kept with its text (`fill`)
            e1, _ = fill(items, i, avail, False, full=full)
            e2, _ = fill(items, e1, avail, False, full=full)
            h = avail
            if e2 >= n:  # the rest fits on this page: balance the columns
                lo, hi = 0.0, avail
                while hi - lo > 1:
                    mid = (lo + hi) / 2
                    a, _ = fill(items, i, mid, False, full=full)
                    c, _ = fill(items, a, mid, False, full=full)
                    if c >= n:
                        hi = mid
                    else:
                        lo = mid
                h = hi
            start = i
            bottom = self.y
            for k in range(self.st.columns):
                end, _ = fill(items, start, h, False, full=full)
                y = self.y
                x = self.col_x(k)
                for j in range(start, end):
                    it = items[j]
                    if j > start:
                        y += it.before
                    it.draw(self.cv, x, y)
                    y += it.height
                if end > start:
                    self.layout["columns"].append((self.cv.page.number, x))
                bottom = max(bottom, y)
                start = end
            i = start
            if i < n:
                self.new_page()
            else:
                self.y = bottom + 4

    # tables ---------------------------------------------------------------------------------
    def table_model(self, b: dict, width: float):
        cols = [c or "" for c in (b.get("columns") or [])]
        if not self.blank_header and not any(c.strip() for c in cols):
            cols = []  # no header row, rather than an empty one
        rows = [[c or "" for c in r] for r in (b.get("rows") or [])]
        n = max([len(cols)] + [len(r) for r in rows] + [1])
        cols = cols + [""] * (n - len(cols)) if cols else []
        rows = [r + [""] * (n - len(r)) for r in rows]
        size = self.st.cell_size if n >= 4 else self.st.cell_size + 0.5
        pad = 4.0 if self.st.name != "borderless" else 0.0
        gap = 0.0 if self.st.name != "borderless" else 12.0
        inner = width - gap * (n - 1)
        # width per column: enough for the longest word, the rest by amount of text
        need, mass = [], []
        for j in range(n):
            texts = [r[j] for r in rows] + ([cols[j]] if cols else [])
            words = [w for t in texts for w in t.split()] or [""]
            lw = max(_w(w, "reg", size) for w in words)
            if cols:
                lw = max(lw, max((_w(w, "bold", size) for w in cols[j].split()), default=0))
            need.append(min(lw, 150) + 2 * pad + 1)
            mass.append(math.sqrt(sum(_w(t, "reg", size) for t in texts) + 1))
        base = [max(x, 40.0) for x in need]
        if sum(base) > inner:
            base = [x * inner / sum(base) for x in base]
        spare = inner - sum(base)
        tot = sum(mass)
        widths = [base[j] + spare * mass[j] / tot for j in range(n)]
        head = [wrap(c, "bold", size, widths[j] - 2 * pad) for j, c in enumerate(cols)] if cols else None
        body = [[cell_lines(c, size, widths[j] - 2 * pad) for j, c in enumerate(r)] for r in rows]
        return dict(n=n, size=size, lead=self.st.cell_leading * size / self.st.cell_size,
                    pad=pad, gap=gap, widths=widths, head=head, body=body)

    def _xs(self, tm) -> list[float]:
        xs, x = [], self.x0
        for w in tm["widths"]:
            xs.append(x)
            x += w + tm["gap"]
        return xs

    def _row_h(self, tm, cells, header=False) -> float:
        lines = max([len(c) for c in cells] + [1])
        vpad = tm["pad"] if self.st.name != "borderless" else (3.0 if not header else 2.0)
        return lines * tm["lead"] + 2 * vpad

    def draw_row(self, tm, cells, kind: str, header=False, last=False, band=False):
        """Draw one row (or row fragment) at self.y; kind is grid, light or none; `band`:
        a body row on the renderer's band_fill."""
        st, cv = self.st, self.cv
        xs = self._xs(tm)
        h = self._row_h(tm, cells, header)
        y0 = self.y
        x_end = xs[-1] + tm["widths"][-1]
        own = self.header_fill if header else (self.band_fill if band else None)
        if own is not None:
            # a borderless table has no cell padding: the fill bleeds a little past its text
            bleed = 3.0 if tm["pad"] == 0 else 0.0
            cv.rect((self.x0 - bleed, y0, x_end + bleed, y0 + h), fill=own)
        elif header and kind == "grid":
            fill_c = (0.88, 0.88, 0.88) if st.name == "ruled" else (0.85, 0.92, 0.94)
            cv.rect((self.x0, y0, x_end, y0 + h), fill=fill_c)
        vpad = tm["pad"] if st.name != "borderless" else (3.0 if not header else 2.0)
        color = st.head_color if (header and kind == "light") else BLACK
        if own is not None:
            color = _ink_on(own)
        for j, lines in enumerate(cells):
            for k, (ind, ln) in enumerate(lines):
                top = y0 + vpad + k * tm["lead"]
                cv.text(xs[j] + tm["pad"] + ind, _baseline(top, tm["lead"], tm["size"]), ln,
                        cell_font(lines, header), tm["size"], color)
        if kind == "grid":
            for j in range(tm["n"]):
                cv.rect((xs[j], y0, xs[j] + tm["widths"][j], y0 + h), color=(0.3, 0.3, 0.3), width=0.5)
        elif kind == "light":
            if header:
                cv.line((self.x0, y0 + h), (x_end, y0 + h), 1.0, st.head_color)
            else:
                cv.line((self.x0, y0 + h), (x_end, y0 + h), 0.3, (0.6, 0.6, 0.6))
        self.y = y0 + h + (2.0 if (st.name == "borderless" and header) else 0.0)
        if st.name == "borderless" and not header:
            self.y += 4.0

    def table_plan(self, b: dict, idx: int) -> dict:
        """Table model, caption lines, style decisions and the lead-in height (caption, header
        and the first row, or its first lines if rows may split) that must share a page."""
        st = self.st
        if st.name == "ruled":
            kind, repeat, split_rows = "grid", True, False
        elif st.name == "borderless":
            kind, repeat, split_rows = "none", idx % 2 == 0, True
        else:
            kind, repeat, split_rows = ("grid" if idx % 2 == 0 else "light"), True, False
        width = self.x1 - self.x0
        tm = self.table_model(b, width)
        cap = b.get("caption")
        cap_items = []
        if cap:
            size = 11 if st.name != "twocolumn" else 10.5
            cap_items = [Item(size * 1.3, 0, [(ind, ln, "bold", size, st.head_color)])
                         for ind, ln in wrap(cap, "bold", size, width)]
            cap_items[-1].height += 3
        head_h = self._row_h(tm, tm["head"], True) + 2 if tm["head"] else 0
        first = tm["body"][0] if tm["body"] else []
        first_h = self._row_h(tm, first) if first else 0
        if split_rows or first_h > st.bottom - st.top - head_h:  # may split: a few lines will do
            first_h = min(first_h, 3 * tm["lead"] + 8)
        lead_in = sum(i.height for i in cap_items) + head_h + first_h
        return dict(kind=kind, repeat=repeat, split_rows=split_rows, tm=tm, cap_items=cap_items,
                    head_h=head_h, lead_in=lead_in)

    def place_table(self, b: dict):
        st = self.st
        plan = self.table_plan(b, self.table_no)
        self.table_no += 1
        kind, repeat, split_rows = plan["kind"], plan["repeat"], plan["split_rows"]
        tm, cap_items, head_h, lead_in = plan["tm"], plan["cap_items"], plan["head_h"], plan["lead_in"]
        space = 10.0 if not self.at_top() else 0.0
        if self.y + space + lead_in > st.bottom and not self.at_top():
            self.new_page()
            space = 0.0
        self.y += space
        for it in cap_items:
            it.draw(self.cv, self.x0, self.y)
            self.y += it.height
        seg_top = self.y

        def close_segment():
            if self.y > seg_top:
                self.layout["tables"].append(
                    (self.cv.page.number, pymupdf.Rect(self.x0, seg_top, self.x1, self.y)))

        def page_break():
            nonlocal seg_top
            close_segment()
            self.new_page()
            seg_top = self.y
            if repeat and tm["head"]:
                self.draw_row(tm, tm["head"], kind, header=True)

        if tm["head"]:
            self.draw_row(tm, tm["head"], kind, header=True)
        full = st.bottom - st.top - head_h
        for r, cells in enumerate(tm["body"]):
            # only a banded row passes `band` (golden.render_more's draw_row takes none)
            kw = {"band": True} if self.band_fill is not None and r % 2 == 1 else {}
            while True:
                h = self._row_h(tm, cells)
                if self.y + h <= st.bottom + EPS:
                    self.draw_row(tm, cells, kind, **kw)
                    break
                room = st.bottom - self.y - (h - max(len(c) for c in cells) * tm["lead"])
                fit = int((room + EPS) // tm["lead"])
                if (split_rows or h > full) and fit >= 2:
                    self.draw_row(tm, [c[:fit] for c in cells], kind, **kw)
                    cells = [c[fit:] for c in cells]
                page_break()
        close_segment()
        self.y += 6

    def table_lead_in(self, b: dict) -> float:
        """Height a heading must keep with when a table follows."""
        return self.table_plan(b, self.table_no)["lead_in"] + 10.0

    # document -------------------------------------------------------------------------------
    def title_items(self, width: float) -> list[Item]:
        st = self.st
        title = self.src.get("title") or ""
        size = 22 if st.name != "twocolumn" else 24
        items = [Item(size * 1.2, 0, [(ind, ln, "bold", size, st.head_color)], keep=1)
                 for ind, ln in wrap(title, "bold", size, width)]
        sub = " ".join(str(x) for x in (self.src.get("municipality"),
                                        _period(self.src)) if x)
        if sub:
            items.append(Item(16, 2, [(0, sub, "reg", 11, GRAY)]))
        if items:
            items[-1].height += 8
        return items

    def render(self) -> tuple[bytes, dict]:
        st = self.st
        blocks = list(self.src.get("blocks") or [])
        self.new_page()
        full_w = self.x1 - self.x0
        self.place_single(self.title_items(full_w))
        if st.columns == 1:
            run: list[Item] = []
            for k, b in enumerate(blocks):
                if b.get("type") == "table":
                    self.place_single(run)
                    run = []
                    self.place_table(b)
                    continue
                run.extend(self.block_items(b, full_w))
                nxt = blocks[k + 1] if k + 1 < len(blocks) else None
                if nxt is not None and nxt.get("type") == "table" and b.get("type") == "heading":
                    self.place_single(run, tail_need=self.table_lead_in(nxt))
                    run = []
            self.place_single(run)
        else:
            # full width: tables, level-1 headings, and headings leading into a table
            wide = [b.get("type") == "table"
                    or (b.get("type") == "heading" and int(b.get("level") or 1) <= 1)
                    for b in blocks]
            for k in range(len(blocks) - 2, -1, -1):
                if blocks[k].get("type") == "heading" and wide[k + 1] and \
                        (blocks[k + 1].get("type") in ("table", "heading")):
                    wide[k] = True
            run = []
            for k, b in enumerate(blocks):
                t = b.get("type")
                if wide[k]:
                    if run:
                        self.place_band(run)
                        run = []
                    if t == "table":
                        self.place_table(b)
                    else:
                        level = int(b.get("level") or 1)
                        items = self.heading_items(level, b.get("text") or "", full_w)
                        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
                        tail = self.table_lead_in(nxt) if nxt and nxt.get("type") == "table" \
                            else 5 * st.leading
                        if items:
                            items[-1].keep = 0
                        self.place_single(items, tail_need=tail)
                        if level <= 1:
                            self.cv.line((self.x0, self.y - 3), (self.x1, self.y - 3), 0.6,
                                         st.head_color)
                            self.y += 2
                    continue
                run.extend(self.block_items(b, self.col_w))
            if run:
                self.place_band(run)
        self.cv.finish()
        for page in self.doc:
            page.clean_contents()  # one content stream per page
        self.doc.subset_fonts()
        self.doc.set_metadata({
            "title": self.src.get("title") or "",
            "author": self.src.get("municipality") or "",
            "subject": f"koto golden fixture ({st.name})",
            "creator": "koto golden.render",
            "producer": "PyMuPDF",
            "creationDate": "",
            "modDate": "",
        })
        data = self.doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        self.doc.close()
        return data, self.layout


def _period(src: dict) -> str:
    a, b = src.get("period_start"), src.get("period_end")
    if a and b:
        return f"{a}–{b}"
    return str(a or b or "")


def render_with_layout(source: dict, style: str, **options) -> tuple[bytes, dict]:
    """Render and also return layout facts: ``tables`` = [(page index, Rect)], ``columns``.
    ``options``: blank_header, header_fill, band_fill (see Renderer)."""
    return Renderer(source, style, **options).render()


def render(source: dict, style: str, **options) -> bytes:
    """PDF bytes of ``source`` (corpus JSON with ``blocks``) typeset in ``style``.
    ``blank_header=False``: a table whose column names are all empty has no header row;
    ``header_fill`` / ``band_fill``: RGB fills behind header rows / every other body row."""
    return render_with_layout(source, style, **options)[0]


def load_source(slug: str) -> dict:
    return json.loads((GOLDEN_DIR / slug / "source.json").read_text(encoding="utf-8"))


def slugs() -> list[str]:
    return sorted(p.parent.name for p in GOLDEN_DIR.glob("*/source.json"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m golden.render", description=__doc__.split("\n")[0])
    ap.add_argument("slug", nargs="?", help="program under golden/ (e.g. vasa-2023-2026)")
    ap.add_argument("--style", choices=STYLES, default="borderless")
    ap.add_argument("--out", type=Path, help="output PDF (default golden/<slug>/<style>.pdf)")
    ap.add_argument("--all", action="store_true",
                    help=f"rebuild golden/<slug>/{{{','.join(FIXTURE_STYLES)}}}.pdf for every program")
    a = ap.parse_args(argv)
    if a.all:
        for slug in slugs():
            src = load_source(slug)
            for style in FIXTURE_STYLES:
                out = GOLDEN_DIR / slug / f"{style}.pdf"
                data = render(src, style)
                out.write_bytes(data)
                print(f"{out.relative_to(GOLDEN_DIR.parent)}  {len(data) // 1024} KB")
        return 0
    if not a.slug:
        ap.error("give a SLUG or --all")
    if a.style == "ruled" and a.out is None:
        ap.error("ruled.pdf comes from the corpus; give --out to render the ruled style")
    out = a.out or GOLDEN_DIR / a.slug / f"{a.style}.pdf"
    data = render(load_source(a.slug), a.style)
    out.write_bytes(data)
    print(f"{out}  {len(data) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
