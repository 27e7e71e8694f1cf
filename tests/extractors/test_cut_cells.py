"""A borderless table's cell cut by the page break goes on at the top of the next page.

A word processor breaks a table row over the page when it does not fit: the lines of a tall
cell that do not fit are printed at the top of the next page, at the x of their column, with
nothing in the other columns (their cells ended on the page before). Those lines are the
rest of the cell, not a short line of text at the left margin: the table ran to the foot of
the page, the lines start at the column's start, set in the table's type, and they go on in
lower case from a cell left without closing punctuation (`pdf_tables.row_is_split_rest`, as a
ruled table's cut row is told). A short paragraph after a table that ended mid-page, or one
starting in upper case after a complete cell, stays text.
"""

from __future__ import annotations

import pymupdf

from extractors import extract
from extractors.table_join import join_tables

COLS = [(57, "Åtgärd"), (160, "Mål"), (212, "Ansvarig"), (308, "Samarbete"), (413, "Tidtabell")]
SIZE, PITCH = 8.5, 10.5  # the table's type and line pitch
ROWS = [
    (["Rådgivning per telefon", "och chatt på två språk"], ["1"], ["Invandrarinfon"], ["–"], ["fortlöpande"]),
    (["Videor om kommunens", "tjänster, textade på", "fem språk"], ["1"], ["Kommunikationen"], ["Invandrarinfon"],
     ["2026"]),
    (["Studiecirklar på distans", "för skiftarbetare"], ["2"], ["Medborgarinstitutet"], ["–"], ["varje termin"]),
    (["Lättläst-hylla och", "högläsning för vuxna"], ["2"], ["Biblioteket"], ["Röda korset"], ["varje vecka"]),
    (["Läxhjälp på tre språk i", "högstadiet"], ["3"], ["Grundläggande", "utbildningen"], ["Församlingarna"],
     ["2026–2030"]),
]


def _text(page, y: float, n: int) -> float:
    for k in range(n):
        page.insert_text((57, y), f"Stycke {k + 1} om hur programmet har tagits fram och vem som har deltagit.",
                         fontsize=10)
        y += 14
    return y


def _cells(page, y: float, cells) -> float:
    """One row of the table, its first lines at baseline y; returns the next row's baseline."""
    for (x, _), lines in zip(COLS, cells):
        for k, line in enumerate(lines):
            page.insert_text((x, y + k * PITCH), line, fontsize=SIZE)
    return y + PITCH * max(len(c) for c in cells) + 10


def _table(page, y: float, rows) -> float:
    for x, label in COLS:
        page.insert_text((x, y), label, fontsize=SIZE, fontname="hebo")
    y += 17
    for cells in rows:
        y = _cells(page, y, cells)
    return y


def _foot_and_head(page, no: int) -> None:
    page.insert_text((57, 34), "Myrby · Integrationsprogram 2026–2030", fontsize=8)
    page.insert_text((295, 810), str(no), fontsize=9)


def _cut_table(path, last_row, rest: list[str], rest_col: int = 0, *, fill: int = 35, after_heading: bool = True,
               rest_size: float = SIZE):
    """A page of text and a table whose last row (`last_row`) is cut at the foot of the page;
    the next page opens with `rest` in column `rest_col`, then a heading and text."""
    doc = pymupdf.open()
    p1 = doc.new_page(width=595, height=842)
    _foot_and_head(p1, 1)
    y = _text(p1, 70.0, fill)
    y = _table(p1, y + 20, ROWS)
    y = _cells(p1, y, last_row)
    p2 = doc.new_page(width=595, height=842)
    _foot_and_head(p2, 2)
    y = 72.0
    for k, line in enumerate(rest):
        p2.insert_text((COLS[rest_col][0], y + k * PITCH), line, fontsize=rest_size)
    y += PITCH * len(rest) + 30
    if after_heading:
        p2.insert_text((57, y), "5 Uppföljning", fontsize=13, fontname="hebo")
        y += 26
    _text(p2, y, 3)
    doc.save(path)
    return extract(path, ocr="never")


LAST = (["Vänfamiljsverksamhet", "som för samman"], ["5"], ["Fritidstjänsterna"],
        ["Församlingarna,", "Marthaföreningen"], ["årligen"])


