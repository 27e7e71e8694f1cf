import subprocess
import sys
import textwrap

import duckdb
import pytest

from wh_helpers import build_extraction
from warehouse import (SCHEMA_VERSION, Warehouse, WarehouseError, WarehouseLocked, canonical_actor,
                       connect_readonly)


def _count(con, table, pid=None):
    sql = f"SELECT count(*) FROM {table}" + (" WHERE program_id = ?" if pid else "")
    return con.execute(sql, [pid] if pid else []).fetchone()[0]


def test_load_hand_built_program(tmp_path, extraction):
    db = tmp_path / "k.duckdb"
    with Warehouse(db) as wh:
        assert wh.load(extraction) == "loaded"
        con = wh.con
        assert _count(con, "programs") == 1
        assert _count(con, "goals") == 2
        assert _count(con, "measures") == 3
        assert _count(con, "indicators") == 2
        assert _count(con, "pages") == 2
        assert _count(con, "repairs") == 1
        # merged cell: m1 linked to g1 and g2, g1 first
        pid = extraction.program.sha256[:16]
        rows = con.execute("SELECT goal_id FROM measure_goals WHERE measure_id = ? ORDER BY ord",
                           [f"{pid}:m1"]).fetchall()
        assert rows == [(f"{pid}:g1",), (f"{pid}:g2",)]
        # "Kommunen " responsible and "kommunen" partner are one canonical actor
        assert con.execute("SELECT count(*) FROM actors").fetchone()[0] == 2
        assert con.execute(
            "SELECT count(DISTINCT actor_id) FROM measure_actors WHERE raw_name ILIKE 'kommunen%'"
        ).fetchone()[0] == 1
        assert con.execute("SELECT parent_goal_id FROM goals WHERE goal_id = ?",
                           [f"{pid}:g2"]).fetchone()[0] == f"{pid}:g1"
        assert wh.known_sha256() == {extraction.program.sha256}
    con = connect_readonly(db)
    ov = con.execute("SELECT municipality, period, theme, goal, measure, indicators, responsible "
                     "FROM measures_overview ORDER BY measure").fetchall()
    assert len(ov) == 3
    assert ov[0][0] == "Borga" and ov[0][1] == "2022–2024" and ov[0][2] == "Arbete"
    assert "Sysselsättningsgrad" in ov[0][5]
    assert "Arbets- och näringsbyrån" in ov[0][6]
    with pytest.raises(duckdb.Error):
        con.execute("INSERT INTO actors VALUES ('x', 'y')")


def test_every_column_has_a_comment(tmp_path):
    with Warehouse(tmp_path / "k.duckdb") as wh:
        missing = wh.con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() "
            "WHERE schema_name = 'main' AND comment IS NULL AND table_name IN "
            "(SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main')"
        ).fetchall()
    assert missing == []


def test_same_sha_skipped_and_force_replaces(tmp_path, extraction):
    with Warehouse(tmp_path / "k.duckdb") as wh:
        assert wh.load(extraction) == "loaded"
        assert wh.load(extraction) == "skipped"
        changed = build_extraction(n_measures=5)
        assert changed.program.sha256 == extraction.program.sha256
        assert wh.load(changed, force=True) == "replaced"
        assert _count(wh.con, "programs") == 1
        assert _count(wh.con, "measures") == 5
        assert _count(wh.con, "measure_goals") == 6
        assert _count(wh.con, "pages") == 2
        assert wh.con.execute(
            "SELECT count(*) FROM (SELECT measure_id FROM measures GROUP BY 1 HAVING count(*) > 1)"
        ).fetchone()[0] == 0


