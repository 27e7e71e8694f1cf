"""A borderless table set in smaller type than the page's text ends where the text goes on:
a line in the text's size under it ('Åtgärder:' over a list, after a results table of 9 pt
cells in 10 pt running text) is no row of the table (`borderless_tables._extend`)."""

from __future__ import annotations

import pymupdf

from extractors import extract


def test_larger_text_line_under_a_smaller_table_is_no_row(tmp_path):
    path = tmp_path / "results.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 100
    page.insert_text((57, y), "Resultat för målet", fontsize=11, fontname="hebo")
    y += 22
    for cells, bold in ((["Mätare", "Utfall 2024", "Målvärde 2028"], True),
                        (["Antal lediga hyresbostäder i bostadsbolaget", "2", "0"], False),
                        (["Andel inflyttade som bor kvar efter fem år", "58 %", "65 %"], False)):
        for x, c in zip((57, 276, 408), cells):
            page.insert_text((x, y), c, fontsize=9, fontname="hebo" if bold else "helv")
        y += 19
    y += 13
    page.insert_text((57, y), "Åtgärder:", fontsize=10, fontname="helv")
    y += 20
    page.insert_text((62, y), "• Bostadsbolaget informerar om hyresavtal på flera språk – Bostäder Ab, 2026",
                     fontsize=10, fontname="helv")
    doc.save(path)

    items = extract(path, ocr="never").pages[0].items
    tables = [it for it in items if it.kind == "table"]
    assert len(tables) == 1
    # (before: the three rows were one, and 'Åtgärder:' the table's second row)
    assert tables[0].rows == [["Mätare", "Utfall 2024", "Målvärde 2028"],
                              ["Antal lediga hyresbostäder i bostadsbolaget", "2", "0"],
                              ["Andel inflyttade som bor kvar efter fem år", "58 %", "65 %"]]
    lines = [it.text for it in items if it.kind == "line"]
    assert "Åtgärder:" in lines
