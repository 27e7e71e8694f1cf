"""An action table printed as two halves matched by the number in their first column.

A wide action plan that does not fit a page is printed as two tables, the left half of the
spread (Nr | Mål | Åtgärd | Ansvar) and the right half (Nr | Tid | Uppföljning), and the
reader matches a row of the right half to the left half's row by the number they both print
in the 'Nr' column. The right half states no action of its own: its time and follow-up are
those of the action that number names."""
from __future__ import annotations

import re
from collections import Counter

from .matrix import mark_columns

_BARE_NUMBER_RE = re.compile(r"^\s*(\d{1,3})\.?\s*$")
_MIN_ROWS = 2


def half_key_column(rows: list[list[str]], roles: dict[int, str], numbered: dict[str, str]) -> int | None:
    """The column of the action numbers in the right half of a split action table: a table
    with neither an action nor a goal column, whose column of no role holds in every row a
    number alone that an earlier table's number column gave an action (`numbered`); None for
    any other table."""
    if not numbered or len(rows) < _MIN_ROWS or {"measure", "goal"} & set(roles.values()):
        return None
    width = max((len(r) for r in rows), default=0)
    for c in range(width):
        if c in roles:
            continue
        if all((k := half_key(r, c)) is not None and k in numbered for r in rows):
            return c
    return None


# the roles a half holding only who does an action and when may name: no action, goal or meter
_DOER_TIME_ROLES = frozenset(("responsible", "partners", "actors", "schedule"))


def _doers_and_times(roles: dict[int, str]) -> bool:
    """Do the columns name only doers and times, a doer column among them?"""
    kinds = set(roles.values())
    return bool(kinds) and kinds <= _DOER_TIME_ROLES and bool(kinds & {"responsible", "actors"})


def _matrix_of_doers(header: list, body: list[list[str]], roles: dict[int, str]) -> bool:
    """Do the columns name, besides any doers and times, the actors of a responsibility
    matrix ('Åtgärd | Integrationsenheten | Bildningssektorn' over 'B1 | X | '): the doers of
    the coded actions are the columns marked in their row (`matrix.mark_columns`)."""
    kinds = set(roles.values())
    return kinds <= _DOER_TIME_ROLES and bool(
        mark_columns([" ".join(str(h or "").split()) for h in header], body, roles))


def doer_half_columns(t, numbered: dict[str, str], listed: dict[str, str],
                      map_columns) -> tuple[int, dict[int, str]] | None:
    """(header rows, column -> role) of a table keyed by action numbers that gives only who
    does each action and when ('Nr | Ansvarig | Tillsammans med | När' on a brochure's last
    page, the numbered actions '1. Vi ordnar …' printed in the chapters): a right half whose
    header names no action, goal or meter, so that `is_structure_header` (which asks for one)
    leaves it unread. Its header (the table's, or its first row where the finder took none)
    names a doer column and nothing but doers and times, and its column of no role holds in
    every row a number naming one numbered action (`half_key_column`; a dotted '2.1' naming
    one listed action, `summary_key_column`); None for any other table. `listed`: measure id
    -> its number; `map_columns` reads a header's roles (`headers.map_columns`)."""
    if not (numbered or listed) or not t.rows:
        return None
    n_hdr = t.header_rows or 1
    if len(t.rows) - n_hdr < _MIN_ROWS:
        return None
    headers = [" ".join(str(h or "").split()) for h in t.rows[0]] if n_hdr == 1 else None
    if not headers:
        return None
    roles = map_columns(headers)
    if not _doers_and_times(roles):
        return None
    body = [list(r) for r in t.rows[n_hdr:]]
    # the key a whole number ('3') or a dotted one ('2.1', read as a summary's key)
    if half_key_column(body, roles, numbered) is None and summary_key_column(body, roles, listed) is None:
        return None
    t.header_rows = n_hdr
    return n_hdr, roles


def half_key(row: list[str], c: int) -> str | None:
    """The number in the key column of a row of the right half (or the code an action table
    gave the action, 'B1', `coded_half_columns`)."""
    m = (_BARE_NUMBER_RE.match(row[c]) or _KEY_CODE_RE.match(row[c])) if c < len(row) else None
    return m.group(1) if m else None


# an action's code alone in a cell, as an action table's 'Nr' column prints it: a letter or
# two and a number ('B1', 'T3', 'KF2')
_KEY_CODE_RE = re.compile(r"^\s*([A-ZÅÄÖ]{1,2}\d{1,2})\.?\s*$")


