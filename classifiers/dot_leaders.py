"""A list whose items are set with dot leaders ('Språkcafé för föräldrar ........
bildningsavdelningen'): as in a table of contents or a price list, the dots lead the eye from
the item to what belongs to it on the right -- in a list of actions, who carries it out. The
text before the dots is the action, the text after them its doer (and a time, if one closes
it). A leader ending in a page number is a table of contents' line, no doer."""

from __future__ import annotations

import re

# a run of four dots or more (or ellipsis characters), spaced or not, between two texts
_LEADER_RE = re.compile(r"\s*(?:[.…]\s?){4,}\s*(?=\S)")


def leader_tail(text: str) -> tuple[int, str] | None:
    """(where the leader starts, the text after it) of an item set with dot leaders whose
    right-hand side has words (not a page number), else None."""
    m = None
    for m in _LEADER_RE.finditer(text):
        pass
    if m is None or not text[:m.start()].strip():
        return None
    value = text[m.end():].strip().rstrip(".;").strip()
    if not re.search(r"[^\W\d_]{2,}", value):
        return None  # '3 Mål ........ 12': a page number
    return m.start(), value
