"""A multilevel list's glyphs ('●' / '○' / '▪', thirty-first blind set, helper t31a): kept as
printed, so the level each tells survives, also when the print sets its own bullet in front."""

from __future__ import annotations


def _span(text: str, x0: float, x1: float, y0: float = 100.0, y1: float = 110.0) -> dict:
    return {"text": text, "bbox": (x0, y0, x1, y1), "size": 10.0, "flags": 0, "font": "Helvetica"}


def test_level_glyphs_stay_as_printed_and_a_drawn_marker_before_them_makes_one_marker():
    from extractors.pdf_text import _make_line, join_bullet_glyphs

    for glyph in "●○▪":
        line = _make_line([_span(f"{glyph} Språkcafé på biblioteket", 90, 200)])
        assert line.text == f"{glyph} Språkcafé på biblioteket"
        marker = _make_line([_span("•", 80, 84)])
        assert [ln.text for ln in join_bullet_glyphs([marker, line])] == [f"• {glyph} Språkcafé på biblioteket"]
    # a symbol font's arrow is still read as the bullet it stands for
    assert _make_line([_span("➢ Språkcafé", 90, 160)]).text == "• Språkcafé"
