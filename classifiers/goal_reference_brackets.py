"""A listed action closing with the code of the goal it serves in brackets: 'Gratis
simundervisning för vuxna kvinnor (delmål 3.1) – ansvar: idrottsbyrån, …' under 'De hör
till de delmål som anges inom parentes.'

A list added outside the programme's goal structure -- additions after the consultation, a
supplement, a short list at the end -- names each action's goal by the number or code the
goal was listed or tabled with. The bracket is a reference, no part of what is done: it is
cut from the action's text, and the action is that goal's when the code names exactly one
goal of the programme (its text opens with the code: '3.1 Nya invånare …', 'Mål 3.1: …').
"""

from __future__ import annotations

import re

from .label_vocab import GOAL_REFERENCE_WORDS
from .text import squash

# '(delmål 3.1)', '(mål 2)', '(målsättning B)' closing an action's text
# (the label words: the shared goal-reference list, label_vocab.GOAL_REFERENCE_WORDS)
_CLOSING_REFERENCE_RE = re.compile(
    r"\s*\((?:del)?" + GOAL_REFERENCE_WORDS + r"\s+(?P<code>\d{1,2}(?:\.\d{1,2})*|[A-ZÅÄÖ]\d{0,2})\)\s*\.?\s*$", re.I)
# a goal's own code opening its text: '3.1 ', 'Mål 2: ', 'Delmål 1.2. ', 'R1 '
_GOAL_CODE_RE = re.compile(
    r"^(?:(?:del)?mål(?:sättning)?\s+)?(?P<code>\d{1,2}(?:\.\d{1,2})*|[A-ZÅÄÖ]\d{0,2})\s*[.:)–-]?\s+\S", re.I)


def goal_of_code(goals, code: str) -> str | None:
    """The id of the one goal whose text opens with `code`, else None."""
    hits = [g.id for g in goals if (m := _GOAL_CODE_RE.match(squash(g.text))) and m.group("code") == code]
    return hits[0] if len(hits) == 1 else None


def closing_goal_code(text: str, goals) -> tuple[str, str] | None:
    """(text without the reference, goal id) of a text closing with the code of the goal it
    serves in brackets ('... Tidtabell: 2024. (mål A)') when the code names exactly one goal
    of the programme (`goal_of_code`), else None."""
    found = _CLOSING_REFERENCE_RE.search(text)
    gid = goal_of_code(goals, found.group("code")) if found else None
    return (text[:found.start()].rstrip(), gid) if gid is not None and text[:found.start()].strip() else None


# a goal named by its label and code in running text: 'delmål 1.2', 'mål 3.1'
_NAMED_CODE_RE = re.compile(r"^\s*(?:del)?mål\s+(?P<code>\d{1,2}(?:\.\d{1,2})+)\s*$", re.I)


def goal_named_by_code(text: str, goals) -> str | None:
    """The id of the one goal a phrase names by its label and dotted code ('delmål 1.2'),
    the code its text opens with; else None."""
    m = _NAMED_CODE_RE.match(squash(text))
    return goal_of_code(goals, m.group("code")) if m else None


def actions_closing_with_goal_code(built) -> None:
    for m in built.measures:
        found = _CLOSING_REFERENCE_RE.search(m.text)
        if not found:
            continue
        gid = goal_of_code(built.goals, found.group("code"))
        if gid is None:
            continue
        m.text = m.text[:found.start()].rstrip()
        if m.goal != gid:
            m.goal, m.goals = gid, [gid]
            goal = next(g for g in built.goals if g.id == gid)
            m.theme = goal.theme or m.theme
