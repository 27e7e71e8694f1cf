"""Start and end years of schedules against labels written blind: how often
`classifiers.schedule.parse_schedule` gives the years a reader gives.

The labels (`tests/classifiers/schedule_labels.jsonl`) were written by a labeller who never saw
the parser, from a written convention (`tests/classifiers/schedule_labels.md`): every schedule
string of the golden and blind programmes' gold, schedule cells and time phrases of real
programmes and action plans, and strings in their styles. A string is right when both years
match (null included); start and end are also scored alone.

    python -m bench.schedule_years [-v] [--origin test-programmes|real|written]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LABELS = ROOT / "tests" / "classifiers" / "schedule_labels.jsonl"


def load(path: Path = LABELS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def origin_kind(row: dict) -> str:
    """'real: <url>' counts as 'real'."""
    return row["origin"].split(":", 1)[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", action="store_true", help="list every miss")
    ap.add_argument("--origin", choices=("test-programmes", "real", "written"))
    args = ap.parse_args(argv)
    from classifiers.schedule import parse_schedule

    rows = [r for r in load() if not args.origin or origin_kind(r) == args.origin]
    by_origin: Counter[str] = Counter()
    right_by_origin: Counter[str] = Counter()
    start_right = end_right = 0
    misses = []
    for row in rows:
        _, start, end = parse_schedule(row["text"])
        kind = origin_kind(row)
        by_origin[kind] += 1
        start_right += start == row["start_year"]
        end_right += end == row["end_year"]
        if (start, end) == (row["start_year"], row["end_year"]):
            right_by_origin[kind] += 1
        else:
            misses.append((row["text"], (row["start_year"], row["end_year"]), (start, end)))
    n = len(rows)
    print(f"{'origin':<16} {'strings':>7} {'both years right':>17}")
    for kind in sorted(by_origin):
        print(f"{kind:<16} {by_origin[kind]:>7} {right_by_origin[kind]:>8} = "
              f"{right_by_origin[kind] / by_origin[kind]:.3f}")
    total = sum(right_by_origin.values())
    print(f"{'all':<16} {n:>7} {total:>8} = {total / n:.3f}   start {start_right / n:.3f}   "
          f"end {end_right / n:.3f}")
    if args.v:
        for text, gold, got in misses:
            print(f"  {text!r}: label {gold}, parsed {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
