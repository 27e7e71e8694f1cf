"""A list item that opens with the label of a meter ('• Så mäter vi: andelen ...', '• Mätare:
antal ...') under a heading that states a goal, where nothing else read the item.

A slide or a leaflet puts one goal per page as its heading and under it the goal's meter as a
labelled bullet; no follow-up heading or paragraph announces the list, so the list is read
neither as indicators (no follow-up scope) nor as actions (no doer). The label itself says the
role: the text after it is an indicator of the heading's goal, its label dropped. Read only
where the item would otherwise stay unread (a fallback: the label cannot name any other role).

classifiers/README.md, 'Slides: labelled meters under a goal heading'.
"""

from __future__ import annotations

from .headers import field_label
from .text import squash


def labelled_meter(text: str) -> str | None:
    """The meter of an item opened by an indicator label ('Så mäter vi: andelen X' -> 'andelen
    X'); None for any other item or a label with nothing after it."""
    found = field_label(text)
    if not found or found[1] != "indicator":
        return None
    rest = text.split(":", 1)[1] if ":" in text else ""
    rest = squash(rest).rstrip(".").strip()
    return rest or None
