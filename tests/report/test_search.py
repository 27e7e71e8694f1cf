"""Offline full-text search with Swedish stemming (warehouse.search)."""

from pathlib import Path

import duckdb
import pytest

from report_fixtures import all_programs, borga_2022, build_db, vasa_2023
from warehouse import Warehouse
from warehouse.search import build_index, index_is_current, search, stem_words

PAIRS = [tuple(line.split()) for line in
         (Path(__file__).parent / "snowball_sv.txt").read_text(encoding="utf-8").splitlines()
         if line and not line.startswith("#")]


def test_sql_stemmer_is_snowball_swedish():
    con = duckdb.connect()
    got = stem_words(con, [w for w, _ in PAIRS])
    wrong = [(w, s, got[w]) for w, s in PAIRS if got[w] != s]
    assert len(PAIRS) > 150 and wrong == []


def test_bostad_finds_its_inflected_forms_in_measures(report_db):
    con = duckdb.connect(str(report_db), read_only=True)
    hits = search(con, "bostad", limit=50)
    measures = {h["text"] for h in hits if h["kind"] == "measure"}
    assert {"Utöka utbudet av bostäder för familjer",                # bostäder
            "Stöd i bostaden för nyanlända <familjer> & unga",       # bostaden
            "Information om bostadens skötsel på flera språk",       # bostadens
            "Kartlägga bostadsbehovet"} <= measures                  # compound
    goal = [h for h in hits if h["text"] == "Alla ska ha en trygg bostad"]
    assert goal and goal[0]["kind"] == "goal" and goal[0]["municipality"] == "Borgå"
    assert goal[0]["page"] == 3
    assert hits[0] is goal[0]  # the exact form scores highest
    assert all(set(h) >= {"kind", "text", "municipality", "page", "score"} for h in hits)
    assert not any("Läxhjälp" in h["text"] for h in hits)


@pytest.mark.parametrize("q", ["bostäder", "bostaden", "bostadens", "BOSTAD"])
def test_every_form_finds_every_other(report_db, q):
    con = duckdb.connect(str(report_db), read_only=True)
    texts = {h["text"] for h in search(con, q, limit=50)}
    assert {"Alla ska ha en trygg bostad", "Antal nya bostäder",
            "Stöd i bostaden för nyanlända <familjer> & unga",
            "Rådgivning om bostadens hyresavtal"} <= texts


def test_several_words_rank_items_matching_all_first(report_db):
    con = duckdb.connect(str(report_db), read_only=True)
    hits = search(con, "arbete språk")
    assert hits[0]["text"] == "Språkkurser på arbetsplatsen" and hits[0]["matched"] == 2
    assert all(h["matched"] == 1 for h in hits[1:])
    assert search(con, "och att i") == []  # stop words only
    assert search(con, "") == []
    assert len(search(con, "bostad", limit=2)) == 2


def test_macro_works_in_a_read_only_connection(report_db):
    # what `koto query "SELECT * FROM koto_search('hälsa')"` does
    con = duckdb.connect(str(report_db), read_only=True)
    assert index_is_current(con)
    rows = con.execute("SELECT kind, text FROM koto_search('hälsa') ORDER BY kind, text").fetchall()
    assert rows == [("goal", "God hälsa för alla"),
                    ("indicator", "Andel som gått på hälsokontroll"),
                    ("measure", "Hälsokontroll för nyanlända")]


def test_unindexed_read_only_database_is_searched_through_temp_objects(tmp_path):
    db = build_db(tmp_path / "k.duckdb", [borga_2022()])
    before = db.read_bytes()
    con = duckdb.connect(str(db), read_only=True)
    assert not index_is_current(con)
    assert [h["text"] for h in search(con, "läxhjälp")] == []
    assert "Antal nya bostäder" in {h["text"] for h in search(con, "bostäder")}
    con.close()
    assert db.read_bytes() == before


def test_stale_index_is_rebuilt(tmp_path):
    db = build_db(tmp_path / "k.duckdb", [borga_2022()])
    with Warehouse(db) as wh:
        n = build_index(wh.con)
        assert n > 0 and index_is_current(wh.con)
        assert wh.load(vasa_2023()) == "loaded"
        assert not index_is_current(wh.con)
        assert [h["text"] for h in search(wh.con, "läxhjälpen")] == [
            "Antal elever i läxhjälpen", "Läxhjälp på biblioteket"]
        assert index_is_current(wh.con)  # search() rebuilt the stored index
        assert wh.con.execute("SELECT count(DISTINCT program_id) FROM search_terms").fetchone()[0] == 2


def test_build_index_inside_the_callers_transaction(tmp_path):
    db = build_db(tmp_path / "k.duckdb", [vasa_2023()])
    con = duckdb.connect(str(db))
    con.execute("BEGIN TRANSACTION")
    build_index(con, own_transaction=False)
    con.execute("ROLLBACK")  # the caller decides: nothing of the index remains
    assert not index_is_current(con)
    build_index(con)
    con.close()
    con = duckdb.connect(str(db), read_only=True)
    assert index_is_current(con)
    assert con.execute("SELECT text FROM koto_search('biblioteket')").fetchall() == [
        ("Läxhjälp på biblioteket",)]


def test_koto_query_can_call_the_macro(report_db):
    from typer.testing import CliRunner

    from pipeline.cli import app

    r = CliRunner().invoke(app, ["query", "SELECT kind, municipality, page, text FROM "
                                 "koto_search('bostadens') WHERE kind = 'indicator'",
                                 "--db", str(report_db), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == ["kind,municipality,page,text",
                                     "indicator,Borgå,3,Antal nya bostäder"]
