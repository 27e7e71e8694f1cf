"""A table printed in two languages side by side names each column in both ('Ansvar /
Responsible', 'Tid / Time') and writes each cell of such a column the same way: the
document's own language first, then the translation after a spaced slash
('Näringslivstjänsterna / business services'). The header tells it: its first half is a
label the reader knows, its second half names no role at all (another language's word for
the same). A header whose both halves name roles ('Ansvarig / samarbetspart') is two fields
in one column, and its cells keep both."""

from __future__ import annotations

import re

from .headers import header_roles
from .text import squash

# a slash with spaces on both sides: the join of the two languages ('A / B'), not the slash
# of 'ggr/år' or 'HT/VT'
_SPACED_SLASH_RE = re.compile(r"\s+/\s+")


def translated_header(header: str) -> bool:
    """'Ansvar / Responsible': a known label, then the same in a language the reader does
    not know (the second half names no role)."""
    parts = _SPACED_SLASH_RE.split(squash(header or ""))
    return len(parts) == 2 and bool(header_roles(parts[0])) and not header_roles(parts[1])


def own_language(cell: str) -> str:
    """The part of a cell of a translated column before its translation: 'Vakka-Suomen
    kansalaisopisto och arbetsgivarna / adult education centre and employers' -> the names
    before the slash. A cell with no spaced slash, or more than one, is kept as written."""
    parts = _SPACED_SLASH_RE.split(cell or "")
    return parts[0].strip() if len(parts) == 2 and parts[1].strip() else cell
