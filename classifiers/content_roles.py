"""Column roles of a table printed without column names, read from what its cells say.

Some programmes print their goal/measure tables with no header row (or one that names no
role): the first row is already content. Each column is then judged over all its cells:

- schedule: most cells are short and say when: time phrases of schedule.py (a year, a range
  of years, a season or month with a year, 'från och med 2025', 'Varje termin', 'Under
  programperioden', 'Fortlöpande', 'Årligen') and the few words a cell adds around them. A date
  to the day ('15.2.2022') records an event (a timeline of how the programme was made), not
  when an action is to be done;
- actors: most cells are short and name organisations (a head noun such as 'nämnd',
  'förvaltning', 'enhet', 'sektorn', '-tjänsterna', '-verket', 'rf', 'föreningar', as the
  actor splitter reads them, `actors.py`) or are lists of capitalised names; the first such
  column is the responsible, a second one the partners;
- indicator: cells counting or measuring ('Antal ...', 'Andelen ...', a percentage or a
  rate, a figure 'per' unit, an index, 'uppföljning', 'mäts', 'statistik', 'enkät'), or,
  when no column says so, the one text column right of the measures;
- measure: the text column (not figures) with the longest cells, several words each;
- goal: a text column left of the measures whose cells are fewer (merged or "same as
  above" over several rows) or repeat.

The table is read as a measure table only when that is clear: a measure column and at least
one schedule, actor or indicator column (a table of two columns: schedule or actor). Programmes also hold tables of figures, contacts,
budgets, timelines and glossaries without a header; those show no such pair (figures are no
text, a glossary has no actor or schedule column, a contact list no column of actions).
"""

from __future__ import annotations

import re
import statistics

from .headers import is_evaluation_table
from .label_vocab import COOP_PHRASE
from .schedule import MONTH_NAMES, time_phrases
from .text import fold, squash

# a cell that says when is time phrases (schedule.py: '2025', 'Från hösten 2025', 'Varje
# termin', 'Under programperioden') and, around them, words a cell uses that running text
# does not read as a time: abbreviated months and bare seasons before a year ('jan 2025',
# 'Vår 2025': 'vår' is 'our' in a sentence), how the action goes ('Start 2024', '2024 och
# framåt', 'Pågående från 2025'), and continuity adjectives that in a sentence qualify a noun ('årlig
# uppföljning') but alone in a cell say when ('Årlig', 'Återkommande')
_CONTINUITY = r"kontinuerlig|årlig|återkommande|regelbundet"
_CELL_WHEN_WORD_RE = re.compile(
    rf"^(?:{_CONTINUITY}|och|samt|framåt|vidare|start|startar|klart|pågående|enligt|behov|"
    r"vår|höst|sommar|vinter|halvår|halvåret|perioden|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec|[–—\-−])[,.;:–—\-]*$", re.I)
_CONTINUITY_RE = re.compile(rf"\b(?:{_CONTINUITY})", re.I)
_DAY_DATE_RE = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}\b")
_SCHEDULE_WORDS = 6

# head nouns of organisations (folded), as a word or the last part of a compound
# ('Stadsmiljösektorn', 'Välfärdsservicen', 'Kultur- och fritidstjänsterna')
_ORG_HEAD_RE = re.compile(
    r"(?:stad|staden|kommun|kommunen|kommunerna|sektor|sektorn|forvaltning|forvaltningen|"
    r"kansli|kansliet|enhet|enheten|enheterna|tjanst|tjansten|tjanster|tjansterna|service|"
    r"servicen|avdelning|avdelningen|verket|centralen|region|regionen|omradet|namnd|namnden|"
    r"namnderna|styrelse|styrelsen|forening|foreningen|foreningar|foreningarna|forbund|"
    r"forbundet|organisation|organisationen|organisationer|organisationerna|institut|"
    r"institutet|byra|byran|skolan|skolor|skolorna|biblioteket|forsamling|forsamlingen|"
    r"polisen|myndighet|myndigheten|myndigheter|myndigheterna|natverket|aktorer|aktorerna|"
    r"radet|fullmaktige|gruppen|foretagen|partner|partners|byggherrar|utbildningen|"
    r"verksamheten|bolaget|bolagen)$")
