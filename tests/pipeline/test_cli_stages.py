"""koto extract, repair and demo with the real stages (no fakes)."""

import json
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def test_extract_prints_the_program_as_json():
    pdf = ROOT / "golden" / "pargas-2022-2025" / "ruled.pdf"
    r = runner.invoke(app, ["extract", str(pdf), "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["program"]["municipality"] == "Pargas"
    assert data["goals"] and all(g["page"] for g in data["goals"])


def test_extract_names_a_bad_file(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"<html>not a pdf</html>")
    r = runner.invoke(app, ["extract", str(bad)])
    assert r.exit_code == 1
    assert "broken.pdf" in r.output and len(r.output.strip().splitlines()) == 1


def test_repair_keeps_lines_and_explains_on_stderr(tmp_path):
    src = ROOT / "tests" / "data" / "dev_gold" / "in_002.txt"
    text = src.read_text(encoding="utf-8")
    r = runner.invoke(app, ["repair", str(src), "--explain"])
    assert r.exit_code == 0, r.output
    assert len(r.stdout.splitlines()) == len(text.splitlines())
    assert r.stdout != text  # the sample is damaged: something was repaired
    assert "→" in r.stderr and "→" not in r.stdout
    # stdin works the same, and correct text goes through unchanged
    r = runner.invoke(app, ["repair", "-"], input="Målet är att alla ska må bra.\n")
    assert r.exit_code == 0 and r.stdout == "Målet är att alla ska må bra.\n"


def test_demo_loads_the_golden_programs(tmp_path):
    db = tmp_path / "demo.duckdb"
    r = runner.invoke(app, ["demo", "--db", str(db), "--workers", "0"])
    assert r.exit_code == 0, r.output
    con = duckdb.connect(str(db), read_only=True)
    try:
        n_programs, n_goals = con.execute(
            "SELECT count(*), (SELECT count(*) FROM goals) FROM programs").fetchone()
    finally:
        con.close()
    assert n_programs == len(list((ROOT / "golden").glob("*/ruled.pdf")))
    assert n_goals > 50
    assert "cross-program" in r.output.lower()
