"""Lines of a PDF page's text layer, with bbox, dominant font size and boldness.

PyMuPDF's "dict" output groups characters into blocks > lines > spans. We keep one `Line`
per printed line (spans joined), but split a MuPDF line where two spans are far apart:
MuPDF sometimes merges text that merely shares a baseline (two columns, a label and a value
far to its right), and reading order needs those as separate pieces.
"""

from __future__ import annotations

import unicodedata
import weakref
from collections import defaultdict

import pymupdf

from .model import BBox, Line

_DRAWINGS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def page_drawings(page: pymupdf.Page) -> list[dict]:
    """`page.get_cdrawings()`, listed once per page object: the drawn list markers here, the
    rules of the table finders and the shaded bands (pdf_tables) all read the same list,
    three to five times a page before."""
    found = _DRAWINGS.get(page)
    if found is None:
        found = _DRAWINGS[page] = page.get_cdrawings()
    return found

# No images in the output (we only need text); keep whitespace and ligatures as printed so
# the normalizers see the raw text (they record their own repairs).
_DICT_FLAGS = pymupdf.TEXTFLAGS_DICT & ~pymupdf.TEXT_PRESERVE_IMAGES
# The flags of a TextPage that page_lines, the page's plain text (get_text()) and its words
# (get_text("words")) can share: the three formats' own defaults, all equal to _DICT_FLAGS.
TEXT_PAGE_FLAGS = _DICT_FLAGS
assert TEXT_PAGE_FLAGS == pymupdf.TEXTFLAGS_TEXT == pymupdf.TEXTFLAGS_WORDS

# A gap between two spans wider than this many font sizes is not a word space: it separates
# two pieces of text that only happen to share a baseline. (OCR lines are split by the same
# rule: ocr._split_wide_gaps.)
SPLIT_GAP_EM = 1.5

_BOLD_NAME_PARTS = ("bold", "black", "heavy", "semibold", "demi")


def _span_is_bold(span: dict) -> bool:
    # The font flag is set by MuPDF from the font descriptor, which many producers leave
    # wrong; the font name ("Carlito-Bold", "Arial,Bold") is the other common signal.
    if span.get("flags", 0) & pymupdf.TEXT_FONT_BOLD:
        return True
    name = (span.get("font") or "").lower()
    return any(part in name for part in _BOLD_NAME_PARTS)


# A box to tick, printed where a checklist's marker stands ('☐ Tolk är bokad'): kept as
# printed, a list marker the classifiers know (classifiers/text.BULLET_RE), so that a layout
# drawing its own marker in front of the box ('• ☐ ...') gives one marker and the box, not two
# bullets.
_CHECKBOXES = frozenset("☐☑☒□▢❏❑")
# A tick printed where the marker stands ('✓ Välkomstbroschyren trycktes 2020 …'): a box
# ticked, kept as printed as the boxes are, so that a legend giving the tick a meaning of its
# own ('✓ genomfört under förra perioden', `classifiers.checklist_items`) still finds it.
_TICKS = frozenset("✓✔")
# The geometric bullets a multilevel list marks its levels with ('●' / '○' / '▪', a word
# processor's default outline; `classifiers.glyph_outline`): Unicode's own list glyphs, which
# the classifiers know as markers (classifiers/text.BULLET_RE), kept as printed so that the
# level each tells is not lost, whether the glyph was set apart from its text or not.
_LEVEL_GLYPHS = frozenset("●○◦▪■")


def _marker(ch: str) -> str:
    """A list-marker glyph as the classifiers know it: '•' for a symbol-font bullet.

    Word processors print bullets from Symbol/Wingdings/OpenSymbol, whose code points sit in
    Unicode's Private Use Area (U+F0B7 is Symbol's bullet) or are arrows and ticks (➢, ►, ✓);
    read as printed they are no bullet to anyone downstream. Dashes and '*' stay as printed.
    """
    if ch in _CHECKBOXES or ch in _TICKS or ch in _LEVEL_GLYPHS:
        return ch
    # (symbols from the Arrows block on: '©' and '°' are text, not markers)
    if len(ch) == 1 and ("\ue000" <= ch <= "\uf8ff" or (ord(ch) >= 0x2190 and unicodedata.category(ch) == "So")):
        return "•"
    return ch


