"""Structure F1 when each goal is a row merged across the measure table, not a column.

Word processors' tables often carry the goal as a section row over its measures ('Synligt
kunnande' across all columns, then the measure rows under it) instead of a goal column. Each
golden program with a goal column is printed by Chromium (golden.render_html's CSS) with the
goal column taken out and every new goal put in a row of its own spanning the table (shaded,
bold), and scored against the unchanged hand gold. `html-ruled` has a full grid (the merged row
is known from its missing inner rules); `html-rules` has no grid at all.

    python -m bench.goal_rows [--styles html-ruled,html-rules] [--programs SLUG,..] [-v]

Needs `chromium`; the PDFs are cached in bench/out/goal_rows (delete them to print again).
"""

from __future__ import annotations

import argparse
import html
import sys
import time
from pathlib import Path

from bench import style_scores
from golden import render_html as H
from golden import render_more as M
from golden.render import load_source
from pipeline import golden

OUT = Path(__file__).resolve().parent / "out" / "goal_rows"


def _table(b: dict) -> str:
    """A measure table with its goal column as rows merged across the table."""
    cols = list(b["columns"])
    n = max([len(cols)] + [len(r) for r in b["rows"]])
    roles = M.column_roles(cols, n)
    if not ("goal" in roles and "measure" in roles):
        return H.table_html(b)
    g = roles.index("goal")
    keep = [i for i in range(n) if i != g]
    head = "".join(f"<th>{html.escape(cols[i] if i < len(cols) else '')}</th>" for i in keep)
    rows = ""
    for r in b["rows"]:
        r = list(r) + [""] * (n - len(r))
        if r[g].strip():
            text = "<br>".join(html.escape(x) for x in r[g].split("\n") if x.strip())
            rows += f"<tr class='goal'><td colspan='{len(keep)}'><b>{text}</b></td></tr>"
        rows += "<tr>" + "".join(f"<td>{H._cell(r[i])}</td>" for i in keep) + "</tr>"
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def to_html(source: dict, style: str) -> str:
    """golden.render_html.to_html with goal rows instead of a goal column."""
    return H.to_html(source, style, table=_table, extra_css=" tr.goal td { background: #e8e8e8; }")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.goal_rows")
    ap.add_argument("--styles", default="html-ruled,html-rules")
    ap.add_argument("--programs", default="")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses of each run")
    a = ap.parse_args(argv)
    styles = [s for s in a.styles.split(",") if s]
    only = [p for p in a.programs.split(",") if p] or None
    t0, c0 = time.perf_counter(), time.process_time()
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    print(style_scores.HEADER)
    for d in golden.programs(None, only):
        src = load_source(d.name)
        if not any(b.get("type") == "table" for b in src["blocks"]):
            continue
        gold = golden.load_gold(d)
        for style in styles:
            pdf = OUT / f"{d.name}.{style}.pdf"
            if not pdf.exists():
                H.print_pdf(to_html(src, style), pdf)
            rows.append(style_scores.score_row(pdf, gold, d.name, f"goalrow-{style}", a.verbose, 6))
    style_scores.print_summary(rows, [f"goalrow-{s}" for s in styles])
    print(f"wall {time.perf_counter() - t0:.1f} s, CPU {time.process_time() - c0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
