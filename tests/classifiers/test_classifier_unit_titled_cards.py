"""An implementation plan grouped by the unit that does the actions, printed as records: a
numbered heading per unit ('5.1 Bildningsförvaltningen'), then per action its name on a line
of its own and one line of fields opening with the number of the goal it serves
('Delmål: 2.1. Tidpunkt: 2025. Samarbete: X.', an action table 'Åtgärd | Delmål | Tidpunkt |
Samarbete' set as lines). Each name over its field line is an action (`records.
_named_paragraph_action`, the goal's number first and then who or when: the row's own
fields); the heading over several such cards is their title, no action whose description
the first name would be (`records._heading_action`, `_titles_named_cards`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


def _programme():
    return [
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _h("3. Mål", 1),
        _p("Delmål 2.1 Barn med annat modersmål klarar skolan"),
        _p("Delmål 2.2 Vuxna lär sig svenska"),
        _h("5. Genomförandeplan", 1),
        _p("Åtgärderna har ordnats enligt ansvarig förvaltning. Delmål hänvisar till kapitel 3."),
        _h("5.1 Bildningsförvaltningen", 2),
        _p("Läxhjälp på modersmålet i högstadiet"),
        _p("Delmål: 2.1. Tidpunkt: 2025–2027."),
        _p("Språkbad i svenska under sommarlovet"),
        _p("Delmål: 2.1. Tidpunkt: 2026. Samarbete: Exempelby folkhögskola."),
        _h("5.2 Vuxeninstitutet", 2),
        _p("Kvällskurser i svenska för föräldrar"),
        _p("Delmål: 2.2. Samarbete: biblioteket."),
        _p("Studiecirklar i vardagssvenska"),
        _p("Delmål: 2.2. Tidpunkt: årligen."),
        _h("6. Uppföljning", 1),
        _p("Programmet följs upp årligen i samband med bokslutet."),
    ]


def test_each_name_over_its_field_line_is_an_action_under_the_unit_heading():
    out = _classify(_programme())
    goals = {g.id: g.text for g in out.goals}
    got = {m.text: m for m in out.measures}
    assert sorted(got) == sorted([
        "Läxhjälp på modersmålet i högstadiet", "Språkbad i svenska under sommarlovet",
        "Kvällskurser i svenska för föräldrar", "Studiecirklar i vardagssvenska"])
    assert goals[got["Språkbad i svenska under sommarlovet"].goal].startswith("Barn med annat modersmål")
    assert goals[got["Kvällskurser i svenska för föräldrar"].goal].startswith("Vuxna lär sig svenska")
    assert not any(m.text.startswith(("5.1", "5.2")) for m in out.measures)
