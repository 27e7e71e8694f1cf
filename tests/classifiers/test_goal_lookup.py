"""The goal look-ups (classifiers/goal_lookup.py) on made-up goals: which goal read so far a
cell, heading or number names."""

from classifiers.builder import Built

from classifiers.reader_shared import _theme_key
from classifiers.elements import Element
from classifiers.goal_lookup import GoalLookup, bare_code, bare_number, goals_carried_into
from classifiers.model import Goal, Section


class _Reader:
    """The containers a builder keeps, with a lookup over them and an `add_goal` that records
    what it was asked to add."""

    def __init__(self, goals: list[Goal], sections: list[Section] = (), from_table: set[str] = frozenset()):
        self.built = Built(sections=list(sections), goals=list(goals), goal_from_table=set(from_table))
        self.numbered: dict[str, str] = {}
        self.coded: dict[str, str] = {}
        self.headed: dict[str, str] = {}
        self.items: dict[str, tuple[str, int, str | None]] = {}
        self.added: list[tuple[str, int, str | None]] = []
        self.lookup = GoalLookup(self.built, numbered_goals=self.numbered, coded_goals=self.coded,
                                 goal_heading_numbers=self.headed, coded_items=self.items,
                                 add_goal=self._add_goal, theme_key=_theme_key)

    def _add_goal(self, text: str, page: int, theme: str | None = None) -> str:
        gid = f"g{len(self.built.goals) + 1}"
        self.built.goals.append(Goal(id=gid, text=text, theme=theme, page=page))
        self.added.append((text, page, theme))
        return gid


def _g(gid: str, text: str, **kw) -> Goal:
    return Goal(id=gid, text=text, **kw)


def test_bare_number_and_code_are_a_number_or_code_alone():
    assert bare_number(" 3. ") == "3"
    assert bare_number("2.1") == "2.1"
    assert bare_number("3 Arbete") is None
    assert bare_code("B2") == "B2"
    assert bare_code("B2 alla barn") is None


def test_a_number_alone_names_the_goal_listed_coded_or_headed_so():
    r = _Reader([_g("g1", "Fler i arbete"), _g("g2", "Alla lär sig svenska"), _g("g3", "Barn trivs")])
    r.numbered["1"] = "g1"
    r.coded["2"] = "g2"
    r.headed["3"] = "g3"
    assert r.lookup.goal_by_number("1") == "g1"
    assert r.lookup.goal_by_number("2.") == "g2"
    assert r.lookup.goal_by_number(" 3 ") == "g3"
    assert r.lookup.goal_by_number("4") is None
    assert r.lookup.goal_by_number("1 Arbete") is None  # words after it: no number alone


def test_a_code_names_a_coded_list_item_read_as_nothing_which_becomes_that_goal_once():
    r = _Reader([])
    r.items["A1"] = ("alla barn deltar i hobbyer", 4, "Barn och unga")
    gid = r.lookup.goal_by_number("A1")
    assert gid is not None
    assert r.added == [("alla barn deltar i hobbyer", 4, "Barn och unga")]
    assert r.numbered["A1"] == gid and "A1" not in r.items
    assert r.lookup.goal_by_number("A1") == gid  # the second reference is the same goal
    assert len(r.added) == 1
    assert r.lookup.goal_by_number("A2") is None


def test_a_number_and_short_form_of_the_words_name_the_numbered_goal():
    r = _Reader([_g("g1", "Psykisk ohälsa och trauma upptäcks och behandlas i tid"),
                 _g("g2", "Invandrare i regionen får en snabb och samordnad start")])
    r.numbered.update({"1.2": "g1", "1": "g2"})
    assert r.lookup.goal_by_short_name("1.2 Psykisk ohälsa upptäcks i tid") == "g1"  # opens as the goal
    assert r.lookup.goal_by_short_name("1. Snabb och samordnad start") == "g2"  # a short name
    # a numbered cell stating a goal at length is a goal of its own
    assert r.lookup.goal_by_short_name(
        "1. Alla nya invånare i regionen får en snabb start i arbetslivet och i skolan") is None
    assert r.lookup.goal_by_short_name("7. Snabb start") is None  # no goal numbered so


def test_mal_and_a_number_name_the_goal_printed_with_that_label():
    r = _Reader([_g("g1", "Mål 2. Fler vuxna har arbete"), _g("g2", "Mål 3: Barn trivs i skolan")])
    assert r.lookup.goal_labelled("3") == "g2"
    assert r.lookup.goal_labelled("2") == "g1"
    assert r.lookup.goal_labelled("4") is None


