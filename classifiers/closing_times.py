"""An action closing with its time alone in parentheses (twenty-seventh blind set).

A plan whose table has no column of when may date an action at the end of its line, 'Stöd-
undervisning utökas med 20 veckotimmar (2024)', 'Mångfaldsutbildning för chefer (2025–2026)':
the parenthesis holds a time and nothing else, and is the action's schedule, as a schedule
cell would be; it is no part of the action's text. A parenthesis with anything besides a
time ('(Medis)', '(kansliet, 2025)') is left to the readers of doers and tails.
"""
from __future__ import annotations

import re

from .actors import time_only

_CLOSING_PAREN_RE = re.compile(r"\s*\(([^()]+)\)\s*\.?\s*$")


def closing_time(text: str) -> tuple[str, str] | None:
    """(the action without it, the time) of a text closed by a parenthesis holding only a
    time ('... för chefer (2025–2026)' -> ('... för chefer', '2025–2026')), else None."""
    return _closed_by_time(_CLOSING_PAREN_RE, text)


def _closed_by_time(closing: re.Pattern, text: str) -> tuple[str, str] | None:
    """(the text before it, the time) of `text` closed by a `closing` match whose group
    holds a time alone, with something before it, else None."""
    m = closing.search(text or "")
    if not m or not time_only(m.group(1)) or not text[:m.start()].strip():
        return None
    return text[:m.start()].rstrip(), m.group(1).strip()


# '… marknadsförs på fem språk – somrarna 2025–2028': the time after a spaced dash, alone
_CLOSING_DASH_RE = re.compile(r"\s+[–—]\s+((?:(?!\s[–—]\s).)+?)\s*\.?\s*$")


def closing_dash_time(text: str) -> tuple[str, str] | None:
    """(the action without it, the time) of a list item closed by a spaced dash and a time
    and nothing else ('Sommarfester marknadsförs – somrarna 2025–2028'), else None: the
    item's schedule, as a time alone in parentheses is (`closing_time`)."""
    return _closed_by_time(_CLOSING_DASH_RE, text)


# '<action>, från januari 2027 – <doer>', '<action> från september 2025 – <doer>': a dated time
# closing the action right before the doer after its dash, set off by a comma or opening with
# 'från' -- the item's start, as a time in parentheses is (sixty-ninth set). A year in it: a
# frequency ('två gånger per år', 'varje torsdag') says how the action is done and stays in it
_CLOSING_COMMA_TIME_RE = re.compile(r",\s+((?:(?!,\s).)+?)\s*\.?\s*$")
_CLOSING_FROM_RE = re.compile(r"\s+((?:från|fr\.o\.m\.?)\s+(?:(?!,\s).)+?)\s*\.?\s*$", re.I)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def closing_dated_time(text: str) -> tuple[str, str] | None:
    """(the action without it, the time) of an action closed by a dated time after a comma or
    by a 'från …' phrase with a year ('Kurser i yrkessvenska, från januari 2027' -> ('Kurser i
    yrkessvenska', 'från januari 2027')), else None. For an action whose doer the item named
    after a dash (`dash_doers`): the time said between the action and its doer."""
    for closing in (_CLOSING_COMMA_TIME_RE, _CLOSING_FROM_RE):
        found = _closed_by_time(closing, text or "")
        if found is not None and _YEAR_RE.search(found[1]):
            return found
    return None