# whole words only: an association's or company's legal form ('EHJA rf')
_ORG_WORDS = frozenset({"rf", "ry", "ab", "oy", "sr", "rs"})
_ACTOR_WORDS = 14
_PART_WORDS = 10  # a name with what it is for ('Stadskansliets enhet för delaktighet och rådgivning')
_HEAD_WORDS = 4  # the name itself, before its first preposition
# list separators; 'och' / 'samt' only before a capital: 'Sektorn för fostran och
# utbildning' is one name, 'Välfärdsservicen och Ungdomsservicen' two
# (the cooperation phrase from the shared vocabulary, in any case: 'i samverkan med' too)
_PARTS_RE = re.compile(rf",|;|/|\s(?:och|samt)\s(?=[A-ZÅÄÖ])|\b(?i:{COOP_PHRASE})\b")
_PREPOSITIONS = frozenset(fold("för av i på inom med till om vid från hos under").split())

# a cell that counts or measures (folded)
# (a figure broken down 'per kommun', an index or a rate: 'Arbetslöshetsprocent')
_INDICATOR_RE = re.compile(
    r"^(?:antal|antalet|andel|andelen|mangd|mangden|niva|nivan|grad|graden)\b|%|procent|"
    r"\bantal(?:et)?\b|\bandel(?:en)?\b|uppfoljning|folj\w* upp|\bmats\b|\bmatning|statistik|"
    r"enkat|utvarder|indikator|nyckeltal|\bkartlagg|\bper\b|\bindex\b")

_SHARE = 0.6  # most cells of a column
_ACTOR_SHARE = 0.5  # an actor column may hold a few cells of other words ('Kommunspecifikt')
_INDICATOR_SHARE = 0.4
_MEASURE_WORDS = 4.0  # mean words per cell of a column of actions


def _words(cell: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w-]*", cell)


def is_schedule_cell(cell: str) -> bool:
    toks = cell.split()
    if not toks or len(toks) > _SCHEDULE_WORDS or _DAY_DATE_RE.search(cell):
        return False
    phrases = time_phrases(cell)
    if not phrases and not _CONTINUITY_RE.search(cell):
        return False
    rest = cell
    for m in reversed(phrases):
        rest = rest[:m.start()] + " " + rest[m.end():]
    return all(_CELL_WHEN_WORD_RE.match(t) for t in rest.split())


def _org_head(part: str) -> bool:
    """The part names an organisation by its head noun: the last word before a preposition
    ('Tjänsterna för barnfamiljer' -> 'Tjänsterna'), or by a legal form ('EHJA rf')."""
    head = _head(part)
    return bool(head) and (bool(_ORG_HEAD_RE.search(head[-1])) or any(
        fold(w) in _ORG_WORDS for w in _words(part)))


def _head(part: str) -> list[str]:
    """The words of a name before its first preposition, folded."""
    out: list[str] = []
    for i, w in enumerate(_words(part)):
        t = fold(w).strip("-")
        if i and t in _PREPOSITIONS:
            break
        out.append(t)
    return out


def is_actor_cell(cell: str) -> bool:
    """A short cell naming organisations, no sentence: each part of its list (split at
    commas, 'och', 'samt', 'i samarbete med') is a few words and an organisation by its head
    noun, or, in a list of two or more, a capitalised name ('Föregångarna, JobCenter')."""
    text = re.sub(r"\([^)]*\)", " ", cell)  # '(MOI)', '(avslutas 12/2022)'
    words = _words(text)
    if not words or len(words) > _ACTOR_WORDS or cell.rstrip().endswith((".", "!", "?")):
        return False
    parts = [p.strip(" .:-–") for p in _PARTS_RE.split(text)]
    parts = [p for p in parts if _words(p)]
    if not parts or any(len(_words(p)) > _PART_WORDS or len(_head(p)) > _HEAD_WORDS for p in parts):
        return False
    heads = [_org_head(p) for p in parts]
    if len(parts) == 1:
        return heads[0]
    return all(h or p[:1].isupper() for h, p in zip(heads, parts))