def _chapters() -> _Reader:
    sections = [Section(id="s1", number="3", heading="3 Arbete och utbildning", level=1),
                Section(id="s2", number="4", heading="4 Barn och unga", level=1),
                Section(id="s3", number="4.1", heading="4.1 Skolan", level=2)]
    goals = [_g("g1", "Fler vuxna har arbete", section="s1", theme="Arbete och utbildning"),
             _g("g2", "Barn och unga trivs", section="s2", theme="Barn och unga"),
             _g("g3", "Alla elever klarar skolan", section="s3", theme="Barn och unga"),
             _g("g4", "Delmål: fler har en hobby", section="s2", theme="Barn och unga", parent="g2"),
             _g("g5", "En tabellrad", section="s2", theme="Barn och unga")]
    return _Reader(goals, sections, from_table={"g5"})


def test_goals_of_a_theme_are_the_top_level_goals_it_names_spaces_aside():
    r = _chapters()
    assert r.lookup.goals_of_theme("ARBETE OCH\nUTBILDNING") == ["g1"]
    assert r.lookup.goals_of_theme("Arbete och utbildnin g") == ["g1"]  # a narrow cell's break
    assert r.lookup.goals_of_theme("Barn och unga") == ["g2", "g3", "g5"]  # no sub-goal g4
    # a section's number: the goals stated in it, none of its tables' rows
    assert r.lookup.goals_of_theme("4") == ["g2"]
    assert r.lookup.goals_of_theme("Boende") == []


def test_a_chapter_title_names_the_one_goal_its_own_text_states():
    r = _chapters()
    assert r.lookup.goal_by_theme("Arbete och utbildning.") == "g1"
    # several top-level goals take the theme: the one stated under the heading so named
    # (g3 is a sub-heading's, g5 a table row's)
    assert r.lookup.goal_by_theme("Barn och unga") == "g2"
    assert r.lookup.goal_by_theme("Mål 4. Barn och unga") == "g2"
    assert r.lookup.goal_by_theme("Boende") is None
    assert r.lookup.goal_by_theme(" : ") is None


def test_a_group_row_names_a_goal_by_its_number_and_chapter_name():
    r = _chapters()
    assert r.lookup.goal_named_by_number("1.5 Mål 2. Barn och unga") == "g2"
    assert r.lookup.goal_named_by_number("Barn och unga") is None  # no 'Mål <n>' before it
    assert r.lookup.goal_named_by_number("Mål 2. Boende") is None  # no chapter so named


def test_a_goal_restated_in_the_same_words_is_that_goal():
    r = _Reader([_g("g1", "Fler vuxna har arbete."), _g("g2", "Barn trivs")])
    assert r.lookup.goal_by_text("fler  vuxna har ARBETE") == "g1"
    assert r.lookup.goal_by_text("Fler vuxna har arbete i kommunen") is None
    assert r.lookup.goal_by_text("") is None


def test_a_goal_field_names_its_goal_by_words_or_by_its_chapter():
    r = _chapters()
    assert r.lookup.goal_named_by_field("Alla elever klarar skolan.") == "g3"
    assert r.lookup.goal_named_by_field("Arbete och utbildning.") == "g1"
    assert r.lookup.goal_named_by_field("Fler har en bostad") is None


def test_a_short_label_holding_the_goals_longer_words_names_it():
    r = _Reader([_g("g1", "Fler vuxna invandrare talar svenska och har arbete"),
                 _g("g2", "Kommunens service når alla nya invånare"),
                 _g("g3", "Svenska och arbete för alla unga vuxna invandrare", )],
                from_table={"g3"})
    assert r.lookup.goal_by_words("Svenska och arbete") == "g1"  # g3, a table row, is no name
    assert r.lookup.goal_by_words("Servicen når alla") == "g2"  # an inflection aside
    assert r.lookup.goal_by_words("Boende och arbete") is None
    # no shorter than the goal: a goal of its own, no label
    assert r.lookup.goal_by_words("Kommunens service når alla nya invånare") is None


def test_a_short_label_several_goals_hold_names_none():
    r = _Reader([_g("g1", "Fler vuxna talar svenska i arbetet"), _g("g2", "Fler barn talar svenska i skolan")])
    assert r.lookup.goal_by_words("Talar svenska") is None


def test_an_action_number_lifts_an_item_to_the_parent_of_the_goal_in_scope_only():
    r = _Reader([_g("g4", "Mål 4"), _g("g41", "Delmål 4.1", parent="g4"), _g("g5", "Mål 5")])
    r.coded.update({"4": "g4", "4.1": "g41", "5": "g5"})
    assert r.lookup.goals_by_action_number("4.2", ["g41"]) == ["g4"]  # after 4.1.1, 4.1.2
    assert r.lookup.goals_by_action_number("4.1.3", ["g41"]) == ["g41"]  # its own sub-goal's
    # a number naming a goal outside the family in scope: a chapter's numbering
    assert r.lookup.goals_by_action_number("5.1", ["g41"]) == ["g41"]
    assert r.lookup.goals_by_action_number("4.2", ["g41", "g5"]) == ["g41", "g5"]
    assert r.lookup.goals_by_action_number("4", ["g41"]) == ["g41"]
    assert r.lookup.goals_by_action_number(None, ["g41"]) == ["g41"]


