"""Sixty-fifth blind set, reader a (blind385, blind386, blind387) conventions, on made-up text:

- a goal outline of three levels flattened into one bulleted list: '<label> N – <area>:
  <goal>', '<sub-label> N.M: <sub-goal>', then the sub-goal's actions as plain items, and a
  meter table keyed by the sub-goal's number."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.goal_outline import goal_outline_lists, numbered_goal_item
from classifiers.elements import Element
from classifiers.text import squash as _sq


# ---- a goal outline flattened into one list ----

def test_numbered_goal_item_forms():
    g = numbered_goal_item("Övergripande mål 2 – Boende och miljö: Alla hittar en trygg bostad")
    assert (g.number, g.text, g.theme) == ("2", "Alla hittar en trygg bostad", "Boende och miljö")
    g = numbered_goal_item("Delmål 2.3: Hyresvärdarna känner till tolktjänsten.")
    assert (g.number, g.text, g.theme) == ("2.3", "Hyresvärdarna känner till tolktjänsten", None)
    g = numbered_goal_item("Huvudmål 1. Unga kommer in i arbetslivet")
    assert (g.number, g.text, g.theme) == ("1", "Unga kommer in i arbetslivet", None)
    # the area in brackets, or set off by a second dash
    g = numbered_goal_item("Mål 4 (Hälsa och trygghet): Alla vet vart de vänder sig vid kris")
    assert (g.number, g.text, g.theme) == ("4", "Alla vet vart de vänder sig vid kris", "Hälsa och trygghet")
    g = numbered_goal_item("Strategiskt mål 3 – Bildning – Alla barn klarar grundskolan med godkända betyg")
    assert (g.number, g.text, g.theme) == ("3", "Alla barn klarar grundskolan med godkända betyg", "Bildning")
    # a speech, not a goal; an action; a label without a number
    assert numbered_goal_item("Modersmål 1: arabiska och somaliska") is None
    assert numbered_goal_item("Ordna kurser i svenska (biblioteket, 2026)") is None
    assert numbered_goal_item("Mål: Alla hittar en bostad") is None


def _els(*texts):
    return [Element("bullet", "• " + t, 1) if t else Element("para", "Text.", 1) for t in texts]


def test_only_lists_opening_with_a_goal_item_and_mixing_levels_are_outlines():
    mixed = _els("Mål 1: Alla hittar en bostad", "Ordna bostadsmässor (tekniska, 2026)", "",
                 "Mål 1: Alla hittar en bostad", "Mål 2: Alla lär sig svenska", "",
                 "Ordna bostadsmässor (tekniska, 2026)", "Mål 1: Alla hittar en bostad")
    assert goal_outline_lists(mixed) == {0: 0, 1: 0}


def _outline(top: str = "Övergripande mål", sub: str = "Delmål") -> list[dict]:
    return [
        _h("Inledning", 2),
        _p("Programmet bygger på kommunens vision Exby 2035."),
        _h("3 Mål och åtgärder", 2),
        _p("Under varje mål står delmålen och under dem åtgärderna."),
        _b(f"{top} 1 – Boende och miljö: Alla nya invånare hittar en trygg bostad",
           f"{sub} 1.1: Hyresvärdarna hyr ut till nyinflyttade familjer",
           "Hålla en bostadsmässa varje höst (tekniska sektorn, 2026–2028)",
           "Sammanställa en lista över lediga hyreslägenheter (bostadsbolaget, månadsvis)",
           f"{sub} 1.2: Alla hushåll förstår sitt hyresavtal",
           "Översätta hyresavtalets mall till fem språk (bostadsbolaget, 2026)"),
        _b(f"{top} 2 – Språk och arbete: Vuxna invånare får arbete i regionen",
           f"{sub} 2.1: Fler vuxna studerar svenska på kvällstid",
           "Starta en kvällsgrupp i svenska för föräldrar (vuxenutbildningen, läsåret 2026–2027)"),
        _h("4 Uppföljning", 2),
        {"type": "table", "caption": "Tabell 3. Mätare", "columns": [sub, "Mätare"],
         "rows": [["1.1", "Antal hushåll som fått bostad"], ["2.1", "Antal deltagare i kvällsgruppen"]]},
    ]


def test_flattened_outline_goals_sub_goals_and_actions():
    for top, sub in (("Övergripande mål", "Delmål"), ("Strategiskt mål", "Delmål"), ("Huvudmål", "Mål")):
        ex = _classify(_outline(top, sub))
        goals = {g.id: g for g in ex.goals}
        assert [(g.text, g.theme, goals[g.parent].text if g.parent else None) for g in ex.goals] == [
            ("Alla nya invånare hittar en trygg bostad", "Boende och miljö", None),
            ("Hyresvärdarna hyr ut till nyinflyttade familjer", "Boende och miljö",
             "Alla nya invånare hittar en trygg bostad"),
            ("Alla hushåll förstår sitt hyresavtal", "Boende och miljö", "Alla nya invånare hittar en trygg bostad"),
            ("Vuxna invånare får arbete i regionen", "Språk och arbete", None),
            ("Fler vuxna studerar svenska på kvällstid", "Språk och arbete", "Vuxna invånare får arbete i regionen"),
        ], (top, sub)
        # each plain item an action of the (sub-)goal item above it, its doer and time read
        assert [(_sq(m.text), goals[m.goal].text, m.responsible, m.schedule) for m in ex.measures] == [
            ("Hålla en bostadsmässa varje höst", "Hyresvärdarna hyr ut till nyinflyttade familjer",
             ["tekniska sektorn"], "2026–2028"),
            ("Sammanställa en lista över lediga hyreslägenheter", "Hyresvärdarna hyr ut till nyinflyttade familjer",
             ["bostadsbolaget"], "månadsvis"),
            ("Översätta hyresavtalets mall till fem språk", "Alla hushåll förstår sitt hyresavtal",
             ["bostadsbolaget"], "2026"),
            ("Starta en kvällsgrupp i svenska för föräldrar", "Fler vuxna studerar svenska på kvällstid",
             ["vuxenutbildningen"], "läsåret 2026–2027"),
        ], (top, sub)
        # the meter table keyed by the sub-goal's number: that sub-goal, no action
        assert {_sq(i.text): (goals[i.goal].text, i.measure) for i in ex.indicators} == {
            "Antal hushåll som fått bostad": ("Hyresvärdarna hyr ut till nyinflyttade familjer", None),
            "Antal deltagare i kvällsgruppen": ("Fler vuxna studerar svenska på kvällstid", None),
        }, (top, sub)


def test_a_list_of_labelled_goals_alone_is_no_outline():
    ex = _classify([
        _h("Mål", 2),
        _b("Mål 1: Alla nya invånare hittar en trygg bostad", "Mål 2: Vuxna invånare får arbete i regionen"),
        _h("Åtgärder", 2),
        _b("Hålla en bostadsmässa varje höst (tekniska sektorn, 2026–2028) (mål 1)"),
    ])
    assert [g.text for g in ex.goals] == ["Alla nya invånare hittar en trygg bostad",
                                          "Vuxna invånare får arbete i regionen"]
    assert [m.goal for m in ex.measures] == [ex.goals[0].id]


# ---- a year wheel: months named alone beside what happens ----

def test_year_wheel_is_no_action_table():
    from classifiers.content_roles import is_year_wheel
    wheel = [["Månad", "Vad sker"], ["februari", "Kursen i svenska börjar; läxhjälpen startar"],
             ["maj", "Föreningsträff i biblioteket för alla"], ["september", "Välkomstkväll för nya familjer"],
             ["november", "Arbetsgruppen rapporterar till nämnden"]]
    assert is_year_wheel(wheel)
    # a plan dated by years, or by a month of a given year, is no wheel
    assert not is_year_wheel([["Kursen i svenska", "medborgarinstitutet", "2026"],
                              ["Läxhjälp", "biblioteket", "hösten 2026"],
                              ["Välkomstkväll", "fritidsbyrån", "maj 2027"]])
    ex = _classify([
        _h("3 Åtgärder", 2),
        _p("Målsättning: Alla nya familjer känner sig välkomna i kommunen."),
        {"type": "table", "caption": "", "columns": ["Åtgärd", "Ansvarig", "Tidpunkt"],
         "rows": [["Ordna en välkomstkväll för nya familjer", "Fritidsbyrån", "september 2025"],
                  ["Starta läxhjälp på biblioteket", "Biblioteket", "februari 2026"]]},
        _h("4 Året runt", 2),
        {"type": "table", "caption": "Tabell 4. Året runt", "columns": wheel[0], "rows": wheel[1:]},
    ])
    assert [_sq(m.text) for m in ex.measures] == ["Ordna en välkomstkväll för nya familjer",
                                                  "Starta läxhjälp på biblioteket"]


# ---- a count and a share joined by 'och' in a follow-up field ----

def test_count_and_share_are_two_meters():
    from classifiers.prose import count_and_share
    assert count_and_share("antalet föräldrar som gått kursen och stadens andel nöjda svar i enkäten") == [
        "antalet föräldrar som gått kursen", "stadens andel nöjda svar i enkäten"]
    assert count_and_share("andelen elever som fortsätter till gymnasiet samt antalet läxhjälpstillfällen") == [
        "andelen elever som fortsätter till gymnasiet", "antalet läxhjälpstillfällen"]
    assert count_and_share("antal deltagare och sysselsättningsgraden bland dem") == [
        "antal deltagare", "sysselsättningsgraden bland dem"]
    # two counts may count one thing from two sides: kept whole
    assert count_and_share("antal träffar och antal anställningar som följt av dem") == [
        "antal träffar och antal anställningar som följt av dem"]
    ex = _classify([
        _h("2 Bemötande", 2),
        _p("Målsättning: Invånarna får ett gott bemötande på sitt eget språk."),
        _b("Personalen går en kurs i bemötande (ansvar: personalenheten, tidpunkt: våren 2026)."),
        _p("Uppföljning: antalet anställda som deltagit i kursen och kommunens andel av nöjda svar i "
           "invånarenkäten."),
    ])
    assert [(_sq(i.text), i.measure) for i in ex.indicators] == [
        ("antalet anställda som deltagit i kursen", None),
        ("kommunens andel av nöjda svar i invånarenkäten", None)]
    assert all(i.goal == ex.goals[0].id for i in ex.indicators)


def test_one_actions_meter_line_counting_it_from_two_sides_stays_one():
    ex = _classify([
        _h("2 Arbete", 2),
        _p("Målsättning: Fler invandrare får arbete i regionen."),
        _p("2.1.1 Mentorprogram där företagare stöder arbetssökande – Ansvar: näringslivsenheten, 2026–2027"),
        _p("Mätare: antal mentorpar och andel deltagare som fått arbete inom ett år."),
    ])
    assert [_sq(i.text) for i in ex.indicators] == ["antal mentorpar och andel deltagare som fått arbete inom ett år"]
