"""Goals asked as how-questions (twenty-fourth blind set).

A programme built around the residents' questions heads each chapter with a question about
how an outcome comes about -- 'Hur får fler jobb?', 'Hur lär sig fler svenska och finska?',
'Hur säger vi nej till rasism?' -- and answers it with what the municipality does ('Vårt
svar', a table or a paragraph of actions). The question is the chapter's goal, said as the
outcome to reach; the actions under it serve it.

A column header or a heading asking how the work is done ('Hur?', 'Hur gör vi?', 'Hur når vi
målet?', 'Hur arbetar vi?') or how it is known ('Hur vet vi att ...?', 'Hur följer vi upp?')
announces actions or indicators, not a goal: such a question is told by its verb, one of the
words for doing, working, reaching, measuring or knowing (`headers.DOING_RE`, the reach and
know words). A goal question is a whole clause: 'hur', a finite verb and at least two words
more ('Hur får fler jobb?'), ending in a question mark.
"""
from __future__ import annotations

import re

from .headers import DOING_RE
from .target_columns import is_target_header
from .text import squash

# the verbs of a question about the work itself: done, worked, led, reached, followed up,
# measured, known, organised, gone on with ('Hur går vi vidare?')
_WORK_RE = re.compile(r"^(?:gör|görs|arbetar|arbetas|jobbar|genomför|genomförs|leder|organiserar|"
                      r"organiseras|når|uppnår|uppnås|nås|följer|följs|mäter|mäts|vet|ser|märker|"
                      r"utvärderar|utvärderas|går|ska|kommer|kan|främjar|främjas|stöder|stöds|"
                      r"samarbetar|samverkar|finansieras|ordnas|ordnar|"
                      # how often, long, much or many: a quantity, as 'Hur ofta?' asks
                      r"ofta|länge|mycket|många|stor|stora)$")
_KNOW_OR_REACH_RE = re.compile(r"\bvet\b|\bmät|\bföljs?\b.*\bupp\b|utvärder|\bmålet\b|\bmålen\b|uppnå|\bnå\b")
_MIN_WORDS = 4  # 'hur', the verb, and two words more


def asks_how_outcome(heading: str) -> bool:
    """A heading asking how an outcome comes about ('Hur får fler jobb?'): a goal."""
    text = squash(re.sub(r"^\s*\d+(?:\.\d+)*\.?\s+", "", heading))
    if not text.endswith("?"):
        return False
    toks = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text.lower())
    if len(toks) < _MIN_WORDS or toks[0] != "hur" or _WORK_RE.match(toks[1]):
        return False
    rest = " ".join(toks[1:])
    return not DOING_RE.search(rest) and not _KNOW_OR_REACH_RE.search(rest)


def question_goal_column(headers: list[str], rows: list[list[str]], roles: dict[int, str]) -> dict[int, str]:
    """`roles` with a column of no role whose every filled cell is a question ('Fråga': 'Hur
    får fler jobb?', empty where the row above's question goes on) read as the goal column,
    in a table of indicators naming no goal otherwise: a programme whose goals are questions
    names them so where it follows them up."""
    # ('Mål 2029' over the figures to reach names a level, no goal: `target_columns`)
    targets = {c for c, r in roles.items() if r == "goal" and c < len(headers) and is_target_header(headers[c])}
    if "indicator" not in roles.values() or any(r == "goal" and c not in targets for c, r in roles.items()):
        return roles
    for c in range(len(headers)):
        if c in roles:
            continue
        cells = [squash(r[c]) for r in rows if c < len(r) and r[c].strip()]
        if len(cells) >= 2 and all(x.endswith("?") for x in cells):
            return {**{k: r for k, r in roles.items() if k not in targets}, c: "goal"}
    return roles
