"""Word accuracy of `normalizers.repair_text` on hand-corrected OCR (tests/data/dev_gold).

    .venv/bin/python -m bench.repair_accuracy [--errors]

For each in_X.txt / out_X.txt pair (line for line), the repaired text and the gold are split
into whitespace tokens line by line; accuracy = tokens equal to gold / gold tokens. Also prints
the as-is score and the share of correct-text words changed (Helsingfors seed, golden sources).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEV = ROOT / "tests" / "data" / "dev_gold"


def word_accuracy(pred: str, gold: str) -> tuple[int, int, list[tuple[str, str]]]:
    right = total = 0
    errs = []
    for p, g in zip(pred.split("\n"), gold.split("\n")):
        pt, gt = p.split(), g.split()
        total += len(gt)
        if len(pt) != len(gt):
            errs.append((p, g))
            continue
        for a, b in zip(pt, gt):
            if a == b:
                right += 1
            else:
                errs.append((a, b))
    return right, total, errs


def dev_gold(show: bool = False) -> dict:
    from normalizers import repair_text

    res = {}
    R = T = R0 = 0
    for inp in sorted(DEV.glob("in_*.txt")):
        gold = (DEV / inp.name.replace("in_", "out_")).read_text()
        text = inp.read_text()
        out, reps = repair_text(text)
        r, t, errs = word_accuracy(out, gold)
        r0, _, _ = word_accuracy(text, gold)
        R, T, R0 = R + r, T + t, R0 + r0
        res[inp.name] = {"accuracy": round(r / t, 4), "as_is": round(r0 / t, 4), "words": t, "repairs": len(reps)}
        if show:
            for a, b in errs:
                print(f"  {inp.name}: got {a!r} want {b!r}")
    res["all"] = {"accuracy": round(R / T, 4), "as_is": round(R0 / T, 4), "words": T}
    return res


def correct_texts() -> dict[str, str]:
    from normalizers.ocrsim import paragraphs_from_source

    out = {"helsingfors-seed": (ROOT / "tests/data/seeds/helsingfors-2017-2021.txt").read_text()}
    for src in sorted((ROOT / "golden").glob("*/source.json")):
        out[src.parent.name] = "\n".join(paragraphs_from_source(json.loads(src.read_text())))
    return out


def changed_share(text: str) -> tuple[int, int, list]:
    from normalizers import repair_text

    out, reps = repair_text(text)
    n = sum(len(l.split()) for l in text.split("\n"))
    return len(reps), n, reps


def main() -> None:
    show = "--errors" in sys.argv
    t = time.time()
    print(json.dumps(dev_gold(show), indent=1))
    from normalizers.repair import assess, repair_lines

    for name, text in correct_texts().items():
        c, n, reps = changed_share(text)
        lines = text.split("\n")
        _, forced, _, _ = repair_lines(lines, force=True)
        print(f"correct {name}: {c}/{n} words changed = {c / n:.4%} (damage score {assess(lines):.4f}; "
              f"with detection bypassed: {len(forced)} = {len(forced) / n:.4%})")
        if show:
            for r in reps[:20]:
                print("   ", r.original, "->", r.repaired, r.rule, r.confidence)
    print(f"{time.time() - t:.1f}s")


if __name__ == "__main__":
    main()
