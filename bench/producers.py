"""Structure F1 on PDFs from other producers: a browser and a word processor.

Every golden program is printed through ``golden.render_html`` (headless Chromium: html-ruled,
html-rules, html-zebra) and ``golden.render_docx`` (python-docx -> LibreOffice: docx-grid,
docx-plain) into ``bench/out/producers/<slug>.<style>.pdf``, run through the whole pipeline
(the code path of `koto golden check`: pipeline.process.process_file) and scored against the
hand gold with classifiers.scoring.score. Prints one row per program x style: F1 of goals /
measures / indicators, measure->goal and indicator->measure link accuracy and responsible-actor
accuracy, then the mean and minimum F1 per style.

    python -m bench.producers [--styles docx-plain,html-rules] [--programs vasa-2023-2026]
                              [--reuse] [-v]

``--reuse`` scores the PDFs already in the output folder instead of printing them again
(Chromium and LibreOffice take a few seconds a file). Needs ``chromium`` and ``soffice``
(``make sysdeps``) and python-docx (extra ``fixtures``) unless --reuse finds every file.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from golden import render_docx, render_html
from bench import style_scores
from pipeline import golden

OUT = Path(__file__).resolve().parent / "out" / "producers"
RENDERERS = {**{s: render_html for s in render_html.STYLES}, **{s: render_docx for s in render_docx.STYLES}}


def make_pdf(slug: str, style: str, out: Path, reuse: bool) -> Path:
    if reuse and out.exists():
        return out
    module = RENDERERS[style]
    return module.render(slug, style, out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.producers")
    ap.add_argument("--styles", default=",".join(RENDERERS))
    ap.add_argument("--programs", default="")
    ap.add_argument("--out-dir", type=Path, default=OUT)
    ap.add_argument("--reuse", action="store_true", help="score PDFs already in --out-dir")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses of each run")
    a = ap.parse_args(argv)
    styles = [s for s in a.styles.split(",") if s]
    unknown = [s for s in styles if s not in RENDERERS]
    if unknown:
        ap.error(f"unknown style(s) {unknown}; known: {', '.join(RENDERERS)}")
    only = [p for p in a.programs.split(",") if p] or None
    dirs = golden.programs(None, only)
    t0, c0 = time.perf_counter(), time.process_time()
    rows = []
    print(style_scores.HEADER)
    for style in styles:
        for d in dirs:
            pdf = make_pdf(d.name, style, a.out_dir / f"{d.name}.{style}.pdf", a.reuse)
            rows.append(style_scores.score_row(pdf, golden.load_gold(d), d.name, style, a.verbose))
    style_scores.print_summary(rows, styles)
    print(f"wall {time.perf_counter() - t0:.1f} s, CPU {time.process_time() - c0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
