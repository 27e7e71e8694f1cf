"""Borderless tables found from text alignment, and running text left alone."""

from __future__ import annotations

import pdf_fixtures as F
import pymupdf

from extractors import extract
from extractors.cell_lines import SOFT_HYPHEN


def _unmarked(rows):
    """Cell texts without the marks on line breaks that reach the column's right edge
    (extractors/cell_lines.py; the normalizer joins or drops them)."""
    return [[c.replace(SOFT_HYPHEN, "") for c in r] for r in rows]

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
    assert _unmarked(t.rows) == ROWS
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
    assert _unmarked(t.rows) == rows


def test_two_text_columns_with_headings_are_not_a_table(tmp_path):
    doc = extract(F.two_column_with_side_headings_pdf(tmp_path / "tc.pdf"), ocr="never")
    page = doc.pages[0]
    assert page.tables == []
    assert page.lines[0].text == "Arbete" and page.lines[16].text == "Boende"
    assert {ln.column for ln in page.lines[16:]} == {1}


def test_two_ragged_text_columns_under_larger_headings_are_not_a_table(tmp_path):
    # Ragged-right running text does not fill its column, so the two columns' lines looked
    # like cells under a two-label bold header: the headings, set larger than the text, say
    # they are headings (before: one 2-column table of the whole page).
    doc = extract(F.two_column_ragged_with_side_headings_pdf(tmp_path / "tr.pdf"), ocr="never")
    page = doc.pages[0]
    assert page.tables == []
    assert page.lines[0].text == "Arbetslivshandledning"
    right = [ln for ln in page.lines if ln.column == 1]
    assert right[0].text == "Fostran och utbildning" and len(right) == 25


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
    assert _unmarked(t.rows) == rows


def test_header_with_blank_leading_cell_and_one_body_row(tmp_path):
    # A one-row table: the unnamed column has text in that row only, which is enough.
    rows = [
        ["", "Åtgärd", "Ansvar"],
        ["Rådgivning", "Invånarguiden\növersätts till\nflera språk", "Bostadsbolagen\noch kommunen"],
    ]
    doc = extract(F.borderless_table_pdf(tmp_path / "one.pdf", rows, col_x=(60, 200, 380)), ocr="never")
    t = doc.pages[0].tables[0]
    assert _unmarked(t.rows) == rows


def test_rows_with_a_word_processors_thin_padding(tmp_path):
    # A word processor leaves a few points between rows (the cell paragraph's space after),
    # less than the 0.4 line heights that once told rows apart: the gaps inside a cell are
    # all equal on a text layer, so the first jump in the sorted gaps is the row padding.
    # (Before: the whole body was one row.)
    doc = extract(F.borderless_table_pdf(tmp_path / "wp.pdf", ROWS, pad=3), ocr="never")
    t = doc.pages[0].tables[0]
    assert _unmarked(t.rows) == ROWS


def _ln(text, x0, y0, bold=False, w=None):
    from extractors.model import BBox, Line

    return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x0 + (w or 5.2 * len(text)), y1=y0 + 9),
                font_size=9, bold=bold)


def _three_rows(y, wrap):
    """Three table rows (goal, a measure wrapped onto a second line `wrap` pt lower, actor,
    indicator) from `y` down, 30 pt apart; returns the lines and the y under them."""
    lines = []
    for goal, measure, who, ind in [("Arbete", "Praktikplatser", "Kommunen", "Antal platser"),
                                    ("Språk", "Språkkaféer", "Biblioteket", "Besökare"),
                                    ("Boende", "Rådgivning", "Bostadsbolaget", "Enkät")]:
        lines += [_ln(goal, 60, y), _ln(measure, 160, y), _ln("i staden", 160, y + wrap),
                  _ln(who, 270, y), _ln(ind, 380, y)]
        y += 30
    return lines, y


def test_caption_of_the_next_table_does_not_hide_an_unnamed_column():
    # The header names only the last two columns; below the table the next table's bold
    # caption is set a few points left of the first column, so it runs across the first
    # column's start. It is not a row of this table and must not veto the column.
    from extractors.borderless_tables import find_aligned_tables

    lines = [_ln("Ansvar", 270, 60, True), _ln("Uppföljning", 380, 60, True)]
    rows, y = _three_rows(80, 11)
    lines += rows
    lines.append(_ln("Sociala förhållanden och nätverk", 56.5, y + 4, True))
    tables = find_aligned_tables(lines)
    assert len(tables) == 1
    t = tables[0].table
    assert _unmarked(t.rows) == [["", "", "Ansvar", "Uppföljning"],
                                 ["Arbete", "Praktikplatser\ni staden", "Kommunen", "Antal platser"],
                                 ["Språk", "Språkkaféer\ni staden", "Biblioteket", "Besökare"],
                                 ["Boende", "Rådgivning\ni staden", "Bostadsbolaget", "Enkät"]]


def test_page_top_heading_and_header_start_a_new_table_not_a_continuation():
    # The previous page's table ran to the bottom; this page opens with a bold section
    # heading in the first column, then the table header again. The heading is not a row of
    # the old table, and the header row starts the new table (before: both were taken as
    # the old table's next row, and the new table lost its header).
    from extractors.borderless_tables import find_aligned_tables

    header = [("Mål", 60), ("Åtgärd", 160), ("Ansvar", 270)]
    page1 = [_ln(t, x, 60, True) for t, x in header]
    y = 80
    for i in range(25):
        page1 += [_ln(f"Mål {i}", 60, y), _ln(f"Åtgärd {i}", 160, y), _ln("för alla", 160, y + 11),
                  _ln("Kommunen", 270, y)]
        y += 30
    carry = find_aligned_tables(page1)[-1]
    page2 = [_ln("Boende", 60, 40, True)] + [_ln(t, x, 62, True) for t, x in header]
    y = 80
    for i in range(3):
        page2 += [_ln(f"Bostäder {i}", 60, y), _ln(f"Rådgivning {i}", 160, y), _ln("för alla", 160, y + 11),
                  _ln("Staden", 270, y)]
        y += 30
    tables = find_aligned_tables(page2, carry=carry)
    assert [t.table.header_rows for t in tables] == [1]
    assert tables[0].table.rows[0] == ["Mål", "Åtgärd", "Ansvar"]
    assert len(tables[0].table.rows) == 4
    assert "Boende" not in {ln.text for ln in tables[0].lines}


def test_a_cells_paragraph_spacing_does_not_start_a_row():
    # A word processor's cell of two paragraphs: the second starts 3 pt lower than the next
    # line of the cell beside it, and the row padding is about as much. The visual row that
    # holds lines at two heights lies inside a table row; the gap after it counts from its
    # lowest line. (Before: the half-step gaps bridged line spacing and row padding, and
    # the table became one row.)
    from extractors.borderless_tables import find_aligned_tables

    lines = [_ln("Mål", 60, 80, True), _ln("Åtgärd", 160, 80, True), _ln("Mätare", 270, 80, True)]
    lines += [_ln("Mål ett", 60, 100), _ln("Åtgärd ett", 160, 100), _ln("med fortsättning", 160, 112),
              _ln("Första stycket", 270, 100), _ln("Andra stycket", 270, 115), _ln("går vidare", 270, 127)]
    y = 127 + 12 + 3.2
    for goal, measure in (("Mål två", "Åtgärd två"), ("Mål tre", "Åtgärd tre")):
        lines += [_ln(goal, 60, y), _ln(measure, 160, y), _ln("i staden", 160, y + 12), _ln("Antal", 270, y)]
        y += 24 + 3.2
    t = find_aligned_tables(lines)[0].table
    assert _unmarked(t.rows) == [
        ["Mål", "Åtgärd", "Mätare"],
        ["Mål ett", "Åtgärd ett\nmed fortsättning", "Första stycket\nAndra stycket\ngår vidare"],
        ["Mål två", "Åtgärd två\ni staden", "Antal"],
        ["Mål tre", "Åtgärd tre\ni staden", "Antal"]]


def _ocr_ln(text, x0, y0, h=9.0):
    """A line as OCR gives it: box heights vary with the letters (no two alike)."""
    from extractors.model import BBox, Line

    return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x0 + 5.2 * len(text), y1=y0 + h), font_size=8.2)


