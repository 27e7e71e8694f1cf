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


# the document itself as the question's object ('Hur läser jag programmet?', 'Var hittar jag
# planen?'): a reading guide about the programme, no question of a resident's life
_ABOUT_DOCUMENT_RE = re.compile(r"\b[^\W\d_]*(?:programmet|planen|dokumentet)\b", re.I)


def asks_as_resident(heading: str) -> bool:
    """A heading that is a question in a resident's own words (first person singular),
    not one about reading the document itself."""
    text = heading or ""
    return (text.rstrip().endswith("?") and bool(_FIRST_PERSON_RE.search(text))
            and not _ABOUT_DOCUMENT_RE.search(text))


def answer_goal(heading: str, paragraph: str) -> tuple[str, str] | None:
    """(the goal, the rest of the paragraph) a paragraph right under a resident's question
    states: its first sentence when that is a statement (no question, no list intro, no
    first-person pronoun of the resident), else None. The answer is a paragraph of its own;
    when more sentences follow in the same paragraph (a print that ran the answer and the
    background together), the first is the answer only if it tells no figures, which the
    background does ('I slutet av 2024 var 31 procent ...')."""
    if not asks_as_resident(heading):
        return None
    parts = sentences(" ".join((paragraph or "").split()))
    if not parts:
        return None
    first = parts[0]
    if is_question(first) or first.endswith(":") or len(first.split()) > _MAX_WORDS \
            or _FIRST_PERSON_RE.search(first):
        return None
    if len(parts) > 1 and any(ch.isdigit() for ch in first):
        return None
    return first, " ".join(parts[1:])
