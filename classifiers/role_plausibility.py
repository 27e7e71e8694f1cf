"""Plausibility gate: a role counts as unread not only when it came out empty but when what
was read fails a test the roles of real programmes pass.

The fallbacks (`goal_fallbacks`, `empty_role_fallbacks`, `table_fallbacks`) read a role the
conventions left EMPTY. Where a role scored badly on a new programme the role was mostly not
empty: the reader had read something there that cannot be the role. Two such readings fail a
test every real programme's role passes:

- goals that are all a short area name under a goal number ('Mål 1 – Arbete', 'Mål 2 –
  Språk'), each heading opening with a one-sentence paragraph: a programme names its goal
  areas in headings and states each goal as the sentence under it; a goal is a state aimed
  at, never a bare area name. The sentence is the goal, the area name its theme.
- measures that are all a bare reference ('punkt 2', 'Åtgärd 13', '3.1'): a label and a
  number name an action printed elsewhere; no action is stated in them. The role is read
  again by the fallbacks; the reader's items are kept when the fallbacks find nothing.

classifiers/README.md, 'Fallbacks when a role comes out empty'.
"""

from __future__ import annotations

import re

from .elements import Element
from .empty_role_fallbacks import next_id
from .goal_fallbacks import element_under_heading
from .model import Goal
from .text import fold, sentences, squash

# a goal number run in before the area name: 'Mål 1 – ', 'Mål 2: ', 'Delmål 3. ', '1. ', and
# a card's goal field repeating the number ('Mål 1: 1 Arbete')
_GOAL_NUMBER_RE = re.compile(
    r"^(?:(?:del)?mal(?:omrade)?\s*)?(\d+(?:\.\d+)*)\s*[.:–—-]?\s*(?:\1\s*[.:–—-]?\s*)?", re.I)
# a reference to an item printed elsewhere: a label word (or none) and a number, nothing else
# ('punkt 2', 'Åtgärd 13', 'Beslutspunkt 4', '3.1', 'nr 7')
_BARE_REFERENCE_RE = re.compile(r"^(?:[^\W\d]+\.?\s*)?\d+(?:[.:]\d+)*[.)]?$")


def _numbered_area(text: str) -> tuple[str, str] | None:
    """(number, area) when a goal's text is a goal number and at most four words with no
    sentence in them ('Mål 4 – Hälsa och välbefinnande'); None when it states more."""
    t = squash(text)
    m = _GOAL_NUMBER_RE.match(fold(t))
    if not m:
        return None
    rest = t[m.end():].strip()
    words = rest.split()
    if not 1 <= len(words) <= 4 or any(ch in rest for ch in ".!?;,") or any(c.isdigit() for c in rest):
        return None
    return m.group(1), rest


def _sentence_under(heading_text: str, elements: list[Element]) -> str | None:
    """The one sentence of the paragraph right under the heading printing `heading_text`."""
    nxt = element_under_heading(heading_text, elements)
    if nxt is None or nxt.kind != "para":
        return None
    parts = sentences(nxt.text)
    if len(parts) == 1 and len(parts[0].split()) >= 5:
        return parts[0].rstrip(".").strip()
    return None


def goals_stated_under_area_headings(built, elements: list[Element]) -> None:
    """Goals that are all area names under goal numbers ('Mål 1 – Arbete'), each heading
    opening with a one-sentence paragraph: the sentences are the goals, the area names their
    themes (the goal's own heading names its area). All of them, at least two, or none: one
    area heading with an introduction under it is not yet the layout. A goal repeating
    another's number and area with no heading of its own ('Mål 1: 1 Arbete', an action
    card's goal field) refers to that goal: its actions are that goal's."""
    goals = built.goals
    if len(goals) < 2:
        return
    named = [_numbered_area(g.text) for g in goals]
    if any(n is None for n in named):
        return
    stated = [_sentence_under(g.text, elements) for g in goals]
    key = lambda n: (n[0], fold(n[1]))
    headed = {}
    for g, n, sentence in zip(goals, named, stated):
        if sentence is not None:
            if key(n) in headed:
                return
            headed[key(n)] = (g, n[1], sentence)
    if len(headed) < 2 or any(key(n) not in headed for n in named):
        return
    same = {g.id: headed[key(n)][0].id for g, n in zip(goals, named)}
    for g, area, sentence in headed.values():
        g.theme = area
        g.text = sentence
    built.goals[:] = [g for g in goals if same[g.id] == g.id]
    for item in (*built.measures, *built.indicators):
        if getattr(item, "goal", None) in same:
            item.goal = same[item.goal]
        if getattr(item, "goals", None):
            item.goals = list(dict.fromkeys(same.get(x, x) for x in item.goals))


def _bare_reference(text: str) -> bool:
    return bool(_BARE_REFERENCE_RE.match(fold(squash(text))))


def take_unread_measures(built) -> tuple[list, dict]:
    """Measures that are all bare references ('punkt 2', 'punkt 3'): taken out, with the
    indicators' links to them, so that the fallbacks read the role as empty; returned to be
    put back when they find nothing."""
    if len(built.measures) < 2 or not all(_bare_reference(m.text) for m in built.measures):
        return [], {}
    taken = list(built.measures)
    ids = {m.id for m in taken}
    links = {i.id: i.measure for i in built.indicators if i.measure in ids}
    built.measures.clear()
    for i in built.indicators:
        if i.id in links:
            i.measure = None
    return taken, links


def put_back_unless_read(built, taken: tuple[list, dict]) -> None:
    """The reader's items again when the fallbacks read the role no better (still empty)."""
    measures, links = taken
    if measures and not built.measures:
        built.measures.extend(measures)
        for i in built.indicators:
            if i.id in links and i.measure is None:
                i.measure = links[i.id]


# a goal row's label in an action column ('▓ MÅL: …', 'MÅLSÄTTNING: …'): a shaded row over
# the actions of its goal, the label and a glyph of shading or marking before it, and the
# row's number when a layout numbers every row ('2.1 ▓ MÅL: …')
_GOAL_ROW_LABEL_RE = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?[^\w]*mal(?:et|sattning)?\s*:\s*(?=\w)")


def goal_rows_read_as_measures(built) -> None:
    """Measures opening with a goal label ('▓ MÅL: Nyinflyttade får …'), at least two: an
    action table whose goal rows span the action column, each over the actions of its goal
    (the row holds a goal, not an action). The labelled rows are goals, the measures after
    each, up to the next, its actions (those linked to no goal yet)."""
    measures = built.measures
    labelled = [m for m in measures if _GOAL_ROW_LABEL_RE.match(fold(squash(m.text)))]
    if len(labelled) < 2:
        return
    n = next_id(built.goals, "g")
    kept, goal = [], None
    for m in measures:
        text = squash(m.text)
        label = _GOAL_ROW_LABEL_RE.match(fold(text))
        if label:
            goal = Goal(id=f"g{n}", text=text[label.end():].strip().rstrip("."), section=m.section,
                        theme=m.theme, page=getattr(m, "page", None))
            n += 1
            built.goals.append(goal)
            continue
        if goal is not None and m.goal is None and not m.goals:
            m.goal, m.goals = goal.id, [goal.id]
        kept.append(m)
    dropped = {m.id for m in measures} - {m.id for m in kept}
    for i in built.indicators:
        if i.measure in dropped:
            i.measure = None
    built.measures[:] = kept
