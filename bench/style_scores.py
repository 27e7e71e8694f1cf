"""The score table that bench.layout_styles and bench.producers print: one row per program
and style (F1 of goals/measures/indicators, link and actor accuracies), then per style the
mean and lowest F1."""

from __future__ import annotations

import statistics
from pathlib import Path

from classifiers.scoring import score
from pipeline.process import ProcessOptions, process_file, sha256_file

KINDS = ("goals", "measures", "indicators")
# goal themes over every row scored so far: [right, of matched goals whose gold names one]
THEMES = [0, 0]
HEADER = f"{'program':24} {'style':15} {'goals':>6} {'meas':>6} {'ind':>6} {'m→g':>6} {'i→m':>6} {'resp':>6}"


def score_row(pdf: Path, gold, slug: str, style: str, verbose: bool = False, diff_lines: int = 8):
    """Run the pipeline on `pdf`, print its row, return (slug, style, {kind: F1 or None})."""
    got = process_file(pdf, ProcessOptions(), sha256=sha256_file(pdf))
    s = score(got, gold)
    THEMES[0] += s.goal_theme.correct
    THEMES[1] += s.goal_theme.total
    f1 = {k: getattr(s, k).f1 if getattr(s, k).n_gold else None for k in KINDS}
    cells = [f"{v:6.3f}" if v is not None else "     –" for v in f1.values()]
    # an accuracy over no matched item says nothing: shown as –
    cells += [f"{x.accuracy:6.3f}" if x.total else "     –"
              for x in (s.measure_goal, s.indicator_measure, s.responsible)]
    print(f"{slug:24} {style:15} " + " ".join(cells), flush=True)
    if verbose:
        print("    " + s.diff_text(diff_lines).replace("\n", "\n    "))
    return slug, style, f1


def score_copy(doc, pdf: Path, gold, slug: str, style: str, verbose: bool, rows: list,
               styles: list) -> None:
    """Save a made-up copy (a PyMuPDF document) as `pdf`, score it into `rows` and note its
    style in `styles` (first seen, first printed)."""
    doc.save(pdf)
    rows.append(score_row(pdf, gold, slug, style, verbose, 6))
    if style not in styles:
        styles.append(style)


def print_variant_summary(rows, groups: list[str], variants, label: str, width: int) -> None:
    """Per group (a style or layout: `label`, a column `width` wide) and variant: mean and
    lowest F1 of each kind and the false positives, from rows (slug, group, variant, Scores)."""
    print()
    print(f"{label:{width}} {'variant':8} " + "  ".join(f"{k:>17}" for k in KINDS) + "   FP")
    print(f"{'':{width}} {'':8} " + "  ".join(f"{'mean F1':>8} {'min F1':>8}" for _ in KINDS))
    for group in groups:
        for variant in variants:
            sel = [s for _, g, var, s in rows if g == group and var == variant]
            if not sel:
                continue
            cells = []
            for k in KINDS:
                vals = [getattr(s, k).f1 for s in sel if getattr(s, k).n_gold]
                cells.append(f"{statistics.mean(vals):8.3f} {min(vals):8.3f}" if vals else f"{'–':>8} {'–':>8}")
            fp = sum(len(getattr(s, k).extra) for s in sel for k in KINDS)
            print(f"{group:{width}} {variant:8} " + "  ".join(cells) + f"  {fp:4d}")


def print_summary(rows, styles) -> None:
    print()
    for style in styles:
        vals = [v for _, st, f1 in rows if st == style for v in f1.values() if v is not None]
        if vals:
            print(f"{style:15} mean F1 {statistics.mean(vals):.3f}  min F1 {min(vals):.3f}")