def test_scan_header_labels_right_of_their_cells_and_a_tall_first_cell():
    # On a scan the bold labels' boxes start 4 pt right of the text below them, more than
    # the alignment tolerance; and the first body rows are the lines of one tall cell, so
    # the row padding before the next row is far above every gap seen so far. The table
    # still takes every row (before: it ended after the tall cell, or at the first cell
    # starting left of its label).
    from extractors.borderless_tables import find_aligned_tables

    lines = [_ln("Tyngdpunkt", 66, 60, True), _ln("Åtgärd", 177, 60, True),
             _ln("Indikator", 312, 60, True), _ln("Ansvar", 432, 60, True)]
    y = 80.0
    for i, t in enumerate(["Främja", "invandrarens", "delaktighet i", "arbetslivet"]):
        lines.append(_ocr_ln(t, 62, y, 9.0 - 0.2 * i))
        y += 11.5
    y += 12.5
    for k in range(3):
        lines += [_ocr_ln(f"Tyngd {k}", 62, y), _ocr_ln(f"Projektet {k}", 173, y + 0.5, 8.7),
                  _ocr_ln(f"Antal {k}", 308, y + 1, 8.8), _ocr_ln("Staden", 428.5, y, 8.6),
                  _ocr_ln("med fortsättning", 173, y + 12, 8.9)]
        y += 40
    tables = find_aligned_tables(lines)
    assert len(tables) == 1
    rows = _unmarked(tables[0].table.rows)
    assert rows[0] == ["Tyngdpunkt", "Åtgärd", "Indikator", "Ansvar"]
    assert rows[-1] == ["Tyngd 2", "Projektet 2\nmed fortsättning", "Antal 2", "Staden"]
    assert len(rows) == 5 and rows[1][0].startswith("Främja")


def test_scan_cell_lines_between_the_lines_of_their_neighbour_stay_in_one_row():
    # A cell of two paragraphs on a scan: its second paragraph's lines sit half a line
    # lower than the lines of the cell beside them, so visual rows overlap (negative gaps).
    # Box heights differ, so nothing marks those rows as staggered; the overlaps must not
    # be taken for the line spacing (before: every line became a row of its own).
    from extractors.borderless_tables import find_aligned_tables

    lines = [_ln("Tyngdpunkt", 61, 60, True), _ln("Metod", 212, 60, True),
             _ln("Indikator", 358, 60, True), _ln("Ansvar", 437, 60, True)]
    y = 80.0
    for k in range(3):
        lines += [_ocr_ln(f"Verksamhet {k}", 61, y), _ocr_ln("Tjänsten hittar", 212, y, 8.6),
                  _ocr_ln("Antalet besök", 358, y, 8.8), _ocr_ln("KoMbi", 437, y, 8.7),
                  _ocr_ln("handledning och", 61, y + 11.5, 8.9), _ocr_ln("och klienterna", 212, y + 11.5, 8.5),
                  _ocr_ln("Uppföljning av", 358, y + 17, 8.6),
                  _ocr_ln("inom staden", 61, y + 23, 8.8), _ocr_ln("orsakerna", 358, y + 28.5, 8.7)]
        y += 52
    t = find_aligned_tables(lines)[0].table
    rows = _unmarked(t.rows)
    assert len(rows) == 4
    assert rows[1] == ["Verksamhet 0\nhandledning och\ninom staden", "Tjänsten hittar\noch klienterna",
                       "Antalet besök\nUppföljning av\norsakerna", "KoMbi"]


def test_thin_padding_on_a_scan_rows_start_where_ended_cells_resume():
    # A word processor's table with almost no cell padding, scanned: the gap before a new
    # row is no larger than the spread of the line gaps. Two cells that had ended and hold
    # text again, side by side, start the next row (before: the rows ran together).
    from extractors.borderless_tables import find_aligned_tables

    lines = [_ln("Mål", 90, 60, True), _ln("Åtgärd", 176, 60, True), _ln("Ansvar", 262, 60, True),
             _ln("Uppföljning", 348, 60, True)]
    y, step = 80.0, 12.0
    cells = [(["Giltigt", "program"], ["Utvärdering och", "uppdatering av", "programmet"], ["Kommunerna"], ["Årligen"]),
             (["Inledande", "kartläggning", "för alla"], ["En handläggare"], ["Kommunen"], ["Antalet", "planer"]),
             (["Rådgivning"], ["Respektive", "myndighet"], ["Enheterna"], ["Enkät"])]
    for row in cells:
        for i in range(max(len(c) for c in row)):
            for x, c in zip((90, 176, 262, 348), row):
                if i < len(c):
                    lines.append(_ocr_ln(c[i], x + (i % 2) * 0.6, y + (i % 3) * 0.8, 9.0 - 0.2 * (i % 3)))
            y += step
        y += 1.5  # thin padding: within the spread of the line gaps above
    t = find_aligned_tables(lines)[0].table
    assert _unmarked(t.rows)[1:] == [
        ["Giltigt\nprogram", "Utvärdering och\nuppdatering av\nprogrammet", "Kommunerna", "Årligen"],
        ["Inledande\nkartläggning\nför alla", "En handläggare", "Kommunen", "Antalet\nplaner"],
        ["Rådgivning", "Respektive\nmyndighet", "Enheterna", "Enkät"]]


def test_second_paragraph_of_a_cell_stays_in_its_row():
    # A cell of two paragraphs on a scan: the paragraph gap is wider than the line gaps
    # allow but well under the row gap. The text after it, in that one column only, is
    # the rest of the cell, not a row of its own; a row with an empty first cell and text
    # in several cells ('same as above') stays a row.
    from extractors.borderless_tables import find_aligned_tables

    lines = [_ln("Tyngdpunkt", 60, 60, True), _ln("Åtgärd", 173, 60, True),
             _ln("Indikator", 308, 60, True), _ln("Ansvar", 428, 60, True)]
    y = 80.0
    for k in range(4):
        lines += [_ocr_ln(f"Mål {k}", 60, y), _ocr_ln(f"Åtgärd {k}", 173, y, 8.8),
                  _ocr_ln(f"Antal {k}", 308, y, 8.7), _ocr_ln("Staden", 428, y, 8.6),
                  _ocr_ln("för invånarna", 173, y + 11.5, 8.9)]
        y += 23
        if k == 1:  # the second paragraph, 5 pt lower than a next line would be
            lines += [_ocr_ln("Användning av tjänster", 173, y + 5), _ocr_ln("inom tredje sektorn", 173, y + 16.5, 8.8)]
            y += 23 + 5
        y += 10  # row padding
    lines += [_ocr_ln("Projekt", 173, y), _ocr_ln("Antal 9", 308, y, 8.8), _ocr_ln("Kommunen", 428, y, 8.7)]
    t = find_aligned_tables(lines)[0].table
    rows = _unmarked(t.rows)
    assert rows[2] == ["Mål 1", "Åtgärd 1\nför invånarna\nAnvändning av tjänster\ninom tredje sektorn", "Antal 1", "Staden"]
    assert rows[-1] == ["", "Projekt", "Antal 9", "Kommunen"]
    assert len(rows) == 6


def test_a_bold_heading_between_two_tables_is_not_a_row_of_the_first(tmp_path):
    # a short table (header + one row), the next theme's bold heading in the first column,
    # then the next table with its own header: the heading stays a line between the tables
    import pymupdf

    path = tmp_path / "two.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 90

    def row(cells, bold=False):
        nonlocal y
        for x, cell in zip((60, 220, 400), cells):
            if cell:
                page.insert_text((x, y), cell, fontsize=10, fontname="hebo" if bold else "helv")
        y += 20

    row(["Mål", "Åtgärd", "Ansvar"], bold=True)
    row(["Fler i arbete", "Praktikplatser i", "Personalenheten"])
    y -= 8
    row(["", "stadens enheter", "och sektorerna"])
    row(["Boende"], bold=True)
    row(["Mål", "Åtgärd", "Ansvar"], bold=True)
    row(["Bättre boende", "Rådgivning om", "Bostadsbolaget"])
    y -= 8
    row(["", "hyresbostäder", "och staden"])
    row(["Tryggt boende", "Guide för boende", "Stadsmiljön"])
    row(["", "Boenderådgivare", "Välfärden"])
    doc.save(path)

    page = extract(path, ocr="never").pages[0]
    first = page.tables[0]
    assert _unmarked(first.rows) == [["Mål", "Åtgärd", "Ansvar"],
                                     ["Fler i arbete", "Praktikplatser i\nstadens enheter", "Personalenheten\noch sektorerna"]]
    assert page.items[0] is first and page.items[1].kind == "line" and page.items[1].text == "Boende"
    assert all("Boende" != c for t in page.tables for r in t.rows for c in r)


def test_two_column_table_with_full_lines_whose_rows_start_together():
    # A two-column table of indicator | source: the right column's lines run to the edge of
    # the page, so its lines fill their column as running text does; but every row starts
    # level in both columns after the row gap, which two columns of running text do not do.
    # (Before: the running-text veto left it as lines.)
    from extractors.borderless_tables import find_aligned_tables

    lines = [_ln("Indikator", 60, 60, True), _ln("Källa och ansvar", 280, 60, True)]
    y = 80.0
    for name, src in [("Andel sysselsatta", 3), ("Trångboddhet per område", 4),
                      ("Antal deltagare i kurser", 2), ("Andel med studieplats", 3)]:
        lines.append(_ln(name, 60, y, w=150))
        for k in range(src):
            lines.append(_ln(f"Statistikenheten rad {k}", 280, y + 12 * k, w=200))
        y += 12 * src + 6
    tables = find_aligned_tables(lines)
    assert len(tables) == 1
    rows = _unmarked(tables[0].table.rows)
    assert [r[0] for r in rows] == ["Indikator", "Andel sysselsatta", "Trångboddhet per område",
                                    "Antal deltagare i kurser", "Andel med studieplats"]
    assert rows[2][1].count("\n") == 3


