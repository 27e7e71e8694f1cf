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


def void_card(el: Element, prev: Element | None) -> bool:
    """A form struck out (by its heading's marker or its status field) or a blank template."""
    rows = _card_rows(el)
    if rows is None:
        return False
    if prev is not None and prev.kind == "heading" and (marks := revision_marks(squash(prev.text))) and marks[1]:
        return True
    if any(is_status_label(label) and is_struck_status(value) for label, value in rows):
        return True
    values = [v for label, v in rows if v and label_role(label) is not None]
    return len(values) >= 3 and all(_PLACEHOLDER_RE.match(v) for v in values)


def without_void_cards(elements: list[Element]) -> list[Element]:
    """The element stream without struck-out forms and blank form templates."""
    return [el for k, el in enumerate(elements) if not void_card(el, elements[k - 1] if k else None)]
