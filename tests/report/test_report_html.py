"""The HTML report: content, escaping, self-containment, and what headless Chromium renders."""

import re
import struct
from html.parser import HTMLParser

import pytest

from report_fixtures import all_programs, build_db, program_id
from warehouse import Warehouse, WarehouseError
from warehouse.report import SECTION_IDS, write_report
from warehouse.report_browser import INSTALL_HINT, ChromiumMissing, find_chromium, render, screenshot


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.tags, self.stack, self.text = set(), [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        self.tags.append((tag, a))

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    return p


@pytest.fixture(scope="module")
def report(report_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("html") / "report.html"
    write_report(report_db, out)
    return out


def test_report_has_every_section_and_program(report):
    html = report.read_text(encoding="utf-8")
    p = _parse(html)
    for sid in SECTION_IDS:
        assert sid in p.ids, sid
    for ex in all_programs():
        assert f"program-{program_id(ex)}" in p.ids
    assert "empty" not in p.ids
    text = "".join(p.text)
    # goals -> measures -> indicators with actors and page numbers
    assert "Alla ska ha en trygg bostad" in text
    assert "Utöka utbudet av bostäder för familjer" in text
    assert "Antal nya bostäder" in text
    assert "Responsible: Arbets- och näringsbyrån, Medborgarinstitutet" in text
    assert "Partners: Församlingen, Röda korset" in text
    assert "No responsible actor" in text  # Borgå m4, Vasa m1
    assert "p. 5" in text
    # charts are inline SVG: heatmap, actors, indicators, repairs
    svg_ids = {a.get("id") for t, a in p.tags if t == "svg"}
    assert svg_ids == {"theme-heatmap", "actors-chart", "indicators-chart", "repairs-chart"}
    # the heatmap cell for Borgå 2022–2024 × housing says 2 measures
    assert "Borgå 2022–2024 · Housing: 2 measure(s), 1 goal(s)" in text
    # OCR/repair summary: rule names are columns, counts per program
    assert re.search(r"<td>Borgå 2022–2024</td><td>6</td><td>2</td><td>3</td>", html)
    for rule in ("diacritic", "lookalike", "dehyphenate"):
        assert f"<th>{rule}</th>" in html


def test_report_escapes_text_and_is_self_contained(report):
    html = report.read_text(encoding="utf-8")
    assert "Stöd i bostaden för nyanlända &lt;familjer&gt; &amp; unga" in html
    assert "<familjer>" not in html
    low = html.lower()
    assert "<script" not in low
    assert "<link" not in low and "<img" not in low and "<iframe" not in low
    assert "url(" not in low and "@import" not in low
    # the only absolute URL is the SVG namespace, which is never fetched
    assert set(re.findall(r"https?://[^\s\"'<>]+", html)) <= {"http://www.w3.org/2000/svg"}


def test_report_of_empty_database_says_so(tmp_path):
    db = tmp_path / "empty.duckdb"
    Warehouse(db).close()
    out = tmp_path / "r.html"
    write_report(db, out)
    p = _parse(out.read_text(encoding="utf-8"))
    assert "empty" in p.ids
    assert all(sid in p.ids for sid in SECTION_IDS)
    assert "holds no programs yet" in "".join(p.text)


def test_report_of_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(WarehouseError, match="no such database"):
        write_report(tmp_path / "nope.duckdb", tmp_path / "r.html")
    assert not (tmp_path / "r.html").exists()


def test_chromium_missing_fails_with_install_command(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(ChromiumMissing, match=re.escape(INSTALL_HINT)):
        find_chromium()


def test_report_renders_in_headless_chromium(chromium, report):
    r = render(report)
    p = _parse(r.dom)
    for sid in SECTION_IDS:
        assert sid in p.ids, f"section #{sid} missing from the rendered DOM"
    for ex in all_programs():
        assert f"program-{program_id(ex)}" in p.ids
    assert sum(1 for t, _ in p.tags if t == "svg") == 4
    assert sum(1 for t, a in p.tags if t == "details" and a.get("class") == "program") == 3
    assert r.console == [], f"console messages: {r.console}"
    assert "Uncaught" not in r.stderr


def test_empty_report_renders_in_headless_chromium(chromium, tmp_path):
    db = tmp_path / "empty.duckdb"
    Warehouse(db).close()
    out = tmp_path / "r.html"
    write_report(db, out)
    r = render(out)
    p = _parse(r.dom)
    assert "empty" in p.ids and all(sid in p.ids for sid in SECTION_IDS)
    assert r.console == []


def test_console_errors_are_caught(chromium, tmp_path):
    # the check above would be worthless if console output were not captured
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><p id="x">x</p><script>undefined_fn();</script>',
                   encoding="utf-8")
    r = render(bad)
    assert "x" in _parse(r.dom).ids
    assert any("Uncaught" in m and "undefined_fn" in m for m in r.console), r.console


def test_screenshot(chromium, report, tmp_path):
    png = tmp_path / "report.png"
    r = screenshot(report, png, size="1280,2000")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    w, h = struct.unpack(">II", data[16:24])
    assert (w, h) == (1280, 2000)
    assert len(data) > 20_000  # a blank page compresses to a few KB
    assert r.console == []
