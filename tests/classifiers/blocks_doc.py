"""Test adapter: a corpus source.json's `blocks` typeset as a NormalizedDocument.

It imitates what the PDF path delivers, so the classifier is exercised on the same shapes:
headings as larger bold Lines, paragraphs wrapped into lines with a bbox, bullets as
'• ' lines with unmarked continuation lines, table captions as bold lines, tables as
Table items whose cells are wrapped into narrow lines ('\n'), tables broken over pages with
the header row repeated (or not, `repeat_header=False`), and rows broken at a page end.
"""

from __future__ import annotations

import textwrap

from extractors.model import BBox, Line, Table
from normalizers.model import NormalizedDocument, NormalizedPage

PAGE_H = 842.0
TOP, BOTTOM = 60.0, 780.0
HEADING_SIZE = {1: 17.0, 2: 13.0, 3: 11.5, 4: 11.0, 5: 10.5}
BODY = 10.0
LINE_H = 13.0


class _Pager:
    def __init__(self) -> None:
        self.pages: list[NormalizedPage] = [NormalizedPage(page_no=1, width=595, height=PAGE_H)]
        self.y = TOP

    def need(self, h: float) -> None:
        if self.y + h > BOTTOM:
            self.new_page()

    def new_page(self) -> None:
        self.pages.append(NormalizedPage(page_no=len(self.pages) + 1, width=595, height=PAGE_H))
        self.y = TOP

    def line(self, text: str, size: float = BODY, bold: bool = False, x: float = 63.0, gap_before: float = 0.0) -> None:
        self.y += gap_before
        self.need(size * 1.3)
        bb = BBox(x0=x, y0=self.y, x1=x + 6 * len(text) * size / 10, y1=self.y + size)
        self.pages[-1].items.append(Line(text=text, bbox=bb, font_size=size, bold=bold))
        self.y += size * 1.3

    def add_table(self, t: Table, h: float) -> None:
        self.pages[-1].items.append(t)
        self.y += h


def _wrap_cell(text: str, width: int) -> str:
    out: list[str] = []
    for para in (text or "").split("\n"):
        if not para.strip():
            continue
        out += textwrap.wrap(para, width=width, break_long_words=False, break_on_hyphens=False) or [para]
    return "\n".join(out)


def blocks_document(source: dict, *, repeat_header: bool = True, wrap: int = 95) -> NormalizedDocument:
    pg = _Pager()
    title = source.get("title") or ""
    # a title page line, as programs print one (largest text on page 1)
    pg.line(f"{title}", size=20.0, bold=True)
    if source.get("period_start") and str(source["period_start"]) not in title:
        pg.line(f"{source.get('municipality', '')} {source['period_start']}–{source['period_end']}", size=BODY)
    last_heading = None
    for b in source["blocks"]:
        t = b["type"]
        if t == "heading":
            pg.need(3 * LINE_H)
            pg.line(b["text"], size=HEADING_SIZE.get(b.get("level", 2), 10.5), bold=True, gap_before=8)
            last_heading = b["text"]
        elif t == "paragraph":
            pg.y += 6
            for ln in b["text"].split("\n"):
                for w in textwrap.wrap(ln, wrap, break_on_hyphens=False) or [ln]:
                    pg.line(w)
        elif t == "bullets":
            pg.y += 6
            for it in b["items"]:
                wrapped = textwrap.wrap(it, wrap - 4, break_on_hyphens=False) or [it]
                pg.line("• " + wrapped[0])
                for w in wrapped[1:]:
                    pg.line(w, x=75.0)
        elif t == "table":
            cap = b.get("caption")
            if cap and cap != last_heading:
                pg.need(4 * LINE_H)
                pg.line(cap, size=11.0, bold=True, gap_before=8)
            _table(pg, b, repeat_header)
            last_heading = None
    return NormalizedDocument(source_file=source.get("slug", "blocks"), sha256="0" * 64, kind="pdf", pages=pg.pages)


def _table(pg: _Pager, b: dict, repeat_header: bool) -> None:
    cols = b.get("columns") or []
    n = max([len(cols)] + [len(r) for r in b["rows"]]) if (cols or b["rows"]) else 0
    width = max(14, 110 // max(n, 1))
    header = [_wrap_cell(c, width) for c in cols] if cols else []
    rows = [[_wrap_cell(c, width) for c in r] + [""] * (n - len(r)) for r in b["rows"]]

    def height(r):
        return (max((c.count("\n") + 1 for c in r if c), default=1)) * 11.0 + 6

    cur: list[list[str]] = [header] if header else []
    cur_h = height(header) if header else 0
    first = True

    def flush(with_header: bool):
        if cur and (len(cur) > (1 if with_header else 0)):
            pg.add_table(Table(rows=[list(r) for r in cur], header_rows=1 if with_header else 0, method="blocks"), cur_h)

    pg.y += 4
    for r in rows:
        h = height(r)
        if pg.y + cur_h + h > BOTTOM and len(cur) > (1 if header else 0):
            # break the row itself when it is tall: its first lines stay, the rest continue
            lines = [c.split("\n") for c in r]
            room = int((BOTTOM - pg.y - cur_h - 6) // 11)
            if room >= 2 and max(len(x) for x in lines) > room + 1:
                head_part = ["\n".join(x[:room]) for x in lines]
                tail_part = ["\n".join(x[room:]) for x in lines]
                cur.append(head_part)
                cur_h += room * 11 + 6
                r, h = tail_part, height(tail_part)
            flush(with_header=bool(header) and (first or repeat_header))
            first = False
            pg.new_page()
            cur = [header] if (header and repeat_header) else []
            cur_h = height(header) if cur else 0
        cur.append(r)
        cur_h += h
    flush(with_header=bool(header) and (first or repeat_header))
    pg.y += 8


# Block builders for tests that classify made-up programmes given as corpus blocks.

def heading(text: str, level: int = 2) -> dict:
    return {"type": "heading", "level": level, "text": text}


def paragraph(text: str) -> dict:
    return {"type": "paragraph", "text": text}


def bullets(*items: str) -> dict:
    return {"type": "bullets", "items": list(items)}


def classify_blocks(blocks: list[dict]):
    """The classified document of a made-up programme of these blocks."""
    from classifiers import classify

    return classify(blocks_document({"slug": "t", "title": "Integrationsprogram för Exempelby 2025–2028",
                                     "blocks": blocks}))


def classify_action_bullets(items: list[str]):
    """The classified document of a made-up 2026–2029 programme of one theme, its goal sentence
    and an 'Åtgärder' list of these items (the parenthesis-doer tests' shared layout)."""
    from classifiers import classify

    return classify(blocks_document({"slug": "t", "title": "Integrationsprogram för Exempelby 2026–2029", "blocks": [
        {"type": "heading", "level": 1, "text": "4 Arbete och boende"},
        {"type": "paragraph", "text": "Målet är att inflyttade familjer stannar i kommunen."},
        {"type": "heading", "level": 3, "text": "Åtgärder"},
        {"type": "bullets", "items": items}]}))