def test_failure_mid_load_leaves_nothing(tmp_path, extraction, monkeypatch):
    other = build_extraction("vasa")
    with Warehouse(tmp_path / "k.duckdb") as wh:
        wh.load(other)
        real = Warehouse._insert

        def boom(self, table, cols, rows):
            if table == "indicators":  # after programs, pages, goals, measures were written
                raise RuntimeError("disk on fire")
            return real(self, table, cols, rows)

        monkeypatch.setattr(Warehouse, "_insert", boom)
        with pytest.raises(RuntimeError):
            wh.load(extraction)
        pid = extraction.program.sha256[:16]
        for t in ("programs", "pages", "goals", "measures", "sections", "indicators"):
            assert _count(wh.con, t, pid) == 0, t
        assert _count(wh.con, "programs") == 1  # the other program untouched
        monkeypatch.setattr(Warehouse, "_insert", real)
        # a forced reload failing mid-way keeps the old version intact
        monkeypatch.setattr(Warehouse, "_insert", boom)
        with pytest.raises(RuntimeError):
            wh.load(build_extraction("vasa", n_measures=7), force=True)
        assert _count(wh.con, "measures", other.program.sha256[:16]) == 3


def test_failures_recorded(tmp_path):
    with Warehouse(tmp_path / "k.duckdb") as wh:
        run = wh.start_run("koto ingest x", 2, "test")
        wh.record_failure("bad.pdf", "not a PDF\n(second line)", sha256="ab", run_id=run)
        wh.finish_run(run, files_total=1, loaded=0, skipped=0, failed=1, pages=0, seconds=0.1)
        f = wh.failures(run)
        assert len(f) == 1 and f[0]["reason"] == "not a PDF (second line)"
        assert wh.con.execute("SELECT failed FROM ingest_runs").fetchone()[0] == 1


