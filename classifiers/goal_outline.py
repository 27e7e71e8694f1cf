"""A two-level goal outline coded by letters: a heading names a main goal by a letter and
its area ('Huvudmål A – Arbete och kompetens'), the paragraph right under it states the goal
in one sentence, and the items listed under that are its sub-goals, coded by the letter and
a number ('A1 Vägen till arbete blir kortare', 'A2 ...'). An action plan elsewhere refers
to the sub-goals by these codes. The letter code of the heading is what makes it a goal (a
plain 'Arbete och kompetens' heading is a theme); the area it names is the goals' theme;
an item's code extending the heading's letter is what makes it a sub-goal of it."""

from __future__ import annotations

import re

from .text import squash

# '[3.1] Huvudmål A – Arbete', 'Mål B: Barn och unga', 'Delmål C. ...': a goal label (or a
# compound of it), one capital letter, a dash, colon or full stop, then the area's name
_LETTER_GOAL_HEADING_RE = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:[^\W\d_]{3,}?)?(?:mål|Mål|målsättning|Målsättning)\s+"
    r"(?P<letter>[A-ZÅÄÖ])\s*[:.–—-]\s+(?P<name>\S.*)$", re.S)
# an item opening with a code of that letter and a number: 'A1 ...', 'A1: ...', 'A.1 ...'
_SUB_CODE_RE = re.compile(r"^\s*(?P<code>(?P<letter>[A-ZÅÄÖ])\.?\d{1,2})[.:)]?\s+(?P<text>\S.*)$", re.S)
# a goal stated in one sentence: few enough words to be a goal, not a description
MAX_GOAL_WORDS = 30


def lettered_goal_heading(heading: str) -> tuple[str, str] | None:
    """(letter, area name) of a heading naming a main goal by a letter, else None."""
    m = _LETTER_GOAL_HEADING_RE.match(squash(heading))
    if not m:
        return None
    return m.group("letter"), m.group("name").strip().rstrip(".:").strip()


def stated_goal(paragraph: str) -> str | None:
    """The goal a paragraph under such a heading states: the paragraph when it is one
    sentence of a goal's length (without its full stop), else None."""
    text = squash(paragraph)
    body = text.rstrip(".").strip()
    if not body or re.search(r"[.!?]\s+[A-ZÅÄÖ]", body) or text.endswith((":", "?")):
        return None
    return body if len(body.split()) <= MAX_GOAL_WORDS else None


def speaks_of_goal(paragraph: str, letter: str) -> bool:
    """The paragraph opens by naming the goal by its label and letter as its subject ('Mål F
    behandlades separat i kommunstyrelsen ...'): a sentence about the goal, not the goal's
    own statement, which would not name itself."""
    return bool(re.match(rf"^\s*(?:[^\W\d_]+\s+)?(?:[^\W\d_]*?)mål\w*\s+{re.escape(letter)}\s+[^\W\d_]",
                         squash(paragraph), re.I))


def sub_goal_item(item: str, letter: str) -> tuple[str, str] | None:
    """(code, sub-goal) of a list item coded by `letter` and a number, else None."""
    m = _SUB_CODE_RE.match(item)
    if not m or m.group("letter") != letter:
        return None
    return m.group("code").replace(".", ""), squash(m.group("text")).rstrip(".").strip()
