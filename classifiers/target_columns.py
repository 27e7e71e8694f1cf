"""A target value in a goal column: 'Mål 2029' over a follow-up table's figures ('12', '100',
'80 %'). The goal word qualified by a year names the level to reach that year; a cell of the
column holding a figure and no word states no goal (a goal is words), whatever its size --
a number of one or two digits already reads as a goal's number (`goal_lookup.bare_number`)."""
from __future__ import annotations

import re

from .schedule import YEAR
from .text import squash

# 'Mål 2029', 'Målvärde 2027', 'Mål år 2028': the level to reach by that year
_TARGET_YEAR_RE = re.compile(rf"^(?:mål|målvärde|målnivå)\s+(?:år\s+)?{YEAR}$", re.I)


# a figure's rate ('6 / år', '4 000 per år', '2 / mån'): the unit of a count, no words of a goal
_RATE_RE = re.compile(r"\s*(?:/|per)\s*(?:år|månad|mån|vecka|termin|läsår)\.?\s*$", re.I)


def names_no_words(cell: str) -> bool:
    """A cell with a figure and no letter at all ('100', '12 %', '1 200'), or only the rate
    of a count ('6 / år', '4 000 / år'): no goal's words."""
    cell = _RATE_RE.sub("", cell.strip()) if any(ch.isdigit() for ch in cell) else cell.strip()
    return bool(cell) and any(ch.isdigit() for ch in cell) and not any(ch.isalpha() for ch in cell)


def is_target_header(header: str) -> bool:
    """'Mål 2029': the goal word and a year, the level to reach that year."""
    return bool(_TARGET_YEAR_RE.match(squash(header)))



def counts_goals_in_order(cells: list[str]) -> bool:
    """A goal column of whole numbers counting from 1 down the table, each row's the same as
    the row above's or the next ('1', '1', '2', '3', …): the goals' numbers, each row keyed to
    the goal it follows up (a follow-up table 'Mätare | Mål | Källa' under a note that the
    goals are numbered in the order the action tables print them), no target values -- a
    column of levels to reach ('100', '5', '80') does not count so. Two numbers at least."""
    nums = [squash(c).rstrip(".") for c in cells if c.strip()]
    if len(nums) < 2 or not all(n.isdigit() and len(n) <= 2 for n in nums):
        return False
    seq = [int(n) for n in nums]
    return seq[0] == 1 and seq[-1] >= 2 and all(b - a in (0, 1) for a, b in zip(seq, seq[1:]))
