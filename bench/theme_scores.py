"""How well theme_code agrees with the labellers, next to how well two labellers agree with each other.

    python -m bench.theme_scores

For every label file in tests/classifiers/ it prints theme_code's accuracy (strict; on the
items the labeller did not mark ambiguous; lenient, where the labeller's second label also
counts, for the files that have one; and first-or-alt, where theme_code's runner-up domain
(theme_code_alt) also counts). Then, on the 1,141 items that a second labeller labelled
blind (theme_labels_second_opinion.jsonl: heldout, heldout3, 40 tuning rows;
theme_labels_second_opinion2.jsonl: heldout7, heldout8; theme_labels_second_opinion3.jsonl:
heldout11-14), the agreement of the two labellers (share of equal labels and Cohen's kappa) and of
theme_code with each of them: the human figure is the ceiling a classifier can be held to under
the convention (docs/themes.md). The labellers are helper agents that worked only from the written
convention and the items (docs/themes.md, 'Who labelled'), not human researchers.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

from classifiers.themes import theme_code, theme_codes

LABELS = Path(__file__).resolve().parents[1] / "tests" / "classifiers"
FILES = ("theme_labels.jsonl", "theme_labels_heldout.jsonl", "theme_labels_heldout2.jsonl",
         "theme_labels_heldout3.jsonl", "theme_labels_heldout4.jsonl", "theme_labels_heldout5.jsonl",
         "theme_labels_heldout6.jsonl", "theme_labels_heldout7.jsonl",
         "theme_labels_heldout8.jsonl", "theme_labels_heldout9.jsonl",
         "theme_labels_heldout10.jsonl", "theme_labels_heldout11.jsonl",
         "theme_labels_heldout12.jsonl", "theme_labels_heldout13.jsonl",
         "theme_labels_heldout14.jsonl", "theme_labels_heldout15.jsonl",
         "theme_labels_heldout16.jsonl", "theme_labels_heldout17.jsonl",
         "theme_labels_heldout18.jsonl", "theme_labels_heldout19.jsonl",
         "theme_labels_heldout20.jsonl")
# blind second labellings: of heldout, heldout3 and 40 tuning rows; of heldout7 and heldout8; of
# heldout11-14
SECOND = ("theme_labels_second_opinion.jsonl", "theme_labels_second_opinion2.jsonl",
          "theme_labels_second_opinion3.jsonl")


def rows(name: str) -> list[dict]:
    return [json.loads(x) for x in (LABELS / name).read_text().splitlines() if x.strip()]


def predict(r: dict) -> str:
    return theme_code(r["text"], r.get("goal_text") or "", r.get("theme") or "")


def share(pairs: list[tuple[str, str]]) -> float:
    return sum(a == b for a, b in pairs) / len(pairs)


def kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa: agreement beyond what the two label distributions give by chance."""
    n = len(pairs)
    ca = collections.Counter(a for a, _ in pairs)
    cb = collections.Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return (share(pairs) - pe) / (1 - pe)


def fraction(hits: int, n: int) -> str:
    return f"{hits}/{n} = {hits / n:.3f}" if n else "-"


def accuracy_table() -> None:
    print(f"{'file':30} {'all':>17} {'measures':>17} {'clear items':>17} {'lenient':>17} {'first-or-alt':>17}")
    for name in FILES:
        rs = rows(name)
        got = [predict(r) for r in rs]
        hit = [g == r["label"] for g, r in zip(got, rs)]
        meas = [h for h, r in zip(hit, rs) if r.get("kind", "measure") == "measure"]
        marked = any("ambiguous" in r for r in rs)
        clear = [h for h, r in zip(hit, rs) if not r.get("ambiguous")] if marked else []
        lenient = sum(g in (r["label"], r.get("alt_label")) for g, r in zip(got, rs)) if marked else None
        either = sum(r["label"] in theme_codes(r["text"], r.get("goal_text") or "", r.get("theme") or "")
                     for r in rs)
        print(f"{name[:-6]:30} {fraction(sum(hit), len(hit)):>17} {fraction(sum(meas), len(meas)):>17} "
              f"{fraction(sum(clear), len(clear)):>17} "
              f"{fraction(lenient, len(rs)) if lenient is not None else '-':>17} {fraction(either, len(rs)):>17}")


def agreement_table() -> None:
    first = {(name, r["program"], r["measure_id"]): r for name in FILES for r in rows(name)}
    second = [s for name in SECOND for s in rows(name)]
    print(f"\n{'items (second labeller)':30} {'n':>4} {'labeller-labeller':>20} {'theme_code-1st':>20} {'theme_code-2nd':>20}")
    groups = [(name, [s for s in second if s["file"] == name]) for name in FILES] + [("all", second)]
    for name, ss in groups:
        if not ss:
            continue
        firsts = [first[(s["file"], s["program"], s["measure_id"])] for s in ss]
        got = [predict(r) for r in firsts]
        pp = [(r["label"], s["label"]) for r, s in zip(firsts, ss)]
        c1 = [(g, r["label"]) for g, r in zip(got, firsts)]
        c2 = [(g, s["label"]) for g, s in zip(got, ss)]
        cell = lambda p: f"{share(p):.3f} (k {kappa(p):.2f})"  # noqa: E731
        print(f"{name.removesuffix('.jsonl'):30} {len(ss):>4} {cell(pp):>20} {cell(c1):>20} {cell(c2):>20}")


def main() -> None:
    accuracy_table()
    agreement_table()


if __name__ == "__main__":
    main()
