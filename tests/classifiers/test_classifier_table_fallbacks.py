"""Fallbacks for tables when a role comes out empty (`table_fallbacks`), on made-up
programmes whose plan is a table no convention of the reader knows: label | value cards
whose labels repeat, a 'Steg | Vem | När' plan under a goal, a table of meters under a
heading that does not say follow-up; and tables that are no plan (a working group, a glossary)
left alone."""

from types import SimpleNamespace

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import table_fallbacks
from classifiers.elements import Element
from classifiers.model import Goal, Indicator, Measure
from extractors.model import Table


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _off(monkeypatch, *names):
    for name in names:
        monkeypatch.setattr(table_fallbacks, name, lambda built, elements: None)


def _label_cards():
    return [
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _p("Programmet har tagits fram av integrationsgruppen."),
        _h("4 Insatser", 2),
        _h("Delmål 1: Fler nya invånare hittar arbete inom ett år", 3),
        _t(["", ""], [
            ["Arbetssätt", "Arbetsplatsbesök för arbetssökande varje månad"],
            ["Följs via", "Antal besökta arbetsplatser"],
            ["Ansv.", "Näringslivsenheten"],
            ["Period", "2025–2028"],
            ["Arbetssätt", "Mentorer från företagarföreningen för högutbildade"],
            ["Ansv.", "Exempelby Företagare rf"],
            ["Period", "Från hösten 2025"],
        ]),
        _h("Delmål 2: Barnen talar svenska när de börjar skolan", 3),
        _t(["", ""], [
            ["Arbetssätt", "Språkbad i två daghemsgrupper"],
            ["Ansv.", "Småbarnspedagogiken"],
            ["Period", "Läsåret 2026–2027"],
            ["Arbetssätt", "Sagostunder på modersmål i biblioteket"],
            ["Ansv.", "Biblioteket"],
            ["Period", "Fortlöpande"],
        ]),
        _h("5 Kontakt", 2),
        _p("Integrationskoordinator Kim Berg."),
    ]


def test_label_table_records_are_the_measures(monkeypatch):
    out = _classify(_label_cards())
    goals = {g.id: g.text for g in out.goals}
    by_text = {m.text: m for m in out.measures}
    assert set(by_text) == {
        "Arbetsplatsbesök för arbetssökande varje månad",
        "Mentorer från företagarföreningen för högutbildade",
        "Språkbad i två daghemsgrupper",
        "Sagostunder på modersmål i biblioteket",
    }
    visits = by_text["Arbetsplatsbesök för arbetssökande varje månad"]
    assert visits.responsible == ["Näringslivsenheten"]
    assert visits.schedule == "2025–2028"
    assert "arbete" in goals[visits.goal]
    bath = by_text["Språkbad i två daghemsgrupper"]
    assert bath.schedule == "Läsåret 2026–2027" and bath.start_year == 2026
    assert "svenska" in goals[bath.goal]
    # the record's count is the action's meter
    assert [(i.text, i.measure) for i in out.indicators] == [("Antal besökta arbetsplatser", visits.id)]
    _off(monkeypatch, "measures_in_label_tables")
    assert _classify(_label_cards()).measures == []


def test_label_table_opened_by_a_goal_is_no_action():
    blocks = [
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _t(["", ""], [
            ["Mål", "Alla nya invånare får information på ett språk de förstår"],
            ["Nuvarande läge", "Informationen finns i dag bara på svenska och finska"],
            ["Mäts med", "antal språk på kommunens webbplats"],
            ["Mål", "Fler nya invånare deltar i föreningslivet"],
            ["Nuvarande läge", "Få föreningar har medlemmar med utländsk bakgrund"],
            ["Mäts med", "antal nya medlemmar i föreningarna"],
        ]),
    ]
    assert _classify(blocks).measures == []


