"""A list introduced as what is NOT among the programme's actions.

'Pågående verksamhet (ingår inte i planens åtgärder):', 'Följande hör inte till åtgärderna:':
a plan lists ordinary, ongoing work beside its actions and says in so many words that the
list is no part of them. The action noun is named only to be denied: the list is background
(the present services), no measures."""
from __future__ import annotations

# words that deny the clause they stand in ('inte', 'ej', 'icke'), folded
_NEGATIONS = frozenset(("inte", "ej", "icke"))
# how far before the action noun the negation may stand ('ingår inte i planens åtgärder':
# verb, negation, preposition, genitive, noun)
_REACH = 4


def denied(toks: list[str], i: int) -> bool:
    """The noun at toks[i] (folded tokens) stands in a denied clause: a negation among the
    _REACH words before it."""
    return any(t in _NEGATIONS for t in toks[max(0, i - _REACH):i])
