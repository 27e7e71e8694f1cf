"""Mapping table column headers to roles (goal, measure, indicator, responsible, ...).

Headers are matched on word *stems* over diacritic-folded tokens, with a fuzzy fallback so
that OCR-damaged headers ('Atgard', 'Ansvarsinstans' -> 'Ansvarslnstans', 'Matare') still
map. When a header names several roles ('Ansvarspart och partner', 'Ansvarig aktör för
uppföljningen och källa'), the role named first wins, except responsible + partner which
becomes the combined role 'actors' (the cell is split on 'i samarbete med').
"""

from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz

from .text import fold

# Stems of the structure vocabulary (DESIGN.md), folded (å/ä -> a, ö -> o).
ROLE_STEMS: dict[str, tuple[str, ...]] = {
    "goal": ("mal", "malsattning", "tyngdpunkt", "delmal"),
    "measure": ("atgard", "metod", "insats", "aktivitet"),
    "indicator": ("indikator", "matare", "uppfoljning", "utvardering", "matt"),
    "responsible": ("ansvar", "ansvarig", "ansvarsinstans", "ansvarspart", "genomforare"),
    "partners": ("samarbetspartner", "partner", "samarbetspart"),
    "schedule": ("tidtabell", "tidsplan", "aikataulu", "tidsram"),
}
# Short stems must match as a prefix of a whole token; longer ones may match fuzzily.
_FUZZY_MIN_LEN = 6
_FUZZY_SCORE = 80


@functools.lru_cache(maxsize=16384)
def _token_role(token: str) -> str | None:
    best: tuple[float, str] | None = None
    for role, stems in ROLE_STEMS.items():
        for stem in stems:
            if token.startswith(stem):
                # 'mal' only as the whole word or its inflections/compounds ('malsattningar')
                if stem == "mal" and not re.fullmatch(r"mal(et|en|s\w*)?", token):
                    continue
                if stem == "matt" and token not in ("matt", "matten"):
                    continue
                score = 100.0 + len(stem)
            elif len(stem) >= _FUZZY_MIN_LEN and len(token) >= _FUZZY_MIN_LEN:
                # below the cutoff rapidfuzz returns 0 (and stops early)
                score = fuzz.ratio(token[: len(stem)], stem, score_cutoff=_FUZZY_SCORE)
                if score < _FUZZY_SCORE:
                    continue
            else:
                continue
            if best is None or score > best[0]:
                best = (score, role)
    return best[1] if best else None


def header_roles(header: str) -> list[str]:
    """All roles named in a header, in order of appearance."""
    return list(_header_roles(header))


_WORD_RE = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=16384)
def _header_roles(header: str) -> tuple[str, ...]:
    roles: list[str] = []
    for tok in _WORD_RE.findall(fold(header)):
        r = _token_role(tok)
        if r and r not in roles:
            roles.append(r)
    return tuple(roles)


def header_role(header: str) -> str | None:
    """The role of one column header, or None when it names none."""
    roles = header_roles(header)
    if not roles:
        return None
    if "responsible" in roles and "partners" in roles:
        return "actors"
    # 'Samarbetspartner' alone is partners; 'Ansvarig ... uppföljningen' is responsible
    return roles[0]


def map_columns(headers: list[str]) -> dict[int, str]:
    """Column index -> role for a header row; unnamed columns are left out."""
    out: dict[int, str] = {}
    for i, h in enumerate(headers):
        r = header_role(h or "")
        if r:
            out[i] = r
    return out


def is_structure_header(headers: list[str]) -> bool:
    """A header row of a goal/measure/indicator table: at least two mapped columns, one of
    them a goal, measure or indicator column."""
    m = map_columns(headers)
    kinds = set(m.values())
    return len(m) >= 2 and bool(kinds & {"goal", "measure", "indicator"})


# An evaluation table reports how the measures of an earlier programme went: a column of
# their status ('Åtgärd | Ansvarig | Status', 'Mål | Åtgärd | Genomförande'). Its measures
# are not this programme's. A status column is named by the first word of its header, or has
# no role; either way its cells tell (is_evaluation_table): mostly status phrases
# ('Genomförd', 'Delvis genomförd', 'Pågår', 'Har inte genomförts', 'Förverkligats', a
# traffic-light colour). 'Uppföljning', 'Mätare' and 'Tidtabell' name the columns of a plan,
# not of an evaluation.
_STATUS_LABELS = frozenset({
    "status", "statusen", "genomfort", "bedomning", "bedomningen", "utfall", "utfallet",
    "forverkligande", "forverkligandet", "forverkligats", "lage", "laget", "lagesbedomning",
    "lagesrapport"})
# a plan may call the column telling how a measure is carried out 'Genomförande': a status
# column only when its cells are status phrases
_WEAK_STATUS_LABELS = frozenset({"genomforande", "genomforandet"})
# a status cell: an outcome ('Genomförd', 'Har inte genomförts', a traffic light) or a measure
# under way ('Pågår', 'Påbörjad'); a report on the past names at least one outcome, while
# 'Pågående' alone can mark the continuing measures of a new plan
_STATUS_QUALIFIERS = r"^(?:(?:delvis|helt|inte|ej|har|är|nästan|till största delen)\s+)*"
_OUTCOMES = (r"genomförd|genomfört|genomförda|genomförts|förverkligad|förverkligat|förverkligats"
             r"|förverkligades|slutförd|slutförts|avslutad|avslutats|uppnådd|uppnått|uppnåtts|klar"
             r"|grön|gul|röd|grönt|gult|rött")
