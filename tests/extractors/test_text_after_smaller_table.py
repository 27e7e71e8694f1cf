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


def _line(text, x0, y0, size=9.0, bold=False):
    from extractors.model import BBox, Line

    return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x0 + 0.55 * size * len(text), y1=y0 + size),
                font_size=size, bold=bold)


def test_running_head_in_small_type_over_a_carried_table_does_not_end_it():
    # The page goes on with the previous page's table, under a running head in 8 pt that the
    # continuation takes as its first row: the 9 pt cells after it are not 'text set larger
    # than the table' -- the head is no row of cells in two columns (before the rule asked
    # for one, the continuation was lost: its lines stayed loose text)
    from extractors.borderless_tables import find_aligned_tables

    header = [("Åtgärd", 60), ("Ansvarig", 280), ("Tidsplan", 450)]
    page1 = [_line(t, x, 60, bold=True) for t, x in header]
    y = 80.0
    for i in range(24):
        page1 += [_line(f"Åtgärd nummer {i}", 60, y), _line("Bildningssektorn", 280, y), _line("2025", 450, y)]
        y += 30
    carry = find_aligned_tables(page1, page_height=842)[-1]
    page2 = [_line("Hagby · Integrationsplan för Hagby stad 2024–2027", 60, 25, size=8.0)]
    y = 64.0
    for i in range(2):
        page2 += [_line(f"Föräldramöten med tolk {i}", 60, y), _line("Skolorna", 280, y), _line("Varje läsår", 450, y)]
        y += 30
    page2 += [_line("Indikatorer:", 60, y + 12, size=10.0),
              _line("• andelen barn med främmande modersmål i småbarnspedagogiken", 65, y + 32, size=10.0)]
    tables = find_aligned_tables(page2, carry=carry, page_height=842)
    assert tables, "the carried table was lost"
    cells = [c for r in tables[0].table.rows for c in r]
    assert any("Föräldramöten med tolk 1" in c for c in cells) and any("Varje läsår" in c for c in cells)
    assert not any("Indikatorer:" in c for c in cells)
