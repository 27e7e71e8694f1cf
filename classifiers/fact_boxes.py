"""A fact box printed inside an area's action list (forty-second set):

    ### Fritid och gemenskap
    • Föreningarna får ett startbidrag … (ansvar: fritidsnämnden; tid: 2025–2029)
    #### FAKTA: Så söker du föreningsbidrag
    • Fyll i ansökan på kommunens webbplats.
    • Ansökningstiden går ut 31.3 varje år.
    • Biblioteket blir en mötesplats … (ansvar: biblioteket; tid: från 2025)

A magazine or web print sets side boxes ('FAKTA: …', 'Faktaruta: …') among the text, and a
print extracted in the order of the digital version puts the box between two parts of an
area's action list. The box's title is no heading of the document: it opens no section, so
the list after the box stays the area's. What the box says explains; it states no action:
its paragraphs and items go, except the items written as the list before the box writes its
actions (a closing parenthesis opening with the same field label, '(ansvar: …'), which are
that list going on. Read only where the list before the box has such a field: else where
the box ends is not told and the box is left as it is read.

classifiers/README.md, 'Roles by asterisks, and fact boxes inside an area's list (forty-second set: blind249, blind250)'.
"""

from __future__ import annotations

import re

from .elements import Element
from .text import squash

# 'FAKTA: …', 'Fakta – …', 'Faktaruta: …', 'FAKTARUTA'
_BOX_TITLE_RE = re.compile(r"^\s*fakta(?:ruta)?\s*(?:[:–—-]\s*\S|$)", re.I)
# the label opening an item's closing parenthesis of fields: '(ansvar: X; tid: Y)' -> 'ansvar'
_TAIL_LABEL_RE = re.compile(r"\(\s*([^\W\d_]+)\s*:[^()]*\)\s*\.?\s*$")


def _tail_label(text: str) -> str | None:
    m = _TAIL_LABEL_RE.search(squash(text))
    return m.group(1).lower() if m else None


def without_fact_boxes(elements: list[Element]) -> list[Element]:
    """The elements without each fact box that a list of actions with field tails runs
    around: its title, paragraphs and items go, the items written as the list's actions stay."""
    out: list[Element] = []
    i = 0
    while i < len(elements):
        el = elements[i]
        # (the title first: the tail of the item before is read only over a box's title)
        label = _tail_label(out[-1].text) if el.kind in ("heading", "para") and _BOX_TITLE_RE.match(el.text) \
            and out and out[-1].kind == "bullet" else None
        if label is None:
            out.append(el)
            i += 1
            continue
        j = i + 1
        while j < len(elements) and elements[j].kind in ("para", "bullet"):
            j += 1
        kept = [x for x in elements[i + 1:j] if x.kind == "bullet" and _tail_label(x.text) == label]
        if not kept:  # nothing of the list goes on after the box: the box is read as it is
            out.append(el)
            i += 1
            continue
        out.extend(kept)
        i = j
    return out
