"""OCR throughput: koto's ocr_pages vs Tesseract alone on the same page images.

    .venv/bin/python -m bench.ocr_speed [--pdf a.pdf b.pdf] [--workers N] [--lang swe]

Baseline: the page images ocr_pages would read (same pixels, same resolution) written to
PNG first (not timed), then `tesseract IMG stdout -l LANG` over all of them with N
processes at once, one OpenMP thread each (all cores busy). koto: `ocr_pages` over the same
pages with N workers, timed end to end (opening the PDF, image extraction, deskew, rule
detection, Tesseract, cell assembly, building the Page models). Target: ratio <= 1.2.
On a shared machine wall time swings with other users' load, so the two are alternated
(--rounds) and CPU time (this process plus all its descendants) is reported too.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pymupdf
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.ocr import _cpu_count, _page_image, _tesseract_cmd, ocr_pages, plan_ocr  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdf", nargs="+", default=[
        "golden/vasa-2023-2026/scan.pdf", "golden/vasa-2023-2026/scan-eng.pdf"])
    ap.add_argument("--workers", type=int, default=_cpu_count())
    ap.add_argument("--lang", default="swe")
    ap.add_argument("--dpi", type=int, default=None)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()

    jobs: list[tuple[str, list[int]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        images: list[str] = []
        for pdf in a.pdf:
            doc = pymupdf.open(pdf)
            pages = sorted(plan_ocr(doc, "auto")) or list(range(len(doc)))
            jobs.append((pdf, pages))
            for i in pages:
                gray, dpi, *_ = _page_image(doc[i], a.dpi)
                p = os.path.join(tmp, f"{Path(pdf).stem}-{i}.png")
                Image.fromarray(gray).save(p, dpi=(dpi, dpi))
                images.append(p)
        n = len(images)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        cmd = _tesseract_cmd()

        def run(img: str) -> None:
            subprocess.run([cmd, img, "stdout", "-l", a.lang], env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def baseline() -> tuple[float, float]:
            c0, t0 = _cpu(), time.perf_counter()
            with ThreadPoolExecutor(max_workers=a.workers) as ex:
                list(ex.map(run, images))
            return time.perf_counter() - t0, _cpu() - c0

        def ours() -> tuple[float, float]:
            c0, t0 = _cpu(), time.perf_counter()
            for pdf, pages in jobs:
                ocr_pages(pdf, pages, lang=a.lang, dpi=a.dpi, workers=a.workers)
            return time.perf_counter() - t0, _cpu() - c0

        # alternate the two so that load from other users of the machine hits both alike
        runs = {"tesseract": [], "koto": []}
        for _ in range(a.rounds):
            runs["tesseract"].append(baseline())
            runs["koto"].append(ours())

    print(f"{n} pages, {a.workers} workers, lang {a.lang}, dpi {a.dpi or 'native'}, "
          f"{a.rounds} alternating round(s)")
    tot = {}
    for k, v in runs.items():
        wall = sum(x[0] for x in v)
        cpu = sum(x[1] for x in v)
        tot[k] = (wall, cpu)
        print(f"{k:10s} wall {wall:7.1f} s ({wall / n / a.rounds:.2f} s/page)   "
              f"cpu {cpu:7.1f} s ({cpu / n / a.rounds:.2f} s/page)")
    print(f"ratio wall {tot['koto'][0] / tot['tesseract'][0]:.2f}, "
          f"cpu {tot['koto'][1] / tot['tesseract'][1]:.2f} (target <= 1.2)")


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (Tesseract processes, pool
    workers and the Tesseract processes they ran): robust to other users' load, which
    stretches wall time."""
    s = resource.getrusage(resource.RUSAGE_SELF)
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


if __name__ == "__main__":
    main()
