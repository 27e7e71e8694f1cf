"""The conventions read for the thirty-sixth blind set's first three programmes, each on a
made-up programme: goals labelled 'Mål N:' under theme sub-headings of the goal chapter, a
sentence counting the goals, semicolon-separated actions in one cell, an annual-cycle table tying
actions to goals by '(mål N)', follow-up items labelled by goal, a goal-and-actions column,
chart captions setting a target level, '(samarbete: X)' partners, and a table linking coded
actions to lettered goals."""
from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _goals_chapter():
    return [
        _h("3 Mål", 1),
        _p("Styrgruppen formulerade fyra mål under två teman."),
        _h("Arbete", 2),
        _b("Mål 1: Fler inflyttade får ett arbete som motsvarar deras utbildning",
           "Mål 2: Företagen i kommunen hittar den arbetskraft de behöver"),
        _h("Fritid", 2),
        _b("Mål 3: Nya invånare deltar i föreningarnas verksamhet",
           "Mål 4: Alla barn kan simma när de går ut årskurs fyra"),
    ]


def test_labelled_goals_under_theme_subheadings_and_the_counting_sentence():
    doc = _classify(_goals_chapter())
    texts = [g.text for g in doc.goals]
    assert "Fler inflyttade får ett arbete som motsvarar deras utbildning" in texts
    assert "Alla barn kan simma när de går ut årskurs fyra" in texts
    # the sentence counting the goals is a reading guide, no goal
    assert not any("formulerade" in t for t in texts)
    assert len(texts) == 4


def test_semicolon_actions_each_their_own_with_the_rows_doer():
    doc = _classify(_goals_chapter() + [
        _h("4 Åtgärder", 1),
        _t(["Mål", "Åtgärder", "Ansvar", "När"], [
            ["Mål 1", "Kartläggning av yrkeskunskaper hos nyinflyttade; Mentorer från företagen för nya arbetstagare",
             "Näringslivsenheten", "2026–2027"],
            ["Mål 3", "Föreningsmässa varje höst", "Fritidsenheten", "Årligen"],
        ]),
    ])
    texts = [m.text for m in doc.measures]
    assert "Kartläggning av yrkeskunskaper hos nyinflyttade" in texts
    assert "Mentorer från företagen för nya arbetstagare" in texts
    mentor = next(m for m in doc.measures if m.text.startswith("Mentorer"))
    assert mentor.responsible == ["Näringslivsenheten"]
    g1 = next(g.id for g in doc.goals if g.text.startswith("Fler inflyttade"))
    assert mentor.goal == g1


def test_annual_cycle_rows_tied_to_goals_and_the_untied_upkeep():
    doc = _classify(_goals_chapter() + [
        _h("5 Årsklocka", 1),
        _t(["Månad", "Återkommande åtgärd", "Ansvar"], [
            ["Februari", "Genomgång av programmets nyckeltal i nämnden", "Kansliet"],
            ["April", "Simskola för nyinflyttade barn (mål 4)", "Simhallen"],
            ["September", "Föreningsmässa på torget (mål 3)", "Fritidsenheten"],
            ["November", "Företagsfrukost om rekrytering (mål 2)", "Näringslivsenheten"],
        ]),
    ])
    texts = [m.text for m in doc.measures]
    assert "Simskola för nyinflyttade barn" in texts
    assert not any("nyckeltal" in t for t in texts)
    swim = next(m for m in doc.measures if m.text.startswith("Simskola"))
    assert swim.goal == next(g.id for g in doc.goals if g.text.startswith("Alla barn"))


