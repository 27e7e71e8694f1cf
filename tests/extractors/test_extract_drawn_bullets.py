"""List markers drawn as shapes become '•' in front of their item."""

from __future__ import annotations

import pdf_fixtures as F

from extractors import extract


def _texts(tmp_path):
    doc = extract(F.drawn_bullets_pdf(tmp_path / "drawn.pdf"), ocr="never")
    return [ln.text for ln in doc.pages[0].items if hasattr(ln, "text")]


def test_drawn_discs_and_squares_become_bullets(tmp_path):
    texts = _texts(tmp_path)
    bulleted = [t for t in texts if t.startswith("• ")]
    assert bulleted == [
        "• åtgärd 1 med en beskrivning av arbetet",
        "• åtgärd 2 med en beskrivning av arbetet",
        "• åtgärd 3 med en beskrivning av arbetet",
        "• en åtgärd med fyrkantig markör",
    ]


def test_lines_without_a_marker_and_thin_rules_stay_plain(tmp_path):
    texts = _texts(tmp_path)
    assert "Åtgärder under perioden:" in texts
    assert "en vanlig rad bredvid en tunn linje" in texts


def _span(text: str, x0: float, x1: float, font: str = "DejaVuSerif") -> dict:
    return {"text": text, "bbox": (x0, 100.0, x1, 110.0), "size": 10.0, "flags": 0, "font": font}


def test_symbol_font_bullets_become_bullets():
    from extractors.pdf_text import _make_line, join_bullet_glyphs

    # Word/LibreOffice: Symbol's bullet U+F0B7 as its own glyph run before the item
    marker = _make_line([_span("\uf0b7", 90, 94, "OpenSymbol")])
    item = _make_line([_span("uppfostran av barn", 108, 166)])
    assert [ln.text for ln in join_bullet_glyphs([marker, item])] == ["• uppfostran av barn"]
    # the same glyph at the start of a line's own text, and an arrow bullet
    assert _make_line([_span("\uf0b7 stöd till familjer", 90, 200)]).text == "• stöd till familjer"
    assert _make_line([_span("➢ stöd till familjer", 90, 200)]).text == "• stöd till familjer"


def test_text_symbols_are_not_markers():
    from extractors.pdf_text import _make_line

    for text in ("© Vasa stad 2023", "§ 32 i lagen", "– ett tankstreck", "2 INTEGRATION"):
        assert _make_line([_span(text, 90, 200)]).text == text


def _cell(text: str, x0: float, y0: float, w: float | None = None):
    from extractors.model import BBox, Line

    return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x0 + (w or 4.7 * len(text)), y1=y0 + 11.7),
                font_size=8.5)


def test_a_dash_alone_in_a_table_cell_is_not_a_marker_of_the_next_cell():
    # A narrow Kostnad column ('–' for no cost, '1 500 €' in the next row) beside a Status
    # column: the dash has text 24 pt to its right at its height, close enough for a list
    # marker, but its column holds other cells beside the Status column's (blind71
    # twocolumn: '– Pågår' was read as one line and the two columns as one).
    from extractors.pdf_text import join_bullet_glyphs

    lines = [_cell("Kost", 381, 476, 19), _cell("Status", 410, 476, 26),
             _cell("–", 381, 505, 4.7), _cell("Pågår", 410, 505, 23),
             _cell("1", 381, 540, 4.7), _cell("Ny", 410, 540, 11), _cell("500", 381, 551, 14),
             _cell("–", 381, 580, 4.7), _cell("Ny", 410, 580, 11)]
    texts = sorted(ln.text for ln in join_bullet_glyphs(lines))
    assert texts == sorted(ln.text for ln in lines)


def test_a_list_with_a_paragraph_at_the_markers_edge_keeps_its_markers():
    # Dash markers at the margin, items 12 pt in, a paragraph starting at the margin and
    # a wrapped item line at the items' edge: nothing stands in the markers' strip beside
    # an item, so each dash is its item's marker.
    from extractors.pdf_text import join_bullet_glyphs

    lines = [_cell("Programmet har tre delar som beskrivs nedan i korthet.", 60, 100, 260),
             _cell("–", 60, 115, 4.7), _cell("mottagande och vägledning för", 72, 115, 150),
             _cell("nyinflyttade", 72, 127, 60),
             _cell("–", 60, 139, 4.7), _cell("språk", 72, 139, 28)]
    texts = [ln.text for ln in join_bullet_glyphs(lines)]
    assert "– mottagande och vägledning för" in texts and "– språk" in texts
