"""Fifty-ninth blind set, reader c (blind349, blind353) conventions, on made-up text:

- a programme revised halfway through its period: action tables with a status column dated
  inside the period ('Status 2027'), rows marked done or going on (its own actions), rows struck
  out with their reason ('Struken – …', no actions) and new actions opening with 'NY: ' -- also
  printed as cards, as label–value tables holding several cards and as numbered records;
- goals as a numbered list with a separate action table keyed by goal number, printed as cards
  titled '<label> <count>: <goal number>', and follow-up bullets '<meter> (mål N)' under a
  lead-in whose legend of the brackets is a clause ('…; siffran inom parentes anger målet:')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from extractors.model import Table

from classifiers.change_markers import without_lead_revision_mark
from classifiers.elements import Element
from classifiers.ended_rows import without_struck_rows
from classifiers.past_series import status_dated_into_own_period
from classifiers.prose import intro_kind
from classifiers.read_headings import _own_goal_number
from classifiers.text import squash as _sq
from classifiers.void_cards import without_void_cards


# ---- a revised programme's status column ----

def test_status_column_dated_inside_the_own_period():
    assert status_dated_into_own_period(["Insats", "Ansvar", "Status 2027"], 2025)
    assert status_dated_into_own_period(["Insats", "Läge i mars 2026"], 2025)
    # dated when the programme began, or before: a report on the earlier programme may be so
    assert not status_dated_into_own_period(["Insats", "Status 2025"], 2025)
    assert not status_dated_into_own_period(["Insats", "Utfall 2023"], 2025)
    # a year in another column, or no period known
    assert not status_dated_into_own_period(["Insats 2027", "Status"], 2025)
    assert not status_dated_into_own_period(["Insats", "Status 2027"], None)


def _revised(status_header: str) -> list[dict]:
    return [
        _h("3 Insatser", 2),
        _h("3.1 Hälsa", 3),
        _p("Mål: Nya invånare känner till hälsovårdens tjänster."),
        {"type": "table", "caption": "Tabell 4. Insatser för hälsa",
         "columns": ["Insats", "Ansvar", "Tidsplan", status_header],
         "rows": [["Hälsoinfo på fyra språk vid biblioteket", "Biblioteket", "2025", "genomförd"],
                  ["Simskola för vuxna kvinnor", "Idrottsbyrån", "varje höst", "pågår"],
                  ["Kamratstödsgrupp för nyblivna föräldrar", "Familjecentret", "löpande", "pågår"]]},
    ]


def test_done_actions_of_a_status_column_dated_in_the_period_stay_actions():
    ex = _classify(_revised("Status 2027"))
    assert sorted(_sq(m.text) for m in ex.measures) == [
        "Hälsoinfo på fyra språk vid biblioteket", "Kamratstödsgrupp för nyblivna föräldrar",
        "Simskola för vuxna kvinnor"]
    assert all(m.goal for m in ex.measures)


def test_a_status_column_of_the_first_year_still_reads_as_a_report():
    # (as before: an outcome column dated when the programme began is the earlier one's report)
    ex = _classify(_revised("Status 2025"))
    assert "Simskola för vuxna kvinnor" not in [_sq(m.text) for m in ex.measures]


def _struck_table(status: str) -> dict:
    return {"type": "table", "caption": "Tabell 2. Insatser för boende",
            "columns": ["Insats", "Ansvar", "Tidsplan", "Status 2027"],
            "rows": [["Bostadsrådgivning på lätt svenska", "Bostadsbolaget", "2025–2028", "pågår"],
                     ["Hyresgästkurs för nyinflyttade", "Fastighetsbyrån", "2025", status],
                     ["NY: Grannskapsträffar i nya bostadsområden", "Fritidsbyrån", "från 2027", "inte påbörjad"]]}


def test_struck_row_with_its_reason_is_no_action():
    for status in ("struken – ingen hade anmält sig", "Utgår: ersätts av bostadsrådgivningen",
                   "Slopad (2026), saknar finansiering", "Ströks vid revideringen", "borttagen 2026"):
        ex = _classify([_h("2 Boende", 2), _p("Mål: Alla hittar ett tryggt boende."), _struck_table(status)])
        assert sorted(_sq(m.text) for m in ex.measures) == [
            "Bostadsrådgivning på lätt svenska", "Grannskapsträffar i nya bostadsområden"], status


def test_struck_cell_outside_a_status_column_needs_its_separator():
    def table(cell: str) -> Element:
        rows = [["Mätare", "Källa", "Målnivå 2028"], ["Antal kurser", "Kansliet", "8"],
                ["Antal besök", "Biblioteket", cell]]
        return Element("table", "", 1, table=Table(rows=rows, header_rows=1), pages=[1, 1, 1])
    assert len(without_struck_rows([table("utgår – mäts inte längre")])[0].table.rows) == 2
    # a struck word opening a sentence of a value column ('Utgår om …') is no status
    assert len(without_struck_rows([table("utgår om budgeten skärs ned")])[0].table.rows) == 3


def test_new_marker_opening_an_action_is_no_part_of_it():
    assert without_lead_revision_mark("NY: Grannskapsträffar") == "Grannskapsträffar"
    assert without_lead_revision_mark("Ny 2026: Läxhjälp") == "Läxhjälp"
    assert without_lead_revision_mark("2.3 NY: Läxhjälp") == "2.3 Läxhjälp"
    assert without_lead_revision_mark("Nyckeltal: antal") == "Nyckeltal: antal"
    assert without_lead_revision_mark("Nya invånare: välkomstsamtal") == "Nya invånare: välkomstsamtal"
    ex = _classify([_h("2 Boende", 2), _p("Mål: Alla hittar ett tryggt boende."),
                    _struck_table("struken – ingen hade anmält sig")])
    assert "Grannskapsträffar i nya bostadsområden" in [_sq(m.text) for m in ex.measures]


def test_struck_card_of_a_table_of_several_cards_goes_alone():
    rows = [["Åtgärd", "Hyresgästkurs"], ["Ansvarig", "Fastighetsbyrån"], ["Status", "pågår"],
            ["Åtgärd", "Bostadsmässa"], ["Ansvarig", "Bostadsbolaget"], ["Status", "Struken – för dyr"],
            ["Åtgärd", "Grannskapsträffar"], ["Ansvarig", "Fritidsbyrån"], ["Status", "inte påbörjad"]]
    el = Element("table", "", 1, table=Table(rows=rows, header_rows=0), pages=[1] * len(rows))
    out = without_void_cards([el])
    assert len(out) == 1
    assert [r[1] for r in out[0].table.rows if r[0] == "Åtgärd"] == ["Hyresgästkurs", "Grannskapsträffar"]
    # one card alone, struck: the form goes, as before
    one = Element("table", "", 1, table=Table(rows=rows[3:6], header_rows=0), pages=[1] * 3)
    assert without_void_cards([one]) == []


def test_struck_card_printed_as_labelled_lines():
    ex = _classify([
        _h("2 Boende", 2),
        _p("Mål: Alla hittar ett tryggt boende."),
        _p("Åtgärd: Bostadsrådgivning på lätt svenska"), _p("Ansvar: Bostadsbolaget"),
        _p("Tidsplan: 2025–2028"), _p("Status 2027: pågår"),
        _p("Åtgärd: Hyresgästkurs för nyinflyttade"), _p("Ansvar: Fastighetsbyrån"),
        _p("Tidsplan: 2025"), _p("Status 2027: struken – ingen hade anmält sig"),
        _p("Åtgärd: Grannskapsträffar i nya bostadsområden"), _p("Ansvar: Fritidsbyrån"),
        _p("Tidsplan: från 2027"), _p("Status 2027: inte påbörjad"),
    ])
    assert sorted(_sq(m.text) for m in ex.measures) == [
        "Bostadsrådgivning på lätt svenska", "Grannskapsträffar i nya bostadsområden"]


# ---- numbered goals keyed by number ----

def test_bracket_legend_said_as_a_clause():
    assert intro_kind("Dessa indikatorer följs årligen; talet inom parentes anger målet:") == "indicator"
    assert intro_kind("Vi följer upp följande, med målets nummer inom parentes:") == "indicator"


def test_meter_bullets_keyed_by_goal_number_are_no_goals():
    ex = _classify([
        _h("2 Mål", 2),
        _h("Boende", 3),
        _b("1. Alla hittar ett tryggt boende.", "2. Grannar känner varandra."),
        _h("3 Uppföljning", 2),
        _p("Kansliet rapporterar varje vår. Dessa indikatorer följs årligen; talet inom parentes anger målet:"),
        _b("antal bostadsrådgivningar (mål 1)", "andelen som känner sina grannar (mål 2)"),
    ])
    assert len(ex.goals) == 2
    goals = {g.id: _sq(g.text) for g in ex.goals}
    got = {_sq(i.text).split(" (")[0]: goals.get(i.goal, "") for i in ex.indicators}
    assert got == {"antal bostadsrådgivningar": "1. Alla hittar ett tryggt boende.",
                   "andelen som känner sina grannar": "2. Grannar känner varandra."}


def test_card_heading_of_a_goal_number_alone():
    assert _own_goal_number("Mål 8: 4") == "4"
    assert _own_goal_number("Mål 8. 4") == "4"
    assert _own_goal_number("Mål 3: 2.1") == "2.1"
    assert _own_goal_number("Mål 3: 3") is None
    assert _own_goal_number("Mål 3: 2030") is None
    assert _own_goal_number("Mål 3: Fler i arbete") is None


def test_cards_keyed_by_goal_number():
    ex = _classify([
        _h("2 Mål", 2),
        _b("1. Alla hittar ett tryggt boende.", "2. Grannar känner varandra.", "3. Unga hittar en hobby."),
        _h("3 Åtgärder", 2),
        _h("Mål 1: 2", 4),
        _p("Åtgärd: Grannskapsträffar i nya bostadsområden"), _p("Ansvar: Fritidsbyrån"),
        _h("Mål 2: 3", 4),
        _p("Åtgärd: Hobbymässa för unga"), _p("Ansvar: Ungdomsbyrån"),
        _h("Mål 3: 1", 4),
        _p("Åtgärd: Bostadsrådgivning på lätt svenska"), _p("Ansvar: Bostadsbolaget"),
    ])
    assert len(ex.goals) == 3
    goals = {g.id: _sq(g.text)[:2] for g in ex.goals}
    assert {_sq(m.text): goals.get(m.goal) for m in ex.measures} == {
        "Grannskapsträffar i nya bostadsområden": "2.", "Hobbymässa för unga": "3.",
        "Bostadsrådgivning på lätt svenska": "1."}


def test_struck_record_printed_as_a_numbered_item_and_its_field_line():
    ex = _classify([
        _h("2 Boende", 2),
        _p("Mål: Alla hittar ett tryggt boende."),
        _h("Tabell 2. Insatser för boende", 5),
        _p("2.1 Bostadsrådgivning på lätt svenska"),
        _p("Ansvar: Bostadsbolaget. Tidsplan: 2025–2028. Status 2027: pågår."),
        _p("2.2 Hyresgästkurs för nyinflyttade"),
        _p("Ansvar: Fastighetsbyrån. Tidsplan: 2025. Status 2027: struken – ingen hade anmält sig."),
        _p("2.3 Grannskapsträffar i nya bostadsområden"),
        _p("Ansvar: Fritidsbyrån. Tidsplan: från 2027. Status 2027: inte påbörjad."),
    ])
    assert sorted(_sq(m.text) for m in ex.measures) == [
        "2.1 Bostadsrådgivning på lätt svenska", "2.3 Grannskapsträffar i nya bostadsområden"]
