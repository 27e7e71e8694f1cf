"""An action under goals its section's text stated together ('Målet är att ... . Vi strävar
också efter att ...' over one 'Åtgärder' list): the one goal the action speaks of.

A chapter often states two goals in its running text and then lists its actions once for
both; each action is written about what one of them is about ('Avtal med X om reserverade
familjebostäder' under '... familjer får en lämplig bostad', 'Rådgivning om företagande ...'
under '... fler invandrare startar företag'). Such an action serves the one goal it shares a
word of meaning with, if only one (`action_title_rows.goal_spoken_of`, the same reading an
action table's theme rows get); an action sharing words with both or neither serves the
goals together, as before. Goals of which one is a sub-goal of another ('Som delmål
eftersträvar vi att ...') are no such pair: the sub-goal is part of its goal, and a word the
two do not share says nothing about which the action serves."""

from __future__ import annotations

from collections.abc import Sequence

from .action_title_rows import goal_spoken_of, goals_sharing_words


def goal_of_action(action: str, goals: Sequence[tuple[str, str, str | None]]) -> str | None:
    """Of the goals (id, text, parent id) stated together over `action`, the one it speaks
    of; None when it speaks of none or several, or when one goal is part of another."""
    ids = {gid for gid, _, _ in goals}
    if len(ids) < 2 or any(parent in ids for _, _, parent in goals):
        return None
    return goal_spoken_of(action, [(gid, text) for gid, text, _ in goals])


def speaks_of_none(action: str, goals: Sequence[tuple[str, str, str | None]]) -> bool:
    """The action shares no word of meaning with any of the goals stated together."""
    return not goals_sharing_words(action, [(gid, text) for gid, text, _ in goals])
