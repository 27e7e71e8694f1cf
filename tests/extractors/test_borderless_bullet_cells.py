"""A borderless table whose cells are bulleted lists wrapped with a hanging indent (the lines
after '• ' start where the item's text does, a few points right of the column start), as a
word processor sets a list in a cell: still a table. Before, most wrapped lines started off
every column start and the alignment evidence failed (blind209's planning board)."""

from __future__ import annotations

import re

import pymupdf

from extractors import extract

A4 = (595, 842)
COLS = (60, 170, 330)
INDENT = 6.5  # the hanging indent of the bullet lines


def _board_pdf(path):
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_text((60, 60), "Stycket före tabellen är vanlig löptext som går över hela bredden.", fontsize=10)
    y, lh = 90, 11
    header = ["Mål", "Planeras", "Pågår"]
    for c, h in enumerate(header):
        page.insert_text((COLS[c], y), h, fontsize=10, fontname="hebo")
    y += lh + 6
    rows = [
        ["1. Nya invånare får\nstöd i början",
         ["• Ett välkomstpaket med\nvideor på sex språk tas\nfram (kommunikationen,\n2025)"],
         ["• Den inledande\nkartläggningen görs i\nsamarbete med arbets-\nområdet (integrationen,\nfortlöpande)",
          "• Vägledning vid\nservicepunkten\n(integrationen, pågår)"]],
        ["2. Unga hittar sin väg\ntill arbete",
         ["• Sommarjobb för unga i\nårskurs 9 (personalen,\n2026)", "• Studiehandledare\nbesöker skolan varje\ntermin (ungdomsgarantin,\n2025–2027)"],
         ["• Uppsökande\nungdomsarbete på\narabiska (ungdomen,\npågår)"]],
    ]
    for goal, planned, ongoing in rows:
        heights = [len(goal.split("\n"))]
        for k, part in enumerate(goal.split("\n")):
            page.insert_text((COLS[0], y + k * lh), part, fontsize=9)
        for c, items in ((1, planned), (2, ongoing)):
            k = 0
            for item in items:
                for j, part in enumerate(item.split("\n")):
                    page.insert_text((COLS[c] + (INDENT if j else 0), y + k * lh), part, fontsize=9)
                    k += 1
            heights.append(k)
        y += max(heights) * lh + 8
    page.insert_text((60, y + 20), "Stycket efter tabellen är också vanlig löptext över hela bredden.", fontsize=10)
    doc.save(path)
    return path


def test_a_table_of_bulleted_cells_with_hanging_indents_is_found(tmp_path):
    doc = extract(_board_pdf(tmp_path / "board.pdf"), ocr="never")
    tables = doc.pages[0].tables
    assert len(tables) == 1 and tables[0].method == "text-alignment"
    t = tables[0]
    assert [c.split("\n")[0] for c in t.rows[0]] == ["Mål", "Planeras", "Pågår"]
    assert len(t.rows) == 3
    # (the base-14 font prints the bullet as '·')
    assert len(re.findall(r"^[•·]", t.rows[2][1], re.M)) == 2 and "Studiehandledare" in t.rows[2][1]
    assert "ungdomsarbete" in t.rows[2][2]
