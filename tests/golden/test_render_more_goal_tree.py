"""A goal tree printed in the text styles (cards, keyvalue, numbered): a table
'Huvudmål | Delmål | Åtgärd' has two goal columns, and every one of them reaches the print.
The sub-goal heads the records (the row's actions serve it); the main goal above it is printed
as a heading over its sub-goals, labelled as they are ('Huvudmål 1:' over 'Delmål 1:'), or,
when its cells only repeat headings of the document (the follow-up chapter heads its
indicators with the main goals), as a field of each record. A goal cell opening with its own
number ('1.2 Unga …') is labelled by it ('Delmål 1.2: Unga …'), not by the running count."""

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
    # the main goal is labelled with its column's goal word, as its sub-goals are: a bare
    # heading over the cards reads as the name of a section, not as a goal
    main1 = heads.index(f"Huvudmål 1{sep} Alla nya invånare känner sig välkomna")
    main2 = heads.index(f"Huvudmål 2{sep} Fler nya invånare i arbete")
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


# a regional programme's local part (thirty-sixth blind set): regional goals coded with a letter,
# local sub-goals with their own numbers, the regional cell filled once and left empty below
_REGIONAL = _table(["Regionalt mål", "Lokalt delmål", "Åtgärd", "Ansvar"], [
    ["R3 Alla invånare känner sig delaktiga", "3.1 Nya invånare deltar i föreningar", "Föreningsmässa", "Fritidsbyrån"],
    ["", "", "Sagostunder på flera språk", "Biblioteket"],
    ["", "3.2 Invånare kan påverka beslut", "Invandrarråd grundas", "Kommunstyrelsen"],
])


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_main_goal_filled_on_the_first_row_only_heads_all_the_sub_goals(style):
    # one main goal over the whole table: printed over its sub-goals as when it is filled at
    # several rows, not as a field of the first record (among the first action's fields)
    blocks = _render([{"type": "heading", "level": 2, "text": "Välmående"}, _REGIONAL], style)
    sep = "." if style == "numbered" else ":"
    assert _headings(blocks)[1:] == [f"Mål 1{sep} R3 Alla invånare känner sig delaktiga",
                                     f"Delmål 3.1{sep} Nya invånare deltar i föreningar",
                                     f"Delmål 3.2{sep} Invånare kan påverka beslut"]
    assert "Regionalt mål" not in " ".join(_texts(blocks))


def test_a_sub_goal_labelled_by_its_own_number_numbers_its_actions_under_it():
    # 'Delmål 2: 1.2 …' would number one goal twice, and '(delmål 1.2)' elsewhere names it by
    # its code; the numbered style numbers the goal's actions under that code
    blocks = _render([_REGIONAL], "numbered")
    lines = [ln for b in blocks if b["type"] == "lines" for ln in b["lines"]]
    assert "3.1.1 Föreningsmässa" in lines and "3.1.2 Sagostunder på flera språk" in lines
    assert "3.2.1 Invandrarråd grundas" in lines


def test_a_qualified_compound_goal_word_labels_with_the_compound():
    # 'Lokalt delmål': the cards were titled 'Lokalt 1:', a label that names nothing
    assert M._goal_word("Lokalt delmål") == "Delmål"
    assert M._goal_word("Regionalt mål") == "Mål"
    assert M._own_code("1.2 Unga hittar en studieplats") == ("1.2", "Unga hittar en studieplats")
    assert M._own_code("R1 Invandrare har samma möjligheter") == ("", "R1 Invandrare har samma möjligheter")


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_row_of_two_goals_whose_lines_match_the_actions_heads_each_goal_over_its_own(style):
    # one row of multi-line cells (thirty-third blind set): the goal cell's empty line is the
    # first goal again, the second goal's line stands beside the third action
    t = _table(["Målbild 2028", "Åtgärder", "Ansvar"], [[
        "Alla har en trygg bostad\n\nBostadsområdena är blandade",
        "Boenderådgivning varje vecka\nHusträffar med tolk\nBostäder för stora familjer",
        "Bostadsbolaget\nBostadsbolaget\nTekniska nämnden"]])
    blocks = _render([{"type": "heading", "level": 2, "text": "Boende"}, t], style)
    order = [b["text"] if b["type"] == "heading" else x for b in blocks for x in ([None] if b["type"] == "heading" else _texts([b]))]
    text = [x for x in order if x]
    first = next(k for k, x in enumerate(text) if x.endswith("Alla har en trygg bostad"))
    second = next(k for k, x in enumerate(text) if x.endswith("Bostadsområdena är blandade"))
    between = " ".join(text[first:second])
    after = " ".join(text[second:])
    assert "Boenderådgivning varje vecka" in between and "Husträffar med tolk" in between
    assert "Bostäder för stora familjer" in after and "Boenderådgivning" not in after
    assert "Tekniska nämnden" in after and "Tekniska nämnden" not in between


def test_a_goal_and_action_in_two_languages_line_under_line_stay_one_record():
    # 'Finnish / Swedish' in each cell (eighteenth blind set): the lines match, but no empty
    # line pads the goal cell; one goal and one action, printed as they stand
    t = _table(["Tavoite\nMål", "Toimenpide\nÅtgärd", "Vastuutaho\nAnsvarig"], [[
        "Työllisyysaste nousee.\nSysselsättningsgraden stiger.",
        "Osaamiskartoitus kaikille.\nKompetenskartläggning för alla.", "Työllisyyspalvelut\nSysselsättningstjänsterna"]])
    heads = _headings(_render([t], "cards"))
    assert len(heads) == 1 and "Sysselsättningsgraden stiger" in heads[0] and "Työllisyysaste nousee" in heads[0]
