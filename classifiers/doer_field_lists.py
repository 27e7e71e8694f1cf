"""An item whose field line right under it names who does it: an action.

A programme may state its actions as plain numbered sentences under a goal heading, with no
'Åtgärder' heading or label over them ('5.1 Invandrare deltar …' / '1. Det ordnas en
invånarkväll …' / 'Ansvar: kansliet, inför valen 2025'), each followed by the line that names
its doer. A field naming the responsible belongs to an action only: the item it closes is
one, however it is worded (a passive 'Det ordnas …' names no doer of its own). Only a lone
item so closed: a line under a list of several may close a list of goals ('Huvudsakliga
målsättningar' / '• …' / '• …' / 'Ansvarig: Sektorn för …', the owner of the goals)."""

from __future__ import annotations

from .element_positions import measure_positions, position_of
from .headers import field_label
from .model import Goal
from .reader_shared import is_title_of_nouns, strip_heading_number, theme_name
from .role_headings import ROLE_HEADING_RE
from .text import fold, squash


def doer_field_line(text: str) -> bool:
    """The text opens with a field label of the responsible ('Ansvar: X', 'Ansvarig: X')."""
    got = field_label(" ".join(text.split()))
    return got is not None and got[1] == "responsible"


def goals_of_headings_over_doer_items(built, elements) -> None:
    """A heading whose section holds nothing but such actions (items each closed by its doer
    field line) and states no goal of its own: the statement it makes is their goal ('5.1
    Invandrare deltar i kommunens beslutsfattande och påverkan' over '1. Det ordnas …' /
    'Ansvar: …'), as a goal heading over its actions is in every programme that numbers its
    goals as sub-chapters. Taken only where the actions were linked to no goal, or to one
    stated before the chapter enclosing the heading (a goal of an earlier chapter carried
    on: a new chapter starts a new scope), and the heading is a statement, not a theme's name of
    nouns (a theme's actions serve the goals stated under it elsewhere)."""
    positions = measure_positions(built, elements)
    goal_pos = {g.id: position_of(g.text, elements, 0) for g in built.goals}
    heads = [k for k, el in enumerate(elements) if el.kind == "heading"]
    n = len(built.goals)
    for h, nxt in zip(heads, heads[1:] + [len(elements)]):
        title = squash(strip_heading_number(elements[h].text))
        if ROLE_HEADING_RE.match(fold(squash(elements[h].text))) or is_title_of_nouns(title):
            continue
        own = [m for m, pos in zip(built.measures, positions)
               if pos is not None and h < pos < nxt and elements[pos].kind in ("para", "bullet")
               and pos + 1 < len(elements) and elements[pos + 1].kind == "para"
               and doer_field_line(elements[pos + 1].text)]
        if not own:
            continue
        if any(g.text and (p := goal_pos.get(g.id)) is not None and h <= p < nxt for g in built.goals):
            continue  # the section states its goal itself
        up = next((k for k in range(h - 1, -1, -1) if elements[k].kind == "heading"
                   and elements[k].level < elements[h].level), None)
        above = elements[up] if up is not None else None
        # (a goal stated under the enclosing chapter, before the heading, is the actions' own:
        # 'Mål: …' over 'Så här når vi dit'; one stated before that chapter was carried on)
        start = up if up is not None else -1
        if any((p := goal_pos.get(x)) is None or p > start for m in own for x in (m.goals or [])):
            continue
        n += 1
        gid = f"g{n}"
        while any(g.id == gid for g in built.goals):
            n += 1
            gid = f"g{n}"
        built.goals.append(Goal(id=gid, text=title, page=elements[h].page,
                                theme=theme_name(above.text) if above is not None else None))
        for m in own:
            m.goal, m.goals = gid, [gid]
