"""Test helper: one page of lines placed top-down as a PDF page gives them (10 pt body,
13.4 pt leading) -- for the card and record reading tests, which need line geometry but no
PDF."""

from __future__ import annotations

from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage


class LinePage:
    """Lines placed top-down as a PDF page would give them (10 pt body, 13.4 pt leading)."""

    def __init__(self) -> None:
        self.items: list = []
        self.y = 60.0

    def line(self, text: str, x: float = 60.0, size: float = 10.0, bold: bool = False, before: float = 0.0):
        self.y += before
        self.items.append(Line(text=text, bbox=BBox(x0=x, y0=self.y, x1=x + 5.2 * len(text), y1=self.y + size * 1.15),
                               font_size=size, bold=bold))
        self.y += size * 1.34

    def doc(self) -> NormalizedDocument:
        page = NormalizedPage(page_no=1, width=595, height=842, items=self.items)
        return NormalizedDocument(source_file="x.pdf", sha256="0", kind="pdf", pages=[page])
