"""One column for the responsible and the partners, its header naming both around a slash
(thirty-first blind set): 'Ansvarig / samarbete', 'Ansvar / partner'.

A table short of room puts who answers for an action and who takes part in one column and
says so in the header: the responsible before the slash, the partners after it ('Ansvarig
enhet står först, samarbetsparter efter snedstrecket'). Each cell is written the same way:
'Invånarservicen / Egentliga Finlands välfärdsområde', 'Bildningen / Lillby IF, Novia'; a cell
without a slash names the responsible alone.

Such a column is read as the two columns it stands for: 'Ansvarig' with each cell's part
before its first slash, 'Samarbete' with the part after it.

The document may say so in words instead, next to the table ('Ansvarig enhet står först,
samarbetsparter efter snedstrecket'), and print the column under a plain 'Ansvar' (a card's
field, one column of a list): its reading guide then reads the doers' column so.

The same column may set the partners off with a bracket instead of a slash (seventieth set):
the header 'Ansvarig (samarbetspart)', 'Ansvar (partner)', each cell 'Biblioteket (Röda
Korset, församlingarna)' -- the responsible before the bracket, the partners in it; or a
reading guide saying so ('Ansvarig enhet anges först, och eventuella samarbetsparter anges
inom parentes') over a plain 'Ansvarig' column. Without header or guide a bracket after a
doer is left alone (a sub-unit, an abbreviation: 'Välfärdsområdet (socialarbetet)').
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .headers import header_role
from .table_rows import one_header_table
from .text import squash

_SLASH_RE = re.compile(r"\s*/\s*")
# the slash between the two parts of a cell: spaced, or at a line's end or start (a narrow
# cell breaks after it); not inside a word ('och/eller', 'AMS/Medis')
_CELL_SLASH_RE = re.compile(r"\s+/\s*|\s*/\s+|\s*/\n|\n/\s*")


# the header's or a cell's closing bracket: 'Ansvarig (samarbetspart)', 'Biblioteket (Röda Korset)'
_BRACKET_RE = re.compile(r"^(?P<who>[^()]*?\S)\s*\((?P<partners>[^()]+)\)\s*$", re.S)


def _split_header(header: str) -> tuple[str, str, str] | None:
    """(responsible header, partners header, how the cells set the partners off: 'slash' or
    'bracket') of a header naming both roles, else None."""
    parts = _SLASH_RE.split(squash(header))
    how = "slash"
    if len(parts) != 2:
        m = _BRACKET_RE.match(squash(header))
        parts, how = ([m.group("who"), m.group("partners")] if m else []), "bracket"
    if len(parts) != 2 or not all(parts):
        return None
    if header_role(parts[0]) != "responsible" or header_role(parts[1]) != "partners":
        return None
    return parts[0], parts[1], how


# a reading guide naming the slash and the partners after it ('samarbetsparter efter
# snedstrecket', 'partnern efter snedstrecket')
_GUIDE_RE = re.compile(r"\b(?:samarbets\w*|partner\w*)\s+(?:står\s+)?efter\s+snedstrecket", re.I)
# ... or saying the partners stand in brackets ('eventuella samarbetsparter anges inom
# parentes', 'partnerna står i parentes', 'inom parentes anges samarbetsparterna'); not a
# bracket said to hold the responsible as well ('Inom parentes anges den ansvariga enheten,
# eventuella samarbetspartner och tidtabellen': `lead_then_partners`)
_BRACKET_GUIDE_RE = re.compile(
    r"\b(?:samarbets\w*|partner\w*)\s+(?:\w+\s+){0,2}(?:inom|i)\s+parentes"
    r"|\b(?:inom|i)\s+parentes(?:en)?\s+(?:anges|står|nämns|finns|skrivs)\s+(?:\w+\s+)?(?:samarbets|partner)",
    re.I)


def split_slashed_actor_columns(elements: list[Element]) -> list[Element]:
    """The element stream with each 'Ansvarig / samarbete' column read as two columns (and
    each doers' column so, where the document's reading guide says the slash sets the
    partners off)."""
    guides = {how for el in elements if el.kind == "para"
              for how, rx in (("slash", _GUIDE_RE), ("bracket", _BRACKET_GUIDE_RE)) if rx.search(el.text)}
    return [_split(el, guides) or el for el in elements]


def _cell_parts(cell: str, how: str) -> tuple[str, str]:
    """(responsible, partners) of a cell that sets the partners off by a slash or a closing bracket."""
    if how == "bracket":
        m = _BRACKET_RE.match(cell.strip())
        return (squash(m.group("who")), squash(m.group("partners"))) if m else (cell.strip(), "")
    bits = _CELL_SLASH_RE.split(cell.strip(), maxsplit=1)
    return bits[0].strip(), (bits[1].strip() if len(bits) > 1 else "")


def _guided_column(header: list[str], rows: list[list[str]], guides: set[str]) -> dict[int, tuple[str, str, str]]:
    """The doers' column ('Ansvar', 'Ansvarig') of a table whose cells set names off with a
    slash or a closing bracket, as the reading guide says."""
    cols = [c for c, h in enumerate(header) if header_role(h) in ("responsible", "actors")]
    if len(cols) != 1:
        return {}
    c = cols[0]
    for how in sorted(guides):
        if how == "slash" and any(c < len(r) and _CELL_SLASH_RE.search(r[c].strip()) for r in rows):
            return {c: (squash(header[c]), "Samarbete", how)}
        if how == "bracket" and any(c < len(r) and _BRACKET_RE.match(r[c].strip()) for r in rows):
            return {c: (squash(header[c]), "Samarbete", how)}
    return {}


def _split(el: Element, guides: set[str] = frozenset()) -> Element | None:
    t = one_header_table(el, 2)
    if t is None:
        return None
    header = list(t.rows[0])
    cols = {c: parts for c, h in enumerate(header) if (parts := _split_header(h))}
    if not cols and guides:
        cols = _guided_column(header, t.rows[1:], set(guides))
    if len(cols) != 1:
        return None
    (c, (left, right, how)), = cols.items()
    rows: list[list[str]] = []
    for k, row in enumerate(t.rows):
        row = list(row) + [""] * (len(header) - len(row))
        if k == 0:
            who, partners = left, right
        else:
            who, partners = _cell_parts(row[c], how)
            if who and not partners:
                # a doer without partners: none, not 'the same as above' (an empty cell)
                partners = "–"

        rows.append(row[:c] + [who, partners] + row[c + 1:])
    return replace(el, table=t.model_copy(update={"rows": rows, "spans": []}))
