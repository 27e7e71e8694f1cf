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

# a year of the programmes' centuries, the one year pattern the readers share
YEAR = r"(?:19|20)\d{2}"
# where a year read for its number ends: at a word's end or at a footnote mark ('2023²'; a
# superscript digit is a word character, so no word ends before it)
_YEAR_END = r"(?:\b|(?=[¹²³⁴⁵⁶⁷⁸⁹⁰]))"
# a range's second year may be written short ('2023–26'); a day or a month after it makes it
# a date's day ('2025–31.12.2026'), no year
_RANGE_RE = re.compile(rf"({YEAR})\s*[–—\-−/]\s*({YEAR}|\d{{2}}){_YEAR_END}(?![./]\d)")
_YEAR_RE = re.compile(rf"\b({YEAR}){_YEAR_END}")

# --- the vocabulary ---------------------------------------------------------------------
_MONTHS = ("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
           "december")
# (the month names, for a reader telling a year's cycle of months: `content_roles.is_year_wheel`)
MONTH_NAMES = _MONTHS
_SEASONS = "hösten|våren|sommaren|vintern"
_PLURAL_SEASONS = "höstarna|vårarna|somrarna|vintrarna"
# the months from one to another of a year ('januari–maj 2026')
_MONTH_SPAN = rf"(?:{_MONTHS})\s*[–—\-−]\s*(?:{_MONTHS})"
# a feast or school holiday, definite, dated by the year after it ('julen 2026', 'sommarlovet
# 2027'), as 'hösten 2026' is
_FEASTS_DEF = r"(?:midsommaren|julen|påsken|nyåret|sportlovet|sommarlovet|höstlovet|jullovet|påsklovet|skolstarten)"
# the words that stand before a year and name a part of it or a span of years
_BEFORE_YEAR = (rf"(?:{_SEASONS}|{_PLURAL_SEASONS}|{_FEASTS_DEF}|höstterminen|vårterminen|"
                rf"läsåret|läsåren|verksamhetsåret|året|åren|år|HT|VT|{_MONTH_SPAN}|{_MONTHS}|Q[1-4]|"
                r"[1-4]\.\s*kvartalet)")
# a year, or a date that ends in one ('31.12.2026', '3/2025'); not the tail of a longer
# number or of a date already read
_DATE = r"(?:\d{1,2}\.\d{1,2}\.|\d{1,2}/)?" + YEAR
_WHEN = rf"(?:{_BEFORE_YEAR}(?:\s+|\s*/\s*))?{_DATE}"
# '2025–2026', 'hösten 2025–våren 2026', 'Q4/2025–Q2/2026', '2025/26', '2023–26'
_DATED = (rf"(?:(?:i\s+)?(?:början|slutet|mitten)\s+av\s+)?(?<![\d./]){_WHEN}"
          rf"(?:\s*[–—\-−/]\s*(?:{_WHEN}|\d{{2}}(?![./]\d)))?")
# the feasts and the school holidays of each year, bare ('midsommar', 'sommarlov'): a
# recurring time after 'varje' (`_UNIT`), and after a preposition of time (`_FEAST`)
_FEAST_DAYS = r"(?:midsommar|jul|påsk)"
_HOLIDAY = r"(?:sommar|höst|jul|sport|vinter|påsk)lov"
# how often: 'varje termin', 'två gånger per år', 'en gång i månaden' (also 'varje september':
# that month of each year)
_UNIT = (r"(?:år|året|termin|terminen|läsår|läsåret|månad|månaden|vecka|veckan|kvartal|"
         r"kvartalet|höst|vår|sommar|vinter|"
         # a feast or a school holiday recurs each year as a season does ('varje midsommar',
         # 'varje sommarlov')
         rf"{_FEAST_DAYS}|nyår|valborg|skolstart|läsårsstart|{_HOLIDAY}|"
         # a day of each week ('varje torsdag', 'en gång i veckan' said by its day)
         r"måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)")