def coded_half_columns(t, coded: dict[str, str], map_columns) -> tuple[int, dict[int, str]] | None:
    """(header rows, column -> role) of a table that gives who does each action and when by
    the action's code ('Åtgärd | Ansvarig | Samarbetspartner | Tidtabell' over 'B1 |
    Rektorn | … | 2024'), the actions stated with those codes in an earlier table ('Nr |
    Åtgärd': 'B1 | Förberedande undervisning …'): the action column holds in every row only a
    code naming one coded action, so it names the action, states none, and the other columns
    are doers and times. The key column is returned with no role (read as the right half of a
    split table, `half_key_column`); None for any other table. `coded`: code -> measure."""
    if not coded or not t.rows:
        return None
    n_hdr = t.header_rows or 1
    if n_hdr != 1 or len(t.rows) - n_hdr < _MIN_ROWS:
        return None
    roles = map_columns([" ".join(str(h or "").split()) for h in t.rows[0]])
    keys = [c for c, r in roles.items() if r == "measure"]
    if len(keys) != 1:
        return None
    rest = {c: r for c, r in roles.items() if c != keys[0]}
    body = [list(r) for r in t.rows[n_hdr:]]
    if not _doers_and_times(rest) and not _matrix_of_doers(t.rows[0], body, rest):
        return None
    if not all((m := _KEY_CODE_RE.match(r[keys[0]] if keys[0] < len(r) else "")) and m.group(1) in coded
               for r in body):
        return None
    t.header_rows = n_hdr
    return n_hdr, rest


def numbered_actions(column_numbered: dict[str, str], listed: dict[str, str]) -> dict[str, str]:
    """The actions a right half may name by number: those an earlier table's number column
    gave (`column_numbered`), and those listed with a whole number of their own ('1.
    Kartläggning …', `listed`: measure id -> number), as a programme that prints its action
    plan as numbered paragraphs and the times and follow-up in a table keyed by 'Nr' does.
    A number given to two listed actions (lists numbered anew in every chapter) names
    neither."""
    counts = Counter(listed.values())
    out = {n: mid for mid, n in listed.items() if counts[n] == 1 and n.isdigit()}
    out.update(column_numbered)
    return out


# A summary table that restates actions printed before, keyed by their numbers
# ('Bilaga 1. Sammandrag av åtgärderna': Nr | Åtgärd | Ansvarig | Samarbetspartner |
# Tidtabell | Indikator, over '1.1 Kommunen ordnar kurser i svenska … .' in the text): the
# programme states each action in its chapter, numbered, and its summary gives each a short
# title ('Svenskkurser kvällstid och digitalt') beside the fields the text left out. The row
# is the action its number names, no action of its own: its doers, time and meters are that
# action's, and the title is no measure.
_KEY_NUMBER_RE = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3}){0,2})\.?\s*$")
_WORD_RE = re.compile(r"[A-Za-zÅÄÖåäöÉé]{4,}")
# the action's number opening a paragraph or a title ('1.1 ', '3. '), if any (always matches)
_LEAD_NUMBER_RE = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3}){0,2}\.?\s+)?")
# a short title: a noun phrase of a few words, no sentence ('Svenskkurser kvällstid och
# digitalt', 'Stöd till företagare')
_TITLE_WORDS = 6


def summary_key_column(rows: list[list[str]], roles: dict[int, str], listed: dict[str, str]) -> int | None:
    """The number column of a summary that restates listed actions: a table with an action
    column, whose column of no role holds in every row (two at least) a number
    alone naming one action listed before with that number (`listed`: measure id -> number;
    a number two actions share names neither); None for any other table."""
    mc = next((c for c, r in sorted(roles.items()) if r == "measure"), None)
    if mc is None and not _doers_and_times(roles):
        # ... or a table of only who does each action and when ('Nr | Ansvarig | När' keyed
        # '2.1', `doer_half_columns`): the same summary, restating no action text at all
        return None
    if len(rows) < _MIN_ROWS or not listed:
        return None
    counts = Counter(listed.values())
    width = max((len(r) for r in rows), default=0)
    for c in range(width):
        if c in roles:
            continue
        keys = [summary_key(r, c) for r in rows]
        if all(k is not None and counts.get(k) == 1 for k in keys) and len(set(keys)) == len(keys):
            return c
    return None


def summary_key(row: list[str], c: int) -> str | None:
    """The action number in a summary row's key column ('1.2', '3.'), or None."""
    m = _KEY_NUMBER_RE.match(row[c]) if c < len(row) else None
    return m.group(1) if m else None


def titled_sentence(text: str, title: str, sentences) -> str | None:
    """The action a summary's short title names, out of a numbered action paragraph of
    several sentences ('1.1 Kommunen ordnar kurser i svenska … på kvällstid. Kurserna
    anpassas för …' titled 'Svenskkurser kvällstid och digitalt'): its first sentence, when
    the title is short (six words at most, no full stop: a name, no sentence restating the
    action) and takes its words from that sentence (the first five letters of a word of the
    title stand in one of the sentence's words). The sentences after it explain the action the title
    names. None when the paragraph is one sentence or the title names none of its words.
    `sentences` splits running text (`text.sentences`)."""
    name = _LEAD_NUMBER_RE.sub("", " ".join(title.split()), count=1)
    if not name or len(name.split()) > _TITLE_WORDS or name.endswith("."):
        return None  # a sentence restating the action, no short title naming part of it
    m = _LEAD_NUMBER_RE.match(text)
    lead, body = m.group(1) or "", text[m.end():]
    parts = sentences(body)
    if len(parts) < 2:
        return None
    first = parts[0]
    said = [w.lower() for w in _WORD_RE.findall(first)]
    title_words = _WORD_RE.findall(title)
    if not title_words or not any(any(w.lower()[:5] in s for s in said) for w in title_words):
        return None
    return lead + first
