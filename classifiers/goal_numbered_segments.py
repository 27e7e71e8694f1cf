"""Several actions in one table cell, each closed by the number of the goal it serves in
brackets and set off from the next by a semicolon ('Välkomstsamtal med varje ny invånare
(1); informationsmaterialet översätts till sex språk (1); rådgivning per telefon (2)').

A programme that gives one row per unit ('Enhet | Åtgärder (mål) | Kontaktperson | Tidsram')
writes all the unit's commitments into one free-text cell and says which goal each serves by
the goal's number in brackets at its end. Each bracketed number closes one action: the cell
holds as many actions as it has such closings, each linked to the goal of that number. Read
only when every part closes with a number of a goal the document has numbered: a semicolon in
one action, or a bracketed number that is a count or a year, splits nothing.

classifiers/README.md, 'One row per unit, actions closed by their goal's number'.
"""

from __future__ import annotations

import re

from .text import semicolon_parts, squash

# a part's closing bracketed number: '... från flytten (1)', with the list's full stop
_CLOSING_NUMBER_RE = re.compile(r"\s*\((\d{1,2})\)\s*\.?$")


def closing_number(text: str) -> tuple[str, str] | None:
    """(text before, number) of a text closed by a bare number in brackets ('antal besök i
    läxhjälpen (7)' -> ('antal besök i läxhjälpen', '7')); None without one, or when nothing
    stands before it."""
    m = _CLOSING_NUMBER_RE.search(text)
    if not m or not text[:m.start()].strip():
        return None
    return text[:m.start()].rstrip(), m.group(1)


def goal_numbered_segments(text: str, goal_of) -> list[tuple[str, str]] | None:
    """[(action, goal id)] of a cell whose semicolon-separated parts each close with a
    bracketed number of a known goal (`goal_of`: number -> the goal the document numbered
    so, or None), two parts or more; else None."""
    parts = semicolon_parts(squash(text))
    if len(parts) < 2:
        return None
    out = []
    for p in parts:
        closed = closing_number(p)
        gid = goal_of(closed[1]) if closed else None
        if gid is None:
            return None
        out.append((closed[0], gid))
    return out
