"""Structure F1 on PDFs exported as spreads: two book pages side by side on one landscape page.

A designed brochure is often exported from InDesign as "Spreads": pages 2-3, 4-5, ... each
on one landscape PDF page, page 1 (the cover) alone. Each golden program's ruled, borderless
and two-column print is put two pages to a sheet (`<print>-2up`: pages 1-2, 3-4, ...) and,
as the export does, with the first page alone (`<print>-cover`: 1, 2-3, 4-5, ...). Every copy
goes through the whole pipeline (pipeline.process.process_file) and is scored against the hand
gold, as bench.layout_styles does; `<print>-pages` is the print as it is, for reference.

    python -m bench.spread_pages [--programs vasa-2023-2026] [--copies 2up,cover] [-v]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

from bench import style_scores
from pipeline import golden

PRINTS = ("ruled", "borderless", "twocolumn")
COPIES = ("pages", "2up", "cover")  # "pages": the print itself, one page a sheet (the reference)


def spreads(src: pymupdf.Document, cover_alone: bool) -> pymupdf.Document:
    """`src`'s pages two to a sheet, side by side (the first alone with `cover_alone`)."""
    doc = pymupdf.open()
    groups = [[0]] if cover_alone else []
    start = 1 if cover_alone else 0
    groups += [list(range(i, min(i + 2, src.page_count))) for i in range(start, src.page_count, 2)]
    for g in groups:
        w, h = src[g[0]].rect.width, src[g[0]].rect.height
        page = doc.new_page(width=w * len(g), height=h)
        for k, i in enumerate(g):
            page.show_pdf_page(pymupdf.Rect(k * w, 0, (k + 1) * w, h), src, i)
    return doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.spread_pages")
    ap.add_argument("--programs", default="")
    ap.add_argument("--copies", default=",".join(COPIES))
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses of each run")
    a = ap.parse_args(argv)
    only = [p for p in a.programs.split(",") if p] or None
    copies = [c for c in a.copies.split(",") if c]
    t0, c0 = time.perf_counter(), time.process_time()
    rows, styles = [], []
    print(style_scores.HEADER)
    with tempfile.TemporaryDirectory() as tmp:
        for d in golden.programs(None, only):
            gold = golden.load_gold(d)
            for base in PRINTS:
                if not (d / f"{base}.pdf").exists():
                    continue
                src = pymupdf.open(d / f"{base}.pdf")
                for copy in copies:
                    style = f"{base}-{copy}"
                    doc = src if copy == "pages" else spreads(src, cover_alone=copy == "cover")
                    style_scores.score_copy(doc, Path(tmp) / f"{d.name}.{style}.pdf", gold, d.name,
                                            style, a.verbose, rows, styles)
    style_scores.print_summary(rows, styles)
    print(f"wall {time.perf_counter() - t0:.1f} s, CPU {time.process_time() - c0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
