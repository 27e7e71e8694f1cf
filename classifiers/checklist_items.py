"""Action checklists: '☐ action (doer) – klart senast 31.8.2026' items, ticked ones done.

An annex checklist lists each action as a box to tick, who does it in brackets and its
deadline after a dash ('☐ Välkomstträff varje höst (fritidssekreteraren) – klart senast
30.11.2026'). Items already ticked when the programme was adopted ('☒ Ansökan om
landskapsbidrag (inlämnad 11/2025)') are steps done while it was prepared: they are no
actions of the programme's period. Only where the list mixes open and ticked boxes: a list of
ticked boxes only is a list of the programme's actions printed with checkmarks.
"""

from __future__ import annotations

import re

from .text import BULLET_CHARS

# the box after an optional list marker, as `text.BULLET_RE` reads a checklist item
_MARKER = rf"^\s*(?:[{re.escape(BULLET_CHARS)}]\s+)?"
_OPEN_BOX_RE = re.compile(rf"{_MARKER}[☐□▢❏❑]\s+")
_TICKED_BOX_RE = re.compile(rf"{_MARKER}[☑☒]\s+")


def without_ticked_items(elements: list) -> list:
    """The elements without the ticked items of a checklist that also has open items."""
    bullets = [e for e in elements if e.kind == "bullet"]
    if not any(_OPEN_BOX_RE.match(e.text) for e in bullets):
        return elements
    return [e for e in elements if not (e.kind == "bullet" and _TICKED_BOX_RE.match(e.text))]


# '(doer) – klart senast 31.8.2026' closing the item: the doer in brackets, then after a
# spaced dash the deadline, a phrase with a date or a year in it
# (no colon after the dash: '(delmål 1.2) – ansvar: X, tidtabell: 2027' is a reference in
# brackets and labelled fields after it, read as such, no doer and deadline)
_DEADLINE_TAIL_RE = re.compile(r"\(([^()]{2,120})\)\s+[–—-]\s+((?:[^()–—:]*?\s)?\d{1,2}\.\d{1,2}\.\d{4}|[^()–—:]*?\b(?:19|20)\d{2})\s*[.;]?\s*$")
# the words before the date that only say it is a deadline ('klart senast', 'senast', 'klar')
_DEADLINE_WORDS_RE = re.compile(r"^(?:[^\W\d_]+\s+){0,2}(?=\d)")


def deadline_tail(text: str) -> tuple[int, str, str] | None:
    """(where the tail starts, the bracket's content, the date) of an item closing with its
    doer in brackets and its deadline after a dash, else None."""
    m = _DEADLINE_TAIL_RE.search(text)
    if not m:
        return None
    when = _DEADLINE_WORDS_RE.sub("", m.group(2).strip())
    return m.start(), m.group(1).strip(), when


# a deadline alone: 'klart senast 30.9.2027', 'senast 31.12.2026'
_DEADLINE_PHRASE_RE = re.compile(r"^(?:[^\W\d_]+\s+){0,2}\d{1,2}\.\d{1,2}\.\d{4}\s*[.;]?$")


def deadline_phrase(text: str) -> bool:
    """The text is a deadline alone: a word or two and a date ('klart senast 30.9.2027')."""
    return bool(_DEADLINE_PHRASE_RE.match(text.strip()))
