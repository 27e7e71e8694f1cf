"""A column headed by a word for an organisational unit ('Enhet', 'Sektor', 'Förvaltning')
in an action table that has no column of who.

A programme that gives one row per unit ('Enhet | Åtgärder (mål) | Kontaktperson |
Tidsram') lists under the unit's header the units that took on the row's actions: the unit
is the one that answers for them. The header alone does not say so -- 'Enhet' is also the
unit of a measurement ('%', 'st') in a follow-up table -- so the column is read as the
responsible only in a table that has an action column and no column of who, and only when
every filled cell names an actor (`actors.names_actor`): a unit of measurement or a number
names none.

classifiers/README.md, 'One row per unit, actions closed by their goal's number'.
"""

from __future__ import annotations

import re

from .actors import names_actor
from .text import fold, squash

_ACTOR_ROLES = {"responsible", "actors", "partners"}
# a header naming a kind of organisational unit, singular or plural, definite or not
# ('Enhet', 'Enheter', 'Sektor', 'Förvaltning', 'Avdelning', 'Verksamhetsområde', 'Nämnd')
_UNIT_HEADER_RE = re.compile(
    r"(?:enhet(?:en|er|erna)?|sektor(?:n|er|erna)?|forvaltning(?:en|ar|arna)?"
    r"|avdelning(?:en|ar|arna)?|verksamhetsomrade(?:t|n|na)?|namnd(?:en|er|erna)?)")


def unit_column(headers: list[str], rows: list[list[str]], roles: dict[int, str]) -> int | None:
    """The column of the units answering for a row's actions, else None."""
    kinds = set(roles.values())
    if "measure" not in kinds or kinds & _ACTOR_ROLES:
        return None
    for c, h in enumerate(headers):
        if c in roles or not _UNIT_HEADER_RE.fullmatch(fold(squash(h or "")).lower().strip(" :")):
            continue
        cells = [squash(r[c]) for r in rows if c < len(r) and r[c].strip()]
        if len(cells) >= 2 and all(names_actor(x) for x in cells):
            return c
    return None


# a unit field opening a card's line: 'Enhet: Bildningssektorn. Kontaktperson: … Tidsram: …'
_UNIT_FIELD_RE = re.compile(r"^\s*(?P<label>[A-ZÅÄÖ][a-zåäö]+)\s*:\s+(?P<value>[^.]+?)\s*(?:\.\s+(?=[A-ZÅÄÖ])|\.?\s*$)")


def unit_field(text: str) -> tuple[str, str] | None:
    """(unit, rest of the line) of a line opening with a unit's field ('Enhet:
    Bildningssektorn. Tidsram: 2025–2028.'): the same table's row printed as a card under
    the row's actions, the unit the one answering for them; None for any other line, or a
    value that names no actor."""
    m = _UNIT_FIELD_RE.match(squash(text))
    if not m or not _UNIT_HEADER_RE.fullmatch(fold(m.group("label")).lower()):
        return None
    value = m.group("value").strip()
    return (value, squash(text)[m.end():]) if names_actor(value) else None
