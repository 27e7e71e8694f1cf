"""A goal of a higher plan that the programme says it breaks down into its own goals
('Strategimålet för Inkludering har brutits ned i fem mål för programperioden:' over the
goal list, the strategy's goal map quoted before it: 'Strategiskt område | Mål 2030',
'Inkludering' | 'Alla som bor i Tölby har möjlighet att …').

A programme that implements one area of the municipal strategy quotes the strategy's goals
(all areas, most of them carried out by other plans) and names the one area whose goal it
breaks down. That area's goal in the quoted table is the programme's top goal, the parent of
the goals listed under the sentence; the other areas' goals stay another plan's."""

from __future__ import annotations

import re

from .text import squash

# '(Strategi)målet för X har brutits ned / delats upp i ...', 'Målet inom området X
# konkretiseras i ...': the area named by a capitalised name of up to three words
_BROKEN_DOWN_RE = re.compile(
    r"mål(?:et)?\s+(?:för|inom(?:\s+området)?)\s+(?P<area>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?:och\s+)?[\wåäö-]+){0,2}?)"
    r"\s+(?:har\s+)?(?:brutits|brutit|delats|konkretiserats|konkretiseras|bryts|delas)\s+(?:ned|ner|upp)?\s*i\b", re.I)


def broken_down_area(paragraph: str) -> str | None:
    """The area whose higher goal the sentence says is broken down into the goals below."""
    m = _BROKEN_DOWN_RE.search(squash(paragraph))
    return m.group("area") if m else None


def area_goal_in_tables(tables: list[list[list[str]]], area: str) -> str | None:
    """The one goal sentence a quoted goal table gives beside a cell naming `area` alone."""
    found = []
    for rows in tables:
        for r in rows:
            cells = [squash(c) for c in r]
            if any(c.casefold() == area.casefold() for c in cells):
                found += [c.rstrip(".") for c in cells if len(c.split()) >= 4 and c.casefold() != area.casefold()]
    return found[0] if len(found) == 1 else None