def _make_line(spans: list[dict]) -> Line | None:
    text = "".join(s["text"] for s in spans)
    if not text.strip():
        return None
    text = text.strip()
    if len(text) > 2 and text[1].isspace():
        text = _marker(text[0]) + text[1:]
    # Dominant = carrying most non-space characters: a bold lead-in word or a footnote
    # digit should not decide the size/boldness of the whole line.
    size_weight: dict[float, int] = defaultdict(int)
    bold_chars = 0
    total = 0
    for s in spans:
        n = len(s["text"].strip())
        size_weight[round(s["size"], 1)] += n
        total += n
        if _span_is_bold(s):
            bold_chars += n
    size = max(size_weight.items(), key=lambda kv: kv[1])[0]
    x0 = min(s["bbox"][0] for s in spans)
    x1 = max(s["bbox"][2] for s in spans)
    # the line is as high as its text: a marker glyph from a symbol font (a checkbox '☐' in
    # Noto Sans Symbols or MS Gothic, a Wingdings arrow) has that font's taller box, which would
    # reach into the item's next line and part the item there
    text_spans = [s for s in spans if not _is_bullet_glyph(s["text"])] or spans
    y0 = min(s["bbox"][1] for s in text_spans)
    y1 = max(s["bbox"][3] for s in text_spans)
    bold = total > 0 and bold_chars * 2 > total
    if bold and _bold_label_only(spans):
        # 'Kostnad: 9 500', the label bold and its value not: a field of a card or record
        # whose short value left the label most of the line's letters, no bold line
        bold = False
    return Line(
        text=text,
        bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y1),
        font_size=size,
        bold=bold,
    )


def _bold_label_only(spans) -> bool:
    """The line's bold spans are a leading label closed by a colon ('Kostnad:') and the text
    after it is set in the regular weight: the look of a label and its value."""
    texts = [(s["text"], _span_is_bold(s)) for s in spans if s["text"].strip()]
    k = 0
    while k < len(texts) and texts[k][1]:
        k += 1
    if k == 0 or k == len(texts) or not texts[k - 1][0].rstrip().endswith(":"):
        return False
    return not any(b for _, b in texts[k:])


def _split_far_spans(spans: list[dict]) -> list[list[dict]]:
    groups: list[list[dict]] = []
    for s in spans:
        if groups:
            prev = groups[-1][-1]
            gap = s["bbox"][0] - prev["bbox"][2]
            em = max(prev["size"], s["size"], 1.0)
            # Only for horizontal text: gaps mean nothing for rotated lines.
            if gap > SPLIT_GAP_EM * em:
                groups.append([s])
                continue
            groups[-1].append(s)
        else:
            groups.append([s])
    return groups


def page_lines(page: pymupdf.Page, textpage: pymupdf.TextPage | None = None) -> list[Line]:
    """All text lines of the page, in MuPDF's order (ordering is done by `reading_order`).
    `textpage`, when given, must have been made with TEXT_PAGE_FLAGS."""
    data = page.get_text("dict", flags=_DICT_FLAGS, textpage=textpage)
    out: list[Line] = []
    for block in data.get("blocks", []):
        if block.get("type", 0) != 0:
            continue
        for ln in block.get("lines", []):
            spans = [s for s in ln.get("spans", []) if s.get("text")]
            if not spans:
                continue
            horizontal = abs(ln.get("dir", (1.0, 0.0))[1]) < 1e-3
            groups = _split_far_spans(spans) if horizontal else [spans]
            for g in groups:
                line = _make_line(g)
                if line is not None:
                    out.append(line)
    return join_bullet_glyphs(out + vector_markers(page, out))


def vector_markers(page: pymupdf.Page, lines: list[Line]) -> list[Line]:
    """List markers drawn as shapes, as '•' lines (`join_bullet_glyphs` puts them in front of
    their item).

    Browsers (CSS list-style) and some layout programs draw a bullet as a small filled disc or
    square instead of a glyph, so the text layer has no marker and the list reads as plain
    lines. A drawing counts as a marker when it is small against the text beside it (0.15–0.8
    of its font size), about as wide as high, and sits just left of a line's start at the
    line's height; rules, cell shading and underlines fail the size or the shape test.
    """
    starts = [ln for ln in lines if ln.bbox is not None and ln.font_size]
    if not starts:
        return []
    try:
        drawings = page_drawings(page)
    except Exception:  # a broken content stream must not cost the page its text
        return []
    out: list[Line] = []
    used: set[int] = set()
    largest = 0.8 * max(ln.font_size for ln in starts)
    for d in drawings:
        r = d.get("rect")
        if r is None:
            continue
        x0, y0, x1, y1 = r
        w, h = x1 - x0, y1 - y0
        # rules, cell fills and frames fail here, before the look at every line
        if w <= 0 or h <= 0 or max(w, h) > largest or abs(w - h) > 0.35 * max(w, h):
            continue
        mid = (y0 + y1) / 2
        for ln in starts:
            em = ln.font_size
            b = ln.bbox
            if not (0.15 * em <= max(w, h) <= 0.8 * em) or not (b.y0 <= mid <= b.y1):
                continue
            if 0 <= b.x0 - x1 <= 3 * em and id(ln) not in used:
                used.add(id(ln))
                out.append(Line(text="•", bbox=BBox(x0=x0, y0=b.y0, x1=x1, y1=b.y1),
                                font_size=em, bold=False))
                break
    return out


