"""Thirty-ninth blind set (blind229, blind230) conventions, on made-up text: a strategy
system's flat report whose rows name their level and their parent's id ('Typ | Kod | Text |
Överordnad'), its key-figure table naming goals and actions by id; standard action forms
('Fält | Innehåll') with a goal number, a meter named by its code on the form and listed in a
chapter of its own, a form struck out and the blank template; goals listed 'Mål N – area –
goal'."""

import pytest
from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import classify_document, ended_rows, level_name_columns, meter_references, void_cards
from classifiers.council_decision import area_goal


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_HDR = ["Typ", "Kod", "Text", "Överordnad", "Ansvar", "Partner", "När", "Status"]


def _report():
    return _classify([
        _h("1 Bakgrund"),
        _p("Planen skrivs ut ur kommunens uppföljningssystem. Varje rad anger sin typ och vilken rad den hör under."),
        _h("2 Planen (utskrift)"),
        _t("Utskrift · Plan · del 1 (2)", _HDR, [
            ["Plan", "P", "Välkomstplan 2025–2028", "–", "Stadsstyrelsen", "", "2025–2028", "Pågår"],
            ["Insatsområde", "IO1", "Boende och vardag", "P", "", "", "", ""],
            ["Delmål", "IO1.D1", "Nya invånare hittar en bostad inom tre månader från flytten", "IO1", "", "", "2025–2028", "Pågår"],
            ["Insats", "X-11", "Bostadsguide på fem språk för nyinflyttade familjer", "IO1.D1", "Bostadsbyrån", "Hyresgästföreningen", "2025", "Ny"],
            ["Insats", "X-07", "Hyresinfo på torget för kvotflyktingar", "IO1.D1", "Bostadsbyrån", "", "2021–2022", "Avslutad"],
            ["Delmål", "IO1.D2", "Alla barn i nyinflyttade familjer börjar i dagvården inom en månad", "IO1", "", "", "2025–2028", "Pågår"],
        ]),
        _t("Utskrift · Plan · del 2 (2)", _HDR, [
            _HDR,
            ["Insats", "X-12", "Dagvårdsplatser reserveras för nyinflyttade barn varje höst", "IO1.D2", "Dagvårdsbyrån", "", "från hösten 2025", "Ny"],
            ["Insatsområde", "IO2", "Arbete", "P", "", "", "", ""],
            ["Delmål", "IO2.D1", "Fler nyinflyttade vuxna får ett första jobb i regionen", "IO2", "", "", "2025–2028", "Pågår"],
            ["Insats", "X-21", "Praktikveckor i stadens kök och parker för vuxna nyinflyttade", "IO2.D1", "Personalbyrån", "Företagarföreningen; Arbetskraftsbyrån", "varje vår", "Ny"],
        ]),
        _h("3 Nyckeltal"),
        _t("Utskrift · Nyckeltal", ["Nr", "Nyckeltal", "Följer upp", "Källa"], [
            ["K1", "Antal familjer som fått bostadsguiden", "X-11", "Bostadsbyrån"],
            ["K2", "Antal deltagare i hyresinfon", "X-07", "Bostadsbyrån"],
            ["K3", "Andel nyinflyttade vuxna i arbete, %", "IO2.D1", "Statistiken"],
            ["K4", "Antal praktikveckor per år", "X-21", "Personalbyrån"],
        ]),
    ])