def test_header_wrapped_over_two_bold_lines_over_one_row_finds_its_unnamed_columns():
    # A header naming only the last two columns, its labels wrapped onto a second bold line,
    # over a table of one row (the last of a section, at a page's foot). The wrapped line is
    # the header: counted as a row, it asked the unnamed columns for a second row of
    # evidence, and the header was looked for again on the wrapped line alone.
    from extractors.borderless_tables import find_aligned_tables

    lines = [_ln("Ansvarsinstan", 270, 60, True), _ln("Uppföljnings", 380, 60, True),
             _ln("s", 270, 72, True), _ln("metod", 380, 72, True)]
    y = 95
    lines += [_ln("Boende", 60, y), _ln("Rådgivning på", 160, y), _ln("Bostadsbolaget", 270, y),
              _ln("Enkät till", 380, y), _ln("flera språk", 160, y + 12), _ln("de boende", 380, y + 12),
              _ln("och i bild", 160, y + 24)]
    tables = find_aligned_tables(lines)
    assert len(tables) == 1
    rows = _unmarked(tables[0].table.rows)
    assert rows == [["", "", "Ansvarsinstan\ns", "Uppföljnings\nmetod"],
                    ["Boende", "Rådgivning på\nflera språk\noch i bild", "Bostadsbolaget", "Enkät till\nde boende"]]


def test_header_repeated_over_the_last_lines_of_a_cell_continues_the_table():
    # A word processor repeats the header on the next page; under it only the last lines of
    # the measure cell, too few to show the columns by themselves. They continue the table,
    # the repeated header kept as the piece's header. (Before: left as loose lines.)
    from extractors.borderless_tables import find_aligned_tables

    head = [("Mål", 60), ("Åtgärd", 160), ("Ansvar", 270), ("Mätare", 380)]
    rows, y = _three_rows(80, 12)
    page1 = [_ln(t, x, 60, True) for t, x in head] + rows
    first = find_aligned_tables(page1)
    assert len(first) == 1
    page2 = [_ln(t, x, 60, True) for t, x in head]
    page2 += [_ln("på flera språk", 160, 80), _ln("och i bildformat.", 160, 92)]
    tables = find_aligned_tables(page2, carry=first[0])
    assert len(tables) == 1
    t = tables[0].table
    assert t.header_rows == 1
    assert _unmarked(t.rows) == [["Mål", "Åtgärd", "Ansvar", "Mätare"],
                                 ["", "på flera språk\noch i bildformat.", "", ""]]


def test_larger_headings_side_by_side_over_text_whose_lines_start_together_are_no_table():
    # Two bold headings atop a brochure's two text columns, set larger than the text; below
    # them the columns happen to start lines level (a bold sub-heading, a bullet, a field
    # line in each column). Before, those level starts outweighed the headings' size and the
    # page became a 2-column table (a blind programme's two-column print lost its goals).
    from extractors.borderless_tables import find_aligned_tables
    from extractors.model import BBox, Line

    def ln(text, x, y, size=9.5, bold=False, w=220):
        return Line(text=text, bbox=BBox(x0=x, y0=y, x1=x + w, y1=y + size), font_size=size, bold=bold)

    lines = [ln("Strategiskt mål 3: Alla känner sig", 45, 244, 12.5, True),
             ln("Delmål 3.2: Information når alla", 309, 244, 11.0, True)]
    y = 270.0
    for k in range(6):
        lines.append(ln(f"• Insats {k} i vänstra spalten om föreningar", 45, y))
        lines.append(ln(f"• Insats {k} i högra spalten om information", 309, y))
        lines.append(ln("Ansvarig: Fritidsenheten · Tidsplan: 2026", 45, y + 12))
        lines.append(ln("Ansvarig: Kommunikationen · Tidsplan: 2025", 309, y + 12))
        y += 34
    assert find_aligned_tables(lines) == []


def _wrapped(text, x0, y0, words=2, pitch=11):
    """A cell's text wrapped `words` words a line, one line under another, each line at
    most 95 pt wide (the columns are 110 pt apart)."""
    w = text.split()
    parts = [" ".join(w[i:i + words]) for i in range(0, len(w), words)]
    return [_ln(p, x0, y0 + pitch * k, w=min(95, 5.2 * len(p))) for k, p in enumerate(parts)]


def test_headerless_table_keeps_the_rows_above_its_first_label_like_row():
    # No header: a goal row (its text alone in the first column) over a row of wrapped cells,
    # under a bold caption. The first row whose lines all read as labels is the full row;
    # the goal row above it was lost, and the full row taken for the header. The caption
    # (bold) stays out of the table.
    from extractors.borderless_tables import find_aligned_tables

    lines = [_ln("Mål 4: Kompetens inom integrationsarbetet", 60, 40, True, w=300)]
    lines += _wrapped("Öka kompetensen inom integration", 60, 62)
    lines += _wrapped("Utbildning och handledning om kulturell mångfald", 60, 95)
    lines += _wrapped("Regelbunden intern utbildning och egna utbildningstillfällen i sektorerna", 170, 95)
    lines += _wrapped("Antalet utbildningstillfällen och deltagare", 280, 95)
    lines += _wrapped("Alla sektorer", 390, 95)
    tables = find_aligned_tables(lines)
    assert len(tables) == 1
    t = tables[0].table
    assert t.header_rows == 0
    assert [r[0].replace("\n", " ") for r in _unmarked(t.rows)] == [
        "Öka kompetensen inom integration", "Utbildning och handledning om kulturell mångfald"]
    assert "Mål 4: Kompetens inom integrationsarbetet" not in {ln.text for ln in tables[0].lines}


def test_headerless_table_of_one_row_is_kept():
    # A table of a single row of wrapped cells, no header: the row was taken for a header
    # with nothing under it, and "a header alone is no table" dropped it.
    from extractors.borderless_tables import find_aligned_tables

    lines = _wrapped("Stärka praxis för första bostäder för flyktingar", 60, 60)
    lines += _wrapped("Fungerande strukturer och informationsgång mellan bolagen och tjänsterna", 170, 60)
    lines += _wrapped("Erhållna bostäder och samarbetsmöten", 280, 60)
    lines += _wrapped("Bostadsbolagen", 390, 60)
    tables = find_aligned_tables(lines)
    assert len(tables) == 1
    t = tables[0].table
    assert t.header_rows == 0 and len(t.rows) == 1
    assert t.rows[0][3] == "Bostadsbolagen"


def test_rows_of_one_line_each_at_line_spacing_are_no_one_row_table():
    # A contact list: every visual row fills every column, set at line spacing, so no gap
    # parts its rows. It must not become one "row" of multi-line cells read as content.
    from extractors.borderless_tables import find_aligned_tables

    lines = []
    for k, (name, title, phone) in enumerate([("Anna Lindqvist", "Integrationskoordinator", "040 123 4567"),
                                              ("Jussi Mäkinen", "Sysselsättningschef", "040 234 5678"),
                                              ("Sara Holm", "Rektor, vuxenutbildningen", "040 345 6789"),
                                              ("Mikael Berg", "Ledande socialarbetare", "040 456 7890")]):
        y = 60 + 11 * k
        lines += [_ln(name, 60, y), _ln(title, 200, y), _ln(phone, 360, y)]
    assert find_aligned_tables(lines) == []


def test_two_column_table_without_header_whose_rows_start_together():
    # Indicator | who follows it up, printed with no header: one line a cell on the left,
    # wrapped cells on the right. No bold header vouches for it, but its rows start level
    # in both columns after the row gap, which two columns of running text do not do; the
    # left column's gaps are all row gaps (one line a cell), so the line spacing is read
    # from the right column. (Before: a two-column candidate needed a bold header.)
    from extractors.borderless_tables import find_aligned_tables

    lines = []
    y = 60.0
    for name in ["Index för skillnader mellan områden", "Trångboddhet per kommun",
                 "Tillväxt i andelen arbetsrelaterad invandring", "Andel barn med en hobby"]:
        lines.append(_ln(name, 60, y, w=170))
        # ragged lines: a cell's wrapped text, not running text filling its column
        for k, (part, w) in enumerate([("Stadskansliets enhet för invandring,", 170),
                                       ("Källa: Enheten för statistik;", 130), ("Statistikcentralen", 90)]):
            lines.append(_ln(part, 290, y + 11 * k, w=w))
        y += 3 * 11 + 10
    tables = find_aligned_tables(lines)
    assert len(tables) == 1
    t = tables[0].table
    assert t.header_rows == 0
    assert [r[0] for r in t.rows] == ["Index för skillnader mellan områden", "Trångboddhet per kommun",
                                      "Tillväxt i andelen arbetsrelaterad invandring", "Andel barn med en hobby"]