def _step_plan():
    """A page's elements as the reader streams them: a goal paragraph, then a plan whose
    header no rule knows (the reader's own conventions read such a table since; the
    fallback is tested on the elements, as the reader would leave them when they do not)."""
    def table(rows, page=2):
        return Element(kind="table", page=page, table=Table(rows=rows, header_rows=1), pages=[page] * len(rows))
    return [
        Element(kind="heading", text="3 Skola och fritid", level=2, page=2),
        Element(kind="para", text="Mål: Alla barn och unga har en meningsfull fritid i Exempelby.", page=2),
        table([["Steg", "Vem", "När"],
               ["Flerspråkig skolgångshandledare i Centralskolan", "Bildningsnämnden", "Läsåret 2025–2026"],
               ["Avgiftsfri simskola för barn som inte\nlärt sig simma", "Fritidsbyrån, Exempelby Simsällskap",
                "Somrarna 2025–2028"],
               ["Läxhjälp två eftermiddagar i veckan", "Biblioteket", "Fortlöpande"]]),
        Element(kind="heading", text="4 Bakgrund", level=2, page=3),
        table([["Namn", "Uppgift"], ["Sara Lindén", "integrationskoordinator, sammankallare"],
               ["Mats Nyholm", "skoldirektör"]], page=3),
        table([["Begrepp", "Betydelse i denna plan"],
               ["Integration", "En process i två riktningar där invandraren och samhället förändras"],
               ["Nyanländ", "Person som bott i kommunen kortare tid än tre år"]], page=3),
    ]


def _built():
    goal = Goal(id="g1", text="Alla barn och unga har en meningsfull fritid i Exempelby", page=2)
    return SimpleNamespace(goals=[goal], measures=[], indicators=[])


def test_plan_table_under_unknown_header_is_the_measures(monkeypatch):
    built = _built()
    table_fallbacks.measures_in_tables(built, _step_plan())
    by_text = {m.text: m for m in built.measures}
    # the working group and the glossary name no action: only the plan's rows
    assert set(by_text) == {
        "Flerspråkig skolgångshandledare i Centralskolan",
        "Avgiftsfri simskola för barn som inte lärt sig simma",
        "Läxhjälp två eftermiddagar i veckan",
    }
    swim = by_text["Avgiftsfri simskola för barn som inte lärt sig simma"]
    assert swim.responsible == ["Fritidsbyrån", "Exempelby Simsällskap"]
    assert swim.schedule == "Somrarna 2025–2028"
    assert swim.goal == "g1"
    assert by_text["Läxhjälp två eftermiddagar i veckan"].schedule == "Fortlöpande"
    _off(monkeypatch, "measures_in_unknown_tables")
    built = _built()
    table_fallbacks.measures_in_tables(built, _step_plan())
    assert built.measures == []


def test_plan_table_fallback_leaves_measures_read_alone():
    built = _built()
    built.measures.append(Measure(id="m1", text="Redan läst åtgärd"))
    table_fallbacks.measures_in_tables(built, _step_plan())
    assert [m.text for m in built.measures] == ["Redan läst åtgärd"]


def _meter_table():
    return [
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _h("3 Språk", 2),
        _p("Mål: Alla nya vuxna invånare kommer snabbt i gång med svenska."),
        _h("6 Sammanställning", 2),
        _t(["Område", "Det här räknar vi", "Källa"], [
            ["Språk", "Antal deltagare i kvällskurserna", "Medborgarinstitutet"],
            ["Arbete", "Andelen sysselsatta bland nya invånare", "Statistikcentralen"],
            ["Fritid", "Antal nya medlemmar i föreningarna", "Föreningarna"],
        ]),
    ]


def test_count_column_anywhere_is_the_indicators(monkeypatch):
    out = _classify(_meter_table())
    assert [i.text for i in out.indicators] == [
        "Antal deltagare i kvällskurserna", "Andelen sysselsatta bland nya invånare",
        "Antal nya medlemmar i föreningarna"]
    _off(monkeypatch, "indicators_in_count_columns")
    assert _classify(_meter_table()).indicators == []


def _cards():
    return [
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _h("Tema 1 Arbete", 2),
        _h("Mentorskap för högutbildade", 3),
        _p("Personer med examen från ett annat land får en mentor i sin bransch."),
        # a line of fields opening with when: no convention of the reader's reads it as a card
        _p("Tid: från hösten 2025 · Partner: Exempelby Företagare rf · Följs upp med: antal mentorpar"),
        _h("Tema 2 Fritid", 2),
        _h("Simskola för nyinflyttade barn", 3),
        _p("Barn som inte lärt sig simma får en avgiftsfri kurs på sommaren."),
        _p("Simhallen har plats för tjugo barn per kurs."),
        _p("Tid: somrarna 2026–2028 · Partner: Exempelby Simsällskap"),
        _h("Kontakt", 2),
        _p("Tid: vardagar 9–15 · Partner: kundservicen"),
    ]


