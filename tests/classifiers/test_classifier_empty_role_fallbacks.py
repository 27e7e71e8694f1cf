"""Fallbacks when a role comes out empty (`empty_role_fallbacks`), on made-up programmes
whose layout no convention of the reader knows: goals stated on 'Mål: …' lines of a web
page with the actions as 'X ska …' sentences in the paragraph under each; a follow-up
table whose column of meters has a header no rule knows ('Det här räknar vi'); a 'Nyckeltal'
chapter listing its meters under theme headings."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import empty_role_fallbacks, read_paragraphs, table_fallbacks


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _web_page():
    return [
        _h("Integrationsprogram 2025–2028", 1),
        _p("Här på sidan finns programmets mål och vad som görs för dem."),
        _h("Läs mer om språk", 2),
        _p("Mål: Alla nya vuxna invånare kommer snabbt i gång med svenska."),
        _p("Exempelby medborgarinstitut ska ordna kvällskurser i svenska för nybörjare varje termin. "
           "Biblioteket ska tillsammans med Marthaföreningen pröva ett språkcafé under 2026. "
           "Tidigare ordnades språkcaféet en gång i månaden."),
        _p("↑ Tillbaka till början"),
        _h("Läs mer om fritid", 2),
        _p("Mål: Fler nya invånare deltar i föreningslivet i Exempelby."),
        _p("Fritidsavdelningen ska bevilja föreningarna ett särskilt bidrag för nya medlemmar. "
           "Föreningarna har i dag få medlemmar med utländsk bakgrund."),
        _h("Så följer vi upp programmet", 2),
        _p("Integrationsgruppen sammanställer uppgifterna varje vår."),
        _t(["Område", "Det här räknar vi", "Hur ofta"], [
            ["Språk", "Antal deltagare i kvällskurserna", "Per termin"],
            ["", "Antal besök på språkcaféet", "Årligen"],
            ["Fritid", "Andelen föreningar som fått bidraget", "Årligen"],
        ]),
        _h("Kontakt", 2),
        _p("Integrationskoordinator Kim Berg, tfn 040 000 0000"),
    ]


def test_goal_with_no_measures_gets_its_committing_sentences(monkeypatch):
    # the reader now knows this very layout ('Mål:' fields over a doer's promises,
    # `field_goal_actions`); turned off, the page stands for a layout no convention knows
    monkeypatch.setattr(read_paragraphs, "promised_clauses", lambda sentence: [])
    out = _classify(_web_page())
    goals = {g.id: g.text for g in out.goals}
    assert len(goals) == 2
    by_text = {m.text: m for m in out.measures}
    assert set(by_text) == {
        "Exempelby medborgarinstitut ska ordna kvällskurser i svenska för nybörjare varje termin",
        "Biblioteket ska tillsammans med Marthaföreningen pröva ett språkcafé under 2026",
        "Fritidsavdelningen ska bevilja föreningarna ett särskilt bidrag för nya medlemmar",
    }
    # each under the goal whose scope it was stated in, its doer the sentence's subject
    lang = by_text["Biblioteket ska tillsammans med Marthaföreningen pröva ett språkcafé under 2026"]
    assert "svenska" in goals[lang.goal]
    assert lang.responsible == ["Biblioteket"]
    assert "Marthaföreningen" in lang.partners
    leisure = by_text["Fritidsavdelningen ska bevilja föreningarna ett särskilt bidrag för nya medlemmar"]
    assert "föreningslivet" in goals[leisure.goal]
    # without the fallback the layout gives no measure at all
    monkeypatch.setattr(empty_role_fallbacks, "measures_under_goals", lambda built, elements: None)
    assert _classify(_web_page()).measures == []


def test_count_column_under_follow_up_heading_is_the_indicators(monkeypatch):
    out = _classify(_web_page())
    assert [i.text for i in out.indicators] == [
        "Antal deltagare i kvällskurserna", "Antal besök på språkcaféet",
        "Andelen föreningar som fått bidraget"]
    monkeypatch.setattr(empty_role_fallbacks, "indicators_under_follow_up", lambda built, elements: None)
    # (the count-led columns of any table, `table_fallbacks`, are the wider net after it)
    monkeypatch.setattr(table_fallbacks, "indicators_in_count_columns", lambda built, elements: None)
    assert _classify(_web_page()).indicators == []


def _key_figures():
    return [
        _h("Integrationsplan 2025–2027", 1),
        _h("1 Åtgärder", 1),
        _p("Arbete: handledning i ansökan om erkännande av examina (vuxenutbildningen, 2025)."),
        _h("2 Nyckeltal", 1),
        _p("Nyckeltalen följs upp årligen av integrationsgruppen."),
        _h("Arbete", 3),
        _b(*["Antal personer som fått handledning om examina", "Antal mentorpar",
            "Sysselsättningsgraden bland kvinnor med främmande modersmål"]),
        _h("Fritid", 3),
        _b(*["Antal besök på språkcaféet"]),
        _h("3 Kontakt", 1),
        _b(*["Kim Berg, koordinator", "Alex Ek, rektor"]),
    ]


def test_count_led_lists_under_key_figures_heading_are_the_indicators(monkeypatch):
    texts = [i.text for i in _classify(_key_figures()).indicators]
    # a list mostly of counts: all its items (the rate too); a lone count under a sub-heading
    # of the chapter is no list to judge by; the contact list after the chapter is none
    assert texts[:3] == ["Antal personer som fått handledning om examina", "Antal mentorpar",
                         "Sysselsättningsgraden bland kvinnor med främmande modersmål"]
    assert not any("Kim Berg" in t for t in texts)
    monkeypatch.setattr(empty_role_fallbacks, "indicators_under_follow_up", lambda built, elements: None)
    assert _classify(_key_figures()).indicators == []


def test_fallbacks_leave_roles_the_conventions_filled_alone():
    doc = _web_page()
    # the same page with one action the conventions read (a list under an 'Åtgärder:' line)
    doc[4:4] = [_p("Åtgärder:"), _b(*["Språkkurser för föräldrar med barnpassning"])]
    out = _classify(doc)
    assert not any(m.text.startswith("Exempelby medborgarinstitut ska") for m in out.measures)


def _promises():
    # goals stated in a way no rule reads; each heading over a list of actions naming doers
    return [
        _h("Våra löften till nya invånare", 1),
        _h("Ett bra första år i Exempelby", 2),
        _p("Vi tar emot varje ny invånare personligen."),
        _b("Välkomstsamtal på servicepunkten inom två veckor. Ansvar: servicepunkten. (2025–2027)",
           "Uppföljning av varje familj efter ett år (integrationsteamet, 2025–2027)"),
        _h("Språk för arbete och vardag", 2),
        _b("Kvällskurser i svenska vid medborgarinstitutet. Ansvar: medborgarinstitutet. (från 2025)"),
        _h("Vad hände under förra perioden?", 1),
        _b("Språkcaféet öppnades 2022 och hade många besök.", "Projektet Jobbsteget avslutades 2023."),
    ]


def test_list_under_heading_naming_doers_is_the_headings_actions(monkeypatch):
    out = _classify(_promises())
    goals = {g.id: g.text for g in out.goals}
    by_text = {m.text: m for m in out.measures}
    assert set(by_text) == {"Välkomstsamtal på servicepunkten inom två veckor",
                            "Uppföljning av varje familj efter ett år",
                            "Kvällskurser i svenska vid medborgarinstitutet"}
    assert goals[by_text["Kvällskurser i svenska vid medborgarinstitutet"].goal] == "Språk för arbete och vardag"
    assert by_text["Uppföljning av varje familj efter ett år"].responsible == ["integrationsteamet"]
    # the past events' list names no doer: no action
    monkeypatch.setattr(empty_role_fallbacks, "measures_under_headings", lambda built, elements: None)
    assert _classify(_promises()).measures == []


def _cards_with_meter_fields():
    return [
        _h("Integrationsprogram 2025–2028", 1),
        _h("Tema 1 Arbete", 2),
        _h("Mentorskap för högutbildade", 3),
        _p("Personer med examen från ett annat land får en mentor i sin bransch."),
        # (a field line opening with who is a brochure card the reader knows, `records`;
        # this one names no doer, a layout no convention reads)
        _p("Tid: 2025 · Följs upp med: antal mentorpar"),
        _h("Tema 2 Fritid", 2),
        _p("Signaler på framsteg: antalet deltagare i simskolan; andelen barn som lärt sig simma."),
        _p("Uppföljning: jag sammanställer uppgifterna varje januari och rapporterar dem."),
        # a topic label over a sentence: no meter ('Uppföljning:' names no meters)
        _p("Uppföljning av mål 7: Avtalet om vägledning är undertecknat."),
        _p("Mäts: andelen som har en hobby; avtalet är klart."),
    ]


def test_run_in_meter_lines_are_the_indicators(monkeypatch):
    texts = [i.text for i in _classify(_cards_with_meter_fields()).indicators]
    assert texts == ["antal mentorpar", "antalet deltagare i simskolan", "andelen barn som lärt sig simma",
                     "andelen som har en hobby"]
    monkeypatch.setattr(empty_role_fallbacks, "indicators_in_run_in_lines", lambda built, elements: None)
    # (the card under 'Mentorskap …' is an action card, `table_fallbacks.measures_on_cards`,
    # whose meter it reads too)
    monkeypatch.setattr(table_fallbacks, "measures_on_cards", lambda built, elements: None)
    assert _classify(_cards_with_meter_fields()).indicators == []


# ---- 'Mätare: X (utgångsläge 48 %, mål 60 %)': the run-in meter without its closing bracket ----

def test_run_in_meter_without_its_baseline_and_target_bracket():
    assert empty_role_fallbacks.run_in_meters(
        "Mätare: Andelen deltagare som fått arbete (utgångsläge 30 %, mål 45 %)") == \
        ["Andelen deltagare som fått arbete"]
    # a meter with no count word and a figure in its bracket only: kept once the bracket is gone
    assert empty_role_fallbacks.run_in_meters(
        "Mätare: Sysselsättningsgraden bland nyinflyttade (utgångsläge 52,5 %, mål 60 %)") == \
        ["Sysselsättningsgraden bland nyinflyttade"]
    assert empty_role_fallbacks.run_in_meters(
        "Mätare: Antalet besök på språkcaféet (följs upp utan målvärde)") == ["Antalet besök på språkcaféet"]
