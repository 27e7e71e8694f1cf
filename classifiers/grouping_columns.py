"""The column grouping a goal table's rows by area, left of the goals (thirty-first blind set).

    Landskapsregeringens riktlinje | Kommunens mål            | Kommunens åtgärder | ...
    Språk och utbildning           | Alla inflyttade har ...   | Kostnadsfri kurs ...
                                   |                           | Svenska som andraspråk ...
                                   | Barn och unga ... trivs   | Modersmålsstöd ...
    Arbete och försörjning         | Säsongsarbetare ...       | ...

A table may group its goals under areas of its own naming -- the guideline areas of a
higher body the municipality carries out ('Landskapsregeringens riktlinje'), strategy areas,
service areas -- in a column left of the goal column, filled on a group's first row and left
empty under it. Its header need not be a theme word: its place (left of the goals, which
the areas group) and its cells (short names, no sentence, no figure, filled once per group)
say what it is: the area each goal belongs to, its theme, carried down the empty cells.
"""

from __future__ import annotations

from .text import squash

_MAX_WORDS = 5


def _area_name(cell: str) -> bool:
    text = squash(cell)
    return (bool(text) and text[:1].isupper() and len(text.split()) <= _MAX_WORDS
            and not any(ch.isdigit() for ch in text) and not text.endswith((".", ":", "?", "!")))


def grouping_column(headers: list[str], rows: list[list[str]], roles: dict[int, str]) -> int | None:
    """The column of no role left of the goal column whose cells name the goals' areas, filled
    once per group (two areas at least, an empty cell at least), else None."""
    goals = [c for c, r in roles.items() if r == "goal"]
    if not goals:
        return None
    for c in range(min(goals)):
        if c in roles or not squash(headers[c] if c < len(headers) else ""):
            continue
        cells = [squash(r[c]) if c < len(r) else "" for r in rows]
        filled = [x for x in cells if x]
        if len(filled) >= 2 and len(filled) < len(cells) and all(_area_name(x) for x in filled):
            return c
    return None
