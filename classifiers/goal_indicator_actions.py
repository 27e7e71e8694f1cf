"""Which action of its goal an indicator listed under that goal counts (twenty-fourth blind
set).

A goal's follow-up ('Så vet vi', a 'Nyckeltal' table with a goal column, a 'Mätare' table by
goal) mixes figures of the goal's effect ('Arbetslöshetsgraden bland utländska medborgare',
'Andel elever som får avgångsbetyg') with figures counting what one of the goal's actions
does ('Antal utdelade välkomstpaket per år' under 'Välkomstpaket ... delas ut vid
registrering'). The latter name the action by its own word.

An indicator of a goal (no action linked) counts one of that goal's actions when it shares
with it a distinctive word: one of four letters or more that no other action of the goal
uses and the goal's own text does not (`counted_actions.same_stem` matching). A count
('Antal ...') counts what is done: one such word names the action. Any other figure (a
share, a rate) measures an outcome unless it names the action in two such words at least
('Andel anställda som gått utbildning i interkulturell kommunikation'). The action must be
the only one of the goal so named.
"""
from __future__ import annotations

from .counted_actions import same_stem
from .goal_lookup import long_words
from .text import FUNCTION_WORDS

_COUNT_WORDS = ("antal", "antalet")


def _words(text: str) -> list[str]:
    # (a preposition is no word of meaning: 'till' would match 'tilläggsbidrag' by prefix)
    return [w for w in long_words(text) if w not in FUNCTION_WORDS]


def action_counted_in_goal(indicator: str, actions: list[tuple[str, str]], goal_text: str) -> str | None:
    """The id of the one action (id, text) of the indicator's goal it names, else None."""
    if len(actions) < 2:
        return None
    goal_words = _words(goal_text)
    own = [w for w in dict.fromkeys(_words(indicator))
           if not any(same_stem(w, g) for g in goal_words)]
    action_words = [_words(text) for _, text in actions]
    hits = [{w for w in own if any(same_stem(w, x) for x in ws)} for ws in action_words]
    distinctive = [{w for w in h if sum(w in other for other in hits) == 1} for h in hits]
    first = long_words(indicator)[:1]
    need = 1 if first and first[0] in _COUNT_WORDS else 2
    named = [mid for (mid, _), d in zip(actions, distinctive) if len(d) >= need]
    touched = [mid for (mid, _), d in zip(actions, distinctive) if d]
    return named[0] if len(named) == 1 and touched == named else None
