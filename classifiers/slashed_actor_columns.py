"""One column for the responsible and the partners, its header naming both around a slash
(thirty-first blind set): 'Ansvarig / samarbete', 'Ansvar / partner' -- or the partners in
brackets after the doer (sixty-ninth set): 'Ansvarig (samarbetspart)' over cells 'Tekniska
sektorn (Exby Bostäder Ab)', or a guide saying 'Samarbetsparterna anges inom parentes'.

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


# 'Ansvarig (samarbetspart)': the partners' label in brackets after the responsible's, as the
# cells put the partners in brackets after the doer ('Tekniska sektorn (Exby Bostäder Ab)')
_BRACKET_HEADER_RE = re.compile(r"^(?P<who>[^()]+?)\s*\((?P<partners>[^()]+)\)$")


def _split_header(header: str) -> tuple[str, str] | None:
    parts = _SLASH_RE.split(squash(header))
    if len(parts) == 1 and (m := _BRACKET_HEADER_RE.match(parts[0])):
        parts = [m.group("who").strip(), m.group("partners").strip()]
    if len(parts) != 2 or not all(parts):
        return None
    if header_role(parts[0]) != "responsible" or header_role(parts[1]) != "partners":
        return None
    return parts[0], parts[1]


# a reading guide naming the slash and the partners after it ('samarbetsparter efter
# snedstrecket', 'partnern efter snedstrecket')
_GUIDE_RE = re.compile(r"\b(?:samarbets\w*|partner\w*)\s+(?:står\s+)?efter\s+snedstrecket", re.I)
# ... or naming the brackets the partners stand in after the doer ('Samarbetsparterna anges
# inom parentes efter den ansvariga', 'Inom parentes står samarbetsparterna')
_BRACKET_GUIDE_RE = re.compile(r"\b(?:samarbets\w*|partner\w*)\b[^.]{0,40}?\binom\s+parentes"
                               r"|\binom\s+parentes\b[^.]{0,40}?\b(?:samarbets\w*|partner\w*)", re.I)


def split_slashed_actor_columns(elements: list[Element]) -> list[Element]:
    """The element stream with each 'Ansvarig / samarbete' column read as two columns (and
    each doers' column so, where the document's reading guide says the slash sets the
    partners off)."""
    guide = ("slash" if any(el.kind == "para" and _GUIDE_RE.search(el.text) for el in elements)
             else "bracket" if any(el.kind == "para" and _BRACKET_GUIDE_RE.search(el.text) for el in elements)
             else None)
    return [_split(el, guide) or el for el in elements]


def _guided_column(header: list[str], rows: list[list[str]], guide: str = "slash") -> dict[int, tuple[str, str]]:
    """The doers' column ('Ansvar', 'Ansvarig') of a table whose cells set names off with a
    slash (or close with the partners' bracket), as the reading guide says."""
    cols = [c for c, h in enumerate(header) if header_role(h) in ("responsible", "actors")]
    if len(cols) != 1:
        return {}
    c = cols[0]
    if guide == "bracket":
        if not any(c < len(r) and _bracketed_parts(r[c])[1] for r in rows):
            return {}
    elif not any(c < len(r) and _CELL_SLASH_RE.search(r[c].strip()) for r in rows):
        return {}
    return {c: (squash(header[c]), "Samarbete")}


def _split(el: Element, guide: str | None = None) -> Element | None:
    t = one_header_table(el, 2)
    if t is None:
        return None
    header = list(t.rows[0])
    cols = {c: parts for c, h in enumerate(header) if (parts := _split_header(h))}
    guided = False
    if not cols and guide:
        cols, guided = _guided_column(header, t.rows[1:], guide), True
    if len(cols) != 1:
        return None
    (c, (left, right)), = cols.items()
    # (the header's partners in brackets: each cell's closing bracket holds its partners)
    bracketed = bool(_BRACKET_HEADER_RE.match(squash(header[c]))) or (guided and guide == "bracket")
    rows: list[list[str]] = []
    for k, row in enumerate(t.rows):
        row = list(row) + [""] * (len(header) - len(row))
        if k == 0:
            who, partners = left, right
        elif bracketed:
            who, partners = _bracketed_parts(row[c])
            partners = partners or ("–" if who else "")  # (a doer alone: no partners, as below)
        else:
            bits = _CELL_SLASH_RE.split(row[c].strip(), maxsplit=1)
            who, partners = bits[0].strip(), (bits[1].strip() if len(bits) > 1 else "")
            if who and not partners:
                # a doer without partners: none, not 'the same as above' (an empty cell)
                partners = "–"

        rows.append(row[:c] + [who, partners] + row[c + 1:])
    return replace(el, table=t.model_copy(update={"rows": rows, "spans": []}))


def _bracketed_parts(cell: str) -> tuple[str, str]:
    """(who, partners) of a cell 'Tekniska sektorn (Exby Bostäder Ab, Hem och skola)': the
    names before the closing bracket and the names in it; a cell without one names the doer."""
    text = squash(cell)
    if text.endswith(")") and (start := text.rfind("(")) > 0:
        return text[:start].strip(), text[start + 1:-1].strip()
    return text, ""
