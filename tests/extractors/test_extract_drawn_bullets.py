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
