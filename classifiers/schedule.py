"""Schedules: the printed text kept as is, years parsed into start/end; and the one
vocabulary of time phrases every reader of running text or of a field finds them by.

'2023' -> 2023..2023, '2023–2024' / '2024-2026' / '2023–26' -> a range, 'Fortlöpande',
'Kontinuerligt', 'Årligen' -> text only (no years). 'hösten 2023' -> 2023..2023.

A time phrase is an optional lead-in ('från och med', 'senast', 'under', 'i slutet av') and
either a DATED core, which names a year ('hösten 2025', 'läsåret 2025–2026', 'Q1 2026',
'maj 2027', '31.12.2026'), or an UNDATED one, which says how often or for how long without
a year ('fortlöpande', 'årligen', 'varje termin', 'två gånger per år', 'vid behov', 'under
programperioden', 'våren'). The patterns here are unanchored: a reader matches them at the
start of a field (actors), searches them inside a sentence (prose_actions) or looks for
where the phrase closing a sentence starts (lead_phrase).
"""

from __future__ import annotations

import re

_YEAR = r"(?:19|20)\d{2}"
# where a year read for its number ends: at a word's end or at a footnote mark ('2023²'; a
# superscript digit is a word character, so no word ends before it)
_YEAR_END = r"(?:\b|(?=[¹²³⁴⁵⁶⁷⁸⁹⁰]))"
# a range's second year may be written short ('2023–26'); a day or a month after it makes it
# a date's day ('2025–31.12.2026'), no year
_RANGE_RE = re.compile(rf"({_YEAR})\s*[–—\-−/]\s*({_YEAR}|\d{{2}}){_YEAR_END}(?![./]\d)")
_YEAR_RE = re.compile(rf"\b({_YEAR}){_YEAR_END}")

# --- the vocabulary ---------------------------------------------------------------------
_MONTHS = ("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
           "december")
_SEASONS = "hösten|våren|sommaren|vintern"
# the words that stand before a year and name a part of it or a span of years
_BEFORE_YEAR = (rf"(?:{_SEASONS}|höstarna|vårarna|somrarna|vintrarna|höstterminen|vårterminen|"
                rf"läsåret|läsåren|verksamhetsåret|året|åren|år|HT|VT|{_MONTHS}|Q[1-4]|"
                r"[1-4]\.\s*kvartalet)")
# a year, or a date that ends in one ('31.12.2026', '3/2025'); not the tail of a longer
# number or of a date already read
_DATE = r"(?:\d{1,2}\.\d{1,2}\.|\d{1,2}/)?" + _YEAR
_WHEN = rf"(?:{_BEFORE_YEAR}(?:\s+|\s*/\s*))?{_DATE}"
# '2025–2026', 'hösten 2025–våren 2026', 'Q4/2025–Q2/2026', '2025/26', '2023–26'
_DATED = (rf"(?:(?:i\s+)?(?:början|slutet|mitten)\s+av\s+)?(?<![\d./]){_WHEN}"
          rf"(?:\s*[–—\-−/]\s*(?:{_WHEN}|\d{{2}}(?![./]\d)))?")
# how often: 'varje termin', 'två gånger per år', 'en gång i månaden'
_UNIT = (r"(?:år|året|termin|terminen|läsår|läsåret|månad|månaden|vecka|veckan|kvartal|"
         r"kvartalet|höst|vår|sommar|vinter)")
_UNDATED = (rf"(?:fortlöpande|fortgående|kontinuerligt|löpande|årligen|årsvis|tills\s+vidare|"
            rf"vid\s+behov|under\s+(?:hela\s+)?(?:program|plan|strategi)perioden|varje\s+{_UNIT}|"
            rf"(?:en|ett|två|tre|fyra|fem|\d+)\s+gång(?:er)?\s+(?:(?:per|i|om)\s+{_UNIT}|årligen)|"
            rf"{_SEASONS})")
_LEAD_IN = (r"(?:från\s+och\s+med|fr\.\s?o\.\s?m\.|till\s+och\s+med|t\.\s?o\.\s?m\.|fram\s+till|"
            r"från|senast|under|före|till|efter|inom|på)")
