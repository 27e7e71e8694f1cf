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


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_shaded_goal_row_is_a_line_between_the_records_not_an_action_with_the_actors_above(style):
    # goal rows marked as shaded ('▓ MÅL: …', the other cells empty) alternating with the
    # actions under them: the goal row is no card repeating the previous action's actor and
    # time, and the actions under it start afresh
    t = _table(["Åtgärd", "Ansvar", "Tidtabell"], [
        ["▓ MÅL: Nya invånare får information", "", ""],
        ["Rådgivningspunkt i servicetorget", "Stadskansliet", "2024"],
        ["▓ MÅL: Barnen lär sig svenska", "", ""],
        ["Språkstöd i förskolan", "", ""],
    ])
    blocks = _render_blocks([t], style)
    lines = [b["text"] for b in blocks if b["type"] == "paragraph"]
    assert lines == ["MÅL: Nya invånare får information", "MÅL: Barnen lär sig svenska"]
    text = " ".join(_texts(blocks))
    assert text.count("Stadskansliet") == 1 and text.count("2024") == 1


@pytest.mark.parametrize("style", ["cards", "keyvalue"])
def test_a_lone_unlabelled_cell_is_still_an_action_repeating_the_actors_above(style):
    t = _table(["Åtgärd", "Ansvar", "Tidtabell"], [
        ["Rådgivningspunkt i servicetorget", "Stadskansliet", "2024"],
        ["Välkomstpaket på sex språk", "", ""],
    ])
    assert " ".join(_texts(_render_blocks([t], style))).count("Stadskansliet") == 2


def _numbered_firsts(blocks: list[dict]) -> list[str]:
    return [b["lines"][0] for b in blocks if b["type"] == "lines" and b.get("indent") is None]


def test_a_rank_column_is_a_field_not_the_actions_numbers():
    # 'Prioritet' 1, 1, 2 ranks the actions; it does not number them
    t = _table(["Åtgärd", "Samarbetspartner", "Prioritet"],
               [["Språkstöd i daghemmen", "–", "1"], ["Handledning vid övergången", "Gymnasiet", "1"],
                ["Läxhjälp", "Folkakademin", "2"]])
    blocks = _render_blocks([{"type": "heading", "level": 2, "text": "5.1 Bildningssektorn"}, t], "numbered")
    assert _numbered_firsts(blocks) == ["5.1.1 Språkstöd i daghemmen", "5.1.2 Handledning vid övergången",
                                        "5.1.3 Läxhjälp"]
    assert " ".join(_texts(blocks)).count("Prioritet: 1") == 2


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_goal_column_naming_the_documents_sections_is_a_field_not_goal_headings(style):
    # 'Jobb' names the section '4.1 Jobb' where the goal is stated; each row refers to it
    t = _table(["Mål", "Åtgärd", "Ansvarig"], [["Jobb", "Rekryteringsträffar", "Sysselsättningsområdet"],
                                               ["Jobb", "Lönesubvention", "Koncernstaben"],
                                               ["Språk", "Språkvänner i biblioteken", "Biblioteket"]])
    blocks = _render_blocks([{"type": "heading", "level": 2, "text": "4.1 Jobb"},
                             {"type": "heading", "level": 2, "text": "4.2 Språk"}, t], style)
    assert [b["text"] for b in blocks if b["type"] == "heading"] == ["4.1 Jobb", "4.2 Språk"]
    text = " ".join(_texts(blocks))
    assert text.count("Mål: Jobb") == 2 and text.count("Mål: Språk") == 1


def test_a_goal_column_stating_goals_still_makes_goal_headings():
    t = _table(["Mål", "Åtgärd", "Ansvarig"], [["Fler invandrare i arbete", "Rekryteringsträffar", "Staden"]])
    blocks = _render_blocks([{"type": "heading", "level": 2, "text": "4.1 Jobb"}, t], "cards")
    assert "Mål 1: Fler invandrare i arbete" in [b["text"] for b in blocks if b["type"] == "heading"]


