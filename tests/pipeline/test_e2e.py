"""End to end through the REAL stages and the real process pool, via the koto command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from hostile import make_hostile

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "data" / "seeds"


def koto(*args, timeout=600):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "KOTO_PREFECT": "0"})


def rows(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def txt_batch(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for name in ("helsingfors-2017-2021.txt", "vasa-2023-2026.ocr.txt"):
        shutil.copy(SEEDS / name, d / name)
    (d / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog\n")  # cut short
    return d


def test_txt_batch_with_broken_pdf(tmp_path, txt_batch):
    db = tmp_path / "k.duckdb"
    r = koto("ingest", txt_batch, "--db", db, "--workers", "2")
    assert r.returncode == 1, r.stdout + r.stderr
    failed = [line for line in r.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 1 and "broken.pdf" in failed[0], r.stderr
    assert rows(db, "SELECT count(*) FROM programs") == [(2,)]
    assert rows(db, "SELECT count(*) FROM pages WHERE source = 'text-file'")[0][0] >= 2
    assert rows(db, "SELECT count(*) FROM ingest_failures") == [(1,)]
    # idempotent: nothing added the second time; --force replaces without duplicates
    before = rows(db, "SELECT count(*) FROM measures")[0][0]
    r = koto("ingest", txt_batch, "--db", db)
    assert r.returncode == 1 and "loaded 0, skipped 2, failed 1" in r.stdout
    r = koto("ingest", txt_batch / "helsingfors-2017-2021.txt", "--db", db, "--force")
    assert r.returncode == 0, r.stderr
    assert rows(db, "SELECT count(*) FROM programs") == [(2,)]
    assert rows(db, "SELECT count(*) FROM measures")[0][0] == before
    r = koto("query", "SELECT count(*) AS n FROM measures_overview", "--db", db, "--format", "csv")
    assert r.returncode == 0 and r.stdout.splitlines()[0] == "n"


def test_hostile_inputs(tmp_path):
    d = tmp_path / "hostile"
    files = make_hostile(d)
    shutil.copy(SEEDS / "pargas-2022-2025.ocr.txt", d / "pargas.txt")
    db = tmp_path / "k.duckdb"
    t0 = time.monotonic()
    r = koto("ingest", d, "--db", db, "--workers", "2", "--timeout", "90", "--mem-limit", "1024")
    assert time.monotonic() - t0 < 400
    assert r.returncode == 1, r.stdout + r.stderr
    failed = {Path(line.split(": ", 2)[1]).name: line.split(": ", 2)[2]
              for line in r.stderr.splitlines() if line.startswith("failed: ")}
    loaded = {Path(p).name for (p,) in rows(db, "SELECT source_file FROM programs")}
    assert "pargas.txt" in loaded
    for name in files:  # every bad file is either handled (loaded) or named with a reason
        assert name in failed or name in loaded, (name, r.stderr)
    for name in ("zero.pdf", "random.pdf", "page.pdf", "archive.pdf", "truncated.pdf"):
        assert name in failed, name
    for reason in failed.values():
        assert reason.strip() and "Traceback" not in reason
    n = rows(db, "SELECT count(*) FROM programs")[0][0]
    r = koto("ingest", d, "--db", db, "--workers", "2", "--timeout", "90")
    assert rows(db, "SELECT count(*) FROM programs")[0][0] == n
