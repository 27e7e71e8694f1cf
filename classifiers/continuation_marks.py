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

from .headers import field_label
from .table_rows import drop_table_rows
from .text import CONTINUED_WORD, squash

if TYPE_CHECKING:
    from .elements import Element

# the mark: 'forts.', 'fortsättning', 'fortsätter' (`text.CONTINUED_WORD`)
_FORTS = CONTINUED_WORD
# the caption of a table's continued piece: 'Tabell 3 (forts.)', 'Tabell 3, forts.'
_CONTINUED_TABLE_RE = re.compile(rf"^\s*tabell\s+\d{{1,2}}[a-z]?\s*[.,:–-]?\s*\(?\s*{_FORTS}\s*\)?\s*$", re.I)
# an item or field that holds only the mark: '(forts.)', '3.3 (forts.)', 'Åtgärd: (forts.)', '• (forts.)'
_MARK_ONLY_RE = re.compile(
    r"^\s*(?:[•\-–]\s*|\d{1,2}(?:\.\d{1,2})*\.?\s+|[A-ZÅÄÖ][^\W\d_]{2,30}\s*:\s*)?"
    rf"\(\s*{_FORTS}\s*\)\s*\.?\s*$", re.I)


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
    return drop_table_rows(el, drop) if drop else el


def _field(el: Element) -> tuple[str, str, str] | None:
    """(label, role, value) of a field paragraph ('Åtgärd: Språkcafé …'), else None."""
    if el.kind != "para":
        return None
    f = field_label(el.text)
    return (f[0], f[1], el.text.split(":", 1)[1].strip()) if f else None


def _without_cut_action_rests(elements: list[Element]) -> list[Element]:
    """Without a card of one field, its action opening in lower case ('Åtgärd: stadiet och
    högskolorna stöder …'), between the last field of the card above and the first field of
    the next card: the rest of the action above, cut where the page broke its table row (a
    row's text does not start over in mid-sentence) -- no action of its own. (It is not
    joined: the action is read as its card prints it, one block's text.)"""
    out: list[Element] = []
    for k, el in enumerate(elements):
        f = _field(el)
        if f and f[1] == "measure" and f[2][:1].islower():
            # the card above: its fields back to its action field
            # (a goal's field opens the next card's group, 'Mål: X' / 'Åtgärder: a; b':
            # what follows it starts that group's actions, the rest of none above)
            j = len(out) - 1
            while j >= 0 and (g := _field(out[j])) and g[1] not in ("measure", "goal"):
                j -= 1
            above = _field(out[j]) if j >= 0 else None
            card_labels = {g[0] for x in out[max(0, j - 1):] if (g := _field(x))}
            nxt = _field(elements[k + 1]) if k + 1 < len(elements) else None
            if above and above[1] == "measure" and len(out) - j > 1 and (nxt is None or nxt[0] in card_labels):
                continue
        out.append(el)
    return out


def without_continuation_marks(elements: list[Element]) -> list[Element]:
    """The element stream without paragraphs and list items that are only a continuation
    mark (headings are kept: 'Boende (forts.)' heads its section going on), and without the
    field rows of a card table holding only the mark."""
    kept = [_without_mark_rows(el) if el.kind == "table" else el for el in elements
            if not (el.kind in ("para", "bullet") and is_continuation_mark(el.text))]
    return _without_cut_action_rests(kept)


def without_repeated_box_titles(elements: list[Element]) -> list[Element]:
    """The element stream without a numbered heading printed again at the top of a later
    page right inside the part it titles ('NYCKELÅTGÄRD 1' / the action / [page break]
    'NYCKELÅTGÄRD 1' / 'Ansvarig: …'): a box or one-column table whose title row the print
    repeats where the page breaks it, as a grid repeats its header row. Nothing but
    paragraphs and list items stands between the two, so no other part began: the second
    says nothing new, and kept it would cut the box's fields off its action. (An unnumbered
    heading printed twice may title two parts alike, 'Åtgärd' over each card: kept.)"""
    out: list[Element] = []
    last_head: Element | None = None
    between = 0
    for el in elements:
        if el.kind == "heading":
            if (last_head is not None and between and el.page > last_head.page
                    and any(ch.isdigit() for ch in el.text)
                    and squash(el.text).casefold() == squash(last_head.text).casefold()):
                continue
            last_head, between = el, 0
        elif el.kind in ("para", "bullet"):
            between += 1
        else:
            last_head = None  # a table between: the heading titled no box running on
        out.append(el)
    return out
