"""A goal card's field naming the goal it serves: the card's parent, not a goal under it.

A goal tree printed as cards gives each sub-goal a card headed by the sub-goal ('Delmål 1:
Nya invånare får information ...') and states the higher goal it serves in a field of the
card ('Övergripande mål: Alla som flyttar hit får en bra start', 'Huvudmål: ...',
'Strategiskt mål: ...', 'Hör till mål: ...'), beside its actions ('Åtgärder: ...'). The
field's label ranks its goal above the card's: it is the heading goal's parent, and the
card's actions serve the heading goal, the more specific one. Read as any goal field, the
higher goal became a new goal under the heading and the actions its own, which turns the
tree upside down.

Cards of several sub-goals of one higher goal each repeat it: the one goal, stated once.
A heading goal that already has its parent (a goal heading nested under another) keeps it;
the field only restates it.
"""

from __future__ import annotations

import re

from .text import fold, squash

# labels that rank the goal they name above another: the overarching, superior or strategic
# goal ('Övergripande mål', 'Överordnat mål', 'Strategiskt mål'), the main goal ('Huvudmål',
# 'Huvudmålet'), and the goal a card says it belongs to ('Hör till mål', 'Hör till målet')
_HIGHER_GOAL_LABEL_RE = re.compile(
    r"(?:(?:det\s+)?(?:overgripande|overordnade?|strategiska?)\s+malet|"
    r"(?:overgripande|overordnat|strategiskt)\s+mal|huvudmal(?:et)?|hor\s+till\s+mal(?:et)?)")


def names_higher_goal(label: str) -> bool:
    """The field label ranks its goal above the card's ('Övergripande mål', 'Huvudmål',
    'Strategiskt mål:', 'Hör till mål'), with or without its colon."""
    return bool(_HIGHER_GOAL_LABEL_RE.fullmatch(fold(squash(label).rstrip(":").strip())))


def higher_goal_label(text: str) -> bool:
    """A paragraph opening with such a label and a colon ('Övergripande mål: X.')."""
    label, colon, _ = squash(text).partition(":")
    return bool(colon) and names_higher_goal(label)


def _same_text(a: str, b: str) -> bool:
    return fold(squash(a).rstrip(".").strip()) == fold(squash(b).rstrip(".").strip())


def hang_under_higher_goal(builder, child: str, text: str, page: int) -> str:
    """Make the goal `text`, named by a card's higher-goal field, the parent of the card's
    heading goal `child` (the goal of that text already read, if any, else a new top goal),
    and return the parent's id. `builder`: the `Builder` reading the document."""
    goals = {g.id: g for g in builder.b.goals}
    goal = goals.get(child)
    if goal is None:
        return child
    if goal.parent is not None:
        # nested under a goal heading already: the field restates that goal
        return goal.parent
    same = next((g.id for g in builder.b.goals if g.id != child and g.parent is None
                 and _same_text(g.text, text)), None)
    parent = same or builder.add_goal(squash(text).rstrip(".").strip(), page, parent=None)
    goal.parent = parent
    return parent