def test_numbered_actions_go_on_across_a_continued_table():
    cols = ["Mål", "Åtgärd", "Ansvar"]
    t1 = _table(cols, [["Barn lär sig svenska", "Undervisning i S2", "Bildningen"],
                       ["", "Läxhjälp", "Biblioteket"]], caption="Tabell 3. Utbildning")
    t2 = _table(cols, [["", "Modersmålsundervisning", "Bildningen"],
                       ["Vuxna lär sig svenska", "Kvällskurser", "Institutet"]], caption="Tabell 3 (forts.)")
    blocks = _render_blocks([t1, t2], "numbered")
    assert [ln.split()[0] for ln in _numbered_firsts(blocks)] == ["1.1", "1.2", "1.3", "2.1"]


def test_numbered_does_not_number_an_evaluation_tables_rows():
    # a past plan's actions and how far they got: no one responsible, no time, no indicator;
    # the document numbers nothing, so the print numbers nothing either, but keeps every row
    t = _table(["Åtgärd i planen 2019–2022", "Läge hösten 2022"],
               [["Svenskkurs för vuxna", "Genomförd."], ["Vänfamiljsverksamhet", "Ej genomförd."]])
    blocks = _render_blocks([{"type": "heading", "level": 1, "text": "4 Utvärdering"}, t], "numbered")
    assert _numbered_firsts(blocks) == ["Svenskkurs för vuxna", "Vänfamiljsverksamhet"]
    text = " ".join(_texts(blocks))
    assert "Läge hösten 2022: Genomförd." in text and "Läge hösten 2022: Ej genomförd." in text


def test_numbered_actions_under_goals_are_numbered_whatever_the_other_columns():
    # the goal numbers the actions even when no other column has a role the style knows
    t = _table(["Insats", "Mål som insatsen stöder", "Huvudansvar"],
               [["Kartläggning", "Fler i arbete", "Sysselsättningsområdet"],
                ["Arbetsprövning", "", "Staden"]])
    assert _numbered_firsts(_render_blocks([t], "numbered")) == ["1.1 Kartläggning", "1.2 Arbetsprövning"]


def test_numbered_actions_keep_their_own_dotted_numbers():
    t = _table(["Nr", "Åtgärd", "Ansvarig"], [["1.1", "Välkomstpaket", "Kansliet"], ["1.2", "Kurser", "Institutet"],
                                              ["2.1", "Läxhjälp", "Skolan"]])
    firsts = _numbered_firsts(_render_blocks([t], "numbered"))
    assert firsts == ["1.1. Välkomstpaket", "1.2. Kurser", "2.1. Läxhjälp"]


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_headerless_part_after_a_page_break_goes_on_as_records(style):
    # a numbered action table broken over a page: the second part prints no header row, so
    # its first row is stored as the part's columns; only the page's running footer and
    # header stand between the parts
    cols = ["Nr", "Åtgärd", "Mål", "Ansvarig", "Tidsplan"]
    t1 = _table(cols, [["1", "Välkomstsamtal för nyinflyttade", "1", "Kansliet", "2025"],
                       ["2", "Språkcafé i biblioteket", "1", "Biblioteket", "fortlöpande"]], caption="Tabell 4")
    t2 = _table(["3", "Läxhjälp på modersmål", "2", "Skolorna", "2026"],
                [["4", "Föräldraträffar med tolk", "2", "Bildningen", "2 ggr/år"]], caption="")
    blocks = _render_blocks([t1, {"type": "paragraph", "text": "Sida 5 (9)"},
                             {"type": "paragraph", "text": "TESTBY KOMMUN | Barn och unga"}, t2], style)
    assert not [b for b in blocks if b["type"] == "table" and not b.get("kv")]  # no bare table
    text = " ".join(_texts(blocks))
    for action in ("Läxhjälp på modersmål", "Föräldraträffar med tolk"):
        assert action in text
    resp = {"cards": "Ansvar", "keyvalue": "Ansvarig aktör", "numbered": "Ansvarig"}[style]
    assert f"{resp}: Skolorna" in text and f"{resp}: Bildningen" in text
    assert text.count("Mål: 2") == 2


