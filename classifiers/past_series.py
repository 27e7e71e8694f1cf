"""A table of figures for past years only ('Indikator | 2021 | 2023 | 2025' in a programme
for 2026–2029): background statistics, no follow-up.

A programme shows how its population or labour market developed in a table whose columns
are the years before the programme's own period. Its rows are named like indicators
('Arbetslöshetsgrad, utländska medborgare') because they are the same statistics, but the
table reports what happened; the programme follows up its goals in a table of its own,
which names a baseline and a target or a direction ('Utgångsläge 2024 | Målvärde 2028',
'Riktning') or the years of its own period. So a table whose every column after the first
is a bare year before the programme's first year holds no indicators. Only when that first
year is known (metadata) and there are two year columns or more (a single year is a
baseline column), and not under a caption or heading that names the table a follow-up
('Bilaga 1. Uppföljning av kapitel 3', 'Indikatorer'): there the past years are the
baseline series of the indicators the programme follows.

classifiers/README.md, 'Board minutes: decisions with their executor'.
"""

from __future__ import annotations

import re

from .headers import header_roles, is_status_label
from .schedule import YEAR
from .text import squash

_YEAR_RE = re.compile(YEAR)


def past_years_only(headers: list[str], own_start: int | None) -> bool:
    """The header row of a table of past years' figures (see above)."""
    if own_start is None or len(headers) < 3:
        return False
    rest = [squash(h or "") for h in headers[1:]]
    if _YEAR_RE.fullmatch(squash(headers[0] or "")) or not all(_YEAR_RE.fullmatch(h) for h in rest):
        return False
    return all(int(h) < own_start for h in rest)


def follow_up_named(titles: list[str]) -> bool:
    """One of the caption or heading texts over a table names a follow-up or indicators."""
    return any("indicator" in header_roles(t or "") for t in titles)


# A status column with outcomes ('Klar', 'Pågår', 'Ej påbörjad') reads as a report on an
# earlier programme's measures (`headers.is_evaluation_table`). A plan kept on a task board
# and exported as the action plan has such a column too, its tasks' progress: its rows are
# timed into the programme's own period (deadlines in the years after its first), where an
# earlier programme's measures ended before it began.
_BARE_YEAR_RE = re.compile(rf"(?<!\d){YEAR}(?!\d)")


def timed_into_own_period(rows: list[list[str]], roles: dict[int, str], own_start: int | None) -> bool:
    """Most of the table's dated rows end (the last year of their schedule cells) after the
    programme's first year: the plan's own rows, whatever their status column says."""
    if own_start is None:
        return False
    cols = [c for c, r in roles.items() if r == "schedule"]
    ends = [max(years) for row in rows
            if (years := [int(m.group()) for c in cols if c < len(row) for m in _BARE_YEAR_RE.finditer(row[c])])]
    return len(ends) >= 2 and 2 * sum(e > own_start for e in ends) > len(ends)


# A programme revised halfway through its period keeps its action tables with a status column
# dated inside its own period ('Läge 2026', 'Status 31.12.2025', 'Lägesbedömning hösten 2026' in
# a programme for 2024–2027): how far each of its own actions had come when it was revised.
# A report on an earlier programme's measures is dated before the new period begins, or when
# it begins (written while the new programme was prepared). So a status column whose header
# names a year after the programme's first year makes the table the plan's own, whatever its
# statuses say ('genomförd' rows stay its actions, done in this period).
def status_dated_into_own_period(headers: list[str], own_start: int | None) -> bool:
    """One status column of the header names a year after the programme's first year."""
    if own_start is None:
        return False
    return any(is_status_label(h or "") and any(int(m.group()) > own_start for m in _BARE_YEAR_RE.finditer(h or ""))
               for h in headers)
