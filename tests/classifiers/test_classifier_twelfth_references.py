"""What a programme says about its own goals and actions by number and by name (twelfth blind
set, blind67 / blind69 / blind71 conventions): goals printed 'Mål 2. ...', a table naming
goals 'Mål 4', a list introduced 'Åtgärder för mål 2:', sentences after a list saying who
carries out its actions (all of them, or by number), one field naming each action's doer by
a qualifier, 'Delmål:' after a section's 'Målsättning:'. Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import actors_by_qualifier
from classifiers.reader_shared import goal_field
from classifiers.lead_phrase import agent_of_all, agents_by_number


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- 'Mål 2. <sentence>.' -----------------------------------------------------------------

def test_a_goal_numbered_with_a_full_stop_before_a_sentence_is_a_goal_field():
    assert goal_field("Mål 2. Nya invånare hittar en bostad inom tre månader.") == (
        "Nya invånare hittar en bostad inom tre månader", "2")
    # a numbered name is no sentence: an action plan's group row ('Mål 2. Boende')
    assert goal_field("Mål 2. Boende och närmiljö") is None
    assert goal_field("Mål 2. boende i byn.") is None


def test_goals_numbered_with_a_full_stop_are_the_goals_an_action_tables_numbers_name():
    x = _classify([
        _h("4 Mål", 1),
        _h("4.1 Service", 2),
        _p("Mål 1. Varje ny invånare vet vart hen vänder sig med frågor om service."),
        _h("4.2 Boende", 2),
        _p("Mål 2. Nya invånare hittar en bostad inom tre månader."),
        _h("5 Åtgärder", 1),
        _t(["Nr", "Mål", "Åtgärd", "Ansvarig", "Tidtabell"],
           [["1", "1", "Servicerådgivning på tre språk i medborgarkontoret", "Kansliet", "2026"],
            ["2", "2", "En förteckning över lediga hyresbostäder hålls aktuell", "Tekniska nämnden", "fortlöpande"]],
           "Tabell 3. Åtgärder"),
    ])
    assert [g.text for g in x.goals] == ["Varje ny invånare vet vart hen vänder sig med frågor om service",
                                         "Nya invånare hittar en bostad inom tre månader"]
    g1, g2 = (g.id for g in x.goals)
    assert [m.goal for m in x.measures] == [g1, g2]


# ---- 'Mål 3' in an indicator table --------------------------------------------------------

def _indicator_programme(third_goal: str):
    return [
        _h("3 Insatsområden", 1),
        _h("3.1 Språk", 2),
        _p("Mål 1: Alla vuxna nyinflyttade kan sköta vardagliga ärenden på svenska."),
        _p("Mål 2: Barn med annat modersmål får stöd i sitt modersmål i skolan."),
        _h("3.2 Arbete", 2),
        _p(third_goal),
        _h("3.3 Fritid", 2),
        _p("Mål 4: Nyinflyttade familjer hittar en fritidsaktivitet för sina barn."),
        _h("4 Uppföljning", 1),
        _t(["Mål", "Indikator", "Utgångsläge 2024", "Målnivå 2028"],
           [["Mål 1", "Antal deltagare i kvällskurser i svenska", "12", "40"],
            ["Mål 2", "Antal elever i modersmålsundervisning", "5", "15"],
            ["Mål 3", "Andel sysselsatta bland nyinflyttade", "48 %", "60 %"],
            ["Mål 4", "Antal utdelade fritidskort", "–", "50"]],
           "Tabell 4. Indikatorer"),
    ]


def test_an_indicator_tables_goal_label_names_the_goal_given_as_a_field_with_that_number():
    x = _classify(_indicator_programme("Mål 3: Fler nyinflyttade i arbetsför ålder har ett arbete."))
    assert len(x.goals) == 4
    assert [i.goal for i in x.indicators] == [g.id for g in x.goals]


def test_a_goal_printed_without_its_number_between_goals_3_and_5_is_goal_4():
    x = _classify(_indicator_programme(
        "Företagen i trakten behöver folk. Målet är att fler nyinflyttade i arbetsför ålder har ett arbete."))
    assert [g.text.rstrip(".") for g in x.goals][2] == "Målet är att fler nyinflyttade i arbetsför ålder har ett arbete"
    assert len(x.goals) == 4  # 'Mål 3' is no goal of its own
    assert [i.goal for i in x.indicators] == [g.id for g in x.goals]


# ---- 'Åtgärder för mål 2:' ----------------------------------------------------------------

def test_a_list_introduced_for_goal_n_serves_that_goal_alone():
    x = _classify([
        _h("5.2 Språk och skola", 2),
        _p("Mål 1: Barn med annat modersmål klarar grundskolans lärokurs i svenska."),
        _p("Mål 2: Vuxna har en kurs i svenska nära hemmet."),
        _p("Åtgärder för mål 1:"),
        _b("Läxhjälp på svenska två eftermiddagar i veckan", "Sommarskola i svenska för elever i årskurs 6"),
        _p("Åtgärder för mål 2:"),
        _b("En nybörjarkurs i svenska ordnas i byskolan varje höst"),
    ])
    g1, g2 = (g.id for g in x.goals)
    assert [m.goal for m in x.measures] == [g1, g1, g2]


# ---- who carries out the actions of a list -------------------------------------------------

def test_the_actions_named_together_as_a_passives_subject_take_its_agent_and_time():
    assert agent_of_all("Åtgärderna genomförs av fritidsnämnden i samarbete med ungdomsrådet under 2026.") == (
        "fritidsnämnden i samarbete med ungdomsrådet", "2026")
    assert agent_of_all("Kurserna ordnas av arbetarinstitutet.") is None  # things, not the actions
    x = _classify([
        _h("3.1 Fritid", 2),
        _p("Mål 1: Barn och unga med utländsk bakgrund har en fritidsaktivitet."),
        _p("Utvecklingsområden:"),
        _b("Prova på-dagar i idrottshallen för nyinflyttade familjer",
           "Ett fritidskort ger avgiftsfritt inträde till simhallen"),
        _p("Utvecklingsområdena genomförs av fritidsnämnden i samarbete med ungdomsrådet under 2026."),
    ])
    assert [(m.responsible, m.partners, m.schedule) for m in x.measures] == [
        (["fritidsnämnden"], ["ungdomsrådet"], "2026")] * 2


def test_actions_named_by_number_take_the_doer_each_clause_gives():
    assert agents_by_number("Åtgärd 3.1.3 ansvarar hembygdsföreningen för från våren 2026 och "
                            "åtgärd 3.1.4 ungdomsgården årligen.") == [
        (["3.1.3"], "hembygdsföreningen", "från våren 2026"), (["3.1.4"], "ungdomsgården", "årligen")]
    assert agents_by_number("Åtgärd 3.1.3 genomfördes inte.") is None
    x = _classify([
        _h("3.1 Delaktighet", 2),
        _p("Målsättning: Nyinflyttade deltar i byns föreningsliv."),
        _b("3.1.1 Föreningarna får ett bidrag för att översätta sina inbjudningar.",
           "3.1.2 En föreningsmässa ordnas i skolans gymnastiksal."),
        _p("Vi vill också att de unga hittar en hobby."),
        _b("3.1.3 En vandringsgrupp startas för nyinflyttade.",
           "3.1.4 Ungdomsgården håller öppet också på lördagar."),
        _p("Åtgärderna 3.1.1 och 3.1.2 genomförs av kulturnämnden under hela planperioden. Åtgärd 3.1.3 "
           "ansvarar hembygdsföreningen för från våren 2026 och åtgärd 3.1.4 ungdomsgården årligen."),
    ])
    assert [(m.responsible, m.schedule) for m in x.measures] == [
        (["kulturnämnden"], "under hela planperioden"), (["kulturnämnden"], "under hela planperioden"),
        (["hembygdsföreningen"], "från våren 2026"), (["ungdomsgården"], "årligen")]


def test_a_field_naming_each_actions_doer_by_a_qualifier_gives_each_its_own():
    items = ["En matlagningskurs för nyinflyttade ordnas varje vår",
             "Läxhjälp på svenska i ungdomsgården två kvällar i veckan"]
    assert actors_by_qualifier(["Arbetarinstitutet (matlagningskursen)", "Ungdomsgården (läxhjälpen)"], items) == [
        ["Arbetarinstitutet"], ["Ungdomsgården"]]
    # a qualifier naming no item, or both, says nothing of whose is which
    assert actors_by_qualifier(["Arbetarinstitutet (kvällarna)", "Ungdomsgården (läxhjälpen)"], items) is None
    assert actors_by_qualifier(["Arbetarinstitutet", "Ungdomsgården (läxhjälpen)"], items) is None
    x = _classify([
        _h("3.2 Vardag", 2),
        _p("Mål 2: Nyinflyttade känner sig hemma i byn."),
        _p("Utvecklingsområden:"),
        _b(*items),
        _p("Ansvar: Arbetarinstitutet (matlagningskursen) och Ungdomsgården (läxhjälpen). Tidtabell: fortlöpande."),
    ])
    assert [m.responsible for m in x.measures] == [["Arbetarinstitutet"], ["Ungdomsgården"]]


# ---- 'Delmål:' after 'Målsättning:'; a goal field of two sentences ------------------------------

def test_a_sub_goal_field_after_the_sections_goal_field_is_its_sub_goal_and_takes_the_list():
    x = _classify([
        _h("5.2 Utbildning och arbete", 2),
        _p("Målsättning: Nyinflyttade studerar eller arbetar inom två år."),
        _p("Delmål: Unga nyinflyttade får en studieplats efter grundskolan."),
        _b("5.2.1 Studiehandledaren gör en plan för varje elev i årskurs 9.",
           "5.2.2 Sommarjobb reserveras för unga nyinflyttade."),
        _p("Delmål: Vuxna nyinflyttade hittar arbete i regionen."),
        _b("5.2.3 Arbetsgivarträffar ordnas två gånger per år."),
    ])
    main, young, adults = x.goals
    assert (young.parent, adults.parent) == (main.id, main.id)
    assert [m.goal for m in x.measures] == [young.id, young.id, adults.id]


def test_a_goal_field_is_its_first_sentence():
    assert goal_field("Målsättning: Nyinflyttade får vård på lika villkor. Välfärdsområdet ansvarar för "
                      "vården, men kommunen informerar om den.") == ("Nyinflyttade får vård på lika villkor", None)


# ---- an indicator table naming the section by its number -----------------------------------

def test_a_section_column_ties_each_indicator_to_the_goal_stated_in_that_section():
    x = _classify([
        _h("4 Integrationsprogram", 1),
        _h("4.1 Service", 2),
        _p("Målsättning: Nyinflyttade vet vart de vänder sig med frågor om kommunens service."),
        _h("4.2 Språk och arbete", 2),
        _p("Målsättning: Vuxna nyinflyttade lär sig svenska och får arbete."),
        _p("Delmål: Alla vuxna nyinflyttade har gått en kurs i svenska inom ett år."),
        _h("4.3 Indikatorer", 2),
        _t(["Avsnitt", "Indikator", "Källa"],
           [["4.1", "Antal besök vid servicepunkten", "Kansliet"],
            ["4.2", "Antal deltagare i kurser i svenska", "Arbetarinstitutet"]],
           "Tabell 5. Indikatorer"),
    ])
    service, language, _course = x.goals
    assert [(i.measure, i.goal) for i in x.indicators] == [(None, service.id), (None, language.id)]