def _is_bullet_glyph(text: str) -> bool:
    t = text.strip()
    # A lone punctuation or symbol character (•, ▪, –, -, *, ·, a private-use dingbat):
    # typesetters place list markers as separate glyph runs, MuPDF then reports them as
    # lines of their own, detached from the item they mark.
    return len(t) == 1 and not t.isalnum()


# pt: left edges this close start at one x (a column of cells, a list's markers)
_SAME_START = 3.0


def _on_one_row(a: Line, b: Line) -> bool:
    return b.bbox.y0 <= (a.bbox.y0 + a.bbox.y1) / 2 <= b.bbox.y1


def _cell_beside(marker: Line, item: Line, lines: list[Line]) -> bool:
    """The glyph stands in a table column of its own rather than before a list item: a line
    of text (no glyph) starts at the glyph's x and ends before the item's x, on one row with
    a line starting at the item's x. A list leaves the strip between its markers and its
    items to the markers (a wrapped line starts at the item's x, a paragraph at the
    marker's runs on across it); a table's column holds other cells there, beside the next
    column's ("–" for no cost, "1 500 €" in the rows around it, a status to the right)."""
    at_item = [ln for ln in lines if ln.bbox is not None and abs(ln.bbox.x0 - item.bbox.x0) <= _SAME_START]
    for ln in lines:
        b = ln.bbox
        if (ln is marker or b is None or _is_bullet_glyph(ln.text)
                or abs(b.x0 - marker.bbox.x0) > _SAME_START or b.x1 > item.bbox.x0):
            continue
        if any(o is not ln and _on_one_row(ln, o) for o in at_item):
            return True
    return False


def join_bullet_glyphs(lines: list[Line]) -> list[Line]:
    """Put lone list-marker glyphs back in front of the text they mark (same row, close),
    unless the glyph is a table cell's whole text (`_cell_beside`)."""
    markers = [ln for ln in lines if ln.bbox is not None and _is_bullet_glyph(ln.text)]
    if not markers:
        return lines
    taken: set[int] = set()
    replaced: dict[int, Line] = {}
    for m in markers:
        mid = (m.bbox.y0 + m.bbox.y1) / 2
        em = m.font_size or m.bbox.height or 10.0
        best = None
        for ln in lines:
            if ln is m or id(ln) in taken or ln.bbox is None or _is_bullet_glyph(ln.text):
                continue
            gap = ln.bbox.x0 - m.bbox.x1
            if not (-1.0 <= gap <= 3 * em):
                continue
            if not (ln.bbox.y0 <= mid <= ln.bbox.y1):
                continue
            if best is None or gap < best[0]:
                best = (gap, ln)
        if best is None or _cell_beside(m, best[1], lines):
            continue
        ln = replaced.get(id(best[1]), best[1])
        merged = Line(
            text=f"{_marker(m.text.strip())} {ln.text}",
            bbox=BBox(
                x0=min(m.bbox.x0, ln.bbox.x0),
                y0=min(m.bbox.y0, ln.bbox.y0),
                x1=max(m.bbox.x1, ln.bbox.x1),
                y1=max(m.bbox.y1, ln.bbox.y1),
            ),
            font_size=ln.font_size,
            bold=ln.bold,
        )
        taken.add(id(m))
        taken.add(id(best[1]))
        replaced[id(best[1])] = merged
    out = []
    for ln in lines:
        if id(ln) in replaced:
            out.append(replaced[id(ln)])
        elif id(ln) not in taken:
            out.append(ln)
    return out