def test_heading_over_a_line_of_fields_is_an_action_card(monkeypatch):
    out = _classify(_cards())
    by_text = {m.text: m for m in out.measures}
    # the contact heading's line is no card: a heading over the contacts titles no action
    assert set(by_text) == {"Mentorskap för högutbildade", "Simskola för nyinflyttade barn"}
    mentors = by_text["Mentorskap för högutbildade"]
    assert mentors.schedule == "från hösten 2025" and mentors.partners == ["Exempelby Företagare rf"]
    assert [(i.text, i.measure) for i in out.indicators] == [("antal mentorpar", mentors.id)]
    assert by_text["Simskola för nyinflyttade barn"].start_year == 2026
    # (the cards' paragraphs over their field lines are otherwise read by the next fallback)
    _off(monkeypatch, "measures_on_cards", "measures_over_field_lines")
    assert _classify(_cards()).measures == []


def _follow_up_table():
    """A follow-up table whose first column refers to actions, then an annex of statistics."""
    rows = [["Åtgärd", "Indikator", "Målnivå 2029"],
            ["kap. 3, punkt 1", "Antal personer i arbetsprövning", "20 per år"],
            ["kap. 3, punkt 3", "Antal genomförda företagsbesök", "8 under perioden"],
            ["kap. 4, punkt 1", "Andel som når nivå A2 efter integrationsutbildningen", "70 %"],
            ["kap. 6", "Sysselsättningsgrad för personer med främmande modersmål", "65 %"]]
    return [
        Element(kind="heading", text="7 Uppföljning", level=2, page=3),
        Element(kind="para", text="Indikatorerna i tabell 2 rapporteras årligen.", page=3),
        Element(kind="table", page=3, table=Table(rows=rows, header_rows=1), pages=[3] * len(rows)),
        Element(kind="heading", text="Bilaga 1. Statistik för regionen", level=2, page=4),
        Element(kind="table", page=4, pages=[4] * 3, table=Table(header_rows=1, rows=[
            ["Nyckeltal", "Exempelby", "Grannby"],
            ["Andel invånare med främmande modersmål", "6 %", "4 %"],
            ["Antal kvotflyktingar 2024", "12", "8"]])),
    ]


def test_follow_up_column_read_in_part_is_left():
    # one meter of the column read (perhaps in other words than the cell's): the others are
    # not added -- a column read in part may be read as its reader meant
    built = _built()
    built.indicators.append(Indicator(id="i1", text="Antal personer i arbetsprövning", page=3))
    table_fallbacks.indicators_in_tables(built, _follow_up_table())
    assert [i.text for i in built.indicators] == ["Antal personer i arbetsprövning"]


def test_follow_up_column_glued_into_one_indicator_is_split(monkeypatch):
    glued = "\n".join(["Antal personer i arbetsprövning", "Antal genomförda företagsbesök",
                       "Andel som når nivå A2 efter integrationsutbildningen",
                       "Sysselsättningsgrad för personer med främmande modersmål"])
    built = _built()
    built.indicators.append(Indicator(id="i1", text=glued, goal="g1", goals=["g1"], page=3))
    table_fallbacks.indicators_in_tables(built, _follow_up_table())
    assert [(i.id, i.text, i.goal) for i in built.indicators] == [
        ("i1", "Antal personer i arbetsprövning", "g1"), ("i2", "Antal genomförda företagsbesök", "g1"),
        ("i3", "Andel som når nivå A2 efter integrationsutbildningen", "g1"),
        ("i4", "Sysselsättningsgrad för personer med främmande modersmål", "g1")]
    monkeypatch.setattr(table_fallbacks, "_split_glued_column", lambda built, cells: None)
    built = _built()
    built.indicators.append(Indicator(id="i1", text=glued, page=3))
    table_fallbacks.indicators_in_tables(built, _follow_up_table())
    assert [i.text for i in built.indicators] == [glued]


