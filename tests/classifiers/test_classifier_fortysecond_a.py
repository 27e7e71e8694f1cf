"""Forty-second blind set (blind247, blind248) conventions, on made-up text: an action table
whose header is two rows (group labels over merged cells, the sub-headers as the first data
row), a partner on a line 'med: <partner>' under the doer, goals listed as 'Mål N (<theme>):
<goal>', actions closed by '(Mål N – <doer> – <time>)', and such a bracket broken before its
dash at a page's end."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.council_decision import area_goal
from classifiers.elements import Element, _join_dash_tails


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _grouped_header_doc():
    return _classify([
        _h("1 Inledning"),
        _p("Planen gäller för åren 2026–2029 och följs upp av ledningsgruppen varje höst."),
        _h("2 Handlingsplan"),
        _h("2.1 Hälsa och välmående", 3),
        _t("Tabell 1. Hälsa och välmående",
           ["Mål", "Åtgärd", "Utförande", "", "Uppföljning", ""], [
               ["", "", "Ansvarig", "Tidtabell", "Mätare", "Målvärde 2029"],
               ["Nyinflyttade känner till hälsotjänsterna i regionen",
                "Hälsoinfo ordnas på fem språk i servicecentret", "Servicecentret",
                "2026", "Antal deltagare i hälsoinfon", "200"],
               ["", "En broschyr om tandvården delas ut vid inflyttningen", "Hälsocentralen",
                "2027", "–", "–"],
           ]),
    ])


def test_sub_header_row_of_a_grouped_header_is_no_action_and_names_the_columns():
    got = _grouped_header_doc()
    assert [_sq(g.text) for g in got.goals] == ["Nyinflyttade känner till hälsotjänsterna i regionen"]
    assert [_sq(m.text) for m in got.measures] == [
        "Hälsoinfo ordnas på fem språk i servicecentret",
        "En broschyr om tandvården delas ut vid inflyttningen"]
    # the sub-header 'Mätare' is no meter; the row's own meter is
    assert [_sq(i.text) for i in got.indicators] == ["Antal deltagare i hälsoinfon"]
    assert [m.responsible for m in got.measures] == [["Servicecentret"], ["Hälsocentralen"]]
    assert [m.schedule for m in got.measures] == ["2026", "2027"]


def test_partner_on_a_line_labelled_med():
    assert split_actors("Fritidsbyrån\nmed: Scoutkåren Vågen") == (["Fritidsbyrån"], ["Scoutkåren Vågen"])
    assert split_actors("Stadens\nbibliotek med:\nLäsföreningen rf") == (["Stadens bibliotek"], ["Läsföreningen rf"])


def test_goal_with_its_theme_in_brackets():
    g = area_goal("Mål 4 (Hälsa och omsorg): Äldre inflyttade når hemvården på sitt eget språk.")
    assert g is not None and (g.number, g.area, g.text) == (
        "4", "Hälsa och omsorg", "Äldre inflyttade når hemvården på sitt eget språk")
    # a bracket that is no short name (a sentence in it) names no theme
    assert area_goal("Mål 4 (se bilaga 2): Äldre inflyttade når hemvården.") is None


def _goal_doer_time_doc():
    return _classify([
        _h("1 Mål"),
        _p("Fullmäktige har godkänt två mål för perioden."),
        _b("Mål 1 (Bostad): Nya invånare hittar en bostad inom tre månader.",
           "Mål 2 (Fritid): Alla barn har en hobby inom ett år efter flytten."),
        _h("2 Åtgärder för hela staden"),
        _p("Efter varje åtgärd står målets nummer, den ansvariga och tiden."),
        _b("Bostadsbyrån håller öppet hus för nya hyresgäster varje månad. (Mål 1 – bostadsbyrån – från 2026)",
           "Idrottsföreningarna ordnar prova-på-dagar för barn. (Mål 2 – fritidsbyrån tillsammans med "
           "Idrottsrådet rf – varje höst)"),
    ])


def test_goal_doer_and_time_in_the_closing_bracket():
    got = _goal_doer_time_doc()
    goals = {g.id: _sq(g.text) for g in got.goals}
    assert list(goals.values()) == ["Nya invånare hittar en bostad inom tre månader",
                                    "Alla barn har en hobby inom ett år efter flytten"]
    assert [g.theme for g in got.goals] == ["Bostad", "Fritid"]
    ms = got.measures
    assert [_sq(m.text) for m in ms] == [
        "Bostadsbyrån håller öppet hus för nya hyresgäster varje månad",
        "Idrottsföreningarna ordnar prova-på-dagar för barn"]
    assert [goals[m.goal] for m in ms] == list(goals.values())
    assert [m.responsible for m in ms] == [["bostadsbyrån"], ["fritidsbyrån"]]
    assert ms[1].partners == ["Idrottsrådet rf"]
    assert [m.schedule for m in ms] == ["från 2026", "varje höst"]


def test_dash_line_closing_the_item_s_open_bracket_is_its_rest():
    els = [Element(kind="bullet", text="• Kursen ordnas. (Mål 2 – vuxenutbildningen"),
           Element(kind="bullet", text="– hösten 2026)"),
           Element(kind="bullet", text="• Nästa åtgärd. (Mål 1 – biblioteket – 2027)")]
    out = _join_dash_tails(els)
    assert [e.text for e in out] == ["• Kursen ordnas. (Mål 2 – vuxenutbildningen – hösten 2026)",
                                     "• Nästa åtgärd. (Mål 1 – biblioteket – 2027)"]


def test_card_label_with_a_spaced_slash_is_a_label():
    from classifiers.headers import any_label
    assert any_label("By / stadsdel: Norrvik")
    assert any_label("Ort/by: Norrvik")
    assert not any_label("Norrvik / Söderby är två byar: båda har skola")
