"""Words the OCR repair changes on text layers that are NOT damaged: born-digital prints of the
golden programmes and of every blind programme (six print styles each). Every change counted
here is a false positive (a place name at a line start turned into a word, 'Vanda' -> 'Vända').

    .venv/bin/python -m bench.repair_clean_layers [-v]

The blind prints are the ones `python -m bench.blind_programs` typesets and caches under
bench/out/blind_programs (run it first); the golden scans are left out (no text layer). Unicode
normalisation and de-hyphenation are not repairs of damage and are not counted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NOT_DAMAGE = ("unicode", "dehyphenate")


def clean_prints() -> list[Path]:
    golden = [p for p in sorted((ROOT / "golden").glob("*/*.pdf")) if "scan" not in p.name]
    return golden + sorted((ROOT / "bench" / "out" / "blind_programs").glob("*.pdf"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", action="store_true", help="list every change")
    args = ap.parse_args(argv)
    from extractors import extract
    from normalizers.document import normalize

    files = clean_prints()
    if not any("blind_programs" in str(p) for p in files):
        print("no blind prints cached: run `python -m bench.blind_programs` first", file=sys.stderr)
        return 2
    changed_files = changes = 0
    for f in files:
        doc = normalize(extract(str(f), ocr="never"))
        reps = [r for r in doc.repairs if r.rule not in NOT_DAMAGE]
        changes += len(reps)
        changed_files += bool(reps)
        if reps and args.v:
            print(f"{f.relative_to(ROOT)}: {len(reps)}")
            for r in reps:
                print(f"    p{r.page_no}: {r.original} -> {r.repaired} ({r.rule})")
    print(f"clean prints: {len(files)}  words changed: {changes}  prints with a change: {changed_files}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
