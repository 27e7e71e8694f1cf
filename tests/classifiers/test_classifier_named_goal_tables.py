"""Goals listed once as 'Kortnamn – sentence.' and action tables per department whose 'Kopplar
till mål' column holds the goal's short name (one row two names); numbered action paragraphs
whose subject is the doer beside a 'Samarbete:' field (twenty-fourth blind set, blind140 conventions).
Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.reader_shared import subject_actors
from classifiers.theme_lead_in import theme_lead_in


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _programme():
    return [
        _h("3 Mål för perioden", 2),
        _p("Kommunen har tre mål. Åtgärdstabellerna anger målets kortnamn."),
        _b("Vägledning – Nyinflyttade hittar snabbt de tjänster de behöver.",
           "Språk – Alla vuxna invandrare kan studera svenska på sin nivå.",
           "Barn och familjer – Barnfamiljer med invandrarbakgrund får stöd tidigt."),
        _h("4 Åtgärder", 2),
        _h("4.1 Bildningssektorn", 3),
        _t(["Nr", "Åtgärd", "Kopplar till mål", "Samarbetspartner", "Tidtabell"],
           [["1", "Familjeklubb i daghemmet där föräldrar och barn lär sig svenska tillsammans",
             "Barn och familjer, Språk", "", "2025–2027"],
            ["2", "Medborgarinstitutet ordnar kvällskurser i svenska på tre nivåer", "Språk", "", "Varje termin"],
            ["3", "Välkomstmöten för nyinflyttade ordnas på biblioteket varje kvartal", "Vägledning", "",
             "Fortlöpande"]]),
        _h("5 Nyckeltal", 2),
        _t(["Nyckeltal", "Kopplar till mål", "Utgångsläge 2023"],
           [["Antal deltagare i kvällskurserna", "Språk", "40"],
            ["Andel vuxna som klarar språkprovet", "Språk", "30 %"]]),
    ]


def test_a_dash_led_name_is_the_goals_theme():
    x = _classify(_programme())
    assert [(g.theme, g.text) for g in x.goals] == [
        ("Vägledning", "Nyinflyttade hittar snabbt de tjänster de behöver"),
        ("Språk", "Alla vuxna invandrare kan studera svenska på sin nivå"),
        ("Barn och familjer", "Barnfamiljer med invandrarbakgrund får stöd tidigt")]
    lead = theme_lead_in("Barn och familjer – Barnfamiljer får stöd tidigt.")
    assert lead is not None and (lead.theme, lead.text) == ("Barn och familjer", "Barnfamiljer får stöd tidigt")


def test_a_cell_of_goal_names_refers_to_those_goals_the_first_first():
    x = _classify(_programme())
    goals = {g.id: g.theme for g in x.goals}
    assert len(x.goals) == 3
    assert [[goals[g] for g in m.goals] for m in x.measures] == [["Barn och familjer", "Språk"], ["Språk"],
                                                                 ["Vägledning"]]


def test_an_items_number_is_no_part_of_its_subject():
    assert subject_actors("14. Välfärdsområdet erbjuder en hälsoundersökning för alla nyanlända.") == ["Välfärdsområdet"]


def test_numbered_paragraph_actions_name_their_doer_beside_a_partner_field():
    x = _classify([
        _h("4.5 Åtgärder som välfärdsområdet ansvarar för", 3),
        _p("Välfärdsområdet har förbundit sig till följande två åtgärder:"),
        _b("14. Välfärdsområdet erbjuder en hälsoundersökning för alla nyanlända flyktingar. "
           "Samarbete: kommunens integrationskoordinator.",
           "15. Familjerådgivningen ordnar föräldragrupper med tolk för familjer, vid behov på distans."),
    ])
    assert [m.responsible for m in x.measures] == [["Välfärdsområdet"], ["Familjerådgivningen"]]
    assert x.measures[0].partners == ["kommunens integrationskoordinator"]