_PROSE = ["Integrationen berör hela kommunen och alla", "dess invånare oavsett bakgrund eller ålder",
          "Programmet har beretts tillsammans med", "organisationer och församlingar i regionen",
          "Flyktingar har rätt till samma service som", "övriga invånare enligt socialvårdslagen",
          "Hälsovården ordnar en undersökning kort", "efter ankomsten med tolk vid behov",
          "Skolorna erbjuder förberedande undervisning", "och stöd i det egna modersmålet varje vecka",
          "Arbetsgivarna informeras om möjligheterna", "att anställa personer med utländsk bakgrund",
          "Bostäderna förmedlas i samarbete med", "hyresbolagen och de privata hyresvärdarna",
          "Biblioteket ordnar språkkaféer och", "läxhjälp för barn och vuxna på kvällarna",
          "Föreningarna får understöd för verksamhet", "som samlar nya och gamla invånare kring",
          "Uppföljningen sker årligen i nämnden som", "rapporterar till fullmäktige om läget"]


def test_running_text_in_two_columns_balanced_by_section_is_no_headerless_table():
    # Two columns of ragged running text, each section balanced over both columns, so every
    # section starts level in both; inside a section the paragraphs break each at its own
    # place. The lines are no labels and no bold header vouches for a table: the rows must
    # all start level, not merely the sections (before the strict check: one 2-column table
    # of the whole page, its text lost to the classifier's prose reading).
    from extractors.borderless_tables import find_aligned_tables

    lines = []
    y = 60.0
    widths = [210, 160, 140, 170, 150, 180]  # ragged: few lines fill their column
    for sec in range(3):
        for col, (x, brk) in enumerate([(45, 2), (309, 4)]):
            yy = y
            for k in range(6):
                if k == brk:
                    yy += 11  # paragraph spacing: a blank line
                lines.append(_ln(_PROSE[(sec * 12 + col * 6 + k) % len(_PROSE)], x, yy, w=widths[k]))
                yy += 11
        y += 6 * 11 + 6 + 8
        lines.append(_ln(f"{sec + 2} AVSNITT", 45, y, True))  # the next section's heading
        y += 17
    assert find_aligned_tables(lines) == []


def test_a_bold_header_with_its_row_at_line_spacing_is_no_row_of_content():
    # A bold header over a single row with no padding between them: header and row are one
    # logical row. Its first line is bold: a header, not the first line of a headerless
    # table's row (before: the header words were joined into the row's cells as content).
    from extractors.borderless_tables import find_aligned_tables

    lines = [_ln(t, x, 60, True) for t, x in [("Tyngdpunkt", 60), ("Åtgärd", 170), ("Indikator", 280),
                                              ("Ansvar", 390)]]
    lines += _wrapped("Stärka praxis för första bostäder för flyktingar", 60, 71)
    lines += _wrapped("Fungerande strukturer och informationsgång mellan bolagen", 170, 71)
    lines += _wrapped("Erhållna bostäder och samarbetsmöten", 280, 71)
    lines += _wrapped("Bostadsbolagen", 390, 71)
    cells = [c for t in find_aligned_tables(lines) for r in t.table.rows[t.table.header_rows:] for c in r]
    assert not any("Tyngdpunkt" in c or "Ansvar" in c for c in cells)


def test_headerless_table_keeps_a_last_row_in_the_first_column_as_a_headed_one_does():
    # The last row holds text in its first column only (a measure whose other cells are
    # empty). Under a header the two rows below it are kept from the trim of such trailing
    # rows; the first row of a headerless table stands where the header would, so the same
    # rows are kept (before: the trailing row was cut off as a note under the table).
    from extractors.borderless_tables import find_aligned_tables

    lines = _wrapped("Inledande kartläggning och integrationsplan för alla nyanlända", 60, 60, words=3)
    lines += _wrapped("Sysselsättningsområdet i samarbete", 170, 60)
    lines += [_ln("Fortlöpande", 280, 60)]
    lines += [_ln("Studiebesök", 60, 110), _ln("Koordinatorn", 170, 110), _ln("2024–2025", 280, 110)]
    lines += _wrapped("Kartläggning av utländska examina", 60, 135)
    tables = find_aligned_tables(lines)
    assert len(tables) == 1
    t = tables[0].table
    assert t.header_rows == 0 and len(t.rows) == 3
    assert t.rows[2][0].replace("\n", " ") == "Kartläggning av utländska examina"


def _face_ln(text, x0, y0, bold=False):
    # a text layer's line box: the font's full height (12.4 pt for 9 pt type), taller than
    # the 11 pt line spacing, so the boxes of a cell's lines overlap
    from extractors.model import BBox, Line

    return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x0 + 5.2 * len(text), y1=y0 + 12.4),
                font_size=9, bold=bold)


def _field_table(wrapped: bool):
    """A two-column field table: a bold header, then one row per field, each one line high
    on a 21 pt row step; with `wrapped` the second field's value runs onto a second line."""
    fields = [("Insats", "Kvällskurs i matlagning"), ("Syfte", "Fler vuxna hittar en hobby nära hemmet"),
              ("Huvudman", "Fritidsbyrån"), ("Partner", "Byaföreningen"), ("Tid", "Hösten 2026"),
              ("Följs upp med", "Antal deltagare")]
    lines = [_face_ln("Fält", 60, 100, True), _face_ln("Innehåll", 240, 100, True)]
    y = 118.0
    for k, (label, value) in enumerate(fields):
        lines += [_face_ln(label, 60, y), _face_ln(value, 240, y)]
        if wrapped and k == 1:
            lines.append(_face_ln("och i byarna", 240, y + 11))
            y += 11
        y += 21
    rows = [["Fält", "Innehåll"]] + [[a, b] for a, b in fields]
    if wrapped:
        rows[2][1] += "\noch i byarna"
    return lines, rows


def test_field_table_of_one_line_rows_with_one_wrap_keeps_its_rows():
    # Most rows are one line high, so the lower quartile of the steps between lines is the
    # row step; taken as the line unit, the one wrap reads as a line reaching up into the row
    # above and the whole table became one row. Text-layer boxes of one face give the unit.
    from extractors.borderless_tables import find_aligned_tables

    lines, rows = _field_table(wrapped=True)
    found = find_aligned_tables(lines)
    assert len(found) == 1
    assert found[0].table.header_rows == 1
    assert _unmarked(found[0].table.rows) == rows


def test_field_table_whose_rows_are_all_one_line_keeps_its_rows():
    # No cell wraps: every gap between visual rows is row spacing, white that text-layer
    # lines of one cell never leave between them. (Before: the smallest gap was taken for
    # line spacing, the table became one row and was dropped.)
    from extractors.borderless_tables import find_aligned_tables

    lines, rows = _field_table(wrapped=False)
    found = find_aligned_tables(lines)
    assert len(found) == 1
    assert _unmarked(found[0].table.rows) == rows


def test_goal_card_of_one_line_rows_without_header_keeps_its_rows():
    # A goal card printed without a header or rules: 'Mål | …', 'Nuvarande läge | …',
    # 'Målnivå 2028 | …', 'Mäts med | …', every cell one line on a 21 pt row step. No cell
    # wraps, so no column shows the line spacing: the smallest gap was taken for it, no row
    # was found to start in either column, and the card was left as loose lines. A gap of
    # more than half a text-layer box is row padding, never a paragraph's line spacing.
    from extractors.borderless_tables import find_aligned_tables

    rows = [["Mål", "Alla vuxna inflyttade har möjlighet att lära sig svenska på sin arbetsort"],
            ["Nuvarande läge", "Svenskkurser ordnas i staden på dagtid, vilket är svårt för skiftarbetande."],
            ["Målnivå 2028", "Minst två kurser per år ordnas på orten eller på distans kvällstid."],
            ["Mäts med", "antal kurser och deltagare per år"]]
    lines = [_face_ln("Mål 2", 60, 70, True)]
    for k, (label, value) in enumerate(rows):
        lines += [_face_ln(label, 60, 100 + 21 * k), _face_ln(value, 220, 100 + 21 * k)]
    found = find_aligned_tables(lines)
    assert len(found) == 1
    assert found[0].table.header_rows == 0
    assert _unmarked(found[0].table.rows) == rows


def test_two_text_columns_with_side_by_side_section_headings_are_no_headerless_table():
    # Two text columns set at one height, whose short paragraph ends and section starts
    # happen to line up: under the row of sentence ends, a larger bold heading in each
    # column, then short paragraphs again. Cells of a table are set in one size; a row of
    # headings larger than the text around them is two columns' sections starting level.
    from extractors.borderless_tables import find_aligned_tables
    from extractors.model import BBox, Line

    def ln(text, x0, y0, size=9.5, bold=False):
        h = 13.1 if size == 9.5 else 17.3
        return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x0 + 4.6 * len(text), y1=y0 + h),
                    font_size=size, bold=bold)

    lines = [ln("Kursen hålls i biblioteket varje vår.", 45, 500),
             ln("Gruppen träffas i byagården varje höst.", 309, 505)]
    lines += [ln("3.2 Boende och närmiljö", 45, 524, 12.5, True), ln("Äldre", 309, 527, 12.5, True)]
    left = ["Många nya invånare hyr sin första bostad", "av stadens bostadsbolag, men kön är lång",
            "och informationen finns bara på finska.", "Därför behövs handledning."]
    right = ["Seniorcafé med tolk. Äldre invandrare får", "information om service och pension.",
             "Genomförs av äldrerådet två gånger", "per år tillsammans med församlingen."]
    for k, (a, b) in enumerate(zip(left, right)):
        lines += [ln(a, 45, 548 + 12.6 * k), ln(b, 309, 549 + 12.6 * k)]
    assert [t.table.rows for t in find_aligned_tables(lines)] == []


