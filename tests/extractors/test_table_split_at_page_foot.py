"""A borderless table the page break splits right under its first row.

A word processor moves a table row that does not fit to the next page, so a table may start at
the foot of a page with only its header and one row, and go on at the top of the next page
without its header. Too few rows at the foot for the alignment evidence of a table; the bold
header of labels, the row starting at its labels and the page foot say it is one.
"""

from __future__ import annotations

import pymupdf

from extractors import extract
from extractors.table_join import join_tables

KEY, VALUE = 60, 245  # the two columns' starts


def _filler(page, y: float, n: int) -> float:
    for k in range(n):
        page.insert_text((KEY, y), f"Stycke {k + 1} om hur programmet har tagits fram.", fontsize=10)
        y += 16
    return y


def _row(page, y: float, key: str, value: str, font: str = "helv") -> float:
    page.insert_text((KEY, y), key, fontsize=10, fontname=font)
    page.insert_text((VALUE, y), value, fontsize=10, fontname=font)
    return y + 21


def _split_table(path, *, second_cell: bool = True):
    doc = pymupdf.open()
    p1 = doc.new_page(width=595, height=842)
    y = _filler(p1, 80.0, 38)
    y = _row(p1, y + 14, "Rubrik", "Beskrivning", font="hebo")
    if second_cell:
        _row(p1, y, "Åtgärd", "Personligt välkomstsamtal för nya invånare")
    else:
        p1.insert_text((KEY, y), "Åtgärd", fontsize=10)
    p1.insert_text((295, 810), "1", fontsize=10)
    p2 = doc.new_page(width=595, height=842)
    # the widest line of the table is on the second page: its last column reaches further
    y = _row(p2, 70.0, "Delmål", "Alla nya invånare får information om kommunens service under året")
    y = _row(p2, y, "Ansvarig", "Integrationskoordinatorn")
    y = _row(p2, y, "Tidtabell", "2025")
    p2.insert_text((KEY, y + 30), "Programmet följs upp varje år av styrgruppen.", fontsize=10)
    doc.save(path)
    return extract(path, ocr="never").pages


def test_header_and_one_row_at_the_foot_of_a_page_start_a_table_the_next_page_goes_on_with(tmp_path):
    pages = _split_table(tmp_path / "split.pdf")
    first = pages[0].tables
    assert len(first) == 1
    assert first[0].rows == [["Rubrik", "Beskrivning"], ["Åtgärd", "Personligt välkomstsamtal för nya invånare"]]
    second = pages[1].tables
    assert len(second) == 1 and second[0].continued
    assert [r[0] for r in second[0].rows] == ["Delmål", "Ansvarig", "Tidtabell"]
    assert second[0].rows[0][1] == "Alla nya invånare får information om kommunens service under året"


def test_a_bold_label_row_over_a_line_in_one_column_at_the_foot_is_no_table(tmp_path):
    # nothing under the labels fills two columns: no evidence of a table
    pages = _split_table(tmp_path / "one.pdf", second_cell=False)
    assert pages[0].tables == []


# An action table of four columns whose rows are grouped under goals: a goal row holds its text
# in the first column only (set bold), the measures under it fill the columns.
COLS = [(49, "Åtgärd"), (250, "Ansvar"), (390, "Tidtabell"), (480, "Inlett")]
MEASURES = [("Välkomstpaket skickas till nya invånare", "Kommunikationsenheten", "2025", "✓"),
            ("Rådgivning två dagar i veckan", "Integrationsteamet", "Fortlöpande", ""),
            ("Webbsidorna översätts till engelska", "Kommunikationsenheten", "2026", "")]


def _header(page, y: float, labels=COLS) -> float:
    for x, label in labels:
        page.insert_text((x, y), label, fontsize=9, fontname="hebo")
    return y + 18


def _goal_split_table(path, labels=COLS):
    doc = pymupdf.open()
    p1 = doc.new_page(width=595, height=842)
    y = _filler(p1, 80.0, 38)
    y = _header(p1, y + 14, labels)
    p1.insert_text((labels[0][0], y), "Nya invånare hittar rätt service", fontsize=9, fontname="hebo")
    p1.insert_text((295, 810), "1", fontsize=10)
    p2 = doc.new_page(width=595, height=842)
    y = _header(p2, 70.0, labels)  # the header row repeated on the new page
    for cells in MEASURES:
        for (x, _), cell in zip(labels, cells):
            if cell:
                p2.insert_text((x, y), cell, fontsize=9)
        y += 20
    p2.insert_text((KEY, y + 30), "Programmet följs upp varje år av styrgruppen.", fontsize=10)
    doc.save(path)
    return extract(path, ocr="never")


def test_a_header_of_four_labels_and_a_goal_row_at_the_foot_start_the_table_the_next_page_repeats(tmp_path):
    doc = _goal_split_table(tmp_path / "goal.pdf")
    first = doc.pages[0].tables
    assert len(first) == 1
    assert first[0].rows == [["Åtgärd", "Ansvar", "Tidtabell", "Inlett"],
                             ["Nya invånare hittar rätt service", "", "", ""]]
    # the goal is the table's row, not a line glued to the header's labels in the text
    assert not any("Nya invånare" in l.text for l in doc.pages[0].lines)
    second = doc.pages[1].tables
    assert len(second) == 1 and second[0].continued
    (joined,) = join_tables(doc)
    assert [r[0] for r in joined.rows] == ["Åtgärd", "Nya invånare hittar rätt service", *(m[0] for m in MEASURES)]


def test_two_labels_over_a_line_in_their_first_column_at_the_foot_stay_text(tmp_path):
    # two bold labels side by side are as likely two text columns' headings
    doc = _goal_split_table(tmp_path / "two.pdf", labels=COLS[:2])
    assert doc.pages[0].tables == []
