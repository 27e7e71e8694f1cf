"""Action lists numbered from 1 again in every chapter.

A plan that writes its actions as numbered lists under thematic chapters often numbers them
chapter by chapter ('Åtgärderna i kapitel 3–6 är numrerade kapitelvis'): chapter 3's '1. ...'
and chapter 4's '1. ...' are two actions, not one action stated twice. A restatement repeats
the action's words and serves its goal; items of lists in different chapters, under
different goals, that share no words are actions of their own."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from .text import normalize_for_match

# below this token-set similarity two texts share no more than a function word or two
UNRELATED = 50.0
_PLAIN_NUMBER_RE = re.compile(r"^\d{1,2}$")
_ITEM_NUMBER_RE = re.compile(r"^\s*\d{1,2}\.\s*")
# a word that carries meaning: four letters or more
_LONG_WORD_RE = re.compile(r"[^\W\d_]{4,}")


def numbered_per_chapter(num: str, ms: list, from_table: set[str]) -> bool:
    """The measures `ms` sharing the plain number `num` ('1') are list items of different
    chapters (sections), under different goals, whose texts share no words: a list numbered
    anew in each chapter, so different actions."""
    if not _PLAIN_NUMBER_RE.match(num) or any(m.id in from_table for m in ms):
        return False
    sections = [m.section for m in ms]
    if not all(sections) or len(set(sections)) < len(sections):
        return False
    goals = [tuple(m.goals or [m.goal]) for m in ms]
    if not all(g and g[0] for g in goals) or any(
            set(a) & set(c) for i, a in enumerate(goals) for c in goals[i + 1:]):
        return False
    texts = [normalize_for_match(_ITEM_NUMBER_RE.sub("", m.text)) for m in ms]
    return all(_unrelated(a, c) for i, a in enumerate(texts) for c in texts[i + 1:])


def _unrelated(a: str, c: str) -> bool:
    """Two action texts that share no words: alike in few letters, or sharing no word of
    four letters or more by stem (one a prefix of the other) -- 'Svenska som andraspråk ...
    i grundskolan' and 'Simundervisning för vuxna ...' look alike letter by letter
    ('-undervisning') but name two things; a restatement repeats the action's words."""
    if fuzz.token_set_ratio(a, c) < UNRELATED:
        return True
    wa = set(_LONG_WORD_RE.findall(a.lower()))
    wc = set(_LONG_WORD_RE.findall(c.lower()))
    return not any(x.startswith(y) or y.startswith(x) for x in wa for y in wc)
