"""A table that links the programme's coded actions to its goals ('Åtgärd | Bidrar till mål':
'INT-03' | 'Mål A, B'), printed apart from the action table.

A programme that codes its actions (an ID column, 'INT-01' …) and keeps its action table free
of goals says in a table of its own which goals each action serves: one row per action code,
the goals named by label and letter or number. The first goal named is the action's main goal
(as reading guides say: 'det mål som står först är åtgärdens huvudmål'); the table states no
action and no goal of its own. Read in either orientation (a two-column table a layout prints
as label | values rows reads the same)."""

from __future__ import annotations

import re

from .label_vocab import GOAL_REFERENCE_WORDS
from .text import squash

# an action's code as an ID column prints it: letters, a hyphen or none, a number ('INT-01',
# 'A-3', 'ÅT12')
_ACTION_CODE_RE = re.compile(r"^\s*([A-ZÅÄÖ]{1,5}-\d{1,3}|[A-ZÅÄÖ]{2,5}\d{1,3})\s*$")
# 'Mål A', 'Mål A, B', 'Mål 2 och 4': the goals by label and letter or number, first the main one
# (the label words: the shared goal-reference list, label_vocab.GOAL_REFERENCE_WORDS)
_GOAL_REFS_RE = re.compile(
    r"^\s*" + GOAL_REFERENCE_WORDS + r"\s+(?P<refs>[A-ZÅÄÖ]|\d{1,2})(?:\s*(?:,|och|&|/)\s*(?:[A-ZÅÄÖ]|\d{1,2}))*\s*\.?\s*$", re.I)


def action_code(cell: str) -> str | None:
    """The action code alone in a cell ('INT-01'), else None."""
    m = _ACTION_CODE_RE.match(cell or "")
    return m.group(1) if m else None


def first_goal_ref(cell: str) -> str | None:
    """The first goal a cell names by label ('Mål C, B' -> 'C'), else None."""
    m = _GOAL_REFS_RE.match(squash(cell or ""))
    return m.group("refs") if m else None


def goal_links(rows: list[list[str]], coded: dict[str, str], resolve) -> dict[str, str] | None:
    """{measure id: goal id} of a table one line of which (a column, or a row when printed on
    its side) holds codes of actions read before and a parallel line the goals they serve;
    each line's first cell may be its header. None for any other table."""
    if not rows or not coded:
        return None
    width = max(len(r) for r in rows)
    cols = [[r[c] if c < len(r) else "" for r in rows] for c in range(width)]
    for lines in (cols, [list(r) + [""] * (width - len(r)) for r in rows]):
        if len(lines) < 2:
            continue
        for skip in (1, 0):
            body = [ln[skip:] for ln in lines]
            codes = next((k for k, ln in enumerate(body) if len([x for x in ln if x.strip()]) >= 2
                          and all(action_code(x) in coded for x in ln if x.strip())), None)
            if codes is None:
                continue
            for k, ln in enumerate(body):
                if k == codes or not all(first_goal_ref(x) for x in ln if x.strip()):
                    continue
                pairs = [(coded[action_code(a)], resolve(first_goal_ref(g)))
                         for a, g in zip(body[codes], ln) if a.strip() and g.strip()]
                if len(pairs) >= 2 and all(gid for _, gid in pairs):
                    return dict(pairs)
    return None
