"""`make bench`: every benchmark, one after another, each in a fresh process.

    python -m bench.run_all [--quick]

Speed and memory are measured here, never in the test suite. Each benchmark prints its own
figures and the data it used; this runner only sequences them and reports which failed to run.
`--quick` runs the ingest benchmark at 100 pages only and leaves out the OCR ones (minutes).
Structure on other layouts (`layout_styles`) and on scan-like copies (`scan_layouts`) is scored
here too, since those figures come from whole-pipeline runs of minutes, not unit tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BENCHES: list[tuple[str, list[str], bool]] = [
    # (module, args, part of --quick)
    ("bench.repair_speed", [], True),
    ("bench.repair_accuracy", [], True),
    ("bench.repair_fresh", [], False),
    ("bench.ingest_speed", [], True),
    ("bench.ocr_accuracy", ["--layer"], False),
    ("bench.ocr_speed", [], False),
    ("bench.layout_styles", [], True),
    ("bench.scan_layouts", [], False),
    ("bench.producers", [], False),
    ("bench.distractors", [], True),  # docx-grid left out without soffice
    ("bench.rotated_pages", [], False),  # OCRs four turned copies of the Vasa scan
    ("bench.goal_rows", [], False),  # prints with chromium
    ("bench.header_words", ["--styles", "ruled,borderless,twocolumn,cards,keyvalue,numbered"], True),
    ("bench.spread_pages", [], True),
    ("bench.headerless_tables", [], True),
    ("bench.broken_encoding", [], False),  # OCRs every page of the broken copies
    ("bench.dark_headers", ["--scan"], False),  # born-digital and scan-like prints, 4 programs
    ("bench.text_dumps", [], False),  # OCRs the golden PDFs once (cached in bench/out/text_dumps)
    ("bench.theme_scores", [], True),
    ("bench.schedule_years", [], True),
    ("bench.blind_programs", [], False),  # typesets 54 programmes in six styles (cached)
    ("bench.repair_clean_layers", [], False),  # reads the blind prints blind_programs cached
]


def main() -> int:
    quick = "--quick" in sys.argv
    failed = []
    for module, args, in_quick in BENCHES:
        if quick and not in_quick:
            continue
        if quick and module == "bench.ingest_speed":
            args = ["--pages", "100"]
        print(f"\n=== {module} {' '.join(args)}", flush=True)
        rc = subprocess.call([sys.executable, "-m", module, *args], cwd=ROOT)
        if rc != 0:
            failed.append(f"{module} (exit {rc})")
    if failed:
        print("\nbenchmarks that failed to run: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
