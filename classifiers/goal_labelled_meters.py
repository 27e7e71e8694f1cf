"""A meter listed under the follow-up heading with the goal it follows up as its label
('mål 3: antalet deltagare i svenskkurserna på arbetsplatserna').

A follow-up list that keeps its meters short opens each with the number of the goal it
follows up, in lower case as a running label, and the meter after the colon. The label names
the goal; the meter is the text after it. A meter that counts ('antalet deltagare i
svenskkurserna', 'antal besök på ...') counts what one of that goal's actions produces: the
action it names by its name (the head noun it opens with, 'Svenskkurs på arbetsplatsen') is
the one it follows up. A share ('andelen ...') measures the goal's outcome among residents,
of no one action."""

from __future__ import annotations

import re

from .label_vocab import GOAL_REFERENCE_WORDS
from .word_stems import common_start, one_begins_other

# 'mål 3: ...' / 'Mål 3 – ...': the goal's label and number, then the meter
# (the label words: the shared goal-reference list, label_vocab.GOAL_REFERENCE_WORDS)
_GOAL_LABEL_RE = re.compile(r"^\s*" + GOAL_REFERENCE_WORDS + r"\s+(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*[:–-]\s+(?P<text>\S.*)$",
                            re.I | re.S)
# a meter that counts: 'antal(et) ...'
_COUNTS_RE = re.compile(r"^\s*antal(?:et)?\b", re.I)
# the meter's words that can name an action (five letters or more)
_LONG_WORD_RE = re.compile(r"\w{5,}")
# an action's head: its first word, past a running number printed before it ('5.5 Trygghetsvandring ...')
_ACTION_HEAD_RE = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?([^\W\d_]+)")
# the stem two names share: one a prefix of the other, or a compound's common start
_STEM = 7


def goal_labelled_meter(text: str) -> tuple[str, str] | None:
    """(meter, goal number) of an item 'mål N: <meter>', else None."""
    m = _GOAL_LABEL_RE.match(text)
    return (m.group("text").strip().rstrip("."), m.group("num")) if m else None


def counted_action(meter: str, actions: list[tuple[str, str]]) -> str | None:
    """The one action (id, text) a counting meter names by the head noun its text opens with,
    else None (a share, or no action or several named)."""
    if not _COUNTS_RE.match(meter):
        return None
    words = [w.lower() for w in _LONG_WORD_RE.findall(meter)]

    def named(action: str) -> bool:
        head = _ACTION_HEAD_RE.match(action.strip())
        if not head or len(head.group(1)) < 5:
            return False
        h = head.group(1).lower()
        # (one begins the other, or a compound's common start of `_STEM` letters, however
        # the two go on)
        return any(one_begins_other(w, h) or common_start(w, h) >= _STEM for w in words)

    hits = [mid for mid, txt in actions if named(txt)]
    return hits[0] if len(hits) == 1 else None
