"""Goals, measures and indicators from scan-like copies of the golden layouts.

    .venv/bin/python -m bench.scan_layouts [--only SLUG ...] [--layouts borderless twocolumn]
        [--dpi 200] [--out DIR]

Each golden program's typeset PDFs (`golden/<slug>/<layout>.pdf`) are made scan-like with
`bench.ocr_scanify` (rendered to an image, rotated, blurred, speckled, JPEG), run through the
whole pipeline (OCR, normalizers, classifiers) and scored against the hand gold, as
`koto golden check` scores the born-digital PDFs. Prints one line per file with the F1 of
goals, measures and indicators and the link and actor accuracies, and the wall and CPU time
(OCR dominates: about 3-10 s of Tesseract per page).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.ocr_scanify import scanify
from classifiers.scoring import score
from pipeline.golden import load_gold
from pipeline.process import ProcessOptions, process_file

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", help="golden slugs (default: all)")
    ap.add_argument("--layouts", nargs="*", default=["borderless", "twocolumn"])
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--out", help="keep the scan-like PDFs here (default: a temporary folder)")
    a = ap.parse_args()
    slugs = a.only or sorted(p.name for p in GOLDEN.iterdir() if (p / "source.json").exists())
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(a.out or tmp)
        out.mkdir(parents=True, exist_ok=True)
        for slug in slugs:
            gold = load_gold(GOLDEN / slug)
            for layout in a.layouts:
                src = GOLDEN / slug / f"{layout}.pdf"
                if not src.exists():
                    continue
                dst = out / f"{slug}-{layout}.pdf"
                scanify(str(src), str(dst), dpi=a.dpi)
                w0, c0 = time.perf_counter(), time.process_time()
                ex = process_file(dst, ProcessOptions(), sha256="0" * 64)
                s = score(ex, gold)
                figures = " ".join(f"{k}={v:.3f}" for k, v in s.summary().items())
                print(f"{slug} {layout}: {figures}  wall {time.perf_counter() - w0:.0f} s "
                      f"cpu(main process) {time.process_time() - c0:.0f} s", flush=True)


if __name__ == "__main__":
    main()