def test_a_flat_report_of_levels_is_read_by_its_parent_ids():
    got = _report()
    goals = {g.id: _sq(g.text) for g in got.goals}
    assert set(goals.values()) == {
        "Nya invånare hittar en bostad inom tre månader från flytten",
        "Alla barn i nyinflyttade familjer börjar i dagvården inom en månad",
        "Fler nyinflyttade vuxna får ett första jobb i regionen"}
    themes = {_sq(g.text): g.theme for g in got.goals}
    assert themes["Fler nyinflyttade vuxna får ett första jobb i regionen"] == "Arbete"
    ms = {_sq(m.text): m for m in got.measures}
    # the ended row is history; the plan and area rows are no actions
    assert set(ms) == {"Bostadsguide på fem språk för nyinflyttade familjer",
                       "Dagvårdsplatser reserveras för nyinflyttade barn varje höst",
                       "Praktikveckor i stadens kök och parker för vuxna nyinflyttade"}
    # the second piece's first action stands under the goal of the first piece
    assert goals[ms["Dagvårdsplatser reserveras för nyinflyttade barn varje höst"].goal].startswith("Alla barn")
    m = ms["Praktikveckor i stadens kök och parker för vuxna nyinflyttade"]
    assert goals[m.goal].startswith("Fler nyinflyttade vuxna")
    assert m.responsible == ["Personalbyrån"]
    assert m.partners == ["Företagarföreningen", "Arbetskraftsbyrån"]


def test_the_key_figures_follow_the_ids_they_name():
    got = _report()
    goals = {g.id: _sq(g.text) for g in got.goals}
    ms = {m.id: _sq(m.text) for m in got.measures}
    ind = {_sq(i.text): i for i in got.indicators}
    # a meter of an ended action follows up nothing of the plan
    assert "Antal deltagare i hyresinfon" not in ind
    assert ms[ind["Antal familjer som fått bostadsguiden"].measure].startswith("Bostadsguide")
    assert ms[ind["Antal praktikveckor per år"].measure].startswith("Praktikveckor")
    share = ind["Andel nyinflyttade vuxna i arbete, %"]
    assert share.measure is None and goals[share.goal].startswith("Fler nyinflyttade vuxna")


def test_without_the_level_reading_the_report_holds_no_goals(monkeypatch):
    monkeypatch.setattr(classify_document, "fold_level_name_columns", lambda els: els)
    got = _report()
    # (read as a plain table: every row's text an action, the goals and areas among them)
    assert not any(_sq(g.text).startswith("Fler nyinflyttade vuxna") for g in got.goals)
    assert any(_sq(m.text).startswith("Fler nyinflyttade vuxna") for m in got.measures)


def test_level_layout_needs_goal_and_action_levels():
    body = [["Delmål", "A1", "Alla kan läsa", "P"], ["Insats", "A1.1", "Läsklubb", "A1"],
            ["Insats", "A1.2", "Bokbuss", "A1"]]
    assert level_name_columns._layout(["Typ", "Kod", "Text", "Hör till"], body) == (0, 1, 3, 2)
    # a column of themes (no level naming a goal and an action) is no level column
    themes = [["Språk", "A1", "Alla kan läsa", "P"], ["Arbete", "A2", "Läsklubb", "A1"],
              ["Språk", "A3", "Bokbuss", "A1"]]
    assert level_name_columns._layout(["Tema", "Kod", "Text", "Hör till"], themes) is None


def test_a_goal_whose_parent_id_names_no_row_has_no_theme():
    # (the goal's parent 'P' is the programme itself, printed on no row of the report: no
    # area above the goal -- the report is read, not stopped by the missing id)
    got = _classify([_h("1 Planen"), _t("Utskrift · Plan", ["Typ", "Kod", "Text", "Hör till", "Ansvar"], [
        ["Delmål", "A1", "Alla nyinflyttade kan läsa svenska", "P", ""],
        ["Insats", "A1.1", "Läsklubb på biblioteket", "A1", "Biblioteket"],
        ["Insats", "A1.2", "Bokbuss till byarna", "A1", "Biblioteket"]])])
    assert [_sq(g.text) for g in got.goals] == ["Alla nyinflyttade kan läsa svenska"]
    assert {_sq(m.text) for m in got.measures} == {"Läsklubb på biblioteket", "Bokbuss till byarna"}


