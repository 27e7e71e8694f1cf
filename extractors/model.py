"""The extractors' output: a source file read into pages of lines and tables.

Small on purpose (after pdfplumber's page -> chars/words/lines): a page is a reading-order
list of items, each a `Line` of text or a `Table` of cells. Every item keeps its page and,
for PDFs, its bbox in PDF points (origin top-left, as PyMuPDF reports it), so any fact
extracted later can point back to where it was printed.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, Field

PageSource = Literal["text-layer", "ocr", "text-file"]


class BBox(BaseModel):
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


class Line(BaseModel):
    """One printed line of running text (never a line inside a table)."""

    kind: Literal["line"] = "line"
    text: str
    bbox: BBox | None = None  # None for .txt input
    font_size: float | None = None  # dominant size of the line's spans, in points
    bold: bool = False
    column: int = 0  # 0 = full width or left column, 1 = right column, ...
    # .txt input: a blank line stands before this line (in plain text the only paragraph
    # break there is; a PDF line has its bbox instead)
    blank_before: bool = False


class Table(BaseModel):
    """A table as a grid of cell texts.

    `rows[r][c]` is the text of the cell at row r, column c. A merged cell keeps its text in
    its top-left position and "" in the positions it covers; `spans` says which positions
    were covered by a merge (so "" from a merge can be told from a cell printed empty).
    """

    kind: Literal["table"] = "table"
    rows: list[list[str]]
    bbox: BBox | None = None
    header_rows: int = 1  # rows at the top that are column headings (0: none found)
    # (row, col, rowspan, colspan) for every merged cell, top-left position first
    spans: list[tuple[int, int, int, int]] = Field(default_factory=list)
    method: str = ""  # which finder produced it: "pymupdf-lines", "text-alignment", "tsv", ...
    # True when this table goes on from the last table of the previous page (its header row
    # repeated there, or it starts without a header of its own): the classifier joins them.
    # The first body row may then be the rest of a row the page break split.
    continued: bool = False
    # With `continued`: the first body row is the rest of the previous page's last row (the
    # page break split that row's cells); join cell by cell with "\n".
    continues_row: bool = False

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)


Item = Annotated[Union[Line, Table], Field(discriminator="kind")]


class Page(BaseModel):
    page_no: int  # 1-based
    width: float | None = None
    height: float | None = None
    items: list[Item] = Field(default_factory=list)  # reading order
    source: PageSource = "text-layer"
    ocr_confidence: float | None = None  # mean word confidence 0..1 when source == "ocr"
    raw_text: str = ""  # the page text exactly as the source gave it
    # A spread (two book pages side by side on one sheet, see extractors/spreads.py): the x
    # of the spine. The left page's items come first in `items`, then the right page's.
    fold: float | None = None

    @property
    def lines(self) -> list[Line]:
        return [i for i in self.items if isinstance(i, Line)]

    @property
    def tables(self) -> list[Table]:
        return [i for i in self.items if isinstance(i, Table)]


class RawDocument(BaseModel):
    source_file: str
    sha256: str
    kind: Literal["pdf", "txt"]
    pages: list[Page]
    metadata: dict[str, str] = Field(default_factory=dict)  # PDF info dict (title, author, ...)
    warnings: list[str] = Field(default_factory=list)  # non-fatal problems, one line each

    @property
    def ocr_pages(self) -> int:
        return sum(1 for p in self.pages if p.source == "ocr")


class ExtractionError(Exception):
    """A source that cannot be read. The message is one line: the reason, for the user."""
