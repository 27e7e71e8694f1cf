"""Conventions of the sixth blind set (tests/data/blind_programs, blind31-blind36), on made-up
text: measures printed as the deepest headings of a decimal outline, each with a description
and a pipe-separated fact line; a summary table that names the actions by number only."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- measures as level-3 headings with a fact line ------------------------------------------

def _outline():
    return [
        _h("3 Bakgrund", 1),
        # a numbered heading over prose only: no action
        _h("3.1 Befolkningen växer", 2),
        _p("Antalet invånare med främmande modersmål har fördubblats på tio år."),
        _h("5 Hälsa och boende", 1),
        _h("5.1 Nyinflyttade familjer trivs i sina bostadsområden", 2),
        _h("5.1.1 Grannskapsvärdar i hyreshusen", 3),
        _p("Värdarna hälsar nya hyresgäster välkomna och berättar om husets regler."),
        _p("Ansvar: Bostadsbolaget Hemmet | Samarbete: Röda korset, hyresgästföreningen | "
           "Tid: 2025–2026 | Mätare: antal hembesök"),
        _h("5.1.2 Sommarläger för barn i förorterna", 3),
        _p("Lägren ordnas på stadens lägergård."),
        _p("Ansvar: Ungdomstjänsterna | Tid: somrarna 2025–2027"),
        _h("5.2 Hälsotjänsterna når alla nya invånare", 2),
        _h("5.2.1 Hälsokontroll på invandrarens eget språk", 3),
        _p("Kontrollen görs inom tre månader efter flytten."),
        _p("Ansvar: Välfärdsområdets hälsovård i samarbete med tolkcentralen | Tid: fortlöpande | "
           "Mätare: andel nyinflyttade som fått en kontroll"),
        _h("6 Sammandrag", 1),
        _t(["Tema", "Mål", "Åtgärder"],
           [["Hälsa och boende", "Nyinflyttade familjer trivs i sina bostadsområden", "5.1.1–5.1.2"],
            ["Hälsa och boende", "Hälsotjänsterna når alla nya invånare", "5.2.1"]],
           caption="Tabell 3. Målen i sammandrag"),
    ]


def test_numbered_headings_with_a_fact_line_are_measures_of_the_goal_heading_above():
    x = _classify(_outline())
    assert [m.text.split(" ", 1)[1] if m.text[0].isdigit() else m.text for m in x.measures] == [
        "Grannskapsvärdar i hyreshusen", "Sommarläger för barn i förorterna",
        "Hälsokontroll på invandrarens eget språk"]
    goals = {g.id: g.text for g in x.goals}
    assert [goals[m.goal] for m in x.measures] == [
        "Nyinflyttade familjer trivs i sina bostadsområden", "Nyinflyttade familjer trivs i sina bostadsområden",
        "Hälsotjänsterna når alla nya invånare"]
    assert [m.responsible for m in x.measures] == [
        ["Bostadsbolaget Hemmet"], ["Ungdomstjänsterna"], ["Välfärdsområdets hälsovård"]]
    assert [m.schedule for m in x.measures] == ["2025–2026", "somrarna 2025–2027", "fortlöpande"]
    assert {i.text: i.measure for i in x.indicators} == {
        "antal hembesök": x.measures[0].id,
        "andel nyinflyttade som fått en kontroll": x.measures[2].id}
    # the description is no part of the measure
    assert not any("Värdarna" in m.text for m in x.measures)


def test_a_fact_line_without_a_field_leaves_it_empty_not_the_card_above():
    x = _classify(_outline())
    assert [m.partners for m in x.measures] == [
        ["Röda korset", "hyresgästföreningen"], [], ["tolkcentralen"]]


def test_a_summary_naming_the_actions_by_number_adds_no_measure():
    x = _classify(_outline())
    assert len(x.measures) == 3
    assert not any(any(ch.isdigit() for ch in m.text) and not any(ch.isalpha() for ch in m.text)
                   for m in x.measures)
    assert sorted(g.text for g in x.goals) == ["Hälsotjänsterna når alla nya invånare",
                                               "Nyinflyttade familjer trivs i sina bostadsområden"]


def test_a_numbered_heading_over_prose_and_a_follow_up_line_is_no_action():
    x = _classify([
        _h("4 Uppföljning", 1),
        _h("4.1 Rapportering till nämnden", 2),
        _p("Nämnden får en rapport varje höst."),
        _p("Mätare: antal rapporter"),
    ])
    assert x.measures == []