def is_indicator_cell(cell: str) -> bool:
    return bool(_INDICATOR_RE.search(fold(cell)))


def _is_text(cell: str) -> bool:
    """A cell of words, not a figure ('4 312', '8,4 %', '040 123 4567', an e-mail address)."""
    return len(_words(cell)) >= 1 and "@" not in cell and \
        sum(ch.isalpha() for ch in cell) >= sum(ch.isdigit() for ch in cell)


def _share(cells: list[str], pred) -> float:
    return sum(1 for c in cells if pred(c)) / len(cells) if cells else 0.0


def is_text_table(rows: list[list[str]]) -> bool:
    """Most filled cells are words: no table of figures (statistics, a budget, survey
    answers) and no contact list (phone numbers, e-mail addresses)."""
    cells = [squash(x) for r in rows for x in r if x.strip()]
    return bool(cells) and _share(cells, _is_text) >= _SHARE


# the first row naming a column by the word for what happened or changed ('Händelse',
# 'Förändring', 'Ändring', 'Vad hände'; Finnish 'Tapahtuma', 'Muutos') beside a time column
# ('År', 'Tidpunkt'): a timeline of events, the setting's history or a change log
_EVENT_HEADER_RE = re.compile(r"^(?:händelse(?:n|r|rna)?|förändring(?:en|ar|arna)?|ändring(?:en|ar|arna)?"
                              r"|vad\s+(?:har\s+)?hän(?:de|t)|tapahtuma(?:t)?|muutos|muutokset)$", re.I)
_TIME_HEADER_RE = re.compile(r"^(?:år(?:tal)?|tid(?:punkt)?|datum|när|vuosi|aika|ajankohta)$", re.I)


def _event_timeline_header(row: list[str]) -> bool:
    cells = [squash(x or "").rstrip(":") for x in row]
    return any(_EVENT_HEADER_RE.match(x) for x in cells) and any(_TIME_HEADER_RE.match(x) for x in cells)


def is_chronology(rows: list[list[str]]) -> bool:
    """A column whose cells are mostly dates to the day ('15.2.2022'): a record of events (how
    the programme was prepared), not a plan, which says when by year, season or period. So is
    a table whose first row heads a time column and a column of events ('År | Förändring':
    what changed in which year, `_event_timeline_header`)."""
    if rows and _event_timeline_header(list(rows[0])):
        return True
    n = max((len(r) for r in rows), default=0)
    for c in range(n):
        cells = [r[c] for r in rows if c < len(r) and r[c].strip()]
        if cells and _share(cells, lambda x: bool(_DAY_DATE_RE.search(x))) >= 0.5:
            return True
    return False


# a month named alone, or a span of months, with no year ('april', 'januari–mars'): a month
# of every year
_BARE_MONTH_RE = re.compile(rf"^\s*(?:{MONTH_NAMES})(?:\s*[–—-]\s*(?:{MONTH_NAMES}))?\s*\.?\s*$", re.I)
# how many different months make a year's cycle
_WHEEL_MONTHS = 3


def is_year_wheel(rows: list[list[str]]) -> bool:
    """A column whose cells are mostly months named alone, three or more of them ('januari',
    'april', 'juni', …): a year wheel ('årsklocka'), what happens in each month of every
    year -- an overview of the programme's recurring events for the calendar, which restates
    the plan by month; not the plan, whose actions say when they are done. As a chronology,
    read by its cells it is no action table (a header naming its columns, 'Månad | Vad
    händer | Vem ordnar', still is: `headers._item_column`)."""
    n = max((len(r) for r in rows), default=0)
    for c in range(n):
        cells = [squash(r[c]) for r in rows if c < len(r) and r[c].strip()]
        bare = [x for x in cells if _BARE_MONTH_RE.match(x)]
        # (the share `_share` would give, each cell matched once; three months mean cells is no empty list)
        if len({fold(x) for x in bare}) >= _WHEEL_MONTHS and len(bare) / len(cells) >= _SHARE:
            return True
    return False


