"""The text styles of golden/render_more.py on a budget book's goal table ('Verksamhetsmål |
Åtgärder | Mätare och målnivå', twenty-seventh blind set): the compound goal word heads goal
headings, a lone dash-marked action is numbered in its mark's place, and the numbered goal
headings stand under the section the table sits in."""

from __future__ import annotations

from golden import render_more as M


def _render_blocks(source_blocks, style):
    r = M.TextStyleRenderer({"title": "T", "blocks": source_blocks, "gold": {}}, style)
    return r.src["blocks"]


_T = {"type": "table", "caption": "", "columns": ["Verksamhetsmål", "Åtgärder 2025–2028", "Mätare och målnivå"],
      "rows": [["Vägvisningen är begriplig för alla", "– Skyltarna kompletteras med symboler (2025)",
                "Antal nya skyltar: 20"]]}


def test_a_compound_of_mal_is_a_goal_column_but_a_mother_tongue_is_not():
    assert M.column_roles(["Verksamhetsmål", "Åtgärder", "Mätare"], 3) == ["goal", "measure", "indicator"]
    assert M.column_roles(["Resultatmål", "Åtgärd"], 2) == ["goal", "measure"]
    assert M.column_roles(["Modersmål", "Antal"], 2)[0] == "other"


def test_numbered_goal_heading_under_its_section_and_lone_dash_action_numbered():
    blocks = _render_blocks([{"type": "heading", "level": 3, "text": "2.1 Tekniska sektorn"}, _T], "numbered")
    heads = [(b["level"], b["text"]) for b in blocks if b["type"] == "heading"]
    assert heads == [(3, "2.1 Tekniska sektorn"), (4, "Verksamhetsmål 1. Vägvisningen är begriplig för alla")]
    lines = [ln for b in blocks if b["type"] == "lines" for ln in b["lines"]]
    assert lines[0] == "1.1 Skyltarna kompletteras med symboler (2025)"


def test_numbered_meters_of_an_unnumbered_action_list_stand_at_the_margin():
    t = {"type": "table", "caption": "", "columns": ["Verksamhetsmål", "Åtgärder", "Mätare"],
         "rows": [["Invånare möts i fritidsverksamheten", "– Läxhjälp varje vecka\n– Festival (2026)",
                   "Antal deltagare: 300"],
                  ["Vägvisningen är begriplig", "Skyltar med symboler", "Antal skyltar: 20"]]}
    blocks = _render_blocks([t], "numbered")
    meters = [b for b in blocks if b["type"] == "label" and b["label"] == "Mätare"]
    # the list's meter under the list at the margin; a numbered action's in its indent
    assert [b["indent"] for b in meters] == [0, 18]


def test_an_owners_goal_column_labels_its_goals_with_the_noun():
    # 'Kommunens mål' (thirty-first blind set, Kalvö): the cards labelled each goal
    # 'Kommunens 1:', a label no programme prints; the goal noun labels it
    assert M._goal_word("Kommunens mål") == "Mål"
    assert M._goal_word("Verksamhetsmål") == "Verksamhetsmål"
    assert M._goal_word("Målsättning") == "Målsättning"
