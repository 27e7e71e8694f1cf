"""A plain-text dump (.txt) read into pages of lines and tables.

Paging: a form feed ("\\f") starts a new page, as text dumps of PDFs (pdftotext, OCR tools)
mark them. A file without form feeds is ONE page, however long: page numbers are provenance,
and a page the source never had would point readers to a place that does not exist.

Every non-blank text line is a `Line` (bbox None). A blank line is not an item: the line after
it has `blank_before` set (plain text's paragraph break); `raw_text` keeps the text as given.
Tables in text dumps come two ways, both turned into `Table` items in place of their lines:
- HTML markup: `<table>` with `<tr>`/`<td>`/`<th>` (method "html");
- tab-separated rows: at least 2 consecutive lines with the same number (>= 2) of
  tab-separated fields (method "tsv"). Cells may hold HTML paragraphs/list items
  (`<p>a</p> <p>b</p>`), which become lines of the cell joined by "\\n".
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .model import ExtractionError, Line, Page, Table

_BLOCK_TAG = re.compile(r"</?(p|li|ul|ol|div|br|tr)\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]+>")
# A bullet written inline after other text (HTML lists flattened to one line) starts a new
# line of the cell.
_INLINE_BULLET = re.compile(r"(?<=\S)\s*([•▪◦‣●■])\s*")


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Text of the file and warnings. UTF-8 (with or without BOM), else cp1252/latin-1."""
    if b"\x00" in data[:8192]:
        # UTF-16 and binary formats (a .docx, a zip) have NUL bytes; text dumps never do.
        raise ExtractionError("not a text file: binary content (NUL bytes) found")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), []
        except UnicodeDecodeError:
            pass
    else:
        try:
            return data.decode("utf-8"), []
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("cp1252"), ["text is not UTF-8; decoded as cp1252 (Windows-1252)"]
    except UnicodeDecodeError:
        # latin-1 maps every byte, so this cannot fail; the warning says the text may be off.
        return data.decode("latin-1"), ["text is not UTF-8 nor cp1252; decoded as latin-1"]


def cell_text(raw: str) -> str:
    """Plain text of a cell that may carry HTML: block tags become line breaks."""
    if "<" in raw and ">" in raw:
        s = _BLOCK_TAG.sub("\n", raw)
        s = _ANY_TAG.sub("", s)
        s = html.unescape(s)
    else:
        s = raw
    s = _INLINE_BULLET.sub(lambda m: "\n" + m.group(1) + " ", s)
    lines = [" ".join(ln.split()) for ln in s.split("\n")]
    return "\n".join(ln for ln in lines if ln)


_SENTENCE_END = (".", "!", "?", ":", ";")
_HEADER_MAX_WORDS = 8


def looks_like_header(row: list[str]) -> bool:
    # Without fonts, a heading row is told by form: every cell filled with a short label,
    # not a sentence. (A first row of data usually has a long or a punctuated cell.)
    return bool(row) and all(
        c.strip()
        and "\n" not in c
        and len(c.split()) <= _HEADER_MAX_WORDS
        and not c.rstrip().endswith(_SENTENCE_END)
        for c in row
    )


class _HtmlTableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.header_flags: list[bool] = []
        self._cell: list[str] | None = None
        self._row_is_header = True

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
            self.header_flags.append(True)
        elif tag in ("td", "th"):
            if not self.rows:
                self.rows.append([])
                self.header_flags.append(True)
            if tag == "td":
                self.header_flags[-1] = False
            self._cell = []
        elif self._cell is not None and tag in ("p", "li", "br", "div", "ul", "ol"):
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(cell_text("".join(self._cell)))
            self._cell = None
        elif self._cell is not None and tag in ("p", "li", "div"):
            self._cell.append("\n")

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def parse_html_table(markup: str) -> Table | None:
    p = _HtmlTableParser()
    p.feed(markup)
    p.close()
    rows = [r for r in p.rows if r]
    flags = [f for r, f in zip(p.rows, p.header_flags) if r]
    if not rows:
        return None
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    header = 0
    for f in flags:
        if not f:
            break
        header += 1
    if header == 0 and len(rows) > 1 and looks_like_header(rows[0]):
        header = 1
    return Table(rows=rows, header_rows=header, method="html")


_TABLE_OPEN = re.compile(r"<table\b", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)


def _page_items(text: str) -> list:
    lines = text.split("\n")
    items: list = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i].rstrip("\r")
        # HTML table: from the line holding <table to the line holding </table>.
        if _TABLE_OPEN.search(line):
            j = i
            while j < n and not _TABLE_CLOSE.search(lines[j]):
                j += 1
            if j < n:
                t = parse_html_table("\n".join(lines[i : j + 1]))
                if t is not None:
                    before = line[: _TABLE_OPEN.search(line).start()].strip()
                    if before:
                        items.append(Line(text=before))
                    items.append(t)
                    after = lines[j][_TABLE_CLOSE.search(lines[j]).end() :].strip()
                    if after:
                        items.append(Line(text=after))
                    i = j + 1
                    continue
        # Tab-separated run: consecutive lines with the same field count >= 2.
        nf = line.count("\t") + 1
        if nf >= 2:
            j = i + 1
            while j < n and lines[j].rstrip("\r").count("\t") + 1 == nf:
                j += 1
            if j - i >= 2:
                rows = [[cell_text(c) for c in lines[k].rstrip("\r").split("\t")] for k in range(i, j)]
                items.append(
                    Table(rows=rows, header_rows=1 if looks_like_header(rows[0]) else 0, method="tsv")
                )
                i = j
                continue
        if line.strip():
            # A lone line with tabs is text whose tabs are layout, not a table.
            text = " ".join(line.replace("\t", " ").split()) if "\t" in line else line.strip()
            blank = i > 0 and not lines[i - 1].strip()
            items.append(Line(text=text, blank_before=blank))
        i += 1
    return items


def read_text(data: bytes) -> tuple[list[Page], list[str]]:
    text, warnings = decode_text(data)
    text = text.replace("\r\n", "\n")
    pages = []
    for k, chunk in enumerate(text.split("\f"), start=1):
        pages.append(Page(page_no=k, items=_page_items(chunk), source="text-file", raw_text=chunk))
    # A trailing form feed ends the last page; it does not open an empty one.
    if len(pages) > 1 and not pages[-1].raw_text.strip():
        pages.pop()
    return pages, warnings
