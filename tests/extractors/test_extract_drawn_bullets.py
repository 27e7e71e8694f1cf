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
