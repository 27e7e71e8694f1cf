"""An updated programme marks its changes in the text: '(ny 2026)' for a new assignment,
'(ändrad)' for a changed one, often with what it said before ('(Tidigare: till nivå A2.)'),
and '(struken)' for one struck out -- kept in print for traceability, no longer part of the
programme. A struck item is no measure; the markers and the note on the earlier wording are
no part of an item's text."""

from __future__ import annotations

import re

# a revision marker in brackets: new (with its year), changed, struck / removed / cancelled
_MARKER = (r"ny(?:tt)?(?:\s+(?:år\s+)?(?:19|20)\d\d)?|ändrad|ändrat|uppdaterad|uppdaterat"
           r"|struken|struket|stryks|utgår|utgått|slopad|slopat")
_STRUCK = re.compile(r"^(?:struken|struket|stryks|utgår|utgått|slopad|slopat)$", re.I)
# what the item said before: '(Tidigare: ...)', '(Tidigare endast som arbetsgivare.)'
_EARLIER = r"tidigare\b[^()]*"
_MARK_RE = re.compile(rf"\s*\(\s*(?P<m>{_MARKER})\s*\)|\s*\(\s*{_EARLIER}\)", re.I)
# markers only count at the end of the item (its closing brackets, full stops between them)
_TAIL_RE = re.compile(rf"(?:\s*[.;]?\s*\(\s*(?:{_MARKER}|{_EARLIER})\s*\)\s*\.?)+\s*$", re.I)


def revision_marks(text: str) -> tuple[str, bool] | None:
    """(the item without its closing change markers and earlier-wording notes, whether it is
    struck out) of an item closing with at least one such marker, else None."""
    tail = _TAIL_RE.search(text)
    if not tail:
        return None
    marks = [m.group("m") for m in _MARK_RE.finditer(tail.group(0)) if m.group("m")]
    struck = any(_STRUCK.match(m.strip()) for m in marks)
    head = text[:tail.start()].rstrip()
    return head, struck


# a status field saying the item was struck out ('Utgår ur programmet enligt …', 'Struken 2026')
_STRUCK_STATUS_RE = re.compile(r"^(?:struken|struket|stryks|utgår|utgått|slopad|slopat)\b", re.I)


def is_struck_status(value: str) -> bool:
    """A status value that opens by saying the item is struck out ('Utgår ur programmet')."""
    return bool(_STRUCK_STATUS_RE.match(" ".join((value or "").split())))