# the whole phrase, ending where a word ends (not 'året' of 'årets', not '2025' of '20255')
TIME_PHRASE = rf"(?<!\w)(?:{_LEAD_IN}\s+)?(?:{_DATED}|{_UNDATED})(?!\w)"
# a field may open with 'i' before its phrase ('i maj 2026'); inside a sentence 'i' belongs
# to the words before, so the phrase found there starts after it
_OPENING_RE = re.compile(rf"(?:i\s+)?{TIME_PHRASE}", re.I)
_DATED_PHRASE_RE = re.compile(rf"(?<!\w)(?:{_LEAD_IN}\s+)?{_DATED}(?!\w)", re.I)
# a cell or a field may say when in several phrases: a list ('2023, 2024', '2024–2025 och
# 2027') or one phrase qualifying another ('Årligen från 2026', 'fortlöpande från hösten 2023')
_TIMES_RE = re.compile(
    rf"(?<!\w)(?:i\s+)?{TIME_PHRASE}(?:(?:\s*[,;]\s*|\s+(?:och|samt)\s+|\s+){TIME_PHRASE})*", re.I)


def opens_with_time(text: str) -> re.Match[str] | None:
    """The time phrase `text` starts with ('hösten 2025 och framåt', 'varje termin'), else
    None."""
    return _OPENING_RE.match(text)


def opens_with_times(text: str) -> re.Match[str] | None:
    """The time phrases `text` starts with, one after another or listed ('2023, 2024 Staden',
    'Årligen från 2026'), else None."""
    return _TIMES_RE.match(text)


def time_phrases(text: str) -> list[re.Match[str]]:
    """Every run of time phrases inside `text`, left to right."""
    return list(_TIMES_RE.finditer(text))


def dated_phrase(text: str) -> re.Match[str] | None:
    """The first time phrase with a year inside `text` ('... en turnering i maj 2027')."""
    return _DATED_PHRASE_RE.search(text)


# a lead-in that names one end of the span and leaves the other open: 'från (och med) 2025'
# starts then and names no end; 'senast / före / till (och med) / fram till 2026' ends then
# and names no start. 'under 2025' names both.
_SINCE_RE = re.compile(
    rf"(?<!\w)(?:från\s+och\s+med|fr\.\s?o\.\s?m\.|från)\s+{_DATED}(?!\w)", re.I)
_UNTIL_RE = re.compile(
    rf"(?<!\w)(?:till\s+och\s+med|t\.\s?o\.\s?m\.|fram\s+till|senast|före|till)\s+{_DATED}(?!\w)",
    re.I)


def _open_years(s: str) -> tuple[int | None, int | None] | None:
    """(start, None) for 'från 2025', (None, end) for 'senast 2026'; None when the text names
    both ends ('från 2024 till 2026', '2024–2026') or neither lead-in."""
    if _RANGE_RE.search(s):
        return None
    since, until = _SINCE_RE.search(s), _UNTIL_RE.search(s)
    if bool(since) == bool(until):
        return None
    years = [int(y) for y in _YEAR_RE.findall(s)]
    if len(set(years)) != 1:
        return None
    return (years[0], None) if since else (None, years[0])


def _span(m: re.Match[str]) -> tuple[int, int | None]:
    """(first, last) year of a _RANGE_RE match, the short second year written out ('2023–26'
    -> 2026); last None when it comes before the first ('2023-21' is no range we understand)."""
    start, end_s = int(m.group(1)), m.group(2)
    end = int(end_s) if len(end_s) == 4 else (start // 100) * 100 + int(end_s)
    return start, (end if end >= start else None)


def year_spans(text: str) -> list[tuple[int, int | None]]:
    """Every span of years the text names ('Utvärdering av programmet 2019–2023' -> [(2019,
    2023)]), as parse_schedule reads a schedule's."""
    return [_span(m) for m in _RANGE_RE.finditer(text)]


def parse_schedule(text: str | None) -> tuple[str | None, int | None, int | None]:
    """(schedule text, start_year, end_year); a year after 'från' is the start only, one
    after 'senast' / 'före' / 'till' the end only (the other end is open: NULL)."""
    if text is None:
        return None, None, None
    s = re.sub(r"\s+", " ", text).strip()
    if not s:
        return None, None, None
    m = _RANGE_RE.search(s)
    if m:
        return s, *_span(m)
    opened = _open_years(s)
    if opened:
        return s, *opened
    years = [int(y) for y in _YEAR_RE.findall(s)]
    if years:
        return s, min(years), max(years)
    return s, None, None
