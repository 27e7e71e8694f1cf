"""Text dumps: paging by form feed, tab-separated and HTML tables, encodings."""

from __future__ import annotations

from pathlib import Path

from extractors import extract
from extractors.text_file import looks_like_header

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"


def test_form_feed_splits_pages(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Sida ett\nrad två\n\fSida två\n\n\fSida tre\n\f", encoding="utf-8")
    doc = extract(f)
    assert doc.kind == "txt"
    assert [p.page_no for p in doc.pages] == [1, 2, 3]  # a trailing \f opens no page
    assert all(p.source == "text-file" for p in doc.pages)
    assert [ln.text for ln in doc.pages[0].lines] == ["Sida ett", "rad två"]
    assert all(ln.bbox is None for p in doc.pages for ln in p.lines)
    assert doc.pages[1].raw_text == "Sida två\n\n"


def test_blank_line_marks_the_next_line(tmp_path):
    f = tmp_path / "p.txt"
    f.write_text("Rubrik\nförsta stycket\n\n\nandra stycket\nrad två\n\fny sida\n\nefter tom rad\n",
                 encoding="utf-8")
    doc = extract(f)
    assert [(ln.text, ln.blank_before) for ln in doc.pages[0].lines] == [
        ("Rubrik", False), ("första stycket", False), ("andra stycket", True), ("rad två", False)]
    assert [ln.blank_before for ln in doc.pages[1].lines] == [False, True]


def test_no_form_feed_is_one_page(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("\n".join(f"rad {i}" for i in range(500)), encoding="utf-8")
    doc = extract(f)
    assert len(doc.pages) == 1 and len(doc.pages[0].lines) == 500


def test_tab_separated_rows_become_a_table(tmp_path):
    f = tmp_path / "t.txt"
    f.write_text(
        "Rubrik\n"
        "Mål\tÅtgärd\tAnsvar\n"
        "<p>Bättre språk</p>\t<p>Kurser</p> <p>Klubbar</p>\tStaden\n"
        "\tPraktik\t\n"
        "Efter tabellen\n"
        "en rad\tmed en tabb\n",
        encoding="utf-8",
    )
    page = extract(f).pages[0]
    assert [i.kind for i in page.items] == ["line", "table", "line", "line"]
    t = page.tables[0]
    assert t.method == "tsv" and t.header_rows == 1
    assert t.rows == [["Mål", "Åtgärd", "Ansvar"], ["Bättre språk", "Kurser\nKlubbar", "Staden"], ["", "Praktik", ""]]
    assert page.lines[-1].text == "en rad med en tabb"  # a lone tabbed line is text


def test_html_table_cells(tmp_path):
    f = tmp_path / "h.txt"
    f.write_text(
        "Före\n<table>\n<tr><th>Mål</th><th>Mätare</th></tr>\n"
        "<tr><td><p>Arbete</p></td><td><ul><li>Antal &amp; andel</li><li>Tid</li></ul></td></tr>\n"
        "<tr><td></td><td>x</td></tr>\n</table>\nEfter\n",
        encoding="utf-8",
    )
    page = extract(f).pages[0]
    assert [i.kind for i in page.items] == ["line", "table", "line"]
    t = page.tables[0]
    assert t.method == "html" and t.header_rows == 1
    assert t.rows == [["Mål", "Mätare"], ["Arbete", "Antal & andel\nTid"], ["", "x"]]


def test_helsingfors_seed_tables():
    doc = extract(SEEDS / "helsingfors-2017-2021.txt")
    tables = [t for p in doc.pages for t in p.tables]
    assert len(tables) >= 12
    four = [t for t in tables if t.n_cols == 4]
    assert all(t.rows[0][0] == "Målsättningar" and t.header_rows == 1 for t in four)
    # HTML paragraphs and inline bullets inside a cell become lines of the cell
    cells = [c for t in four for r in t.rows for c in r]
    assert any("\n• Förbättrade studieresultat" in c for c in cells)
    assert not any("<p>" in c or "</p>" in c for c in cells)
    glossary = [t for t in tables if t.rows[0][0] == "Person med utländsk bakgrund"]
    assert glossary and glossary[0].header_rows == 0
    # no table text as a line too
    line_texts = {ln.text for p in doc.pages for ln in p.lines}
    assert "Målsättningar\tSammanfattning av åtgärderna\tMätare\tAnsvariga aktörer" not in line_texts
    assert not any(ln.startswith("<p>") for ln in line_texts)


def test_header_heuristic():
    assert looks_like_header(["Mål", "Åtgärd", "Ansvarig aktör"])
    assert not looks_like_header(["Invandrare", "En person som är född utomlands."])
    assert not looks_like_header(["Mål", ""])


def test_cp1252_text_is_read_with_a_warning(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Målsättning för året – «bra»\n".encode("cp1252"))
    doc = extract(f)
    assert doc.pages[0].lines[0].text == "Målsättning för året – «bra»"
    assert len(doc.warnings) == 1 and "cp1252" in doc.warnings[0]


def test_utf8_bom_is_dropped(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffÅtgärd\n".encode("utf-8"))
    doc = extract(f)
    assert doc.pages[0].lines[0].text == "Åtgärd" and not doc.warnings
