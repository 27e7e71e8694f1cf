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
import statistics
import sys
import tempfile
import time
from pathlib import Path

from classifiers.scoring import score
from golden import render as R
from golden import render_more as M
from pipeline import golden
from pipeline.process import ProcessOptions, process_file, sha256_file


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
    print(f"{'program':24} {'style':10} {'goals':>6} {'meas':>6} {'ind':>6} {'m→g':>6} {'i→m':>6} {'resp':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for d in dirs:
            src = R.load_source(d.name)
            gold = golden.load_gold(d)
            for style in styles:
                pdf = Path(tmp) / f"{d.name}.{style}.pdf"
                pdf.write_bytes(M.render(src, style))
                got = process_file(pdf, ProcessOptions(), sha256=sha256_file(pdf))
                s = score(got, gold)
                f1 = {k: getattr(s, k).f1 if getattr(s, k).n_gold else None
                      for k in ("goals", "measures", "indicators")}
                rows.append((d.name, style, f1))
                cells = [f"{v:6.3f}" if v is not None else "     –" for v in f1.values()]
                # an accuracy over no matched item says nothing: shown as –
                cells += [f"{x.accuracy:6.3f}" if x.total else "     –"
                          for x in (s.measure_goal, s.indicator_measure, s.responsible)]
                print(f"{d.name:24} {style:10} " + " ".join(cells), flush=True)
                if a.verbose:
                    print("    " + s.diff_text(6).replace("\n", "\n    "))
    print()
    for style in styles:
        vals = [v for _, st, f1 in rows if st == style for v in f1.values() if v is not None]
        if vals:
            print(f"{style:10} mean F1 {statistics.mean(vals):.3f}  min F1 {min(vals):.3f}")
    print(f"wall {time.perf_counter() - t0:.1f} s, CPU {time.process_time() - c0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
