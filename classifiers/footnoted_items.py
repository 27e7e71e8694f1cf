"""An action closed by a footnote mark whose note, right under it, gives its fields.

A programme that writes its actions as numbered sentences ('1. Det ordnas en invånarkväll …
på flera språk.¹') may keep who does each and when out of the sentence and put it in a note
under it, tied by the mark ('¹ Ansvar: kansliet, inför valen 2025 och 2029'; the text says so:
'den ansvariga anges på raden under åtgärden'). The note is the action's field line, as an
'Ansvar: …' paragraph under an action is: the mark is dropped from both, so the action is read
without it and the note as its field. Only a note that answers the mark closing the item
right above it, and opens with a field label, is read so (a note explaining a word, '¹
Uppgiften hämtas ur …', is no field of the action; `footnoted_plan` reads notes under a plan's
table or outline)."""

from __future__ import annotations

from dataclasses import replace

from .elements import Element
from .footnote_marks import MARK_END_RE, NOTE_RE, mark_number
from .headers import field_label
from .text import squash


def _note(text: str) -> tuple[int, str] | None:
    """(mark, rest) of a paragraph that opens with a footnote mark, else None."""
    text = squash(text)
    m = NOTE_RE.match(text)
    return (mark_number(m.group(1)), text[m.end():]) if m else None


def fold_footnoted_items(elements: list[Element]) -> list[Element]:
    out: list[Element] = []
    for k, el in enumerate(elements):
        nxt = elements[k + 1] if k + 1 < len(elements) else None
        m = MARK_END_RE.search(el.text) if el.kind in ("para", "bullet") else None
        note = _note(nxt.text) if m and nxt is not None and nxt.kind == "para" else None
        if note and note[0] == mark_number(m.group(1)) and field_label(note[1]) is not None:
            out.append(replace(el, text=MARK_END_RE.sub("", el.text)))
            continue
        prev = elements[k - 1] if k else None
        mine = _note(el.text) if el.kind == "para" and prev is not None and prev.kind in ("para", "bullet") else None
        pm = MARK_END_RE.search(prev.text) if mine else None
        if mine and pm and mine[0] == mark_number(pm.group(1)) and field_label(mine[1]) is not None:
            out.append(replace(el, text=mine[1]))
            continue
        out.append(el)
    return out
