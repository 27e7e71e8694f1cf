"""Conventions of the twenty-seventh blind set (blind160–162): the goal labelled as the
result aimed at ('Önskat resultat: ...'). Made-up text in those conventions."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.reader_shared import goal_field


def test_desired_result_is_a_goal_label():
    # 'Önskat resultat:' names the goal as 'Önskat läge:' does
    assert goal_field("Önskat resultat: Fler unga fullföljer andra stadiet.") == (
        "Fler unga fullföljer andra stadiet", None)
    assert goal_field("Eftersträvat resultat 2028: Alla nyinflyttade hittar en bostad.") == (
        "Alla nyinflyttade hittar en bostad", None)
    # a result that was reached is a report, not a goal
    assert goal_field("Resultat: 40 deltagare fick arbete.") is None


def test_followed_up_through_as_one_verb_labels_indicators():
    from classifiers.headers import header_role
    # 'Uppföljs genom:' is 'Följs upp genom:' with the particle joined to the verb
    assert header_role("Uppföljs genom") == "indicator"
    assert header_role("Följs upp genom") == "indicator"
    x = _classify([
        _h("Kommunens mål", 1),
        _h("1. Hälsa", 2),
        _p("Mål: Alla nya invånare vet hur de får vård."),
        _p("Uppföljs genom: antal besök på hälsorådgivningen; andel som känner till jourens nummer."),
    ])
    assert [i.text for i in x.indicators] == ["antal besök på hälsorådgivningen",
                                             "andel som känner till jourens nummer"]
    assert all(i.goal == x.goals[0].id and i.measure is None for i in x.indicators)
