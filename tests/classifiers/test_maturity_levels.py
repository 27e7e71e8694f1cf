"""A maturity model's row of levels: only the level aimed at is a goal (maturity_levels.py),
and a target level labelled with the programme's last year in prose is one (colon_goal.py)."""
from classifiers.colon_goal import goal_after_colon
from classifiers.headers import is_structure_header, map_columns
from classifiers.maturity_levels import target_level_column


def test_target_level_behind_level_labels_is_the_goal_column():
    headers = ["Steg 1 – nuläge 2024", "Steg 2 – målnivå 2027", "Steg 3 – vision"]
    assert map_columns(headers) == {1: "goal"}
    assert is_structure_header(headers)


def test_target_state_without_labels_beside_the_state_now():
    assert map_columns(["Nuläge", "Målläge 2030"]) == {1: "goal"}


def test_indicator_tables_target_level_stays_an_attribute():
    # 'Målnivå' beside an indicator column is that indicator's target, no goal
    assert "goal" not in map_columns(["Mätare", "Nuläge 2024", "Målnivå 2028"]).values()


def test_target_level_alone_without_the_state_now_is_no_table_of_levels():
    assert target_level_column(["Målnivå 2028", "Vision"]) is None


def test_target_level_labelled_with_a_year_in_prose_is_a_goal():
    assert goal_after_colon("Målnivå 2029: Alla nya elever får en egen mentor under första året.") \
        == "Alla nya elever får en egen mentor under första året"
    assert goal_after_colon("Målnivå: se tabellen nedan för varje område.") is None
