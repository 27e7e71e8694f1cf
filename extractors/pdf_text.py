"""Lines of a PDF page's text layer, with bbox, dominant font size and boldness.

PyMuPDF's "dict" output groups characters into blocks > lines > spans. We keep one `Line`
per printed line (spans joined), but split a MuPDF line where two spans are far apart:
MuPDF sometimes merges text that merely shares a baseline (two columns, a label and a value
far to its right), and reading order needs those as separate pieces.
"""

from __future__ import annotations

from collections import defaultdict

import pymupdf

from .model import BBox, Line

# No images in the output (we only need text); keep whitespace and ligatures as printed so
# the normalizers see the raw text (they record their own repairs).
_DICT_FLAGS = pymupdf.TEXTFLAGS_DICT & ~pymupdf.TEXT_PRESERVE_IMAGES

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


def _make_line(spans: list[dict]) -> Line | None:
    text = "".join(s["text"] for s in spans)
    if not text.strip():
        return None
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
    y0 = min(s["bbox"][1] for s in spans)
    x1 = max(s["bbox"][2] for s in spans)
    y1 = max(s["bbox"][3] for s in spans)
    return Line(
        text=text.strip(),
        bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y1),
        font_size=size,
        bold=total > 0 and bold_chars * 2 > total,
    )


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
    """All text lines of the page, in MuPDF's order (ordering is done by `reading_order`)."""
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
    return join_bullet_glyphs(out)


def _is_bullet_glyph(text: str) -> bool:
    t = text.strip()
    # A lone punctuation or symbol character (•, ▪, –, -, *, ·, a private-use dingbat):
    # typesetters place list markers as separate glyph runs, MuPDF then reports them as
    # lines of their own, detached from the item they mark.
    return len(t) == 1 and not t.isalnum()


def join_bullet_glyphs(lines: list[Line]) -> list[Line]:
    """Put lone list-marker glyphs back in front of the text they mark (same row, close)."""
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
        if best is None:
            continue
        ln = replaced.get(id(best[1]), best[1])
        merged = Line(
            text=f"{m.text.strip()} {ln.text}",
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
