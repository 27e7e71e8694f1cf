"""A table cell typed '**text**' (the writer's mark for bold, a goal row over its actions) is
printed bold without the asterisks: no real programme prints the marks. The text styles have
no row to set bold and print the row as a heading over the records below it."""

from __future__ import annotations

import pymupdf
import pytest

from golden import render as R
from golden import render_more as M

_SOURCE = {"title": "T", "gold": {}, "blocks": [
    {"type": "table", "caption": None, "columns": ["Åtgärd", "Ansvar", "Tidtabell"],
     "rows": [["**Nya invånare hittar rätt service**", "", ""],
              ["Välkomstbrev skickas till alla inflyttade", "Kansliet", "2026"]]}]}


def _spans(pdf: bytes):
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    for page in doc:
        for b in page.get_text("dict")["blocks"]:
            for ln in b.get("lines", []):
                for s in ln["spans"]:
                    yield s["text"], bool(s["flags"] & 16) or "bold" in s["font"].lower()


@pytest.mark.parametrize("style", ["ruled", "borderless", "twocolumn"])
def test_a_bold_marked_cell_prints_bold_without_its_marks(style):
    spans = list(_spans(R.render(_SOURCE, style)))
    text = " ".join(t for t, _ in spans)
    assert "**" not in text
    goal = [b for t, b in spans if "Nya invånare" in t]
    action = [b for t, b in spans if "Välkomstbrev" in t]
    assert goal and all(goal) and action and not any(action)


def test_the_marks_are_read_only_around_a_whole_cell():
    assert R.bold_marked("**Mål 1**") == "Mål 1"
    assert R.bold_marked("Mål **1**") is None


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_text_style_prints_the_bold_row_as_a_heading(style):
    blocks = M.TextStyleRenderer(_SOURCE, style).src["blocks"]
    heads = [b["text"] for b in blocks if b["type"] == "heading"]
    assert "Nya invånare hittar rätt service" in heads
    assert "**" not in repr(blocks)
