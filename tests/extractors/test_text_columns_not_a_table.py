"""Two columns of running text are no headerless table, even where their paragraphs happen
to start level (the same number of lines in both columns, paragraph after paragraph). A
made-up page set as a two-column programme is: a note whose sentence runs on from the left
column into the right one, a section heading set larger across the page, then paragraphs in
both columns, two and three lines long on either side. Three cues keep it text: a heading
set larger right under a row of content ends what could be a table there (a row of content
is set in its cells' size); a table does not start on a row that goes on at line spacing
from the lines above it in its columns; and columns whose every block is a paragraph of
sentences are the page's text columns (a table keeps a column of labels, names or dates)."""

from __future__ import annotations

import pymupdf

from extractors import extract

LEFT, RIGHT = 45, 309  # the two text columns' starts
STEP = 12.6  # line spacing
PARA = 18.0  # paragraph spacing

LEFT_PARAS = [
    ["Nämnden går igenom programmet varje vår.", "Varje område har sina egna mätare."],
    ["Arbete: Vi räknar hur många som fått en", "praktikplats under året; antal nya",
     "företagare med annat modersmål."],
    ["Skola: Vi räknar hur många elever som går", "vidare till gymnasiet; antal elever i",
     "läxhjälpen på biblioteket."],
]
RIGHT_PARAS = [
    ["Hälsa: Vi räknar antal besök hos", "hälsorådgivaren på torget."],
    ["Fritid: Vi räknar antal klubbar som haft", "med nya medlemmar på höstmötet; antal",
     "deltagare i simskolan för vuxna."],
    ["Dessutom frågar vi klubbarna vart tredje", "år hur många nya medlemmar de fått.",
     "Svaren från 2024 visade att få klubbar", "hade fått nya medlemmar."],
]


def _page(path):
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 80.0
    # a note's one sentence, wrapped from the left column into the right one
    page.insert_text((LEFT, y), "Ordet ”löpande” betyder att arbetet pågår", fontsize=9.5)
    page.insert_text((RIGHT, y), "under hela perioden.", fontsize=9.5)
    y += 32
    page.insert_text((LEFT, y), "4. Så följer vi upp", fontsize=17, fontname="hebo")
    y += 27
    for lp, rp in zip(LEFT_PARAS, RIGHT_PARAS):
        for k, ln in enumerate(lp):
            page.insert_text((LEFT, y + k * STEP), ln, fontsize=9.5)
        for k, ln in enumerate(rp):
            page.insert_text((RIGHT, y + k * STEP), ln, fontsize=9.5)
        y += (len(lp) - 1) * STEP + PARA
    doc.save(path)
    return extract(path, ocr="never").pages[0]


def test_two_text_columns_with_paragraphs_starting_level_are_no_table(tmp_path):
    page = _page(tmp_path / "cols.pdf")
    assert page.tables == []
    text = [ln.text for ln in page.items]
    # read as text, column by column: the left column's paragraphs before the right one's
    assert text.index("Skola: Vi räknar hur många elever som går") < text.index("Hälsa: Vi räknar antal besök hos")
