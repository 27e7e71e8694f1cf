"""Schedules: the printed text kept as is, years parsed into start/end.

'2023' -> 2023..2023, '2023–2024' / '2024-2026' / '2023–26' -> a range, 'Fortlöpande',
'Kontinuerligt', 'Årligen' -> text only (no years). 'hösten 2023' -> 2023..2023.
"""

from __future__ import annotations

import re

_YEAR = r"(?:19|20)\d{2}"
_RANGE_RE = re.compile(rf"({_YEAR})\s*[–—\-−/]\s*({_YEAR}|\d{{2}})\b")
_YEAR_RE = re.compile(rf"\b({_YEAR})\b")


def parse_schedule(text: str | None) -> tuple[str | None, int | None, int | None]:
    """(schedule text, start_year, end_year)."""
    if text is None:
        return None, None, None
    s = re.sub(r"\s+", " ", text).strip()
    if not s:
        return None, None, None
    m = _RANGE_RE.search(s)
    if m:
        start = int(m.group(1))
        end_s = m.group(2)
        end = int(end_s) if len(end_s) == 4 else (start // 100) * 100 + int(end_s)
        if end < start:  # '2023-21' is not a range we understand
            end = None
        return s, start, end
    years = [int(y) for y in _YEAR_RE.findall(s)]
    if years:
        return s, min(years), max(years)
    return s, None, None
