"""Tables printing a programme in two languages side by side (thirty-second blind set).

    Svenska                               | Suomeksi
    Mål: Invandrare lär sig svenska ...   | Tavoite: Maahanmuuttajat oppivat ...
    Så här gör vi:                        | Näin toimimme:
    • Språkcaféer ... (biblioteket, 2025) | • Kielikahvilat ...

A bilingual town may print its programme as two-column tables whose columns are headed by
the language ('Svenska' | 'Suomeksi', 'På svenska' | 'Suomeksi'): each row holds the same
text twice. Only the Swedish column is the programme koto reads, and its cells are no table
fields but the running text of the page -- a goal line, a labelled list of actions, a
labelled list of meters -- set in a table only to keep the translations side by side. Such a
table is read as the text of its Swedish column: each cell's lines as paragraphs, the lines
opening with a bullet or dash as list items (a line that opens with neither, after an item,
is that item wrapped). Where a table finder cut such a table (a row's rest left as loose lines,
the next rows as a table of their own with no header), the lines between the parts are the
table's too -- the Finnish side's go, a Swedish line opening in lower case or with a bracket
continues the item above -- and the headerless part after is read by the same column."""

from __future__ import annotations

import re
from dataclasses import replace

from .bilingual import reads_finnish, swedish_half
from .elements import Element
from .text import BULLET_RE, squash

# a column header naming the language its column is in
_SWEDISH_RE = re.compile(r"^\s*(?:på\s+)?svenska\s*$|^\s*ruotsiksi\s*$", re.I)
_OTHER_RE = re.compile(r"^\s*(?:på\s+)?(?:finska|engelska)\s*$|^\s*(?:suomeksi|suomi|in\s+english|english)\s*$", re.I)
# a line closed as a sentence or a label ('Så här gör vi:'): the next line starts a paragraph
_CLOSED_LINE_RE = re.compile(r"[.:!?]$")


def _swedish_column(header: list[str]) -> int | None:
    hs = [squash(h) for h in header]
    sv = [c for c, h in enumerate(hs) if _SWEDISH_RE.match(h)]
    if len(sv) != 1 or not any(_OTHER_RE.match(h) for h in hs) or not all(_SWEDISH_RE.match(h) or _OTHER_RE.match(h)
                                                                          for h in hs):
        return None
    return sv[0]


def _cell_elements(cell: str, el: Element, page: int) -> list[Element]:
    out: list[Element] = []
    for line in cell.splitlines():
        line = line.strip()
        if not line:
            continue
        if BULLET_RE.match(line):
            out.append(replace(el, kind="bullet", text=line, table=None, page=page, pages=[], level=0))
        elif out and (out[-1].kind == "bullet" or not _CLOSED_LINE_RE.search(out[-1].text)):
            out[-1] = replace(out[-1], text=out[-1].text + " " + line)
        else:
            out.append(replace(el, kind="para", text=line, table=None, page=page, pages=[], level=0))
    return out


def read_language_columns(elements: list[Element]) -> list[Element]:
    """The element stream with each side-by-side language table as its Swedish column's text."""
    out: list[Element] = []
    found = None
    cols = [_swedish_column(list(el.table.rows[0])) if el.kind == "table" and el.table is not None and el.table.rows
            else None for el in elements]
    # a table right after a language table, only lines between them, as many columns and no
    # header of its own: the rest of that table, cut by a page or a table finder
    first_body = [1] * len(elements)
    for i, el in enumerate(elements):
        if cols[i] is not None or el.kind != "table" or el.table is None or not el.table.rows:
            continue
        k = i - 1
        while k >= 0 and elements[k].kind in ("para", "bullet"):
            k -= 1
        if k >= 0 and cols[k] is not None and len(el.table.rows[0]) == len(elements[k].table.rows[0]):
            cols[i], first_body[i] = cols[k], 0
    for i, el in enumerate(elements):
        t = el.table
        col = cols[i]
        if col is None:
            if found is not None and el.kind in ("para", "bullet") and _between_language_tables(elements, cols, i):
                # a line a table finder left out between two parts of one language table:
                # the Finnish side's goes, the Swedish side's continues the item above it
                if reads_finnish(el.text):
                    continue
                if out and out[-1].kind in ("para", "bullet") and el.kind == "para" and (el.text[:1].islower() or el.text[:1] == "("):
                    out[-1] = replace(out[-1], text=out[-1].text + " " + squash(el.text))
                    continue
            out.append(el)
            continue
        found = col if found is None else found
        pages = el.pages if len(el.pages) >= len(t.rows) else [el.page] * len(t.rows)
        for k, row in enumerate(t.rows[first_body[i]:], start=first_body[i]):
            if col < len(row) and squash(row[col]):
                out.extend(_cell_elements(row[col], el, pages[k]))
    if found is not None:
        # the document is printed in both languages: a heading 'Språk / Kieli' keeps its
        # Swedish half, as in a programme whose paragraphs alternate (`bilingual.swedish_half`);
        # where the words do not tell (one short word each side), the half in the place the
        # Swedish column has in the tables (first or second), as the document orders both
        out = [replace(e, text=_heading_half(e.text, found)) if e.kind == "heading" and " / " in e.text else e
               for e in out]
    return out


def _between_language_tables(elements: list[Element], cols: list[int | None], i: int) -> bool:
    """Element i lies between two language tables with no heading or other table between."""
    def side(step: int) -> bool:
        k = i + step
        while 0 <= k < len(elements):
            if cols[k] is not None:
                return True
            if elements[k].kind in ("heading", "table"):
                return False
            k += step
        return False
    return side(-1) and side(1)


def _heading_half(text: str, col: int) -> str:
    text = squash(text)
    half = swedish_half(text)
    if half != text:
        return half
    parts = text.split(" / ")
    return parts[min(col, 1)] if len(parts) == 2 else text
