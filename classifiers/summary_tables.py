"""A summary table before the chapters: 'Programmet i korthet' (Mål | Viktigaste åtgärder), one
row per goal, its action cell a few short names ('Inledande kartläggning, välkomstmöte,
flerspråkig info') or the goal's actions in full, one a line.

Many programmes open with such an overview: the goals once more, each with its chief actions in
a word or two, and then a chapter per goal that states the goal again and lists its actions in
full (an action table of its own). The overview's cells summarise those actions; they are no
actions of their own. Read as an action table, the overview doubles every goal's actions.

So a table (or a run of listed actions) whose measures are one per goal, for every goal that
has actions, each goal of which gets actions of its own from
later in the document (another table or list after it), is such a summary: its measures go.
The goals stay (the chapters state the same goals: they were merged), and take the theme of
the chapter that lists their actions in full rather than the overview's heading.
"""

from __future__ import annotations

from .goal_by_words import _meets, _stems
from .model import enclosing_sections
from .summary_goal_lists import is_summary_heading
from .text import squash


def _repeats_all(summary: str, actions: list[str]) -> bool:
    """The summary cell is the goal's actions word for word, one after the other (one a line
    in the cell, however the print wraps them): nothing in it but those sentences."""
    rest = squash(summary).casefold()
    for a in actions:
        key = squash(a).rstrip(".").strip().casefold()
        if not key or key not in rest:
            return False
        rest = rest.replace(key, " ", 1)
    return not any(ch.isalpha() for ch in rest)  # (a bullet or an item's number may stay)


def _names_several(summary: str, actions: list[str]) -> bool:
    """The summary cell lists names ('Språkcafé, föreningsbidrag, vänfamiljer') that meet the
    words of two of the goal's actions at least: it restates them, short. Or it repeats the
    goal's actions in full, one a line (`_repeats_all`), however many there are."""
    if _repeats_all(summary, actions):
        return True
    if "," not in summary:
        return False
    own = _stems(squash(summary))
    return sum(1 for a in actions if any(_meets(w, own) for w in _stems(squash(a)))) >= 2


def drop_summary_tables(built) -> None:
    order = {m.id: k for k, m in enumerate(built.measures)}
    by_table: dict[object, list] = {}
    run: list = []
    for m in built.measures:
        t = built.measure_table.get(m.id) if m.id in built.measure_from_table else None
        if t is not None:
            by_table.setdefault(t, []).append(m)
            continue
        # ... or printed as a list under each goal ('Mål 1. …' / '• Inledande kartläggning,
        # välkomstmöte …'): a run of actions, one per goal
        if run and (m.goal in {x.goal for x in run}):
            by_table[("run", run[0].id)] = run
            run = []
        run.append(m)
    if run:
        by_table[("run", run[0].id)] = run
    dropped: set[str] = set()
    short_goals: set[str] = set()
    goals_by_id = {g.id: g for g in built.goals}
    for t, ms in sorted(by_table.items(), key=lambda kv: order[kv[1][0].id]):
        goals = [m.goal for m in ms]
        if len(ms) < 2 or None in goals or len(set(goals)) != len(goals):
            continue
        later: dict[str, list] = {}
        own = {m.id for m in ms}
        for m in built.measures:
            if m.id in dropped or m.id in own or order[m.id] < order[ms[-1].id]:
                continue
            later.setdefault(m.goal, []).append(m)
        if not any(later.get(g) for g in goals) and _under_summary_heading(built, ms):
            # 'Programmet i korthet' (Tema | Mål | Vad vi gör): the goals there are slogans of
            # their own ('Från kurs till jobb'), the chapters state them in full and list the
            # actions; the summary's rows pair with the chapters' goals in their order
            paired = _paired_in_order(built, goals, later, dropped)
            if paired is None or not all(
                    _names_several(m.text, [x.text for x in later[paired[m.goal]]]) for m in ms):
                continue
            dropped |= {m.id for m in ms}
            short_goals |= set(goals)
            continue
        if not all(later.get(g) for g in goals):
            continue
        if set(goals) != {m.goal for m in built.measures if m.id not in dropped}:
            continue  # an overview names every goal that has actions
        if not all(_names_several(m.text, [x.text for x in later[m.goal]]) for m in ms):
            continue
        dropped |= {m.id for m in ms}
        for m in ms:
            full = later[m.goal][0]
            if m.goal in goals_by_id and full.theme:
                goals_by_id[m.goal].theme = full.theme
    if not dropped:
        return
    built.measures[:] = [m for m in built.measures if m.id not in dropped]
    if short_goals:
        # the summary's own short goals, nothing else linked to them: restatements
        linked = {g for x in list(built.measures) + list(built.indicators) for g in (x.goals or [x.goal]) if g}
        linked |= {g.parent for g in built.goals if g.parent}
        built.goals[:] = [g for g in built.goals if g.id not in short_goals or g.id in linked]
    for i in built.indicators:
        if i.measure in dropped:
            i.measure = None


def _under_summary_heading(built, ms) -> bool:
    """The measures sit in a section headed as a summary ('Programmet i korthet',
    'Sammanfattning': `summary_goal_lists.is_summary_heading`), or in one under it."""
    by_id = {s.id: s for s in built.sections}
    return any(is_summary_heading(sec.heading or "") for sec in enclosing_sections(ms[0].section, by_id))


def _paired_in_order(built, goals: list, later: dict, dropped: set) -> dict | None:
    """The summary's goals paired, row by row, with the goals the later actions link to, in
    the order the chapters state them -- when there are as many, and they are every goal that
    has actions besides the summary's."""
    after = [g for g in later if g not in goals]
    own = set(goals)
    rest = {m.goal for m in built.measures if m.id not in dropped and m.goal not in own}
    if len(after) != len(goals) or set(after) != rest:
        return None
    return dict(zip(goals, after))
