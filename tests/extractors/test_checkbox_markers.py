"""A checklist's box to tick where the list marker stands (eighteenth blind set, helper e18b):
kept as printed, and a line as high as its text when the box comes from a taller symbol font."""

from __future__ import annotations


def _span(text: str, x0: float, x1: float, y0: float = 100.0, y1: float = 110.0, font: str = "Helvetica") -> dict:
    return {"text": text, "bbox": (x0, y0, x1, y1), "size": 10.0, "flags": 0, "font": font}


def test_a_box_to_tick_stays_as_printed_and_a_drawn_marker_before_it_makes_one_marker():
    from extractors.pdf_text import _make_line, join_bullet_glyphs

    line = _make_line([_span("☐", 90, 98, font="NotoSansSymbols2"), _span(" Tolk är bokad", 98, 170)])
    assert line.text == "☐ Tolk är bokad"
    # a layout that draws its own bullet in front of every item: '• ☐ ...', not '• • ...'
    marker = _make_line([_span("•", 80, 84)])
    assert [ln.text for ln in join_bullet_glyphs([marker, line])] == ["• ☐ Tolk är bokad"]


def test_a_marker_from_a_taller_symbol_font_leaves_the_line_as_high_as_its_text():
    from extractors.pdf_text import _make_line

    # the box's font reaches 4 pt below the text's baseline box: the item's next line,
    # 2.6 pt under this one's text, would overlap it and start an element of its own
    line = _make_line([_span("☐", 90, 98, y0=97.0, y1=114.0, font="NotoSansSymbols2"),
                       _span(" Alla chefer går utbildningen", 98, 230)])
    assert (line.bbox.y0, line.bbox.y1) == (100.0, 110.0)
    # a line of the marker alone keeps the marker's own box
    alone = _make_line([_span("☐", 90, 98, y0=97.0, y1=114.0, font="NotoSansSymbols2")])
    assert (alone.bbox.y0, alone.bbox.y1) == (97.0, 114.0)
