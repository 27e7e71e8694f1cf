"""Goals stated as a sentence under a heading of only the goal's label and number
('Delmål 1' / '<sentence>'), each followed up by a list a phrase introduces ('Så här följer vi
upp delmålet:'), and an action plan later whose tables are headed by the same label and number
with a short name ('Delmål 1 – Boende'). On made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _t(columns, rows):
    return {"type": "table", "columns": columns, "rows": rows}


def _doc():
    cols = ["Åtgärd", "Ansvarig", "Tidtabell"]
    return _classify([
        _h("3 Delmål och uppföljning", 1),
        _h("Delmål 1", 2),
        _p("Nyinflyttade familjer hittar snabbt en bostad som passar dem i kommunen."),
        _p("Så här följer vi upp delmålet:"),
        _b("antal hyresbostäder som förmedlats per år", "väntetiden till en hyresbostad"),
        _h("Delmål 2", 2),
        _p("Alla barn och unga har en fritidsaktivitet som de tycker om och deltar i."),
        _p("Så här följer vi upp delmålet:"),
        _b("andelen barn som deltar i en hobby"),
        _h("Bilaga 1. Åtgärdsplan", 1),
        _h("Delmål 1 – Boende", 2),
        _t(cols, [["Annonser om hyresbostäder på engelska och arabiska", "Bostadsbolaget Granen", "2026"],
                  ["Boenderådgivning i kommunhuset varje månad", "Socialbyrån", "2025–2027"]]),
        _h("Delmål 2 – Fritid", 2),
        _t(cols, [["Fritidskort till varje barn i skolan", "Fritidsnämnden", "2027"]]),
    ])


def test_a_list_introduced_as_follow_up_under_a_goal_heading_holds_indicators():
    x = _doc()
    texts = [g.text.rstrip(".") for g in x.goals]
    assert "antal hyresbostäder som förmedlats per år" not in texts
    assert "andelen barn som deltar i en hobby" not in texts
    assert {i.text for i in x.indicators} >= {
        "antal hyresbostäder som förmedlats per år", "väntetiden till en hyresbostad",
        "andelen barn som deltar i en hobby"}


def test_a_plan_heading_with_the_number_of_a_bare_goal_heading_names_that_goal():
    x = _doc()
    assert [g.text.rstrip(".") for g in x.goals] == [
        "Nyinflyttade familjer hittar snabbt en bostad som passar dem i kommunen",
        "Alla barn och unga har en fritidsaktivitet som de tycker om och deltar i"]
    goals = {g.id: g.text.rstrip(".") for g in x.goals}
    def goal_of(start):
        return next(goals.get(m.goal) or "" for m in x.measures if m.text.startswith(start))
    assert goal_of("Boenderådgivning").startswith("Nyinflyttade familjer")
    assert goal_of("Annonser om hyresbostäder").startswith("Nyinflyttade familjer")
    assert goal_of("Fritidskort").startswith("Alla barn och unga")
    assert len(x.measures) == 3
