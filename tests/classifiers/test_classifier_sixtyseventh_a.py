"""Sixty-seventh blind set, reader a (blind397, blind398, blind399) conventions, on made-up text:

- numbered action paragraphs ('N. <action>.') each followed by a bulleted list of its fields
  whose first item says whom the action is for ('Målgrupp: …', a field the model has no
  place for), then 'Ansvar: …', 'Samarbete: …', 'Tid: …', 'Uppföljning: …'."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.bulleted_fields import unbullet_field_lists
from classifiers.elements import Element
from classifiers.text import LEADING_NUMBER_RE, squash


def _sq(text: str) -> str:
    return LEADING_NUMBER_RE.sub("", squash(text)).rstrip(".")


# ---- numbered actions over a bulleted field list opening with a target group ----

def _action_list(first: str = "Målgrupp") -> list[dict]:
    return [
        _h("2 Mål", 1),
        _p("Målet för perioden är att alla nya invånare känner sig välkomna i Exby."),
        _h("3 Åtgärder", 1),
        _p("Under varje åtgärd anges vem den riktar sig till och vem som ansvarar."),
        _p("1. Biblioteket ordnar språkcaféer för vuxna."),
        _b(f"{first}: vuxna som lär sig svenska", "Ansvar: Biblioteket", "Samarbete: Röda Korset, Exby församling",
           "Tid: varje vecka", "Uppföljning: antal besökare på språkcaféerna"),
        _p("2. Kommunen översätter välkomstbroschyren till fyra språk."),
        _b(f"{first}: alla nyinflyttade", "Ansvar: Informationsenheten", "Tid: 2026"),
        _h("4 Uppföljning", 1),
        _p("Programmet följs upp årligen i kommunstyrelsen."),
    ]


def test_numbered_actions_over_field_lists_opening_with_a_target_group():
    for first in ("Målgrupp", "Målgrupper", "För vem"):
        ex = _classify(_action_list(first))
        assert [(_sq(m.text), m.responsible, m.partners, m.schedule) for m in ex.measures] == [
            ("Biblioteket ordnar språkcaféer för vuxna", ["Biblioteket"], ["Röda Korset", "Exby församling"],
             "varje vecka"),
            ("Kommunen översätter välkomstbroschyren till fyra språk", ["Informationsenheten"], [], "2026"),
        ], first
        ms = {m.id: _sq(m.text) for m in ex.measures}
        assert [(_sq(i.text), ms.get(i.measure)) for i in ex.indicators] == [
            ("antal besökare på språkcaféerna", "Biblioteket ordnar språkcaféer för vuxna")], first


def test_a_labelled_list_under_a_numbered_paragraph_needs_two_role_fields():
    els = [Element("bullet", "3. Språk i vardagen", 1), Element("bullet", "• Språk: kurser för vuxna", 1),
           Element("bullet", "• Ansvar: biblioteket", 1)]
    assert [e.kind for e in unbullet_field_lists(els)] == ["bullet", "bullet", "bullet"]
    els.append(Element("bullet", "• Tid: 2026", 1))
    assert [e.kind for e in unbullet_field_lists(els)] == ["bullet", "para", "para", "para"]


# ---- a plan naming its integration chapter the other way round ----

def test_the_part_named_before_the_programme():
    from classifiers.chapter_of_plan import programme_part
    assert programme_part(["Kapitel 5 om integration och goda relationer utgör kommunens integrationsprogram."]) \
        == ("kapitel", "5")
    assert programme_part(["Planen innehåller i kapitel 4 stadens integrationsprogram enligt lagen."]) \
        == ("kapitel", "4")
    assert programme_part(["Avsnitt 3 är samtidigt kommunens program för integration och integrationsprogram."]) \
        == ("avsnitt", "3")
    # a chapter mentioned beside the programme, not as it
    assert programme_part(["Integrationsprogrammet följs upp enligt kapitel 7."]) is None
    assert programme_part(["Kapitel 3 och 4 utgör tillsammans integrationsprogrammet."]) is None


def _plan_table(n: int, goal: str, action: str, meter: str) -> dict:
    return {"type": "table", "caption": f"Tabell {n}. Delmål, åtgärder och mätare",
            "columns": ["Delmål", "Åtgärder", "Ansvarig", "Mätare"],
            "rows": [[f"{n}.1 {goal}", f"– {action}", "Kommunkansliet", meter]]}


def test_other_chapters_of_the_plan_and_their_meters_are_dropped():
    ex = _classify([
        _p("Välfärdsplanen innehåller i kapitel 5 kommunens integrationsprogram."),
        _h("4 Äldre invånare", 1),
        # two actions in the cell: the meter is the goal's, tied to neither
        _plan_table(4, "Äldre bor tryggt hemma", "Hembesök hos alla över 80 år\n– Servicelinje till centrum",
                    "Antal hembesök"),
        _h("5 Integration", 1),
        _plan_table(5, "Nya invånare lär sig svenska", "Språkcafé varje vecka", "Antal besökare på språkcaféet"),
    ])
    assert [_sq(g.text) for g in ex.goals] == ["Nya invånare lär sig svenska"]
    assert [_sq(m.text) for m in ex.measures] == ["Språkcafé varje vecka"]
    assert [_sq(i.text) for i in ex.indicators] == ["Antal besökare på språkcaféet"]


# ---- the cooperation phrase right before the item's closing who/when ----

def test_partner_phrase_before_a_closing_time_in_an_action_cell():
    ex = _classify([
        _h("2 Mål och åtgärder", 1),
        {"type": "table", "caption": "Tabell 2. Mål, åtgärder och mätare",
         "columns": ["Mål", "Åtgärder", "Ansvarig", "Mätare"],
         "rows": [["2.1 Alla nya invånare vet var de får hjälp",
                   "– Välkomstkväll för nya familjer i samarbete med Röda Korset (varje höst)\n"
                   "– Informationsblad på fem språk (från 2026)", "Socialtjänsten", "Antal deltagare"]]},
        _h("3 Uppföljning", 1), _p("Programmet följs upp."),
    ])
    assert [(m.text, m.partners, m.schedule) for m in ex.measures] == [
        ("Välkomstkväll för nya familjer", ["Röda Korset"], "varje höst"),
        ("Informationsblad på fem språk", [], "från 2026")]
    # the printed form keeps the phrase, as writers keeping it in the action read it
    assert ex.measures[0].printed == "Välkomstkväll för nya familjer i samarbete med Röda Korset"



# ---- goal lines 'Mål N – <goal>' and one follow-up table keyed 'Mål N' at the end ----

def _action_table(action: str) -> dict:
    return {"type": "table", "caption": "", "columns": ["Åtgärd", "Ansvarig", "Partner", "Tidsplan"],
            "rows": [[action, "Biblioteket", "–", "2026"]]}


def test_a_follow_up_table_keyed_by_goal_labels_refers_to_the_goal_lines():
    for label, whole in (("Mål", "Hela programmet"), ("Delmål", "Programmet som helhet"), ("Mål", "Alla mål")):
        ex = _classify([
            _h("2 Mål och åtgärder", 1), _h("2.1 Språk", 2),
            _p(f"{label} 1 – Vuxna lär sig svenska snabbare"), _action_table("Språkcafé varje vecka"),
            _p(f"{label} 2 – Barn får stöd i svenska"), _action_table("Läsgrupper på flera språk"),
            _h("3 Uppföljning", 1), _p("Mätarna gäller målen."),
            {"type": "table", "caption": "Tabell 1. Mätare", "columns": [label, "Indikator", "Källa"],
             "rows": [[f"{label} 1", "Antal kursdeltagare", "Statistik"],
                      [f"{label} 2", "Antal barn med stöd", "Statistik"],
                      [whole, "Andel nöjda invånare", "Enkät"]]},
        ])
        goals = {g.id: g.text for g in ex.goals}
        assert sorted(goals.values()) == ["Barn får stöd i svenska", "Vuxna lär sig svenska snabbare"], label
        assert [(i.text, goals.get(i.goal), i.measure) for i in ex.indicators] == [
            ("Antal kursdeltagare", "Vuxna lär sig svenska snabbare", None),
            ("Antal barn med stöd", "Barn får stöd i svenska", None),
            ("Andel nöjda invånare", None, None)], label


# ---- a meter cell of counts and shares, one a line, the head words differing ----

def test_meter_lines_opening_on_different_counts_and_shares_are_separate_meters():
    from classifiers.cells import split_indicator_cell
    # (each line full: the next word would not have fitted on it)
    assert split_indicator_cell("Antal hembesök per månad\nAndel äldre som nåtts inom ett år", True, 26) == [
        "Antal hembesök per månad", "Andel äldre som nåtts inom ett år"]
    assert split_indicator_cell("Andelen elever med\nstöd\nAntalet besök per vecka\ni biblioteket", True, 24) == [
        "Andelen elever med\nstöd", "Antalet besök per vecka\ni biblioteket"]
    # a wrap goes on in lower case, or mid-phrase
    assert split_indicator_cell("Antal deltagare i kurserna i\nsvenska", True, 30) == [
        "Antal deltagare i kurserna i\nsvenska"]


# ---- two units in one responsible cell, the second of a higher level ----

def test_a_lower_case_unit_of_a_higher_level_after_the_comma_is_an_actor_of_its_own():
    from classifiers.actors import split_actors
    assert split_actors("Fritids- och idrottsenheten, stadskansliet")[0] == [
        "Fritids- och idrottsenheten", "stadskansliet"]
    assert split_actors("Miljöavdelningen, kommunkansliet")[0] == ["Miljöavdelningen", "kommunkansliet"]
    # a unit of the same or a lower level in lower case stays a part of the name before it
    assert split_actors("Kultur- och fritidssektorn, kultur- och fritidssektorns utvecklingstjänster")[0] == [
        "Kultur- och fritidssektorn, kultur- och fritidssektorns utvecklingstjänster"]


def test_partner_phrase_before_a_doer_tail_in_a_cell_stays_in_the_action():
    # (writers split on it; a doer tail in the cell keeps the phrase in the action, as before)
    ex = _classify([
        _h("2 Mål och åtgärder", 1),
        {"type": "table", "caption": "Tabell 2. Mål och åtgärder", "columns": ["Mål", "Åtgärder", "Mätare"],
         "rows": [["2.1 Alla nya invånare vet var de får hjälp",
                   "• Välkomstsamtal görs i samarbete med Röda Korset (socialtjänsten, fortlöpande)\n"
                   "• Rådgivning vid servicepunkten (socialtjänsten, fortlöpande)", "Antal samtal"]]},
        _h("3 Uppföljning", 1), _p("Programmet följs upp."),
    ])
    assert [m.text for m in ex.measures] == ["Välkomstsamtal görs i samarbete med Röda Korset",
                                             "Rådgivning vid servicepunkten"]