def _numbered_goals() -> _Reader:
    r = _Reader([_g("g3", "Vi vill att fler har arbete"), _g("g4", "Vi vill att barn trivs"),
                 _g("g31", "Fler unga har arbete")])
    r.numbered.update({"3": "g3", "4": "g4"})
    return r


def test_a_number_column_names_each_rows_goal_across_two_goals():
    r = _numbered_goals()
    rows = [["3.1", "Jobbmässa", "Kommunen"], ["3.2", "Mentorer", "Företagarna"], ["4.1", "Läxhjälp", "Skolan"]]
    assert r.lookup.goals_of_action_numbers(rows, {1: "measure", 2: "responsible"}, 1) == {0: "g3", 1: "g3", 2: "g4"}


def test_action_cells_opening_with_a_number_name_their_goals():
    r = _numbered_goals()
    rows = [["3.1. Bostadsguide för nya", "Kommunen"], ["4.1 Läxhjälp", "Skolan"], ["Språkkafé", "Biblioteket"]]
    assert r.lookup.goals_of_action_numbers(rows, {0: "measure", 1: "responsible"}, 0) == {0: "g3", 1: "g4"}


def test_a_letter_led_code_of_goal_and_action_numbers_names_each_rows_goal():
    # 'Å2.1' beside goals headed 'Mål 3: …', 'Mål 4: …': the digits name the goal
    r = _numbered_goals()
    rows = [["Å3.1", "Jobbmässa", "Kommunen"], ["Å3.2", "Mentorer", "Kommunen"], ["Å4.1", "Läxhjälp", "Skolan"]]
    assert r.lookup.goals_of_action_numbers(rows, {1: "measure", 2: "responsible"}, 1) == {0: "g3", 1: "g3", 2: "g4"}
    # 'B1-1' beside goals coded 'B1 …', 'B2 …': the head is the goal's code
    r = _Reader([_g("g1", "Fler har arbete"), _g("g2", "Barn trivs")])
    r.numbered.update({"B1": "g1", "B2": "g2"})
    rows = [["B1-1", "Jobbmässa"], ["B2-1", "Läxhjälp"], ["B2-2", "Språkkafé"]]
    assert r.lookup.goals_of_action_numbers(rows, {1: "measure"}, 1) == {0: "g1", 1: "g2", 2: "g2"}
    # a code naming no goal read: nothing
    assert r.lookup.goals_of_action_numbers([["B1-1", "Jobbmässa"], ["B7-1", "Läxhjälp"]], {1: "measure"}, 1) == {}


def test_numbers_of_one_goal_or_of_goals_themselves_name_none():
    r = _numbered_goals()
    roles = {1: "measure"}
    one_chapter = [["3.1", "Jobbmässa"], ["3.2", "Mentorer"]]
    assert r.lookup.goals_of_action_numbers(one_chapter, roles, 1) == {}
    r.numbered["3.1"] = "g31"  # '3.1' a sub-goal's number: no action number
    assert r.lookup.goals_of_action_numbers([["3.1", "Jobbmässa"], ["4.1", "Läxhjälp"]], roles, 1) == {}
    unknown = [["3.1", "Jobbmässa"], ["7.1", "Läxhjälp"]]  # no goal 7 read
    assert r.lookup.goals_of_action_numbers(unknown, roles, 1) == {}


def test_a_table_right_after_one_with_the_same_header_carries_its_last_goals():
    table = Element(kind="table")
    end = (["mål", "åtgärd"], ["g2"])
    assert goals_carried_into(table, ["mål", "åtgärd"], end) == ["g2"]
    assert goals_carried_into(table, ["mål", "åtgärd", "ansvar"], end) == []
    assert goals_carried_into(Element(kind="para", text="Mellan tabellerna."), ["mål", "åtgärd"], end) == []
    assert goals_carried_into(table, None, end) == []
    assert goals_carried_into(None, ["mål", "åtgärd"], end) == []


def test_the_lookup_sees_goals_the_builder_adds_after_it_was_made():
    r = _Reader([])
    assert r.lookup.goal_by_number("1") is None
    r.built.goals.append(_g("g1", "Fler i arbete"))
    r.numbered["1"] = "g1"
    assert r.lookup.goal_by_number("1") == "g1"
    r.built.goals = [_g("g9", "Barn trivs")]  # the builder drops goals by a new list
    assert r.lookup.goal_by_text("Barn trivs") == "g9"
