"""The hundred-and-first set (blind601–blind606): a goal heading tagged in a closing bracket
with a labelled cross-reference ('(Agenda 2030: mål 4)'), and an action table numbering its
actions by their goal's own number and a letter ('1.1 a'), made-up text."""

from __future__ import annotations

from blocks_doc import classify_blocks as _classify
from blocks_doc import heading as _h
from blocks_doc import paragraph as _p

from classifiers.goal_lookup import GoalLookup
from classifiers.text import normalize_for_match


def _goal_cards(first, second):
    return _classify([_h("4 Mål och åtgärder", 1), _h("Tema 1: Arbete", 2),
                      _h(first, 3),
                      _p("Åtgärd: Språkcafé på biblioteket varje vecka"), _p("Ansvar: biblioteket"),
                      _h(second, 3),
                      _p("Åtgärd: Praktikplatser i kommunens enheter"), _p("Ansvar: personalenheten")])


def test_a_labelled_cross_reference_closing_a_goal_heading_is_no_part_of_the_goal():
    x = _goal_cards("Mål 1: Nyinflyttade lär sig svenska snabbare (Strategi: Det växande Ekby)",
                    "Mål 2: Fler nyinflyttade får arbete (Hållbarhetsmål: 8)")
    assert [normalize_for_match(g.text) for g in x.goals] == [
        "nyinflyttade lär sig svenska snabbare", "fler nyinflyttade får arbete"]
    assert [m.goal for m in x.measures] == [g.id for g in x.goals]


def test_a_labelled_cross_reference_left_open_by_a_wrapped_heading_is_dropped_too():
    x = _goal_cards("Mål 1: Nyinflyttade lär sig svenska snabbare (Strategi: Det växande",
                    "Mål 2: Fler nyinflyttade får arbete")
    assert normalize_for_match(x.goals[0].text) == "nyinflyttade lär sig svenska snabbare"


def test_a_plain_closing_bracket_stays_with_the_goal():
    # a bracket without a label and colon is the goal's own words
    x = _goal_cards("Mål 1: Nyinflyttade lär sig svenska snabbare (även de äldre)",
                    "Mål 2: Fler nyinflyttade får arbete")
    assert normalize_for_match(x.goals[0].text) == "nyinflyttade lär sig svenska snabbare (även de äldre)"


class _NumberedGoals:
    """The goals a goal list numbered, by number (the one lookup the rule reads)."""

    def __init__(self, numbered):
        self.numbered = numbered

    def goal_by_number(self, number):
        return self.numbered.get(number)


def test_actions_lettered_under_their_goals_own_numbers_serve_those_goals():
    # an action table whose 'Nr' letters each action under its goal's own number ('1.1 a',
    # '2.1 b'), the goals listed numbered '1.1', '1.2', '2.1' before: the number names the goal
    lookup = _NumberedGoals({"1.1": "g1", "1.2": "g2", "2.1": "g3"})
    rows = [["1.1 a", "Arbetsprövning i kommunens enheter", "Personalenheten"],
            ["1.1 b", "Jobbmässa varje vår", "Näringslivsenheten"],
            ["1.2 a", "Handledarutbildning för arbetsgivare", "Näringslivsenheten"],
            ["2.1a", "Läxhjälp två kvällar i veckan", "Bildningsenheten"]]
    roles = {1: "measure", 2: "responsible"}
    assert GoalLookup.goals_of_action_numbers(lookup, rows, roles, 1) == {0: "g1", 1: "g1", 2: "g2", 3: "g3"}
    # numbers naming no goal listed so, or one goal only: nothing read
    assert GoalLookup.goals_of_action_numbers(_NumberedGoals({"1.1": "g1"}), rows[:2], roles, 1) == {}
