"""Meters listed with a goal's actions, each counting one of them (thirty-second blind set).

    Mål: Invandrare lär sig svenska eller finska ...
    Så här gör vi:  • Språkvalsguide ...  • Språkcaféer på båda språken ...
                    • Integrationsutbildning på svenska ordnas lokalt ...
    Mätare:         – Antal deltagare i språkcaféerna per år
                    – Antal studerande i integrationsutbildning på svenska

A goal's block may list its actions and then its meters, without saying which meter is
which action's. A meter that counts what one of the actions sets up names it by a word of
meaning that no other action of that goal uses ('språkcaféerna' -- 'Språkcaféer ...'): it is
that action's meter. A meter sharing no word with the actions, or as many with two of them,
follows the goal up as a whole ('Sysselsättningsgrad bland utrikes födda').

Read for the meters the structure left with a goal and no measure, among the actions of that
goal only (a goal of one action: the meter naming it by such a word is its meter too). Words are matched by stem (`named_action.shared_words`); the programme's
general words ('kommunen', the counting words 'antal', 'andel') tie a meter to every action
or none and so decide nothing.
"""
from __future__ import annotations

from .goal_lookup import long_words
from .named_action import shared_words
from .text import FUNCTION_WORDS


def _meaning_words(text: str) -> list[str]:
    return [w for w in long_words(text) if w not in FUNCTION_WORDS]


def link_meters_to_goal_actions(built) -> None:
    by_goal: dict[str, list] = {}
    for m in built.measures:
        if m.goal:
            by_goal.setdefault(m.goal, []).append(m)
    for ind in built.indicators:
        if ind.measure or not ind.goal or not by_goal.get(ind.goal):
            continue
        acts = by_goal[ind.goal]
        own = _meaning_words(ind.text)
        words_of = {m.id: _meaning_words(m.text) for m in acts}
        # a word of the meter's that exactly one action of the goal uses
        distinct: dict[str, int] = {}
        for w in own:
            users = [mid for mid, ws in words_of.items() if shared_words([w], ws)]
            if len(users) == 1:
                distinct[users[0]] = distinct.get(users[0], 0) + 1
        if not distinct:
            continue
        counts = sorted(((shared_words(own, ws), mid) for mid, ws in words_of.items()), reverse=True)
        best_n, best = counts[0]
        if best in distinct and (len(counts) < 2 or counts[1][0] < best_n) and len(distinct) == 1:
            ind.measure = best
