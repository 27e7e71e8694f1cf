"""An indicator that names the one action it follows up by number in a closing bracket:
'Antalet arbetspraktikplatser i stadens enheter (åtgärd 1.2.1)'. A programme that numbers its
actions ('Åtgärd 1.2.1 …') refers to them so from its indicator appendix, keyed by sub-goal:
the bracket ties the meter to that action (the others of the table follow up their sub-goal
only). The bracket is a reference, no part of the indicator's name."""

from __future__ import annotations

import re

from .text import squash

_ACTION_BRACKET_RE = re.compile(
    r"\s*\(\s*(?:åtgärd|åtgärden|insats|insatsen)\s+(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*\)\s*\.?$", re.I)


def link_bracketed_action_numbers(built) -> None:
    """Each indicator without a measure whose text closes with '(åtgärd N)' naming a
    numbered measure of the document: linked to it, the bracket dropped from its text."""
    by_number: dict[str, str] = {}
    for mid, num in built.measure_number.items():
        by_number.setdefault(num, mid)
    known = {m.id for m in built.measures}
    for ind in built.indicators:
        if ind.measure:
            continue
        m = _ACTION_BRACKET_RE.search(squash(ind.text))
        mid = by_number.get(m.group("num")) if m else None
        if mid and mid in known:
            ind.measure = mid
            ind.text = squash(ind.text)[:m.start()].rstrip()
