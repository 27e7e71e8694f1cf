"""`sections_in_goal_order.pair_sections_with_goals` on made-up minutes: a goal list adopted
as one list, then one '§' section of decided actions per goal in the same order. The actions
came in linked to every goal of the list; the order and the headings' words pair each section
with one goal."""

from classifiers.model import Goal, Measure, Section
from classifiers.sections_in_goal_order import pair_sections_with_goals

_GOALS = [
    ("g1", "Nyinflyttade får en välkomstträff och en serviceguide under första månaden"),
    ("g2", "Vuxna invandrare får språkstudier och arbete inom två år"),
    ("g3", "Barnfamiljer deltar i föreningarnas fritidsverksamhet"),
]
_SECTIONS = [
    ("s1", "§ 12 Välkomstsamtal och serviceguide för nyinflyttade"),
    ("s2", "§ 13 Språk och arbete"),
    ("s3", "§ 14 Fritid för barnfamiljer"),
]


def _minutes(headings=_SECTIONS, goals=_GOALS):
    gs = [Goal(id=i, text=t, theme="Programmets mål") for i, t in goals]
    secs = [Section(id=i, heading=h, level=2) for i, h in headings]
    listed = [g.id for g in gs]
    ms = [Measure(id=f"m{k}", text=f"Åtgärd {k}", goals=list(listed), section=s.id)
          for k, s in enumerate(secs * 2)]
    return gs, ms, secs


def test_each_section_serves_the_goal_of_its_rank_and_titles_it():
    gs, ms, secs = _minutes()
    pair_sections_with_goals(gs, ms, secs)
    assert {m.section: (m.goal, tuple(m.goals)) for m in ms} == {
        "s1": ("g1", ("g1",)), "s2": ("g2", ("g2",)), "s3": ("g3", ("g3",))}
    assert [g.theme for g in gs] == [
        "Välkomstsamtal och serviceguide för nyinflyttade", "Språk och arbete", "Fritid för barnfamiljer"]


def test_sections_that_do_not_speak_of_their_goal_keep_every_goal():
    # the second section's heading shares no word with the second goal: the order alone
    # is no evidence, so nothing is paired
    heads = [_SECTIONS[0], ("s2", "§ 13 Kulturhusets öppettider"), _SECTIONS[2]]
    gs, ms, secs = _minutes(headings=heads)
    pair_sections_with_goals(gs, ms, secs)
    assert all(m.goals == ["g1", "g2", "g3"] for m in ms)
    assert {g.theme for g in gs} == {"Programmets mål"}


def test_fewer_sections_than_goals_keep_every_goal():
    gs, ms, secs = _minutes(headings=_SECTIONS[:2])
    pair_sections_with_goals(gs, ms, secs)
    assert all(m.goals == ["g1", "g2", "g3"] for m in ms)


def test_goals_of_different_themes_are_not_one_list():
    gs, ms, secs = _minutes()
    gs[2].theme = "Fritid"
    pair_sections_with_goals(gs, ms, secs)
    assert all(m.goals == ["g1", "g2", "g3"] for m in ms)
