"""Conventions of the thirtieth blind set's Smedsby and Godby programmes (tests/data/blind_programs,
README there), on made-up programmes: a strategy's implementation plan with area headings by
code ('S1 Livskraft'), a 'Strategiskt mål: ...' paragraph over each area table captioned by the
area's code ('Strategiskt mål S1 b', `caption_codes`), an overview table counting each goal's
actions (`action_count_summaries`), target values with a rate ('6 / år', `target_columns`); a
'Vem gör vad?' programme whose goals say for whom they are set ('Målsättning för målgruppen:
...') and whose table asks each action as a question (`elements._continues_row`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.action_count_summaries import counts_actions, restates_short
from classifiers.caption_codes import names_heading_code
from classifiers.elements import _continues_row
from classifiers.reader_shared import goal_field
from classifiers.target_columns import names_no_words


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_COLS = ["Kod", "Åtgärd", "Ansvarig enhet", "Budget 2025–2028", "Tidtabell"]


def _plan():
    return [
        _h("Programmet på en sida", 2),
        _t(["Område", "Mål i korthet", "Antal åtgärder"],
           [["K1 Arbete", "Jobb för fler", "1"], ["K1 Arbete", "Egna företag", "1"]], caption="Översikt"),
        _h("3 Mål och åtgärder", 1),
        _h("K1 Arbete", 2),
        _p("Strategiskt mål: Fler nyanlända får ett arbete inom två år."),
        _t(_COLS, [["K1.1", "Jobbcoachning på arabiska och dari", "Sysselsättningsenheten", "inom ram", "2026"]],
           caption="Strategiskt mål K1 a"),
        _p("Strategiskt mål: Fler nyanlända startar ett eget företag."),
        _t(_COLS, [["K1.2", "Startkurs för blivande företagare på engelska", "Näringslivsenheten",
                    "5 000 €", "2027"]], caption="Strategiskt mål K1 b"),
        _h("4 Indikatorer", 1),
        _t(["Kod", "Indikator", "Utgångsläge", "Mål 2028"],
           [["K1.2", "Antal nya företag", "2 / år", "5 / år"]], caption="Tabell 2. Indikatorer"),
    ]


def test_second_goal_of_an_area_heads_the_table_captioned_by_the_area_code():
    x = _classify(_plan())
    goals = {g.id: g.text for g in x.goals}
    by_text = {m.text.replace("\n", " "): goals.get(m.goal) for m in x.measures}
    assert by_text["Jobbcoachning på arabiska och dari"] == "Fler nyanlända får ett arbete inom två år"
    assert by_text["Startkurs för blivande företagare på engelska"] == \
        "Fler nyanlända startar ett eget företag"


def test_overview_counting_actions_restates_goals_and_rates_are_no_goals():
    x = _classify(_plan())
    assert sorted(g.text for g in x.goals) == ["Fler nyanlända får ett arbete inom två år",
                                              "Fler nyanlända startar ett eget företag"]


def test_overview_column_headed_as_a_short_form_restates_goals():
    # 'Område | Mål i korthet' with no count column: the head itself says the goals are short forms
    plan = _plan()
    plan[1] = _t(["Område", "Huvudmål i korthet"], [["K1 Arbete", "Jobb för fler"], ["K1 Arbete", "Egna företag"]])
    x = _classify(plan)
    assert sorted(g.text for g in x.goals) == ["Fler nyanlända får ett arbete inom två år",
                                              "Fler nyanlända startar ett eget företag"]
    assert restates_short(["Tavoite lyhyesti"], [["Työtä"]])
    assert not restates_short(["Mål", "Ansvar"], [["Jobb för fler", "Kommunen"]])


def test_parts_of_the_rules():
    assert names_heading_code("Strategiskt mål S1 b", "S1 Livskraft")
    assert not names_heading_code("Strategiskt mål S2 b", "S1 Livskraft")
    assert not names_heading_code("Tabell S1.2", "S1 Livskraft")
    assert counts_actions(["Mål i korthet", "Antal åtgärder"], [["Jobb", "4"], ["Språk", "2"]])
    assert not counts_actions(["Mål", "Antal åtgärder"], [["Jobb", "fyra nya"]])
    assert names_no_words("6 / år") and names_no_words("4 000 per år")
    assert not names_no_words("6 nya företag per år")


def test_goal_field_naming_whose_goal_it_is():
    assert goal_field("Målsättning för målgruppen: Alla barn kommer snabbt in i skolan.") == \
        ("Alla barn kommer snabbt in i skolan", None)
    assert goal_field("Målsättning för arbetsgivarna: Arbetsgivarna rekryterar fler.") == \
        ("Arbetsgivarna rekryterar fler", None)


def test_question_key_closed_starts_a_new_row():
    above = ["Vem ordnar ett inskrivningssamtal\nmed tolk för familjen?", "Skolans rektor", "tolkcentralen",
             "inom två veckor\nefter flytten"]
    row = ["Vem ger extra stöd i svenska i\nskolan?", "Grundskolan", "", "hela perioden"]
    assert not _continues_row(row, above)
    # a key cut mid-question still goes on
    assert _continues_row(["med tolk för familjen?", "", "", ""], ["Vem ordnar ett samtal", "Rektor", "", ""])


def test_target_group_programme_reads_goals_and_questions():
    x = _classify([
        _h("1. Barn och unga", 2),
        _p("Målsättning för målgruppen: Alla barn som flyttar hit kommer snabbt in i skola och fritid."),
        _t(["Fråga", "Vem gör?", "Tillsammans med", "När?"], [
            ["Vem ordnar ett inskrivningssamtal med tolk för familjen?", "Skolans rektor", "tolkcentralen",
             "inom två veckor efter flytten"],
            ["Vem ger extra stöd i svenska i skolan?", "Grundskolan", "", "hela perioden"]],
           caption="Vem gör vad? – Barn och unga"),
    ])
    assert [g.text for g in x.goals] == ["Alla barn som flyttar hit kommer snabbt in i skola och fritid"]
    assert [" ".join(m.text.split()) for m in x.measures] == [
        "Vem ordnar ett inskrivningssamtal med tolk för familjen?", "Vem ger extra stöd i svenska i skolan?"]
    assert [m.responsible for m in x.measures] == [["Skolans rektor"], ["Grundskolan"]]


def test_legend_saying_brackets_hold_the_target_group():
    from blocks_doc import bullets as _b
    blocks = [
        _h("1. Vuxna", 2),
        _p("Målsättning för målgruppen: Vuxna inflyttade hittar arbete inom två år."),
        _t(["Fråga", "Vem gör?", "Tillsammans med", "När?"], [
            ["Vem ordnar praktikplatser inom kommunen?", "Personalchefen", "", "2026"]]),
        _h("Hur följer vi upp?", 2),
        _p("Koordinatorn samlar in följande uppgifter varje år. Målgruppen inom parentes."),
        _b("antal praktikplatser inom kommunen (vuxna)", "antal kartläggningar (vuxna)"),
    ]
    assert sorted(i.text for i in _classify(blocks).indicators) == [
        "antal kartläggningar", "antal praktikplatser inom kommunen"]
    # without the legend a bracket is part of the meter as printed
    blocks[4] = _p("Koordinatorn samlar in följande uppgifter varje år.")
    assert sorted(i.text for i in _classify(blocks).indicators) == [
        "antal kartläggningar (vuxna)", "antal praktikplatser inom kommunen (vuxna)"]


def test_indicator_code_column_naming_areas_and_actions():
    from classifiers.code_reference_columns import code_reference_column
    coded = {"S1.1": "m1", "S1.4": "m4", "S3.1": "m9"}
    rows = [["S1", "Sysselsättningsgraden", "58 %"], ["S1.4", "Antal nya företag", "3"],
            ["S3", "Andel som upplever sig delaktiga", "41 %"]]
    assert code_reference_column(rows, {1: "indicator"}, coded) == 0
    # a column of area codes alone names no action
    assert code_reference_column([["S1", "a", "1"], ["S3", "b", "2"]], {1: "indicator"}, coded) is None