def test_a_status_word_broken_at_a_narrow_columns_edge():
    assert ended_rows.is_ended("Avsluta\nd")
    assert ended_rows.is_ended("Avslutad")
    assert not ended_rows.is_ended("Pågår")
    assert not ended_rows.is_ended("Delvis\ngenomförd")


# ---- action forms ----------------------------------------------------------------------

def _form(action, goal, who, when, follow):
    return _t("", ["Fält", "Innehåll"], [
        ["Åtgärd", action], ["Mål", goal], ["Beskrivning", "Så här går det till i praktiken, steg för steg."],
        ["Ansvarig enhet", who], ["Tidsplan", when], ["Uppföljning", follow]])


def _forms():
    return _classify([
        _h("1 Mål"),
        _b("Mål 1 – Hälsa – Alla nyinflyttade vet hur de får vård på sitt eget språk.",
           "Mål 2 – Fritid och kultur – Nyinflyttade barn deltar i en fritidsaktivitet varje vecka."),
        _h("2 Blanketter"),
        _h("Blankett B1", 3),
        _form("Hälsoinfo på tre språk vid varje hälsostation.", "Mål 1", "Hälsovårdsbyrån", "2026", "Mätare K2"),
        _h("Blankett B2", 3),
        _form("Simskola för nyinflyttade barn varje sommar.", "Mål 2", "Idrottsbyrån", "2026–2028", "Ingen egen mätare; redovisas i verksamhetsberättelsen."),
        _h("Blankett B3 (struken)", 3),
        _form("Kulturkort för alla nyinflyttade familjer.", "Mål 2", "Kulturbyrån", "2026", "–"),
        _h("Blankett B4", 3),
        _t("", ["Fält", "Innehåll"], [
            ["Status", "Utgår enligt nämndens beslut"], ["Åtgärd", "Gratis bussresor till hälsostationen."],
            ["Mål", "Mål 1"], ["Ansvarig enhet", "Trafikbyrån"], ["Tidsplan", "2026"]]),
        _h("3 Mätare"),
        _b("K1 Andel nyinflyttade som har en egen läkare, % (mål 1)",
           "K2 Antal besök på hälsoinfon per år (mål 1)"),
        _h("Bilaga Mall för blankett"),
        _t("Mall", ["Fält", "Innehåll"], [
            ["Åtgärd", "[Åtgärdens namn]"], ["Mål", "[Mål 1–2]"], ["Ansvarig enhet", "[En enhet]"],
            ["Tidsplan", "[När]"], ["Uppföljning", "[Mätare eller berättelsen]"]]),
    ])


def test_forms_name_their_goal_by_number_and_the_goal_list_its_area():
    got = _forms()
    goals = {g.id: g for g in got.goals}
    assert {_sq(g.text) for g in got.goals} == {
        "Alla nyinflyttade vet hur de får vård på sitt eget språk",
        "Nyinflyttade barn deltar i en fritidsaktivitet varje vecka"}
    assert {g.theme for g in got.goals} == {"Hälsa", "Fritid och kultur"}
    ms = {_sq(m.text).rstrip("."): m for m in got.measures}
    # the struck forms and the template are no actions
    assert set(ms) == {"Hälsoinfo på tre språk vid varje hälsostation", "Simskola för nyinflyttade barn varje sommar"}
    assert goals[ms["Simskola för nyinflyttade barn varje sommar"].goal].theme == "Fritid och kultur"


def test_a_meter_named_by_code_on_a_form_is_the_listed_meter():
    got = _forms()
    ms = {m.id: _sq(m.text) for m in got.measures}
    ind = {_sq(i.text): i for i in got.indicators}
    assert set(ind) == {"Andel nyinflyttade som har en egen läkare, %", "Antal besök på hälsoinfon per år"}
    assert ms[ind["Antal besök på hälsoinfon per år"].measure].startswith("Hälsoinfo")
    assert ind["Andel nyinflyttade som har en egen läkare, %"].measure is None


