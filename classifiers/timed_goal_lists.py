"""A plain list under a goal heading whose items are dated: the goal's actions.

A list right under a goal heading ('Delmål 1. Nya invånare får information ...' over '–
Välkomstträff två gånger per år', '– Digital guide om service (2026)') is read as the goal's
actions only with some sign that it lists actions (`ListReader._list_of_goal_heading`): such
a list may as well state the goal's sub-goals or results ('Förbättrade studieresultat').
One sign is an item closed by its time alone in parentheses ('(2026)', '(2025–2026)',
`closing_times`): the time an item is carried out is an action's schedule, as a programme
says ('Åtgärderna genomförs under hela perioden om inte annat anges inom parentes'); a
result or sub-goal states a state to reach, not a time to do something. A list holds items
of one kind, so one dated item makes the whole list the goal's actions, as one item naming
its doer does (`builder._lists_where_an_item_names_its_doer`).
"""

from __future__ import annotations

from .closing_times import closing_time
from .elements import Element, bullet_runs_where
from .text import item_text


def dated_lists(elements: list[Element]) -> set[int]:
    """The indices of the bullets of every list (a run of bullets) where at least one item
    closes with its time alone in parentheses."""
    return bullet_runs_where(elements, lambda el: closing_time(item_text(el.text)) is not None)