@pytest.mark.parametrize("style", ["cards", "numbered"])
def test_a_table_with_a_header_of_its_own_or_after_a_heading_is_no_continuation(style):
    cols = ["Åtgärd", "Ansvarig", "Tidsplan"]
    t1 = _table(cols, [["Välkomstsamtal", "Kansliet", "2025"]])
    meters = _table(["Indikator", "Källa", "Intervall"], [["Antal samtal", "Kansliet", "årligen"]])
    stats = _table(["Språk", "2023", "2024"], [["arabiska", "40", "52"]])
    for blocks in (_render_blocks([t1, {"type": "paragraph", "text": "Sida 3"}, meters], style),
                   _render_blocks([t1, {"type": "heading", "level": 1, "text": "5 Statistik"}, stats], style)):
        bare = [b for b in blocks if b["type"] == "table" and not b.get("kv")]
        assert len(bare) == 1 and bare[0]["columns"] in (meters["columns"], stats["columns"])


def test_numbered_each_action_of_a_cell_with_one_actor_line_per_action_gets_its_number():
    # two actions in one cell, one actor line each: each is printed with its own fields, and
    # each is numbered (an unnumbered one under a numbered one reads as its text going on)
    t = _table(["Mål", "Åtgärd", "Ansvarig"],
               [["Fler i arbete", "Rekryteringsmässa varje vår\nArbetsprövning i stadens enheter",
                 "Sysselsättningstjänsterna\nPersonalenheten"],
                ["", "Mentorprogram för nya företagare", "Näringslivstjänsterna"]])
    # the hand gold says the cell's lines are two actions, as the renderer reads a cell's lines
    gold = {"measures": [{"text": x} for x in ("Rekryteringsmässa varje vår", "Arbetsprövning i stadens enheter",
                                               "Mentorprogram för nya företagare")]}
    blocks = M.TextStyleRenderer({"title": "T", "blocks": [t], "gold": gold}, "numbered").src["blocks"]
    assert _numbered_firsts(blocks) == [
        "1.1 Rekryteringsmässa varje vår", "1.2 Arbetsprövning i stadens enheter", "1.3 Mentorprogram för nya företagare"]


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_scorecards_success_factor_heads_its_actions_and_its_steering_figure_is_their_indicator(style):
    # a balanced scorecard: the critical success factor is the goal the actions serve, the
    # steering figure ('Styrtal') how it is measured; no print gives an action before its goal
    t = _table(["Perspektiv", "Kritisk framgångsfaktor", "Styrtal", "Åtgärd"],
               [["Kund", "Nya invånare hittar rätt service", "Andel som fått välkomstbrevet", "Välkomstbrev på fem språk"],
                ["", "", "", "Välkomstmöte varje månad"]])
    blocks = _render_blocks([t], style)
    heads = [b["text"] for b in blocks if b["type"] == "heading"]
    sep = "." if style == "numbered" else ":"
    assert heads == [f"Kritisk framgångsfaktor 1{sep} Nya invånare hittar rätt service"]
    assert blocks[0]["type"] == "heading"  # the goal before its first action
    text = " ".join(_texts(blocks))
    ind = {"cards": "Indikator", "keyvalue": "Mätare", "numbered": "Mätare"}[style]
    assert f"{ind}: Andel som fått välkomstbrevet" in text


