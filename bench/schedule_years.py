"""Start and end years of schedules against labels written blind: how often
`classifiers.schedule.parse_schedule` gives the years a reader gives.

Two label files, each by a labeller who never saw the parser, from one written convention (the
top of `tests/classifiers/schedule_labels.md`): `schedule_labels.jsonl` (every schedule string
of the golden and blind programmes' gold, time phrases of real programmes and plans, strings in
their styles; read while the parser was written: development) and `schedule_labels2.jsonl` (a
second labeller, other sources; committed before it was scored: blind). A string is right when
both years match (null included); start and end are also scored alone.

    python -m bench.schedule_years [-v] [--file schedule_labels.jsonl|schedule_labels2.jsonl]
                                   [--origin test-programmes|real|written]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LABELS = ROOT / "tests" / "classifiers"
FILES = ("schedule_labels.jsonl", "schedule_labels2.jsonl")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def origin_kind(row: dict) -> str:
    """'real: <url>' counts as 'real'."""
    return row["origin"].split(":", 1)[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", action="store_true", help="list every miss")
    ap.add_argument("--origin", choices=("test-programmes", "real", "written"))
    ap.add_argument("--file", choices=FILES, help="one label file (default: each in turn)")
    args = ap.parse_args(argv)
    for name in (args.file,) if args.file else FILES:
        print(f"\n{name}")
        score_file(LABELS / name, args.origin, args.v)
    return 0


def score_file(path: Path, origin: str | None, verbose: bool) -> None:
    from classifiers.schedule import parse_schedule

    rows = [r for r in load(path) if not origin or origin_kind(r) == origin]
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
    if verbose:
        for text, gold, got in misses:
            print(f"  {text!r}: label {gold}, parsed {got}")


if __name__ == "__main__":
    sys.exit(main())