# two seasons named bare, 'vår och höst' (each year, in both): one season alone ('vår') may
# be the pronoun 'our', the pair is a time
_BARE_SEASON = r"(?:vår|höst|sommar|vinter)"
_TWO_SEASONS = rf"{_BARE_SEASON}\s+(?:och|samt)\s+{_BARE_SEASON}"
# 'läsårsvis', 'terminsvis', 'månadsvis': once each school year, term, month (as 'årsvis')
_EACH_UNIT = r"(?:läsårs|termins|månads|kvartals|vecko)vis"
# a day of each year ('27.5 årligen', the national day of multiculturalism): a day and a month
# without a year, then how often
_DAY_EACH_YEAR = r"\d{1,2}\.\d{1,2}\.?\s+(?:årligen|varje\s+år)"
_WITHIN = (r"inom\s+(?:en|ett|två|tre|fyra|fem|sex|\d{1,2})\s+(?:dag(?:ar)?|veck(?:a|or)|månad(?:er)?|år)"
           r"(?:\s+(?:från|efter)\s+(?!att\b)[^\W\d_]{3,})?")
_UNDATED = (rf"(?:{_DAY_EACH_YEAR}|fortlöpande|fortgående|kontinuerligt|löpande|årligen|årsvis|{_EACH_UNIT}|tills\s+vidare|"
            rf"vid\s+behov|under\s+(?:hela\s+)?(?:program|plan|strategi)perioden|varje\s+(?:{_UNIT}|{_MONTHS})|"
            rf"(?:en|ett|två|tre|fyra|fem|\d+)\s+gång(?:er)?\s+(?:(?:per|i|om)\s+{_UNIT}|årligen)|"
            # the same, abbreviated as a rate ('2 ggr/år', '1 gång/mån'): a table's or a
            # parenthesis' short form of 'två gånger per år'
            rf"(?:en|ett|två|tre|fyra|fem|\d+)\s*(?:gång(?:er)?|ggr|g)\s*/\s*(?:år|termin|mån|månad|vecka|v)\b|"
            # the school terms named alone, as a season is: that term of each year
            # ('vårterminerna', 'höstterminen')
            rf"(?:vår|höst)termin(?:en|erna)|"
            # the school year or term it runs through, definite ('under läsåret', 'under
            # terminerna'): each one of the programme's, as 'varje läsår' says
            r"under\s+(?:läsåret|läsåren|skolåret|terminen|terminerna)|"
            # a season or a month named alone: that part of each year ('hösten', 'augusti')
            rf"{_SEASONS}|{_TWO_SEASONS}|{_MONTHS}|"
            # a season in the plural alone ('somrarna', 'höstarna'): that season of every year
            # of the programme, as 'varje sommar' says
            rf"{_PLURAL_SEASONS}|"
            # a deadline counted from an event of each case ('inom två månader från anmälan',
            # 'inom en vecka efter inflyttningen'): when, for every person the action serves
            rf"{_WITHIN})")
# before or after an event of a year, named by one definite noun ('inför kommunalvalet 2027',
# 'före valet 2027', 'efter sommarlovet 2026'): the year dates the event, the phrase is a
# time as 'före 2027' is (`parse_schedule` reads 'inför' as closing a span)
_EVENT_DATED = rf"(?:inför|före|efter)\s+[^\W\d_]{{3,}}(?:et|en|na)\s+{_DATED}"
# a feast or a school holiday after a preposition of time ('under sommarlovet', 'till jul',
# 'inför midsommar'): that time of each year, as 'varje midsommar' says
_FEAST = rf"(?:{_HOLIDAY}et|{_FEAST_DAYS}(?:en)?)"
_AT_FEAST = rf"(?:under|på|till|före|efter|inför|kring)\s+{_FEAST}"
# ('start hösten 2026', 'med start 2027', 'med början 2025': when the action begins)
# ... or the end or start of the year before it ('före utgången av 2026', 'i slutet av 2025',
# 'senast vid utgången av 2027', 'i början av 2026'): a deadline or a start, as 'före 2027' is
_LEAD_IN = (r"(?:(?:före|innan|senast(?:\s+vid)?|vid|i|mot)\s+(?:utgången|slutet|början)\s+av|(?:med\s+)?start|med\s+början|från\s+och\s+med|fr\.\s?o\.\s?m\.|till\s+och\s+med|t\.\s?o\.\s?m\.|fram\s+till|"
            r"från|senast|under|före|till|efter|inom|på)")
