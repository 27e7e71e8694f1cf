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

A folder or brochure boxes the same way under other titles (fifty-first set): 'Visste du?',
'Bra att veta', 'Röster från X', 'Citat', 'Tips'; and a box whose whole body is a quote with
its byline ('”…” – Daina, flyttade hit 2021', `quoted_speech.attributed_quote`) is one
whatever its title. Its list's items may close with an unlabelled '(X, <time>)' instead of
'(ansvar: …)' (`actors.parenthesis_in_actors_place`): the items after the box that close in
that shape are the list going on too.

classifiers/README.md, 'Roles by asterisks, and fact boxes inside an area's list (forty-second set: blind249, blind250)'.
"""

from __future__ import annotations

import re

from .actors import parenthesis_in_actors_place
from .elements import Element
from .quoted_speech import attributed_quote
from .text import squash

# 'FAKTA: …', 'Fakta – …', 'Faktaruta: …', 'FAKTARUTA'; a folder's boxes 'Visste du?', 'Bra
# att veta', 'Fakta om X', 'Röster från X', 'Citat', 'Tips' (the titles side boxes are given, not areas)
_BOX_TITLE_RE = re.compile(
    r"^\s*(?:fakta\s+om\s+\S|(?:fakta(?:ruta)?|citat|tips|bra\s+att\s+veta)\s*(?:[:–—-]\s*\S|[!?]?\s*$)"
    r"|visste\s+du\b|röst(?:er)?\s+från\s+\S)", re.I)
# (the shape key of an unlabelled who-and-when parenthesis, '(X, <time>)')
_WHO_WHEN = " who, when"
# the label opening an item's closing parenthesis of fields: '(ansvar: X; tid: Y)' -> 'ansvar'
_TAIL_LABEL_RE = re.compile(r"\(\s*([^\W\d_]+)\s*:[^()]*\)\s*\.?\s*$")


def _tail_label(text: str) -> str | None:
    """The label opening an item's closing field parenthesis ('ansvar'), or the shape key of
    an unlabelled '(X, <time>)' one, else None."""
    text = squash(text)
    m = _TAIL_LABEL_RE.search(text)
    if m:
        return m.group(1).lower()
    return _WHO_WHEN if parenthesis_in_actors_place(text) is not None else None


def _box_title(elements: list[Element], i: int) -> bool:
    """Is elements[i] a box's title: a box's name, or a heading over one quote and its byline
    alone (the items of the list going on after it)?"""
    el = elements[i]
    if el.kind not in ("heading", "para"):
        return False
    if _BOX_TITLE_RE.match(el.text):
        return True
    return el.kind == "heading" and i + 2 < len(elements) and elements[i + 1].kind == "para" \
        and elements[i + 2].kind == "bullet" and attributed_quote(squash(elements[i + 1].text))


def without_fact_boxes(elements: list[Element]) -> list[Element]:
    """The elements without each fact box that a list of actions with field tails runs
    around: its title, paragraphs and items go, the items written as the list's actions stay."""
    out: list[Element] = []
    i = 0
    while i < len(elements):
        el = elements[i]
        # (the title first: the tail of the item before is read only over a box's title)
        label = _tail_label(out[-1].text) if out and out[-1].kind == "bullet" and _box_title(elements, i) \
            else None
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
