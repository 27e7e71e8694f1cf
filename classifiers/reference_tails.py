"""A follow-up item closed by the number of what it follows up: '... (åtgärd 11)', '...
(mål 2)'. A programme that numbers its actions and goals lists its indicators once, in a
follow-up chapter, and ties each to an action or a goal by a reference in brackets at its
end ('hänvisningen inom parentes anger den åtgärd eller det mål som indikatorn hänför sig
till'). The reference says whose the indicator is; the item is kept as printed (`Builder`)."""
from __future__ import annotations

import re

from .headers import label_role
from .label_vocab import GOAL_REFERENCE_WORDS
from .text import squash

# a reference may point with 'jfr', 'jämför', 'se', 'se även': '(jfr delmål 3.1)' names the
# goal the action is compared with, the one it serves as the plan sorts it (sixty-ninth set)
POINTING_WORDS = r"(?:(?:jfr|jämför|se(?:\s+även|\s+också)?|även|också)\.?\s+)?"
# (a goal by any label of the shared goal-reference list, label_vocab.GOAL_REFERENCE_WORDS:
# '(huvudmål 3)' beside '(delmål 1.2)', and pointed to, '(jfr delmål 3.1)' -- sixty-ninth set)
_REFERENCE_RE = re.compile(
    r"\s*\(" + POINTING_WORDS + r"(?:(?P<action>åtgärd|åtg\.)|" + GOAL_REFERENCE_WORDS
    + r")\s+(?:nr\.?\s+)?(?P<num>\d{1,2}(?:\.\d{1,2})*|\d{1,2}(?-i:[A-Z])(?=\))|(?-i:[A-ZÅÄÖ])(?=\)))\)\s*\.?\s*$",
    re.I)
# (or an action's code, its goal's number and its column group's letter: '(åtgärd 3B)',
# `column_groups`; or a goal's letter alone, '(mål A)', goals lettered 'A. …', 'B. …')


def number_reference(text: str) -> tuple[str, str, str] | None:
    """(text without the reference, 'measure' or 'goal', number) of an item closed by a
    bracketed reference to an action or a goal by its number, else None."""
    t = squash(text)
    m = _REFERENCE_RE.search(t)
    if not m or not t[:m.start()].strip():
        return None
    kind = "measure" if m.group("action") else "goal"
    if kind == "measure" and m.group("num").isalpha():
        return None  # ('(åtgärd A)': actions are referred to by number)
    return t[:m.start()].rstrip(), kind, m.group("num")


# a goal named by its label and number, 'mål 6', 'delmål nr 2.1', as each tail below names it
# (the label words: the shared goal-reference list, label_vocab.GOAL_REFERENCE_WORDS); the
# number in the group 'num'
_BY_NUMBER = r"\s+(?:nr\.?\s+)?(?P<num>\d{1,2}(?:\.\d{1,2})*)"
GOAL_BY_NUMBER = GOAL_REFERENCE_WORDS + _BY_NUMBER

# '..., mål 6)' closing an action's who-parenthesis: the goal it serves, named by number
# after its doer ('Välkomstsamtal ... (Infopunkten, mål 6)'); or the goal alone '(mål 6)'
# (pointed to with 'jfr' or 'se', `POINTING_WORDS`)
_GOAL_IN_PARENTHESIS_RE = re.compile(r"(?P<sep>\(|[,;]\s*)" + POINTING_WORDS + GOAL_BY_NUMBER + r"\s*\)\s*\.?\s*$", re.I)


def goal_in_closing_parenthesis(text: str) -> tuple[str, str] | None:
    """(text without the goal reference, goal number) of an item whose closing parenthesis
    names, last, the goal it serves: '... (biblioteket tillsammans med Folkhälsan, mål 3)' ->
    ('... (biblioteket tillsammans med Folkhälsan)', '3'); '... (mål 3)' -> ('...', '3').
    A programme that sorts its actions by something else than its goals (life situations,
    administrations) ties each to a goal of its numbered list so, as its reading guide says
    ('Inom parentes anges ansvarig aktör och målets nummer'). What stays in the parenthesis
    is the action's who, read as any doer parenthesis is. Else None."""
    t = squash(text)
    m = _GOAL_IN_PARENTHESIS_RE.search(t)
    if not m:
        return None
    if m.group("sep") == "(":
        before = t[:m.start()].rstrip()
    else:
        before = t[:m.start()].rstrip() + ")"
        if "(" not in t[:m.start()]:
            return None
    return (before, m.group("num")) if any(ch.isalpha() for ch in before.split("(")[0]) else None

# '(mål 5, 2025–2028)', '(mål 4, årligen i oktober)': an action listed by who does it (an
# appendix of actions per responsible body) names the goal it serves first in its closing
# parenthesis and then when it is done: the goal by number, the rest the action's time
_GOAL_FIRST_IN_PARENTHESIS_RE = re.compile(
    r"\(" + GOAL_BY_NUMBER + r"\s*[,;]\s*(?P<rest>[^()]*?[^\s()][^()]*)\)\s*\.?\s*$",
    re.I)


def goal_then_time(text: str) -> tuple[str, str, str] | None:
    """(text before the parenthesis, goal number, time) of an item closed by '(mål 5,
    2025–2028)', else None."""
    t = squash(text)
    m = _GOAL_FIRST_IN_PARENTHESIS_RE.search(t)
    if not m:
        return None
    before = t[:m.start()].rstrip()
    return (before, m.group("num"), m.group("rest").strip()) if any(ch.isalpha() for ch in before) else None


