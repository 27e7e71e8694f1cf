"""Follow-up checklists of yes/no questions (thirty-first blind set).

A small programme may follow itself up with a checklist the integration council goes through
once a year: one question per action, asked of whether it was carried out, with the answers
to tick printed after it ('☐ Har kursen i svenska ordnats både på hösten och på våren? Ja /
Delvis / Nej'). Listed under a follow-up heading, each question is an indicator -- the
question as printed, without the answer options -- and it follows up the action it asks
about: the one whose words it repeats ('kursen' ~ 'Kostnadsfri kurs i svenska ...').

Which action: the one sharing the most words of meaning with the question (four letters or
more, matched by stem, `named_action.shared_words`), one word at least. On a tie the action
named by its head -- its first word past its number and a genitive owner ('Kommunens
webbplats' is a web site), what the action is ('Välkomstträff med samhällsinformation ...'
is a welcome meeting; 'Information om ... vid kommunens välkomstträff' is information) -- is the one the question asks about ('Har välkomstträffen
ordnats?'). Still tied: no action is named, and the question follows the goal up.
"""

from __future__ import annotations

import re

from .goal_lookup import long_words
from .named_action import shared_words
from .reference_tails import GOAL_BY_NUMBER
from .text import FUNCTION_WORDS, sentences, squash, words

# the answers to tick after the question: two or three short words between slashes
# ('Ja / Delvis / Nej', 'ja/nej', '(Ja / Nej)')
_ANSWER_OPTIONS_RE = re.compile(r"^\(?\s*[^\W\d_]{2,8}(?:\s*/\s*[^\W\d_]{2,8}){1,3}\s*\)?\.?$")


def follow_up_question(text: str) -> str | None:
    """The question of a checklist item that is one question, maybe with its answer options
    after it ('Har X ordnats? Ja / Delvis / Nej' -> 'Har X ordnats?'), else None."""
    flat = squash(text)
    parts = sentences(flat)
    if not parts or "?" not in parts[0]:
        return None
    end = flat.index("?") + 1
    rest = flat[end:].strip()
    if rest and not _ANSWER_OPTIONS_RE.match(rest):
        return None
    return flat[:end]


def _meaning_words(text: str) -> list[str]:
    return [w for w in long_words(text) if w not in FUNCTION_WORDS]


def question_action(question: str, actions: list[tuple[str, str]]) -> str | None:
    """The id of the action (id, text) the question asks about, else None."""
    own = _meaning_words(question)
    if not own or not actions:
        return None
    scored = [(shared_words(own, _meaning_words(text)), mid, text) for mid, text in actions]
    best = max(n for n, _, _ in scored)
    if best < 1:
        return None
    top = [(mid, text) for n, mid, text in scored if n == best]
    if len(top) == 1:
        return top[0][0]
    headed = [mid for mid, text in top if (head := _head(text)) and shared_words(own, [head])]
    return headed[0] if len(headed) == 1 else None


# a definite genitive before the head noun ('Kommunens webbplats', 'Stadens ...'): the
# owner, not what the action is
_GENITIVE_RE = re.compile(r"(?:ens|ets|nas)$")


def _head(action: str) -> str | None:
    """The word an action is named by: its first word (after its number, past a genitive
    owner), lower case, when it carries meaning (four letters or more)."""
    ws = [w.lower() for w in words(action) if w.isalpha()]
    if ws and _GENITIVE_RE.search(ws[0]) and len(ws) > 1:
        ws = ws[1:]
    return ws[0] if ws and len(ws[0]) >= 4 else None


# a question closed by the goal it follows up, in brackets: 'Hur många deltog i kursen? (mål 1)'
# (the goal by label and number as the reference tails name it: reference_tails.GOAL_BY_NUMBER)
_GOAL_TAIL_RE = re.compile(r"\?\s*\(\s*" + GOAL_BY_NUMBER + r"\s*\)\s*\.?$", re.I)


def question_for_goal(text: str) -> tuple[str, str] | None:
    """(question, goal number) of a follow-up question closed by a bracketed reference to the
    goal it follows up ('Hur många deltog i samhällsorienteringen? (mål 1)' -> ('Hur många
    deltog i samhällsorienteringen?', '1')), else None. A programme that answers a list of
    questions in its annual report sorts them by goal so: the question is the indicator, kept
    as printed with its question mark; the reference is the goal's, no words of it."""
    flat = squash(text)
    m = _GOAL_TAIL_RE.search(flat)
    if not m:
        return None
    question = follow_up_question(flat[:m.start() + 1])
    return (question, m.group("num")) if question else None
