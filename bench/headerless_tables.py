"""Structure F1 when the measure tables are printed with no header row at all.

Some programmes print their goal/measure tables without column names: the first row of the
table is already content, and which column holds the goals, the measures, the indicators, the
responsible and the schedule can only be told from what the cells say. Each golden program
with tables is typeset (``golden.render`` ruled, borderless, twocolumn) with every table's
column names blanked and no header row printed (``blank_header=False``), run through the
whole pipeline (``pipeline.process.process_file``, the code path of `koto golden check`) and
scored against the unchanged hand gold.

``--variants distract`` also pads each program with what a programme holds besides its
measures (``golden.distractors.with_distractors``: statistics, key figures, a timeline,
the previous programme's evaluation, a budget, a glossary, contacts, a survey) and blanks
the column names of those tables too: every item read from them is a false positive (FP), so
reading roles from cell content must not turn a table of figures or contacts into measures.

    python -m bench.headerless_tables [--styles ruled,borderless,twocolumn]
                                      [--variants plain,distract] [--programs vasa-2023-2026] [-v]
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
from pathlib import Path

from bench import style_scores
from classifiers.scoring import score
from golden import render as R
from golden.distractors import with_distractors
from pipeline import golden
from pipeline.process import ProcessOptions, process_file, sha256_file

STYLES = ("ruled", "borderless", "twocolumn")
VARIANTS = ("plain", "distract")
KINDS = ("goals", "measures", "indicators")
HEADER = (f"{'program':24} {'style':11} {'variant':8} {'goals':>6} {'meas':>6} {'ind':>6} "
          f"{'m→g':>6} {'i→m':>6} {'resp':>6} {'FP':>4}")


def headerless(src: dict) -> dict:
    """The source with every table's column names blanked (the rows are kept)."""
    out = copy.deepcopy(src)
    for b in out["blocks"]:
        if b.get("type") == "table":
            b["columns"] = [""] * len(b.get("columns") or [])
    return out


def score_pdf(pdf: Path, gold):
    got = process_file(pdf, ProcessOptions(), sha256=sha256_file(pdf))
    return score(got, gold)


def fmt_row(slug: str, style: str, variant: str, s) -> str:
    cells = [f"{getattr(s, k).f1:6.3f}" if getattr(s, k).n_gold else "     –" for k in KINDS]
    # an accuracy over no matched item says nothing: shown as –
    cells += [f"{x.accuracy:6.3f}" if x.total else "     –"
              for x in (s.measure_goal, s.indicator_measure, s.responsible)]
    fp = sum(len(getattr(s, k).extra) for k in KINDS)
    return f"{slug:24} {style:11} {variant:8} " + " ".join(cells) + f" {fp:4d}"



def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.headerless_tables")
    ap.add_argument("--styles", default=",".join(STYLES))
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--programs", default="")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses and extras of each run")
    a = ap.parse_args(argv)
    styles = [s for s in a.styles.split(",") if s]
    variants = [v for v in a.variants.split(",") if v]
    bad = [s for s in styles if s not in STYLES] + [v for v in variants if v not in VARIANTS]
    if bad:
        ap.error(f"unknown style(s)/variant(s) {bad}; styles {STYLES}, variants {VARIANTS}")
    only = [p for p in a.programs.split(",") if p] or None
    t0, c0 = time.perf_counter(), time.process_time()
    rows = []
    print(HEADER, flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for d in golden.programs(None, only):
            src = R.load_source(d.name)
            if not any(b.get("type") == "table" for b in src["blocks"]):
                continue  # nothing printed as a table: no header to leave out
            gold = golden.load_gold(d)
            for variant in variants:
                v_src = headerless(src if variant == "plain" else with_distractors(src))
                for style in styles:
                    pdf = Path(tmp) / f"{d.name}.{style}.{variant}.pdf"
                    pdf.write_bytes(R.render(v_src, style, blank_header=False))
                    s = score_pdf(pdf, gold)
                    rows.append((d.name, style, variant, s))
                    print(fmt_row(d.name, style, variant, s), flush=True)
                    if a.verbose:
                        print("    " + s.diff_text(8).replace("\n", "\n    "))
    style_scores.print_variant_summary(rows, styles, variants, "style", 11)
    print(f"wall {time.perf_counter() - t0:.1f} s, CPU {time.process_time() - c0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