# the roles a labelled field after the goal may name: who does the action and when
_FIELD_ROLES = frozenset(("responsible", "actors", "partners", "schedule"))


def opens_with_role_field(rest: str) -> bool:
    """The rest of a '(mål 5, …)' parenthesis opens with a labelled field of who or when
    ('ansvar: biblioteket, fortlöpande', 'Ansvarig: X; tid: 2026'): the action's who and
    when, labelled as in a parenthesis of them alone, not a time."""
    label, colon, _ = squash(rest).partition(":")
    return bool(colon) and len(label.split()) <= 3 and label_role(label.strip()) in _FIELD_ROLES


# '<action>. (Mål 5 – fritidssekreteraren tillsammans med X – vår och höst)' (forty-second
# set): the closing parenthesis names the goal, then who does it, then when, set apart by
# spaced dashes -- three parts exactly, the goal by number first
# (the goal's label also the Finnish 'tavoite', this reader's own)
_GOAL_DOER_TIME_IN_PARENTHESIS_RE = re.compile(
    r"\((?:" + GOAL_REFERENCE_WORDS + r"|tavoite)" + _BY_NUMBER + r"\s+[–—]\s+"
    r"(?P<doer>[^()–—]*?[^\s()–—])\s+[–—]\s+(?P<time>[^()–—]*?[^\s()–—])\s*\)\s*\.?\s*$",
    re.I)


def goal_doer_time(text: str) -> tuple[str, str, str, str] | None:
    """(text before the parenthesis without its full stop, goal number, doer, time) of an item
    closed by '(Mål 5 – X – vår och höst)', else None."""
    t = squash(text)
    m = _GOAL_DOER_TIME_IN_PARENTHESIS_RE.search(t)
    if not m:
        return None
    before = t[:m.start()].rstrip().rstrip(".").rstrip()
    if not any(ch.isalpha() for ch in before):
        return None
    return before, m.group("num"), m.group("doer").strip(), m.group("time").strip()


# '... inom två veckor [Mål 1]. Ansvar: X.': the goal an action serves, named by its number in
# square brackets at the end of the action's sentence, before its fields. A plan that sorts
# its actions by something else than its goals (the year they start in) says so in its
# reading guide ('anges inom hakparentes vilket mål åtgärden hör till'); square brackets hold
# such editorial references, not the sentence's own words
_GOAL_IN_BRACKETS_RE = re.compile(r"\s*\[" + GOAL_BY_NUMBER + r"\]\s*(?=[.;:]|$)", re.I)


def goal_in_brackets(text: str) -> tuple[str, str] | None:
    """(text without the bracketed goal reference, goal number) of an item whose sentence
    closes with '[Mål N]' (its fields may follow: '... [Mål 5]. Ansvar: kundservicen.'),
    else None."""
    t = squash(text)
    m = _GOAL_IN_BRACKETS_RE.search(t)
    if not m or not any(ch.isalpha() for ch in t[:m.start()]):
        return None
    return t[:m.start()] + t[m.end():], m.group("num")


# '… (jfr kommunstrategin, mål 2)', '… (se stadsstrategin, mål 1 och 4)': a goal closed by a
# bracket that points elsewhere -- by 'jfr' / 'jämför' / 'se (även)', the words a writer
# refers the reader on with -- ties the goal to another document's goal or part; the pointer is
# no part of the outcome the goal states (eighty-fourth set)
_POINTING_BRACKET_RE = re.compile(
    r"\s*\((?:jfr|jämför|se(?:\s+även|\s+också)?)\.?\s+[^()]*[^\s()][^()]*\)\s*\.?\s*$", re.I)


def without_pointing_bracket(text: str) -> str:
    """The goal's text without a closing bracket that points to something else ('Fler
    invandrare i arbete (jfr kommunstrategin, mål 1)' -> 'Fler invandrare i arbete'); any
    other text as it is."""
    m = _POINTING_BRACKET_RE.search(text or "")
    if m is None or not any(ch.isalpha() for ch in text[:m.start()]):
        return text
    return text[:m.start()].rstrip()


def goals_without_pointing_brackets(goals) -> None:
    """Each goal's text without a closing pointer to another document (`without_pointing_bracket`)."""
    for g in goals:
        g.text = without_pointing_bracket(g.text)


# '… (Mål: Fler i arbete året om)': the goal an action serves, named by its words after the
# goal label and a colon in a parenthesis closing the action's text -- the reference a plan
# gives where its goals bear names, no numbers ('Efter varje åtgärd står inom parentes det
# mål den främjar'); the label words: the shared goal-reference list
_GOAL_NAMED_IN_PARENTHESIS_RE = re.compile(
    r"\s*\(" + GOAL_REFERENCE_WORDS + r"\s*:\s*(?P<name>[^()]*[^\s()])\s*\)\s*\.?\s*$", re.I)


def goal_named_in_closing_parenthesis(text: str) -> tuple[str, str] | None:
    """(text without the reference, the goal's name) of an item closed by '(Mål: <name>)',
    else None. The caller ties the name to a goal stated before (a name of no known goal
    leaves the item as printed)."""
    t = squash(text)
    m = _GOAL_NAMED_IN_PARENTHESIS_RE.search(t)
    if not m or not any(ch.isalpha() for ch in t[:m.start()]):
        return None
    return t[:m.start()].rstrip(), m.group("name").strip()