# the whole phrase, ending where a word ends (not 'året' of 'årets', not '2025' of '20255')
# ('senast i augusti 2025': a month after the lead-in may take its 'i', as a field opens with it)
TIME_PHRASE = (rf"(?<!\w)(?:{_EVENT_DATED}|{_AT_FEAST}|(?:{_LEAD_IN}\s+(?:i\s+(?=(?:{_MONTHS})\b))?)?"
               rf"(?:{_DATED}|{_UNDATED}))(?!\w)")
# a field may open with 'i' before its phrase ('i maj 2026'); inside a sentence 'i' belongs
# to the words before, so the phrase found there starts after it
_OPENING_RE = re.compile(rf"(?:i\s+)?{TIME_PHRASE}", re.I)
_DATED_PHRASE_RE = re.compile(rf"(?<!\w)(?:{_LEAD_IN}\s+)?{_DATED}(?!\w)", re.I)
# a cell or a field may say when in several phrases: a list ('2023, 2024', '2024–2025 och
# 2027') or one phrase qualifying another ('Årligen från 2026', 'fortlöpande från hösten 2023',
# 'årligen i augusti', 'varje år i mars': how often, then the month it falls in)
_TIMES_RE = re.compile(
    rf"(?<!\w)(?:i\s+)?{TIME_PHRASE}(?:(?:\s*[,;]\s*|\s+(?:och|samt)\s+|\s+i\s+(?=(?:{_MONTHS})(?!\w))|\s+)"
    rf"{TIME_PHRASE})*", re.I)


# a label and a point of time alone after its colon ('Årlig rapport: april', 'Halvtidsgenomgång:
# hösten 2026'): a month or a season, with its year or not -- no frequency ('årligen')
_DATED_LABEL_RE = re.compile(
    rf"^[^\W\d_][^:;,.()]{{0,40}}?\s*:\s*(?:i\s+)?(?:{_MONTHS}|{_SEASONS})(?:\s+{YEAR})?\.?$", re.I)


def dates_a_step(text: str) -> bool:
    """The item names a step by a label of at most three words and gives the month or season
    it falls in, nothing else ('Årlig rapport: april', 'Slututvärdering: våren 2028'): the date
    of a step in a calendar (the follow-up's), no meter or action."""
    return bool(_DATED_LABEL_RE.match(text.strip())) and len(text.split(":", 1)[0].split()) <= 3


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


# --- the years of a schedule ------------------------------------------------------------
# Each year a schedule names opens the span, closes it, or (plain) lies inside it, by the words
# before it in its clause: 'från (och med) / sedan / start / påbörjas 2025' open a span with no
# end named, 'senast / före / innan / till (och med) / fram till / inför / klart 2026' close one
# with no start named; 'från 2024 till 2026' names both. Words after a year open it too:
# '2026 och framåt', 'hösten 2024 och därefter årligen', '2025→', '2027-'.
_OPENS = (r"från\s+och\s+med|fr\.\s?o\.\s?m\.|från|sedan|start(?:ar)?|påbörjas|inleds|börjar|med\s+början|"
          r"efter")
_CLOSES = (r"till\s+och\s+med|t\.\s?o\.\s?m\.|fram\s+tills?|senast|före|innan|tills?|inför|"
           r"klart?|färdigt?|avslutas|slutar|upphör")
_MARKER_RE = re.compile(rf"(?<!\w)(?:(?P<opens>{_OPENS})|(?P<closes>{_CLOSES}))(?!\w)", re.I)
# 'och framåt' / 'och därefter' / '→' / a dash with nothing after it, right after a year
_OPEN_AFTER_RE = re.compile(r"\s*(?:(?:och\s+|tills\s+)?(?:framåt|därefter|vidare)\b|→|[-–]\s*(?:$|[),;]))", re.I)
# a dash opening the schedule: '–2026' is until 2026
_DASH_FIRST_RE = re.compile(r"^\s*[–—\-−]\s*$")
# 'före 2027' is before 2027 begins, 'efter 2026' after it ends; with a day, a month, a season
# or an event between ('före valet 2027', 'efter mars 2014') the year itself is meant
_BARE_YEAR_AFTER_RE = re.compile(r"(?:före|innan|efter)\s+(?:år\s+)?$", re.I)
# where a clause ends: a list of years ('2020, 2025 eller 2030') runs on over its commas
_CLAUSE_END_RE = re.compile(r"[,;()]")
_LIST_GAP_RE = re.compile(r"^[\s,;]*(?:och|eller|samt)?\s*(?:år\s+)?$", re.I)

