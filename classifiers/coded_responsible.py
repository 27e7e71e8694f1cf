"""A responsible cell split by action codes: '1.1.1–1.1.2 Näringslivsenheten, 1.1.3
Arbetskraftsservicen' beside the actions '1.1.1 …' to '1.1.3 …' names, line by line, who
answers for which action (a plan that 'anger ansvaret per åtgärd då ansvaret är delat').
Each action numbered so takes the actors of the part whose code or code range covers its
number, not the whole cell."""

from __future__ import annotations

import re

from .meter_references import _NUMBER_CODE_RE

# an action's number code of two or more parts, opening its text ('1.1.3 Lönesubvention …'):
# the code the meter lines beside it are read by
_ACTION_CODE_RE = _NUMBER_CODE_RE
# a code or a code range ('1.1.1–1.1.2') opening a part of the responsible cell
_PART_CODE_RE = re.compile(r"(?<![\w.])(\d{1,2}(?:\.\d{1,2}){1,3})(?:\s*[–—-]\s*(\d{1,2}(?:\.\d{1,2}){1,3}))?(?![\w.])")


def _key(code: str) -> tuple[int, ...]:
    return tuple(int(x) for x in code.split("."))


def coded_parts(cell: str) -> list[tuple[tuple[int, ...], tuple[int, ...], str]] | None:
    """(first code, last code, actors) of each part of a cell that opens with a code and is
    all code-led parts ('1.1.1–1.1.2 A, 1.1.3 B' -> [((1,1,1), (1,1,2), 'A'), ((1,1,3),
    (1,1,3), 'B')]); None when the cell does not open with a code or a part names no actor."""
    cell = " ".join(cell.split())
    codes = list(_PART_CODE_RE.finditer(cell))
    if not codes or codes[0].start() != 0:
        return None
    out = []
    for k, m in enumerate(codes):
        end = codes[k + 1].start() if k + 1 < len(codes) else len(cell)
        who = cell[m.end():end].strip(" ,;")
        first, last = _key(m.group(1)), _key(m.group(2) or m.group(1))
        if not who or not any(ch.isalpha() for ch in who) or len(first) != len(last) or first > last:
            return None
        out.append((first, last, who))
    return out


def split_responsible_by_action_code(built) -> None:
    """Give each action opening with a number code the actors of the part of its responsible
    cell whose code or range covers that number, when the cell is all such parts. An action
    whose number no part covers keeps the cell as read."""
    for x in built.measures:
        m = _ACTION_CODE_RE.match(x.text or "")
        if not m or not x.responsible:
            continue
        parts = coded_parts(", ".join(x.responsible))
        if not parts:
            continue
        code = _key(m.group(1))
        hits = [who for first, last, who in parts if len(first) == len(code) and first <= code <= last]
        if len(hits) == 1:
            x.responsible = [hits[0]]
