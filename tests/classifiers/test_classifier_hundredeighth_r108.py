"""Hundred-and-eighth blind set (blind643–blind648) conventions, on made-up text: a follow-up
line right under a goal's action table ('Uppföljning: Andel X; Sysselsättningsgraden bland Y.'),
its meters upper-case as a field's value may be."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _actions(rows):
    return {"type": "table", "caption": "Åtgärder", "columns": ["Åtgärd", "Ansvarig", "Tidtabell"], "rows": rows}


def test_follow_up_line_under_an_action_table_names_the_goals_meters():
    x = _classify([
        _h("2 Vuxna", 1),
        _h("Mål för perioden", 2),
        _b("Fler vuxna invandrare får arbete", "Kvinnor utanför arbetskraften når språkkurser"),
        _actions([["Företagsbesök för arbetssökande", "Näringslivsenheten", "2025–2027"],
                  ["Språkcafé för hemmavarande mammor", "Biblioteket", "Från 2026"]]),
        _p("Uppföljning: Sysselsättningsgraden bland utrikes födda; Antal kvinnor som deltagit i språkcaféet."),
        _h("3 Äldre", 1),
        _h("Mål för perioden", 2),
        _b("Äldre invandrare har sociala kontakter utanför familjen"),
        _actions([["Träffpunkt för äldre i servicehuset", "Fritidsbyrån", "Från 2025"]]),
        _p("Uppföljning: Antal besökare på träffpunkten."),
    ])
    texts = [i.text for i in x.indicators]
    assert texts == ["Sysselsättningsgraden bland utrikes födda",
                     "Antal kvinnor som deltagit i språkcaféet",
                     "Antal besökare på träffpunkten"]
    goals = {g.id: g.text for g in x.goals}
    assert goals[x.indicators[0].goal] == "Fler vuxna invandrare får arbete"
    assert goals[x.indicators[2].goal] == "Äldre invandrare har sociala kontakter utanför familjen"


def test_a_sentence_under_an_action_table_is_no_meter():
    x = _classify([
        _h("2 Vuxna", 1),
        _h("Mål för perioden", 2),
        _b("Fler vuxna invandrare får arbete"),
        _actions([["Företagsbesök för arbetssökande", "Näringslivsenheten", "2025–2027"]]),
        _p("Uppföljning: Gruppen rapporterar till nämnden varje år."),
    ])
    assert x.indicators == []
