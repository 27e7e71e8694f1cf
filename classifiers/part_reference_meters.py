"""A follow-up list whose items close by naming the part they follow up: '• Antal hushåll som
fått boendestöd (Fokus 1)', '• Andelen ... (Tema 3)'.

A programme that heads each of its parts with a label and a number ('Fokus 1: Att stanna
kvar', 'Tema 3: Fritid') and gathers its follow-up in one list at the end names, in a closing
bracket, the part each meter belongs to. The bracket is a reference, not part of the meter:
it is cut, the meter is the goal's of that part, and of the one action of that part it counts
(`report_figures.action_counted`, `figure_meters.action_named_by_head`), else of the goal alone.

classifiers/README.md, 'Follow-up lists naming their part'.
"""

from __future__ import annotations

import re

from .elements import Element
from .figure_meters import action_named_by_head
from .reader_shared import theme_name
from .report_figures import action_counted
from .label_vocab import GOAL_REFERENCE_WORDS
from .text import fold, squash

# a closing bracket naming a part by label and number: '(Fokus 2)', '(Tema 3).'
_TAIL_REFERENCE_RE = re.compile(r"\s*\((?P<label>[^\W\d_]+)\s+(?P<num>\d{1,2})\)\s*\.?\s*$")
# a heading naming its part by label and number before its name: 'Fokus 2: Svenska i vardagen'
_PART_HEADING_RE = re.compile(r"^(?P<label>[^\W\d_]+)\s+(?P<num>\d{1,2})\s*[:.–-]\s*\S")


def meters_naming_their_part(built, elements: list[Element]) -> None:
    parts: dict[tuple[str, str], str] = {}
    for el in elements:
        if el.kind == "heading" and (m := _PART_HEADING_RE.match(squash(el.text))):
            parts.setdefault((fold(m.group("label")), m.group("num")), theme_name(squash(el.text)))
    if not parts:
        return
    programme = [g.text for g in built.goals] + [m.text for m in built.measures]
    # each meter's text as printed, taken before any bracket is cut below
    figures = [(i, i.text) for i in built.indicators]
    for ind in built.indicators:
        m = _TAIL_REFERENCE_RE.search(ind.text)
        if not m or (fold(m.group("label")), m.group("num")) not in parts:
            continue
        ind.text = ind.text[:m.start()].rstrip(" .")
        theme = parts[(fold(m.group("label")), m.group("num"))]
        goal = next((g for g in built.goals if g.theme == theme), None)
        if goal is None:
            continue
        if ind.goal is None:
            ind.goal, ind.goals = goal.id, [goal.id]
        if ind.measure is None and ind.goal == goal.id:
            own = [(x.id, x.text) for x in built.measures if goal.id in (x.goals or [x.goal])]
            # (the other meters count among the programme's texts: words they share name the
            # people followed up, not one action)
            # (the meter itself by identity: its text has lost its bracket by now)
            every = programme + [t for other, t in figures if other is not ind]
            ind.measure = (action_counted(ind.text, own, [goal.text], every)
                           or action_named_by_head(ind.text, own)) if own else None


# a closing bracket naming a goal by label and number: '(målsättning 2)', '(mål 3).'
# (the label words: the shared goal-reference list, label_vocab.GOAL_REFERENCE_WORDS)
_GOAL_TAIL_RE = re.compile(r"\s*\(" + GOAL_REFERENCE_WORDS + r"\s+(?P<num>\d{1,2})\)\s*\.?\s*$", re.I)
# a goal's own number or code opening its text ('3. ', 'Mål 2: ', '1.2 ', 'A ')
_NUMBERED_GOAL_RE = re.compile(r"^\s*(?:(?:del)?mål(?:sättning)?\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[A-ZÅÄÖ](?:\d{1,2}|(?=[.:)])))\s*[.:)–-]?\s+\S")


def meters_naming_goal_by_place(built) -> None:
    """'• Sysselsättningsgraden bland invandrare (målsättning 2)' where the goals are printed
    without numbers (a plan table's 'Målsättning' column, a note saying they are numbered
    'i den ordning de förekommer i tabellen'): the number counts the goals in the order the
    document prints them. The bracket is cut, and the meter is that goal's when it names
    none. Only when no goal carries a number or code of its own, and every bracket's number
    is one of the goals'."""
    goals = built.goals
    if not goals or any(_NUMBERED_GOAL_RE.match(squash(g.text)) or g.parent for g in goals):
        return
    tails = [(ind, m) for ind in built.indicators if (m := _GOAL_TAIL_RE.search(ind.text))]
    if not tails or not all(1 <= int(m.group("num")) <= len(goals) for _, m in tails):
        return
    for ind, m in tails:
        ind.text = ind.text[:m.start()].rstrip(" .")
        if ind.goal is None:
            gid = goals[int(m.group("num")) - 1].id
            ind.goal, ind.goals = gid, [gid]
