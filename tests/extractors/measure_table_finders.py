"""Measure table finders on the golden ruled PDFs against the tables in source.json.

    .venv/bin/python tests/extractors/measure_table_finders.py [golden/<slug> ...]

Not a test (no test_ prefix): it prints, per finder, the cell-text exact-match rate and the
time per table page. Finders compared:
  pymupdf-native     PyMuPDF find_tables() + its own Table.extract() text
  pymupdf+words      PyMuPDF find_tables() grid, cell text from PyMuPDF words (ours)
  pdfplumber-native  pdfplumber find_tables() + its own extract() text
  pdfplumber+words   pdfplumber find_tables() grid, cell text from PyMuPDF words (ours)
  edges+words        pdfplumber's grid algorithm on PyMuPDF's vector strokes (no pdfminer),
                     cell text from PyMuPDF words (ours)

"native" = the library as shipped (no closing rules for tables cut by a page break); the
"+words" finders run our whole page pipeline (extractors.pdf_document.read_pdf).

Scoring (table_scoring.py): the reference is every source table as [columns] + rows
(columns omitted when empty), concatenated per document. The extracted side is every table
joined across pages by extractors.table_join (repeated headers dropped, rows a page break
split joined again), concatenated. Rows are
aligned with difflib over their normalised text; cells of aligned rows are compared after
whitespace normalisation ("ws": runs of whitespace -> one space) and, more leniently, with
all whitespace removed ("nows": forgives a word the typesetter broke over two lines without
a hyphen). Reference cells in unaligned rows count as misses.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pdfplumber
import pymupdf

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from extractors import pdf_document as PD  # noqa: E402
from extractors import pdf_tables as T  # noqa: E402
from extractors.table_join import join_tables  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from table_scoring import reference_rows, score, show_misses  # noqa: E402


def native_pymupdf(page, _pl):
    return [[[c or "" for c in r] for r in t.extract()] for t in page.find_tables(strategy="lines").tables]


def native_pdfplumber(_page, pl):
    return [[[c or "" for c in r] for r in t.extract()] for t in pl.find_tables()]


# name -> (finder used for the grid and the page pipeline, native text extractor or None)
METHODS = {
    "pymupdf-native": ("pymupdf", native_pymupdf),
    "pymupdf+words": ("pymupdf", None),
    "pdfplumber-native": ("pdfplumber", native_pdfplumber),
    "pdfplumber+words": ("pdfplumber", None),
    "edges+words": ("edges", None),
}


def run_method(pdf: Path, finder: str, native) -> tuple[list[list[str]], float, int]:
    """Rows of the document's joined tables, seconds spent finding tables, table pages."""
    data = pdf.read_bytes()
    # The whole page pipeline (our cell text, continuation flags), timed per table search.
    elapsed = 0.0
    orig = T.find_ruled_tables

    def timed(*a, **k):
        nonlocal elapsed
        t0 = time.perf_counter()
        try:
            return orig(*a, **k)
        finally:
            elapsed += time.perf_counter() - t0

    PD.find_ruled_tables = timed
    try:
        doc = PD.read_pdf(str(pdf), data, "", ocr="never", table_finder=finder)
    finally:
        PD.find_ruled_tables = orig
    mu = pymupdf.open(pdf)
    table_pages = [i for i in range(mu.page_count) if T.page_may_hold_ruled_table(mu[i])]
    if native is not None:
        # Same pages, the library's own cell text; continuation flags taken from our run
        # (same grids), the split-row test re-run on the native text.
        elapsed = 0.0
        pl = pdfplumber.open(pdf)
        mu = pymupdf.open(pdf)
        for page in doc.pages:
            i = page.page_no - 1
            if i not in table_pages:
                continue
            t0 = time.perf_counter()
            native_rows = native(mu[i], pl.pages[i])
            elapsed += time.perf_counter() - t0
            ours = [t for t in page.tables if t.method == T.METHOD_NAME[finder]]
            for t, rows in zip(ours, native_rows):
                t.rows = rows
        pl.close()
        prev = None
        for page in doc.pages:
            for t in page.tables:
                if t.continued and prev is not None and len(t.rows) > t.header_rows:
                    t.continues_row = T.row_is_split_rest(prev.rows[-1], t.rows[t.header_rows])
                prev = t
    rows = [r for jt in join_tables(doc) for r in jt.rows]
    return rows, elapsed, len(table_pages)


def main(args: list[str]) -> None:
    flags = {a for a in args if a.startswith("-")}
    dirs = [a for a in args if not a.startswith("-")]
    dirs = dirs or sorted(str(p.parent) for p in (ROOT / "golden").glob("*/ruled.pdf"))
    totals = {m: {"cells": 0, "ws": 0, "nows": 0, "time": 0.0, "pages": 0} for m in METHODS}
    for d in dirs:
        d = Path(d)
        ref = reference_rows(json.loads((d / "source.json").read_text()))
        for name, (finder, native) in METHODS.items():
            got, elapsed, n_pages = run_method(d / "ruled.pdf", finder, native)
            s = score(ref, got)
            tot = totals[name]
            for k in ("cells", "ws", "nows"):
                tot[k] += s[k]
            tot["time"] += elapsed
            tot["pages"] += n_pages
            print(
                f"{d.name:24s} {name:18s} cells={s['cells']:4d} ws={s['ws'] / s['cells']:.3f} "
                f"nows={s['nows'] / s['cells']:.3f} {1000 * elapsed / max(1, n_pages):6.0f} ms/page"
                f" ({n_pages} table pages)"
            )
            if "-v" in flags and name == "edges+words":
                show_misses(ref, got)
    print("TOTAL")
    for name, t in totals.items():
        print(
            f"  {name:18s} cells={t['cells']} ws={t['ws'] / t['cells']:.3f} "
            f"nows={t['nows'] / t['cells']:.3f} {1000 * t['time'] / max(1, t['pages']):.0f} ms/page"
        )


if __name__ == "__main__":
    main(sys.argv[1:])  # -v: print the rows that differ (edges+words)
