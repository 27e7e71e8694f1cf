"""Seventy-third blind set, second reader (blind437, blind438, blind433): the conventions
read, each with made-up text."""
from blocks_doc import bullets, classify_blocks, heading, paragraph

from classifiers.prose import is_goal_sentence
from classifiers.reference_tails import opens_with_role_field
from classifiers.text import squash


def _table(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _joint_programme(actions_rows, extra=()):
    return classify_blocks([
        heading("Integrationsprogram för Norrby och Sälö 2025–2028", 1),
        heading("2 Gemensamma mål", 1),
        bullets("1. Språk: Vuxna nyinflyttade lär sig svenska under det första året.",
                "2. Arbete: Fler nyinflyttade får arbete i regionens företag."),
        heading("3 Åtgärder", 1),
        _table(["Mål", "Åtgärd", "Norrby", "Sälö", "Tidtabell"], actions_rows,
               "Tabell 3. Åtgärder och ansvar i kommunerna"),
        *extra,
    ])


def test_columns_headed_by_each_member_municipality_name_the_responsible_units():
    # a joint programme heads one column per municipality by its own name; each cell is the
    # unit answering for the action there, a dash where the municipality takes no part
    doc = _joint_programme([
        ["1", "Kvällskurser i svenska för vuxna", "Norrby medborgarinstitut", "Sälö bildningskansli", "2025–2028"],
        ["1", "Språkstöd på arbetsplatserna", "Sysselsättningstjänsterna", "Sysselsättningstjänsterna", "från 2025"],
        ["2", "Företagsbesök för nyinflyttade arbetssökande", "Näringslivsenheten", "–", "årligen"],
    ])
    by = {squash(m.text): m for m in doc.measures}
    assert by["Kvällskurser i svenska för vuxna"].responsible == ["Norrby medborgarinstitut", "Sälö bildningskansli"]
    # (the same unit in both: one copy; a dash: no part)
    assert by["Språkstöd på arbetsplatserna"].responsible == ["Sysselsättningstjänsterna"]
    assert by["Företagsbesök för nyinflyttade arbetssökande"].responsible == ["Näringslivsenheten"]


def test_columns_named_by_a_proper_name_whose_cells_name_no_unit_are_no_party():
    # 'Svenska | Finska': languages, the cells say what is offered -- no one answers for it
    doc = classify_blocks([
        heading("Integrationsprogram för Norrby 2025–2028", 1),
        heading("3 Åtgärder", 1),
        paragraph("Mål: Vuxna nyinflyttade lär sig svenska under det första året."),
        _table(["Åtgärd", "Svenska", "Finska", "Tidtabell"], [
            ["Kvällskurser för vuxna", "två kurser", "en kurs", "2025–2028"],
            ["Språkcafé i biblioteket", "varje vecka", "varannan vecka", "från 2025"],
        ]),
    ])
    assert all(not m.responsible for m in doc.measures), [(m.text, m.responsible) for m in doc.measures]


def test_goal_reference_before_labelled_fields_in_a_closing_parenthesis():
    # '<action> (mål N, ansvar: <unit>, <time>)': the goal by its number, then who and when
    assert opens_with_role_field("ansvar: biblioteket, fortlöpande")
    assert opens_with_role_field("Ansvarig: skolbyrån; 2026")
    assert not opens_with_role_field("2025–2028")
    assert not opens_with_role_field("hösten 2026")
    doc = _joint_programme(
        [["1", "Kvällskurser i svenska för vuxna", "Norrby medborgarinstitut", "–", "2025–2028"],
         ["2", "Företagsbesök för arbetssökande", "Näringslivsenheten", "–", "årligen"]],
        [heading("4 Lokala tillägg", 1),
         paragraph("Sälö kompletterar programmet med följande åtgärder:"),
         bullets("Sälö ordnar en sommarkurs i svenska på ön (mål 1, ansvar: bildningskansliet, sommaren 2026).",
                 "Sälö inför praktikplatser i kommunens kök (mål 2, ansvar: kommunkansliet, 2025).")])
    by = {squash(m.text): m for m in doc.measures}
    summer = by["Sälö ordnar en sommarkurs i svenska på ön"]
    assert summer.responsible == ["bildningskansliet"] and summer.schedule == "sommaren 2026"
    assert summer.goal == doc.goals[0].id
    kitchen = by["Sälö inför praktikplatser i kommunens kök"]
    assert kitchen.responsible == ["kommunkansliet"] and kitchen.schedule == "2025"
    assert kitchen.goal == doc.goals[1].id


def test_action_plan_column_names_goals_numbered_within_their_area():
    # goals '1.1 …' in the goal-and-meter tables; an action plan's 'Mål' column names them
    doc = classify_blocks([
        heading("Integrationsprogram för Västerhamn 2026–2029", 1),
        heading("3 Mål och mätare", 1),
        heading("3.1 Arbete", 2),
        _table(["Mål", "Mätare"], [
            ["1.1 Fler nyinflyttade har ett arbete efter två år", "Andelen sysselsatta nyinflyttade"],
            ["1.2 Vuxna nyinflyttade studerar svenska", "Antalet deltagare i språkkurser"],
        ], "Tabell 1. Mål och mätare – arbete"),
        heading("3.2 Fritid", 2),
        _table(["Mål", "Mätare"], [
            ["2.1 Barn och unga har en hobby", "Andelen unga med en hobby"],
        ], "Tabell 2. Mål och mätare – fritid"),
        heading("Bilaga 1. Handlingsplan 2026–2027", 1),
        _table(["Nr", "Åtgärd", "Mål", "Ansvarig", "Tidpunkt"], [
            ["1", "Arbetsplatsbesök för nyinflyttade", "1.1", "Näringslivsenheten", "2026"],
            ["2", "Kvällskurser i svenska", "1.2", "Vuxeninstitutet", "2026–2027"],
            ["3", "Prova-på-dagar i idrottsföreningarna", "2.1", "Idrottstjänsterna", "våren 2026"],
        ]),
    ])
    by_num = {squash(g.text).split()[0]: g.id for g in doc.goals if g.text[:1].isdigit()}
    goal_of = {squash(m.text): m.goal for m in doc.measures}
    assert goal_of["Arbetsplatsbesök för nyinflyttade"] == by_num["1.1"]
    assert goal_of["Kvällskurser i svenska"] == by_num["1.2"]
    assert goal_of["Prova-på-dagar i idrottsföreningarna"] == by_num["2.1"]


def test_a_negated_goal_sentence_states_no_goal():
    # 'Målet är inte att X utan att Y': what the aim is not, explaining a description
    assert not is_goal_sentence("Målet är inte att ersätta skolans undervisning utan att ge eleverna stöd hemma.")
    assert not is_goal_sentence("Syftet är inte att ersätta tolkningen men att göra den lättare.")
    assert not is_goal_sentence("Målsättningen är ändå inte att alla ska tala svenska genast.", False)
    assert is_goal_sentence("Målet är att alla nyinflyttade får service på ett språk de förstår.")


def test_caption_in_nouns_between_goal_heading_and_its_table_is_no_sub_goal():
    # 'Strategiskt mål N: …' over 'Tabell N. <field>' over a table whose section rows are
    # the sub-goals: the caption names the field, the sub-goals are the goal's own
    doc = classify_blocks([
        heading("Integrationsprogram för Ekby 2025–2028", 1),
        heading("3 Åtgärdsplan", 1),
        heading("Strategiskt mål 1: Nyinflyttade har lika möjligheter till arbete och studier", 2),
        _table(["Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell"], [
            ["Delmål 1.1 Nyinflyttade vuxna får snabbare ett arbete", "", "", ""],
            ["Vi ordnar arbetsplatsbesök för nyinflyttade", "Näringslivsenheten", "Företagarna", "2025"],
            ["Delmål 1.2 Unga fortsätter studera efter grundskolan", "", "", ""],
            ["Vi ordnar studiehandledning på modersmålet", "Skolbyrån", "", "årligen"],
        ], "Tabell 2. Sysselsättning och goda studievägar"),
        heading("Strategiskt mål 2: Alla invånare känner sig delaktiga i Ekby", 2),
        _table(["Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell"], [
            ["Delmål 2.1 Nyinflyttade deltar i föreningslivet", "", "", ""],
            ["Vi ger startbidrag till föreningar", "Fritidsbyrån", "", "2026"],
        ], "Tabell 3. Delaktighet och goda relationer"),
    ])
    texts = [g.text for g in doc.goals]
    assert not any(t.startswith("Tabell") for t in texts), texts
    top = [g for g in doc.goals if g.parent is None]
    assert len(top) == 2, texts
    subs = [g for g in doc.goals if g.parent is not None]
    assert {g.parent for g in subs} == {top[0].id, top[1].id}


def test_party_named_by_its_own_name_on_a_card():
    # a table of one row (a card) or a card's line of fields: 'Norrby: X. Sälö: –.'
    from classifiers.organisation_columns import organisation_columns, party_field
    headers = ["Mål", "Åtgärd", "Tidtabell", "Norrby", "Sälö"]
    roles = {0: "goal", 1: "measure", 2: "schedule"}
    assert organisation_columns(headers, roles, [["2", "Företagsbesök", "2026", "Näringslivsenheten", "–"]]) == [3, 4]
    # (both parties a dash: no unit named, no party column; a place over what is offered: none)
    assert organisation_columns(headers, roles, [["2", "Företagsbesök", "2026", "–", "–"]]) == []
    assert organisation_columns(headers, roles, [["2", "Företagsbesök", "2026", "två kurser", "en kurs"]]) == []
    assert party_field("Norrby", "Fritidsnämnden") and party_field("Sälö", "–")
    assert not party_field("Svenska", "två kurser per år")
    from classifiers.records import _inline_codes
    got = _inline_codes("Mål: 1. Tidtabell: 2026. Norrby: Näringslivsenheten. Sälö: Kommunkansliet.")
    assert ("Norrby", "Näringslivsenheten") in got and ("Sälö", "Kommunkansliet") in got
