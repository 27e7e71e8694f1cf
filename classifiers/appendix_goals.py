"""Goals said to be collected in an appendix or an action plan, and the wishes of the prose.

A descriptive programme often keeps its goals out of the running text: its introduction says
where they are ('Målsättningarna, åtgärderna, ansvaret och indikatorerna finns samlade i
åtgärdsplanen i bilaga 1.') and the chapters describe the focus areas in prose, with
sentences of intent ('Kommunen vill skapa fler mötesplatser …'). Once the table of that plan
gave goals, such a sentence is the description of an area the plan sets goals for, not a
goal of its own: a goal read from a prose sentence that no action or indicator serves is
dropped. Without the sentence saying so, or when no table gave goals, nothing changes."""
from __future__ import annotations

import re

from .text import sentences

# the goals as a plural noun ('målen', 'målsättningarna', 'delmålen', 'målsättningar')
_GOALS_RE = re.compile(r"\b(?:del)?(?:mål(?:en)?|målsättningar(?:na)?)\b", re.I)
# ... said to be found, gathered or presented somewhere
_WHERE_VERB_RE = re.compile(
    r"\b(?:finns|framgår|presenteras|ingår|listas|anges|redovisas|samlas|sammanställs|ges)\b", re.I)
# ... and that place an appendix, the action plan or a table
_PLACE_RE = re.compile(
    r"\bi\s+(?:bilaga\s*\d+|bilagan|bilagorna|\w*(?:åtgärds|handlings|verkställighets)planen|"
    r"tabell\s*\d+|tabellen)\b", re.I)


def says_goals_elsewhere(paragraphs: list[str]) -> bool:
    """A sentence of the document says its goals are gathered in an appendix, the action
    plan or a table ('Målsättningarna … finns samlade i åtgärdsplanen i bilaga 1.')."""
    for p in paragraphs:
        for s in sentences(p):
            if _GOALS_RE.search(s) and _WHERE_VERB_RE.search(s) and _PLACE_RE.search(s):
                return True
    return False


def drop_prose_wishes(built, paragraphs: list[str]) -> None:
    """When the document says its goals are in an appendix or plan and goals were read
    elsewhere than in running text (a table's, a heading's) that actions serve: the goals
    read from prose sentences that no measure or indicator serves are no goals
    (`says_goals_elsewhere`)."""
    served = {g for m in built.measures for g in (m.goal, *m.goals) if g}
    served |= {i.goal for i in built.indicators if i.goal}
    if not (served - built.goal_from_prose) or not says_goals_elsewhere(paragraphs):
        return
    drop = {g.id for g in built.goals if g.id in built.goal_from_prose and g.id not in served}
    if not drop:
        return
    built.goals = [g for g in built.goals if g.id not in drop]
    for g in built.goals:
        if g.parent in drop:
            g.parent = None
