"""A section that names the goal it serves by that goal's number.

Programmes that list their goals once, numbered ('1. Nyinflyttade får ...', 'Mål 2: ...'),
and then give a chapter or article per field of work often say in the chapter's opening
text which of those goals it carries out: 'Artikeln genomför avtalets mål 1.', 'Kapitlet
hör till mål 3.', 'Insatserna nedan bidrar till mål 2.'. The chapter's actions are then that
goal's, and the chapter's heading is the goal's theme (the goal list's own heading, 'Syfte
och mål', names no field).

- `goal_number(goal_text)`: the number a listed goal carries ('1.', '2)', 'Mål 3:'), or None.
- `referenced_goal_number(text)`: the one goal number a paragraph names ('mål 1', 'målet
  nr 2'), None when it names none or several (a paragraph naming several goals assigns
  nothing).

classifiers/README.md, 'Agreements, working-group reports and project plans'.
"""

from __future__ import annotations

import re

from .text import fold, squash

# a listed goal's own number: '1. ', '2) ', 'Mål 3: ', 'Mål 3. '
_GOAL_NUMBER_RE = re.compile(r"^(?:mal\s+)?(\d{1,2})\s*[.):]\s+")
# a goal named by its number in running text: 'mål 1', 'målet 2', 'mål nr 3', 'delmål 4'
# (folded: 'mål' -> 'mal'); not 'mål 1.2' (a sub-goal's code) and not a year ('mål 2025')
_REFERENCE_RE = re.compile(r"\b(?:del)?mal(?:et)?\s+(?:nr\.?\s+|nummer\s+)?(\d{1,2})\b(?![.,]\d)")


def goal_number(goal_text: str) -> str | None:
    m = _GOAL_NUMBER_RE.match(fold(squash(goal_text)))
    return m.group(1) if m else None


def referenced_goal_number(text: str) -> str | None:
    found = {m.group(1) for m in _REFERENCE_RE.finditer(fold(squash(text)))}
    return found.pop() if len(found) == 1 else None


def goals_by_number(goals) -> dict[str, object]:
    """Listed goals by their own number, when every number is carried once."""
    out: dict[str, object] = {}
    for g in goals:
        num = goal_number(g.text)
        if num is None:
            continue
        if num in out:
            return {}  # two goals numbered alike (numbered per chapter): no reference is unique
        out[num] = g
    return out
