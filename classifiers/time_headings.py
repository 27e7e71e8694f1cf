"""A heading that is a time alone over actions ('2025', '2027–2028', 'År 2026', 'Hösten 2025').

An implementation plan may group its actions by the year they start in rather than by goal
('5 Verkställighetsplan 2025–2028' > '2025' / '2026' / '2027–2028', each over bullets that name
their goal by a reference; sixty-ninth set). The year heading says when the actions under it
are carried out: the schedule of each that names no time of its own. It names no theme: the
actions' area is their goal's. Under a heading naming a plan by any name ('Handlingsplan
2026–2029', 'Åtgärdsplan', 'Verksamhetsplan'), a year heading heads the plan's actions."""
from __future__ import annotations

import re

from .actors import time_only
from .prose import names_plan  # noqa: F401 -- the plan a year heading stands under (read_headings)
from .text import squash

_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_MAX_WORDS = 4


def time_heading(heading: str) -> str | None:
    """The time a heading is and nothing else ('2027–2028', 'År 2026', 'Våren 2025'), dated by a
    year, else None."""
    text = re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\D)", "", squash(heading)).rstrip(":.").strip()
    if not text or len(text.split()) > _MAX_WORDS or not _YEAR_RE.search(text) or not time_only(text):
        return None
    return text
