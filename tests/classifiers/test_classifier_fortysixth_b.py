"""Forty-sixth blind set (blind272, blind274) conventions, on made-up text: goal headings
'Mål: <goal>' without a number, with 'Tyngdpunkt: <sub-goal>' headings under one of them; a
follow-up table keyed by goal numbers and focus letters ('Mätare | Mål | Källa': '1', '2a',
'2b', '3'); a place's name that opens with 'Mäl-' heading its statistics; and a company's
name wrapped after its genitive in a narrow cell ('Norrviks' / 'Hyresbostäder Ab')."""

import pytest
from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.cells import split_lines_items
from classifiers.headers import header_roles
from classifiers.prose import heading_kind, labelled_goal_heading


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_METERS = _t("Tabell 3. Mätare", ["Mätare", "Mål", "Källa", "Utgångsläge 2024"], [
    ["antal praktikplatser för nyinflyttade", "1", "personalenheten", "12"],
    ["andel barn i förskolan med annat modersmål", "2a", "förskolorna", "64 %"],
    ["andel elever med annat modersmål som får gymnasieplats", "2b", "gymnasiet", "81 %"],
    ["antal deltagare i vänverksamheten", "3", "fritidsbyrån", "–"],
    ["antal besök vid infopunkten", "3", "medborgarservicen", "40"],
])


def _plan(goal_label="Mål", focus_label="Tyngdpunkt", table=None):
    blocks = [
        _h("Integrationsplan för Norrvik 2026–2029", 1),
        _h("3 Mål och åtgärder", 2),
        _h("3.1 Arbete", 2),
        _h(f"{goal_label}: Fler nyinflyttade får arbete inom ett år", 3),
        _p("Åtgärder:"),
        _b("Praktikplatser i kommunens egna enheter. Ansvarig: personalenheten. Tid: från 2026.",
           "Jobbcafé på biblioteket varje månad. Ansvarig: biblioteket. Samarbete: arbetskraftsservicen. Tid: 2026–2029."),
        _h("3.2 Skola", 2),
        _h(f"{goal_label}: Barn med annat modersmål klarar skolan som andra barn", 3),
        _p("Målet har två tyngdpunkter."),
        _h(f"{focus_label}: Språket stärks redan i förskolan", 4),
        _p("Åtgärder:"),
        _b("Sagostunder på flera språk i förskolorna. Ansvarig: förskolorna. Tid: varje vecka."),
        _h(f"{focus_label}: Övergången till gymnasiet lyckas", 4),
        _p("Åtgärder:"),
        _b("Studiehandledning i årskurs 9. Ansvarig: högstadiet. Tid: varje läsår."),
        _h("3.3 Fritid", 2),
        _h(f"{goal_label}: Alla invånare känner sig hemma i Norrvik", 3),
        _p("Åtgärder:"),
        _b("Vänverksamhet där nya och gamla invånare träffas. Ansvarig: fritidsbyrån. Tid: 2026–2029."),
    ]
    if table is not None:
        blocks += [_h("4 Uppföljning", 2), table,
                   _p("Numreringen i tabellen följer ordningen i kapitel 3.")]
    return _classify(blocks)


def test_unnumbered_goal_headings_and_their_focus_headings_are_goals_and_sub_goals():
    got = _plan()
    texts = [_sq(g.text) for g in got.goals]
    assert texts == ["Fler nyinflyttade får arbete inom ett år",
                     "Barn med annat modersmål klarar skolan som andra barn",
                     "Språket stärks redan i förskolan",
                     "Övergången till gymnasiet lyckas",
                     "Alla invånare känner sig hemma i Norrvik"]
    by_id = {g.id: g for g in got.goals}
    parent = {_sq(g.text)[:10]: (_sq(by_id[g.parent].text)[:10] if g.parent else None) for g in got.goals}
    assert parent == {"Fler nyinf": None, "Barn med a": None, "Språket st": "Barn med a",
                      "Övergången": "Barn med a", "Alla invån": None}
    goal_of = [_sq(by_id[m.goal].text)[:10] for m in got.measures]
    assert goal_of == ["Fler nyinf", "Fler nyinf", "Språket st", "Övergången", "Alla invån"]
    assert [g.theme for g in got.goals] == ["Arbete", "Skola", "Skola", "Skola", "Fritid"]


@pytest.mark.parametrize("label", ["Målsättning", "Delmål", "MÅL"])
def test_other_goal_labels_head_goals_so_too(label):
    got = _plan(goal_label=label, focus_label="Delmål" if label != "Delmål" else "Tyngdpunkt")
    assert "Fler nyinflyttade får arbete inom ett år" in [_sq(g.text) for g in got.goals]
    assert len(got.goals) == 5


@pytest.mark.parametrize("heading", ["Tvärgående målsättning: kommunen som arbetsgivare",
                                     "Mål: arbete", "Mål och åtgärder: Arbete", "Mål:"])
def test_a_qualified_label_or_a_lower_case_area_is_no_labelled_goal(heading):
    assert labelled_goal_heading(heading) is None


def test_a_follow_up_table_keyed_by_goal_numbers_and_focus_letters_keeps_its_rows():
    got = _plan(table=_METERS)
    assert [_sq(i.text) for i in got.indicators] == [_sq(r[0]) for r in _METERS["rows"]]
    # the key column states no goals, and the meters follow goals, not actions
    assert len(got.goals) == 5
    assert all(i.measure is None for i in got.indicators)


def test_a_place_opening_with_mal_heads_no_goal():
    assert header_roles("Mälsvik i siffror") == []
    assert heading_kind("Mälsvik i siffror") is None
    assert heading_kind("Målsättningar") == "goal"
    got = _classify([
        _h("Integrationsprogram för Mälsvik 2026–2029", 1),
        _h("Mälsvik i siffror", 2),
        _p("Källa: Statistikcentralen och kommunens egna uppgifter."),
        _h("Mål och åtgärder", 2),
        _p("Målsättningar:"),
        _b("Alla nyinflyttade får arbete eller studieplats inom två år"),
    ])
    assert [_sq(g.text) for g in got.goals] == ["Alla nyinflyttade får arbete eller studieplats inom två år"]


def test_a_genitive_alone_on_its_line_goes_on_to_the_name_it_owns():
    assert split_lines_items("Norrviks\nHyresbostäder Ab", 19) == ["Norrviks Hyresbostäder Ab"]
    # a name that ends in -s of its own, with the next name fitting beside it: two names
    assert split_lines_items("Pargas\nVasa stad", 19) == ["Pargas", "Vasa stad"]
    # ... and one before a unit in its definite form, which takes no genitive: two
    assert split_lines_items("Norrviks\nUngdomstjänsterna", 19) == ["Norrviks", "Ungdomstjänsterna"]