_UNDER_WAY = r"pågår|pågående|påbörjad|påbörjat|påbörjats|inletts"
_STATUS_CELL_RE = re.compile(_STATUS_QUALIFIERS + rf"(?:{_OUTCOMES}|{_UNDER_WAY})\b", re.I)
_OUTCOME_CELL_RE = re.compile(_STATUS_QUALIFIERS + rf"(?:{_OUTCOMES})\b", re.I)
_STATUS_SHARE = 0.6


def _first_word(header: str) -> str:
    words = _WORD_RE.findall(fold(header))
    return words[0] if words else ""


def is_status_label(header: str) -> bool:
    """A column header naming the status of a measure ('Status', 'Utfall 2022')."""
    return _first_word(header) in _STATUS_LABELS


def is_status_phrase(cell: str) -> bool:
    """A cell that opens with a status ('Delvis genomförd', 'Pågår. Kurserna ...')."""
    return bool(_STATUS_CELL_RE.match(" ".join(cell.split())))


def is_evaluation_table(headers: list[str], rows: list[list[str]]) -> bool:
    """A report on the measures of an earlier period: a status column (named as one: 'Status',
    'Utfall'; or without a role, or named 'Genomförande') whose cells, two at least, are mostly
    status phrases, one at least an outcome ('Genomförd', 'Har inte genomförts', 'Grön'). A new
    plan may mark its measures 'Ny' / 'Pågående' in a status column: that is no report."""
    for c, h in enumerate(headers):
        if not is_status_label(h) and header_role(h or "") and _first_word(h) not in _WEAK_STATUS_LABELS:
            continue
        cells = [" ".join(r[c].split()) for r in rows if c < len(r) and r[c].strip()]
        if len(cells) >= 2 and sum(map(is_status_phrase, cells)) >= _STATUS_SHARE * len(cells) \
                and any(_OUTCOME_CELL_RE.match(x) for x in cells):
            return True
    return False


# "<Label>: " at the start of a text: a field of a label–value record ("Ansvar: ...")
_FIELD_RE = re.compile(r"^\s*([A-ZÅÄÖ][\wåäöÅÄÖ/ ()-]{1,40}?):(?=\s|$)")
_FILLER = frozenset({"och", "samt", "eller", "aktör", "aktörer", "aktörerna", "part", "parter", "instans"})


def label_role(label: str) -> str | None:
    """The role of a field label ('Ansvarig', 'Åtgärder', 'Ansvarspart och partner'): at most
    four words, each a structure word or a filler ('och', 'aktör'); None otherwise."""
    words = re.findall(r"[\wåäöÅÄÖ]+", label)
    if not words or len(words) > 4 or any(w[0].isdigit() for w in words):
        return None
    if any(not header_roles(w) and w.lower() not in _FILLER for w in words):
        return None
    return header_role(label)


def field_label(text: str) -> tuple[str, str] | None:
    """(label, role) when a text starts with a field label ('Tidtabell: 2024'), else None."""
    m = _FIELD_RE.match(text)
    if not m:
        return None
    role = label_role(m.group(1))
    return (m.group(1).strip(), role) if role else None


# any short label ('Målgrupp:', 'Resurser:'): inside a card, a field of a kind with no role
_ANY_LABEL_RE = re.compile(r"^\s*[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ-]*(?: [a-zåäöA-ZÅÄÖ-]+){0,2}:(?:\s|$)")


def any_label(text: str) -> bool:
    """The text starts with a label of one to three words (letters only: not a numbered
    'Mål 2:') and a colon."""
    return bool(_ANY_LABEL_RE.match(text))


# letters a label word may add to its stem: 'åtgärd|erna', 'indikator|erna', 'mål|sättningar' is a stem
_INFLECTION_MAX = 5


def structure_label_roles(text: str) -> list[str]:
    """The roles of a line made only of column labels ('MÅL', 'TIDTABELL ANSVARSPART',
    'Tyngdpunkt Åtgärd/metod Indikator Ansvar', 'Mätare:'), in printed order, with responsible
    and partner named together as 'actors'; [] for any other line. Such a line is what is left
    of a table's header when OCR emits its columns one after another."""
    words = re.findall(r"[\wåäöÅÄÖ]+", text)
    if not words or len(words) > 8 or text.strip().endswith((".", "!", "?")):
        return []
    roles: list[str] = []
    for w in words:
        if w[0].isdigit():
            return []
        r = header_roles(w)
        if not r:
            if w.lower() in _FILLER:
                continue
            return []
        f = fold(w)
        stems = [st for st in ROLE_STEMS[r[0]] if f.startswith(st)]
        if stems and len(f) - max(map(len, stems)) > _INFLECTION_MAX:
            return []  # a compound that only starts with a label: 'ÅTGÄRDSPROGRAM' is a title
        if r[0] not in roles:
            roles.append(r[0])
    if "responsible" in roles and "partners" in roles:
        k = min(roles.index("responsible"), roles.index("partners"))
        roles = [x for x in roles if x not in ("responsible", "partners")]
        roles.insert(k, "actors")
    return roles


def is_structure_label(text: str) -> bool:
    return bool(structure_label_roles(text))
