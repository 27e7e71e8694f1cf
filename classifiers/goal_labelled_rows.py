"""A row of an action table that labels itself a goal ('MÅL: Nyinflyttade får ...'), printed
in a frame that numbers every row alike: '2.1 MÅL: ...' as a numbered paragraph.

A plan that alternates goal rows with the action rows under them (no goal column; the goal
row set apart by shading and its own label) keeps the goal's label in the action column.
When the plan is printed as cards or numbered paragraphs, the frame gives that row the
action field's label or the next action number as it gives every row; the row's own label
says what it is, and the frame's label does not make it an action. The element is read as
the goal line it is ('Mål: ...').

The same row in a frame that prints the table's number column as a field ('Nr: Mål 1. <goal>',
'Nr: Tema A: <theme>', a card of the group row whose number cell held the row's own label):
the number field is the frame's, and the value's own label says what the row is -- the
paragraph is the value, the goal line or theme line the table's row was."""

from __future__ import annotations

import re
from dataclasses import replace

from .headers import labelled_as_theme
from .label_vocab import NUMBER_WORDS, alt
from .reader_shared import goal_field
from .text import BULLET_RE, squash

# the frame's number before the row's own label: '2.1', '12.' (a card's field label,
# 'Åtgärd: MÅL: ...', is left to the card reader: the fields after it are the card's)
_FRAME_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")
# the row's own goal label: 'MÅL:', 'Mål:' (a marker may stand before it)
_OWN_GOAL_RE = re.compile(r"^(?:mål|målsättning)\s*:\s+(?P<goal>\S.*)$", re.I | re.S)


# a number field ('Nr: …', 'Nummer: …', 'Kod: …'; label_vocab.NUMBER_WORDS) and its value
_NUMBER_FIELD_RE = re.compile(rf"^\s*{alt(NUMBER_WORDS, forms=False)}\s*:\s+(?P<value>\S.*)$", re.I | re.S)


def labelled_number_value(text: str) -> str | None:
    """The value of a paragraph made of one number field whose value carries a goal's or a
    theme's own label ('Nr: Mål 1. Nyanlända lär sig svenska', 'Nr: TEMA A: SPRÅK'), else None."""
    m = _NUMBER_FIELD_RE.match(squash(text))
    if not m:
        return None
    value = m.group("value").strip()
    return value if goal_field(value) or labelled_as_theme(value) else None


def own_goal(text: str) -> str | None:
    """The goal of a numbered item 'N.N MÅL: goal'; None otherwise."""
    t = squash(text)
    t = BULLET_RE.sub("", t, count=1)
    m = _FRAME_RE.match(t)
    if not m:
        return None
    rest = BULLET_RE.sub("", t[m.end():], count=1)
    g = _OWN_GOAL_RE.match(rest)
    return squash(g.group("goal")) if g else None


def goal_labelled_rows(elements: list) -> list:
    """The elements with each framed goal row read as its goal line 'Mål: ...'."""
    out = []
    for el in elements:
        goal = own_goal(el.text) if el.kind == "bullet" else None
        value = labelled_number_value(el.text) if el.kind == "para" else None
        out.append(replace(el, kind="para", text=f"Mål: {goal}") if goal
                   else replace(el, text=value) if value else el)
    return out
