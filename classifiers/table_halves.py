"""An action table printed as two halves matched by the number in their first column.

A wide action plan that does not fit a page is printed as two tables, the left half of the
spread (Nr | Mål | Åtgärd | Ansvar) and the right half (Nr | Tid | Uppföljning), and the
reader matches a row of the right half to the left half's row by the number they both print
in the 'Nr' column. The right half states no action of its own: its time and follow-up are
those of the action that number names."""
from __future__ import annotations

import re

_BARE_NUMBER_RE = re.compile(r"^\s*(\d{1,3})\.?\s*$")
_MIN_ROWS = 2


def half_key_column(rows: list[list[str]], roles: dict[int, str], numbered: dict[str, str]) -> int | None:
    """The column of the action numbers in the right half of a split action table: a table
    with neither an action nor a goal column, whose column of no role holds in every row a
    number alone that an earlier table's number column gave an action (`numbered`); None for
    any other table."""
    if not numbered or len(rows) < _MIN_ROWS or {"measure", "goal"} & set(roles.values()):
        return None
    width = max((len(r) for r in rows), default=0)
    for c in range(width):
        if c in roles:
            continue
        nums = [_BARE_NUMBER_RE.match(r[c]) if c < len(r) else None for r in rows]
        if all(nums) and all(m.group(1) in numbered for m in nums):
            return c
    return None


def half_key(row: list[str], c: int) -> str | None:
    """The number in the key column of a row of the right half."""
    m = _BARE_NUMBER_RE.match(row[c]) if c < len(row) else None
    return m.group(1) if m else None


def numbered_actions(column_numbered: dict[str, str], listed: dict[str, str]) -> dict[str, str]:
    """The actions a right half may name by number: those an earlier table's number column
    gave (`column_numbered`), and those listed with a whole number of their own ('1.
    Kartläggning …', `listed`: measure id -> number), as a programme that prints its action
    plan as numbered paragraphs and the times and follow-up in a table keyed by 'Nr' does.
    A number given to two listed actions (lists numbered anew in every chapter) names
    neither."""
    counts: dict[str, int] = {}
    for n in listed.values():
        counts[n] = counts.get(n, 0) + 1
    out = {n: mid for mid, n in listed.items() if counts[n] == 1 and n.isdigit()}
    out.update(column_numbered)
    return out
