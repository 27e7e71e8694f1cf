"""Action plans whose columns after the goal are time horizons, not single years.

    Målområde och mål           | Kort sikt (2026)          | Lång sikt (2027–2029)
    Arbete och kompetens:       | • Kartläggning (X)        | • Svenskkurs (Y, Z)
    Invandrare får arbete ...   |                           | • Mentorprogram (W)

A handlingsplan often splits its actions into what is done at once and what later: each
column is headed by a horizon ('Kort sikt', 'Lång sikt', 'Medellång sikt', 'På sikt',
'Omedelbart'), a year or a span of years ('2026', '2027–2029'), usually the horizon with
its years in a parenthesis. It is the roadmap table (`roadmap.py`) with spans for years:
each row a goal, each filled horizon cell the actions that fall in that horizon, and the
column's years their schedule. A cell holds several actions as bullet lines ('• A (X)\\n•
B (Y)'), one action a line, each with its doer in the parenthesis closing it.

The goal cell may name its area first, closed by a colon ('Arbete och kompetens:\\nGoal'),
as the header 'Målområde och mål' announces: the words before the colon are the goal's
theme, the rest the goal.

The goal may also stand above the table instead of in a column of its own: under a theme's
heading, 'Mål: <goal>.' and then a table of horizons alone,

    Kort sikt (2025–2026)       | Lång sikt (2027–2029)
    • Välkomstbrev (X)          | • Digital tjänst (Y)

every column a horizon (`horizon_columns` gives column 0 a schedule too): the actions are
the stated goal's, as those of an action table under it would be.
"""

from __future__ import annotations

import re

from .schedule import YEAR
from .text import squash

_YEAR_RE = re.compile(YEAR)
# a year or a span of years ('2027–2029', '2027–29')
_SPAN = rf"{YEAR}(?:\s*[–—-]\s*(?:{YEAR}|\d{{2}}))?"
_SPAN_RE = re.compile(rf"^{_SPAN}$")
# a horizon word: 'kort sikt', 'lång sikt', 'medellång sikt', 'på sikt', 'långsiktigt',
# 'kortsiktigt', 'omedelbart', 'genast'
_HORIZON_RE = re.compile(
    r"^(?:på\s+)?(?:(?:kort|medellång|lång)\s+sikt|sikt|(?:kort|lång)siktig[at]?|omedelbart|genast)"
    rf"(?:\s*\((?P<years>{_SPAN})\))?$", re.I)
_BULLET_SPLIT_RE = re.compile(r"(?:^|\n)\s*[–-]\s+|(?:^|\s)[•▪◦‣]\s+")
_LABEL_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][^:.;]{2,60}):\s*(?P<goal>[A-ZÅÄÖ].{9,})$", re.S)


def horizon_schedule(header: str) -> str | None:
    """The schedule a horizon column gives its actions: the years the header names
    ('Lång sikt (2027–2029)' -> '2027–2029', '2026' -> '2026'), the horizon itself when it
    names none ('Kort sikt'); None when the header is no horizon."""
    h = squash(header)
    if _SPAN_RE.match(h):
        return h
    m = _HORIZON_RE.match(h)
    if not m:
        return None
    return squash(m.group("years")) if m.group("years") else h


def horizon_columns(headers: list[str]) -> dict[int, str] | None:
    """{column: schedule} when every column after the first is a time horizon and at least
    one names a horizon word or a span (a header of single years alone is a roadmap,
    `roadmap.year_columns`); else None. When the first column is a horizon too (a plan of
    horizons alone, its goal stated above the table) it is in the dict as well: two
    columns are then enough, and every one must name a horizon word."""
    heads = [squash(h) for h in headers]
    if len(heads) >= 2 and all(_HORIZON_RE.match(h) for h in heads):
        return {c: horizon_schedule(h) for c, h in enumerate(heads)}  # type: ignore[misc]
    if len(heads) < 3:
        return None
    cols = {c: horizon_schedule(h) for c, h in enumerate(heads) if c > 0}
    if any(s is None for s in cols.values()):
        return None
    if all(_YEAR_RE.fullmatch(h) for h in heads[1:]):
        return None
    return cols  # type: ignore[return-value]


def cell_actions(cell: str) -> list[str]:
    """The actions of a horizon cell: one a bullet line; the whole cell when it has no
    bullets."""
    # (a cell with no bullet splits into itself)
    parts = [squash(p) for p in _BULLET_SPLIT_RE.split(cell.strip())]
    return [p for p in parts if any(ch.isalpha() for ch in p)]


def labelled_goal(cell: str) -> tuple[str | None, str]:
    """(area, goal) of a goal cell 'Area:\\nGoal'; (None, cell) when it names no area."""
    text = squash(cell)
    m = _LABEL_RE.match(text)
    if not m or len(m.group("label").split()) > 6:
        return None, text
    return squash(m.group("label")), squash(m.group("goal"))
