"""Forty-fifth blind set (blind268, blind270) conventions, on made-up text: a theme's prose
goal with its sub-goals as headings 'Tyngdpunkt 1.1 <sub-goal>' (no stop after the code), each
over its own action table and 'Så följer vi upp:' list; and a summary table's follow-up cell
giving two meters one a line, the first closed by its unit ('..., %')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.cells import split_indicator_cell
from classifiers.reader_shared import dotted_goal_label


def _sq(s):
    return " ".join(s.split())


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_COLS = ["Vad gör vi?", "Vem ansvarar?", "Vem samarbetar?", "När?"]


def _focus_doc(label="Tyngdpunkt"):
    return _classify([
        _h("Inledning", 2),
        _p("Kommunen har tagit fram planen tillsammans med föreningarna under året 2025."),
        _h("Tema 1: Arbete", 2),
        _p("Sysselsättningen bland nyinflyttade var 60 procent år 2023."),
        _p("Målet är att nyinflyttade ska få arbete snabbare. Inom temat har vi två tyngdpunkter."),
        _h(f"{label} 1.1 Bättre kunskaper i svenska", 3),
        _t(_COLS, [["Kvällskurser i svenska för vuxna", "Medborgarinstitutet", "Biblioteket", "2026"]]),
        _p("Så följer vi upp:"),
        _b("Antal deltagare i kvällskurserna"),
        _h(f"{label} 1.2 Snabbare väg till jobb", 3),
        _t(_COLS, [["Arbetsgivarträffar varje vår", "Näringslivsenheten", "–", "2027"]]),
        _p("Så följer vi upp:"),
        _b("Antal arbetsgivare på träffarna"),
        _h("Tema 2: Boende", 2),
        _p("Målet är att alla ska hitta en bostad."),
        _t(_COLS, [["Bostadsrådgivning på flera språk", "Bostadsbyrån", "–", "2026"]]),
    ])


def test_focus_heading_with_a_dotted_code_is_a_sub_goal_of_the_themes_prose_goal():
    got = _focus_doc()
    texts = [_sq(g.text) for g in got.goals]
    assert "Bättre kunskaper i svenska" in texts and "Snabbare väg till jobb" in texts
    by_text = {_sq(g.text): g for g in got.goals}
    top = next(g for g in got.goals if "arbete snabbare" in g.text)
    sub1, sub2 = by_text["Bättre kunskaper i svenska"], by_text["Snabbare väg till jobb"]
    assert sub1.parent == top.id and sub2.parent == top.id
    assert [m.goal for m in got.measures] == [sub1.id, sub2.id, by_text["Målet är att alla ska hitta en bostad."].id]
    # the follow-up list under a sub-goal's heading follows up the sub-goal, not the theme's goal
    assert [(i.measure, i.goal) for i in got.indicators] == [(None, sub1.id), (None, sub2.id)]


def test_sub_goal_heading_variants():
    # 'Delmål 1.1 ...' read so before; a colon after the code keeps the label (the scorer's
    # form drops it) but the sub-goal is the theme goal's all the same
    for label in ("Delmål", "Tyngdpunkt"):
        got = _focus_doc(label)
        top = next(g for g in got.goals if "arbete snabbare" in g.text)
        assert sorted(_sq(g.text) for g in got.goals if g.parent == top.id) == [
            "Bättre kunskaper i svenska", "Snabbare väg till jobb"]
    got = _classify([
        _h("Tema 1: Arbete", 2),
        _p("Målet är att nyinflyttade ska få arbete snabbare."),
        _h("Tyngdpunkt 1.1: Bättre kunskaper i svenska", 3),
        _t(_COLS, [["Kvällskurser i svenska för vuxna", "Medborgarinstitutet", "Biblioteket", "2026"]]),
        _p("Så följer vi upp:"),
        _b("Antal deltagare i kvällskurserna"),
    ])
    top = next(g for g in got.goals if "arbete snabbare" in g.text)
    sub = next(g for g in got.goals if "kunskaper" in g.text)
    assert sub.parent == top.id
    assert [i.goal for i in got.indicators] == [sub.id]


def test_dotted_focus_label_reading():
    assert dotted_goal_label("Tyngdpunkt 2.3 Fler unga hittar en studieplats") == ("2.3", "Fler unga hittar en studieplats")
    assert dotted_goal_label("Delmål 1.1 Vuxna lär sig svenska") == ("1.1", "Vuxna lär sig svenska")
    # an undotted number or a lower-case sentence going on is no such label
    assert dotted_goal_label("Tyngdpunkt 2 Barn och unga") is None
    assert dotted_goal_label("Tyngdpunkt 2.3 genomfördes redan") is None


def test_meter_closed_by_its_unit_ends_its_line_in_a_one_meter_a_cell_table():
    cell = "Andel deltagare som\nfått en praktikplats, %\nAntal ordnade\npraktikveckor"
    assert split_indicator_cell(cell, listed=False) == [
        "Andel deltagare som\nfått en praktikplats, %", "Antal ordnade\npraktikveckor"]
    assert split_indicator_cell("Nöjda kunder (%)\nVäntetid i dagar", listed=False) == [
        "Nöjda kunder (%)", "Väntetid i dagar"]
    # ... and in a table that lists items one a line
    assert split_indicator_cell("Andel som fått\njobb, %\nKursdagar per år", listed=True, width=40) == [
        "Andel som fått\njobb, %", "Kursdagar per år"]
    # a wrap goes on as before: no unit closing the line, or lower case after it
    assert split_indicator_cell("Andel deltagare som\nfått en praktikplats", listed=False) == [
        "Andel deltagare som\nfått en praktikplats"]
    assert split_indicator_cell("Andel nöjda, %\nav de svarande", listed=False) == ["Andel nöjda, %\nav de svarande"]


def test_summary_table_follow_up_cell_with_two_meters_one_a_line():
    got = _classify([
        _h("Mål", 2),
        _b("1.1 Nyinflyttade får arbete snabbare", "1.2 Alla barn lär sig svenska"),
        _h("Bilaga 1 Åtgärdsplan", 2),
        _t(["Mål", "Åtgärd", "Ansvarig aktör", "Samarbetspartner", "Tidsplan", "Uppföljning"], [
            ["1.1", "Arbetspraktik i kommunens enheter", "Personalenheten", "–", "2026–2027",
             "Andel praktikanter som fått\nett jobb efteråt, %\nAntal praktikplatser per år"],
            ["1.2", "Läxhjälp på biblioteket", "Biblioteket", "Röda Korset", "2026", "–"],
        ]),
    ])
    assert [_sq(i.text) for i in got.indicators] == [
        "Andel praktikanter som fått ett jobb efteråt, %", "Antal praktikplatser per år"]
    m1 = got.measures[0].id
    assert [i.measure for i in got.indicators] == [m1, m1]