def test_two_text_columns_under_a_section_heading_are_no_table_that_runs_over_it():
    # Two text columns (a section's lead-in at the left, its list and fields at the right)
    # whose short lines happen to align, then the next section's heading across the page
    # and two more columns. A two-label row ('Så här gör vi:' beside 'Ansvar: ...') passed
    # as a header, and the table ran on over the heading into the next section, which the
    # classifier then never saw as text (before: one 2-column table from 'Så här gör vi:'
    # to the foot of the page, the heading a cell of it). A table's cells are set in one
    # size: a row of text set a heading step larger ends it.
    from extractors.borderless_tables import find_aligned_tables

    lines = [_text_line("Så här gör vi:", 45.0, 513.4, 101.5),
             _text_line("Ansvar: småbarnspedagogiken och den grundläggande", 308.6, 511.7, 542.0),
             _text_line("utbildningen. Tidtabell: 2023–2024.", 308.6, 524.3, 456.5),
             _text_line("Vi skapar vägar till arbete", 45.0, 556.5, 251.0, 17.0, True),
             _text_line("Många nya invånare vill arbeta men hittar inte jobb.", 45.0, 583.3, 260.4),
             _text_line("Avstånden är långa och kollektivtrafiken är gles.", 45.0, 595.9, 246.2),
             _text_line("Vi strävar efter att fler invandrare i Sjundeå får arbete", 45.0, 614.0, 268.9),
             _text_line("eller börjar studera.", 45.0, 626.6, 126.8),
             _text_line("Så här gör vi:", 45.0, 644.7, 101.5),
             _text_line("• Vi erbjuder praktikplatser i kommunens enheter.", 50.0, 662.8, 262.7),
             _text_line("• Vi berättar för företagen om hur de kan anställa", 313.6, 583.3, 523.7),
             _text_line("invandrare.", 324.6, 595.9, 372.2),
             _text_line("• Vi utreder möjligheten till samåkning till arbetsplatser", 313.6, 610.4, 546.4),
             _text_line("i Lojo och Esbo.", 324.6, 623.0, 392.2),
             _text_line("Ansvar: näringslivsservicen i samarbete med", 308.6, 641.1, 497.1),
             _text_line("Lojoregionens sysselsättningsområde. Tidtabell:", 308.6, 653.7, 511.4),
             _text_line("2024–2026.", 308.6, 666.3, 358.8)]
    taken = {l.text for t in find_aligned_tables(lines) for l in t.lines}
    assert "Vi skapar vägar till arbete" not in taken
    assert "Vi strävar efter att fler invandrare i Sjundeå får arbete" not in taken


def test_a_carried_table_does_not_run_on_over_a_section_heading_on_the_next_page():
    # The previous page's table (9.5 pt cells) ran to its foot; this page opens with the
    # running header, a section heading set larger and two columns of text. The heading is
    # no row of the carried table, and ends it (the carried size judges the first rows).
    from extractors.borderless_tables import find_aligned_tables

    page1 = [_text_line("Åtgärd", 45.0, 60.0, 80.0, bold=True), _text_line("Ansvar", 308.6, 60.0, 340.0, bold=True)]
    for i in range(20):
        page1 += [_text_line(f"Åtgärd nummer {i} i kommunen", 45.0, 80.0 + 30 * i, 180.0),
                  _text_line("för alla nya invånare", 45.0, 92.6 + 30 * i, 150.0),
                  _text_line("Kommunen och välfärdsområdet i samarbete med", 308.6, 80.0 + 30 * i, 549.0)]
    carry = find_aligned_tables(page1)[-1]
    assert carry.table.bbox.y1 > 650  # it runs to the foot of the page
    lines = [_text_line("Sjundeå · Sjundeå kommuns integrationsprogram 2023–2026", 45.0, 27.4, 276.6, 8.0, True),
             _text_line("Vi gör saker tillsammans", 45.0, 66.0, 240.0, 17.0, True),
             _text_line("Föreningarna, församlingarna och frivilliga gör ett viktigt", 45.0, 92.8, 284.0),
             _text_line("arbete för att människor ska lära känna varandra.", 45.0, 105.4, 262.0),
             _text_line("Vi strävar efter att nya och gamla sjundeåbor möts i", 45.0, 123.5, 270.0),
             _text_line("vardagen och på fritiden.", 45.0, 136.1, 150.0),
             _text_line("Så här gör vi:", 45.0, 154.2, 101.5),
             _text_line("• Kulturfesten Världens Sjundeå ordnas varje år i", 313.6, 92.8, 520.0),
             _text_line("augusti.", 324.6, 105.4, 360.0),
             _text_line("• Föreningarna får hjälp att översätta sina inbjudningar.", 313.6, 119.9, 548.0),
             _text_line("• Idrottsplanen och gymmet är gratis för nyanlända", 313.6, 134.4, 530.0),
             _text_line("under det första året.", 324.6, 147.0, 420.0)]
    taken = {l.text for t in find_aligned_tables(lines, carry=carry) for l in t.lines}
    assert "Vi gör saker tillsammans" not in taken
    assert "Vi strävar efter att nya och gamla sjundeåbor möts i" not in taken


def _rows_ruled_between(last_rule: bool):
    """A table ruled between its rows only (a rule under the header and under every row):
    two full rows, then a measure with its other cells left empty; with `last_rule` the
    rule under that row too, else a note under the table's last rule."""
    lines = [_ln("Åtgärd", 60, 60, True), _ln("Ansvar", 250, 60, True), _ln("Tidtabell", 420, 60, True)]
    rules = [(73.0, 55.0, 540.0)]
    y = 80.0
    for measure, who, when in (("Inledande kartläggning", "Sysselsättningsområdet", "Fortlöpande"),
                               ("Yrkesinriktade studiebesök", "Integrationskoordinatorn", "2024–2025")):
        lines += [_ln(measure, 60, y), _ln("för alla nyanlända", 60, y + 11), _ln(who, 250, y), _ln(when, 420, y)]
        rules.append((y + 24.0, 55.0, 540.0))
        y += 30
    lines += [_ln("Kartläggning av utländska examina", 60, y), _ln("och hänvisning vidare", 60, y + 11)]
    if last_rule:
        rules.append((y + 24.0, 55.0, 540.0))
    return lines, rules


def test_a_last_row_in_the_first_column_closed_by_a_rule_as_the_rows_above_stays_in_the_table():
    # The rules close the last row as they close the rows above it: a measure whose other
    # cells were left empty (before: trimmed as a note under the table, the measure lost).
    from extractors.borderless_tables import find_aligned_tables

    lines, rules = _rows_ruled_between(last_rule=True)
    t = find_aligned_tables(lines, rules=rules)[0].table
    assert len(t.rows) == 4
    assert _unmarked(t.rows)[3][0].replace("\n", " ") == "Kartläggning av utländska examina och hänvisning vidare"
    assert t.rows[3][1:] == ["", ""]


def test_a_note_under_a_table_ruled_between_its_rows_stays_out_of_it():
    # The same lines with no rule of their own under them: a note under the table.
    from extractors.borderless_tables import find_aligned_tables

    lines, rules = _rows_ruled_between(last_rule=False)
    t = find_aligned_tables(lines, rules=rules)[0].table
    assert len(t.rows) == 3


def test_rules_between_rows_reach_the_table_finder_from_the_pdf(tmp_path):
    # The page's horizontal rules are handed to the borderless finder (pdf_document ->
    # page_assembly): a table ruled under its header and every row, whose last row holds a
    # measure alone, keeps that row.
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 60), "Stycket före tabellen är vanlig löptext som går över hela bredden.", fontsize=10)
    y = 100.0
    for x, label in ((60, "Åtgärd"), (250, "Ansvar"), (420, "Tidtabell")):
        page.insert_text((x, y), label, fontsize=10, fontname="hebo")
    page.draw_line((55, y + 6), (540, y + 6), width=0.5)
    y += 22
    for cells in ((("Inledande kartläggning", "för alla nyanlända"), ("Sysselsättningsområdet",), ("Fortlöpande",)),
                  (("Yrkesinriktade studiebesök", "på lokala företag"), ("Koordinatorn",), ("2024–2025",)),
                  (("Kartläggning av utländska", "examina och hänvisning"), (), ())):
        for x, cell in zip((60, 250, 420), cells):
            for k, part in enumerate(cell):
                page.insert_text((x, y + 12 * k), part, fontsize=10)
        page.draw_line((55, y + 18), (540, y + 18), width=0.3)
        y += 30
    page.insert_text((60, y + 30), "Stycket efter tabellen är också vanlig löptext över hela bredden.", fontsize=10)
    path = tmp_path / "ruled_rows.pdf"
    doc.save(path)
    t = extract(path, ocr="never").pages[0].tables[0]
    assert t.method == "text-alignment"
    assert [r[0].replace(SOFT_HYPHEN, "").replace("\n", " ") for r in t.rows[1:]] == [
        "Inledande kartläggning för alla nyanlända", "Yrkesinriktade studiebesök på lokala företag",
        "Kartläggning av utländska examina och hänvisning"]


