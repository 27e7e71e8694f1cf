"""Borderless tables found from text alignment, and running text left alone."""

from __future__ import annotations

import pdf_fixtures as F

from extractors import extract

ROWS = [
    ["Mål", "Åtgärd", "Ansvar"],
    ["Fler i arbete", "Praktikplatser i\nstadens enheter", "Personalenheten"],
    ["", "Mentorer för nya\nanställda", "Sysselsättningen"],
    ["Bättre boende", "Rådgivning", "Bostadsbolaget"],
]


def test_borderless_table_by_alignment(tmp_path):
    doc = extract(F.borderless_table_pdf(tmp_path / "bl.pdf", ROWS), ocr="never")
    page = doc.pages[0]
    assert [i.kind for i in page.items] == ["line", "table", "line"]
    t = page.tables[0]
    assert t.method == "text-alignment" and t.header_rows == 1
    assert t.rows == ROWS
    texts = {ln.text for ln in page.lines}
    assert "Praktikplatser i" not in texts  # table text is not also a line


def test_two_column_glossary_with_bold_header(tmp_path):
    rows = [
        ["Begrepp", "Förklaring"],
        ["Invandrare", "person som är född\nutomlands"],
        ["Andra generationen", "född i Finland"],
        ["Främmande språk", "annat än finska\neller svenska"],
    ]
    doc = extract(F.borderless_table_pdf(tmp_path / "g.pdf", rows, col_x=(60, 300)), ocr="never")
    t = doc.pages[0].tables[0]
    assert t.rows == rows


def test_two_text_columns_with_headings_are_not_a_table(tmp_path):
    doc = extract(F.two_column_with_side_headings_pdf(tmp_path / "tc.pdf"), ocr="never")
    page = doc.pages[0]
    assert page.tables == []
    assert page.lines[0].text == "Arbete" and page.lines[16].text == "Boende"
    assert {ln.column for ln in page.lines[16:]} == {1}


def test_header_with_blank_leading_cells(tmp_path):
    # The bold header names only the last two columns; the first two columns are found from
    # the alignment of the rows below it. (Before: the first body row was taken for the
    # header, its short cells being labels, and the table lost its first two columns.)
    rows = [
        ["", "", "Ansvar", "Uppföljning"],
        ["Arbete", "Praktikplatser", "Kommunen", "Antal platser"],
        ["Språk", "Språkkaféer på\nbiblioteket", "Biblioteket", "Antal besökare"],
        ["Boende", "Rådgivning för\nnyinflyttade", "Bostadsbolaget", "Enkät"],
    ]
    pdf = F.borderless_table_pdf(tmp_path / "blank.pdf", rows, col_x=(60, 160, 300, 420))
    doc = extract(pdf, ocr="never")
    page = doc.pages[0]
    assert [i.kind for i in page.items] == ["line", "table", "line"]
    t = page.tables[0]
    assert t.method == "text-alignment" and t.header_rows == 1
    assert t.rows == rows


def test_header_with_blank_leading_cell_and_one_body_row(tmp_path):
    # A one-row table: the unnamed column has text in that row only, which is enough.
    rows = [
        ["", "Åtgärd", "Ansvar"],
        ["Rådgivning", "Invånarguiden\növersätts till\nflera språk", "Bostadsbolagen\noch kommunen"],
    ]
    doc = extract(F.borderless_table_pdf(tmp_path / "one.pdf", rows, col_x=(60, 200, 380)), ocr="never")
    t = doc.pages[0].tables[0]
    assert t.rows == rows
