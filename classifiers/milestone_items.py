"""Milestones of a roadmap: a line opened by the label 'Milstolpe' and either a year
('◆ Milstolpe 2026: Andel nyinflyttade som ..., minst 80 %.') or the step it follows
('◆ Milstolpe efter steg 3: Antal genomförda ...'). A plan laid out as tracks of numbered
steps towards a goal marks what is measured along the way so: the milestone is a meter --
of the step it names, or, dated by a year, of the track's goal as a whole -- never an
action (its words name what is counted, not what is done).
"""
from __future__ import annotations

import re

from .text import squash

_MILESTONE_RE = re.compile(
    r"^\W*(?:milstolpe|milstolpen|välitavoite|milestone)\s+"
    r"(?:(?:år\s+|vuonna\s+)?(?:19|20)\d\d|(?:efter|after|jälkeen)\s+(?:steg|step|vaihe(?:en)?)\s+(?P<step>\d{1,2}))"
    r"\s*:\s+(?P<rest>\S.*)$", re.I | re.S)


def milestone(text: str) -> tuple[str | None, str] | None:
    """(number of the step it follows, or None for a dated milestone of the whole track;
    the meter) of a milestone line, else None."""
    m = _MILESTONE_RE.match(squash(text or ""))
    if not m:
        return None
    rest = m.group("rest").strip().rstrip(".").strip()
    return (m.group("step"), rest) if rest else None
