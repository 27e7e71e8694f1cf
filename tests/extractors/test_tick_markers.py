"""A tick where the list marker stands ('✓ Broschyren trycktes 2021.', sixty-ninth blind set,
helper t69b): kept as printed, as a box to tick is, so that a legend giving the tick a meaning
('✓ genomfört under förra perioden') finds the items it marks; other arrows and dingbats
still read as the plain bullet."""

from __future__ import annotations


def _span(text: str, x0: float, x1: float, y0: float = 100.0, y1: float = 110.0, font: str = "Helvetica") -> dict:
    return {"text": text, "bbox": (x0, y0, x1, y1), "size": 10.0, "flags": 0, "font": font}


def test_a_tick_stays_as_printed():
    from extractors.pdf_text import _make_line

    assert _make_line([_span("✓ Broschyren trycktes 2021.", 90, 220)]).text == "✓ Broschyren trycktes 2021."
    assert _make_line([_span("✔ Klart", 90, 140)]).text == "✔ Klart"
    # an arrow is still the plain bullet
    assert _make_line([_span("► Vi öppnar en rådgivning.", 90, 220)]).text == "• Vi öppnar en rådgivning."


def test_a_tick_opens_a_list_item_as_a_box_does():
    from classifiers.text import BULLET_RE, strip_marker

    assert BULLET_RE.match("✓ Broschyren trycktes 2021.")
    assert strip_marker("• ✓ Broschyren trycktes 2021.") == "Broschyren trycktes 2021."
