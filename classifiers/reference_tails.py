"""A follow-up item closed by the number of what it follows up: '... (åtgärd 11)', '...
(mål 2)'. A programme that numbers its actions and goals lists its indicators once, in a
follow-up chapter, and ties each to an action or a goal by a reference in brackets at its
end ('hänvisningen inom parentes anger den åtgärd eller det mål som indikatorn hänför sig
till'). The reference says whose the indicator is; the item is kept as printed (`Builder`)."""
from __future__ import annotations

import re

from .text import squash

_REFERENCE_RE = re.compile(
    r"\s*\((?P<kind>åtgärd|åtg\.|mål|delmål)\s+(?:nr\.?\s+)?(?P<num>\d{1,2}(?:\.\d{1,2})*)\)\s*\.?\s*$", re.I)


def number_reference(text: str) -> tuple[str, str, str] | None:
    """(text without the reference, 'measure' or 'goal', number) of an item closed by a
    bracketed reference to an action or a goal by its number, else None."""
    t = squash(text)
    m = _REFERENCE_RE.search(t)
    if not m or not t[:m.start()].strip():
        return None
    kind = "goal" if m.group("kind").lower() in ("mål", "delmål") else "measure"
    return t[:m.start()].rstrip(), kind, m.group("num")
