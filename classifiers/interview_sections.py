"""A chapter that is an interview ('4 Integration i praktiken – intervju med
integrationshandledaren', 'Intervju: ...'): a programme's reportage, questions put to a person
('Vad gör ni nu?') and that person's replies ('– Jag träffar alla nya familjer ...'). The
replies say what the person does, has seen or wishes ('Säg hej!'), in their own words; they
are no goal, action or indicator the programme sets, however they read. Whatever was read
under such a heading (its sub-headings too) is dropped: an interview is a place that cannot
hold the plan's own structure."""

from __future__ import annotations

import re

# the heading names an interview: 'Intervju med X', '... – intervju med X', 'Intervju: X',
# '4 Intervjun' (after a chapter number), 'Vi intervjuade ...' is no label and not read
_INTERVIEW_RE = re.compile(
    r"(?:^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?|[–—:-]\s*)intervju(?:n)?\b|\bintervju(?:n)?\s+med\b", re.I)


def names_interview(heading: str) -> bool:
    """The heading labels its section as an interview."""
    return bool(_INTERVIEW_RE.search(heading or ""))


def drop_interview_sections(built) -> None:
    """Drop the goals and measures read in a section under a heading naming an interview
    (`built` changed in place); links to a dropped goal or measure are cleared. (An indicator
    carries no section of its own: one read there stays, unlinked from what was dropped.)"""
    by_id = {s.id: s for s in built.sections}
    memo: dict[str, bool] = {}

    def inside(section: str | None) -> bool:
        seen = []
        while section is not None and section in by_id:
            if section in memo:
                break
            seen.append(section)
            if names_interview(by_id[section].heading):
                memo.update(dict.fromkeys(seen, True))
                return True
            section = by_id[section].parent
        found = memo.get(section, False) if section is not None else False
        memo.update(dict.fromkeys(seen, found))
        return found

    gone_goals = {g.id for g in built.goals if inside(g.section)}
    gone_measures = {m.id for m in built.measures if inside(m.section)}
    if not gone_goals and not gone_measures:
        return
    built.goals = [g for g in built.goals if g.id not in gone_goals]
    built.measures = [m for m in built.measures if m.id not in gone_measures]
    for m in built.measures:
        if m.goal in gone_goals:
            m.goal = None
        m.goals = [g for g in m.goals if g not in gone_goals]
    for i in built.indicators:
        if i.measure in gone_measures:
            i.measure = None
        if i.goal in gone_goals:
            i.goal = None
        i.goals = [g for g in i.goals if g not in gone_goals]
