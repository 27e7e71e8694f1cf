"""A plan's action list typed as one two-level numbered list: level-one items numbered 'N'
and sub-items numbered 'N.M' under them, each a list item of its own ('1 Nyinflyttade vet
var de får service' / '1.1 Två välkomstdagar per år – ansvar: X; 2025–2028' / '1.2 …').
A level-one item that sub-items follow heads them: it states what they lead to, so it is
their goal, as a goal heading is over its numbered actions. A level-one item that no
sub-item follows stands apart; when the text right after the list says that point is
carried out ('Punkt 4 genomförs genom att X håller … under 2026') it is an action of the
whole programme, no goal's, its doer and time those of that sentence.

A fallback (`goal_fallbacks.fill_goals`): read only when the reading left no goal, so a
programme whose goals were read elsewhere is untouched. (A list's level-one items numbered
'N.' over sub-points lettered 'N.a' run on in one item are `goal_fallbacks`'
`goals_and_actions_of_outline_points`; items numbered 'N.' that title groups of actions,
'1. Åtgärdshelhet för …', are paragraphs the structure reader reads as group titles.)"""
from __future__ import annotations

import re

from .elements import Element
from .empty_role_fallbacks import next_id
from .model import Goal, Measure
from .prose_actions import dated_schedule
from .reader_shared import subject_actors, theme_name
from .text import squash, strip_marker

# an item's own number: 'N' or 'N.M' (a closing dot or bracket allowed), then its words
_ITEM_NUMBER_RE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})?)[.)]?\s+(?P<text>\S.*)$", re.S)
# the sentence after the list carrying a point out: 'Punkt 4 genomförs genom att X …'
_CARRIED_OUT_RE = re.compile(
    r"^(?:punkt(?:en)?|åtgärd(?:en)?)\s+(?P<num>\d{1,2})\.?\s+(?:\w+\s+){0,2}?"
    r"(?:genomförs|förverkligas|verkställs|sköts|ordnas)\b(?:\s+genom\s+att\s+(?P<how>.*))?", re.I | re.S)


def _numbered(el: Element) -> tuple[str, str] | None:
    """(number, text) of a list item numbered 'N' or 'N.M', else None."""
    if el.kind != "bullet":
        return None
    m = _ITEM_NUMBER_RE.match(squash(strip_marker(el.text)))
    return (m.group("num"), m.group("text")) if m else None


def _lists(elements: list[Element]) -> list[list[tuple[int, str, str]]]:
    """Runs of consecutive numbered items: [(index, number, text)]."""
    runs, run = [], []
    for i, el in enumerate(elements):
        got = _numbered(el)
        if got:
            run.append((i, *got))
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    return runs


def _heads(run) -> tuple[dict[str, tuple[int, str]], list[tuple[int, str, str]]]:
    """({N: (index, text)} of the level-one items sub-items 'N.M' follow, [the level-one
    items no sub-item follows])."""
    heads, lone = {}, []
    for k, (i, num, text) in enumerate(run):
        if "." in num:
            continue
        nxt = run[k + 1][1] if k + 1 < len(run) else ""
        if nxt.startswith(num + "."):
            heads[num] = (i, text)
        else:
            lone.append((i, num, text))
    return heads, lone


def _title_over(elements: list[Element], i: int) -> str | None:
    for el in reversed(elements[:i]):
        if el.kind == "heading" and el.text.strip():
            return theme_name(squash(el.text))
    return None


def _leading_number(text: str) -> str | None:
    m = _ITEM_NUMBER_RE.match(squash(text))
    return m.group("num") if m else None


def goals_of_numbered_list_heads(built, elements: list[Element]) -> None:
    """No goal read: in a list of items numbered 'N' / 'N.M', each level-one item that its
    sub-items follow is their goal (two such at least: one says nothing of a layout); the
    actions read from the sub-items go under it; a lone level-one item the text after the
    list says is carried out is an action with no goal."""
    if built.goals:
        return
    for run in _lists(elements):
        heads, lone = _heads(run)
        if len(heads) < 2:
            continue
        n = next_id(built.goals, "g")
        by_num: dict[str, str] = {}
        for num, (i, text) in heads.items():
            theme = _title_over(elements, i)
            goal = Goal(id=f"g{n}", text=text.strip().rstrip("."), theme=theme, section=theme,
                        page=elements[i].page)
            built.goals.append(goal)
            by_num[num] = goal.id
            n += 1
        for m in built.measures:
            num = _leading_number(m.printed or m.text)
            if num and "." in num and num.split(".")[0] in by_num and not m.goal:
                m.goal = by_num[num.split(".")[0]]
                m.goals = [m.goal]
        _lone_actions(built, elements, run, lone)
        return


def _lone_actions(built, elements: list[Element], run, lone) -> None:
    end = run[-1][0] + 1
    after = [el for el in elements[end:end + 3] if el.kind == "para"]
    for i, num, text in lone:
        said = next((m for el in after if (m := _CARRIED_OUT_RE.match(squash(el.text)))
                     and m.group("num") == num), None)
        if said is None:
            continue
        how = squash(said.group("how") or "")
        doers = subject_actors(how) if how else []
        # the time from the whole sentence, not the match: 'Punkt 3 genomförs hösten 2026.'
        # holds it after the verb, with no 'genom att' clause
        sched, first, last = dated_schedule(said.string)
        head = squash(text).rstrip(".")
        taken = next((m for m in built.measures if squash(m.printed or m.text).rstrip(".").endswith(head)), None)
        if taken is not None:
            # read already as an action (a list item under an action heading): its doer and
            # time from the sentence, where it has none of its own
            taken.responsible = taken.responsible or doers
            if not taken.schedule:
                taken.schedule, taken.start_year, taken.end_year = sched, first, last
            continue
        mid = next_id(built.measures, "m")
        built.measures.append(Measure(
            id=f"m{mid}", text=text.strip().rstrip("."), theme=_title_over(elements, i),
            responsible=doers, schedule=sched, start_year=first, end_year=last,
            page=elements[i].page))
