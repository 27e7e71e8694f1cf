"""A borderless table of one row set across two columns of running text.

A follow-up table of one indicator ('Mätare | Enhet | 2024 | 2026 | Mål 2029' over one row)
has too few rows for the alignment evidence of a table. A bold header of three labels or more
with a cell starting under every label says it is one; unfound, its cells were lines of the
page, and the reading order put its left cells in the left text column and its right cells in
the right one, so the text of the columns above and below the table ran together.
"""

from __future__ import annotations

import pymupdf

from extractors import extract
from extractors.model import Line

LEFT, RIGHT = 45, 320  # the text columns' starts
LABELS = [(49, "Mätare"), (224, "Enhet"), (305, "2024"), (385, "2026"), (465, "Mål 2029")]


def _columns(page, y: float, left: str, right: str, n: int) -> float:
    for k in range(n):
        page.insert_text((LEFT, y), f"{left} {k + 1:02d} löptext i vänstra spalten", fontsize=9.5)
        page.insert_text((RIGHT, y), f"{right} {k + 1:02d} löptext i högra spalten", fontsize=9.5)
        y += 13
    return y


def _page(path, labels=LABELS, cells=("Andel som bor i området", "%", "38", "34", "30"), wrap=True):
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = _columns(page, 80.0, "A", "B", 6)
    page.insert_text((LEFT, y + 16), "Så följer vi upp mål 5", fontsize=11.5, fontname="hebo")
    y += 36
    for x, label in labels:
        page.insert_text((x, y), label, fontsize=8.5, fontname="hebo")
    y += 18
    for (x, _), cell in zip(labels, cells):
        page.insert_text((x, y), cell, fontsize=8.5)
    if wrap:  # the first cell wraps onto a second line
        page.insert_text((labels[0][0], y + 11), "med främmande modersmål", fontsize=8.5)
    y += 34
    page.insert_text((LEFT, y), "6. Delaktighet", fontsize=12.5, fontname="hebo")
    _columns(page, y + 20, "C", "D", 6)
    doc.save(path)
    return extract(path, ocr="never").pages[0]


def _texts(page) -> list[str]:
    return [it.text[0] if isinstance(it, Line) else "TABLE" for it in page.items]


def test_a_bold_header_over_one_row_of_aligned_cells_is_a_table_and_the_columns_read_around_it(tmp_path):
    page = _page(tmp_path / "one_row.pdf")
    (table,) = page.tables
    assert table.rows == [["Mätare", "Enhet", "2024", "2026", "Mål 2029"],
                          ["Andel som bor i området\nmed främmande modersmål", "%", "38", "34", "30"]]
    # both columns above the table, then the table, then both columns below it
    order = "".join(t for t in _texts(page) if t in "ABCD" or t == "TABLE")
    assert order == "A" * 6 + "B" * 6 + "TABLE" + "C" * 6 + "D" * 6


def test_two_bold_labels_over_one_row_are_no_table(tmp_path):
    # two starts are what two text columns have: no evidence of a table
    page = _page(tmp_path / "two.pdf", labels=[(LEFT, "Mätare"), (RIGHT, "Enhet")], cells=("Andel", "%"),
                 wrap=False)
    assert page.tables == []


def test_a_row_leaving_a_label_without_a_cell_under_it_is_no_table(tmp_path):
    # the labels name columns the row does not fill: nothing shows the grid
    labels = LABELS[:3]
    page = _page(tmp_path / "gap.pdf", labels=labels, cells=("Andel som bor i området", "%", ""), wrap=False)
    assert page.tables == []


def test_a_row_with_a_line_of_another_text_column_beside_it_is_no_table(tmp_path):
    # labels over the left column only, and a line of the right text column level with the
    # row: it fits the last column without starting at its label, and is no cell
    labels = [(45, "Mätare"), (150, "Enhet"), (200, "2024")]
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = _columns(page, 80.0, "A", "B", 6) + 20
    for x, label in labels:
        page.insert_text((x, y), label, fontsize=8.5, fontname="hebo")
    y += 18
    for (x, _), cell in zip(labels, ("Andel i arbete", "%", "38")):
        page.insert_text((x, y), cell, fontsize=8.5)
    page.insert_text((RIGHT, y), "B 07 löptext i högra spalten", fontsize=8.5)
    _columns(page, y + 30, "C", "D", 6)
    doc.save(tmp_path / "beside.pdf")
    assert extract(tmp_path / "beside.pdf", ocr="never").pages[0].tables == []


def test_a_row_leaving_an_inner_label_empty_is_still_a_table(tmp_path):
    # a one-row card of fields with no partner: the first and the last label have their
    # cells, the one between is empty -- the row still spans the grid
    labels = [(49, "Ansvarig"), (224, "Med i arbetet"), (385, "Tid")]
    page = _page(tmp_path / "inner.pdf", labels=labels, cells=("Fritidsbyrån", "", "från 2026"), wrap=False)
    (table,) = page.tables
    assert table.rows == [["Ansvarig", "Med i arbetet", "Tid"], ["Fritidsbyrån", "", "från 2026"]]
