"""Structure F1 on plain-text OCR dumps: what a researcher has when an archive only kept the
text its OCR produced.

Two kinds of input, both run through the whole pipeline (pipeline.process.process_file, the
code path of `koto ingest`) and scored against the hand gold of golden/<slug>/source.json with
classifiers.scoring.score (the table of bench.style_scores):

- the seed dumps of the five golden programs (tests/data/seeds/*.txt, style "seed");
- dumps made the same way the seeds were made, from every golden PDF layout: each page
  rasterized with PyMuPDF (--dpi, default 250), read by `tesseract <png> - -l eng` (the
  ENGLISH model, as the seeds were: å/ä/ö lost, bullets read as *, », e, ©, table columns
  emitted one after another), pages joined with a form feed (--join ff, default) or a blank
  line (--join blank) as archives do. Cached under bench/out/text_dumps/<join>/
  <slug>.<layout>.txt (not committed; made again when missing, or with --fresh).

The rows are split into a development set (the dumps the text-dump mechanisms were written
against: the seeds, Borgå and Vasa in the ruled, borderless, two-column and cards layouts,
Helsingfors ruled) and a check set (every other program x layout, only measured), each with
its mean and lowest F1.

    python -m bench.text_dumps [--set dev|check|seeds|all] [--programs SLUG,..]
                               [--layouts ruled,cards] [--join ff|blank] [--fresh] [-v]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import style_scores
from pipeline import golden

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out" / "text_dumps"
SEEDS = ROOT / "tests" / "data" / "seeds"
# Layouts of the golden folders OCRed into dumps (scan.pdf / scan-eng.pdf are the same
# program as the Vasa seed, already a dump of that scan).
LAYOUTS = ("ruled", "borderless", "twocolumn", "cards", "keyvalue", "numbered", "landscape",
           "docx-grid", "docx-plain", "html-rules")
# The dumps looked at while writing the text-dump reading (besides the seeds): Borgå and Vasa
# in four layouts, and Helsingfors ruled (read to find a regression). Every other program x
# layout was only measured.
DEV = {(slug, layout) for slug in ("borga-2022-2024", "vasa-2023-2026")
       for layout in ("ruled", "borderless", "twocolumn", "cards")} | {("helsingfors-2017-2021", "ruled")}


def seed_file(slug: str) -> Path | None:
    for name in (f"{slug}.ocr.txt", f"{slug}.txt"):
        if (SEEDS / name).exists():
            return SEEDS / name
    return None


def ocr_dump(pdf: Path, dpi: int = 250, join: str = "ff") -> str:
    """The text of `pdf` as an archive's OCR dump: Tesseract's English model, page by page."""
    import pymupdf

    pages = []
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory() as tmp:
        for n, page in enumerate(pymupdf.open(pdf)):
            png = Path(tmp) / f"p{n}.png"
            page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False).save(png)
            out = subprocess.run(["tesseract", str(png), "-", "-l", "eng"], capture_output=True,
                                 text=True, env=env, check=True).stdout
            # Tesseract ends each page with a form feed of its own: the join decides
            pages.append(out.replace("\f", "").rstrip("\n"))
    return ("\n\f" if join == "ff" else "\n\n").join(pages) + "\n"


def dump_path(slug: str, layout: str, join: str) -> Path:
    return OUT / join / f"{slug}.{layout}.txt"


def ensure_dump(d: Path, layout: str, join: str, dpi: int, fresh: bool) -> Path | None:
    pdf = d / f"{layout}.pdf"
    if not pdf.exists():
        return None
    out = dump_path(d.name, layout, join)
    if fresh or not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        ff = dump_path(d.name, layout, "ff")
        if join == "blank" and ff.exists() and not fresh:
            # the same OCR, pages joined by a blank line instead of a form feed
            text = ff.read_text(encoding="utf-8").replace("\n\f", "\n\n")
        else:
            text = ocr_dump(pdf, dpi=dpi, join=join)
        out.write_text(text, encoding="utf-8")
    return out


def in_dev(slug: str, layout: str) -> bool:
    return layout == "seed" or (slug, layout) in DEV


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.text_dumps")
    ap.add_argument("--set", choices=("dev", "check", "seeds", "all"), default="all")
    ap.add_argument("--programs", default="")
    ap.add_argument("--layouts", default=",".join(LAYOUTS))
    ap.add_argument("--join", choices=("ff", "blank"), default="ff")
    ap.add_argument("--dpi", type=int, default=250)
    ap.add_argument("--fresh", action="store_true", help="OCR the PDFs again")
    ap.add_argument("--make-only", action="store_true", help="only make the dumps, score nothing")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses of each run")
    a = ap.parse_args(argv)
    only = [p for p in a.programs.split(",") if p] or None
    dirs = golden.programs(None, only)
    layouts = [x for x in a.layouts.split(",") if x]
    jobs: list[tuple[Path, str, Path]] = []  # (golden dir, style, text file)
    if a.set in ("dev", "seeds", "all"):
        for d in dirs:
            f = seed_file(d.name)
            if f is not None:
                jobs.append((d, "seed", f))
    if a.set != "seeds":
        for layout in layouts:
            for d in dirs:
                if a.set == "dev" and not in_dev(d.name, layout):
                    continue
                if a.set == "check" and in_dev(d.name, layout):
                    continue
                f = ensure_dump(d, layout, a.join, a.dpi, a.fresh)
                if f is not None:
                    jobs.append((d, layout, f))
    if a.make_only:
        print("\n".join(str(f) for _, _, f in jobs))
        return 0
    t0, c0 = time.perf_counter(), time.process_time()
    print(style_scores.HEADER)
    rows = []
    for d, style, f in jobs:
        rows.append(style_scores.score_row(f, golden.load_gold(d), d.name, style, a.verbose))
    styles = list(dict.fromkeys(st for _, st, _ in rows))
    style_scores.print_summary(rows, styles)
    for name, keep in (("development", True), ("check", False)):
        vals = [v for slug, st, f1 in rows if in_dev(slug, st) == keep for v in f1.values() if v is not None]
        if vals:
            print(f"{name:15} mean F1 {statistics.mean(vals):.3f}  min F1 {min(vals):.3f}  ({len(vals)} figures)")
    print(f"wall {time.perf_counter() - t0:.1f} s, CPU {time.process_time() - c0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
