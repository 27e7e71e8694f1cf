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
from .actors import trailing_actors
from .text import squash

# 'FAKTA: …', 'Fakta – …', 'Faktaruta: …', 'FAKTARUTA'
_BOX_TITLE_RE = re.compile(r"^\s*fakta(?:ruta)?\s*(?:[:–—-]\s*\S|$)", re.I)
# the label opening an item's closing parenthesis of fields: '(ansvar: X; tid: Y)' -> 'ansvar'
_TAIL_LABEL_RE = re.compile(r"\(\s*([^\W\d_]+)\s*:[^()]*\)\s*\.?\s*$")


def _tail_label(text: str) -> str | None:
    m = _TAIL_LABEL_RE.search(squash(text))
    return m.group(1).lower() if m else None


# an unlabelled who/when parenthesis closing an item ('(fritidsledarna, somrarna)'): the
# list's tail shape when no label opens it
_WHO_WHEN = "who, when"
# a paragraph that states a goal or introduces a list ('Mål: …', 'Vårt mål är …', 'Så gör vi:')
# opens a section of its own: no box holds it
_OPENS_SECTION_RE = re.compile(r"^\s*(?:(?:vårt|vart|ett|vårt\s+eget)\s+)?mål(?:et|en|sättning\w*)?\b|:\s*$", re.I)


def _tail_shape(text: str) -> str | None:
    """How an item closes its fields: the label opening its parenthesis ('ansvar'), or
    `_WHO_WHEN` for an unlabelled '(X, <time>)' naming a doer and a time; else None."""
    label = _tail_label(text)
    if label is not None:
        return label
    m = _WHO_WHEN_PAREN_RE.search(squash(text))
    if not m:
        return None
    found = trailing_actors(squash(text))
    return _WHO_WHEN if found and found[0] and found[2] else None


_WHO_WHEN_PAREN_RE = re.compile(r"\([^():]*,[^():]*\)\s*\.?\s*$")


def _last_heading_level(out: list[Element]) -> int | None:
    for x in reversed(out):
        if x.kind == "heading":
            return x.level
    return None


def _side_box(elements: list[Element], i: int, out: list[Element]) -> bool:
    """A heading deeper than the section's own, over paragraphs only that state no goal and
    introduce nothing, then items: a box set beside the section's list (a two-column or
    folder print extracts it between the list's parts, 'Visste du?', 'Röster från …')."""
    el = elements[i]
    top = _last_heading_level(out)
    if el.kind != "heading" or top is None or not el.level or el.level <= top:
        return False
    j = i + 1
    while j < len(elements) and elements[j].kind == "para":
        if _OPENS_SECTION_RE.search(elements[j].text):
            return False
        j += 1
    return i + 1 < j <= i + 3 and j < len(elements) and elements[j].kind == "bullet"


def without_fact_boxes(elements: list[Element]) -> list[Element]:
    """The elements without each fact box that a list of actions with field tails runs
    around: its title, paragraphs and items go, the items written as the list's actions stay.
    A box is titled 'FAKTA …', or is a heading deeper than the section's over paragraphs only
    (`_side_box`); the items after it stay the list's where they close as its items do."""
    out: list[Element] = []
    i = 0
    while i < len(elements):
        el = elements[i]
        # (the title first: the tail of the item before is read only over a box's title)
        label = None
        if el.kind in ("heading", "para") and out and out[-1].kind == "bullet":
            if _BOX_TITLE_RE.match(el.text):
                label = _tail_label(out[-1].text)
            elif _side_box(elements, i, out):
                label = _tail_shape(out[-1].text)
        if label is None:
            out.append(el)
            i += 1
            continue
        j = i + 1
        while j < len(elements) and elements[j].kind in ("para", "bullet"):
            j += 1
        kept = [x for x in elements[i + 1:j] if x.kind == "bullet" and _tail_shape(x.text) == label]
        if not kept:  # nothing of the list goes on after the box: the box is read as it is
            out.append(el)
            i += 1
            continue
        out.extend(kept)
        i = j
    return out
