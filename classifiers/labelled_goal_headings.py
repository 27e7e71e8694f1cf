"""Goals stated under headings that number them with a word of the document's own.

A programme may call its goals by a name of its own — promises ('Löfte 3: Barn och unga' over
'Vi lovar att ditt barn …'), commitments, pledges — and number them in the headings over the
sentences that state them. A table further on refers to the goals by that word and number (an
indicator table's column 'Löfte' holding '3'): the heading's number is the goal's number,
and the heading's word names the goal column, as the document's reading guide would define
it ('Effekterna är programmets mål', `headers.defined_roles`).
"""

from __future__ import annotations

import re

from .headers import header_role
from .text import fold

# 'Löfte 3: Barn och unga', 'Åtagande 2 – Arbete': one capitalised word, a number, a colon or
# dash, then the heading's name
_LABEL_NUMBER_RE = re.compile(r"^\s*(?P<label>[A-ZÅÄÖ][a-zåäö]{3,})\s+(?P<num>\d{1,2})\s*[:.–-]\s+\S")
# words that number the parts of a document, not its goals
_PARTS = frozenset(("bilaga", "tabell", "figur", "bild", "kapitel", "avsnitt", "del", "steg", "sida", "diagram"))


def heading_label_number(heading: str) -> tuple[str, str] | None:
    """(folded label, number) of a heading numbering what it heads by a word that names no
    structure role and no part of the document ('Löfte 3: …' -> ('lofte', '3')), else None."""
    m = _LABEL_NUMBER_RE.match(heading or "")
    if not m:
        return None
    label = fold(m.group("label").lower())
    if label in _PARTS or header_role(m.group("label")) is not None:
        return None
    return label, m.group("num")
