"""Goal matrices: one column per goal, a mark in the cell of each goal an action serves
(thirty-first blind set).

    Nr | Åtgärd            | A | B | C | D | Ansvarig | Tid
    1  | Välkomstsamtal ...| ● |   |   | ○ | ...      | 2026

(An evaluation matrix lays out its indicators so, 'Indikator | Mål 1 | Mål 2 | …' with × under
the goal each follows up: read the same way, a plain indicator table with a goal column.)

A programme whose actions serve several goals may lay its action table out as a matrix: the
goals head the columns by their label ('A', 'B', '1', 'Mål 2'), and the row marks the goal
the action is for. A legend says which mark is which ('● = åtgärdens huvudmål, ○ = åtgärden
stöder även målet'): a filled mark is the action's own goal, a hollow one a goal it also
supports. The columns are goal columns when their headers are bare goal labels, two at
least, and every body cell is empty or a mark, a filled one at least once.

Such a table is read as the plain action table it lays out: the goal columns become one goal
column whose cell is the label of the goal the row marks filled (the first, when it marks
several), as a goal column naming goals by number would hold it; the hollow marks go (an
action links to one goal).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .headers import map_columns
from .lone_marks import is_filled_mark, is_lone_mark
from .table_rows import one_header_table
from .text import squash

# a goal's bare label heading a column: a capital letter or a number, 'Mål' before it or not
_GOAL_LABEL_RE = re.compile(r"^(?:mål\s+)?([A-ZÅÄÖ]|\d{1,2})\.?$", re.I)


def _label(header: str) -> str | None:
    m = _GOAL_LABEL_RE.match(squash(header))
    if not m or (m.group(1).isalpha() and not m.group(1).isupper()):
        return None
    return m.group(1)


def fold_goal_mark_columns(elements: list[Element]) -> list[Element]:
    """The element stream with each goal matrix read as a plain action table."""
    return [_folded(el) or el for el in elements]


def _folded(el: Element) -> Element | None:
    t = one_header_table(el, 2)
    if t is None:
        return None
    header = list(t.rows[0])
    # ('Mål 2' names the goal role as a header: a bare goal label is a goal's column here)
    labels = {c: lab for c, h in enumerate(header) if (lab := _label(h))}
    roles = {c: r for c, r in map_columns(header).items() if c not in labels}
    # the rows are actions, or indicators ('Indikator | Mål 1 | Mål 2': an evaluation matrix
    # marking the goal each indicator follows up)
    if not {"measure", "indicator"} & set(roles.values()) or "goal" in roles.values():
        return None
    body = t.rows[1:]
    cols = {c: lab for c, lab in labels.items() if c not in roles}
    if len(cols) < 2:
        return None
    cells = [squash(r[c]) for r in body for c in cols if c < len(r)]
    if not all(x == "" or is_lone_mark(x) for x in cells):
        return None
    if not any(is_filled_mark(x) for x in cells):
        return None
    first = min(cols)
    rows: list[list[str]] = []
    for k, row in enumerate(t.rows):
        if k == 0:
            goal = "Mål"
        else:
            goal = next((lab for c, lab in sorted(cols.items()) if c < len(row) and is_filled_mark(row[c])), "")
        out = [row[c] if c < len(row) else "" for c in range(len(header)) if c not in cols]
        out.insert(sum(1 for c in range(first) if c not in cols), goal)
        rows.append(out)
    return replace(el, table=t.model_copy(update={"rows": rows, "spans": []}))


# a follow-up item closed by a goal's letter in brackets: 'Andel ... efter tre år (A)' beside
# items closed by an action's number ('Antal välkomstsamtal (1)') -- 'Siffran inom parentes
# anger åtgärden, bokstaven målet': the goal known by that letter, followed up as a whole
_CLOSING_LETTER_RE = re.compile(r"\s*\(([A-ZÅÄÖ])\)\s*\.?$")


def closing_goal_letter(text: str) -> tuple[str, str] | None:
    """(item without the bracket, the letter) of an item closed by a bracketed capital, else None."""
    m = _CLOSING_LETTER_RE.search(text)
    if not m or not text[:m.start()].strip():
        return None
    return text[:m.start()].rstrip(), m.group(1)
