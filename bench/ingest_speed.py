"""Ingest speed: `koto ingest` vs a naive pdfplumber peer, on the same born-digital PDFs.

    python -m bench.ingest_speed [--pages 100,200,400] [--workers N] [--out bench/out]

For each size, a corpus of that many pages is built from golden/*/{ruled,borderless,
twocolumn}.pdf; each copy gets a unique trailing comment after %%EOF (readers ignore it) so
its sha256 differs and koto really processes it. Both sides run cold, as fresh processes:
- koto:  `koto ingest DIR --db <fresh>` (process pool, default workers = all cores)
- naive: one Python process, pdfplumber `extract_text()` + `extract_tables()` on every page
Peak memory is sampled (psutil, 100 ms) over the whole process tree: the sum of PSS (shared
pages split between the forked workers), the sum of RSS, and the largest single process.
Issue 5 asks: koto ≥ 3x the naive pages/s, peak RSS ≤ 400 MB, time linear in pages.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
VARIANTS = ("ruled.pdf", "borderless.pdf", "twocolumn.pdf")

NAIVE = r"""
import sys, pdfplumber
from pathlib import Path
pages = 0
for f in sorted(Path(sys.argv[1]).glob("*.pdf")):
    with pdfplumber.open(f) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            pages += 1
print(pages)
"""


def sources() -> list[tuple[Path, int]]:
    import pymupdf

    out = []
    for d in sorted((ROOT / "golden").iterdir()):
        for v in VARIANTS:
            p = d / v
            if p.exists():
                with pymupdf.open(p) as doc:
                    out.append((p, doc.page_count))
    if not out:
        sys.exit("bench: no golden/*/ruled.pdf found")
    return out


def build_corpus(target_pages: int, dest: Path) -> int:
    dest.mkdir(parents=True, exist_ok=True)
    pages, i = 0, 0
    srcs = sources()
    while pages < target_pages:
        src, n = srcs[i % len(srcs)]
        data = src.read_bytes() + f"\n% koto bench copy {i}\n".encode()
        (dest / f"{i:04d}-{src.parent.name}-{src.name}").write_bytes(data)
        pages += n
        i += 1
    return pages


def measure(cmd: list[str], env: dict | None = None) -> dict:
    """Wall time and peak RSS (tree sum and max single process) of a command."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    peak_sum = peak_one = peak_pss = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_sum, peak_one, peak_pss
        try:
            root = psutil.Process(proc.pid)
        except psutil.Error:
            return
        while not stop.is_set():
            try:
                procs = [root] + root.children(recursive=True)
                rss, pss = [], []
                for p in procs:
                    try:
                        # PSS splits pages shared copy-on-write between forked workers, so
                        # the sum over the tree is what the batch really occupies
                        mi = p.memory_full_info()
                        rss.append(mi.rss)
                        pss.append(getattr(mi, "pss", mi.rss))
                    except psutil.Error:
                        pass
                peak_sum = max(peak_sum, sum(rss))
                peak_pss = max(peak_pss, sum(pss))
                peak_one = max([peak_one] + rss)
            except psutil.Error:
                pass
            stop.wait(0.1)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err = proc.communicate()
    stop.set()
    th.join()
    return {"seconds": time.perf_counter() - t0, "rc": proc.returncode,
            "peak_rss_mb_tree": peak_sum / 2**20, "peak_pss_mb_tree": peak_pss / 2**20, "peak_rss_mb_max_process": peak_one / 2**20,
            "stdout_tail": out[-400:], "stderr_tail": err[-400:]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", default="100,200,400")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--out", default=str(ROOT / "bench" / "out"))
    ap.add_argument("--skip-naive", action="store_true")
    args = ap.parse_args()
    koto = shutil.which("koto", path=str(Path(sys.executable).parent)) or "koto"
    env = {**os.environ, "KOTO_PREFECT": "0"}
    results = []
    with tempfile.TemporaryDirectory(prefix="koto-bench-") as tmp:
        for target in [int(x) for x in args.pages.split(",")]:
            corpus = Path(tmp) / f"corpus{target}"
            pages = build_corpus(target, corpus)
            db = Path(tmp) / f"bench{target}.duckdb"
            cmd = [koto, "ingest", str(corpus), "--db", str(db)]
            if args.workers is not None:
                cmd += ["--workers", str(args.workers)]
            k = measure(cmd, env)
            row = {"pages": pages, "files": len(list(corpus.glob("*.pdf"))), "koto": k}
            if not args.skip_naive:
                n = measure([sys.executable, "-c", NAIVE, str(corpus)])
                row["naive"] = n
                row["speedup"] = n["seconds"] / k["seconds"] if k["seconds"] else None
            results.append(row)
            line = (f"{pages:5d} pages  koto {k['seconds']:7.1f} s = {pages / k['seconds']:6.1f} p/s "
                    f"(rc {k['rc']}, peak PSS tree {k['peak_pss_mb_tree']:.0f} MB, "
                    f"RSS tree {k['peak_rss_mb_tree']:.0f} MB, "
                    f"largest process {k['peak_rss_mb_max_process']:.0f} MB)")
            if "naive" in row:
                n = row["naive"]
                line += (f"  naive {n['seconds']:7.1f} s = {pages / n['seconds']:6.1f} p/s "
                         f"(peak {n['peak_rss_mb_tree']:.0f} MB)  speedup {row['speedup']:.2f}x")
            print(line, flush=True)
            if k["rc"] not in (0,):
                print("  koto stderr: " + k["stderr_tail"].replace("\n", " | "), flush=True)
    if len(results) > 1:
        base = results[0]
        for r in results[1:]:
            ratio_p = r["pages"] / base["pages"]
            ratio_t = r["koto"]["seconds"] / base["koto"]["seconds"]
            print(f"linearity: {ratio_p:.1f}x pages -> {ratio_t:.2f}x time")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "ingest_speed.json").write_text(json.dumps({"cores": os.cpu_count(), "results": results},
                                                      indent=1))
    print(f"written {out / 'ingest_speed.json'}")


if __name__ == "__main__":
    main()
