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

A question whose answer states goals of its own in its text ('Hur tar vi emot nya invånare?' /
'Vi vill att varje ny invånare får …', 'Vi vill också att …', 'Målet är att …'; fifty-eighth
set) is answered by those goals: the question names the part of the programme they are in,
their theme, and is no goal itself (`questions_answered_by_goals`).
"""
from __future__ import annotations

import re

from .goal_by_words import goal_by_words
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


def questions_answered_by_goals(built) -> None:
    """Each question goal of `built` (`Built.question_goals`) with goals stated in the text
    under it ('Vi vill att …', 'Målet är att …', read as its sub-goals) gives way to them:
    they become goals of the question's level with the question as their theme, and the
    question goal goes. What was tied to the question -- a follow-up table's 'Fråga' column
    naming it, an action read before the answer's goal -- goes to the stated goal whose words
    it shares more than the others', else to the first one stated."""
    by_id = {g.id: g for g in built.goals}
    gone: dict[str, list[str]] = {}
    for q in built.question_goals:
        kids = [g for g in built.goals if g.parent == q and g.id in built.goal_from_prose]
        if q not in by_id or not kids:
            continue
        question = by_id[q]
        for g in kids:
            g.parent, g.theme = question.parent, question.text
        gone[q] = [g.id for g in kids]
    if not gone:
        return

    def instead(gid: str | None, text: str) -> str | None:
        if gid not in gone:
            return gid
        kids = gone[gid]
        return goal_by_words(text, [(k, by_id[k].text) for k in kids]) or kids[0]

    for item in [*built.measures, *built.indicators]:
        item.goals = list(dict.fromkeys(instead(g, item.text) for g in item.goals))
        item.goal = item.goals[0] if item.goals else instead(item.goal, item.text)
    for g in built.goals:
        if g.parent in gone:
            g.parent = gone[g.parent][0]
    built.goals = [g for g in built.goals if g.id not in gone]
    built.question_goals = [q for q in built.question_goals if q not in gone]
