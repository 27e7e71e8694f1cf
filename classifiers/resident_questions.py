"""Chapters built on residents' questions: the heading asks as a resident would ('2.1 Hur
hittar jag ett arbete i Solberga?', 'Var kan min tonåring hitta en hobby?', 'Vill kommunen ha
min kompetens?') and the paragraph right under it answers with the goal, one statement
('Nyinflyttade hittar ett arbete eller en utbildning som leder till arbete.'). Programmes
written from workshop questions print the question as the heading and the municipality's
answer -- its goal -- as the section's first sentence; what follows (figures, a table of
actions, prose) is how it gets there. The question is no goal; the answer is.

The resident speaks in the first person singular ('jag', 'min', 'mitt', 'mina', 'mig'); a
heading asking in the programme's own voice ('Vad är ett integrationsprogram?') is not a
resident's question, and its paragraph is explanation."""

from __future__ import annotations

import re

from .text import is_question, sentences

_FIRST_PERSON_RE = re.compile(r"\b(?:jag|mig|min|mitt|mina)\b", re.I)
# a goal is one sentence; a longer paragraph is explanation
_MAX_WORDS = 40


def asks_as_resident(heading: str) -> bool:
    """A heading that is a question in a resident's own words (first person singular)."""
    text = heading or ""
    return text.rstrip().endswith("?") and bool(_FIRST_PERSON_RE.search(text))


def answer_goal(heading: str, paragraph: str) -> str | None:
    """The goal a paragraph right under a resident's question states: the paragraph when it
    is one statement (no question, no list intro, no first-person pronoun of the resident),
    else None."""
    if not asks_as_resident(heading):
        return None
    text = " ".join((paragraph or "").split())
    if not text or len(sentences(text)) != 1 or is_question(text) or text.endswith(":"):
        return None
    if len(text.split()) > _MAX_WORDS or _FIRST_PERSON_RE.search(text):
        return None
    return text
