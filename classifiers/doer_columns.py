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

from extractors.model import Table

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
# the plan speaking of itself: no doer named
_PRONOUNS = frozenset(("vi", "man", "jag", "ni"))


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
    if not who or len(who.split()) > _DOER_WORDS or who.lower() in _PRONOUNS:
        # ('Det här gör vi': the plan's own 'what we do', a role heading over its actions,
        # `role_boxes` -- no column of one doer beside others)
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


# --- the same table printed without its grid -------------------------------------------------
#
# A page without rules may lose the grid: the column headers come out as headings of their
# own ('Det gör kommunen', 'Det gör andra (vem)') and the cells as paragraphs under them. A
# heading that names a doer's actions can only be such a column's header -- no chapter is
# called so -- so the paragraphs under it, up to the next heading that is no doer header,
# are that column's cells. Two doer headings stacked over the paragraphs are the whole header
# row, the cells read row by row across both columns: a cell of others opens with its doer
# before a colon, the others are the first column's; where a row's two cells were read as one
# paragraph, the second starts at the doer's name before its colon.

# '... den som vill Medborgarinstitutet: Samhällsorientering ...': a doer's name of up to
# four words, capitalised, before a colon inside a paragraph
_INNER_DOER_RE = re.compile(r"\s(?P<who>[A-ZÅÄÖ][^\s:]*(?:\s[^\s:]+){0,3}?):\s+\S")


def _split_cells(text: str) -> list[str]:
    """A paragraph of a gridless doer table as its cells: one, or two where a row's cells
    were read as one line (the second opening with its doer before a colon)."""
    flat = squash(text)
    m = _INNER_DOER_RE.search(flat)
    if m and m.start() > 0 and not _cell_doer(flat)[0]:
        return [flat[:m.start()].strip(), flat[m.start():].strip()]
    return [flat]


def fold_doer_headings(elements: list[Element]) -> list[Element]:
    """The element stream with each doer heading and the paragraphs under it read as the
    doer table it was printed from (`fold_doer_columns` reads that)."""
    out: list[Element] = []
    k = 0
    while k < len(elements):
        el = elements[k]
        if el.kind != "heading" or doer_header(el.text) is None:
            out.append(el)
            k += 1
            continue
        heads = [el]
        j = k + 1
        while j < len(elements) and elements[j].kind == "heading" and doer_header(elements[j].text):
            heads.append(elements[j])
            j += 1
        paras: list[Element] = []
        while j < len(elements) and elements[j].kind == "para":
            paras.append(elements[j])
            j += 1
        if not paras or len(heads) > 2:
            out.extend(elements[k:j])
            k = j
            continue
        doers = [doer_header(h.text) for h in heads]
        rows: list[list[str]] = []
        pages = [el.page]
        for p in paras:
            for cell in _split_cells(p.text):
                if len(heads) == 2 and doers[1][1] and _cell_doer(cell)[0]:
                    rows.append(["", cell])
                else:
                    rows.append([cell, ""] if len(heads) == 2 else [cell])
                pages.append(p.page)
        table = Table(rows=[[h.text for h in heads], *rows], header_rows=1, method="doer-headings")
        out.append(Element(kind="table", page=el.page, table=table, pages=pages))
        k = j
    return out