def _gantt():
    return _table(["Nr", "Åtgärd", "Ansvar", "2025 V", "2025 H", "2026 V", "2026 H"],
                  [["", "Boende", "", "", "", "", ""],
                   ["1", "Bostadsrådgivning på servicekontoret", "byggnadskontoret", "■", "■", "■", ""],
                   ["", "Fritid", "", "", "", "", ""],
                   ["2", "Simskola för vuxna", "fritidsbyrån", "", "■", "", "■"]])


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_time_plans_title_rows_print_as_headings_over_its_actions(style):
    # '' | 'Fritid' | '' ... in a numbered plan titles the rows below it: no action, and
    # no doer of the row above printed under it
    blocks = _render_blocks([_gantt()], style)
    assert [b["text"] for b in blocks if b["type"] == "heading"] == ["Boende", "Fritid"]
    text = " ".join(_texts(blocks))
    assert text.count("byggnadskontoret") == 1 and "Fritid:" not in text


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_time_plans_marked_periods_print_as_the_actions_schedule(style):
    text = " ".join(_texts(_render_blocks([_gantt()], style)))
    assert "■" not in text  # no column of marks printed field by field
    sched = {"cards": "Tidtabell", "keyvalue": "Tidsplan", "numbered": "Tidtabell"}[style]
    assert f"{sched}: 2025 V–2026 V" in text and f"{sched}: 2025 H, 2026 H" in text


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_group_column_left_of_the_goals_prints_as_a_heading_over_its_goals(style):
    # 'Perspektiv' filled where a new perspective's first goal starts, empty below: the
    # group of the goals, a heading over them (no field of the first action's card)
    t = _table(["Perspektiv", "Kritisk framgångsfaktor", "Åtgärd"],
               [["Kund", "Nya invånare hittar rätt service", "Välkomstbrev på fem språk"],
                ["", "Eleverna klarar skolan", "Läxhjälp i skolorna"],
                ["Personal", "Personalen möter alla invånare väl", "Utbildning i klarspråk"]])
    blocks = _render_blocks([t], style)
    heads = [b["text"] for b in blocks if b["type"] == "heading"]
    assert [h for h in heads if not h.startswith("Kritisk")] == ["Kund", "Personal"]
    assert heads.index("Personal") == 3  # after the two goals of 'Kund', before its own goal
    assert "Perspektiv" not in " ".join(_texts(blocks))


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_column_linking_to_goals_stated_elsewhere_is_a_field_not_goal_headings(style):
    # 'Kopplar till mål' holds the short names of goals the programme lists elsewhere: no
    # programme heads its cards 'Kopplar 1: Hälsa'
    t = _table(["Nr", "Åtgärd", "Kopplar till mål", "Tidtabell"],
               [["1", "Simskola för vuxna i simhallen", "Hälsa", "2025"],
                ["2", "Cykelkurs för nya invånare", "Hälsa, Rörlighet", "Varje vår"]])
    blocks = _render_blocks([t], style)
    assert not [b for b in blocks if b["type"] == "heading"]
    text = " ".join(_texts(blocks))
    assert "Kopplar till mål: Hälsa" in text and "Kopplar till mål: Hälsa, Rörlighet" in text


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_column_of_action_names_beside_what_is_done_is_printed_as_the_name(style):
    # 'Insats' names the action that 'Vad gör vi?' states: the action is the sentence, the
    # name a field of its own under its own header, first
    t = _table(["Insats", "Vad gör vi?", "Ansvar"],
               [["Walk & Talk", "Promenadgrupper på lätt svenska varje tisdag från biblioteket", "Biblioteket"],
                ["Matklubb", "Matlagningskvällar för familjer i skolans hemkunskapsklass", "Skolan"]])
    text = " ".join(_texts(_render_blocks([t], style)))
    assert "Insats: Walk & Talk" in text and "Insats: Matklubb" in text
    assert "Åtgärd: Walk & Talk" not in text and "Åtgärder: Walk & Talk" not in text
    assert "Promenadgrupper på lätt svenska varje tisdag från biblioteket" in text
    assert text.index("Insats: Walk & Talk") < text.index("Ansvar")



def _heading_levels(blocks: list[dict]) -> dict[str, int]:
    return {b["text"]: b["level"] for b in blocks if b["type"] == "heading"}


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_caption_of_its_own_heads_the_cards_a_level_below_the_section_they_answer(style):
    # 'Svaret' is part of the question's section (the cards answer the question): printed at
    # the question's level it would end that section and leave the cards under no question
    q = {"type": "heading", "level": 2, "text": "Hur hittar fler en bostad?"}
    t = _table(["Åtgärd", "Ansvar"], [["Bostadsrådgivning varje torsdag i stadshuset", "Bostadsbyrån"]],
               caption="Svaret")
    levels = _heading_levels(_render_blocks([q, t], style))
    assert levels["Hur hittar fler en bostad?"] == 2 and levels["Svaret"] == 3


@pytest.mark.parametrize("style", ["cards", "keyvalue", "numbered"])
def test_a_caption_restating_its_sections_heading_keeps_its_level(style):
    # 'Tabell 4. Boende' under '3.2 Boende' names the section again: it is no part below it
    h = {"type": "heading", "level": 2, "text": "3.2 Boende"}
    t = _table(["Åtgärd", "Ansvar"], [["Bostadsrådgivning varje torsdag i stadshuset", "Bostadsbyrån"]],
               caption="Tabell 4. Boende")
    blocks = _render_blocks([h, t], style)
    assert [b["level"] for b in blocks if b["type"] == "heading" and b["text"] == "Tabell 4. Boende"] == [2]
