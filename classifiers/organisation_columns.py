"""A table of joint actions with one column per party ('Nr | Åtgärd | Mål | Kommunen |
Välfärdsområdet | Tidtabell'): each of those columns names the unit of that party that
answers for the row's action ('För varje åtgärd anges den ansvariga instansen både i kommunen
och i välfärdsområdet'). The headers name organisations, not a role; with no column of who
besides them, every party's unit is responsible for the action."""

from __future__ import annotations

import re

from .actors import names_actor
from .headers import header_roles
from .text import squash

_ACTOR_ROLES = {"responsible", "actors", "partners"}
_NO_WORD_RE = re.compile(r"^\W*$")


def organisation_columns(headers: list[str], roles: dict[int, str],
                         rows: list[list[str]] | None = None) -> list[int]:
    """The columns of a table whose headers each name a party (an organisation in one or two
    words, 'Kommunen', 'Välfärdsområdet', or a party's own name over cells naming its units,
    `_own_name_column`), when there are two or more and the table has an action column but no
    column of who; else []."""
    kinds = set(roles.values())
    if "measure" not in kinds or kinds & _ACTOR_ROLES:
        return []
    column = [[r[i] if i < len(r) else "" for r in rows or []] for i in range(len(headers))]
    cols = [i for i, h in enumerate(headers)
            if i not in roles and (names_party(h or "") or _own_name_column(h or "", column[i]))]
    if not any(names_party(headers[i] or "") for i in cols) \
            and not any(c.strip() and not _NO_WORD_RE.match(squash(c)) for i in cols for c in column[i]):
        return []  # parties by their own names, all dashes: no unit named, no party column
    return cols if len(cols) >= 2 else []


# A joint programme of two or more municipalities heads a column by each one's own name
# ('Åtgärd | Oxby | Ystad | Tidtabell'), each cell the unit that answers for the action in
# that municipality, a dash where it takes no part. The name alone says no role (it names no
# organisation by its kind, as 'Kommunen' does): the column is a party's when its header is
# a proper name of one or two capitalised words that is no label, and every filled cell of
# it names an actor (`actors.names_actor`) -- a column of languages or places whose cells
# say something else is none.
_PROPER_NAME_RE = re.compile(r"^[A-ZÅÄÖ][^\W\d_]+(?:[- ][A-ZÅÄÖ][^\W\d_]+)?$")


def _own_name_column(header: str, cells: list[str]) -> bool:
    text = squash(header.replace("-\n", "").replace("\xad", ""))
    if not _PROPER_NAME_RE.match(text) or header_roles(text):
        return False
    printed = [squash(c.replace("-\n", "").replace("\xad", "")) for c in cells if c and c.strip()]
    named = [c for c in printed if not _NO_WORD_RE.match(c)]
    # (a card is a table of one row: its party may print only a dash, 'Ystad: –', beside the
    # other's unit -- the columns together must name a unit, `organisation_columns`)
    return bool(printed) and all(names_actor(c) for c in named)


def party_field(label: str, value: str) -> bool:
    """A card's field that gives one party's unit: labelled by a word naming an organisation
    (`names_party`) or by a party's own name over a value that names an actor or is a dash
    ('Ystad: Fritidsbyrån.', 'Ystad: –.'): the card printed from a table whose columns are
    headed by each member municipality's name (`_own_name_column`)."""
    return names_party(label) or _own_name_column(label, [value])


def names_party(label: str) -> bool:
    """A header or field label that names an organisation in one or two words ('Kommunen',
    'Välfärdsområdet'), not a role ('Ansvarig', 'Tidtabell'): its column, or a card's field
    so labelled ('Kommunen: Integrationsbyrån'), holds that party's unit."""
    text = squash(label.replace("-\n", "").replace("\xad", ""))
    return bool(text) and len(text.split()) <= 2 and not header_roles(text) and names_actor(text)


def organisation_actors(row: list[str], cols: list[int]) -> list[str]:
    """The units a row names in the parties' columns, each cell one actor as written."""
    out: list[str] = []
    for c in cols:
        cell = squash(row[c]) if c < len(row) and row[c] else ""
        if cell and not _NO_WORD_RE.match(cell) and cell not in out:
            out.append(cell)
    return out
