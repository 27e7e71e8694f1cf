"""Reading order and line attributes on generated PDFs."""

from __future__ import annotations

import pdf_fixtures as F

from extractors import extract
from extractors.model import BBox, Line
from extractors.reading_order import find_gutters, order_items


def test_two_columns_read_left_then_right_with_full_width_headings_in_place(tmp_path):
    doc = extract(F.two_column_pdf(tmp_path / "twocol.pdf"), ocr="never")
    lines = doc.pages[0].lines
    texts = [ln.text for ln in lines]
    expected = (
        ["Titel som går över båda spalterna på sidan"]
        + [f"vänster rad {i:02d} med lite text här" for i in range(1, 13)]
        + [f"höger rad {i:02d} med lite text här" for i in range(1, 13)]
        + ["Mellanrubrik som också spänner över båda spalterna"]
        + [f"vänster del två {i:02d} text" for i in range(1, 5)]
        + [f"höger del två {i:02d} text" for i in range(1, 5)]
    )
    assert texts == expected
    cols = {ln.text: ln.column for ln in lines}
    assert cols["vänster rad 05 med lite text här"] == 0
    assert cols["höger rad 05 med lite text här"] == 1
    assert cols["Mellanrubrik som också spänner över båda spalterna"] == 0
    title = lines[0]
    assert title.bold and not lines[1].bold
    assert title.font_size == 16 and lines[1].font_size == 10
    assert doc.pages[0].source == "text-layer"
    assert "vänster rad 01" in doc.pages[0].raw_text


def test_separate_bullet_glyphs_do_not_make_a_column(tmp_path):
    doc = extract(F.bullet_list_pdf(tmp_path / "bullets.pdf"), ocr="never")
    lines = doc.pages[0].lines
    assert all(ln.column == 0 for ln in lines)
    # each detached marker glyph is put back in front of its item (PyMuPDF's base-14
    # Helvetica prints "•" as "·", whatever the glyph, it stays one line with its item)
    texts = [ln.text.split(" ", 1) for ln in lines]
    assert [t[1] for t in texts] == [f"punkt {i:02d} i en lista med text som är ganska lång" for i in range(1, 11)]
    assert all(len(t[0]) == 1 and not t[0].isalnum() for t in texts)


def _line(text, x0, y0, x1, y1):
    return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y1))


def test_three_columns_from_boxes_alone():
    items = []
    for c, x in enumerate((50, 230, 410)):
        for r in range(8):
            items.append(_line(f"c{c}r{r}", x, 100 + 12 * r, x + 150, 110 + 12 * r))
    assert len(find_gutters(items)) == 2
    order = [i.text for i in order_items(list(reversed(items)))]
    assert order == [f"c{c}r{r}" for c in range(3) for r in range(8)]


def test_single_ragged_column_has_no_gutter():
    items = [_line(f"r{r}", 60, 100 + 12 * r, 60 + 200 + (r * 37) % 280, 110 + 12 * r) for r in range(30)]
    assert find_gutters(items) == []
    assert [i.text for i in order_items(items)] == [f"r{r}" for r in range(30)]


def test_section_heading_over_columns_starts_new_column_run(tmp_path):
    doc = extract(F.two_column_sections_pdf(tmp_path / "sections.pdf"), ocr="never")
    firsts = [ln.text.split(" ")[0] for ln in doc.pages[0].lines]
    assert firsts == ["A"] * 8 + ["B"] * 8 + ["2"] + ["C"] * 6 + ["D"] * 6
