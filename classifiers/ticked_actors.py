"""Actor fields printed as a form of tick boxes (thirty-second blind set).

    Ansvar: ☒ kommunen ☐ välfärdsområdet ☒ tredje sektorn

A programme whose actions are shared among a fixed set of actors may print every actor on
each action card with a box before it and tick the ones that carry the action out ('I
åtgärdskorten anges med kryss vilken eller vilka aktörer som ansvarar för åtgärden'). The
field names the ticked actors only: an empty box is an actor offered by the form, not one
the card names. Read when the field holds two boxes at least, one of them ticked."""

from __future__ import annotations

import re

_TICKED = "☒☑✅✔✓"
_EMPTY = "☐□▢❏❑"
_BOX_RE = re.compile(rf"([{_TICKED}{_EMPTY}])\s*([^{_TICKED}{_EMPTY}]*)")
_ANY_BOX_RE = re.compile(rf"[{_TICKED}{_EMPTY}]")


def ticked_names(text: str) -> str | None:
    """'☒ kommunen ☐ välfärdsområdet ☒ tredje sektorn' -> 'kommunen, tredje sektorn'; None
    when the text is no tick-box form (fewer than two boxes, none ticked, or words before
    the first box)."""
    if not text:
        return None
    first = _ANY_BOX_RE.search(text)
    if first is None or text[:first.start()].strip(" :"):
        return None
    boxes = _BOX_RE.findall(text)
    if len(boxes) < 2 or not any(b in _TICKED for b, _ in boxes):
        return None
    names = [n.strip(" ,;") for b, n in boxes if b in _TICKED and n.strip(" ,;")]
    return ", ".join(names)
