"""Goal and measure themes of the blind programmes, per set (bench.blind_programs prints the
goal-theme total only).

Goal themes: of the matched goals whose gold names a theme, how many carry it (the figure
bench.blind_programs prints last). Measure themes: the gold records no theme for a measure,
so a matched measure counts as right when its theme is the gold theme of its gold goal (the
section the measure is stated in names both, in these programmes). `-v` lists the misses,
most frequent first; `--json PATH` saves the figures per set and per print.

    python -m bench.blind_themes [--set NAME|all] [--programs SLUG,..] [--styles ..] [-v] [--json PATH]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys

from bench import blind_programs as B
from classifiers.scoring import normalize_for_match, score
from pipeline import golden
from pipeline.process import ProcessOptions, process_file, sha256_file


def _measure_themes(got, gold, pairs) -> tuple[int, int, list[str]]:
    """(right, total, misses) of the measure themes of the matched measures `pairs`."""
    goals = {g.id: g for g in gold.goals}
    gold_measures = {m.id: m for m in gold.measures}
    pred = {m.id: m for m in got.measures}
    right = total = 0
    misses: list[str] = []
    for pid, gid, _ in pairs:
        gm = gold_measures[gid]
        goal = gm.goal or (gm.goals[0] if gm.goals else None)
        want = goals[goal].theme if goal in goals else None
        if want is None:
            continue
        total += 1
        if normalize_for_match(pred[pid].theme or "") == normalize_for_match(want):
            right += 1
        else:
            misses.append(f"{pred[pid].theme!r} vs its goal's gold {want!r}")
    return right, total, misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind_themes")
    ap.add_argument("--set", choices=(*B.SETS, "all"), default="all")
    ap.add_argument("--programs", default="")
    ap.add_argument("--styles", default=",".join(B.STYLES))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", default="")
    a = ap.parse_args(argv)
    only = [p for p in a.programs.split(",") if p] or None
    goal_sets: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    measure_sets: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    per_print: dict[str, list[int]] = {}
    misses: collections.Counter = collections.Counter()
    B.OUT.mkdir(parents=True, exist_ok=True)
    for d in golden.programs(B.DATA, only):
        name = B.set_of(d.name)
        if a.set != "all" and name != a.set:
            continue
        source = json.loads((d / "source.json").read_text(encoding="utf-8"))
        gold = golden.load_gold(d)
        for style in [s for s in a.styles.split(",") if s]:
            pdf = B.cached_print(d, source, style)
            got = process_file(pdf, ProcessOptions(), sha256=sha256_file(pdf))
            s = score(got, gold)
            t = s.goal_theme
            mr, mt, mm = _measure_themes(got, gold, s.measures.pairs)
            goal_sets[name][0] += t.correct
            goal_sets[name][1] += t.total
            measure_sets[name][0] += mr
            measure_sets[name][1] += mt
            per_print[f"{d.name}.{style}"] = [t.correct, t.total, mr, mt]
            misses.update(f"{d.name:28} goal    {e.split(': ', 1)[1]}" for e in t.errors)
            misses.update(f"{d.name:28} measure {e}" for e in mm)
            print(f"{d.name:28} {style:11} goal themes {t.correct}/{t.total}  measure themes {mr}/{mt}", flush=True)
    print()
    for label, sets in (("goal themes", goal_sets), ("measure themes", measure_sets)):
        print(label)
        for name, (c, n) in sets.items():
            print(f"  {name + ' set':16} {c}/{n} = {c / n if n else 0:.3f}")
        c, n = sum(v[0] for v in sets.values()), sum(v[1] for v in sets.values())
        print(f"  {'all':16} {c}/{n} = {c / n if n else 0:.3f}")
    if a.verbose:
        print()
        for text, k in misses.most_common():
            print(f"{k:3}x {text}")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"goal_themes": goal_sets, "measure_themes": measure_sets, "per_print": per_print}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
