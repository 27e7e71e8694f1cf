"""koto CLI: exit codes, idempotency, read-only query, export (stages faked in-process)."""

import csv
import io
import json

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli import app, check_read_only

runner = CliRunner()


def _ingest(*args):
    return runner.invoke(app, ["ingest", *map(str, args), "--workers", "0"])


def _rows(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_ingest_batch_with_broken_pdf(tmp_path, batch, fake_stages_inline):
    db = tmp_path / "k.duckdb"
    r = _ingest(batch, "--db", db)
    assert r.exit_code == 1, r.output
    assert "failed: " in r.output and "broken.pdf: damaged PDF: cannot open" in r.output
    assert _rows(db, "SELECT municipality FROM programs ORDER BY 1") == [("Borga",), ("Vasa",)]
    assert _rows(db, "SELECT count(*) FROM measures") == [(5,)]
    assert _rows(db, "SELECT count(*) FROM ingest_failures WHERE source_file LIKE '%broken.pdf'") == [(1,)]
    # second run adds nothing; the broken file is named again
    r = _ingest(batch, "--db", db)
    assert r.exit_code == 1
    assert r.output.count("skipped") >= 2
    assert _rows(db, "SELECT count(*) FROM programs") == [(2,)]
    # only good files: exit 0, all skipped
    r = _ingest(batch / "vasa-2023.txt", batch / "sub", "--db", db)
    assert r.exit_code == 0, r.output
    # --force replaces, no duplicates
    r = _ingest(batch / "vasa-2023.txt", "--db", db, "--force")
    assert r.exit_code == 0 and "replaced" in r.output
    assert _rows(db, "SELECT count(*), count(DISTINCT sha256) FROM programs") == [(2, 2)]
    assert _rows(db, "SELECT count(*) FROM measures") == [(5,)]
    assert _rows(db, "SELECT count(*) FROM ingest_runs WHERE finished_at IS NOT NULL") == [(4,)]


def test_same_content_twice_in_one_batch(tmp_path, batch, fake_stages_inline):
    (batch / "copy.txt").write_bytes((batch / "vasa-2023.txt").read_bytes())
    db = tmp_path / "k.duckdb"
    r = _ingest(batch / "vasa-2023.txt", batch / "copy.txt", "--db", db)
    assert r.exit_code == 0 and "same content as" in r.output
    assert _rows(db, "SELECT count(*) FROM programs") == [(1,)]


def test_usage_errors_exit_2(tmp_path):
    r = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "k.duckdb")])
    assert r.exit_code == 2 and "no such file" in r.output
    r = runner.invoke(app, ["ingest", str(tmp_path), "--ocr", "sometimes"])
    assert r.exit_code == 2
    r = runner.invoke(app, ["ingest"])
    assert r.exit_code == 2


@pytest.fixture
def loaded_db(tmp_path, batch, fake_stages_inline):
    db = tmp_path / "k.duckdb"
    assert _ingest(batch / "vasa-2023.txt", batch / "sub", "--db", db).exit_code == 0
    return db


@pytest.mark.parametrize("sql, words", [
    ("INSERT INTO actors VALUES ('x', 'y')", "INSERT"),
    ("DELETE FROM programs", "DELETE"),
    ("DROP TABLE programs", "DROP"),
    ("ATTACH 'other.duckdb' AS o", "ATTACH"),
    ("COPY programs TO 'x.csv'", "COPY"),
    ("SELECT 1; COPY (SELECT 1) TO 'x.csv'", "COPY"),
    ("/* harmless */ cOpY programs TO 'x.csv'", "COPY"),
    ("INSTALL httpfs", "INSTALL/LOAD"),
    ("LOAD fts", "INSTALL/LOAD"),
    ("EXPORT DATABASE 'dump'", "EXPORT"),
    ("EXPLAIN ANALYZE DELETE FROM programs", "DELETE"),
    ("SET threads = 1", "SET"),
])
def test_query_refuses_writes(loaded_db, sql, words):
    r = runner.invoke(app, ["query", sql, "--db", str(loaded_db)])
    assert r.exit_code == 2, r.output
    assert words in r.output and "koto query" in r.output
    assert _rows(loaded_db, "SELECT count(*) FROM programs") == [(2,)]


def test_check_read_only_allows_reads():
    assert len(check_read_only("SELECT 1; DESCRIBE programs; SHOW TABLES; FROM measures")) == 4


def test_query_formats(loaded_db):
    sql = "SELECT municipality, measure FROM measures_overview ORDER BY measure"
    r = runner.invoke(app, ["query", sql, "--db", str(loaded_db), "--format", "csv"])
    assert r.exit_code == 0, r.output
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows[0] == ["municipality", "measure"] and len(rows) == 6
    r = runner.invoke(app, ["query", sql, "--db", str(loaded_db), "--format", "json"])
    assert json.loads(r.stdout)[0] == {"municipality": "Borga", "measure": "Borgå åtgärd 1"}
    r = runner.invoke(app, ["query", "SELECT count(*) AS n FROM goals", "--db", str(loaded_db)])
    assert r.exit_code == 0 and "5" in r.stdout
    r = runner.invoke(app, ["query", "SELECT * FROM no_such_table", "--db", str(loaded_db)])
    assert r.exit_code == 1 and "no_such_table" in r.output


def test_query_missing_db(tmp_path):
    r = runner.invoke(app, ["query", "SELECT 1", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 1 and "koto ingest" in r.output


def test_export(loaded_db, tmp_path):
    r = runner.invoke(app, ["export", str(tmp_path / "csv"), "--format", "csv", "--db", str(loaded_db)])
    assert r.exit_code == 0, r.output
    head = (tmp_path / "csv" / "measures.csv").read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("measure_id,program_id,goal_id")
    r = runner.invoke(app, ["export", str(tmp_path / "pq"), "--db", str(loaded_db)])
    assert r.exit_code == 0
    n = duckdb.connect().execute(f"SELECT count(*) FROM '{tmp_path}/pq/measures_overview.parquet'").fetchone()[0]
    assert n == 5


def test_koto_connect_is_read_only(loaded_db):
    import koto

    con = koto.connect(loaded_db)
    assert con.execute("SELECT count(*) FROM programs").fetchone()[0] == 2
    with pytest.raises(duckdb.Error):
        con.execute("DELETE FROM programs")



def test_report_and_search_commands(loaded_db, tmp_path):
    html_path = tmp_path / "r.html"
    r = runner.invoke(app, ["report", "--db", str(loaded_db), "--out", str(html_path)])
    assert r.exit_code == 0, r.output
    html = html_path.read_text(encoding="utf-8")
    assert "Vasa åtgärd 1" in html and "<script" not in html
    r = runner.invoke(app, ["search", "åtgärd", "--db", str(loaded_db), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[0] == "kind,municipality,page,score,text"
    assert "Vasa åtgärd 1" in r.stdout