def _header_and_one_row_at_foot(ruled: bool):
    """The foot of a page: a caption, a bold header and one row of a key-value table ruled
    between its rows, then the page number; the rest of the table is on the next page."""
    from extractors.model import BBox, Line

    def _text_line(text, x0, y0, x1, size=9.0, bold=False):
        return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y0 + 1.38 * size), font_size=size, bold=bold)

    lines = [_text_line("Språket är nyckeln till utbildning, arbete och gemenskap.", 45.0, 632.0, 283.1, 9.5),
             _text_line("I Malax kan man integreras på svenska eller finska; de", 45.0, 644.6, 274.1, 9.5),
             _text_line("flesta väljer svenska.", 45.0, 657.2, 133.2, 9.5),
             _text_line("Åtgärd 4.1", 45.0, 703.2, 101.2, 11.5, True),
             _text_line("Rubrik", 49.0, 723.4, 77.5, bold=True), _text_line("Beskrivning", 244.4, 723.4, 295.9, bold=True),
             _text_line("Åtgärd", 49.0, 742.4, 75.5),
             _text_line("Undervisning i svenska som andraspråk i alla skolor från förskolan till", 244.4, 742.4, 519.5),
             _text_line("årskurs 9", 244.4, 753.4, 281.4),
             _text_line("3", 545.3, 802.3, 550.3, bold=True)]
    rules = [(739.3, 45.0, 550.3), (769.4, 45.0, 550.3)] if ruled else []
    return lines, rules


def test_a_ruled_header_and_one_row_at_the_foot_of_the_page_are_a_table():
    # Too few rows for the alignment to show the columns, but the bold header and the
    # page's foot say it is the top of a table the next page goes on with
    # (_header_at_page_foot), however its rows are ruled.
    from extractors.borderless_tables import find_aligned_tables

    lines, rules = _header_and_one_row_at_foot(ruled=True)
    found = find_aligned_tables(lines, rules=rules, page_height=841.9)
    assert len(found) == 1
    assert _unmarked(found[0].table.rows) == [
        ["Rubrik", "Beskrivning"],
        ["Åtgärd", "Undervisning i svenska som andraspråk i alla skolor från förskolan till\nårskurs 9"]]


def _text_line(text, x0, y0, x1, size=9.5, bold=False):
    """A text-layer line of one face: its box as tall as the type's line (1.38 em)."""
    from extractors.model import BBox, Line

    return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y0 + size * 1.38), font_size=size, bold=bold)


def test_text_under_a_short_table_at_the_margin_does_not_move_its_first_column():
    # A two-row table whose cells' text is padded 4 pt in from the margin, then text at
    # the margin a line below it (a question and, further down, a section heading). The
    # columns' starts were snapped to the text under each label over the next 12 rows,
    # the text under the table among them: the first column moved to the margin, the cells
    # no longer started at their columns, and no table was found (blind72 twocolumn p3).
    from extractors.borderless_tables import find_aligned_tables

    lines = [_ln("Vad?", 49, 475, True), _ln("Vem?", 281, 475, True), _ln("När?", 428, 475, True),
             _ln("Informationstillfällen om tjänsterna i", 49, 494, w=200), _ln("Östra Nylands område", 281, 494),
             _ln("två gånger per år", 428, 494), _ln("infopunkten", 49, 505),
             _ln("Stöd för psykisk hälsa i grupp för personer", 49, 524, w=220), _ln("2024–2025", 428, 524),
             _ln("skydd", 49, 535),
             _ln("Hur vet vi att vi lyckats?", 45, 557), _ln("• Antal deltagare i informationstillfällena", 314, 557),
             _ln("5 Uppföljning och arbetsgrupp", 45, 589, True),
             _ln("Integrationsarbetsgruppen följer upp programmet två", 45, 616, w=222),
             _ln("gånger per år och rapporterar till kommunstyrelsen.", 45, 628, w=216),
             _ln("Arbetsgruppen består av integrationskoordinatorn,", 45, 641, w=211),
             _ln("rektorn och en representant för välfärdsområdet.", 45, 654, w=205)]
    tables = find_aligned_tables(lines)
    assert len(tables) == 1
    rows = _unmarked(tables[0].table.rows)
    assert rows[0] == ["Vad?", "Vem?", "När?"]
    assert [r[0].replace("\n", " ") for r in rows[1:]] == [
        "Informationstillfällen om tjänsterna i infopunkten", "Stöd för psykisk hälsa i grupp för personer skydd"]


def _headed_table_with_a_last_row_in_the_first_column(last_lines):
    """A borderless table (bold header, two full rows), then a row with text in its first
    column only, as `last_lines` [(text, width)], one under another; no rules anywhere."""
    lines = [_ln("Åtgärd", 57, 110, True), _ln("Ansvar", 262, 110, True), _ln("Tidtabell", 447, 110, True),
             _ln("Inledande kartläggning och integrationsplan för", 57, 128, w=190),
             _ln("Sysselsättningsområdet i samarbete med", 262, 128, w=170), _ln("Fortlöpande", 447, 128),
             _ln("alla nyanlända", 57, 139), _ln("välfärdsområdets socialarbete", 262, 139, w=125),
             _ln("Yrkesinriktade studiebesök på lokala företag", 57, 155, w=185),
             _ln("Integrationskoordinatorn", 262, 155), _ln("2024–2025", 447, 155)]
    y = 181.0
    for text, w in last_lines:
        lines.append(_ln(text, 57, y, w=w))
        y += 11
    return lines


def test_a_last_row_wrapped_at_the_first_columns_width_stays_in_a_borderless_table():
    # The measure's text breaks its lines at the first column's width ('erkännande' would
    # have run across the Ansvar column, the page had room for it): a cell, its other cells
    # left empty (before: trimmed as a note under the table, the measure lost; blind17
    # borderless once the table's header was found).
    from extractors.borderless_tables import find_aligned_tables

    lines = _headed_table_with_a_last_row_in_the_first_column(
        [("Kartläggning av utländska examina och", 157), ("hänvisning till Utbildningsstyrelsens tjänst för", 179),
         ("erkännande", 48)])
    t = find_aligned_tables(lines)[0].table
    assert len(t.rows) == 4
    assert _unmarked(t.rows)[3] == ["Kartläggning av utländska examina och\nhänvisning till "
                                    "Utbildningsstyrelsens tjänst för\nerkännande", "", ""]


def test_short_lines_broken_by_hand_under_a_borderless_table_stay_out_of_it():
    # Two short lines under the table whose breaks are no wrap at the column (the next
    # line's first word fits beside the line above): a note, trimmed as before.
    from extractors.borderless_tables import find_aligned_tables

    lines = _headed_table_with_a_last_row_in_the_first_column([("Källa: kommunen", 70), ("Anm: 2024", 45)])
    t = find_aligned_tables(lines)[0].table
    assert len(t.rows) == 3


