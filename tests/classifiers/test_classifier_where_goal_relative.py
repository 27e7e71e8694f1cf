"""A goal noun right after a relative 'där' ('…, där målet är att …') states the aim of the
thing named before it (a definition's term, another plan), as 'vars mål är att …' does: no goal
of the programme's own."""

from classifiers.prose import is_goal_sentence


def test_where_clause_states_the_aim_of_the_thing_before_it():
    assert not is_goal_sentence("Delaktighet betyder ett samspel mellan föreningarna och kommunen, "
                                "där målet är att alla kan vara med i föreningslivet.", False)
    assert not is_goal_sentence("Planen bygger på kommunens näringslivsprogram, där målet är att "
                                "fler företag startas i kommunen.")
    assert not is_goal_sentence("Vi deltar i ett regionalt nätverk, där målsättningen är att "
                                "kommunerna delar med sig av sina erfarenheter.")


def test_goal_sentences_with_where_elsewhere_stay_goals():
    assert is_goal_sentence("Målet är att alla kan vara med i föreningslivet i kommunen.")
    assert is_goal_sentence("Målet är ett samhälle där alla kan vara med i föreningslivet.")
    assert is_goal_sentence("I Exempelby är målet att alla kan vara med i föreningslivet.")


def test_restrictive_where_clause_without_comma_still_states_a_goal():
    assert is_goal_sentence("Vi skapar en stad där målet är att alla föreningar har nya medlemmar.")
