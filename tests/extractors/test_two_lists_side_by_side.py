"""Two lists side by side under a bold two-label header, of unequal length: a slide's
'Det här gör vi redan | Nytt 2024–2027' table whose left list ends after one row. The first
row holds a cell under each label, the next one the right column only: one row short of the
two rows in both columns a borderless table otherwise needs. Made-up pages."""

from __future__ import annotations

import pymupdf

from extractors import extract

X0, X1 = 57, 256  # the two columns' starts


def _page(path, right_rows=("Årlig översikt till nämnden (kansliet)",
                            "Nätverk för föreningarna som träffas två gånger per år (kansliet)")):
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((X0, 60), "Samarbete och uppföljning", fontsize=13, fontname="hebo")
    page.insert_text((X0, 84), "Mål 6: Arbetet i Exempelby är samordnat och följs upp", fontsize=10)
    y = 110
    page.insert_text((X0, y), "Det här gör vi redan", fontsize=9, fontname="hebo")
    page.insert_text((X1, y), "Nytt för perioden", fontsize=9, fontname="hebo")
    y += 18
    page.insert_text((X0, y), "Samarbetsgrupp med", fontsize=9)
    page.insert_text((X0, y + 11), "välfärdsområdet", fontsize=9)
    for k, cell in enumerate(right_rows):
        page.insert_text((X1, y), cell, fontsize=9)
        y += 32
    page.insert_text((X0, y + 10), "Talarmanus: Översikten ska vara kort och bygga på mätarna på nästa bild "
                                   "som vi visar.", fontsize=10)
    doc.save(path)
    return extract(path, ocr="never").pages[0]


def test_a_bold_pair_of_labels_over_lists_of_unequal_length_is_a_table(tmp_path):
    page = _page(tmp_path / "pair.pdf")
    (table,) = page.tables
    # (a line break inside a cell may carry the extractor's soft-hyphen mark: not compared)
    assert [[c.replace("\xad", "") for c in r] for r in table.rows] == [["Det här gör vi redan", "Nytt för perioden"],
                          ["Samarbetsgrupp med\nvälfärdsområdet", "Årlig översikt till nämnden (kansliet)"],
                          ["", "Nätverk för föreningarna som träffas två gånger per år (kansliet)"]]


def test_a_bold_pair_of_labels_over_one_row_is_still_no_table(tmp_path):
    # a pair of bold names over a line each (a signature block): one row, no table
    page = _page(tmp_path / "one.pdf", right_rows=("Årlig översikt till nämnden (kansliet)",))
    assert page.tables == []
