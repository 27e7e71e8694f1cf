"""A column of a follow-up table that names, in every row, the goal the row follows up by its
label and number ('Kopplat till': 'Mål 3' / 'Mål 3, mentorprogrammet'). Its header need not
name goals ('Kopplat till', 'Hör till', 'Koppling'): the cells do. A follow-up slide or table
refers to the goals stated before it so, and after a comma to one action of that goal; the
column is the goal column of the table, whose cells are references and state no goal."""

from __future__ import annotations

import re

from .text import GOAL_LABEL_WORDS, squash

# 'Mål 3', 'Delmål 2.1', 'Mål 3, mentorprogrammet' (the builder reads the same form,
# `reader_shared._GOAL_BY_LABEL_RE`, to find the goal and the action)
_GOAL_REFERENCE_RE = re.compile(
    # (the label words: the shared main-goal list, text.GOAL_LABEL_WORDS)
    rf"^{GOAL_LABEL_WORDS}\s+\d{{1,2}}(?:\.\d{{1,2}})*(?:\s*,\s*[^,]{{1,60}})?\.?$", re.I)


def goal_reference_columns(headers: list[str], rows: list[list[str]], roles: dict[int, str]) -> dict[int, str]:
    """`roles` with each column of no role whose filled cells (two at least, every one) name
    a goal by label and number given the role 'goal' -- in a table that has no goal column
    yet and holds indicators or measures for it to refer to."""
    kinds = set(roles.values())
    if "goal" in kinds or not kinds & {"indicator", "measure"}:
        return roles
    out = dict(roles)
    for c in range(len(headers)):
        if c in roles:
            continue
        cells = [squash(r[c]) for r in rows if c < len(r) and r[c].strip()]
        if len(cells) >= 2 and all(_GOAL_REFERENCE_RE.match(x) for x in cells):
            out[c] = "goal"
    return out
