"""Fifty-third blind set (blind313, blind316, blind317, blind318) conventions, on made-up text:
an appendix action plan grouping its rows under 'Mål N' rows that name the goals the chapters
stated ('Mål N: <goal>.' paragraphs), a follow-up table keying its meters to goals counted
1, 2, 3 in printed order, a side box ('Visste du?') inside an area's bullet list, 'Mätare för målet: …'
after a goal's action table, and table rows cut by a page end that are rows of their own."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import elements as E
from classifiers.fact_boxes import without_fact_boxes
from classifiers.elements import Element


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- 'Mål N' group rows of an appendix action plan ---------------------------------------

def _appendix_plan_doc(numbered_rows: bool = False):
    def grp(n):
        return f"{n}.{n} Mål {n}" if numbered_rows else f"Mål {n}"
    return _classify([
        _h("3 Mål", 2),
        _h("3.1 Boende", 3),
        _p("Mål 1: Nya kommuninvånare hittar en bostad inom ett halvår."),
        _h("3.2 Fritid", 3),
        _p("Mål 2: Alla barn har en fritidshobby."),
        _h("Bilaga 2. Handlingsplan", 2),
        _t("", ["Åtgärd", "Ansvarig", "Tidtabell"], [
            [grp(1), "", ""],
            ["Kartlägga lediga hyresbostäder varje kvartal", "bostadsbolaget", "2026–2027"],
            ["Ge boenderådgivning på engelska", "socialbyrån", "fortlöpande"],
            [grp(2), "", ""],
            ["Erbjuda gratis prova-på-kurser i idrottsföreningarna", "fritidskansliet", "varje höst"],
        ]),
    ])


def test_goal_label_rows_head_the_actions_of_the_goals_stated_before():
    got = _appendix_plan_doc()
    g1, g2 = got.goals
    assert [_sq(g.text) for g in got.goals] == ["Nya kommuninvånare hittar en bostad inom ett halvår",
                                               "Alla barn har en fritidshobby"]
    assert [_sq(m.text) for m in got.measures] == [
        "Kartlägga lediga hyresbostäder varje kvartal", "Ge boenderådgivning på engelska",
        "Erbjuda gratis prova-på-kurser i idrottsföreningarna"]
    assert [m.goal for m in got.measures] == [g1.id, g1.id, g2.id]


# ---- a follow-up table keyed by the goals' places ------------------------------------------

def _place_keyed_doc():
    return _classify([
        _h("2 Mål och åtgärder", 2),
        _t("Tabell 1. Boende", ["Mål", "Åtgärd", "Ansvarig", "Tidtabell"], [
            ["Nya invånare hittar en bostad snabbt", "Öppna en bostadsförmedling i stadshuset",
             "bostadsbolaget", "2026"],
            ["Barnfamiljer trivs i sina bostadsområden", "Ordna grannfester på gårdarna",
             "fritidskansliet", "varje maj"],
        ]),
        _p("Kolumnen Mål anger målets nummer i den ordning målen står i tabell 1."),
        _t("Tabell 2. Mätare", ["Mätare", "Mål", "Källa"], [
            ["antal förmedlade bostäder", "1", "bostadsbolaget"],
            ["antal ordnade grannfester", "2", "fritidskansliet"],
        ]),
    ])


def test_meters_keyed_by_goal_place_follow_the_goals_up():
    got = _place_keyed_doc()
    g1, g2 = got.goals
    inds = {_sq(i.text): i for i in got.indicators}
    assert set(inds) == {"antal förmedlade bostäder", "antal ordnade grannfester"}
    # the table is keyed by goal: its meters are the goals', none the action whose words it uses
    assert all(i.measure is None for i in inds.values())
    assert inds["antal förmedlade bostäder"].goal == g1.id
    assert inds["antal ordnade grannfester"].goal == g2.id


# ---- a side box inside an area's list ------------------------------------------------------

def _boxed_doc(box_text: str):
    return _classify([
        _h("Fritid", 2),
        _p("Vårt mål: alla barn ska ha en hobby."),
        _p("Så här gör vi:"),
        _b("Vi ordnar skridskoskola för nyinflyttade barn (fritidssekreteraren, varje vinter)"),
        _h("Bra att veta", 3),
        _p(box_text),
        _b("Vi lånar ut idrottsutrustning gratis (fritidssekreteraren, fortlöpande)"),
        _h("Boende", 2),
        _p("Vårt mål: alla ska hitta ett hem."),
        _p("Så här gör vi:"),
        _b("Vi ger råd om hyresavtal (socialbyrån, fortlöpande)"),
    ])


def test_items_after_a_side_box_go_on_with_the_area_list():
    got = _boxed_doc("Simhallen har öppet varje dag utom söndag.")
    fritid = got.goals[0]
    lend = next(m for m in got.measures if "idrottsutrustning" in m.text)
    assert lend.goal == fritid.id
    assert lend.responsible == ["fritidssekreteraren"] and lend.schedule == "fortlöpande"
    assert len(got.measures) == 3


def _el(kind, text, level=0):
    return Element(kind=kind, text=text, page=1, level=level)


def test_a_sub_heading_over_a_goal_is_no_side_box():
    els = [_el("heading", "Fritid", 2), _el("bullet", "• Vi ordnar skridskoskola (fritidssekreteraren, varje vinter)"),
           _el("heading", "Unga", 3), _el("para", "Vårt mål: alla unga har en plats att träffas."),
           _el("bullet", "• Vi öppnar ett ungdomscafé (ungdomssekreteraren, 2027)")]
    assert without_fact_boxes(els) == els
    box = [_el("heading", "Fritid", 2), _el("bullet", "• Vi ordnar skridskoskola (fritidssekreteraren, varje vinter)"),
           _el("heading", "Visste du?", 3), _el("para", "Simhallen är gratis för barn."),
           _el("bullet", "• Vi öppnar ett ungdomscafé (ungdomssekreteraren, 2027)")]
    assert [e.text for e in without_fact_boxes(box)] == [box[0].text, box[1].text, box[4].text]


# ---- 'Mätare för målet: …' after a goal's action table ---------------------------------------

def test_goal_scoped_meter_after_an_action_table_is_the_goals():
    got = _classify([
        _h("2 Mål och åtgärder", 2),
        _h("2.1 Arbete", 3),
        _p("Mål 1: Fler invandrare får arbete i regionen"),
        _t("", ["Åtgärd", "Ansvar", "Tidsplan", "Mätare"], [
            ["Jobbmässa för nyinflyttade", "näringslivsenheten", "varje höst", ""],
            ["Praktikplatser i kommunens kök", "kostservicen", "2027", ""],
        ]),
        _p("Mätare för målet: Sysselsättningsgrad bland personer med utländsk bakgrund."),
        _p("Mål 2: Alla barn lär sig simma"),
        _t("", ["Åtgärd", "Ansvar", "Tidsplan", "Mätare"], [
            ["Simskola för nyinflyttade barn", "idrottsenheten", "varje sommar", ""],
        ]),
        _p("Mätare för målet: Andelen elever som kan simma i årskurs 6."),
    ])
    g1, g2 = got.goals
    inds = {_sq(i.text): i for i in got.indicators}
    assert set(inds) == {"Sysselsättningsgrad bland personer med utländsk bakgrund",
                         "Andelen elever som kan simma i årskurs 6"}
    assert inds["Sysselsättningsgrad bland personer med utländsk bakgrund"].goal == g1.id
    assert inds["Andelen elever som kan simma i årskurs 6"].goal == g2.id
    assert all(i.measure is None for i in inds.values())


# ---- a table row under a page end ----------------------------------------------------------

def test_a_row_under_a_page_end_with_a_coordinated_doer_is_its_own():
    above = ["Kurs i svenska för föräldrar", "bildningsverket, i samarbete\nmed Stiftelsen Pontus",
             "2027", "Antal kursdeltagare\nper år"]
    row = ["Läxhjälp på biblioteket", "kultur- och biblioteksväsendet", "veckovis", ""]
    assert not E._continues_row(row, above)
    assert E._whole_actor("kultur- och biblioteksväsendet")
    assert E._finished_name("med Stiftelsen Pontus")
    assert not E._finished_name("i samarbete med Röda Korsets")
