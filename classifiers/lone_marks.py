"""A cell or a field's value that is only a mark: 'x', '●', '○', '✓', '☒' -- a matrix's way
to say 'yes, this one' (the goal an action serves, a period an action runs in) or, hollow,
'partly / not this one'.

One reader for the three places that read such a mark: a goal matrix's columns
(`goal_mark_columns`), a card's line printing a matrix column as a field ('A: ●',
`elements`) and a record's field of that kind ('E: ○.', `records`). The marks are the union
of what programmes print: a filled dot or square ('●', '■', '◼', '⬤'), a bullet glyph set
in a cell ('•', '▪', '‣'), a cross or tick ('x', 'X', '×', '✓', '✔') or a ticked box
('☒', '☑'); hollow, a ring or empty square ('○', '◯', '◦', '□', '◻') or an empty box ('☐').
A full stop or semicolon after the mark is the field's end, no part of it.
"""

from __future__ import annotations

import re

FILLED_MARKS = "●■◼⬤•▪‣xX×✓✔☒☑"
HOLLOW_MARKS = "○◯◦□◻☐"
MARKS = FILLED_MARKS + HOLLOW_MARKS

_LONE_MARK_RE = re.compile(rf"^\s*([{re.escape(MARKS)}])\s*[.;]?\s*$")


def lone_mark(text: str) -> str | None:
    """The mark a text is made of ('●', ' x.' -> 'x'), None for any other text."""
    m = _LONE_MARK_RE.match(text or "")
    return m.group(1) if m else None


def is_lone_mark(text: str) -> bool:
    """The text is one mark alone, filled or hollow."""
    return lone_mark(text) is not None


def is_filled_mark(text: str) -> bool:
    """The text is one filled mark alone (a cross, a tick, a filled dot or a ticked box)."""
    mark = lone_mark(text)
    return mark is not None and mark in FILLED_MARKS
