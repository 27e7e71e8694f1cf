"""Action tables with one column per doer (thirty-seventh blind set): 'Det gör kommunen |
Det gör andra (vem)'.

A small municipality whose integration work is largely done by others shows, under each goal,
what it does itself beside what other bodies have promised to do: each column is headed by
what a doer does ('Det gör kommunen', 'Det här gör skolan', 'Vad gör kommunen?'), and every
cell of it is one action of that doer. The rows do not pair up -- a row is no unit, only the
cells are ('Raderna hör inte ihop parvis'). A column for several doers names them as 'andra'
(others) and asks who in its header ('Det gör andra (vem)'): each of its cells opens with its
doer before a colon ('ÅMS: Arbetsmarknadsutbildning ...').

Such a table is read as the action table it stands for, 'Åtgärd | Ansvarig', one row per
filled cell, column by column: the cell's text is the action, the column's doer its
responsible -- or, in a column of others, the name before the cell's colon.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .actors import names_actor
from .elements import Element
from .text import squash

# 'Det gör kommunen', 'Det här gör skolan', 'Detta gör X', 'Vad gör kommunen?': the header
# of the actions of the doer it names
_DOER_HEADER_RE = re.compile(
    r"^(?:det\s+här|det|detta|vad)\s+gör\s+(?P<who>[^?:]+?)\s*\??\s*:?$", re.I)
# '(vem)', '(vilka)': the header asks who, each cell names its own doer
_ASKS_WHO_RE = re.compile(r"\(\s*(?:vem|vilka|vilken)\s*\)", re.I)
# 'ÅMS: action', 'Långnäs hembygdsförening: action': a cell's doer before its colon
_CELL_DOER_RE = re.compile(r"^(?P<who>[^\W\d_][^:\n]{1,60}?):\s+(?P<what>\S.*)$", re.S)
_DOER_WORDS = 5


def doer_header(header: str) -> tuple[str, bool] | None:
    """(the doer named, whether the cells name their own doer) of a header naming a doer's
    actions ('Det gör kommunen' -> ('kommunen', False); 'Det gör andra (vem)' -> ('andra',
    True)), else None."""
    flat = squash(header or "")
    m = _DOER_HEADER_RE.match(flat)
    if not m:
        return None
    who = m.group("who")
    asks = bool(_ASKS_WHO_RE.search(who))
    who = _ASKS_WHO_RE.sub("", who).strip()
    if not who or len(who.split()) > _DOER_WORDS:
        return None
    # a doer that is no body ('andra', 'övriga'): others, each cell naming which
    return who, asks or not names_actor(who)


def _cell_doer(cell: str) -> tuple[str, str]:
    """(doer, action) of a cell opening with its doer before a colon, else ('', cell)."""
    m = _CELL_DOER_RE.match(cell.strip())
    if not m or len(m.group("who").split()) > _DOER_WORDS:
        return "", cell.strip()
    return m.group("who").strip(), m.group("what").strip()


def fold_doer_columns(elements: list[Element]) -> list[Element]:
    """The element stream with each table of doers' columns read as 'Åtgärd | Ansvarig'."""
    return [_fold(el) or el for el in elements]


def _fold(el: Element) -> Element | None:
    t = el.table
    if el.kind != "table" or t is None or t.header_rows != 1 or len(t.rows) < 2:
        return None
    doers = [doer_header(h) for h in t.rows[0]]
    if not doers or not all(doers):
        return None
    row_pages = el.pages[1:] if len(el.pages) >= len(t.rows) else [el.page] * (len(t.rows) - 1)
    rows: list[list[str]] = [["Åtgärd", "Ansvarig"]]
    pages: list[int] = [el.pages[0] if el.pages else el.page]
    for c, (who, own) in enumerate(doers):
        for row, page in zip(t.rows[1:], row_pages):
            cell = row[c].strip() if c < len(row) else ""
            if not cell:
                continue
            doer, action = _cell_doer(cell) if own else ("", cell)
            if own and not doer:
                doer = "–"  # a cell of others naming none: no doer, not the one above
            rows.append([action, doer or who])
            pages.append(page)
    if len(rows) < 2:
        return None
    return replace(el, pages=pages, table=t.model_copy(update={"rows": rows, "spans": []}))
