"""Structure F1 on pages shown turned: landscape content on portrait pages, and sideways scans.

Two ways a program's pages come turned:
- text layer: each page's content drawn sideways on a page whose /Rotate turns it upright
  (how a landscape table is often set), on every page (`rot90`, `rot270`) or on every other
  page (`mixed90`: portrait pages and turned table pages in one document);
- scan: the page image placed sideways or upside down with no /Rotate (a landscape page fed
  through a portrait scanner, `scan-side90`, `scan-side270`, `scan-upside`), or placed
  sideways with the /Rotate a scanner sets (`scan-shown90`). The scan is the corpus scan of
  Vasa (golden/vasa-2023-2026/scan.pdf) and, with --scans all, 200 dpi renderings of each
  golden program's ruled print.

Every copy goes through the whole pipeline (pipeline.process.process_file) and is scored
against the hand gold, as bench.layout_styles does.

    python -m bench.rotated_pages [--scans vasa|all|none] [--programs vasa-2023-2026] [-v]
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

TEXT_STYLES = ("ruled", "borderless", "twocolumn")


def shown_turned(src: pymupdf.Document, angle: int, every: int = 1) -> pymupdf.Document:
    """Every `every`-th page drawn turned by `angle` on a page whose /Rotate shows it upright."""
    doc = pymupdf.open()
    for p in src:
        if p.number % every:
            doc.insert_pdf(src, from_page=p.number, to_page=p.number)
            continue
        page = doc.new_page(width=p.rect.height, height=p.rect.width)
        page.show_pdf_page(page.rect, src, p.number, rotate=angle)
        page.set_rotation(angle)
    return doc


def scanned_turned(src: pymupdf.Document, angle: int, show_upright: bool, dpi: int = 200):
    """Each page as a gray image placed turned by `angle`; with `show_upright`, the /Rotate
    that turns it back is set (as scanner software does), else none (a sideways scan)."""
    doc = pymupdf.open()
    for p in src:
        pix = p.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
        w, h = p.rect.width, p.rect.height
        page = doc.new_page(width=h, height=w) if angle % 180 else doc.new_page(width=w, height=h)
        page.insert_image(page.rect, pixmap=pix, rotate=angle)
        if show_upright:
            page.set_rotation(angle)
    return doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.rotated_pages")
    ap.add_argument("--scans", choices=("vasa", "all", "none"), default="vasa")
    ap.add_argument("--programs", default="")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses of each run")
    a = ap.parse_args(argv)
    only = [p for p in a.programs.split(",") if p] or None
    t0, c0 = time.perf_counter(), time.process_time()
    rows, styles = [], []
    print(style_scores.HEADER)
    with tempfile.TemporaryDirectory() as tmp:
        for d in golden.programs(None, only):
            gold = golden.load_gold(d)
            copies = []
            for base in TEXT_STYLES:
                if (d / f"{base}.pdf").exists():
                    src = pymupdf.open(d / f"{base}.pdf")
                    copies += [(f"{base}-rot90", shown_turned(src, 90)),
                               (f"{base}-rot270", shown_turned(src, 270)),
                               (f"{base}-mixed90", shown_turned(src, 90, every=2))]
            scan = d / "scan.pdf"
            if a.scans == "all" or (a.scans == "vasa" and scan.exists()):
                src = pymupdf.open(scan if scan.exists() else d / "ruled.pdf")
                copies += [("scan-shown90", scanned_turned(src, 90, True)),
                           ("scan-side90", scanned_turned(src, 90, False)),
                           ("scan-side270", scanned_turned(src, 270, False)),
                           ("scan-upside", scanned_turned(src, 180, False))]
            for style, doc in copies:
                style_scores.score_copy(doc, Path(tmp) / f"{d.name}.{style}.pdf", gold, d.name,
                                        style, a.verbose, rows, styles)
    style_scores.print_summary(rows, styles)
    print(f"wall {time.perf_counter() - t0:.1f} s, CPU {time.process_time() - c0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
