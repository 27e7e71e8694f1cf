"""What a print sets where a table goes on over a page break, when the table is printed as
cards or a numbered list rather than as a grid: the caption again with its mark ('Tabell 3
(forts.)') and the broken row's first cell, which holds only the mark ('Åtgärd: (forts.)',
'3.3 (forts.)'). Neither states anything: the caption names the table above once more, and
the mark says the fields that follow (its partners, its indicator) go on with the action
above. Both are dropped, so those fields read as the action above's -- as `elements` joins
a grid's '(forts.)' row to the row it continues."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .text import squash

if TYPE_CHECKING:
    from .elements import Element

# the caption of a table's continued piece: 'Tabell 3 (forts.)', 'Tabell 3, forts.'
_CONTINUED_TABLE_RE = re.compile(r"^\s*tabell\s+\d{1,2}[a-z]?\s*[.,:–-]?\s*\(?\s*forts(?:\.|ättning)?\s*\)?\s*$", re.I)
# an item or field that holds only the mark: '(forts.)', '3.3 (forts.)', 'Åtgärd: (forts.)', '• (forts.)'
_MARK_ONLY_RE = re.compile(
    r"^\s*(?:[•\-–]\s*|\d{1,2}(?:\.\d{1,2})*\.?\s+|[A-ZÅÄÖ][^\W\d_]{2,30}\s*:\s*)?"
    r"\(\s*forts(?:\.|ättning)?\s*\)\s*\.?\s*$", re.I)


def is_continuation_mark(text: str) -> bool:
    """A continued table's caption alone, or an item or field holding only '(forts.)'."""
    t = squash(text)
    return bool(_CONTINUED_TABLE_RE.match(t) or _MARK_ONLY_RE.match(t))


def _without_mark_rows(el: Element) -> Element:
    """A two-column table of fields (label | value, a card per action) without the rows whose
    value is only the mark ('Åtgärder | (forts.)'): the fields after it go on with the card above."""
    t = el.table
    if t is None or any(len(r) != 2 for r in t.rows):
        return el
    drop = [k for k, r in enumerate(t.rows) if r[0].strip() and _MARK_ONLY_RE.match(squash(r[1]))]
    if not drop:
        return el
    keep = [k for k in range(len(t.rows)) if k not in drop]
    pages = [el.pages[k] for k in keep] if len(el.pages) == len(t.rows) else el.pages
    t.rows = [t.rows[k] for k in keep]
    el.pages = pages
    t.spans = [(r - sum(d < r for d in drop), c, rs, cs) for r, c, rs, cs in t.spans if r not in drop]
    return el


def without_continuation_marks(elements: list[Element]) -> list[Element]:
    """The element stream without paragraphs and list items that are only a continuation
    mark (headings are kept: 'Boende (forts.)' heads its section going on), and without the
    field rows of a card table holding only the mark."""
    return [_without_mark_rows(el) if el.kind == "table" else el for el in elements
            if not (el.kind in ("para", "bullet") and is_continuation_mark(el.text))]
