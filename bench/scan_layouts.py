"""Goals, measures and indicators from scan-like copies of the golden layouts.

    .venv/bin/python -m bench.scan_layouts [--only SLUG ...] [--layouts borderless twocolumn]
        [--producers docx-plain html-rules ...] [--dpi 200] [--out DIR]

Each golden program's typeset PDFs (`golden/<slug>/<layout>.pdf`) are made scan-like with
`bench.ocr_scanify` (rendered to an image, rotated, blurred, speckled, JPEG), run through the
whole pipeline (OCR, normalizers, classifiers) and scored against the hand gold, as
`koto golden check` scores the born-digital PDFs. Prints the score table of
bench.style_scores (F1 of goals, measures and indicators, link and actor accuracies; the
style column is `scan-<layout>`) and the wall time (OCR dominates: about 3-10 s of
Tesseract per page, in worker processes).

`--producers STYLE ...` scans the other producers' prints instead, the
`bench/out/producers/<slug>.<style>.pdf` that `python -m bench.producers` writes
(LibreOffice docx-grid/docx-plain, Chromium html-ruled/html-rules/html-zebra); a program
without that file is skipped.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench import style_scores
from bench.ocr_scanify import scanify
from bench.producers import OUT as PRODUCERS
from pipeline import golden


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", help="golden slugs (default: all)")
    ap.add_argument("--layouts", nargs="*", default=["borderless", "twocolumn"])
    ap.add_argument("--producers", nargs="*", default=[],
                    help="scan these bench.producers styles instead of the golden layouts")
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--out", help="keep the scan-like PDFs here (default: a temporary folder)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses of each run")
    a = ap.parse_args()
    t0 = time.perf_counter()
    rows = []
    layouts = a.producers or a.layouts
    styles = [f"scan-{layout}" for layout in layouts]
    print(style_scores.HEADER)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(a.out or tmp)
        out.mkdir(parents=True, exist_ok=True)
        for d in golden.programs(None, a.only):
            gold = golden.load_gold(d)
            for layout, style in zip(layouts, styles):
                src = PRODUCERS / f"{d.name}.{layout}.pdf" if a.producers else d / f"{layout}.pdf"
                if not src.exists():
                    continue
                dst = out / f"{d.name}-{layout}.pdf"
                scanify(str(src), str(dst), dpi=a.dpi)
                rows.append(style_scores.score_row(dst, gold, d.name, style, a.verbose))
    style_scores.print_summary(rows, styles)
    print(f"wall {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
