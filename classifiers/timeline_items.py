"""Timeline items: a list of actions laid out as a timeline, each item opening with the time
it happens and a colon ('Hösten 2025: En integrationskoordinator anställs (kommundirektören).',
'Mars 2026: ...', '2027: ...'). A section that states its goal and then plans the work
towards it 'as a timeline' prints its actions so: the time label is the action's schedule,
not part of what is done, and the doer closes the item in brackets as elsewhere.

Only a label that is a time and nothing else counts -- a season or month (or the start, end
or a quarter of a year) before a year, or a year or span of years alone -- so a field label
('Ansvar: X') or a theme lead-in ('Språk: ...') is never read as one.
"""
from __future__ import annotations

import re

_SEASONS = r"(?:våren|hösten|sommaren|vintern|vår|höst|sommar|vinter)"
_MONTHS = (r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
           r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)")
_PART = r"(?:(?:i\s+)?(?:början|slutet|mitten)\s+av|(?:första|andra|tredje|fjärde)\s+kvartalet|q[1-4]|kvartal\s+[1-4])"
_YEAR = r"(?:19|20)\d\d(?:\s*[–—-]\s*(?:(?:19|20)?\d\d))?"
_TIME_LABEL_RE = re.compile(
    rf"^\s*(?P<time>(?:(?:{_SEASONS}|{_MONTHS}|{_PART})\s+)?{_YEAR})\s*:\s+(?P<rest>[A-ZÅÄÖ].*)$",
    re.I | re.S)


def leading_time_label(text: str) -> tuple[str, str] | None:
    """(time, the rest) of an item opening with a time label ('Hösten 2025: En
    integrationskoordinator anställs ...' -> ('Hösten 2025', 'En integrationskoordinator
    anställs ...')), else None."""
    m = _TIME_LABEL_RE.match(text or "")
    if not m:
        return None
    return " ".join(m.group("time").split()), m.group("rest").strip()


# a step of a roadmap, numbered by a word for a step and its time in brackets before the
# colon ('Steg 2 (hösten 2025): Välkomstsamtal erbjuds alla. Ansvar: X.', 'Fas 1 (2026):
# …'): a plan that orders the work towards a goal in steps prints each step so -- the
# bracket is the step's schedule and the label its number, neither part of what is done
_STEP_LABEL_RE = re.compile(
    r"^\s*(?:steg|delsteg|fas|etapp|skede|vaihe)\s+(?P<num>\d{1,2})\s*\((?P<time>[^()]*\d{4}[^()]*)\)"
    r"\s*:\s+(?P<rest>\S.*)$", re.I | re.S)


def numbered_step_label(text: str) -> tuple[str, str, str] | None:
    """(step number, time, the rest) of an item opening with a numbered step and its time
    ('Steg 2 (hösten 2025): Välkomstsamtal erbjuds ...' -> ('2', 'hösten 2025',
    'Välkomstsamtal erbjuds ...')), else None."""
    m = _STEP_LABEL_RE.match(text or "")
    if not m or not m.group("rest")[:1].isupper():
        return None
    return m.group("num"), " ".join(m.group("time").split()), m.group("rest").strip()
