"""Where a text read from the document stands in its element stream: the index of the
element (paragraph, heading, list item, table) that holds it. The fallbacks that work on
what was read -- goals to measures by scope, a heading over a group of measures -- find
each read text's place so."""
from __future__ import annotations

from .elements import Element
from .text import fold, squash


def position_of(text: str, elements: list[Element], start: int) -> int | None:
    """The index of the first element from `start` (then from 0) that holds `text`."""
    key = fold(squash(text))[:60]
    if len(key) < 6:
        return None
    for lo, hi in ((start, len(elements)), (0, start)):
        for i in range(lo, hi):
            el = elements[i]
            if el.kind == "table" and el.table is not None:
                hay = fold(squash(" ".join(c for row in el.table.rows for c in row)))
            else:
                hay = fold(squash(el.text))
            if key in hay:
                return i
    return None


def measure_positions(built, elements: list[Element]) -> list[int | None]:
    """Each measure's place (`position_of`), in the measures' order: each looked for from
    the place of the one before, by its text as printed first."""
    out, at = [], 0
    for m in built.measures:
        pos = position_of(m.printed or m.text, elements, at)
        if pos is None and m.printed:
            pos = position_of(m.text, elements, at)
        out.append(pos)
        if pos is not None:
            at = pos
    return out
