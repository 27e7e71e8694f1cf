"""A list item that labels itself a goal by number ('Mål 3: Alla invånare kan ...') under a
theme sub-heading of a goal chapter ('3 Mål' > 'Språk och lärande' > '• Mål 3: ...').

Programmes group their goals under theme sub-headings that say nothing of goals themselves;
the chapter above them announces the goals. The sub-heading takes no role of its own, so the
items below it stand under no goal heading, yet each names itself a goal by its label and
number -- the number the action tables refer to ('Mål': 'Mål 3'). The label is read only in a
place that cannot hold another role: the nearest heading that announces a role announces goals
(not follow-up, where 'mål 3: andelen ...' is an indicator of goal 3).

A chapter that names goals and actions together ('3 Sektorernas mål och åtgärder' over one
sub-heading per department, read as announcing the departments' actions) announces goals as
well: an item there that labels itself a goal by number is that goal, the action tables under
it refer to by number."""

from __future__ import annotations

from .headers import header_roles
from .reader_shared import goal_field


def in_goal_chapter(stack) -> bool:
    """True when the innermost heading that announces a role (kind) announces goals and a
    heading of no role stands below it (a theme sub-heading of the goal chapter)."""
    kinds = [h.kind for h in stack]
    if not kinds or kinds[-1] is not None:
        return False
    announced = [h for h in stack if h.kind is not None]
    if not announced:
        return False
    head = announced[-1]
    # ('3 Sektorernas mål och åtgärder': goals named with the actions, the heading read as the
    # departments' actions, `actions_by_doer`)
    return head.kind == "goal" or (head.kind == "measure" and "goal" in header_roles(head.text))


def labelled_goal_item(text: str) -> tuple[str, str] | None:
    """(goal, number) of an item 'Mål N: <goal>' (a goal field with its number), else None."""
    gf = goal_field(text)
    if gf and gf[1]:
        return gf[0], gf[1]
    return None
