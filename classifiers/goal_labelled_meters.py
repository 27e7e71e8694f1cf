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

from .label_vocab import ACTION_NOUNS, GOAL_REFERENCE_WORDS, THEME_NUMBERED, alt
from .word_stems import common_start, one_begins_other

# 'mål 3: ...' / 'Mål 3 – ...': the goal's label and number, then the meter
# (the label words: the shared goal-reference list, label_vocab.GOAL_REFERENCE_WORDS)
_GOAL_LABEL_RE = re.compile(r"^\s*" + GOAL_REFERENCE_WORDS + r"\s+(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*[:–-]\s+(?P<text>\S.*)$",
                            re.I | re.S)
# a meter that counts: 'antal(et) ...'
_COUNTS_RE = re.compile(r"^\s*antal(?:et)?\b", re.I)
# ... and a share beside the count ('antal kunder vid X och andel som fått Y'): the meter
# measures the goal's outcome among residents too, so it is of no one action, as a share alone
_SHARE_RE = re.compile(r"\bandel(?:en|ar|arna)?\b", re.I)
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


# 'Åtgärd 4: antal …' / 'Insats 2.1 – …': the label and number of the action it follows up
# (the label words: label_vocab.ACTION_NOUNS), the meter after the colon or dash
_ACTION_LABEL_RE = re.compile(rf"^\s*{alt(ACTION_NOUNS, forms=False)}\s+(?P<num>\d{{1,2}}(?:\.\d{{1,2}})*)\s*[:–-]\s+(?P<text>\S.*)$",
                              re.I | re.S)


def action_labelled_meter(text: str) -> tuple[str, str] | None:
    """(meter, action number) of a follow-up item 'Åtgärd N: <meter>', else None.

    A list of meters that follows the plan action by action keys each meter by the number of
    the action it follows up, as a list keyed 'mål 3:' does by the goal: the action printed
    with that number is the one followed up, the label no part of the meter."""
    m = _ACTION_LABEL_RE.match(text)
    return (" ".join(m.group("text").split()).rstrip("."), m.group("num")) if m else None


# 'Fokusområde 2: antal …; andelen …' / 'Insatsområde 3 – …': the meter keyed by the label and
# number of the area it follows up (the label words: the shared theme list,
# label_vocab.THEME_NUMBERED), the meter after the colon or dash
_AREA_LABEL_RE = re.compile(rf"^\s*{alt(THEME_NUMBERED, forms=False)}\s+(?P<num>\d{{1,2}})\s*[:–-]\s+(?P<text>[^\W\d_].*)$",
                            re.I | re.S)


def area_labelled_meter(text: str) -> tuple[str, str] | None:
    """(meters, area number) of a follow-up item 'Fokusområde N: <meter>[; <meter>]', else None.

    A follow-up list may key its meters by the area they follow up, as a list keyed 'mål 3:'
    does by the goal: the area's label and number name the goal stated under the heading so
    numbered ('Fokusområde 2 – Arbete', 'Vårt mål: …'), or the goal of the actions numbered
    '2.x'. The key names only the area, so the meter follows up that goal, of no one action
    (as a closing bracket naming the area does, `read_lists._CLOSING_NAME_RE`). The caller
    splits the meters at ';' (`cells.semicolon_parts`)."""
    m = _AREA_LABEL_RE.match(text)
    return (" ".join(m.group("text").split()).rstrip("."), m.group("num")) if m else None


def counted_action(meter: str, actions: list[tuple[str, str]]) -> str | None:
    """The one action (id, text) a counting meter names by the head noun its text opens with,
    else None (a share, also one beside the count, or no action or several named)."""
    if not _COUNTS_RE.match(meter) or _SHARE_RE.search(meter):
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
