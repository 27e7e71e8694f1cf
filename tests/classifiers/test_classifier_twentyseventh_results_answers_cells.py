"""Conventions of the twenty-seventh blind set (blind160–162): the goal labelled as the
result aimed at ('Önskat resultat: ...'). Made-up text in those conventions."""

from classifiers.reader_shared import goal_field


def test_desired_result_is_a_goal_label():
    # 'Önskat resultat:' names the goal as 'Önskat läge:' does
    assert goal_field("Önskat resultat: Fler unga fullföljer andra stadiet.") == (
        "Fler unga fullföljer andra stadiet", None)
    assert goal_field("Eftersträvat resultat 2028: Alla nyinflyttade hittar en bostad.") == (
        "Alla nyinflyttade hittar en bostad", None)
    # a result that was reached is a report, not a goal
    assert goal_field("Resultat: 40 deltagare fick arbete.") is None