def test_follow_up_items_labelled_by_goal():
    doc = _classify(_goals_chapter() + [
        _h("4 Åtgärder", 1),
        _t(["Mål", "Åtgärd", "Ansvar", "När"], [
            ["Mål 3", "Föreningsguide för nyinflyttade familjer", "Fritidsenheten", "2026"],
            ["Mål 4", "Simskola för nyinflyttade barn", "Simhallen", "Somrarna"],
            ["Mål 4", "Simundervisning i skolan i årskurs tre", "Skolan", "Årligen"],
        ]),
        _h("6 Uppföljning", 1),
        _b("mål 4: antalet deltagare i simskolan", "mål 4: andelen elever som kan simma i årskurs fyra"),
    ])
    by = {i.text: i for i in doc.indicators}
    assert "antalet deltagare i simskolan" in by
    g4 = next(g.id for g in doc.goals if g.text.startswith("Alla barn"))
    assert by["antalet deltagare i simskolan"].goal == g4
    swim = next(m.id for m in doc.measures if m.text.startswith("Simskola"))
    assert by["antalet deltagare i simskolan"].measure == swim
    # a share measures the goal, no one action
    assert by["andelen elever som kan simma i årskurs fyra"].measure is None


def test_goal_and_actions_in_one_cell():
    doc = _classify([
        _h("3 Mål och åtgärder", 1),
        _t(["Mål och åtgärder", "Ansvarig", "Tidpunkt"], [
            ["Alla nyinflyttade hittar kommunens service\n– Välkomstmöte varje månad\n– Informationsblad på fem språk",
             "\nServicepunkten\nKommunikationen", "\nFortlöpande\n2026"],
            ["Fler nyinflyttade deltar i föreningslivet\n– Föreningsguide för nya familjer\n– Prova på-dagar i idrottshallen",
             "\nFritidsenheten\nIdrottsföreningarna", "\nFrån 2026\nHösten 2026"],
        ]),
    ])
    goals = [g.text for g in doc.goals]
    assert goals == ["Alla nyinflyttade hittar kommunens service", "Fler nyinflyttade deltar i föreningslivet"]
    texts = [m.text for m in doc.measures]
    assert "Informationsblad på fem språk" in texts and "Föreningsguide för nya familjer" in texts
    blad = next(m for m in doc.measures if m.text.startswith("Informationsblad"))
    assert blad.goal == doc.goals[0].id


def test_chart_caption_setting_a_target_level_is_a_meter():
    doc = _classify([
        _h("3 Mål", 1),
        _p("Alla nyinflyttade hittar kommunens service."),
        _h("4 Åtgärder", 1),
        _b("Språkcafé varje vecka på biblioteket", "Välkomstmöte varje månad"),
        _h("5 Uppföljning", 1),
        _p("Diagram 1. Antal inflyttade per år 2019–2024"),
        _p("Diagram 2. Antal besök på språkcaféet (målnivå 200 besök per år)"),
        _p("Diagram 3. Andelen som svarar att de hittar rätt i servicen på främmande språk (målnivå 70 % år 2028)"),
    ])
    by = {i.text: i for i in doc.indicators}
    assert "Antal besök på språkcaféet (målnivå 200 besök per år)" in by
    assert not any("inflyttade per år" in t for t in by)
    cafe = next(m.id for m in doc.measures if m.text.startswith("Språkcafé"))
    assert by["Antal besök på språkcaféet (målnivå 200 besök per år)"].measure == cafe
    # 'språk' is the first part of the head 'Språkcafé', no name of it
    share = next(i for t, i in by.items() if t.startswith("Andelen"))
    assert share.measure is None


def test_labelled_cooperation_bracket_names_partners():
    assert split_actors("Sysselsättningsenheten (samarbete: Vamia)", "responsible") == (
        ["Sysselsättningsenheten"], ["Vamia"])


