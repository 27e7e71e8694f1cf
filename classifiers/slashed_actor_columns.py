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


def _split_header(header: str) -> tuple[str, str] | None:
    parts = _SLASH_RE.split(squash(header))
    if len(parts) != 2 or not all(parts):
        return None
    if header_role(parts[0]) != "responsible" or header_role(parts[1]) != "partners":
        return None
    return parts[0], parts[1]


# a reading guide naming the slash and the partners after it ('samarbetsparter efter
# snedstrecket', 'partnern efter snedstrecket')
_GUIDE_RE = re.compile(r"\b(?:samarbets\w*|partner\w*)\s+(?:står\s+)?efter\s+snedstrecket", re.I)


def split_slashed_actor_columns(elements: list[Element]) -> list[Element]:
    """The element stream with each 'Ansvarig / samarbete' column read as two columns (and
    each doers' column so, where the document's reading guide says the slash sets the
    partners off)."""
    guide = any(el.kind == "para" and _GUIDE_RE.search(el.text) for el in elements)
    return [_split(el, guide) or el for el in elements]


def _guided_column(header: list[str], rows: list[list[str]]) -> dict[int, tuple[str, str]]:
    """The doers' column ('Ansvar', 'Ansvarig') of a table whose cells set names off with a
    slash, as the reading guide says."""
    cols = [c for c, h in enumerate(header) if header_role(h) in ("responsible", "actors")]
    if len(cols) != 1:
        return {}
    c = cols[0]
    if not any(c < len(r) and _CELL_SLASH_RE.search(r[c].strip()) for r in rows):
        return {}
    return {c: (squash(header[c]), "Samarbete")}


def _split(el: Element, guide: bool = False) -> Element | None:
    t = one_header_table(el, 2)
    if t is None:
        return None
    header = list(t.rows[0])
    cols = {c: parts for c, h in enumerate(header) if (parts := _split_header(h))}
    if not cols and guide:
        cols = _guided_column(header, t.rows[1:])
    if len(cols) != 1:
        return None
    (c, (left, right)), = cols.items()
    rows: list[list[str]] = []
    for k, row in enumerate(t.rows):
        row = list(row) + [""] * (len(header) - len(row))
        if k == 0:
            who, partners = left, right
        else:
            bits = _CELL_SLASH_RE.split(row[c].strip(), maxsplit=1)
            who, partners = bits[0].strip(), (bits[1].strip() if len(bits) > 1 else "")
            if who and not partners:
                # a doer without partners: none, not 'the same as above' (an empty cell)
                partners = "–"

        rows.append(row[:c] + [who, partners] + row[c + 1:])
    return replace(el, table=t.model_copy(update={"rows": rows, "spans": []}))
