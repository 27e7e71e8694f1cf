"""Conventions of the thirty-seventh blind set's Björköby and Lappvik programmes
(tests/data/blind_programs, README there), on made-up programmes: an action table sorted by
the responsible unit, the unit named once per group in its first column (`key_column_carry`);
an indicator list introduced as followed up 'per mål' (`prose.grouped_by`); a box stating how
things shall be at the period's end ('Så här ska det vara 2028', `headers`); running feet
closing on a bare page number (`page_furniture.numbered_foot_key`); and a 'Tabell 3 (forts.)'
continuation set after such a foot (`elements`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.headers import header_roles
from classifiers.page_furniture import drop_page_furniture, numbered_foot_key
from classifiers.prose import intro_kind


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


# ---- a table sorted by unit: the unit cell filled on its group's first row only --------

def _unit_doc():
    return [
        _h("3 Åtgärder per enhet", 1),
        _t(["Ansvarig enhet", "Åtgärd", "Samarbetspartner", "Tidpunkt", "Mål"], [
            ["Kulturenheten", "Läxhjälp på biblioteket varje vecka", "", "2026", "Skola: Alla barn klarar skolan"],
            ["", "Filmkvällar med textning på flera språk", "Filmklubben", "2026–2027", "Fritid: Alla hittar en fritidssysselsättning"],
            ["Fritidsenheten", "Simskola för vuxna nybörjare", "", "2027", "Fritid: Alla hittar en fritidssysselsättning"],
            ["", "Hobbykort för barn i nya familjer", "", "2026", "Skola: Alla barn klarar skolan"],
        ], caption="Tabell 1. Åtgärder sorterade efter ansvarig enhet"),
    ]


def test_unit_named_once_per_group_carries_down_across_goals():
    x = _classify(_unit_doc())
    resp = {_squash(m.text): m.responsible for m in x.measures}
    assert resp["Filmkvällar med textning på flera språk"] == ["Kulturenheten"]
    assert resp["Hobbykort för barn i nya familjer"] == ["Fritidsenheten"]
    # a partners cell right of the action is the row's own: empty is none
    part = {_squash(m.text): m.partners for m in x.measures}
    assert part["Simskola för vuxna nybörjare"] == []


# ---- 'Följande indikatorer följs upp per mål:' -------------------------------------------

def test_goal_noun_after_per_names_the_grouping_not_the_list():
    assert intro_kind("Följande indikatorer följs upp per mål:") == "indicator"
    assert intro_kind("Mätarna för varje mål:") == "indicator"
    assert intro_kind("Kommunens mål under perioden:") == "goal"


def test_indicator_list_grouped_per_goal_gives_indicators_not_goals():
    x = _classify(_unit_doc() + [
        _h("5 Uppföljning", 1),
        _p("Kommunstyrelsen får en rapport varje år. Följande indikatorer följs upp per mål:"),
        _b("Skola: andel elever som får läxhjälp", "Fritid: antal sålda hobbykort"),
    ])
    assert any("andel elever som får läxhjälp" in _squash(i.text) for i in x.indicators)
    assert not any("andel elever" in g.text for g in x.goals)


# ---- 'Så här ska det vara 2028' ------------------------------------------------------------

def test_how_it_shall_be_at_the_period_end_heads_a_goal():
    assert header_roles("Så här ska det vara 2028") == ["goal"]
    assert header_roles("I MARGINALEN: SÅ HÄR SKA DET VARA 2028") == ["goal"]
    assert header_roles("Så ska det se ut år 2030") == ["goal"]
    assert header_roles("Så här ska det vara enligt lagen om integration") == []


def _margin_doc(foot=True):
    blocks = []
    for n, (chapter, goal, action) in enumerate([
            ("Skola", "Alla barn med annat modersmål klarar grundskolan.", "Läxhjälp på modersmålet"),
            ("Fritid", "Alla nyinflyttade hittar en hobby i kommunen.", "Hobbykort för nya familjer")], start=2):
        blocks += [
            _h(f"{n} {chapter}", 1),
            _p("Läget i dag beskrivs här kort med några siffror och en bakgrund till kapitlet."),
            _h("I MARGINALEN: SÅ HÄR SKA DET VARA 2028", 3),
            _b(goal),
            _t(["Åtgärd", "Ansvar", "Tidtabell"], [[action, "Bildningsenheten", "2026"]],
               caption=f"Tabell {n}. Åtgärder – {chapter.lower()}"),
        ]
        if foot:
            blocks.append(_p(f"Exempelby kommun · Integrationsprogram 2025–2028 · {n + 5}"))
    return blocks


def test_margin_box_bullet_is_the_chapter_goal_and_its_actions_serve_it():
    x = _classify(_margin_doc())
    goals = {_squash(g.text).rstrip("."): g for g in x.goals}
    assert set(goals) == {"Alla barn med annat modersmål klarar grundskolan",
                          "Alla nyinflyttade hittar en hobby i kommunen"}
    assert goals["Alla barn med annat modersmål klarar grundskolan"].theme == "Skola"
    by_text = {_squash(m.text): m.goal for m in x.measures}
    assert by_text["Hobbykort för nya familjer"] == goals["Alla nyinflyttade hittar en hobby i kommunen"].id


# ---- running feet closing on a bare page number -----------------------------------------

def test_running_foot_with_a_bare_page_number_is_known_by_its_repeated_parts():
    assert numbered_foot_key("Exempelby kommun · Integrationsprogram 2025–2028 · 9") == (
        "exempelby kommun", "integrationsprogram 2025–2028")
    assert numbered_foot_key("Ansvar: biblioteket · Tid: 2026") is None


def test_repeated_numbered_feet_are_dropped_a_single_one_kept():
    from classifiers.elements import Element
    els = [Element("para", "Exempelby kommun · Program · 7", 1), Element("para", "Läget i dag.", 1),
           Element("para", "Exempelby kommun · Program · 8", 2), Element("para", "Mål · 3", 2)]
    assert [e.text for e in drop_page_furniture(els)] == ["Läget i dag.", "Mål · 3"]


# ---- 'Tabell 3 (forts.)' after the page's running foot ------------------------------------

def test_continued_table_past_a_running_foot_joins_the_row_it_continues():
    x = _classify([
        _h("3 Språk", 1),
        _h("Så här ska det vara 2028", 3),
        _b("Alla vuxna hittar en språkkurs som passar dem."),
        _t(["Åtgärd", "Ansvar", "Samarbete", "Tidtabell", "Indikator"], [
            ["Kvällskurs i svenska för föräldrar", "Medborgarinstitutet", "", "2026", "antal deltagare"],
            ["Språkcaféer varje vecka", "Integrationsenheten", "biblioteket,", "2025–2028", "antal besök;"]],
           caption="Tabell 3. Åtgärder – språk"),
        _p("Exempelby kommun · Integrationsprogram 2025–2028 · 8"),
        _t(["Åtgärd", "Ansvar", "Samarbete", "Tidtabell", "Indikator"], [
            ["(forts.)", "", "Röda Korset", "", "andel som går vidare till en kurs"]],
           caption="Tabell 3 (forts.)"),
        _p("Exempelby kommun · Integrationsprogram 2025–2028 · 9"),
    ])
    texts = [_squash(m.text) for m in x.measures]
    assert texts == ["Kvällskurs i svenska för föräldrar", "Språkcaféer varje vecka"]
    cafe = x.measures[1]
    assert cafe.partners == ["biblioteket", "Röda Korset"]
    assert {i.measure for i in x.indicators if "andel som går vidare" in i.text} == {cafe.id}


# ---- an interview chapter: a person's replies, no plan --------------------------------------

def test_interview_chapter_replies_are_neither_goals_nor_measures():
    from classifiers.interview_sections import names_interview
    assert names_interview("4 Integration i vardagen – intervju med integrationskoordinatorn")
    assert names_interview("Intervju: en dag på servicepunkten")
    assert not names_interview("Kommunen intervjuar nya invånare varje höst")
    x = _classify(_unit_doc() + [
        _h("4 Integration i vardagen – intervju med koordinatorn", 1),
        _p("Koordinator Anna Berg har arbetat i kommunen sedan 2018. Vi frågade henne om arbetet."),
        _h("Vad gör ni nu?", 3),
        _p("– Jag ordnar välkomstträffar för alla nya familjer och hjälper dem med blanketterna."),
        _h("Vad önskar du av invånarna?", 3),
        _p("– Hälsa på grannen! Alla nyinflyttade ska känna sig välkomna i byn."),
    ])
    texts = [_squash(m.text) for m in x.measures] + [_squash(g.text) for g in x.goals]
    assert not any("välkomstträffar" in t or "Hälsa på grannen" in t for t in texts)
    assert any("Hobbykort" in t for t in texts)


# ---- 'Tema: goal' in a goal column; 'Tema: meter' in the follow-up -----------------------

def test_goal_cell_led_in_by_its_theme_name_gives_theme_and_goal():
    x = _classify(_unit_doc())
    goals = {_squash(g.text): g.theme for g in x.goals}
    assert goals == {"Alla barn klarar skolan": "Skola",
                     "Alla hittar en fritidssysselsättning": "Fritid"}


def test_theme_labelled_meter_follows_up_the_goal_of_that_theme_and_the_action_it_names():
    from classifiers.theme_labelled_meters import theme_labelled_meter
    assert theme_labelled_meter("Fritid: antal sålda hobbykort") == ("antal sålda hobbykort", "Fritid")
    assert theme_labelled_meter("Ansvar: kulturenheten") is None
    x = _classify(_unit_doc() + [
        _h("5 Uppföljning", 1),
        _p("Kommunstyrelsen får en rapport varje år. Följande indikatorer följs upp per mål:"),
        _b("Skola: andel elever som når målen i årskurs 9",
           "Fritid: antal vuxna som lärt sig simma i simskolan",
           "Fritid: antal deltagare i simskolan och på filmkvällarna"),
    ])
    goals = {g.theme: g.id for g in x.goals}
    measures = {_squash(m.text): m.id for m in x.measures}
    ind = {_squash(i.text): i for i in x.indicators}
    swim = ind["antal vuxna som lärt sig simma i simskolan"]
    assert swim.goal == goals["Fritid"]
    assert swim.measure == measures["Simskola för vuxna nybörjare"]
    # two actions named: the goal's meter
    assert ind["antal deltagare i simskolan och på filmkvällarna"].measure is None
    assert ind["andel elever som når målen i årskurs 9"].goal == goals["Skola"]


# ---- '..., där ett av de strategiska målen är att ...' on another document ----------------

def test_goal_in_a_relative_clause_on_another_document_is_that_documents():
    from classifiers.prose import is_goal_sentence
    assert not is_goal_sentence("Programmet bygger på kommunstrategin Exempelby 2030, där ett av de "
                                "strategiska målen är att befolkningen ska växa.")
    assert is_goal_sentence("Målet är att befolkningen ska växa genom inflyttning.")
    assert is_goal_sentence("Vi bygger en kommun där målet är att alla ska trivas.")


def test_numbered_foot_taken_into_a_table_as_a_row_of_one_cell_is_dropped():
    from classifiers.elements import Element
    from extractors.model import Table
    t = Table(rows=[["Åtgärd", "Ansvar"], ["Språkcaféer varje vecka", "Integrationsenheten"],
                    ["Exempelby kommun · Program · 9", ""]], header_rows=1, method="blocks")
    els = [Element("para", "Exempelby kommun · Program · 8", 1),
           Element("table", "", 2, table=t, pages=[2, 2, 2])]
    out = drop_page_furniture(els)
    assert len(out) == 1 and out[0].table.rows == [["Åtgärd", "Ansvar"], ["Språkcaféer varje vecka", "Integrationsenheten"]]
    assert out[0].pages == [2, 2]


def test_goal_heading_led_in_by_its_theme_past_its_label():
    x = _classify([
        _h("3 Åtgärder", 1),
        _h("Mål 1: Skola: Alla barn med annat modersmål klarar grundskolan", 3),
        _p("Åtgärd: Läxhjälp på biblioteket varje vecka"),
        _p("Ansvar: Kulturenheten"),
        _h("Mål 2: Fritid: Alla nyinflyttade hittar en hobby i kommunen", 3),
        _p("Åtgärd: Hobbykort för barn i nya familjer"),
        _p("Ansvar: Fritidsenheten"),
    ])
    goals = {_squash(g.text): g.theme for g in x.goals}
    assert goals == {"Alla barn med annat modersmål klarar grundskolan": "Skola",
                     "Alla nyinflyttade hittar en hobby i kommunen": "Fritid"}


# ---- a table printed as cards going on over a page: 'Tabell 3 (forts.)', 'Åtgärd: (forts.)' ----

def test_continuation_marks_of_a_card_print_are_no_goal_or_action_and_their_fields_go_on():
    from classifiers.continuation_marks import is_continuation_mark
    assert is_continuation_mark("Tabell 3 (forts.)") and is_continuation_mark("3.3 (forts.)")
    assert is_continuation_mark("Åtgärd: (forts.)")
    assert not is_continuation_mark("Boende (forts.) och närmiljö i kommunen")
    x = _classify([
        _h("3 Språk", 1),
        _h("Så här ska det vara 2028", 3),
        _b("Alla vuxna hittar en språkkurs som passar dem."),
        _p("Tabell 3. Åtgärder – språk"),
        _p("Åtgärd: Kvällskurs i svenska för föräldrar"),
        _p("Ansvar: Medborgarinstitutet"),
        _p("Indikator: antal deltagare"),
        _p("Åtgärd: Språkcaféer varje vecka"),
        _p("Ansvar: Integrationsenheten"),
        _p("Indikator: antal besök;"),
        _p("Tabell 3 (forts.)"),
        _p("Åtgärd: (forts.)"),
        _p("Indikator: andel som går vidare till en kurs"),
    ])
    texts = [_squash(m.text) for m in x.measures]
    assert texts == ["Kvällskurs i svenska för föräldrar", "Språkcaféer varje vecka"]
    assert not any("forts" in g.text for g in x.goals)


def test_field_row_holding_only_the_mark_leaves_a_card_table():
    from classifiers.continuation_marks import without_continuation_marks
    from classifiers.elements import Element
    from extractors.model import Table
    t = Table(rows=[["Åtgärder", "Språkcaféer varje vecka"], ["Mätare", "antal besök;"],
                    ["Åtgärder", "(forts.)"], ["Mätare", "andel som går vidare"]], header_rows=0, method="blocks")
    out = without_continuation_marks([Element("table", "", 1, table=t, pages=[1, 1, 2, 2])])
    assert out[0].table.rows == [["Åtgärder", "Språkcaféer varje vecka"], ["Mätare", "antal besök;"],
                                 ["Mätare", "andel som går vidare"]]
    assert out[0].pages == [1, 1, 2]


def test_lone_lower_case_action_card_is_the_rest_of_the_card_above_no_action():
    x = _classify([
        _h("3 Åtgärder", 1),
        _p("Mål: Skola"),
        _p("Åtgärd: Mentorprogram för elever där studerande vid andra"),
        _p("Ansvar: Bildningssektorn"),
        _p("Indikator: Antal mentorpar"),
        _p("Åtgärd: stadiet stöder eleverna i deras studier och yrkesval"),
        _p("Mål: Skola"),
        _p("Åtgärd: Läxhjälp på flera språk"),
        _p("Ansvar: Bildningssektorn"),
    ])
    texts = [_squash(m.text) for m in x.measures]
    assert not any(t.startswith("stadiet") for t in texts)
    assert "Läxhjälp på flera språk" in texts


def test_continued_table_past_a_foot_keeps_apart_a_piece_whose_header_comes_after_a_headerless_one():
    from classifiers.elements import _repeats_header_of, Element
    from extractors.model import Table
    head = ["Åtgärd", "Ansvar"]
    headed = Table(rows=[head, ["Läxhjälp", "Skolan"]], header_rows=1, method="blocks")
    bare = Table(rows=[["Simskola", "Fritid"]], header_rows=0, method="blocks")
    piece = Table(rows=[head, ["Språkcafé", "Biblioteket"]], header_rows=1, method="blocks")
    assert _repeats_header_of(piece, Element("table", "", 1, table=headed, pages=[1, 1]))
    assert not _repeats_header_of(piece, Element("table", "", 2, table=bare, pages=[2]))
