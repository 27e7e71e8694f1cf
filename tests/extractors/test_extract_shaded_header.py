"""Ruled tables whose header row is one shaded band (no rules between its headings), title
rows that span the table, and table rows cut off by a page break."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from extractors import extract
from extractors.model import Table

COLS = [60.0, 200.0, 330.0, 530.0]


def _grid_pdf(path: Path, head: list[str] | None, rows: list[list[str]], *, title: str | None = None,
              centred: bool = False, top: float = 100.0) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 70), "Tabell över åtgärderna", fontsize=12, fontname="hebo")
    y = top
    if title is not None:  # one cell over the whole width, a title in it
        page.draw_rect(pymupdf.Rect(COLS[0], y, COLS[-1], y + 18), color=(0, 0, 0), width=0.5)
        page.insert_text((COLS[0] + 4, y + 12), title, fontsize=9, fontname="hebo")
        y += 18
    if head is not None:  # the header: one filled rectangle, white words, no inner rules
        page.draw_rect(pymupdf.Rect(COLS[0], y, COLS[-1], y + 18), color=None, fill=(0.1, 0.3, 0.2))
        for k, h in enumerate(head):
            x = COLS[k] + 4
            if centred:
                x = (COLS[k] + COLS[k + 1]) / 2 - pymupdf.get_text_length(h, "hebo", 9) / 2
            page.insert_text((x, y + 12), h, fontsize=9, fontname="hebo", color=(1, 1, 1))
        y += 18
    for r in rows:
        for k, cell in enumerate(r):
            page.draw_rect(pymupdf.Rect(COLS[k], y, COLS[k + 1], y + 30), color=(0, 0, 0), width=0.5)
            page.insert_text((COLS[k] + 4, y + 12), cell, fontsize=9)
        y += 30
    doc.save(path)
    return path


ROWS = [["Fler i arbete", "Sysselsättningen", "Mentorprogram för unga"],
        ["", "Biblioteket", "Läxhjälp på biblioteket"]]


def _tables(path: Path) -> list[Table]:
    return [it for p in extract(path, ocr="never").pages for it in p.items if isinstance(it, Table)]


def test_header_on_a_shaded_band_is_split_into_its_columns(tmp_path):
    t = _tables(_grid_pdf(tmp_path / "a.pdf", ["MÅL", "ANSVARSINSTANS", "ÅTGÄRD/METOD"], ROWS))[0]
    assert t.rows[0] == ["MÅL", "ANSVARSINSTANS", "ÅTGÄRD/METOD"]
    assert t.rows[1] == ROWS[0]
    assert not any(r == 0 for r, *_ in t.spans)  # no merged cell left in the header


def test_centred_headings_on_a_shaded_band_are_split_too(tmp_path):
    t = _tables(_grid_pdf(tmp_path / "b.pdf", ["Mål", "Ansvar", "Åtgärd"], ROWS, centred=True))[0]
    assert t.rows[0] == ["Mål", "Ansvar", "Åtgärd"]


def test_a_title_spanning_the_table_stays_one_cell(tmp_path):
    title = "Boende och trygghet i alla stadsdelar under hela programperioden 2024"
    t = _tables(_grid_pdf(tmp_path / "c.pdf", None, ROWS, title=title))[0]
    assert t.rows[0][0] == title and t.rows[0][1:] == ["", ""]


def test_a_row_cut_off_at_the_foot_of_a_page_is_a_table(tmp_path):
    """The first row of a label–value table, alone at the page end, is kept as a table; the
    same one-row box in the middle of a page is a framed paragraph (read as lines)."""
    kv = [["Åtgärder", "Läxhjälp på biblioteket"]]
    foot = _tables(_grid_pdf(tmp_path / "d.pdf", None, [kv[0] + ["x"]], top=770))
    assert [t.rows for t in foot] == [[["Åtgärder", "Läxhjälp på biblioteket", "x"]]]
    mid = _grid_pdf(tmp_path / "e.pdf", None, [kv[0] + ["x"]], top=400)
    doc = pymupdf.open(mid)
    doc[0].insert_text((60, 600), "Text under rutan på samma sida.", fontsize=10)
    doc.save(tmp_path / "f.pdf")
    assert _tables(tmp_path / "f.pdf") == []


def test_a_shaded_header_band_alone_at_the_page_top_heads_the_aligned_rows_below(tmp_path):
    # A browser's striped table continued on a new page: the repeated header is a band of
    # shaded cells (one fill each, no rules), the rows below are unruled. The band alone is
    # no ruled table (once kept as a row cut by the page break): it is the header the
    # borderless finder takes for the rows aligned below it.
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 80.0
    for k, h in enumerate(["Mål", "Ansvar", "Åtgärd"]):
        page.draw_rect(pymupdf.Rect(COLS[k], y, COLS[k + 1], y + 18), color=None, fill=(0.1, 0.3, 0.5))
        page.insert_text((COLS[k] + 4, y + 12), h, fontsize=9, fontname="hebo", color=(1, 1, 1))
    y += 34
    for goal, who, what in [("Fler i arbete", "Sysselsättningen", "Mentorprogram"),
                            ("Bättre språk", "Biblioteket", "Läxhjälp"),
                            ("Boende", "Bostadsbolaget", "Rådgivning")]:
        page.insert_text((COLS[0] + 4, y), goal, fontsize=9)
        page.insert_text((COLS[1] + 4, y), who, fontsize=9)
        page.insert_text((COLS[2] + 4, y), what, fontsize=9)
        page.insert_text((COLS[2] + 4, y + 11), "för unga", fontsize=9)
        y += 30
    pdf = tmp_path / "band.pdf"
    doc.save(pdf)
    tables = extract(pdf, ocr="never").pages[0].tables
    assert len(tables) == 1
    t = tables[0]
    assert t.header_rows == 1 and t.rows[0] == ["Mål", "Ansvar", "Åtgärd"]
    assert [r[0] for r in t.rows[1:]] == ["Fler i arbete", "Bättre språk", "Boende"]
