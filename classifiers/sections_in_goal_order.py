"""Sections of actions that follow a goal list in its order: minutes that adopt the goals
as one list ('Mål 1: Nyinflyttade får ...', 'Mål 2: Vuxna invandrare ...') and then decide
the actions in one section (one '§') per goal, in the same order ('§ 12 Välkomstsamtal och
serviceguide för nyinflyttade', '§ 13 Språk och arbete', ...). Nothing in the sections names
its goal; the order does, and the heading speaks of what its goal speaks of.

The actions of such sections were linked to every goal of the list (the goals in scope).
When they stand in exactly as many sections as the list has goals, and each section's
heading shares a word with the goal of its rank (a word's first five letters, or a word of
four, folded; as `Builder._goal_of_group` reads a group heading), each section's actions
serve the goal of its rank, and the heading is that goal's theme (the list gave its goals
one theme, the list's, which tells them apart from nothing)."""

from __future__ import annotations

import re

from .model import Goal, Measure, Section
from .text import fold, words

# a section's number as minutes print it ('§ 12'), or a chapter's ('3.2')
_SECTION_NUMBER_RE = re.compile(r"^\s*(?:§\s*\d+[a-z]?|\d{1,2}(?:\.\d{1,2})*\.?)\s+")


def _name(heading: str) -> str:
    return _SECTION_NUMBER_RE.sub("", heading, count=1).strip()


def _speaks_of(heading: str, goal: str) -> bool:
    stems = [fold(w)[:5] for w in words(heading) if len(w) >= 4]
    text = fold(goal)
    return any(st in text for st in stems)


def pair_sections_with_goals(goals: list[Goal], measures: list[Measure], sections: list[Section]) -> None:
    """Link the actions of sections that follow a goal list in its order to the goal of
    their rank, and title each goal with its section's heading (module docstring). Changes
    `measures` and `goals` in place."""
    by_id = {g.id: g for g in goals}
    heads = {s.id: s.heading for s in sections}
    groups: dict[tuple[str, ...], list[Measure]] = {}
    for m in measures:
        if len(m.goals) >= 2:
            groups.setdefault(tuple(m.goals), []).append(m)
    for listed, ms in groups.items():
        if any(g not in by_id for g in listed) or len({by_id[g].theme for g in listed}) != 1:
            continue
        order: list[str] = []
        for m in ms:
            if m.section is None or m.section not in heads:
                order = []
                break
            if m.section not in order:
                order.append(m.section)
        if len(order) != len(listed):
            continue
        if not all(_speaks_of(_name(heads[s]), by_id[g].text) for s, g in zip(order, listed)):
            continue
        rank = {s: g for s, g in zip(order, listed)}
        for m in ms:
            m.goal, m.goals = rank[m.section], [rank[m.section]]
        for s, g in rank.items():
            by_id[g].theme = _name(heads[s])
