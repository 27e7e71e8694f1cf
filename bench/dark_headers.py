"""Goals, measures and indicators when table header rows are printed white on a dark fill.

    .venv/bin/python -m bench.dark_headers [--programs SLUG,...] [--styles ruled,borderless]
        [--variants plain,navy,green,black,mid,band] [--scan] [--only-scan] [-v]

Municipal programmes often print a table's header row as white text on navy, dark green,
black or dark grey. Each golden program with tables is typeset by `golden.render` (styles
ruled and borderless) with its header rows on a fill (`header_fill`, white words on a dark
fill), and scored by the whole pipeline against the hand gold, next to the same program
typeset without the fill (`plain`). `--scan` also scores a scan-like copy of each print
(`bench.ocr_scanify` at 200 dpi, as `bench.scan_layouts`; the style column is `scan-...`),
`--only-scan` only those. Variants:

    plain   the style's own look (ruled: grey header fill; borderless: bold header, no fill)
    navy    header on #1f3864, white words
    green   header on #1e5631, white words
    black   header on #000000, white words
    grey    header on #404040, white words
    mid     header on #4a6fa5 (a mid-dark blue), white words
    band    navy header and every other body row on #1f3864, white words

PDFs (prints and scans) are cached in `bench/out/dark_headers/`, keyed by a hash of their
input, so a rerun only pays for the pipeline. Prints the score table of bench.style_scores,
the mean F1 per style, and wall and CPU time (CPU of this process and of its OCR workers).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import sys
import time
from pathlib import Path

from bench import style_scores
from bench.ocr_scanify import scanify
from golden import render as R
from pipeline import golden

OUT = Path(__file__).resolve().parent / "out" / "dark_headers"
SCAN_DPI = 200


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


NAVY = _rgb("#1f3864")
# variant -> (header fill, fill of every other body row)
VARIANTS: dict[str, tuple[tuple | None, tuple | None]] = {
    "plain": (None, None),
    "navy": (NAVY, None),
    "green": (_rgb("#1e5631"), None),
    "black": (_rgb("#000000"), None),
    "grey": (_rgb("#404040"), None),
    "mid": (_rgb("#4a6fa5"), None),
    "band": (NAVY, NAVY),
}


def _cached(path: Path, key: str, make) -> Path:
    """`path` made by `make(path)` unless the file there was made from the same `key`."""
    stamp = path.with_suffix(path.suffix + ".key")
    if not (path.exists() and stamp.exists() and stamp.read_text() == key):
        make(path)
        stamp.write_text(key)
    return path


def print_pdf(slug: str, src: dict, style: str, variant: str) -> Path:
    header_fill, band_fill = VARIANTS[variant]
    key = hashlib.sha256(json.dumps([src, style, header_fill, band_fill], sort_keys=True,
                                    ensure_ascii=False).encode()).hexdigest()
    return _cached(OUT / f"{slug}.{style}.{variant}.pdf", key,
                   lambda p: p.write_bytes(R.render(src, style, header_fill=header_fill, band_fill=band_fill)))


def scan_pdf(pdf: Path) -> Path:
    key = hashlib.sha256(pdf.read_bytes() + str(SCAN_DPI).encode()).hexdigest()
    return _cached(pdf.with_name(pdf.stem + ".scan.pdf"), key,
                   lambda p: scanify(str(pdf), str(p), dpi=SCAN_DPI))


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # OCR worker processes, Tesseract
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.dark_headers")
    ap.add_argument("--programs", default="", help="golden slugs, comma-separated (default: all with tables)")
    ap.add_argument("--styles", default="ruled,borderless")
    ap.add_argument("--variants", default="plain,navy,mid,band")
    ap.add_argument("--scan", action="store_true", help="also score scan-like copies")
    ap.add_argument("--only-scan", action="store_true", help="score only the scan-like copies")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses of each run")
    a = ap.parse_args(argv)
    styles = [s for s in a.styles.split(",") if s]
    variants = [v for v in a.variants.split(",") if v]
    for v in variants:
        if v not in VARIANTS:
            ap.error(f"unknown variant {v!r}; expected some of {', '.join(VARIANTS)}")
    only = [p for p in a.programs.split(",") if p] or None
    kinds = ([] if a.only_scan else [""]) + (["scan-"] if a.scan or a.only_scan else [])
    OUT.mkdir(parents=True, exist_ok=True)
    t0, c0 = time.perf_counter(), _cpu()
    rows, order = [], []
    print(style_scores.HEADER)
    for d in golden.programs(None, only):
        src = R.load_source(d.name)
        if not any(b.get("type") == "table" for b in src["blocks"]):
            continue  # no table, no header row
        gold = golden.load_gold(d)
        for style in styles:
            for v in variants:
                pdf = print_pdf(d.name, src, style, v)
                for kind in kinds:
                    name = f"{kind}{style}-{v}"
                    if name not in order:
                        order.append(name)
                    doc = scan_pdf(pdf) if kind else pdf
                    rows.append(style_scores.score_row(doc, gold, d.name, name, a.verbose, 6))
    style_scores.print_summary(rows, order)
    print(f"wall {time.perf_counter() - t0:.0f} s, CPU {_cpu() - c0:.0f} s (with OCR workers)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
