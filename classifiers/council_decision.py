"""A programme printed as a minutes extract: the goals as labelled paragraphs of the
preparation text ('Mål 2 – Arbete: Fler vuxna invandrare får arbete.') and the actions as the
numbered paragraphs of the proposal ('Kommunstyrelsen beslutar att' / '2. uppdra åt
bildningsnämnden att ... (mål 1),').

Minutes number the decision's paragraphs and end each with a comma ('samt' before the last,
a full stop after it); a paragraph that refers to a goal of the programme, '(mål 1)', is one
of the programme's actions, the procedural ones (adopt, notify) refer to none. The body the
paragraph assigns, 'uppdra åt X att', is the action's responsible (the deciding board is
not); a time phrase inside it is its schedule."""

from __future__ import annotations

import re

from pydantic import BaseModel

from .actors import names_actor
from .prose_actions import dated_schedule, partners_in
from .bilingual import swedish_half

# 'Mål 2 – Arbete: <sentence>': a goal's number, a dash, the area it belongs to, a colon;
# or a full stop after the number, as a list of goals prints it ('Mål 1. Språk och
# utbildning: Alla nyinflyttade ...', twentieth blind set): the area a name without a stop
# (the goals may be lettered instead: 'Mål A. Arbete: ...', as a programme lettering the
# goals it broke a strategy goal into names them; or labelled as the picture aimed at,
# 'Målbild 1 – Arbete: …', forty-first set)
_AREA_GOAL_RE = re.compile(
    r"^\s*(?:(?:del)?mål|målbild)\s+(?P<num>\d{1,2}|(?-i:[A-ZÅÄÖ]))(?:\s+[–—-]|\.)\s+(?P<area>[^:.]{2,60}?)\s*:\s+(?P<text>\S.*?)\s*\.?\s*$",
    re.I | re.S)
# ... or the area set off by a second dash: 'Mål 3 – Barn och familjer – Barnfamiljer får
# stöd …' (thirty-ninth set): the area a short name with no stop or dash, the goal a sentence
# opening with a capital
_DASHED_AREA_GOAL_RE = re.compile(
    r"^\s*(?:del)?mål\s+(?P<num>\d{1,2}|(?-i:[A-ZÅÄÖ]))\s+[–—]\s+(?P<area>(?-i:[A-ZÅÄÖ])[^:.;,\d–—]{1,40}?)"
    r"\s+[–—]\s+(?P<text>(?-i:[A-ZÅÄÖ]).*?)\s*\.?\s*$",
    re.I | re.S)
# '1. Arbete: <sentence>' in a list of goals: the goal's number, the area it belongs to (a
# short name, capitalised, no stop inside), a colon, the goal sentence (capitalised) -- as
# 'Mål 1. Arbete: ...' prints it with the label (a council's decision listing the programme's
# goals, twenty-third blind set)
# (or a spaced dash after the area, 'N. Arbete – <sentence>': the short name the tables use)
# (or lettered, 'A. Arbete: <sentence>', 'B) Språk: …': a programme lettering its goals so
# that its action codes 'A1', 'B2' and its follow-up's goal column 'A' refer to them)
_NUMBERED_AREA_GOAL_RE = re.compile(
    r"^\s*(?P<num>\d{1,2}|[A-ZÅÄÖ])[.)]\s+(?P<area>[A-ZÅÄÖ][^:.;,\d–—]{1,40}?)\s*(?::|\s[–—])\s+(?P<text>[A-ZÅÄÖ].*?)\s*\.?\s*$",
    re.S)
# ... or the area in brackets after the goal: '1. Nyanlända får stöd under första tiden
# (Mottagande).' (sixty-third set): a list of goals naming each goal's area last, as a short
# capitalised name with no stop, digit or bracket of its own -- a name that reads as an actor
# ('(Arbetskraftsservicen)') is a doer, no area (`listed_area_goal`)
_NUMBERED_GOAL_AREA_AFTER_RE = re.compile(
    r"^\s*(?P<num>\d{1,2}|[A-ZÅÄÖ])[.)]\s+(?P<text>[A-ZÅÄÖ][^()]*?[^\s.;:,])\s*"
    r"\((?P<area>[A-ZÅÄÖ][^():.;\d]{1,60}?)\)\s*\.?\s*$", re.S)