def test_second_writer_gets_pid(tmp_path):
    db = tmp_path / "k.duckdb"
    Warehouse(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            c = duckdb.connect({str(db)!r}); print('ready', flush=True); time.sleep(30)""")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(WarehouseLocked) as ei:
            Warehouse(db)
        msg = str(ei.value)
        assert str(holder.pid) in msg and "\n" not in msg
        with pytest.raises(WarehouseLocked):
            connect_readonly(db)
    finally:
        holder.kill()
        holder.wait()


def test_missing_db_readonly(tmp_path):
    with pytest.raises(WarehouseError, match="koto ingest"):
        connect_readonly(tmp_path / "nope.duckdb")


def test_canonical_actor_fallback_merges_case_and_space():
    assert canonical_actor("Svenska  skolan")[0] == canonical_actor("svenska skolan.")[0]
    assert canonical_actor("Skolan")[0] != canonical_actor("Kommunen")[0]


def test_runner_up_theme_code_is_loaded_and_in_the_overview(tmp_path, extraction):
    extraction.measures[0].theme_code_alt = "language_culture"
    extraction.goals[0].theme_code_alt = "education"
    with Warehouse(tmp_path / "k.duckdb") as wh:
        wh.load(extraction)
        pid = extraction.program.sha256[:16]
        assert wh.con.execute("SELECT theme_code_alt FROM goals WHERE goal_id = ?",
                              [f"{pid}:g1"]).fetchone()[0] == "education"
        rows = dict(wh.con.execute(
            "SELECT measure, theme_code_alt FROM measures_overview").fetchall())
    assert rows[extraction.measures[0].text] == "language_culture"
    assert rows[extraction.measures[1].text] is None


def test_a_schema_version_1_database_is_upgraded_in_place(tmp_path, extraction):
    # a database made before theme_code_alt existed: its goals and measures lack the column
    db = tmp_path / "old.duckdb"
    with Warehouse(db) as wh:
        wh.load(build_extraction("vasa"))
        wh.con.execute("DROP VIEW measures_overview")
        for table in ("goals", "measures"):
            wh.con.execute(f"ALTER TABLE {table} DROP COLUMN theme_code_alt")
        wh.con.execute("UPDATE koto_meta SET value = '1' WHERE key = 'schema_version'")
    with Warehouse(db) as wh:
        # reopening adds the column; what was loaded stays, a new program loads with it
        assert _count(wh.con, "programs") == 1
        extraction.measures[0].theme_code_alt = "housing"
        assert wh.load(extraction) == "loaded"
        assert _count(wh.con, "programs") == 2
        assert wh.con.execute("SELECT count(theme_code_alt) FROM measures").fetchone()[0] == 1
        assert wh.con.execute("SELECT value FROM koto_meta WHERE key = 'schema_version'"
                              ).fetchone()[0] == SCHEMA_VERSION


def test_a_measures_printed_form_is_loaded_as_printed_text(tmp_path, extraction):
    extraction.measures[0].text = "Språkcafé på biblioteket varannan vecka"
    extraction.measures[0].printed = "Språkcafé på biblioteket varannan vecka (biblioteket, från hösten 2025)"
    with Warehouse(tmp_path / "k.duckdb") as wh:
        wh.load(extraction)
        pid = extraction.program.sha256[:16]
        rows = dict(wh.con.execute("SELECT measure_id, printed_text FROM measures").fetchall())
    assert rows == {f"{pid}:m1": "Språkcafé på biblioteket varannan vecka (biblioteket, från hösten 2025)",
                    f"{pid}:m2": None, f"{pid}:m3": None}


def test_a_schema_version_2_database_gets_printed_text_in_place(tmp_path, extraction):
    # a database made before printed_text existed: reopening adds the column after the others
    db = tmp_path / "old.duckdb"
    with Warehouse(db) as wh:
        wh.load(build_extraction("vasa"))
        wh.con.execute("ALTER TABLE measures DROP COLUMN printed_text")
        wh.con.execute("UPDATE koto_meta SET value = '2' WHERE key = 'schema_version'")
    with Warehouse(db) as wh:
        extraction.measures[0].printed = "Åtgärd nummer 1 för borga (kommunen, 2024)"
        assert wh.load(extraction) == "loaded"
        assert _count(wh.con, "programs") == 2
        assert wh.con.execute("SELECT count(printed_text) FROM measures").fetchone()[0] == 1
        cols = [r[0] for r in wh.con.execute("DESCRIBE measures").fetchall()]
        assert cols[-1] == "printed_text"
        assert wh.con.execute("SELECT value FROM koto_meta WHERE key = 'schema_version'"
                              ).fetchone()[0] == SCHEMA_VERSION


def test_an_actor_spelled_out_from_a_legend_keeps_its_short_form_as_printed_name(tmp_path, extraction):
    m = extraction.measures[0]
    m.responsible, m.partners = ["arbetskraftsservicen"], ["Västnylands välfärdsområde", "föreningar"]
    m.printed_actors = {"arbetskraftsservicen": "AKS", "Västnylands välfärdsområde": "VNVO"}
    with Warehouse(tmp_path / "k.duckdb") as wh:
        wh.load(extraction)
        pid = extraction.program.sha256[:16]
        rows = sorted(wh.con.execute("SELECT role, raw_name, printed_name FROM measure_actors "
                                     "WHERE measure_id = ?", [f"{pid}:m1"]).fetchall())
        others = wh.con.execute("SELECT count(printed_name) FROM measure_actors WHERE measure_id <> ?",
                                [f"{pid}:m1"]).fetchone()[0]
    assert rows == [("partner", "Västnylands välfärdsområde", "VNVO"), ("partner", "föreningar", None),
                    ("responsible", "arbetskraftsservicen", "AKS")]
    assert others == 0


def test_a_schema_version_3_database_gets_printed_name_in_place(tmp_path, extraction):
    # a database made before printed_name existed: reopening adds the column after the others
    db = tmp_path / "old.duckdb"
    with Warehouse(db) as wh:
        wh.load(build_extraction("vasa"))
        wh.con.execute("ALTER TABLE measure_actors DROP COLUMN printed_name")
        wh.con.execute("UPDATE koto_meta SET value = '3' WHERE key = 'schema_version'")
    with Warehouse(db) as wh:
        extraction.measures[0].responsible = ["arbetskraftsservicen"]
        extraction.measures[0].printed_actors = {"arbetskraftsservicen": "AKS"}
        assert wh.load(extraction) == "loaded"
        assert _count(wh.con, "programs") == 2
        assert wh.con.execute("SELECT list(printed_name) FILTER (WHERE printed_name IS NOT NULL) "
                              "FROM measure_actors").fetchone()[0] == ["AKS"]
        cols = [r[0] for r in wh.con.execute("DESCRIBE measure_actors").fetchall()]
        assert cols == ["measure_id", "actor_id", "role", "raw_name", "program_id", "printed_name"]
        assert wh.con.execute("SELECT value FROM koto_meta WHERE key = 'schema_version'"
                              ).fetchone()[0] == SCHEMA_VERSION == "4"
