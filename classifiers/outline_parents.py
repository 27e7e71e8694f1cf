"""A decimal outline's parent item typed as a paragraph: the heading of the items under it.

A numbered list in a decimal outline ('3.1 ARBETE – <goal>', '3.1.1 <action>', '3.1.2
<action>', '3.2 …') prints its levels in one paragraph style, the actions followed by their
field lines ('Ansvar: X', 'Tid: Y'). A paragraph whose number is the stem of the number
opening the paragraph right under it (3.1 over 3.1.1) heads the items numbered under it, as
a numbered heading would: it is no action sharing their fields (`records._action_run`), it is
the section they stand in (its goal, read as a goal heading's). Read here as a heading one
level under the last heading above.
"""

from __future__ import annotations

from .elements import Element
from .text import NUMBERED_RE

# a parent item is a line's title, not a paragraph of prose
_MAX_WORDS = 30


def parent_number(el: Element, nxt: Element) -> bool:
    """el's decimal number is the stem of the number opening nxt, one level down ('3.1 …'
    over '3.1.1 …'): el heads the items numbered under it."""
    if el.kind not in ("para", "bullet", "heading") or nxt.kind not in ("para", "bullet"):
        return False
    a, b = NUMBERED_RE.match(el.text), NUMBERED_RE.match(nxt.text)
    if not a or not b:
        return False
    na, nb = a.group(1).rstrip("."), b.group(1).rstrip(".")
    return "." in na and nb.startswith(na + ".") and nb.count(".") == na.count(".") + 1


def outline_parents_as_headings(elements: list[Element]) -> list[Element]:
    """Each numbered paragraph that is the parent of the numbered paragraph under it (a
    short title, not prose) as a heading one level under the heading above it."""
    out: list[Element] = []
    level = 1
    for i, el in enumerate(elements):
        if el.kind == "heading":
            level = el.level
        nxt = elements[i + 1] if i + 1 < len(elements) else None
        if (el.kind == "para" and nxt is not None and parent_number(el, nxt)
                and len(el.text.split()) <= _MAX_WORDS):
            out.append(Element("heading", el.text, el.page, level=level + 1, blank_before=el.blank_before))
            continue
        out.append(el)
    return out