# ... or the area in brackets before the colon: 'Mål 2 (Språk): Vuxna inflyttade kan ...' (forty-
# second set): the area a short capitalised name with no stop or bracket of its own, the goal a
# sentence opening with a capital
_BRACKETED_AREA_GOAL_RE = re.compile(
    r"^\s*(?:(?:del|huvud)?mål|målbild|tavoite)\s+(?P<num>\d{1,2}|(?-i:[A-ZÅÄÖ]))\s+\((?P<area>(?-i:[A-ZÅÄÖ])[^():.;\d]{1,80}?)\)"
    r"\s*:\s+(?P<text>(?-i:[A-ZÅÄÖ]).*?)\s*\.?\s*$",
    re.I | re.S)
# how many words an area's name has at most ('Hälsa och omsorg', 'Barn och familjer')
_AREA_WORDS = 4
# '2. <the decision> (mål 1),' -- a numbered decision paragraph referring to a goal (by its
# number, or by its letter when the decision fixed the goals as lettered sub-points, '(mål b);')
_DECISION_ITEM_RE = re.compile(
    r"^\s*(?P<nr>\d{1,2})\.\s+(?P<text>(?-i:[a-zåäö]).*?)\s*\((?:mål|målet)\s+(?P<goal>\d{1,2}|[a-zåäö])\)"
    r"\s*(?:,|;|\.)?\s*(?:samt|och)?\s*$", re.I | re.S)
# 'uppdra åt bildningsnämnden att': the body the decision gives the task to
# (a body's name may join two words, 'kultur- och fritidsnämnden')
_ASSIGNS_RE = re.compile(r"^(?:att\s+)?(?:uppdra|ge)\s+(?:åt\s+)?(?P<who>\w+-?(?:\s+\w+-?){0,2}?)\s+(?:i\s+uppdrag\s+)?att\s", re.I)


class AreaGoal(BaseModel):
    number: str
    area: str
    text: str


class DecisionItem(BaseModel):
    number: str
    goal_number: str
    text: str
    responsible: list[str] = []
    partners: list[str] = []
    schedule: str | None = None
    start_year: int | None = None
    end_year: int | None = None


def area_goal(paragraph: str) -> AreaGoal | None:
    """The goal of a paragraph 'Mål N – Area: sentence.' (its number, area and sentence
    without the full stop), else None."""
    flat = " ".join(paragraph.split())
    m = _AREA_GOAL_RE.match(flat)
    if not m:
        m = _DASHED_AREA_GOAL_RE.match(flat) or _BRACKETED_AREA_GOAL_RE.match(flat)
        # a bilingual municipality names the area in both languages ('Mål 1 (Kieli ja
        # osaaminen / Språk och kunnande): ...'): the area is its Swedish half, a short name
        if not m or len(swedish_half(m.group("area")).split()) > _AREA_WORDS:
            return None
    return AreaGoal(number=m.group("num"), area=swedish_half(m.group("area").strip()),
                    text=m.group("text").rstrip("."))


def listed_area_goal(item: str) -> AreaGoal | None:
    """The goal of a numbered list item 'N. Area: sentence.' or 'N. Sentence (Area).' in a list
    of goals (its number, area and sentence without the full stop), else None. The area is a name of a few words,
    so a sentence with a colon of its own ('1. Vi vill: ...') is no area goal."""
    flat = " ".join(item.split())
    m = _NUMBERED_AREA_GOAL_RE.match(flat)
    if not m:
        # '1. <goal> (Area).': the area named after the goal, in brackets
        m = _NUMBERED_GOAL_AREA_AFTER_RE.match(flat)
        if m and names_actor(m.group("area")):
            return None
    if not m or len(m.group("area").split()) > _AREA_WORDS:
        return None
    return AreaGoal(number=m.group("num"), area=m.group("area").strip(), text=m.group("text").rstrip("."))


def decision_item(paragraph: str) -> DecisionItem | None:
    """The action of a numbered decision paragraph referring to a goal, '3. uppdra åt X att
    ... senast våren 2026 (mål 1),' (text up to the reference), else None."""
    m = _DECISION_ITEM_RE.match(" ".join(paragraph.split()))
    if not m:
        return None
    text = m.group("text").strip()
    who = _ASSIGNS_RE.match(text)
    sched, start, end = dated_schedule(text)
    return DecisionItem(number=m.group("nr"), goal_number=m.group("goal"), text=text,
                        responsible=[who.group("who")] if who else [], partners=partners_in(text),
                        schedule=sched, start_year=start, end_year=end)
