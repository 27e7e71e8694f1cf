"""A field whose bold label is longer than its regular value ('Kostnad: 9 500') is no bold
line: only the label is bold (extractors.pdf_text._bold_label_only)."""

from __future__ import annotations


def _span(text: str, x0: float, x1: float, bold: bool) -> dict:
    return {"text": text, "bbox": (x0, 100.0, x1, 110.0), "size": 10.0, "flags": 16 if bold else 0,
            "font": "Helvetica-Bold" if bold else "Helvetica"}


def test_bold_label_with_a_short_value_is_no_bold_line():
    from extractors.pdf_text import _make_line

    line = _make_line([_span("Finansiering:", 60, 120, True), _span(" 900", 120, 140, False)])
    assert line.text == "Finansiering: 900" and not line.bold


def test_a_bold_heading_stays_bold():
    from extractors.pdf_text import _make_line

    assert _make_line([_span("Mål 2: Språk och utbildning", 60, 200, True)]).bold
    # a heading bold through, its colon inside
    assert _make_line([_span("Tema:", 60, 90, True), _span(" Arbete", 90, 130, True)]).bold
