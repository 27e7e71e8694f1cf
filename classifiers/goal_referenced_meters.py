"""Key figures beside the number of the goal they follow up: 'Nyckeltal | Mål | 2024 |
Målsättning 2028' with 'Antal besökare på sommarcaféet | 5 | – | 150 per sommar'
(thirty-sixth blind set).

A follow-up table that names each figure's goal by its number in a 'Mål' column refers to
the goals as a closing '(Fokus 2)' refers to a part (`part_reference_meters`): the figure is
that goal's, and among the goal's own actions it may count one -- the visitors of the
summer café the goal's actions set up, the participants of its distance course. The figure
is that action's when it names it by its words (`report_figures.action_counted`: words of
meaning the goal itself does not use and no other text of the programme shares; the goal's
one action too) or by the action's head word (`figure_meters.action_named_by_head`:
'informationsbladet' for 'Informationsblad om …'); a figure of the goal's people ('Antal
säsongsanställda som fått arbete …', words the goal states) stays the goal's.

classifiers/README.md, 'Key figures beside the goal they follow up'.
"""

from __future__ import annotations

from .figure_meters import action_named_by_head
from .report_figures import action_counted


def link_goal_referenced_meters(built, referenced: set[str]) -> None:
    """Each indicator of `referenced` (ids) still of its goal alone: the one action of its
    goal it counts, if one (module docstring)."""
    goals = {g.id: g for g in built.goals}
    programme = [g.text for g in built.goals] + [m.text for m in built.measures]
    for ind in built.indicators:
        if ind.id not in referenced or ind.measure is not None or len(ind.goals or []) != 1:
            continue
        goal = goals.get(ind.goals[0])
        if goal is None:
            continue
        own = [(m.id, m.text) for m in built.measures if goal.id in (m.goals or [m.goal])]
        if not own:
            continue
        # (the other figures count among the programme's texts: a word they share names
        # the people followed up, not one action)
        every = programme + [i.text for i in built.indicators if i.id != ind.id]
        ind.measure = (action_counted(ind.text, own, [goal.text], every, min_actions=1)
                       or action_named_by_head(ind.text, own))