# Years written short, read only beside a word that says they are years: 'ht-25', 'HT24',
# 'Våren -26', 'läsåret 25–26'; and an ISO date '2024-06-30' (no span 2024–2006).
_TERM_SHORT_RE = re.compile(
    r"(?<!\w)(ht|vt|hösten|våren|sommaren|vintern)\s*[-–]?\s*(\d{2})(?![\d.:/]|\s*[.:]\d)", re.I)
_SCHOOL_YEAR_SHORT_RE = re.compile(r"(?<!\w)(läsåre[tn])\s+(\d{2})\s*([–—\-−/])\s*(\d{2})(?!\d)", re.I)
_ISO_DATE_RE = re.compile(rf"(?<!\d)({YEAR})-[01]\d-[0-3]\d(?!\d)")


def _years_written_out(s: str) -> str:
    """`s` with short years beside a term word written out and ISO dates cut to their year
    (the years are read from this text; the schedule keeps the printed one)."""
    s = _ISO_DATE_RE.sub(r"\1", s)
    s = _SCHOOL_YEAR_SHORT_RE.sub(lambda m: f"{m[1]} 20{m[2]}{m[3]}20{m[4]}", s)
    return _TERM_SHORT_RE.sub(lambda m: f"{m[1]} 20{m[2]}", s)


def _clause_before(s: str, pos: int) -> str:
    """The words of the clause before `pos`; a year in a list ('till 2020, 2025 eller 2030')
    takes the clause of the list's first year, where its lead-in stands."""
    ends = [0] + [m.end() for m in _CLAUSE_END_RE.finditer(s, 0, pos)]
    i = len(ends) - 1
    while (i > 0 and _LIST_GAP_RE.match(_YEAR_RE.sub("", s[ends[i]:pos]))
           and _YEAR_RE.search(s[ends[i - 1]:ends[i]])):
        i -= 1
    return s[ends[i]:pos]


def _role(s: str, start: int, end: int) -> tuple[str, int]:
    """('opens' | 'closes' | 'plain', shift) of the year (or span) at s[start:end]; shift moves
    'före 2027' to 2026 and 'efter 2026' to 2027."""
    if _OPEN_AFTER_RE.match(s, end):
        return "opens", 0
    before = _clause_before(s, start)
    if _DASH_FIRST_RE.match(s[:start]):
        return "closes", 0
    markers = list(_MARKER_RE.finditer(before))
    if not markers:
        return "plain", 0
    last = markers[-1]
    bare = _BARE_YEAR_AFTER_RE.search(before[last.start():])
    if last["opens"]:
        return "opens", 1 if bare and last[0].lower() == "efter" else 0
    return "closes", -1 if bare else 0


def _years_by_role(s: str) -> dict[str, list[int]]:
    roles: dict[str, list[int]] = {"opens": [], "closes": [], "plain": []}
    taken: list[tuple[int, int]] = []
    for m in _RANGE_RE.finditer(s):
        first, last = _span(m)
        role, _ = _role(s, m.start(), m.end())
        roles[role].extend(y for y in (first, last) if y is not None)
        taken.append(m.span())
    for m in _YEAR_RE.finditer(s):
        if any(a <= m.start() < b for a, b in taken):
            continue
        role, shift = _role(s, m.start(), m.end())
        roles[role].append(int(m[1]) + shift)
    return roles


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
    """(schedule text, start_year, end_year): the first and the last year the schedule names;
    a year it opens with ('från 2025', '2026 och framåt') leaves the end open (NULL), one it
    closes with ('senast 2026', 'inför valet 2025') the start. The convention and the blind
    labels these are measured against: tests/classifiers/schedule_labels.md,
    `python -m bench.schedule_years`."""
    if text is None:
        return None, None, None
    s = re.sub(r"\s+", " ", text).strip()
    if not s:
        return None, None, None
    roles = _years_by_role(_years_written_out(s))
    starts = roles["plain"] + roles["opens"]
    ends = roles["plain"] + roles["closes"]
    start = min(starts) if starts else None
    # a span opened after everything else it names has no end ('2025 (pilot), från 2026')
    if roles["opens"] and max(roles["opens"]) >= max(ends, default=0):
        return s, start, None
    return s, start, max(ends) if ends else None
