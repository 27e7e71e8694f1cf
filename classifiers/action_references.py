"""Cells that only refer to actions by number: 'Åtgärdskort 1–2', 'Åtgärd 4', 'Åtgärder 5, 7',
'–' (thirty-second blind set).

A follow-up table may say which actions each of its meters follows up, in a column of
references ('Följer upp | Åtgärdskort 1–2'). Such a column names no indicator of its own:
its cells are a label word and numbers, or a dash for a meter of no one action. A column is
a reference column when every cell is such a reference (a dash or empty allowed) and one at
least names a number."""

from __future__ import annotations

import re

from .number_ranges import NUMBER_LIST, expand_numbers
from .text import squash

_REF_RE = re.compile(rf"^[^\W\d_]+\s+(?P<nums>{NUMBER_LIST})\.?$", re.I)
_NONE_RE = re.compile(r"^[–—-]?$")


def refers_to_actions(cells: list[str]) -> bool:
    xs = [squash(x) for x in cells]
    return any(_REF_RE.match(x) for x in xs) and all(_REF_RE.match(x) or _NONE_RE.match(x) for x in xs)


def referred_numbers(cell: str) -> list[str]:
    """'Åtgärdskort 1–2' -> ['1', '2']; 'Åtgärd 4.1' -> ['4.1']; '–' -> []."""
    m = _REF_RE.match(squash(cell))
    return expand_numbers(m.group("nums")) if m else []


_LABEL_RE = re.compile(r"^\s*([^\W\d_]+)\s+\d")


def _key(number: str) -> str:
    """A number as a key, leading zeros dropped ('Åtgärdskort 01' is card 1)."""
    return ".".join(str(int(p)) for p in number.split("."))


def link_action_references(built) -> None:
    """Measures read from a reference column ('Åtgärdskort 1–2' under 'Följer upp') are no
    actions: each names, by number, actions printed under headings of that label and number
    ('Åtgärdskort 1'). An indicator linked to such a reference is the meter of the first
    action it names (the one a range starts with), of that action's goal; the reference
    measures go. References to a label no heading carries are left as they are."""
    heads = {s.id: s.heading for s in built.sections}
    numbered: dict[tuple[str, str], str] = {}
    for m in built.measures:
        h = heads.get(m.section or "") or ""
        lab = _LABEL_RE.match(h)
        nums = referred_numbers(h) if lab else []
        if lab and len(nums) == 1:
            numbered.setdefault((lab.group(1).casefold(), _key(nums[0])), m.id)
    if not numbered:
        return
    by_id = {m.id: m for m in built.measures}
    refs: dict[str, str] = {}
    for m in built.measures:
        lab = _LABEL_RE.match(m.text)
        nums = referred_numbers(m.text) if lab else []
        if nums and (target := numbered.get((lab.group(1).casefold(), _key(nums[0])))) and target != m.id:
            refs[m.id] = target
    if not refs:
        return
    for ind in built.indicators:
        if ind.measure in refs:
            ind.measure = refs[ind.measure]
            goal = by_id[ind.measure].goal
            ind.goal = goal
            ind.goals = [goal] if goal else []
    built.measures[:] = [m for m in built.measures if m.id not in refs]


def action_number_column(rows: list[list[str]], roles: dict[int, str], numbered: set[str]) -> int | None:
    """A second meter column by its header ('Följer upp' beside 'Indikator') whose filled
    cells all name actions by label and number ('åtgärd 4', 'Åtgärd 8–9', a dash for none),
    one at least an action numbered so before (`numbered`): the column says which action
    each meter follows up and states no meter. None when the table has a measure column,
    fewer than two meter columns, or no such column."""
    meters = [c for c, r in sorted(roles.items()) if r == "indicator"]
    if "measure" in roles.values() or len(meters) < 2 or not numbered:
        return None
    for c in meters[1:]:
        cells = [squash(r[c]) for r in rows if c < len(r)]
        if refers_to_actions(cells) and any(n in numbered for x in cells for n in referred_numbers(x)):
            return c
    return None
