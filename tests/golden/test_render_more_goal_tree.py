"""A goal tree printed in the text styles (cards, keyvalue, numbered): a table
'Huvudmål | Delmål | Åtgärd' has two goal columns, and every one of them reaches the print.
The sub-goal heads the records (the row's actions serve it); the main goal above it is printed
as a heading over its sub-goals, or, when its cells only repeat headings of the document (the
follow-up chapter heads its indicators with the main goals), as a field of each record."""

from __future__ import annotations

import pytest

from golden import render_more as M
from tests.golden.test_render_more_records import _texts


def _table(columns, rows):
    return {"type": "table", "caption": None, "columns": columns, "rows": rows}


def _render(blocks, style):
    return M.TextStyleRenderer({"title": "T", "blocks": blocks, "gold": {}}, style).src["blocks"]


def _headings(blocks):
    return [b["text"] for b in blocks if b["type"] == "heading"]


_TREE = _table(["Huvudmål", "Delmål", "Åtgärd"], [
    ["Alla nya invånare känner sig välkomna", "Nya invånare får information på sitt eget språk",
     "Välkomstmöte varje vår"],
    ["", "Barnfamiljer får en kontaktperson", "Familjelots i rådgivningen"],
    ["Fler nya invånare i arbete", "Arbetsgivarna rekryterar från utlandet", "Rekryteringsmässa"],
])

# the follow-up chapter repeats the main goals as the headings of their indicators
_FOLLOW_UP = [
    {"type": "heading", "level": 2, "text": "Uppföljning"},
    {"type": "heading", "level": 3, "text": "Alla nya invånare känner sig välkomna"},
    {"type": "bullets", "items": ["Antalet deltagare i välkomstmötena"]},
    {"type": "heading", "level": 3, "text": "Fler nya invånare i arbete"},
    {"type": "bullets", "items": ["Sysselsättningsgraden"]},
]


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_sub_goal_column_is_printed_when_the_main_goal_column_repeats_headings(style):
    blocks = _render([{"type": "heading", "level": 2, "text": "Målträd"}, _TREE] + _FOLLOW_UP, style)
    sep = "." if style == "numbered" else ":"
    heads = _headings(blocks)
    # each sub-goal heads its records (the row's action serves it) ...
    assert f"Delmål 1{sep} Nya invånare får information på sitt eget språk" in heads
    assert f"Delmål 2{sep} Barnfamiljer får en kontaktperson" in heads
    assert f"Delmål 3{sep} Arbetsgivarna rekryterar från utlandet" in heads
    # ... and the main goals, which the follow-up headings repeat, stay a field of each record
    # (an empty cell is the same goal as above), never a made-up goal heading of their own
    text = " ".join(_texts(blocks))
    assert text.count("Huvudmål: Alla nya invånare känner sig välkomna") == 2
    assert text.count("Huvudmål: Fler nya invånare i arbete") == 1
    assert not any(h.startswith(("Huvudmål 1", "Mål 1")) for h in heads)


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_goal_tree_prints_its_main_goals_over_their_sub_goals(style):
    # no heading repeats the main goals: they are printed once, over their sub-goals, and the
    # sub-goal beside a filled main-goal cell is not lost to it (nor the main goal to it)
    blocks = _render([{"type": "heading", "level": 2, "text": "Målträd"}, _TREE], style)
    heads = _headings(blocks)
    sep = "." if style == "numbered" else ":"
    main1 = heads.index("Alla nya invånare känner sig välkomna")
    main2 = heads.index("Fler nya invånare i arbete")
    assert heads[main1 + 1:main2] == [f"Delmål 1{sep} Nya invånare får information på sitt eget språk",
                                      f"Delmål 2{sep} Barnfamiljer får en kontaktperson"]
    assert heads[main2 + 1:] == [f"Delmål 3{sep} Arbetsgivarna rekryterar från utlandet"]
    text = " ".join(_texts(blocks))
    assert all(a in text for a in ("Välkomstmöte varje vår", "Familjelots i rådgivningen", "Rekryteringsmässa"))


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_goal_column_of_codes_beside_a_stated_goal_is_a_field_whichever_column_it_is(style):
    # 'Delmål' only names sub-goals by their codes: the codes are no goal headings
    # ('Delmål 1: 1.1'); the goals the table states head the records
    t = _table(["Mål", "Delmål", "Åtgärd"], [["Fler nya invånare i arbete", "1.1", "Rekryteringsmässa"],
                                            ["", "1.2", "Lönesubvention"]])
    blocks = _render([t], style)
    sep = "." if style == "numbered" else ":"
    assert _headings(blocks) == [f"Mål 1{sep} Fler nya invånare i arbete"]
    text = " ".join(_texts(blocks))
    assert "Delmål: 1.1" in text and "Delmål: 1.2" in text
