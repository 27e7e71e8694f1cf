"""A numbered goal that names its area before the goal itself (twentieth blind set).

A programme listing its goals one per item often prints each with its number, the name of the
area it concerns and a colon, then the goal: 'Mål 1. Språk och utbildning: Alla nyinflyttade
vuxna har tillgång till ...', 'Mål 3 – Barn och unga: Barn deltar i ...'. The number is the one
the action tables refer to ('Mål nr': '1'); the area name is the goal's theme, as a heading
over the goal would be; the goal is the sentence after the colon.

The area name is a name, not a sentence: a few words opening with a capital, no sentence stop
or further colon inside. The goal after it opens with a capital and runs on as a sentence (at
least three words). 'Mål 2. Invånarna ...: a, b' (a sentence introducing a list) has more words
before its colon than a name and is not read so.
"""
from __future__ import annotations

import re

from pydantic import BaseModel

from .text import squash

_NAME_MAX_WORDS = 6
_GOAL_MIN_WORDS = 3

_NAMED_GOAL_RE = re.compile(
    r"^\s*(?:del|huvud)?(?:mål|målsättning)\s+(?P<num>\d{1,2}[a-zåäö]?)\s*[.–—-]\s+"
    r"(?P<name>(?-i:[A-ZÅÄÖ])[^.:;!?]{1,80}?)\s*:\s+(?P<goal>(?-i:[A-ZÅÄÖ]).+)$", re.I | re.S)


class NamedGoal(BaseModel):
    number: str
    area: str
    text: str


def named_goal(text: str) -> NamedGoal | None:
    """'Mål 1. Språk och utbildning: Alla ... inflyttningen.' -> number '1', area 'Språk och
    utbildning', text 'Alla ... inflyttningen' (no final full stop); else None."""
    m = _NAMED_GOAL_RE.match(squash(text))
    if not m:
        return None
    name, goal = m.group("name").strip(), m.group("goal").strip().rstrip(".").strip()
    if len(name.split()) > _NAME_MAX_WORDS or len(goal.split()) < _GOAL_MIN_WORDS or ":" in goal:
        return None
    return NamedGoal(number=m.group("num"), area=name, text=goal)