def test_coded_actions_linked_to_lettered_goals_by_a_table_of_their_own():
    doc = _classify([
        _h("3 Mål", 1),
        _p("Programmets mål är:"),
        _b("Mål A. Arbete: Fler inflyttade får arbete i kommunen.",
           "Mål B. Språk: Alla vuxna kan studera svenska på sin nivå."),
        _h("4 Åtgärder", 1),
        _t(["ID", "Åtgärd", "Ansvarig", "Tidtabell"], [
            ["ÅT-01", "Rekryteringsträff med företagen varje vår", "Näringslivsenheten", "Årligen"],
            ["ÅT-02", "Kvällskurser i svenska i skolorna", "Medborgarinstitutet", "2026–2029"],
            ["ÅT-03", "Yrkessvenska för vårdbiträden", "Sysselsättningsenheten", "2026"],
        ]),
        _t(["Åtgärd", "Bidrar till mål"], [["ÅT-01", "Mål A"], ["ÅT-02", "Mål B"], ["ÅT-03", "Mål B, A"]],
           caption="Tabell 3. Åtgärdernas koppling till målen"),
        _h("5 Uppföljning", 1),
        _t(["Indikator", "Utgångsläge", "Mål 2029", "Följer upp"], [
            ["Antal deltagare i kvällskurserna", "40", "70", "ÅT-02"],
            ["Andel sysselsatta bland inflyttade", "58 %", "65 %", "Mål A"],
        ]),
    ])
    a = next(g for g in doc.goals if g.text.startswith("Fler inflyttade"))
    b = next(g for g in doc.goals if g.text.startswith("Alla vuxna"))
    assert a.theme == "Arbete"
    by = {" ".join(m.text.split()): m for m in doc.measures}
    assert by["Yrkessvenska för vårdbiträden"].goal == b.id  # the goal named first
    assert by["Rekryteringsträff med företagen varje vår"].goal == a.id
    assert not any(t.startswith("ÅT-") for t in by)
    ind = {" ".join(i.text.split()): i for i in doc.indicators}
    assert ind["Antal deltagare i kvällskurserna"].measure == by["Kvällskurser i svenska i skolorna"].id
    assert ind["Andel sysselsatta bland inflyttade"].measure is None
    assert ind["Andel sysselsatta bland inflyttade"].goal == a.id


def test_numbered_row_of_semicolon_actions_and_its_counted_action():
    from classifiers.goal_labelled_meters import counted_action
    from classifiers.semicolon_actions import semicolon_actions

    # a record's running number numbers the row, none of its actions
    assert semicolon_actions("2.1 Simskola för barn; Simkurs för vuxna") == ["Simskola för barn", "Simkurs för vuxna"]
    # a clause after a semicolon in lower case is no action of its own
    assert semicolon_actions("Simskola ordnas på sommaren; den följs upp i maj") is None
    # the head past the action's running number
    assert counted_action("antalet deltagare i simskolan", [("m1", "5.2 Simskola för barn"),
                                                             ("m2", "5.3 Föreningsmässa")]) == "m1"


def test_strategy_goal_the_programme_breaks_down_is_the_parent():
    doc = _classify([
        _h("2 Kommunstrategin", 1),
        _t(["Strategiskt område", "Mål 2030"], [
            ["Ekonomi", "Kommunens ekonomi är i balans varje år"],
            ["Delaktighet", "Alla invånare kan delta i samhället på lika villkor"],
            ["Klimat", "Kommunens utsläpp halveras jämfört med år 2019"],
        ], caption="Utdrag ur kommunstrategin"),
        _h("3 Programmets mål", 1),
        _p("Strategimålet för Delaktighet har brutits ned i två mål för programperioden:"),
        _b("Fler inflyttade får arbete i kommunen.", "Alla vuxna kan studera svenska på sin nivå."),
    ])
    top = next(g for g in doc.goals if g.text.startswith("Alla invånare kan delta"))
    assert top.theme == "Delaktighet"
    assert all(g.parent == top.id for g in doc.goals if g.id != top.id)
    assert not any("ekonomi" in g.text for g in doc.goals)


def test_semicolon_parts_with_a_labelled_field_are_no_actions():
    from classifiers.semicolon_actions import semicolon_actions

    # a source field run into the cell ('Källa: X; Y') names where figures come from
    assert semicolon_actions("Stadskansliet, Källa: Enheten för statistik; Statistikcentralen, Migrationsverket") is None
