"""A goal and one sub-goal stated back to back, over the section's actions:

    Målet för skedet: Vuxna studerar svenska på heltid eller arbetar, och barnen går i skola.
    Delmål: Familjerna har fått en första kontakt med någon förening.
    Vad? Integrationsutbildning i svenska …
    Vad? Föreningsintroduktion …

The two paragraphs state what the section aims at, the goal and a part of it singled out; the
actions after them are the section's, and each serves the one of the two it speaks of -- the
language course the goal, the association evening the sub-goal. The reader lets a sub-goal
take over from its goal ('Delmål' over its own list after the goal's, as a section with
several sub-goals lists each one's actions under it): right for a sub-goal that heads its
own list, not for one stated together with its goal before any action.

So, where a goal's one sub-goal, an unnumbered 'Delmål:', has its paragraph right after the
goal's, an action read as the
sub-goal's is the sub-goal's only when its words speak of it more than of the goal
(`goal_by_words`); else the goal's. Indicators of the sub-goal (no action) likewise.
"""

from __future__ import annotations

import re

from .goal_by_words import goal_by_words
from .reader_shared import goal_field
from .text import squash


# the sub-goal as a part of the goal, unnumbered ('Delmål: …'): a numbered one ('Delmål 4.1:')
# heads the actions numbered under it ('4.1.1 …'), and a focus ('Tyngdpunkt: …') the list
# right under it -- those keep their actions
_PART_GOAL_RE = re.compile(r"^\s*delmål\s*:", re.I)


def _norm(text: str) -> str:
    return squash(text).rstrip(".").strip().casefold()


def relink_paired_sub_goals(built, elements) -> None:
    goals = {g.id: g for g in built.goals}
    by_text: dict[str, list[str]] = {}
    for g in built.goals:
        by_text.setdefault(_norm(g.text), []).append(g.id)
    paired: dict[str, str] = {}  # sub-goal -> goal
    for prev, el in zip(elements, elements[1:]):
        if prev.kind != "para" or el.kind != "para":
            continue
        first, second = goal_field(prev.text), goal_field(el.text)
        if not first or not second or not _PART_GOAL_RE.match(el.text):
            continue
        for sid in by_text.get(_norm(second[0]), []):
            parent = goals[sid].parent
            if parent and parent in by_text.get(_norm(first[0]), []) and goals[parent].parent is None:
                paired[sid] = parent
    # a goal with several sub-goals, each over its own list ('Tyngdpunkt: …' / list /
    # 'Tyngdpunkt: …' / list), has them head their lists: only a lone sub-goal is paired
    children: dict[str, int] = {}
    for g in built.goals:
        if g.parent:
            children[g.parent] = children.get(g.parent, 0) + 1
    paired = {s: p for s, p in paired.items() if children.get(p) == 1}
    if not paired:
        return
    # an action read as the sub-goal's, and a meter of the sub-goal that follows up no action
    for x in [*built.measures, *(i for i in built.indicators if i.measure is None)]:
        if x.goal in paired:
            sid, pid = x.goal, paired[x.goal]
            if goal_by_words(x.text, [(pid, goals[pid].text), (sid, goals[sid].text)]) != sid:
                x.goal = pid
                x.goals = [pid] + [g for g in x.goals if g not in (sid, pid)]
