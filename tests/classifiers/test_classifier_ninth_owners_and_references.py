"""Conventions of the ninth blind set (tests/data/blind_programs, blind50 / blind53), on
made-up text: a closing sentence 'För åtgärderna ovan ansvarar X tillsammans med Y, och de
genomförs ...' gives the doers of the list above it; plain bullets that such a sentence calls
'åtgärderna' are actions; a follow-up table's goal column names goals by label ('Mål 2'), by
their section ('Målsättningen i fokusområde 3.2') and an action after a comma ('Mål 2,
kurserna'); 'Fokusområde: X' names the theme X."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.reader_shared import theme_name


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_a_closing_sentence_with_the_actions_first_names_their_doers():
    x = _classify([
        _h("Insatsområde 1: Språk", 2),
        _p("Vi vill att alla vuxna kan lära sig svenska i kommunen."),
        _p("Så här gör vi:"),
        _b("Kvällskurser i svenska ordnas i skolan",
           "En läxhjälp för vuxna startas i biblioteket (bibliotekschefen)"),
        _p("För åtgärderna ovan ansvarar fritidskansliet tillsammans med Vuxeninstitutet, "
           "och de genomförs under hela programperioden."),
    ])
    assert [m.responsible for m in x.measures] == [["fritidskansliet"], ["bibliotekschefen"]]
    assert x.measures[0].partners == ["Vuxeninstitutet"]


def test_plain_bullets_a_closing_sentence_calls_actions_are_measures_of_the_goal_field():
    goal = "Nyinflyttade hittar arbete som motsvarar deras utbildning"
    x = _classify([
        _h("3.2 Arbete", 2),
        _p("Sysselsättningen är hög, men många arbetar under sin kompetens."),
        _p(f"Målsättning: {goal}."),
        _b("Utländska examina kartläggs vid det första samtalet",
           "Arbetsprövning erbjuds inom kommunens egna enheter"),
        _p("Ansvariga för åtgärderna ovan är näringslivsenheten och arbetskraftsbyrån."),
        _h("3.3 Boende", 2),
        _p("Målsättning: Alla hittar en bostad."),
        # no sentence calls these actions: a plain list under a goal field stays unread
        _b("Hyresbostäderna är få", "Kön till bostadsbolaget är lång"),
    ])
    assert [m.text for m in x.measures] == ["Utländska examina kartläggs vid det första samtalet",
                                            "Arbetsprövning erbjuds inom kommunens egna enheter"]
    g = next(g for g in x.goals if g.text.startswith("Nyinflyttade"))
    assert all(m.goal == g.id for m in x.measures)
    assert x.measures[0].responsible == ["näringslivsenheten", "arbetskraftsbyrån"]


def test_a_follow_up_tables_goal_column_names_goals_and_actions_by_label():
    x = _classify([
        _h("3 Fokusområden", 1),
        _h("3.1 Fokusområde: Språk", 2),
        _h("Mål 1: Vuxna invandrare studerar svenska på tider som passar dem", 3),
        _t(["Åtgärd", "Ansvarig", "Tidtabell"],
           [["Kvällskurser i svenska ordnas i skolan", "Medborgarinstitutet", "2026"],
            ["Ett språkcafé hålls i biblioteket varje vecka", "Biblioteket", "Fortlöpande"]],
           caption="Åtgärder för mål 1"),
        _h("3.2 Fokusområde: Gemenskap", 2),
        _p("Målsättning: Nya invånare deltar i byns föreningsliv."),
        _b("Föreningarna bjuds in till en gemensam träff", "En byafest ordnas varje sommar"),
        _p("För åtgärderna ansvarar fritidssektorn."),
        _h("4 Uppföljning", 1),
        _t(["Indikator", "Mål", "Uppföljs av"],
           [["Antal deltagare i språkcaféet", "Mål 1", "Biblioteket"],
            ["Antal avbrott på kvällskurserna", "Mål 1, kvällskurserna", "Medborgarinstitutet"],
            ["Antal föreningar på träffen", "Målsättningen i fokusområde 3.2", "Fritidssektorn"]],
           caption="Indikatorer"),
    ])
    texts = [g.text for g in x.goals]
    assert len(texts) == 2, texts  # 'Mål 1' and 'Målsättningen i ...' are no goals of their own
    g1 = next(g.id for g in x.goals if "Vuxna invandrare" in g.text)
    g2 = next(g.id for g in x.goals if "Nya invånare" in g.text)
    courses = next(m.id for m in x.measures if m.text.startswith("Kvällskurser"))
    got = {i.text: (i.goal, i.measure) for i in x.indicators}
    assert got == {"Antal deltagare i språkcaféet": (g1, None),
                   "Antal avbrott på kvällskurserna": (g1, courses),
                   "Antal föreningar på träffen": (g2, None)}


def test_an_area_label_before_the_name_is_no_part_of_the_theme():
    assert theme_name("3.1 Fokusområde: Välkomnande och vägledning") == "Välkomnande och vägledning"
    assert theme_name("Temaområde 2 – Arbete") == "Arbete"
    # a heading that is a name with a colon of its own keeps it
    assert theme_name("Arbete: nya vägar") == "Arbete: nya vägar"


# ---- one row per goal: numbered actions, cells keyed by the same numbers (blind51) ------------

def _goal_row_table():
    return _t(["Mål", "Åtgärder", "Ansvar", "Tidtabell", "Indikatorer"],
              [["1. Nyanlända vuxna lär sig svenska vid sidan av arbetet",
                "1.1 Kvällskurser i svenska ordnas i byskolan\n"
                "1.2 En studiecirkel för föräldrar startas i biblioteket",
                "1.1 Medborgarinstitutet\n1.2 Biblioteket",
                "1.1 Fortlöpande\n1.2 Hösten 2026",
                "• Antal deltagare på kurserna\n• Antal föräldrar i studiecirkeln"]],
              caption="Tabell 1. Språk")


def test_cells_keyed_by_the_action_numbers_give_each_action_its_own_and_indicators_stay_the_goals():
    x = _classify([_h("Fokusområde 1. Språk", 2), _goal_row_table()])
    assert [m.responsible for m in x.measures] == [["Medborgarinstitutet"], ["Biblioteket"]]
    assert [m.schedule for m in x.measures] == ["Fortlöpande", "Hösten 2026"]
    # the indicator cell repeats no number: its indicators follow up the row's goal
    assert [i.measure for i in x.indicators] == [None, None]
    assert all(i.goal == x.goals[0].id for i in x.indicators)


def test_a_goal_number_alone_on_the_cells_first_line_numbers_the_goal_below_it():
    from classifiers.cells import split_goal_cell
    assert split_goal_cell("4.\nArbetsgivarna har\nverktyg för att\nrekrytera", 20) == \
        (None, ["4. Arbetsgivarna har verktyg för att rekrytera"])
    assert split_goal_cell("1. Vuxna lär sig\n2. Barn lär sig", 20) == (None, ["1. Vuxna lär sig", "2. Barn lär sig"])


def test_indicators_in_follow_up_sentences():
    x = _classify([
        _h("Fokusområde 3. Boende", 2),
        _p("Målet är att nya invånare snabbt hittar en fast bostad."),
        _p("Åtgärder:"),
        _b("3.1 Bostadsbolaget reserverar bostäder för nyinflyttade familjer",
           "3.2 Nyinflyttade erbjuds handledning i vardagsfrågor"),
        _p("Uppföljningen av målet görs med indikatorn antal hushåll som fått en fast bostad inom sex månader."),
        _p("Indikatorer: antal familjer som fått en reserverad bostad för åtgärd 3.1 samt andelen "
           "nyinflyttade som är nöjda med handledningen."),
        # a sentence naming the follow-up's source, not an indicator
        _p("Uppföljningen sker genom den årliga invånarenkäten."),
    ])
    got = {i.text: i.measure for i in x.indicators}
    reserved = next(m.id for m in x.measures if "reserverar" in m.text)
    assert got == {"antal hushåll som fått en fast bostad inom sex månader": None,
                   "antal familjer som fått en reserverad bostad": reserved,
                   "andelen nyinflyttade som är nöjda med handledningen": None}


def test_a_parenthesis_naming_one_post_in_the_definite_form_names_the_doer():
    from classifiers.actors import trailing_actors
    assert trailing_actors("Skolan gör upp en plan för språkstöd för varje elev (skolföreståndaren)") == \
        (["skolföreståndaren"], [], None)
    assert trailing_actors("Läxhjälp ordnas i biblioteket (rektorn)") == (["rektorn"], [], None)
    # staff listed in the plural, or a level, are what the action is about, no doers
    assert trailing_actors("Fortbildning ordnas för personalen (lärare, kuratorer)") is None
    assert trailing_actors("Kurs i svenska (nybörjarnivån)") is None


def test_an_item_whose_subject_is_its_doer_with_partners():
    from classifiers.actors import leading_actors
    assert leading_actors("Kommunen i samarbete med Ålands arbetsmarknads- och studieservicemyndighet (AMS) "
                          "sammanställer lediga arbeten (årligen)") == \
        (["Kommunen"], ["Ålands arbetsmarknads- och studieservicemyndighet (AMS)"])
    assert leading_actors("Staden i samarbete med lokala föreningar ordnar kurser för nyanlända") == \
        (["Staden"], ["lokala föreningar"])
    # a subject that names no actor
    assert leading_actors("Kurser i samarbete med skolan ordnas på kvällarna") is None
    x = _classify([
        _h("Insatsområde 3: Arbete", 2),
        _p("Vi vill att nyinflyttade hittar arbete."),
        _p("Så här gör vi:"),
        _b("Kommunen i samarbete med Arbetsförmedlingen (AF) sammanställer lediga säsongsarbeten (årligen)"),
    ])
    assert x.measures[0].responsible == ["Kommunen"]
    assert x.measures[0].partners == ["Arbetsförmedlingen (AF)"]


def test_an_indicator_field_under_numbered_actions_that_name_their_doers_is_the_goals():
    x = _classify([
        _h("Fokusområde 4. Delaktighet", 2),
        _p("Målet är att alla invånare deltar i fritidsverksamheten."),
        _p("6.1 Föreningarna får ett bidrag för aktiviteter för nya invånare (fritidsnämnden, årligen)"),
        _p("6.2 En familjedag ordnas vid museet (fritidsenheten, från 2026)"),
        _p("Indikatorer: antal föreningar som fått bidrag för åtgärd 6.1 samt andelen invånare som deltar i "
           "föreningarnas verksamhet."),
    ])
    assert [m.responsible for m in x.measures] == [["fritidsnämnden"], ["fritidsenheten"]]
    got = {i.text: i.measure for i in x.indicators}
    assert got == {"antal föreningar som fått bidrag": x.measures[0].id,
                   "andelen invånare som deltar i föreningarnas verksamhet": None}


def test_an_indicator_field_under_a_labelled_list_of_actions_that_name_their_doers_is_the_goals():
    x = _classify([
        _h("Fokusområde 4. Delaktighet", 2),
        _p("Målet är att alla invånare deltar i fritidsverksamheten."),
        _p("Åtgärder:"),
        _b("6.1 Föreningarna får ett bidrag för aktiviteter för nya invånare (fritidsnämnden, årligen)",
           "6.2 En familjedag ordnas vid museet (fritidsenheten, från 2026)"),
        _p("Indikatorer: antal föreningar som fått bidrag för åtgärd 6.1 samt andelen invånare som deltar i "
           "föreningarnas verksamhet."),
    ])
    assert [m.responsible for m in x.measures] == [["fritidsnämnden"], ["fritidsenheten"]]
    got = {i.text: i.measure for i in x.indicators}
    assert got == {"antal föreningar som fått bidrag": x.measures[0].id,
                   "andelen invånare som deltar i föreningarnas verksamhet": None}
