"""A two-level goal outline coded by letters: a heading names a main goal by a letter and
its area ('Huvudmål A – Arbete och kompetens'), the paragraph right under it states the goal
in one sentence, and the items listed under that are its sub-goals, coded by the letter and
a number ('A1 Vägen till arbete blir kortare', 'A2 ...'). An action plan elsewhere refers
to the sub-goals by these codes. The letter code of the heading is what makes it a goal (a
plain 'Arbete och kompetens' heading is a theme); the area it names is the goals' theme;
an item's code extending the heading's letter is what makes it a sub-goal of it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .elements import bullet_runs
from .text import GOAL_COMPOUND_FIRST, GOAL_LABEL_WORDS, item_text, squash
from .theme_lead_in import theme_lead_in

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


# --- a goal outline flattened into one list ------------------------------------------------
# A programme that derives its goals from a strategy often types its three levels -- the
# strategic goal, the sub-goals under it and each sub-goal's actions -- as one bulleted list,
# the nesting lost: '• Strategiskt mål 1 – Livskraft och arbete: <goal>', '• Delmål 1.1:
# <sub-goal>', '• <action> (<doer>, <time>)', '• <action> …', '• Delmål 1.2: …'. The goal
# items say their level by their label and number; the plain items after one are the actions
# of the goal item above them (the innermost, a sub-goal), as they would be under a heading.
# Read only in a list that opens with such a goal item and holds a plain item after one: a
# list of labelled goals alone stays a goal list, as before.

# '<label> N[.M] <sep> <rest>': a goal label of the shared main-goal list (a compound or an
# adjective before it allowed, 'Strategiskt mål', 'Huvudmål', 'Effektmål'; not 'Modersmål')
# and its number, then a colon, full stop or dash
_NUMBERED_GOAL_ITEM_RE = re.compile(
    r"^\s*(?:[^\W\d_]+\s+)?"
    rf"{GOAL_COMPOUND_FIRST}"
    rf"{GOAL_LABEL_WORDS}\s+(?P<num>\d{{1,2}}(?:\.\d{{1,2}})*)\s*(?:[:.–—·-]\s+|(?=\())(?P<rest>\S.*)$",
    re.I | re.S)


_BRACKETED_AREA_RE = re.compile(r"^\((?P<area>[A-ZÅÄÖ][^():.;\d]{1,60}?)\)\s*[:–—-]\s+(?P<text>\S.*)$", re.S)
# a colon, or a spaced dash, after the number: an area may lead the goal (`theme_lead_in`)
_AREA_LEAD_SEP_RE = re.compile(r":\s|\s[–—]\s")


@dataclass
class OutlineGoal:
    number: str
    text: str  # the goal without its label, number, area and closing full stop
    theme: str | None  # the area named between the number and a colon ('– Livskraft och arbete:')


def numbered_goal_item(item: str) -> OutlineGoal | None:
    """The goal of a list item labelled as a goal by its number ('Strategiskt mål 1 – Area:
    <goal>', 'Delmål 1.1: <goal>', 'Mål 2. <goal>'), else None. The area named before a colon
    after the number (`theme_lead_in`) is the goal's theme."""
    m = _NUMBERED_GOAL_ITEM_RE.match(squash(item))
    if not m:
        return None
    rest = m.group("rest").strip()
    # (the area in brackets before the colon: 'Mål 2 (Språk och bildning): <goal>')
    bracketed = _BRACKETED_AREA_RE.match(rest)
    if bracketed:
        theme, text = bracketed.group("area").strip(), bracketed.group("text")
    else:
        # ('– Area: <goal>', or set off by a second dash, '– Area – <goal>')
        lead = theme_lead_in(rest) if _AREA_LEAD_SEP_RE.search(rest) else None
        theme, text = (lead.theme, lead.text) if lead else (None, rest)
    text = text.rstrip(".").strip()
    if len(text.split()) < 2:
        return None
    return OutlineGoal(number=m.group("num"), text=text, theme=theme)


def goal_outline_lists(elements) -> dict[int, int]:
    """Index of each item of a flattened goal outline -> the index of its list's first item:
    lists (runs of bullets) that open with a numbered goal item and hold an item that is none
    right after one."""
    out: dict[int, int] = {}
    for run in bullet_runs(elements):
        goal = [numbered_goal_item(item_text(elements[k].text)) is not None for k in run]
        if goal[0] and any(a and not b for a, b in zip(goal, goal[1:])):
            out.update({k: run.start for k in run})
    return out
