"""The text styles of golden/render_more.py (cards, keyvalue, numbered) print a faithful
record of every table row: no column dropped, no goal made up from a reference to one, no
action number that names several actions."""

from __future__ import annotations

import pytest

from golden import render_more as M


def _table(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _texts(blocks: list[dict]) -> list[str]:
    out = []
    for b in blocks:
        if b["type"] == "label":
            out.append(f"{b['label']}: {' '.join(b['items'])}")
        elif b["type"] == "table":
            out += [f"{k}: {v}" for k, v in b["rows"]]
        else:
            out += b.get("lines") or [b.get("text", "")]
    return out


def _render_blocks(source_blocks, style):
    r = M.TextStyleRenderer({"title": "T", "blocks": source_blocks, "gold": {}}, style)
    return r.src["blocks"]


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_columns_without_a_label_of_the_style_are_printed_under_their_own_header(style):
    t = _table(["Åtgärd", "Huvudansvar", "Status"], [["Läxhjälp i skolorna", "Bildningssektorn", "Ny"]])
    text = " ".join(_texts(_render_blocks([t], style)))
    assert "Huvudansvar: Bildningssektorn" in text and "Status: Ny" in text


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_goal_column_of_codes_is_a_field_not_a_goal_heading(style):
    t = _table(["Mål", "Åtgärd", "Ansvarig"], [["A1", "Språkbad i daghemmen", "Bildningen"],
                                               ["", "Modersmålsundervisning", "Bildningen"]])
    blocks = _render_blocks([t], style)
    assert not [b for b in blocks if b["type"] == "heading"]  # no 'Mål 1: A1'
    text = " ".join(_texts(blocks))
    assert text.count("Mål: A1") == 2  # the empty cell is the same goal, printed again


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_responsibility_matrix_prints_its_marks_as_responsible_and_partners(style):
    t = _table(["Åtgärd", "Kommunkansliet", "Välfärdsområdet", "Tidtabell"],
               [["Servicehandledning", "X", "(X)", "2025"], ["Webbsida för nya invånare", "X", "", "2025"]])
    text = " ".join(_texts(_render_blocks([t], style)))
    resp = {"cards": "Ansvar", "keyvalue": "Ansvarig aktör", "numbered": "Ansvarig"}[style]
    assert f"{resp}: Kommunkansliet" in text and "Samarbetspartner: Välfärdsområdet" in text
    assert ": X" not in text


def test_numbered_actions_of_goalless_tables_take_their_sections_number():
    t = _table(["Åtgärd", "Ansvarig"], [["Rådgivning", "Integrationen"], ["Kurser", "Institutet"]])
    blocks = _render_blocks([{"type": "heading", "level": 2, "text": "2.1 Mottagande"}, t,
                             {"type": "paragraph", "text": "Syftet är också att ..."}, t,
                             {"type": "heading", "level": 2, "text": "2.2 Utbildning"}, t], "numbered")
    numbers = [b["lines"][0].split()[0] for b in blocks if b["type"] == "lines" and b.get("indent") is None]
    assert numbers == ["2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.2.1", "2.2.2"]


def test_numbered_goalless_tables_without_a_section_number_are_groups_of_their_own():
    t = _table(["Åtgärd", "Ansvarig"], [["Rådgivning", "Integrationen"], ["Kurser", "Institutet"]])
    blocks = _render_blocks([{"type": "heading", "level": 2, "text": "Mottagande"}, t, t], "numbered")
    numbers = [b["lines"][0].split()[0] for b in blocks if b["type"] == "lines" and b.get("indent") is None]
    assert numbers == ["1.1", "1.2", "2.1", "2.2"]


def test_numbered_actions_keep_the_tables_own_numbers():
    t = _table(["Nr", "Åtgärd", "Ansvarig"], [["11", "Välkomstpaket", "Kansliet"], ["12", "Samhällsorientering", "Koordinatorn"]])
    blocks = _render_blocks([t], "numbered")
    firsts = [b["lines"][0] for b in blocks if b["type"] == "lines" and b.get("indent") is None]
    assert firsts == ["11. Välkomstpaket", "12. Samhällsorientering"]


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_row_across_the_table_that_labels_itself_is_a_line_between_the_records(style):
    # 'Mål 1: …' over a goal's actions and 'Mätare: …' under them, each in a row of its
    # own with the other cells empty: no field of a record, and no record repeats the
    # actors of the row above it
    t = _table(["Åtgärd", "Ansvar", "Tidtabell"], [
        ["Mål 1: Nya invånare får information", "", ""],
        ["Rådgivningspunkt i servicetorget", "Stadskansliet", "2024"],
        ["Mätare: antal besök per år", "", ""],
        ["Välkomstpaket på sex språk", "", ""],
    ])
    blocks = _render_blocks([t], style)
    lines = [b["text"] for b in blocks if b["type"] == "paragraph"]
    assert lines == ["Mål 1: Nya invånare får information", "Mätare: antal besök per år"]
    text = " ".join(_texts(blocks))
    assert text.count("Stadskansliet") == 1  # the action under the 'Mätare' row has no actor above


@pytest.mark.parametrize("style", ["cards", "keyvalue"])
def test_a_lone_unlabelled_cell_is_still_an_action_repeating_the_actors_above(style):
    t = _table(["Åtgärd", "Ansvar", "Tidtabell"], [
        ["Rådgivningspunkt i servicetorget", "Stadskansliet", "2024"],
        ["Välkomstpaket på sex språk", "", ""],
    ])
    assert " ".join(_texts(_render_blocks([t], style))).count("Stadskansliet") == 2