def fits_layout(rows: list[list[str]], roles: dict[int, str]) -> bool:
    """The table's own cells agree with a layout read from the programme's other tables:
    its measure column (or, in a table of indicators, its indicator column) holds text of
    more than one word a cell, and it is no chronology."""
    if is_chronology(rows) or is_year_wheel(rows):
        return False
    # a table of indicators has no measure column: its indicators are its text then
    m = next((c for c, r in roles.items() if r == "measure"), None)
    if m is None:
        m = next((c for c, r in roles.items() if r == "indicator"), None)
    cells = [squash(r[m]) for r in rows if m is not None and m < len(r) and r[m].strip()]
    if roles.get(m) == "indicator" and _share(cells, is_indicator_cell) < _INDICATOR_SHARE:
        return False  # names, not counts or measures: a glossary's terms
    return bool(cells) and _share(cells, _is_text) >= _SHARE and \
        statistics.mean(len(_words(x)) for x in cells) >= 2


def content_roles(rows: list[list[str]]) -> dict[int, str] | None:
    """Column index -> role of a table without a header naming roles, from its cells; None
    when the cells do not clearly make it a goal/measure table."""
    n = max((len(r) for r in rows), default=0)
    if n < 2 or len(rows) < 2:
        return None
    cells = {c: [squash(r[c]) for r in rows if c < len(r) and r[c].strip()] for c in range(n)}
    cols = [c for c in range(n) if len(cells[c]) >= 2 or (cells[c] and len(rows) == 2)]
    text = {c for c in cols if _share(cells[c], _is_text) >= _SHARE}
    roles: dict[int, str] = {}
    for c in cols:
        if _share(cells[c], is_schedule_cell) >= _SHARE:
            roles[c] = "schedule"
    actor_cols = [c for c in sorted(text) if c not in roles and _share(cells[c], is_actor_cell) >= _ACTOR_SHARE]
    mean_words = {c: statistics.mean(len(_words(x)) for x in cells[c]) for c in text}
    # the column of actions: the longest text, several words a cell, not a column of names
    candidates = [c for c in sorted(text) if c not in roles and c not in actor_cols]
    ind_share = {c: _share(cells[c], is_indicator_cell) for c in candidates}
    # a column that reads as indicators is no column of actions: a table whose only long
    # text counts or measures ('Andel ...', 'Trångboddhet per kommun') lists indicators
    measure_pool = [c for c in candidates if ind_share[c] < _INDICATOR_SHARE]
    if not measure_pool:
        return _indicator_roles(candidates, ind_share, actor_cols, roles)
    measure = max(measure_pool, key=lambda c: (statistics.mean(len(x) for x in cells[c]), -c))
    if mean_words[measure] < _MEASURE_WORDS:
        return None
    roles[measure] = "measure"
    # actors left of the measures are no actors (a goal of few words may name a service)
    actor_cols = [c for c in actor_cols if c > measure]
    for k, c in enumerate(actor_cols[:2]):
        roles[c] = "responsible" if k == 0 else "partners"
    rest = [c for c in candidates if c != measure and c not in roles]
    # the goal: left of the measures, merged or repeated over rows (fewer distinct cells)
    left = [c for c in rest if c < measure]
    if left:
        g = left[0]
        if len(set(cells[g])) < len(cells[measure]) or len(left) == 1:
            roles[g] = "goal"
    right = [c for c in rest if c > measure]
    said = [c for c in right if ind_share[c] >= _INDICATOR_SHARE]
    ind = max(said, key=lambda c: ind_share[c]) if said else (right[0] if len(right) == 1 and (
        roles.keys() - {measure}) else None)
    if ind is not None:
        roles[ind] = "indicator"
    kinds = set(roles.values())
    # two columns of text, an action and how it is followed up, look as a glossary or a list
    # of indicators with their sources does: without a schedule or an actor it stays unread
    if not kinds & {"schedule", "responsible"} and (n < 3 or not kinds & {"indicator"}):
        return None
    return roles


