"""A table row the page end cut in two: what its second half on the next page adds.

A long action table breaks over a page, and the row at the break goes on at the top of the
next page: its key, doer and time cells left empty there, the rest of a list broken off
after a comma ('arbetskraftsservicen,' / 'Rågskärs Företagare') and, in the action cell, a
sentence more. Such a sentence opens by taking up what the cell above named ('Mentorprogram
för nyanställda.' / 'Mentorerna är stadens egna anställda …'): it describes the action, as
the sentences after a numbered action's first describe it (`titled_items.
described_numbered_action`), and is no part of the action's name. The rest of the cells
goes on from the row above as before.

Two prints need it. A ruled or aligned table's pieces are joined by `elements._add_table`,
which glues the row's halves together cell by cell (`describes_the_action` keeps the
description out, in the action's column only). A table printed as cards or label-value records sets the second half as a record of
its own at the top of the next page, after the running foot: a record leaving empty the
fields every record before it filled (the area, the doer, the time) and holding only the
rest of the last record's cells (`fold_continued_records`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .headers import header_role
from .page_furniture import is_foot_line
from .text import FUNCTION_WORDS, NUMBERED_RE, sentences, squash
from .titled_items import takes_up

if TYPE_CHECKING:  # (elements.py reads `describes_the_action` when it joins a table's pieces)
    from .elements import Element

# sentences describing the action are whole ones of some length (a short 'Kl. 18.' is a time)
_MIN_WORDS = 4
# a cell broken off mid-list or mid-sentence: it closes with a comma, a hyphen or a dash
_OPEN_END_RE = re.compile(r"[,\-–—/&]\s*$")


def described_on(above: str, piece: str) -> bool:
    """The piece of a cell on the next page, `piece`, describes what the cell above on the
    page before, `above`, named: that cell closed its sentence, and the piece is whole
    sentences, the first taking it up ('Mentorerna är …', 'Kursen hålls …', 'Den …')."""
    above, piece = squash(above), squash(piece)
    if NUMBERED_RE.match(piece):
        return False  # '4.8 …': an item numbered on, no sentence about the one above
    if not above.endswith((".", "!")) or not piece[:1].isupper() or not piece.endswith((".", "!")):
        return False
    parts = sentences(piece)
    return bool(parts) and all(len(p.split()) >= _MIN_WORDS for p in parts) and takes_up(parts[0])


def describes_the_action(header: str, above: str, piece: str) -> bool:
    """`described_on`, in the column or field headed as the action's ('Åtgärd'): only there is
    a sentence taking up the cell above a description, no part of the cell. In a meter's,
    partner's or headerless column the next sentence is an item of its own (helsingfors'
    meters), kept with the cell like any piece going on."""
    return header_role(header) == "measure" and described_on(above, piece)


def _goes_on(above: str, piece: str) -> bool:
    """The piece goes on from the cell above: that one broke off (a comma, hyphen or function
    word at its end), or the piece starts in lower case, mid-sentence."""
    above, piece = squash(above), squash(piece)
    if not above or not piece:
        return False
    last = above.split()[-1].lower()
    return bool(_OPEN_END_RE.search(above)) or last in FUNCTION_WORDS or piece[:1].islower()


def _labels(t) -> list[str]:
    return [squash(x).rstrip(":").casefold() for x in t.rows[0]]


def _filled_everywhere(rows: list[list[str]], c: int) -> bool:
    return all(c < len(r) and r[c].strip() for r in rows)


def fold_continued_records(elements: list[Element]) -> list[Element]:
    """The element stream with the first record of a label-value table that only finishes the
    last record of the piece before it (on the page before, past the running foot, with the
    same fields) taken into that record: its cells going on from the record's are added to
    them, a sentence describing the action left out (module docstring)."""
    out: list[Element] = []
    for el in elements:
        prev_at = len(out) - 1
        while prev_at >= 0 and out[prev_at].kind == "para" and is_foot_line(out[prev_at].text):
            prev_at -= 1
        prev = out[prev_at] if prev_at >= 0 else None
        t = el.table
        if (el.kind != "table" or t is None or prev is None or prev.kind != "table" or prev.table is None
                or t.method != "label-value" or prev.table.method != "label-value"
                or not t.header_rows or not prev.table.header_rows
                or len(t.rows) < 2 or len(prev.table.rows) < 3
                # (the page broke between them, or its running foot stands there as text)
                or (el.page <= max(prev.pages or [prev.page]) and prev_at == len(out) - 1)):
            out.append(el)
            continue
        above_t = prev.table
        labels, above_labels = _labels(t), _labels(above_t)
        if sorted(labels) != sorted(above_labels) or len(set(labels)) != len(labels):
            out.append(el)
            continue
        row = t.rows[t.header_rows]
        last = above_t.rows[-1]
        body_above = above_t.rows[above_t.header_rows:]
        merged = list(last)
        empty_kept = goes_on = 0
        ok = True
        for c, cell in enumerate(row):
            a = above_labels.index(labels[c])
            if not cell.strip():
                # a field every record before filled, left empty: the row's key, doer or time
                empty_kept += _filled_everywhere(body_above, a)
                continue
            prev_cell = last[a] if a < len(last) else ""
            if NUMBERED_RE.match(prev_cell) and NUMBERED_RE.match(cell):
                # ('3.7 Mentorerna …' under '3.6 Mentorprogram …': a print numbering every
                # record numbers the rest of one too)
                cell = NUMBERED_RE.sub("", cell, count=1)
            if describes_the_action(t.rows[0][c], prev_cell, cell):
                continue
            # (a whole sentence in another field, a meter's, is an item of its own kept there)
            if _goes_on(prev_cell, cell) or described_on(prev_cell, cell):
                merged[a] = f"{prev_cell}\n{cell}"
                goes_on += 1
                continue
            ok = False
        if not ok or not goes_on or empty_kept < 2:
            out.append(el)
            continue
        above_t.rows[-1] = merged
        rest = [*t.rows[:t.header_rows], *t.rows[t.header_rows + 1:]]
        if len(rest) > t.header_rows:
            out.append(replace(el, table=t.model_copy(update={"rows": rest}),
                               pages=list(el.pages[:t.header_rows]) + list(el.pages[t.header_rows + 1:])))
    return out
