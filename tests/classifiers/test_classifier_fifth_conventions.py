"""Conventions of the fifth blind set (tests/data/blind_programs, blind25-30): numbered
actions whose fields of who and when close the list item itself ('1.1 ... Ansvar: X.
Tidtabell: Y.'). Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.records import trailing_fields


def test_trailing_fields_of_a_list_item():
    assert trailing_fields("4.2 Läxhjälp ordnas på biblioteket. Ansvar: biblioteket. Tidtabell: 2026.") == (
        "4.2 Läxhjälp ordnas på biblioteket.",
        [("responsible", "Ansvar", "biblioteket"), ("schedule", "Tidtabell", "2026")])
    # a sentence that goes on after a label that is no field of who and when; a field alone
    assert trailing_fields("Språkkafé för föräldrar. Målgrupp: mammor med små barn.") is None
    assert trailing_fields("Ansvar: biblioteket.") is None
    assert trailing_fields("Kursen ordnas i Åby (ansvar: medborgarinstitutet).") is None


def test_numbered_actions_with_their_fields_inline():
    x = _classify([
        _h("Mål 1: Nya invånare hittar kommunens service", 2),
        _b("1.1 Informationsbladet trycks på fem språk. Ansvar: kommunikationsenheten. Tidtabell: 2026.",
           "1.2 Rådgivning ges på torsdagar. Ansvar: socialbyrån i samarbete med Röda korset. "
           "Tidtabell: fortlöpande."),
    ])
    ms = {m.text.split(" ", 1)[1]: m for m in x.measures}
    assert set(ms) == {"Informationsbladet trycks på fem språk.", "Rådgivning ges på torsdagar."}
    a, b = ms["Informationsbladet trycks på fem språk."], ms["Rådgivning ges på torsdagar."]
    assert a.responsible == ["kommunikationsenheten"] and a.schedule == "2026"
    assert b.responsible == ["socialbyrån"] and b.partners == ["Röda korset"] and b.schedule == "fortlöpande"


def test_field_paragraph_under_a_list_stays_the_fields_of_the_whole_list():
    # guard for the wrap rule (elements.py): a field at the margin under a list is no wrap
    x = _classify([
        _h("Mål 1: Nya invånare hittar kommunens service", 2),
        _b("Språkkafé för föräldrar", "Läxhjälp på biblioteket"),
        _p("Ansvar: bildningsväsendet"),
    ])
    assert sorted(m.text for m in x.measures) == ["Läxhjälp på biblioteket", "Språkkafé för föräldrar"]
    assert all(m.responsible == ["bildningsväsendet"] for m in x.measures)


def test_follow_up_field_under_a_goal_lists_its_indicators():
    x = _classify([
        _h("Mål 1: Nya invånare hittar kommunens service", 2),
        _b("1.1 Informationsbladet trycks på fem språk. Ansvar: kommunikationsenheten. Tidtabell: 2026."),
        _p("Uppföljning: antal utdelade informationsblad; antal besök i servicepunkten."),
        _h("Mål 2: Föreningarna når nya medlemmar", 2),
        _b("2.1 Föreningsmässa ordnas varje höst. Ansvar: fritidssektorn. Tidtabell: 2026."),
        _p("Uppföljning: Fritidssektorn rapporterar till nämnden varje år."),
    ])
    g1 = next(g.id for g in x.goals if g.text.endswith("hittar kommunens service"))
    assert [(i.text, i.goal, i.measure) for i in x.indicators] == [
        ("antal utdelade informationsblad", g1, None), ("antal besök i servicepunkten", g1, None)]


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_goal_cell_naming_a_chapter_refers_to_its_goal():
    x = _classify([
        _h("2 Skola och språk", 1),
        _p("Målet är att alla barn lär sig svenska före skolstarten."),
        _t(["Åtgärd", "Ansvar"], [["Språkdusch i förskolan", "Bildningsväsendet"]]),
        _h("3 Boende", 1),
        _p("Målet är att nya familjer hittar en bostad snabbt."),
        _t(["Åtgärd", "Ansvar"], [["Bostadsrådgivning på flera språk", "Tekniska väsendet"]]),
        _h("4 Uppföljning", 1),
        _t(["Huvudmål", "Indikator", "Målnivå 2028"], [
            ["Skola och språk", "Andel barn med godkänt språktest", "90 %"],
            ["Boende", "Väntetid till hyresbostad", "under 3 mån"]]),
    ])
    assert sorted(g.text for g in x.goals) == ["Målet är att alla barn lär sig svenska före skolstarten.",
                                               "Målet är att nya familjer hittar en bostad snabbt."]
    by_text = {g.id: g.text for g in x.goals}
    assert {i.text: by_text[i.goal] for i in x.indicators} == {
        "Andel barn med godkänt språktest": "Målet är att alla barn lär sig svenska före skolstarten.",
        "Väntetid till hyresbostad": "Målet är att nya familjer hittar en bostad snabbt."}


def test_plain_list_under_a_goal_heading_lists_its_actions():
    x = _classify([
        _h("Mål 1: Nya invånare hittar kommunens service", 2),
        _b("1.1 Informationsbladet trycks på fem språk. Ansvar: kommunikationsenheten. Tidtabell: 2026."),
        _h("Mål 2: Föreningarna når nya medlemmar", 2),
        _p("Föreningarna genomför åtgärderna med stöd av kommunen."),
        _b("Föreningsmässa ordnas varje höst.", "Idrottsklubbarna erbjuder prova-på-dagar."),
    ])
    g2 = next(g.id for g in x.goals if g.text.endswith("når nya medlemmar"))
    assert sorted((m.text, m.goal) for m in x.measures if m.goal == g2) == [
        ("Föreningsmässa ordnas varje höst.", g2), ("Idrottsklubbarna erbjuder prova-på-dagar.", g2)]


def test_list_under_a_goal_heading_without_action_lists_elsewhere_is_no_action_list():
    x = _classify([
        _h("Mål 1: Jämlik utbildning", 2),
        _b("Förbättrade studieresultat.", "Verksamhetskulturen är inkluderande."),
    ])
    assert x.measures == []
