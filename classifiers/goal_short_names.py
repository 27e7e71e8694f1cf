"""A goal table's column of short names ('Tema | Kortnamn | Mål till år 2028': 'Välkommen |
Första tiden | Varje ny invånare får …'). A programme that lists its goals once, in one
table, gives each a short name and refers to it by that name in the chapters that follow
('Mål: Första tiden · Ansvar: …' under an action): the full sentence is too long to repeat.
The column has no role of its own; it is told by its cells: each a name of a few words,
no sentence, and no two rows alike (a theme column repeats its theme over the goals of the
theme; a name names one goal)."""
from __future__ import annotations

from .text import fold, squash

_MAX_WORDS = 4


def short_name_column(rows: list[list[str]], roles: dict[int, str], skip: set[int]) -> int | None:
    """The column of `rows` (a goal table's body) with no role and not in `skip` (the theme
    column) whose every cell is a short name, distinct from the others; None when none or
    more than one is."""
    found = []
    width = max((len(r) for r in rows), default=0)
    for c in range(width):
        if c in roles or c in skip:
            continue
        cells = [squash(r[c]) if c < len(r) else "" for r in rows]
        if len(cells) < 2 or not all(cells):
            continue
        if any(len(x.split()) > _MAX_WORDS or x.rstrip().endswith((".", ":", "?", "!")) or not x[:1].isalpha()
               for x in cells):
            continue
        if len({fold(x) for x in cells}) != len(cells):
            continue
        found.append(c)
    return found[0] if len(found) == 1 else None


def name_key(name: str) -> str:
    """How a short name is compared: folded, spacing and a closing stop aside."""
    return fold(squash(name).rstrip(".").strip())
