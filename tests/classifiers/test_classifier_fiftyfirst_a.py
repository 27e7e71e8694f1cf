"""Fifty-first blind set (blind306, blind310, blind302) conventions, on made-up text: an
appendix action plan whose group rows hold a goal's label and number alone ('Mål 2', other
cells empty) over the actions of the goal the body printed 'Mål 2: …'; the same plan printed
as label-value cards, one of them the group's card opening the page after a break; and a
follow-up table keyed 'Målsättning N' whose meter or target starts in lower case."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.elements import Element, _add_table, _continues_row
from classifiers.goal_lookup import _GROUP_GOAL_NUMBER_RE
from extractors.model import Table


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- group rows 'Mål N' alone over the actions of the body's goal N ----------------------

def _appendix_plan(label: str = "Mål"):
    return _classify([
        _h("Integrationsprogram för Ekvik 2026–2029", 1),
        _h("3 Våra mål", 2),
        _h("3.1 Arbete", 3),
        _p(f"{label} 1: Fler inflyttade hittar ett arbete i närområdet."),
        _h("3.2 Skola och fritid", 3),
        _p(f"{label} 2: Alla barn deltar i en fritidsaktivitet."),
        _p(f"{label} 3: Föräldrarna känner till skolans vardag."),
        _h("Bilaga 1. Handlingsplan", 2),
        _t("", ["Åtgärd", "Ansvarig", "Tidtabell", "Uppföljning"], [
            [f"{label} 1", "", "", ""],
            ["Arbetsgivarträffar ordnas i bibliotekets sal", "näringslivsenheten", "2026", "antal träffar"],
            ["Praktikplatser erbjuds i kommunens kök", "kostservicen", "från 2027", ""],
            [f"{label} 2", "", "", ""],
            ["Fritidspass delas ut till skolbarn", "fritidsenheten", "årligen", "antal utdelade pass"],
            [f"{label} 3", "", "", ""],
            ["Föräldrakvällar ordnas på hösten", "skolorna", "varje höst", ""],
        ]),
    ])


def test_group_rows_with_a_goal_label_and_number_alone_name_the_body_goals():
    got = _appendix_plan()
    goals = [_sq(g.text) for g in got.goals]
    assert len(goals) == 3  # no goal of the group rows' own
    by_goal = {_sq(m.text): goals[[g.id for g in got.goals].index(m.goal)] if m.goal else None
               for m in got.measures}
    assert by_goal == {
        "Arbetsgivarträffar ordnas i bibliotekets sal": goals[0],
        "Praktikplatser erbjuds i kommunens kök": goals[0],
        "Fritidspass delas ut till skolbarn": goals[1],
        "Föräldrakvällar ordnas på hösten": goals[2],
    }


def test_goal_label_varies_målsättning():
    got = _appendix_plan("Målsättning")
    assert len(got.goals) == 3
    assert all(m.goal for m in got.measures)
    last = next(m for m in got.measures if _sq(m.text).startswith("Föräldrakvällar"))
    assert last.goal == got.goals[2].id


def test_group_goal_number_reads_main_goal_labels_only():
    assert _GROUP_GOAL_NUMBER_RE.match("Mål 2")
    assert _GROUP_GOAL_NUMBER_RE.match("Målsättning 12:")
    assert not _GROUP_GOAL_NUMBER_RE.match("Delmål 2")  # a sub-goal's number is no main goal's
    assert not _GROUP_GOAL_NUMBER_RE.match("Mål 2029")
    assert not _GROUP_GOAL_NUMBER_RE.match("Mål 2 uppnås")


# ---- label-value cards: the group's card after a page break -------------------------------

def test_a_card_opening_with_the_cards_first_label_after_a_page_break_is_no_header():
    out: list[Element] = []
    _add_table(out, Table(rows=[["Åtgärder", "Läxhjälp ordnas på biblioteket"], ["Ansvarig aktör", "skolorna"],
                                ["Tidsplan", "2026"]], header_rows=0), 1)
    _add_table(out, Table(rows=[["Åtgärder", "Mål 2"], ["Ansvarig aktör", "skolorna"], ["Tidsplan", "2026"]],
                          header_rows=0), 2, first_on_page=True, continued=True)
    rows = out[-1].table.rows
    assert ["Åtgärder", "Mål 2"] in rows
    assert len(rows) == 6


def test_a_header_printed_again_after_a_page_break_is_still_dropped():
    out: list[Element] = []
    _add_table(out, Table(rows=[["Åtgärd", "Ansvar"], ["Läxhjälp ordnas", "skolorna"]], header_rows=1), 1)
    _add_table(out, Table(rows=[["Åtgärd", "Ansvar"], ["Simskola ordnas", "fritidsenheten"]], header_rows=1), 2,
               first_on_page=True, continued=True)
    assert out[-1].table.rows == [["Åtgärd", "Ansvar"], ["Läxhjälp ordnas", "skolorna"],
                                  ["Simskola ordnas", "fritidsenheten"]]


# ---- a follow-up table keyed 'Målsättning N' ------------------------------------------------

def test_goal_key_filled_anew_is_a_row_of_its_own():
    above = ["Målsättning 2", "antal deltagare i kursen", "30"]
    assert not _continues_row(["Målsättning 3", "väntetid till första kursen", "högst en månad"], above)
    # the same key again is no new key by this rule (a cut row leaves its key empty or repeats it)
    assert _continues_row(["", "väntetid till första kursen", "högst en månad"], above)


def test_follow_up_table_keyed_by_goal_gives_one_indicator_a_row():
    got = _classify([
        _h("Integrationsprogram för Ekvik 2026–2029", 1),
        _h("3 Mål och åtgärder", 2),
        _h("Målsättning 1: Fler inflyttade hittar ett arbete", 3),
        _p("Kommunen ordnar arbetsgivarträffar."),
        _h("Målsättning 2: Alla vuxna får undervisning i svenska", 3),
        _p("Kommunen ordnar kvällskurser."),
        _h("Målsättning 3: Alla barn deltar i en fritidsaktivitet", 3),
        _p("Kommunen delar ut fritidspass."),
        _h("4 Uppföljning", 2),
        _t("Mätare och målnivåer", ["Målsättning", "Mätare", "Målnivå 2029"], [
            ["Målsättning 1", "antal träffar per år", "4"],
            ["Målsättning 2", "väntetid till första kursen", "högst en månad"],
            ["Målsättning 3", "andel barn med en fritidsaktivitet", "80 %"],
        ]),
    ])
    assert [_sq(i.text) for i in got.indicators] == [
        "antal träffar per år", "väntetid till första kursen", "andel barn med en fritidsaktivitet"]
    assert len(got.goals) == 3
    goal_of = {_sq(i.text): i.goals for i in got.indicators}
    assert goal_of["väntetid till första kursen"] == [got.goals[1].id]
