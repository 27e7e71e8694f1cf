"""Rows merged across a borderless table, told by the shaded band behind them.

A goal printed as a row spanning the measure table (a browser's `colspan`, shaded) has no
column gaps: without a grid, only its band says it is a row of the table and not a heading
between two tables.
"""

from __future__ import annotations

import pymupdf

from extractors import extract
from extractors.cell_lines import SOFT_HYPHEN

COLS = (60, 200, 300, 420)
LEFT, RIGHT = 55, 545  # the table's (and its bands') edges
GREY = (0.91, 0.91, 0.91)

GOAL_1 = "Synligt kunnande och fler invandrare i arbete"  # runs over the second column
GOAL_2 = "Boende"  # bold, fits the first column
MEASURES = [
    [["CV-klinik för", "grupper"], ["2023"], ["Sysselsättningen"], ["Antal besökare"]],
    [["Praktikplatser"], ["Fortlöpande"], ["Personalenheten"], ["Antal platser"]],
    [["Rådgivning om", "hyresbostäder"], ["2024"], ["Bostadsbolaget"], ["Antal klienter"]],
    [["Boenderådgivare"], ["2023-2026"], ["Välfärden"], ["Antal besök"]],
]


def _page(path, *, bands: bool, striped_cells: bool = False):
    """Header (bold, a rule under it), then per goal: the goal in a row of its own (on a
    grey band spanning the table when `bands`), then two measure rows. `striped_cells`:
    the band is drawn behind the first measure row of each goal instead (a striped row of
    cells, not a merged row)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 90.0
    for x, label in zip(COLS, ("Åtgärd", "Tidtabell", "Ansvar", "Mätare")):
        page.insert_text((x, y), label, fontsize=10, fontname="hebo")
    page.draw_line((LEFT, y + 5), (RIGHT, y + 5), width=0.8)
    y += 22
    for goal, rows in ((GOAL_1, MEASURES[:2]), (GOAL_2, MEASURES[2:])):
        if bands and not striped_cells:
            page.draw_rect(pymupdf.Rect(LEFT, y - 12, RIGHT, y + 6), color=None, fill=GREY)
        page.insert_text((COLS[0], y), goal, fontsize=10, fontname="hebo")
        y += 22
        for k, cells in enumerate(rows):
            height = max(len(c) for c in cells)
            if bands and striped_cells and k == 0:
                page.draw_rect(pymupdf.Rect(LEFT, y - 12, RIGHT, y + 12 * (height - 1) + 6),
                               color=None, fill=GREY)
            for x, cell in zip(COLS, cells):
                for i, text in enumerate(cell):
                    page.insert_text((x, y + 12 * i), text, fontsize=10, fontname="helv")
            y += 12 * height + 10
    page.insert_text((COLS[0], y + 30), "Programmet följs upp varje år av styrgruppen.", fontsize=10)
    doc.save(path)
    return extract(path, ocr="never").pages[0]


def _rows(t):
    return [[c.replace(SOFT_HYPHEN, "") for c in r] for r in t.rows]


def test_shaded_rows_spanning_a_borderless_table_are_merged_rows_of_it(tmp_path):
    page = _page(tmp_path / "goals.pdf", bands=True)
    assert len(page.tables) == 1
    t = page.tables[0]
    assert t.method == "text-alignment"
    assert _rows(t) == [
        ["Åtgärd", "Tidtabell", "Ansvar", "Mätare"],
        [GOAL_1, "", "", ""],
        ["CV-klinik för\ngrupper", "2023", "Sysselsättningen", "Antal besökare"],
        ["Praktikplatser", "Fortlöpande", "Personalenheten", "Antal platser"],
        [GOAL_2, "", "", ""],
        ["Rådgivning om\nhyresbostäder", "2024", "Bostadsbolaget", "Antal klienter"],
        ["Boenderådgivare", "2023-2026", "Välfärden", "Antal besök"],
    ]
    assert t.spans == [(1, 0, 1, 4), (4, 0, 1, 4)]
    assert not any(ln.text in (GOAL_1, GOAL_2) for ln in page.lines)


def test_bold_lines_without_a_band_between_borderless_tables_stay_lines(tmp_path):
    # the same page without the shading: a bold line running over the columns is a heading
    # that ends the table above it, and nothing is read as merged across a table
    page = _page(tmp_path / "headings.pdf", bands=False)
    assert all(t.spans == [] for t in page.tables)
    assert any(ln.text == GOAL_1 and ln.bold for ln in page.lines)
    assert all(GOAL_1 not in c for t in page.tables for r in t.rows for c in r)


def test_a_striped_row_of_cells_is_no_merged_row(tmp_path):
    # the band behind a row of cells side by side (zebra stripes) says nothing of merging
    page = _page(tmp_path / "zebra.pdf", bands=True, striped_cells=True)
    assert all(t.spans == [] for t in page.tables)
    assert any(ln.text == GOAL_1 for ln in page.lines)


def test_a_shaded_note_under_a_table_is_no_row_of_it(tmp_path):
    # a band spanning the table with one bold line on it but no table row under it: a note
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 90.0
    for x, label in zip(COLS, ("Åtgärd", "Tidtabell", "Ansvar", "Mätare")):
        page.insert_text((x, y), label, fontsize=10, fontname="hebo")
    y += 22
    for cells in MEASURES:
        for x, cell in zip(COLS, cells):
            for i, text in enumerate(cell):
                page.insert_text((x, y + 12 * i), text, fontsize=10, fontname="helv")
        y += 12 * max(len(c) for c in cells) + 10
    note = "Alla åtgärder följs upp av styrgruppen varje år"
    page.draw_rect(pymupdf.Rect(LEFT, y - 12, RIGHT, y + 6), color=None, fill=GREY)
    page.insert_text((COLS[0], y), note, fontsize=10, fontname="hebo")
    path = tmp_path / "note.pdf"
    doc.save(path)
    page = extract(path, ocr="never").pages[0]
    assert len(page.tables) == 1 and page.tables[0].spans == []
    assert len(page.tables[0].rows) == 1 + len(MEASURES)
    assert any(ln.text == note for ln in page.lines)


def _header(page, y):
    for x, label in zip(COLS, ("Åtgärd", "Tidtabell", "Ansvar", "Mätare")):
        page.insert_text((x, y), label, fontsize=10, fontname="hebo")
    page.draw_line((LEFT, y + 5), (RIGHT, y + 5), width=0.8)
    return y + 22


def _goal(page, y, text):
    page.draw_rect(pymupdf.Rect(LEFT, y - 12, RIGHT, y + 6), color=None, fill=GREY)
    page.insert_text((COLS[0], y), text, fontsize=10, fontname="hebo")
    return y + 22


def _measures(page, y, rows):
    for cells in rows:
        for x, cell in zip(COLS, cells):
            for i, text in enumerate(cell):
                page.insert_text((x, y + 12 * i), text, fontsize=10, fontname="helv")
        y += 12 * max(len(c) for c in cells) + 10
    return y


def test_a_merged_row_at_the_foot_of_the_page_heads_the_rows_on_the_next(tmp_path):
    # page 1 ends with the header and a goal row (its measures on page 2), page 2 with a
    # goal row after measures; the header is printed again on every page
    doc = pymupdf.open()
    p1 = doc.new_page(width=595, height=842)
    y = 90.0
    for k in range(40):
        p1.insert_text((COLS[0], y), f"Stycke {k + 1} om hur programmet har tagits fram.", fontsize=10)
        y += 16
    _goal(p1, _header(p1, y + 14), GOAL_1)
    p2 = doc.new_page(width=595, height=842)
    y = _measures(p2, _header(p2, 70.0), MEASURES[:2] * 12)
    _goal(p2, y, GOAL_2)
    p3 = doc.new_page(width=595, height=842)
    _measures(p3, _header(p3, 70.0), MEASURES[2:])
    path = tmp_path / "foot.pdf"
    doc.save(path)
    pages = extract(path, ocr="never").pages
    first = pages[0].tables
    assert len(first) == 1 and _rows(first[0])[-1] == [GOAL_1, "", "", ""]
    assert first[0].spans == [(1, 0, 1, 4)]
    second = pages[1].tables[0]
    assert second.continued and _rows(second)[-1] == [GOAL_2, "", "", ""]
    assert second.spans == [(len(second.rows) - 1, 0, 1, 4)]
    assert pages[2].tables[0].continued
    assert not any(ln.text in (GOAL_1, GOAL_2) for p in pages for ln in p.lines)
