"""A ruled key-value card of one field: a grid of one row, a shaded cell with a bold label
('Åtgärder') beside a plain cell with the value, as the cards around it print two or more
rows. One-row grids are otherwise framed boxes (a highlighted paragraph) and read as lines;
a label cell beside its value says the row is a record. Made-up pages."""

from __future__ import annotations

import pymupdf

from extractors import extract

X0, XM, X1 = 60, 173, 535


def _card(page, y: float, rows: list[tuple[str, str]], label_font: str = "hebo") -> float:
    for label, value in rows:
        page.draw_rect(pymupdf.Rect(X0, y, XM, y + 19), color=(0.5, 0.55, 0.6), fill=(0.86, 0.91, 0.96))
        page.draw_rect(pymupdf.Rect(XM, y, X1, y + 19), color=(0.5, 0.55, 0.6))
        page.insert_text((X0 + 4, y + 13), label, fontsize=9, fontname=label_font)
        page.insert_text((XM + 4, y + 13), value, fontsize=9, fontname="helv")
        y += 19
    return y


def _page(path, one_row=("Åtgärder", "Språkcafé för föräldrar i biblioteket (bildningen)"), label_font="hebo"):
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((X0, 70), "Mål 1: Föräldrarna känner till skolans tjänster", fontsize=10.5, fontname="hebo")
    _card(page, 90, [("Åtgärder", "Hembesök hos nya familjer (skolan)"), ("Mätare", "Antal hembesök per år")])
    page.insert_text((X0, 170), "Mål 2: Föräldrarna lär sig svenska", fontsize=10.5, fontname="hebo")
    _card(page, 190, [one_row], label_font)
    page.insert_text((X0, 250), "Programmet följs upp varje år av nämnden och resultatet redovisas i bokslutet.",
                     fontsize=10)
    page.insert_text((X0, 300), "Sist på sidan står en vanlig rad med text.", fontsize=10)
    doc.save(path)
    return extract(path, ocr="never").pages[0]


def test_a_one_row_grid_of_a_bold_label_beside_its_value_is_a_table(tmp_path):
    page = _page(tmp_path / "kv.pdf")
    rows = [[[c.replace("\xad", "") for c in r] for r in t.rows] for t in page.tables]
    assert [["Åtgärder", "Språkcafé för föräldrar i biblioteket (bildningen)"]] in rows


def test_a_one_row_grid_without_a_label_cell_is_still_no_table(tmp_path):
    # two plain cells side by side (a framed note in two parts): no record, read as lines
    page = _page(tmp_path / "plain.pdf", one_row=("Observera", "Språkcafé för föräldrar i biblioteket"),
                 label_font="helv")
    assert [len(t.rows) for t in page.tables] == [2]
    assert "Språkcafé för föräldrar i biblioteket" in [ln.text for ln in page.lines]
