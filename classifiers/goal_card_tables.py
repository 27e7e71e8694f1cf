"""A goal printed as a two-column table of its fields: one card per goal.

Many programmes give each goal a small table of labels and values, captioned by the goal's
number ('Mål 1'): a row 'Mål | <the goal>', rows on the state now and the level aimed at
('Nuvarande läge', 'Målnivå 2028') and a row saying how the goal is measured ('Mäts med',
'Mätare', 'Indikator'). The labels run down the first column, so read as printed each label
would be a row of its own (the goal's label taken for a goal). Turned on its side — the labels
the header, the values one row — the card reads as the one-row goal table it is: the goal,
its indicator beside it, the state now and the target level as the indicator's attributes.

A card of an action ('Åtgärd | ...', `records._kv_fields`) is a record, read there; a table one
column per goal is `builder.transposed`'s.
"""

from __future__ import annotations

import re

from .headers import header_role, is_label_cell
from .text import GOAL_LABEL_WORDS, squash


def goal_card(t):
    """`t` (a two-column table) as a one-row goal table, or None. Every filled row a short
    label and its value; exactly one label names the goal, one at least its indicator, none an
    action; the others are label cells naming no role (the state now, the target level). A
    first row left blank (a header row with no words) is passed over."""
    if t is None or t.n_cols != 2:
        return None
    rows = [r for r in t.rows if any((c or "").strip() for c in r)]
    if len(rows) < 2:
        return None
    labels, values = [], []
    for r in rows:
        label, value = squash(r[0] or "").rstrip(":"), (r[1] if len(r) > 1 else "") or ""
        if not label or not value.strip() or not is_label_cell(label):
            return None
        labels.append(label)
        values.append(value.strip())
    roles = [header_role(x) for x in labels]
    if roles.count("goal") != 1 or "indicator" not in roles or "measure" in roles:
        return None
    if len({x.casefold() for x in labels}) != len(labels):
        return None
    return t.model_copy(update={"rows": [labels, values], "header_rows": 1, "spans": [],
                                "method": "goal-card"})


# a card's caption that is its goal's label and number alone ('Mål 3', 'Målsättning 2:')
# (the label words: the shared main-goal list, text.GOAL_LABEL_WORDS)
_CARD_CAPTION_RE = re.compile(rf"^\s*{GOAL_LABEL_WORDS}\s+(\d{{1,2}}(?:\.\d{{1,2}})*)\s*[:.]?\s*$", re.I)


def card_number(caption) -> str | None:
    """The number of the goal a card's caption (a heading or a paragraph right above the
    table: 'Mål 3') gives, else None."""
    if caption is None or caption.kind not in ("heading", "para"):
        return None
    m = _CARD_CAPTION_RE.match(caption.text or "")
    return m.group(1) if m else None
