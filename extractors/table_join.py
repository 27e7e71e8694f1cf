"""Logical tables of a document: page pieces of one table joined back together.

PDF pages cut long tables; `Table.continued` and `Table.continues_row` (set by the PDF
reader) say how a piece goes on from the previous page, and `join_tables` follows them. The
table-finder measurements use it. The classifier does not: it must also join pieces that carry
no such flags (OCR pages, .txt input), so it decides from the rows themselves
(classifiers/elements.py, `_add_table`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import RawDocument, Table


@dataclass
class JoinedTable:
    rows: list[list[str]]
    header_rows: int
    pages: list[int] = field(default_factory=list)  # 1-based page of each piece
    row_pages: list[int] = field(default_factory=list)  # 1-based page where each row starts
    pieces: list[Table] = field(default_factory=list)


def _merge_cells(a: list[str], b: list[str]) -> list[str]:
    n = max(len(a), len(b))
    a = a + [""] * (n - len(a))
    b = b + [""] * (n - len(b))
    return [x + ("\n" if x and y else "") + y for x, y in zip(a, b)]


def join_tables(doc: RawDocument) -> list[JoinedTable]:
    out: list[JoinedTable] = []
    for page in doc.pages:
        for t in page.tables:
            if t.continued and out:
                cur = out[-1]
                body = t.rows[t.header_rows :]  # a repeated header is dropped
                if t.continues_row and body and cur.rows:
                    cur.rows[-1] = _merge_cells(cur.rows[-1], body[0])
                    body = body[1:]
                cur.rows.extend([list(r) for r in body])
                cur.row_pages.extend([page.page_no] * len(body))
                cur.pages.append(page.page_no)
                cur.pieces.append(t)
            else:
                out.append(
                    JoinedTable(
                        rows=[list(r) for r in t.rows],
                        header_rows=t.header_rows,
                        pages=[page.page_no],
                        row_pages=[page.page_no] * len(t.rows),
                        pieces=[t],
                    )
                )
    return out