def test_without_the_meter_references_the_form_field_is_a_meter(monkeypatch):
    monkeypatch.setattr(classify_document, "link_meter_references", lambda built: None)
    ind = {_sq(i.text) for i in _forms().indicators}
    assert "Mätare K2" in ind


def test_without_void_cards_the_struck_forms_are_actions(monkeypatch):
    monkeypatch.setattr(classify_document, "without_void_cards", lambda els: els)
    ms = {_sq(m.text).rstrip(".") for m in _forms().measures}
    assert "Kulturkort för alla nyinflyttade familjer" in ms
    assert "Gratis bussresor till hälsostationen" in ms


def test_dashed_area_goal():
    g = area_goal("Mål 2 – Fritid och kultur – Nyinflyttade barn deltar i en fritidsaktivitet varje vecka.")
    assert (g.number, g.area, g.text) == ("2", "Fritid och kultur", "Nyinflyttade barn deltar i en fritidsaktivitet varje vecka")
    # a dash inside a goal sentence sets off no area: the area is a short capitalised name
    assert area_goal("Mål 2 – alla barn – även de minsta – deltar i fritiden.") is None


@pytest.mark.parametrize("text,expected", [
    ("Mätare M5", "M5"), ("M5", "M5"), ("Indikator I3", "I3"), ("Mätare för språkkurserna", None)])
def test_meter_reference_shapes(text, expected):
    m = meter_references._REFERENCE_RE.match(text)
    assert (m.group("code") if m else None) == expected


def test_no_meter_notes():
    assert meter_references._NO_METER_RE.match("Ingen egen mätare; rapporteras i årsrapporten.")
    assert meter_references._NO_METER_RE.match("Inget eget mått")
    assert not meter_references._NO_METER_RE.match("Antal mätare som installerats")


def test_a_template_needs_placeholders_throughout():
    from classifiers.elements import Element
    from extractors.model import Table
    tmpl = Element(kind="table", table=Table(rows=[["Fält", "Innehåll"], ["Åtgärd", "[Namn]"], ["Ansvarig", "[Enhet]"],
                                                   ["Tidsplan", "[När]"]], header_rows=1, method="t"))
    filled = Element(kind="table", table=Table(rows=[["Fält", "Innehåll"], ["Åtgärd", "Läxhjälp [ny]"],
                                                     ["Ansvarig", "[Enhet]"], ["Tidsplan", "[När]"]],
                                               header_rows=1, method="t"))
    assert void_cards.void_card(tmpl, None)
    assert not void_cards.void_card(filled, None)


def test_two_forms_naming_one_meter_leave_no_reference_behind():
    # (the listed meter follows the first form naming it; the second form's field is a
    # reference as well, no meter 'Mätare K2' of its own)
    got = _classify([
        _h("1 Mål"),
        _b("Mål 1 – Hälsa – Alla nyinflyttade vet hur de får vård på sitt eget språk."),
        _h("2 Blanketter"),
        _h("Blankett B1", 3),
        _form("Hälsoinfo på tre språk vid varje hälsostation.", "Mål 1", "Hälsovårdsbyrån", "2026", "Mätare K2"),
        _h("Blankett B2", 3),
        _form("Hälsoinfo på nätet för nyinflyttade familjer.", "Mål 1", "Hälsovårdsbyrån", "2027", "Mätare K2"),
        _h("3 Mätare"),
        _b("K1 Andel nyinflyttade som har en egen läkare, % (mål 1)",
           "K2 Antal besök på hälsoinfon per år (mål 1)"),
    ])
    ms = {m.id: _sq(m.text) for m in got.measures}
    ind = {_sq(i.text): i for i in got.indicators}
    assert set(ind) == {"Andel nyinflyttade som har en egen läkare, %", "Antal besök på hälsoinfon per år"}
    assert ms[ind["Antal besök på hälsoinfon per år"].measure].startswith("Hälsoinfo på tre språk")
