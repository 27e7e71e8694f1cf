"""A meter table that names, per row, the numbered part of the document its meter belongs
to ('Mått | Artikel | Utgångsläge 2024' with '3' under 'Artikel', beside articles headed
'Artikel 3 Mottagande och vägledning').

An agreement or a plan numbered by a label word ('Artikel 3', 'Kapitel 4', 'Arbetspaket 2')
often gathers its meters in an appendix table whose column, headed by that same label word,
gives the number of the part each meter follows up. The meter belongs to that part's
actions: to the one it names by its words (the meter 'Antal besökare på Café Mötesplats'
beside the part whose actions include 'hålla Café Mötesplats öppet'), or to the part's only
action. The column's header must be the label word the document's headings number their
parts with, and every filled cell a number of such a heading: a column of other numbers
(a baseline, a year) is none.

classifiers/README.md, 'Agreements, working-group reports and project plans'.
"""

from __future__ import annotations

from .elements import Element
from .goal_lookup import long_words
from .label_vocab import THEME_NUMBERED
from .named_action import shared_words
from .part_headings import label_number
from .text import FUNCTION_WORDS, fold, squash


# the theme words ('Tema', 'Fokusområde', 'Teema'): a column so headed keys each meter to
# its theme, whose goals it follows up (`read_tables` ties the row to the goals of the theme
# so numbered, as a 'Fokusområde | Indikator | Datakälla' table's statistics are the areas'
# goals'), no part whose one action it counts
_THEME_WORDS = frozenset(fold(w).lower() for w in THEME_NUMBERED)


def _parts(elements: list[Element]) -> dict[str, tuple[int, int]]:
    """'artikel 3' -> (first, last) index of the elements of the part that heading opens,
    up to the next heading of its level or above."""
    out: dict[str, tuple[int, int]] = {}
    heads = [(i, el) for i, el in enumerate(elements) if el.kind == "heading"]
    for k, (i, el) in enumerate(heads):
        key = label_number(squash(el.text))
        if key is None:
            continue
        end = next((j for j, h in heads[k + 1:] if h.level <= el.level), len(elements))
        out.setdefault(key, (i, end))
    return out


def _measures_in(built, elements: list[Element], span: tuple[int, int]) -> list:
    texts = [fold(squash(el.text)) for el in elements[span[0] + 1:span[1]] if el.kind in ("bullet", "para")]
    return [m for m in built.measures
            if any(fold(squash(m.text)).rstrip(".") in t for t in texts)]


def _best(meter: str, measures: list) -> object | None:
    if len(measures) == 1:
        return measures[0]
    own = [w for w in long_words(meter) if w not in FUNCTION_WORDS]
    counts = [(shared_words(own, long_words(m.text)), m) for m in measures]
    best = max((n for n, _ in counts), default=0)
    top = [m for n, m in counts if n == best]
    return top[0] if best > 0 and len(top) == 1 else None


def link_meters_to_parts(built, elements: list[Element]) -> None:
    parts = _parts(elements)
    if not parts or not built.measures:
        return
    by_text = {}
    in_part: dict[str, list] = {}
    for ind in built.indicators:
        if ind.measure is None:
            by_text.setdefault(fold(squash(ind.text)), []).append(ind)
    for el in elements:
        t = el.table
        if el.kind != "table" or t is None or len(t.rows) < 3:
            continue
        header = [fold(squash(h)).lower() for h in t.rows[0]]
        for c, h in enumerate(header):
            if h in _THEME_WORDS:
                continue
            cells = [squash(r[c]) for r in t.rows[1:] if c < len(r) and r[c].strip()]
            keys = [f"{h} {x}" for x in cells]
            if not cells or not all(x.isdigit() and k in parts for x, k in zip(cells, keys)):
                continue
            for row in t.rows[1:]:
                if c >= len(row) or not row[c].strip():
                    continue
                key = f"{h} {squash(row[c])}"
                if key not in in_part:  # a part's actions once, not once per row naming it
                    in_part[key] = _measures_in(built, elements, parts[key])
                part = in_part[key]
                for k, cell in enumerate(row):
                    for ind in by_text.get(fold(squash(cell)), []) if k != c else []:
                        found = _best(ind.text, part)
                        if found is not None:
                            ind.measure, ind.goals, ind.goal = found.id, list(found.goals), found.goal
