"""Action forms that state no action: struck out, or the blank template (thirty-ninth set).

A programme whose actions are standard forms (a heading 'Åtgärdsblankett Å9' over a
two-column table 'Fält | Innehåll': 'Åtgärd | …', 'Ansvarig enhet | …') keeps a form it
withdrew in print for traceability -- its heading closes with a change marker ('Åtgärdsblankett
Å9 (utgår)', `change_markers`) or its status field says so ('Status | Utgår ur programmet
enligt …') -- and appends the empty form as a template, every value a bracketed placeholder
('Åtgärd | [Åtgärdens namn som en hel mening]', 'Ansvarig enhet | [En enhet]'). Neither is an
action of the programme: the table goes before the cards are read (`records`).

classifiers/README.md, 'Flat level tables and action forms (thirty-ninth set: blind229, blind230)'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .change_markers import is_struck_status, revision_marks
from .elements import Element
from .headers import is_status_label, label_role
from .text import squash

# a placeholder to be filled in: the whole value in square brackets ('[En enhet]', '[När]')
_PLACEHOLDER_RE = re.compile(r"^\[[^\[\]]+\]$")


def _card_rows(el: Element) -> list[tuple[str, str]] | None:
    """(label, value) rows of a two-column label–value table with an action row, else None."""
    t = el.table
    if el.kind != "table" or t is None or t.n_cols != 2 or len(t.rows) < 3:
        return None
    rows = [(squash(r[0]).rstrip(":"), squash(r[1])) for r in t.rows if len(r) == 2]
    if not any(label_role(label) == "measure" for label, _ in rows):
        return None
    return rows


def _struck_by_heading(prev: Element | None) -> bool:
    """The element before is a heading whose revision marker strikes out what it heads."""
    return prev is not None and prev.kind == "heading" and bool(
        (marks := revision_marks(squash(prev.text))) and marks[1])


def void_card(el: Element, prev: Element | None) -> bool:
    """A form struck out (by its heading's marker or its status field) or a blank template."""
    rows = _card_rows(el)
    if rows is None:
        return False
    if _struck_by_heading(prev):
        return True
    if any(is_status_label(label) and is_struck_status(value) for label, value in rows):
        return True
    values = [v for label, v in rows if v and label_role(label) is not None]
    return len(values) >= 3 and all(_PLACEHOLDER_RE.match(v) for v in values)


# One label–value table may hold a section's several cards, one after the other ('Åtgärd | X',
# 'Ansvarig | …', 'Status | pågår', 'Åtgärd | Y', …: an action table printed as cards, each row a
# card). A struck status there strikes its own card, from its action row to the next one, and
# the table's other cards stay actions.
def _without_struck_cards(el: Element) -> Element | None:
    """`el` without the cards whose status field says they are struck out, when the table holds
    several cards and not all of them are struck; else None."""
    t = el.table
    rows = _card_rows(el)
    if rows is None or any(len(r) != 2 for r in t.rows):
        return None
    # (every row has two cells: `rows` are the table's rows, label and value squashed)
    starts = [k for k, (label, _) in enumerate(rows) if label_role(label) == "measure"]
    if len(starts) < 2:
        return None
    cards = [range(a, b) for a, b in zip(starts, starts[1:] + [len(t.rows)])]
    struck = [any(is_status_label(rows[k][0]) and is_struck_status(rows[k][1]) for k in card) for card in cards]
    if not any(struck) or all(struck):
        return None
    gone = {k for card, s in zip(cards, struck) if s for k in card}
    keep = [k for k in range(len(t.rows)) if k not in gone]
    pages = [el.pages[k] for k in keep] if len(el.pages) == len(t.rows) else list(el.pages)
    return replace(el, table=t.model_copy(update={"rows": [t.rows[k] for k in keep], "spans": []}), pages=pages)


def without_void_cards(elements: list[Element]) -> list[Element]:
    """The element stream without struck-out forms and blank form templates (a struck card of
    a table holding several cards without that card alone)."""
    out: list[Element] = []
    for k, el in enumerate(elements):
        prev = elements[k - 1] if k else None
        if el.kind == "table" and el.table is not None and not _struck_by_heading(prev):
            if (kept := _without_struck_cards(el)) is not None:
                out.append(kept)
                continue
        if not void_card(el, prev):
            out.append(el)
    return out