def _indicator_roles(candidates: list[int], ind_share: dict[int, float], actor_cols: list[int],
                     roles: dict[int, str]) -> dict[int, str] | None:
    """Roles of a table listing indicators with no column of actions (the programme's own
    indicators, each with who follows it up and from what source): a text column whose
    cells mostly count or measure, beside a column naming who answers for them (or when).
    Without the actor or schedule column such a table is a glossary or a list of figures'
    names and stays unread."""
    said = [c for c in candidates if ind_share[c] >= _SHARE]
    if not said:
        return None
    ind = min(said)
    out = dict(roles)
    out[ind] = "indicator"
    actors = [c for c in actor_cols if c > ind]
    for k, c in enumerate(actors[:2]):
        out[c] = "responsible" if k == 0 else "partners"
    if not set(out.values()) & {"schedule", "responsible"}:
        return None
    return out


# a sum of money: a figure grouped by thousands ('1 240 000', '310 000', '12 500,50'), or any
# figure with a currency after it ('500 €', '1200 euro'); a year or a count of a few is neither
_MONEY_RE = re.compile(r"^(?:\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,2})?\s*(?:€|euro|eur)?"
                       r"|\d+(?:[ \u00a0]\d{3})*(?:[,.]\d{1,2})?\s*(?:€|euro|eur))$", re.I)


def is_money_table(rows: list[list[str]]) -> bool:
    """A column whose every filled cell below the first row (which may be its header,
    'Belopp 2024 (euro)') is a sum of money, two at least: a budget or a table of grants (what
    is paid to whom, how much), not a plan of actions, though its payees read as actors."""
    n = max((len(r) for r in rows), default=0)
    for c in range(n):
        cells = [squash(r[c]) for r in rows[1:] if c < len(r) and r[c].strip()]
        if len(cells) >= 2 and all(_MONEY_RE.match(x) for x in cells):
            return True
    return False


def document_layouts(tables: list[list[list[str]]]) -> dict[int, dict[int, str]]:
    """Column roles per column count, read from the cells of all of a programme's tables
    without role-naming headers that have that many columns, pooled: a programme prints its
    measure tables alike, and a table of two or three rows says too little by itself. Tables
    of figures or contacts (`is_text_table`), chronologies (`is_chronology`) and the previous
    programme's evaluation (`headers.is_evaluation_table`) stay out of the pool, as do budgets
    and tables of grants (`is_money_table`: a column of sums of money beside the payees)."""
    pools: dict[int, list[list[str]]] = {}
    for rows in tables:
        n = max((len(r) for r in rows), default=0)
        if n >= 2 and is_text_table(rows) and not is_chronology(rows) and not is_year_wheel(rows) \
                and not is_evaluation_table([""] * n, rows) and not is_money_table(rows):
            pools.setdefault(n, []).append(rows)
    out = {}
    for n, pool in pools.items():
        roles = content_roles([r for rows in pool for r in rows]) or _clear_tables_layout(pool)
        if roles:
            out[n] = roles
    return out


def _clear_tables_layout(tables: list[list[list[str]]]) -> dict[int, str] | None:
    """The roles read from those of the tables that are clearly goal/measure/indicator tables
    by their own cells, pooled, when the pool of all tables of that width shows none: a
    glossary of as many columns (terms and their definitions) must not hide the programme's
    table of indicators. The others still have to fit the layout (`fits_layout`)."""
    clear = [rows for rows in tables if content_roles(rows)]
    if not clear or len(clear) == len(tables):
        return None
    return content_roles([r for rows in clear for r in rows])