def _last_row(doc) -> list[str]:
    """The joined table's last row, each cell's lines joined by spaces (a wrapped line's soft
    hyphen, `cell_lines`, dropped)."""
    (joined,) = join_tables(doc)
    return [" ".join(c.replace("\u00ad", "").split()) for c in joined.rows[-1]]


def _page_lines(doc, no: int) -> list[str]:
    return [l.text for l in doc.pages[no - 1].lines]


def test_first_column_cell_cut_at_the_page_foot_goes_on_at_the_next_page_top(tmp_path):
    doc = _cut_table(tmp_path / "first.pdf", LAST, ["nyinflyttade och infödda", "familjer"])
    assert len(doc.pages[0].tables) == 1
    row = _last_row(doc)
    assert row[0] == "Vänfamiljsverksamhet som för samman nyinflyttade och infödda familjer"
    assert row[2] == "Fritidstjänsterna"
    assert not any("nyinflyttade" in t for t in _page_lines(doc, 2))
    # the heading and the text after it stay text
    assert "5 Uppföljning" in _page_lines(doc, 2)


def test_one_line_of_a_cut_first_column_cell_goes_on_too(tmp_path):
    doc = _cut_table(tmp_path / "one.pdf", LAST, ["nyinflyttade familjer"])
    row = _last_row(doc)
    assert row[0] == "Vänfamiljsverksamhet som för samman nyinflyttade familjer"
    assert not any("nyinflyttade" in t for t in _page_lines(doc, 2))


def test_middle_column_cell_cut_at_the_page_foot_goes_on_at_the_next_page_top(tmp_path):
    last = (["Vänfamiljsverksamhet"], ["5"], ["Fritidstjänsterna och", "föreningarna i"],
            ["Församlingarna"], ["årligen"])
    # (a piece in a later column was taken as the table's before `_cut_cell_rest` too, on its
    # column alone; the rule must keep it so)
    doc = _cut_table(tmp_path / "middle.pdf", last, ["kommunens byar"], rest_col=2)
    row = _last_row(doc)
    assert row[2] == "Fritidstjänsterna och föreningarna i kommunens byar"
    assert row[0] == "Vänfamiljsverksamhet"
    assert not any("kommunens byar" in t for t in _page_lines(doc, 2))


def test_an_upper_case_line_after_a_complete_cell_stays_text(tmp_path):
    last = (["Vänfamiljsverksamhet för", "nya familjer"], ["5"], ["Fritidstjänsterna"], ["Församlingarna"],
            ["årligen"])
    doc = _cut_table(tmp_path / "upper.pdf", last, ["Programmet följs upp."])
    row = _last_row(doc)
    assert row[0] == "Vänfamiljsverksamhet för nya familjer"
    assert "Programmet följs upp." in _page_lines(doc, 2)


def test_a_lower_case_line_after_a_finished_sentence_stays_text(tmp_path):
    last = (["Vänfamiljer för nya", "familjer."], ["5"], ["Fritidstjänsterna"], ["Församlingarna"], ["årligen"])
    doc = _cut_table(tmp_path / "closed.pdf", last, ["se även bilaga 2"])
    row = _last_row(doc)
    assert row[0] == "Vänfamiljer för nya familjer."
    assert "se även bilaga 2" in _page_lines(doc, 2)


def test_a_lower_case_line_set_in_the_page_type_stays_text(tmp_path):
    # set in the text's 10 pt, not in the table's 8.5 pt: no cell of it
    doc = _cut_table(tmp_path / "type.pdf", LAST, ["nyinflyttade och infödda"], rest_size=10)
    assert _last_row(doc)[0] == "Vänfamiljsverksamhet som för samman"
    assert "nyinflyttade och infödda" in _page_lines(doc, 2)


def test_a_short_paragraph_after_a_table_that_ended_mid_page_stays_text(tmp_path):
    # the table ends with half the page left: nothing is cut, the next page's first lines are
    # the page's own, whatever their case and however they fit the first column
    doc = _cut_table(tmp_path / "mid.pdf", LAST, ["nyinflyttade och infödda", "familjer"], fill=5)
    row = _last_row(doc)
    assert row[0] == "Vänfamiljsverksamhet som för samman"
    assert "nyinflyttade och infödda" in _page_lines(doc, 2)
