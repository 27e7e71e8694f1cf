"""Seventy-first blind set, second reader (blind421, blind422, blind424, blind425): the
conventions read, each with made-up text."""
from blocks_doc import bullets, classify_blocks, heading, paragraph

from classifiers.prose import followed_up_by, intro_kind
from classifiers.schedule import parse_schedule


def _table(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_goal_cell_naming_the_whole_plan_is_no_goal():
    # a follow-up table keyed by goal numbers, one row keyed to the plan as a whole
    doc = classify_blocks([
        heading("Integrationsplan för Norrö 2025–2028", 1),
        heading("2 Mål och åtgärder", 1),
        heading("2.1 Arbete", 2),
        heading("2.1.1 Fler nyinflyttade hittar ett arbete i kommunen", 3),
        bullets("Arbetsplatsbesök för nyinflyttade varje vår", "Mentorer bland ortens företagare"),
        paragraph("Ansvar: näringslivsenheten. Tidtabell: 2025–2028."),
        heading("2.1.2 Unga får en studieplats efter grundskolan", 3),
        bullets("Studiehandledning på modersmålet i årskurs nio"),
        paragraph("Ansvar: skolbyrån. Tidtabell: årligen."),
        heading("3 Uppföljning", 1),
        _table(["Mål", "Mätare", "Källa"], [
            ["2.1.1", "Antal nyinflyttade i arbete efter ett år", "näringslivsenheten"],
            ["2.1.2", "Andel unga som fortsätter studera", "skolbyrån"],
            ["Hela planen", "Antal invånare med annat modersmål", "Statistikcentralen"],
        ], "Tabell 4. Mätare"),
    ])
    assert "Hela planen" not in [g.text for g in doc.goals]
    by = {i.text: i for i in doc.indicators}
    whole = by["Antal invånare med annat modersmål"]
    assert whole.goal is None and whole.measure is None
    assert by["Andel unga som fortsätter studera"].goal == doc.goals[1].id


def test_programme_level_keys_of_other_wordings():
    from classifiers.theme_labelled_meters import WHOLE_PROGRAMME_CELL_RE, whole_programme_meter
    for key in ("Hela planen", "Hela programmet", "Hela integrationsplanen", "Planen som helhet",
                "Programnivå", "På programnivå"):
        assert WHOLE_PROGRAMME_CELL_RE.match(key), key
    assert whole_programme_meter("Hela planen: antal nya invånare") == "antal nya invånare"
    assert not WHOLE_PROGRAMME_CELL_RE.match("Hela perioden")


def test_key_figures_after_the_follow_up_of_the_actions_are_indicators():
    # 'Utöver uppföljningen av de enskilda åtgärderna följer X två nyckeltal …:': the actions
    # sit in a phrase hung on the noun 'utöver' sets apart; the list is named as key figures
    assert intro_kind("Utöver uppföljningen av de enskilda åtgärderna följer styrgruppen "
                      "tre nyckeltal för hela programmet:") == "indicator"
    assert intro_kind("Förutom arbetet med åtgärderna i tabellerna mäter vi följande mätare:") == "indicator"
    # (what goes on besides the actions, no meter named: background, as before)
    assert intro_kind("Förutom arbetet med åtgärderna ordnar kommunen:") == "background"
    doc = classify_blocks([
        heading("Integrationsprogram för Västervik 2025–2028", 1),
        heading("2 Åtgärder", 1),
        heading("2.1 Språk", 2),
        paragraph("Mål: Alla vuxna nyinflyttade lär sig svenska."),
        paragraph("Åtgärder:"),
        bullets("Språkcafé i biblioteket (Biblioteket, 2025)", "Kvällskurs i svenska (Medborgarinstitutet, 2026)"),
        heading("3 Uppföljning", 1),
        paragraph("Utöver uppföljningen av de enskilda åtgärderna följer styrgruppen två nyckeltal "
                  "för hela programmet:"),
        bullets("andelen sysselsatta bland invånare med annat modersmål",
                "antalet nya invånare som flyttar bort inom två år"),
    ])
    assert len(doc.measures) == 2, [m.text for m in doc.measures]
    inds = {i.text: i for i in doc.indicators}
    assert "andelen sysselsatta bland invånare med annat modersmål" in inds
    assert inds["antalet nya invånare som flyttar bort inom två år"].measure is None


def _follow_up_under_list(meter: str):
    return classify_blocks([
        heading("Integrationsprogram för Östby 2025–2028", 1),
        heading("3 Mål och åtgärder", 1),
        heading("3.2 Idrott och kultur", 2),
        paragraph("Mål: Nya invånare deltar i idrott och kultur som andra invånare."),
        paragraph("Åtgärder:"),
        bullets("Läxhjälp för skolelever på biblioteket (Biblioteket, 2025–2028)",
                "Teaterkurser och kulturkuponger för barn (Kulturbyrån i samarbete med skolorna, 2026)"),
        paragraph(f"Uppföljning: {meter}."),
    ])


def test_follow_up_sharing_only_a_compound_part_with_an_action_is_the_goals():
    # 'Uppföljning: <meter>.' under a goal's bulleted actions: 'teater' is no word of
    # 'Teaterkurser' (a compound built on it names another thing), so the meter names no
    # action by its words and follows up the goal
    doc = _follow_up_under_list("andelen barn med annat modersmål som går på teater")
    ind = next(i for i in doc.indicators if i.text.startswith("andelen barn"))
    assert ind.measure is None
    assert ind.goal == doc.goals[0].id


def test_follow_up_naming_an_action_by_its_inflected_words_is_that_actions():
    # (the twentieth set's convention kept: 'kulturkupongerna' is a form of 'kulturkuponger')
    doc = _follow_up_under_list("antalet barn som använt kulturkupongerna")
    ind = next(i for i in doc.indicators if i.text.startswith("antalet barn"))
    assert ind.measure == doc.measures[1].id


def test_meter_sentence_naming_what_it_measures():
    # 'Som mätare för målsättningen används X.': the noun says whose meter, X the meter
    assert followed_up_by("Som mätare för målsättningen används antalet hyresgäster som flyttat "
                          "inom ett år.")[1] == ["antalet hyresgäster som flyttat inom ett år"]
    assert followed_up_by("Som indikator för detta mål följs andelen nöjda deltagare.")[1] == [
        "andelen nöjda deltagare"]


def test_start_with_med_borjan_is_a_time():
    assert parse_schedule("med början 2026") == ("med början 2026", 2026, None)


def test_committed_sentences_are_the_actions_of_a_goal_no_table_serves():
    # a programme of action tables writing one area in running text: 'Målsättningen är att X.'
    # and 'X ska <verb phrase> [tillsammans med Y], <time>.' -- the verb phrase the action
    rows = [["Läxhjälp på biblioteket", "Biblioteket", "–", "2025", "Antal besök"],
            ["Sommarjobb för unga", "Personalbyrån", "–", "varje sommar", "–"]]
    doc = classify_blocks([
        heading("Integrationsprogram för Sjöstad 2025–2029", 1),
        heading("4 Insatsområden", 1),
        heading("4.1 Unga", 2),
        paragraph("Målsättning 1: Unga nyinflyttade klarar skolan och får ett första arbete"),
        _table(["Åtgärd", "Ansvarig", "I samarbete med", "Tidtabell", "Indikator"], rows,
               "Tabell 2. Åtgärder för målsättning 1"),
        heading("4.2 Trygg vardag", 2),
        paragraph("Många nya invånare bor i hyreshus i centrum. Målsättningen är att nya invånare "
                  "känner sig trygga i sina bostadsområden."),
        paragraph("Under programperioden ska Sjöstads Hyresbostäder Ab ordna grannträffar i "
                  "hyreshusen tillsammans med Folkhälsan, med början 2026. Fritidsbyrån ska öppna "
                  "en ungdomsgård i centrum, år 2027."),
    ])
    by = {m.text: m for m in doc.measures}
    assert "ordna grannträffar i hyreshusen" in by, list(by)
    first = by["ordna grannträffar i hyreshusen"]
    assert first.responsible == ["Sjöstads Hyresbostäder Ab"]
    assert first.partners == ["Folkhälsan"]
    assert first.schedule == "med början 2026"
    second = by["öppna en ungdomsgård i centrum"]
    assert second.responsible == ["Fritidsbyrån"]
    assert first.goal == second.goal == doc.goals[-1].id
    assert len(doc.measures) == 4


def test_present_tense_description_beside_tables_stays_background():
    # the same area telling how things are ('X ordnar …' in the present): no action
    rows = [["Läxhjälp på biblioteket", "Biblioteket", "–", "2025", "Antal besök"]]
    doc = classify_blocks([
        heading("Integrationsprogram för Sjöstad 2025–2029", 1),
        heading("4 Insatsområden", 1),
        heading("4.1 Unga", 2),
        paragraph("Målsättning 1: Unga nyinflyttade klarar skolan"),
        _table(["Åtgärd", "Ansvarig", "I samarbete med", "Tidtabell", "Indikator"], rows,
               "Tabell 2. Åtgärder för målsättning 1"),
        heading("4.2 Trygg vardag", 2),
        paragraph("Målsättningen är att nya invånare känner sig trygga i sina bostadsområden."),
        paragraph("Fritidsbyrån ordnar redan i dag grannträffar i hyreshusen."),
    ])
    assert len(doc.measures) == 1, [m.text for m in doc.measures]


def test_inverted_commitment_with_a_definite_plural_object():
    # 'Från och med 2026 ska X <verb> <object in the definite plural>': '-arna' / '-erna' /
    # '-orna' ends a noun, no infinitive, so the doer is X and the verb the one after it
    from classifiers.prose_actions import prose_action
    a = prose_action("Från och med 2026 ska stadsplaneringen höra invånarna i Kvarnbacken med tolk.")
    assert a.responsible == ["stadsplaneringen"]
    assert a.clause == "höra invånarna i Kvarnbacken med tolk"
    b = prose_action("Under hösten ska skolbyrån träffa föräldrarna till alla nya elever.")
    assert b.responsible == ["skolbyrån"]


def test_med_borjan_opens_a_time_but_i_borjan_av_is_that_year():
    # 'med början 2025' names when the action starts and no end; 'i början av 2025' is a
    # time within 2025 (the schedule labels of bench.schedule_years: start and end 2025)
    from classifiers.schedule import parse_schedule
    assert parse_schedule("med början 2025")[1:] == (2025, None)
    assert parse_schedule("i början av 2025")[1:] == (2025, 2025)
    assert parse_schedule("I början av våren 2026")[1:] == (2026, 2026)
