"""kill -9 in the middle of a batch, run the same command again: every program exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "data" / "seeds"

COUNT_SQL = ("SELECT (SELECT count(*) FROM programs), (SELECT count(*) FROM goals), "
             "(SELECT count(*) FROM measures), (SELECT count(*) FROM indicators), "
             "(SELECT count(*) FROM pages), (SELECT count(DISTINCT sha256) FROM programs)")


def _corpus(d: Path, copies: int = 4) -> None:
    # small real programs (a few hundred lines each), so a batch takes seconds, not minutes
    d.mkdir()
    texts = {
        "helsingfors": "\n".join(
            (SEEDS / "helsingfors-2017-2021.txt").read_text(encoding="utf-8").splitlines()[:400]),
        "pargas": (SEEDS / "pargas-2022-2025.ocr.txt").read_text(encoding="utf-8"),
    }
    for name, text in texts.items():
        for i in range(copies):  # distinct bytes -> distinct sha256 -> distinct programs
            (d / f"{name}-{i}.txt").write_text(text + f"\n\n{i}\n", encoding="utf-8")


def _cmd(corpus, db):
    return [sys.executable, "-m", "pipeline.cli", "ingest", str(corpus), "--db", str(db),
            "--workers", "2"]


def _counts(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(COUNT_SQL).fetchone()
    finally:
        con.close()


def test_kill_9_then_rerun_equals_clean_run(tmp_path):
    corpus = tmp_path / "in"
    _corpus(corpus)
    env = {**os.environ, "KOTO_PREFECT": "0"}
    clean = tmp_path / "clean.duckdb"
    r = subprocess.run(_cmd(corpus, clean), cwd=ROOT, env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    expected = _counts(clean)
    assert expected[0] == len(list(corpus.iterdir()))

    db = tmp_path / "k.duckdb"
    for delay in (2.5, 4.0):  # kill twice, at different points of the batch
        p = subprocess.Popen(_cmd(corpus, db), cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay)
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
    partial = _counts(db)
    assert partial[0] <= expected[0] and partial[0] == partial[5]
    r = subprocess.run(_cmd(corpus, db), cwd=ROOT, env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert _counts(db) == expected
