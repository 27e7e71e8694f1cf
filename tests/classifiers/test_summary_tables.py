"""'Programmet i korthet' (Mål | Viktigaste åtgärder) before the chapters that state each goal
again over its full action table (made up): the overview's cells are no actions."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

_ACTIONS = ["Nr", "Åtgärd", "Ansvar", "Tidtabell"]


def _programme():
    return [
        _h("Integrationsprogram för Exempelby 2026–2029", 1),
        _h("Programmet i korthet", 2),
        {"type": "table", "caption": "Tabell 1. Programmet i korthet", "columns": ["Mål", "Viktigaste åtgärder"],
         "rows": [["Nya invånare hittar rätt i kommunens service", "Välkomstpärm, rådgivning"],
                  ["Fler vuxna nya invånare arbetar eller studerar", "Språkpraktik, mentorer"]]},
        _h("1 Service", 2),
        _p("Mål 1: Nya invånare hittar rätt i kommunens service."),
        {"type": "table", "caption": "", "columns": _ACTIONS,
         "rows": [["1.1", "Välkomstpärm på fem språk till alla nya hushåll", "Kansliet", "2026"],
                  ["1.2", "Rådgivning i biblioteket varje tisdag", "Biblioteket", "Fortlöpande"]]},
        _h("2 Arbete", 2),
        _p("Mål 2: Fler vuxna nya invånare arbetar eller studerar."),
        {"type": "table", "caption": "", "columns": _ACTIONS,
         "rows": [["2.1", "Språkpraktik i kommunens egna enheter", "Personalenheten", "2026–2029"],
                  ["2.2", "Mentorer från företagarföreningen", "Näringslivsenheten", "2027"]]},
    ]


def test_overview_cells_are_no_actions():
    ex = _classify(_programme())
    assert len(ex.goals) == 2
    assert sorted(m.text.replace("\n", " ") for m in ex.measures) == [
        "Mentorer från företagarföreningen", "Rådgivning i biblioteket varje tisdag",
        "Språkpraktik i kommunens egna enheter", "Välkomstpärm på fem språk till alla nya hushåll"]


def test_one_action_per_goal_with_no_fuller_list_stays():
    blocks = _programme()[:3]
    ex = _classify(blocks)
    assert len(ex.measures) == 2


def _slogan_programme(summary_heading="Programmet i korthet"):
    """The overview gives each goal a slogan of its own ('Tema | Mål | Vad vi gör'), which the
    chapters do not repeat: they state the goal in full under 'Mål' and list its actions."""
    return [
        _h("Integrationsprogram för Exempelby 2026–2029", 1),
        _h(summary_heading, 2),
        {"type": "table", "caption": "", "columns": ["Tema", "Mål", "Vad vi gör"],
         "rows": [["Service", "Rätt dörr direkt", "Välkomstpärm, rådgivning"],
                  ["Arbete", "Jobb för alla", "Språkpraktik, mentorer"]]},
        _h("Service", 1),
        _h("Mål", 2),
        _p("Nya invånare hittar rätt i kommunens service redan första veckan"),
        _h("Så här gör vi", 2),
        {"type": "bullets", "items": ["Välkomstpärm på fem språk till alla nya hushåll, 2026.",
                                      "Rådgivning i biblioteket varje tisdag."]},
        _h("Arbete", 1),
        _h("Mål", 2),
        _p("Fler vuxna nya invånare arbetar eller studerar inom ett år"),
        _h("Så här gör vi", 2),
        {"type": "bullets", "items": ["Språkpraktik i kommunens egna enheter.",
                                      "Mentorer från företagarföreningen."]},
    ]


def test_overview_of_slogans_goes_with_its_cells():
    ex = _classify(_slogan_programme())
    assert sorted(g.text for g in ex.goals) == [
        "Fler vuxna nya invånare arbetar eller studerar inom ett år",
        "Nya invånare hittar rätt i kommunens service redan första veckan"]
    assert len(ex.measures) == 4
    assert not any("," in m.text and "rådgivning" in m.text for m in ex.measures)


def test_overview_of_slogans_not_under_a_summary_heading_stays():
    ex = _classify(_slogan_programme("Mål och åtgärder"))
    assert any(g.text == "Jobb för alla" for g in ex.goals)