def _two_text_columns_whose_paragraphs_meet_pdf(path):
    """A chapter set in two columns of ragged running text, no header: at the left three
    paragraphs, at the right two list items, a goal sentence and one more item. The list's
    items stand a little further apart than the text's lines (a list's spacing) and the
    paragraphs a little further still, so every block of the right column starts where one
    of the left column does, but 2 pt lower: text on two grids that drift apart, not cells
    of rows."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    pitch, size = 12.6, 9.5
    left = [["Kommunen ordnar kurser i svenska i centrum,", "men många nya invånare arbetar skift",
             "eller saknar bil och har svårt att delta.", "Kunskaper i svenska behövs för att",
             "kunna ta del av samhället, där svenska", "är det enda officiella språket."],
            ["Mål 2: Vuxna ska nå en nivå i svenska som", "räcker för arbete och vardag."],
            ["Kommunen ordnar en kvällskurs", "i svenska på nybörjarnivå varje läsår.", "Ansvar: bildningschefen."]]
    right = [["• Biblioteket ordnar språkcafé varannan vecka", "tillsammans med föreningarna", "(2025–2028)"],
             ["• Arbetsplatssvenska erbjuds anställda", "inom äldreomsorgen och dagvården", "(personalchefen, 2026)"],
             ["Mål 3: Alla ska känna till hur samhället", "och kommunens service fungerar."],
             ["• Samhällsorientering ordnas på lätt svenska", "med tolk två gånger per år", "(koordinatorn i samarbete",
              "med institutet, vår och höst)"]]
    top = 100.0
    y = top
    for para in left:
        for line in para:
            page.insert_text((45, y), line, fontsize=size)
            y += pitch
        y += 5.6  # paragraph spacing
    y = top
    for k, block in enumerate(right):
        item = block[0].startswith("• ")
        for j, line in enumerate(block):
            # an item's glyph indented 5 pt, its text hanging at 16 pt; a paragraph at the edge
            page.insert_text((309 if not item else 314 if j == 0 else 325, y), line, fontsize=size)
            y += pitch
        # list items stand 2 pt further apart than lines; blocks of other kinds 5.6 pt
        y += 2.0 if item and k + 1 < len(right) and right[k + 1][0].startswith("• ") else 5.6
    doc.save(path)
    return path


def test_two_text_columns_whose_blocks_start_a_little_apart_are_no_table(tmp_path):
    # A table sets the first lines of a row's cells at one height. Two columns of running
    # text whose paragraph and list spacings differ start their blocks in one visual row
    # now and then, but a point or two apart: the text layer shows it. (Before: three block
    # starts shared with the other column passed for rows starting together, and the
    # chapter became one 2-column table, its goals and measures lost as cells.)
    doc = extract(_two_text_columns_whose_paragraphs_meet_pdf(tmp_path / "tc.pdf"), ocr="never")
    page = doc.pages[0]
    assert page.tables == []
    assert {ln.column for ln in page.lines if ln.text.startswith("Mål 3")} == {1}


# A borderless table cut by a page break (as a browser prints one): its header of two bold
# lines repeated on the next page, set closer to the rows under it than the rows stand apart
# (the header's padding is less than a row's), and the row the break cut going on under it
# in one column only.
_BREAK_HEAD = [["Mål", "Åtgärd", "Ansvarig", "Tidtabell", "Mätare"],
               ["för perioden", "", "enhet", "", "och uppföljning"]]
_BREAK_COLS = (57.0, 150.0, 270.0, 370.0, 440.0)


def _table_cut_by_a_page_break_pdf(path):
    import pymupdf

    size, pitch, head_pad, row_pad = 8.5, 10.5, 6.0, 9.0
    doc = pymupdf.open()

    def cell_rows(page, y, rows, bold=False):
        for row in rows:
            height = max(len(c) for c in row)
            for x, cell in zip(_BREAK_COLS, row):
                for k, part in enumerate(cell):
                    page.insert_text((x, y + k * pitch), part, fontsize=size, fontname="hebo" if bold else "helv")
            y += height * pitch + row_pad
        return y

    def header(page, y):
        for k, line in enumerate(_BREAK_HEAD):
            for x, label in zip(_BREAK_COLS, line):
                if label:
                    page.insert_text((x, y + k * pitch), label, fontsize=size, fontname="hebo")
        return y + len(_BREAK_HEAD) * pitch + head_pad

    p1 = doc.new_page(width=595, height=842)
    p1.insert_text((57, 40), "Norrvik · Integrationsprogram 2025–2028", fontsize=8)
    p1.insert_text((57, 640), "Tabell 3. Arbete och näringsliv", fontsize=11, fontname="hebo")
    y = header(p1, 665)
    y = cell_rows(p1, y, [
        [["Fler invandrare", "i arbete."], ["Alla nyanlända får en", "kartläggning av sin", "kompetens."],
         ["Sysselsättnings-", "tjänsterna"], ["2025-2028"], ["Antalet", "kartläggningar"]],
        [[], ["Rekryteringsdagar med", "lokala företag två", "gånger per år."], ["Näringslivs-", "tjänsterna"],
         ["2025-2028"], ["Antalet anställda", "via dagarna"]],
    ])
    # the last row, cut after the first lines of its measure: its other cells end above the cut
    cell_rows(p1, y, [[[], ["Lönesubventionerade", "arbetsplatser"], ["Personalservicen"], [], []]])
    p2 = doc.new_page(width=595, height=842)
    p2.insert_text((57, 40), "Norrvik · Integrationsprogram 2025–2028", fontsize=8)
    y = header(p2, 70)
    y = cell_rows(p2, y, [[[], ["för invandrare i", "stadens enheter."], [], [], []]])
    y = cell_rows(p2, y, [
        [["Företagandet bland", "invandrare ökar."], ["Företagsrådgivning på", "engelska och", "ukrainska."],
         ["Nyföretagar-", "centralen"], ["2025"], ["Antalet besök"]],
        [[], ["Mentorprogram för", "nya företagare."], ["Näringslivs-", "tjänsterna"], ["2026-2027"],
         ["Antalet mentorpar"]],
    ])
    p2.insert_text((57, y + 30), "Stycket efter tabellen är vanlig löptext som går över hela bredden.", fontsize=10)
    doc.save(path)
    return path


def test_a_repeated_header_stays_apart_from_the_rest_of_a_row_cut_by_the_page_break(tmp_path):
    # The text in one column under the repeated header is the rest of the cut row, not a
    # paragraph of a header cell: the header is the same as the first page's, so the piece
    # continues the table, and the rest joins the row it was cut from. (Before: the rest was
    # put back into the header as a cell's second paragraph, a gap well under the rows'; the
    # header then matched nothing, and the piece became a table of its own whose header row
    # held 'Åtgärd' and the rest of the row.)
    from extractors.table_join import join_tables

    doc = extract(_table_cut_by_a_page_break_pdf(tmp_path / "cut.pdf"), ocr="never")
    first, second = doc.pages[0].tables, doc.pages[1].tables
    assert len(first) == 1 and len(second) == 1
    header = ["Mål\nför perioden", "Åtgärd", "Ansvarig\nenhet", "Tidtabell", "Mätare\noch uppföljning"]
    assert _unmarked(second[0].rows)[0] == header
    assert second[0].header_rows == 1 and second[0].continued and second[0].continues_row
    assert _unmarked(second[0].rows)[1] == ["", "för invandrare i\nstadens enheter.", "", "", ""]
    joined = join_tables(doc)
    assert len(joined) == 1
    rows = _unmarked(joined[0].rows)
    assert rows[0] == header
    assert rows[3] == ["", "Lönesubventionerade\narbetsplatser\nför invandrare i\nstadens enheter.",
                       "Personalservicen", "", ""]
    assert len(rows) == 6



# A two-column print's page (thirty-first blind set, Lillby): the left column closes one
# section and opens the goals ('Våra mål' > 'Service' > 'Mål A. ...'), the right one goes on
# with goals B-D, each a bold sub-heading set at about the text's size (10 pt on 9.5 pt),
# some wrapped onto a second line. Boxes as the text layer gave them; the words made up.
_TWO_COLUMN_PAGE = [
    (308.6, 520.8, 535.9, 534.5, 10.0, True, "Mål B. Barnen lär sig läsa och skriva på"),
    (45.0, 522.4, 262.4, 539.6, 12.5, True, "Hur gick det förra gången?"),
    (308.6, 534.8, 340.3, 548.5, 10.0, True, "svenska"),
    (45.0, 546.0, 285.3, 559.1, 9.5, False, "Förra programmet hade tjugo åtgärder och av dem"),
    (308.6, 554.6, 519.3, 567.7, 9.5, False, "Språket är nyckeln till skolan. Skolorna och"),
    (45.0, 558.6, 273.6, 571.7, 9.5, False, "blev femton klara och fyra delvis klara. Mappen"),
    (308.6, 567.2, 529.9, 580.3, 9.5, False, "daghemmen ska kunna ta emot barn hela"),
    (45.0, 571.2, 251.5, 584.3, 9.5, False, "delades ut till alla hushåll. Det planerade"),
    (308.6, 579.8, 409.0, 592.9, 9.5, False, "året om."),
    (45.0, 583.8, 282.1, 596.9, 9.5, False, "forumet ordnades bara en gång, eftersom det kom"),
    (45.0, 596.4, 277.3, 609.5, 9.5, False, "få deltagare. Utvärderingen visade att det ofta"),
    (308.6, 599.1, 505.9, 612.8, 10.0, True, "Mål C. Arbetsgivarna hittar kunnig"),
    (45.0, 609.0, 240.4, 622.1, 9.5, False, "saknades en tydlig ansvarig för åtgärderna."),
    (308.6, 613.1, 449.8, 626.8, 10.0, True, "arbetskraft bland de nya"),
    (45.0, 632.9, 97.1, 650.1, 12.5, True, "Våra mål"),
    (308.6, 632.9, 548.9, 646.0, 9.5, False, "Många har en utbildning som inte används i dag."),
    (308.6, 645.5, 507.7, 658.6, 9.5, False, "Samtidigt saknar varvet arbetskraft."),
    (45.0, 656.5, 277.3, 669.5, 9.5, False, "Programmet har sex mål i två teman."),
    (308.6, 667.3, 356.9, 682.5, 11.0, True, "Samhälle"),
    (45.0, 678.3, 84.1, 693.4, 11.0, True, "Service"),
    (308.6, 689.8, 533.7, 703.6, 10.0, True, "Mål D. Invandrare deltar i föreningar och"),
    (45.0, 702.3, 266.1, 716.0, 10.0, True, "Mål A. Alla nya får ett gott mottagande"),
    (308.6, 703.8, 334.2, 717.6, 10.0, True, "idrott"),
    (45.0, 722.1, 285.2, 735.2, 9.5, False, "Den första tiden avgör ofta om man stannar."),
    (308.6, 723.7, 547.3, 736.7, 9.5, False, "Föreningarna är byns ryggrad. Nya invånare ska"),
    (45.0, 734.7, 264.6, 747.8, 9.5, False, "Vi vill att varje ny invånare får en personlig"),
    (308.6, 736.3, 410.5, 749.3, 9.5, False, "känna sig välkomna."),
    (45.0, 747.3, 94.6, 760.4, 9.5, False, "kontakt."),
]


def _two_column_lines(y0, y1):
    from extractors.model import BBox, Line

    return [Line(text=t, bbox=BBox(x0=a, y0=b, x1=c, y1=d), font_size=s, bold=bold)
            for a, b, c, d, s, bold, t in _TWO_COLUMN_PAGE if y0 < b < y1]


def test_a_section_heading_level_with_a_run_in_sub_heading_is_no_table_header():
    # The left column's section heading (12.5 pt) stands level with the right column's goal
    # sub-heading (10 pt): taken for a 2-column table's header, the pair swallowed the text
    # columns under it and the goals in them. A table's header names its columns in one size.
    from extractors.borderless_tables import find_aligned_tables

    assert find_aligned_tables(_two_column_lines(515, 700)) == []


def test_the_wrapped_end_of_a_column_heading_is_no_table_header():
    # ... and lower down, the left column's sub-heading stands level with the last word of the
    # right column's sub-heading, wrapped onto its second line ('... föreningar och' / 'idrott')
    from extractors.borderless_tables import find_aligned_tables

    assert find_aligned_tables(_two_column_lines(660, 770)) == []
    # ... also where the text ends at the page's foot (a table's top split by a page break)
    assert find_aligned_tables(_two_column_lines(660, 770), page_height=842.0) == []


# Two text columns set section by section in parallel (a two-column print of a programme):
# each column opens a goal with a larger heading and a bold sub-heading level with the
# other column's, and its first measures are paragraphs of the same line counts, so they
# start level in both columns too. The lines of each column, top to bottom.
_PARALLEL_COLUMNS = [
    [("Strategiskt mål 2: Nya invånare hittar", 11.0, True),
     ("service de behöver", 11.0, True),
     ("Delmål 2.1 Rådgivningen är lätt att nå", 10.0, True),
     ("Åtgärd 2.1.1 Mottagningsbyrån har öppet två", 9.5, False),
     ("kvällar i veckan och erbjuder tidsbokning", 9.5, False),
     ("(Ansvar: integrationsenheten).", 9.5, False),
     ("Åtgärd 2.1.2 Tolkning på distans tas i bruk", 9.5, False),
     ("vid stadens servicepunkt under år 2025", 9.5, False),
     ("(Ansvar: kundservicen).", 9.5, False),
     ("Åtgärd 2.1.3 Samhällsorientering ordnas på", 9.5, False),
     ("arabiska och ukrainska i samarbete med", 9.5, False),
     ("folkhälsoförbundet (Ansvar: integrationen).", 9.5, False)],
    [("Strategiskt mål 3: Invånare möts på", 11.0, True),
     ("lika villkor", 11.0, True),
     ("Delmål 3.1 Nya deltar i föreningslivet", 10.0, True),
     ("Åtgärd 3.1.1 Föreningsbidrag kan sökas för", 9.5, False),
     ("verksamhet som för samman nya och gamla", 9.5, False),
     ("invånare (Ansvar: fritidsnämnden).", 9.5, False),
     ("Åtgärd 3.1.2 Biblioteket ordnar språkcafé", 9.5, False),
     ("och läxhjälp varje vecka under terminerna", 9.5, False),
     ("(Ansvar: stadsbiblioteket).", 9.5, False),
     ("Åtgärd 3.1.3 Ett mångkulturellt råd tillsätts", 9.5, False),
     ("för fullmäktigeperioden och möts fyra", 9.5, False),
     ("gånger om året (Ansvar: stadsstyrelsen).", 9.5, False)],
]


def _parallel_columns_pdf(path):
    doc = pymupdf.open()
    page = doc.new_page(width=F.A4[0], height=F.A4[1])
    page.insert_text((45, 40), "Vexby stads integrationsprogram 2025–2027", fontsize=8)
    for x, column in zip((45, 309), _PARALLEL_COLUMNS):
        y = 90.0
        for k, (text, size, bold) in enumerate(column):
            # a block (heading, sub-heading, measure) starts after a paragraph gap
            if k and (bold != column[k - 1][2] or text.startswith("Åtgärd") or size != column[k - 1][1]):
                y += 6
            page.insert_text((x, y), text, fontsize=size, fontname="hebo" if bold else "helv")
            y += 1.3 * size
    doc.save(path)
    return path


def test_sub_headings_level_in_two_text_columns_are_no_table_header(tmp_path):
    # 'Delmål 2.1 …' beside 'Delmål 3.1 …' is a bold pair over rows that start level in both
    # columns: it read as a 2-column table's header, and the measures under it became cells
    # (a blind programme's two-column print lost seven of its measures). The lines right
    # above the pair lie in the same two columns: the text columns run on above it, as they
    # do not above a table's header.
    doc = extract(_parallel_columns_pdf(tmp_path / "pc.pdf"), ocr="never")
    page = doc.pages[0]
    assert page.tables == []
    texts = [ln.text for ln in page.lines]
    assert texts.index("Delmål 2.1 Rådgivningen är lätt att nå") < texts.index(
        "Åtgärd 2.1.3 Samhällsorientering ordnas på") < texts.index("Strategiskt mål 3: Invånare möts på")


def test_a_two_column_table_under_its_caption_stays_a_table(tmp_path):
    # The same bold pair and rows as a real table: over its header a caption in the first
    # column only and a paragraph across the page, no line set in the second column.
    doc = pymupdf.open()
    page = doc.new_page(width=F.A4[0], height=F.A4[1])
    page.insert_text((45, 60), "Stycket före tabellen är vanlig löptext som går över hela sidans bredd och mer.",
                     fontsize=9.5)
    page.insert_text((45, 80), "Tabell 2. Åtgärder per delmål", fontsize=10, fontname="hebo")
    y = 100.0
    for x, column in zip((45, 309), _PARALLEL_COLUMNS):
        yy = y
        for k, (text, size, bold) in enumerate(column[2:]):
            if k and text.startswith("Åtgärd"):
                yy += 6
            page.insert_text((x, yy), text, fontsize=size, fontname="hebo" if bold else "helv")
            yy += 1.3 * size + (6 if k == 0 else 0)
    path = tmp_path / "tab.pdf"
    doc.save(path)
    tables = extract(path, ocr="never").pages[0].tables
    assert len(tables) == 1 and tables[0].method == "text-alignment"
    rows = _unmarked(tables[0].rows)
    assert rows[0] == ["Delmål 2.1 Rådgivningen är lätt att nå", "Delmål 3.1 Nya deltar i föreningslivet"]
    assert [r[1].split("\n")[0] for r in rows[1:]] == [
        "Åtgärd 3.1.1 Föreningsbidrag kan sökas för", "Åtgärd 3.1.2 Biblioteket ordnar språkcafé",
        "Åtgärd 3.1.3 Ett mångkulturellt råd tillsätts"]


def test_a_table_right_under_two_text_columns_on_a_grid_of_its_own_stays_a_table():
    # Two text columns (at 45 and 309) end just above a two-column table whose cells start
    # at 47 and 259 (a blind programme's two-column print): the lines right above its header
    # lie over its columns, the left one in its first column, but the right one starts where
    # the page's second text column does, not where the table's cells do. The table's header
    # is the top of its own columns. (Before the lines had to start at the columns' starts,
    # the table was lost to the rule for text columns running on above a bold pair.)
    from extractors.borderless_tables import find_aligned_tables

    t = _text_line
    lines = [t("Biblioteket och frivilliga från föreningen,", 45, 244, 266),
             t("Bildningsväsendet har gjort en egen tabell,", 309, 243, 520),
             t("fortlöpande", 45, 257, 98), t("eftersom skolans åtgärder också ingår i", 309, 256, 510),
             t("elevvårdsplanen.", 309, 268, 382),
             t("Delmål", 47, 298, 80, 9.0, True), t("Aktiviteter", 259, 298, 305, 9.0, True),
             t("Barn och unga når samma resultat som andra", 47, 317, 240, 9.0),
             t("Förberedande undervisning i egen grupp", 259, 317, 430, 9.0),
             t("Läxhjälp två eftermiddagar i veckan", 259, 328, 415, 9.0),
             t("Ungdomar hittar en fritidssysselsättning", 47, 358, 225, 9.0),
             t("Ungdomsgårdens öppna kvällar varje vecka", 259, 358, 440, 9.0),
             t("Sommarjobb i kommunen för 15–17-åringar", 259, 369, 445, 9.0)]
    tables = find_aligned_tables(lines)
    assert len(tables) == 1
    rows = _unmarked(tables[0].table.rows)
    assert rows[0] == ["Delmål", "Aktiviteter"]
    assert [r[0] for r in rows[1:]] == ["Barn och unga når samma resultat som andra",
                                        "Ungdomar hittar en fritidssysselsättning"]