def _area_follow_up_table():
    # a follow-up table grouped by area, as the reader streams it: the area column repeats
    # over the area's meters, the last column names who gets the report (a who column), no
    # column is headed as the action
    rows = [["Delområde", "Indikator", "Utgångsvärde", "Rapporteras till"],
            ["Boende och närmiljö", "Andelen sysselsatta bland nya invånare", "59 % (2025)", "Kommunstyrelsen"],
            ["Boende och närmiljö", "Antal praktikplatser i kommunens enheter", "12 (2025)", "Personalsektionen"],
            ["Hälsa och välbefinnande", "Antal utdelade fritidskort", "140 (2025)", "Fritidsnämnden"]]
    return [
        Element(kind="heading", text="3 Arbete", level=2, page=2),
        Element(kind="para", text="Mål: Fler nya invånare hittar arbete inom ett år.", page=2),
        Element(kind="heading", text="Bilaga 2. Uppföljning", level=2, page=3),
        Element(kind="table", page=3, table=Table(rows=rows, header_rows=1), pages=[3] * len(rows)),
    ]


def test_area_column_repeating_over_rows_is_no_action_column():
    built = _built()
    table_fallbacks.measures_in_unknown_tables(built, _area_follow_up_table())
    # the area each meter falls under is no action: no row of the table is read as one
    assert [m.text for m in built.measures] == []
    # ... while a plan whose text column names each action once is still read
    table_fallbacks.measures_in_unknown_tables(built, _step_plan())
    assert len(built.measures) == 3


def _decision_list():
    # a board's decision list: each action a paragraph of its own, its line of fields under it
    # (the doer in a passive 'verkställs av' label, the time run on after a semicolon)
    return [
        Element(kind="heading", text="Integrationsprogram för Exempelby 2025–2028", level=1, page=1),
        Element(kind="heading", text="Område 1: Arbete", level=3, page=2),
        Element(kind="para", text="Mål: Fler nya invånare hittar arbete inom ett år.", page=2),
        Element(kind="para", text="Beslut: En jobbklubb startas i biblioteket för nyanlända arbetssökande.", page=2),
        Element(kind="para", text="Verkställs av: näringslivsenheten i samarbete med biblioteket; tidpunkt: hösten 2026.",
                page=2),
        Element(kind="para", text="Beslut: Kommunen tar emot fem praktikanter per år i sina egna enheter.", page=2),
        Element(kind="para", text="Genomförs av: personalavdelningen; tidpunkt: 2026–2028.", page=2),
        Element(kind="heading", text="Besvärsanvisning", level=2, page=3),
        Element(kind="para", text="Över beslutet kan kommunalbesvär anföras inom 30 dagar.", page=3),
    ]


def test_paragraph_over_its_line_of_fields_is_an_action(monkeypatch):
    goal = Goal(id="g1", text="Fler nya invånare hittar arbete inom ett år", page=2)
    built = SimpleNamespace(goals=[goal], measures=[], indicators=[])
    table_fallbacks.measures_in_tables(built, _decision_list())
    by_text = {m.text: m for m in built.measures}
    assert set(by_text) == {"En jobbklubb startas i biblioteket för nyanlända arbetssökande",
                            "Kommunen tar emot fem praktikanter per år i sina egna enheter"}
    club = by_text["En jobbklubb startas i biblioteket för nyanlända arbetssökande"]
    assert club.responsible == ["näringslivsenheten"]
    assert club.partners == ["biblioteket"]
    assert club.schedule == "hösten 2026"
    assert club.goal == "g1"
    assert by_text["Kommunen tar emot fem praktikanter per år i sina egna enheter"].responsible == [
        "personalavdelningen"]
    # one such pair says nothing of a layout
    built = SimpleNamespace(goals=[goal], measures=[], indicators=[])
    table_fallbacks.measures_in_tables(built, _decision_list()[:5])
    assert built.measures == []
    _off(monkeypatch, "measures_over_field_lines")
    built = SimpleNamespace(goals=[goal], measures=[], indicators=[])
    table_fallbacks.measures_in_tables(built, _decision_list())
    assert built.measures == []
