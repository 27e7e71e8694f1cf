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


# an item closing with its doer and time unlabelled, '(biblioteket, fortlöpande)' (a brochure's
# 'Vi <action> (<who>, <when>)')
_TAIL_FIELDS_RE = re.compile(r"\s\(\s*[^():,]+?\s*,\s*[^():,]+?\s*\)\s*\.?\s*$")
# a goal named in a paragraph: a box stating one is a part of the plan, no side box
_NAMES_GOAL_RE = re.compile(r"\bmål", re.I)
_NUMBERED_HEADING_RE = re.compile(r"^\s*(?:\d{1,2}\.)*\d{1,2}\.?\s")


def _tail_form(text: str, labelled_only: bool) -> str | None:
    """The form of the field tail an item closes with: its label ('ansvar'), or ',' for an
    unlabelled '(who, when)' (read only where `labelled_only` is false); None for none."""
    label = _tail_label(text)
    if label or labelled_only:
        return label
    return "," if _TAIL_FIELDS_RE.search(squash(text)) else None


def _side_box_title(el: Element, out: list[Element]) -> bool:
    """A heading one level below the area's heading, unnumbered, standing right after an item
    of the area's list ('Visste du?', 'Röster från …' in a brochure's area 'Språk'): the title
    of a box set beside the list, as 'FAKTA: …' is (the caller checks the list goes on after
    the box in the same form)."""
    if el.kind != "heading" or _NUMBERED_HEADING_RE.match(el.text):
        return False
    area = next((x for x in reversed(out) if x.kind == "heading"), None)
    return area is not None and el.level > area.level


def without_fact_boxes(elements: list[Element]) -> list[Element]:
    """The elements without each fact box that a list of actions with field tails runs
    around: its title, paragraphs and items go, the items written as the list's actions stay."""
    out: list[Element] = []
    i = 0
    while i < len(elements):
        el = elements[i]
        # (the title first: the tail of the item before is read only over a box's title)
        fact = el.kind in ("heading", "para") and bool(_BOX_TITLE_RE.match(el.text))
        # (or a sub-heading of the area titling a side box, 'Visste du?', over paragraphs
        # that state no goal: then an item's unlabelled '(who, when)' tail is a form too)
        side = not fact and bool(out) and out[-1].kind == "bullet" and _side_box_title(el, out)
        label = _tail_form(out[-1].text, labelled_only=not side) if (fact or side) \
            and out and out[-1].kind == "bullet" else None
        if label is None:
            out.append(el)
            i += 1
            continue
        j = i + 1
        while j < len(elements) and elements[j].kind in ("para", "bullet"):
            j += 1
        box = [x for x in elements[i + 1:j] if x.kind == "para"]
        kept = [x for x in elements[i + 1:j] if x.kind == "bullet" and _tail_form(x.text, not side) == label]
        if side and (not box or any(_NAMES_GOAL_RE.search(x.text) for x in box)
                     or elements[i + 1].kind != "para" or elements[j - 1].kind != "bullet"):
            kept = []  # a section of its own: its paragraphs state a goal, or it has none
        if not kept:  # nothing of the list goes on after the box: the box is read as it is
            out.append(el)
            i += 1
            continue
        out.extend(kept)
        i = j
    return out
