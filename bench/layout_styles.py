"""Structure F1 on typesettings the code was not written against.

Every golden program is typeset in each style of ``golden.render_more`` (landscape, booktabs,
cards, numbered) into a temporary folder, run through the whole pipeline (the code path of
`koto golden check`: pipeline.process.process_file) and scored against the hand gold in its
``source.json`` with classifiers.scoring.score.  Prints one row per program × style: F1 of
goals / measures / indicators, measure→goal and indicator→measure link accuracy and
responsible-actor accuracy, then the mean and the minimum F1 per style.

    python -m bench.layout_styles [--styles cards,numbered] [--programs vasa-2023-2026] [-v]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from golden import render as R
from golden import render_more as M
from bench import style_scores
from pipeline import golden


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.layout_styles")
    ap.add_argument("--styles", default=",".join(M.STYLES))
    ap.add_argument("--programs", default="")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses of each run")
    a = ap.parse_args(argv)
    styles = [s for s in a.styles.split(",") if s]
    only = [p for p in a.programs.split(",") if p] or None
    dirs = golden.programs(None, only)
    t0, c0 = time.perf_counter(), time.process_time()
    rows = []
    print(style_scores.HEADER)
    with tempfile.TemporaryDirectory() as tmp:
        for d in dirs:
            src = R.load_source(d.name)
            gold = golden.load_gold(d)
            for style in styles:
                pdf = Path(tmp) / f"{d.name}.{style}.pdf"
                pdf.write_bytes(M.render(src, style))
                rows.append(style_scores.score_row(pdf, gold, d.name, style, a.verbose, 6))
    style_scores.print_summary(rows, styles)
    print(f"wall {time.perf_counter() - t0:.1f} s, CPU {time.process_time() - c0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
