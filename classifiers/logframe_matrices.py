"""Logical framework matrices (LFA, known from ESF projects; fortieth set: blind236).

    Interventionslogik        | Objektivt verifierbara indikatorer | Verifikationskällor | Antaganden
    Övergripande mål⏎<goal>   | <indicator>                        | <source>            | –
    Delmål 1.1⏎<sub-goal>     | <indicator>⏎<indicator>            | <source>            | <assumption>
    Delmål 1.2⏎<sub-goal>     | ...
    Aktiviteter⏎1.1.1 <act>⏎1.1.2 <act>⏎1.2.1 <act> | Medel: ... | Kostnader: ... | Förutsättningar: ...

A programme planned with the Logical Framework Approach lays each part out as one matrix: the
first column (the intervention logic) names each row's level by a label on the cell's first
line -- the overall goal, its sub-goals (numbered), the activities -- and the text under the
label states it; the second column holds the indicators of that level. The activities stand
together in one cell, each opened by a code whose first parts are its sub-goal's number
('1.2.1' serves 'Delmål 1.2'). On the activities' row the other columns hold the means, costs
and preconditions, and the sources and assumptions columns never hold a goal, an action or an
indicator: none of them is read.

Such a matrix is read as the plain table it lays out, 'Mål | Delmål | Kod | Åtgärd | Mätare':
the overall goal's row, then each sub-goal (a goal under it) followed by its activities (the
code kept in a column of its own, by which a later implementation table names the activity),
each level's indicators beside it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.model import Table

from .elements import Element
from .headers import map_columns
from .text import FUNCTION_WORDS, squash

# the level labels of the intervention logic column (Swedish LFA terms)
_TOP_RE = re.compile(r"^(?:övergripande\s+mål|projektmål|programmål|syfte)\s*:?$", re.I)
_SUB_RE = re.compile(r"^(?:delmål|resultat|projektresultat)\s*(?P<num>\d{1,2}(?:\.\d{1,2})*)?\s*:?$", re.I)
_ACTIVITIES_RE = re.compile(r"^(?:aktiviteter|aktivitet|åtgärder|insatser)\s*:?$", re.I)
# an activity's code opening its line ('1.2.1 Mentorprogram ...')
_CODE_LINE_RE = re.compile(r"^(?P<code>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?P<text>\S.*)$")


def _level(cell: str) -> tuple[str, str | None, str] | None:
    """(level, number, text) of a first-column cell opened by a level label on a line of its
    own: 'top', 'sub' or 'activities'; else None."""
    lines = [ln.strip() for ln in (cell or "").split("\n") if ln.strip()]
    if not lines:
        return None
    head, rest = lines[0], "\n".join(lines[1:])
    if _TOP_RE.match(head):
        return "top", None, rest
    m = _SUB_RE.match(head)
    if m:
        return "sub", m.group("num"), rest
    if _ACTIVITIES_RE.match(head):
        return "activities", None, rest
    return None


def _activities(text: str) -> list[tuple[str, str]]:
    """(code, text) of each coded activity of an activities cell, its wrapped lines joined."""
    out: list[tuple[str, list[str]]] = []
    for ln in text.split("\n"):
        ln = ln.strip()
        if not ln:
            continue
        m = _CODE_LINE_RE.match(ln)
        if m:
            out.append((m.group("code"), [m.group("text")]))
        elif out:
            out[-1][1].append(ln)
    return [(code, squash(" ".join(parts))) for code, parts in out]


def _cell_items(text: str) -> str:
    """An indicator cell's items joined by '; ': a line opening with a capital starts the
    next item (a wrapped line goes on in lower case), unless the line before ends on a word
    that cannot end one ('i', 'och', a comma) -- a name may open a wrapped line then."""
    items: list[list[str]] = []
    for ln in (text or "").split("\n"):
        ln = ln.strip()
        if not ln:
            continue
        last = items[-1][-1] if items else ""
        ends_open = last.endswith(",") or (last.split() and last.split()[-1].lower() in FUNCTION_WORDS)
        if items and not (ln[:1].isupper() and not ends_open):
            items[-1].append(ln)
        else:
            items.append([ln])
    return "; ".join(" ".join(parts) for parts in items)


def _indicator_column(header: list[str]) -> int | None:
    roles = map_columns([squash(h) for h in header])
    cols = [c for c, r in roles.items() if r == "indicator"]
    return cols[0] if cols else None


def fold_logframe_matrices(elements: list[Element]) -> list[Element]:
    """The element stream with each logframe matrix read as the plain goal and action table
    it lays out."""
    return [_folded(el) or el for el in elements]


def _folded(el: Element) -> Element | None:
    if el.kind != "table" or el.table is None or len(el.table.rows) < 3:
        return None
    header, body = el.table.rows[0], el.table.rows[1:]
    levels = [_level(r[0] if r else "") for r in body]
    kinds = [lv[0] for lv in levels if lv]
    # every body row a level of the intervention logic; a goal level and the activities both
    if any(lv is None for lv in levels) or "activities" not in kinds or not ({"top", "sub"} & set(kinds)):
        return None
    ind = _indicator_column(header)
    if ind is None or ind == 0:
        return None

    def indicators(row: list[str]) -> str:
        return _cell_items(row[ind]) if ind < len(row) else ""

    top_rows: list[list[str]] = []
    subs: list[tuple[str | None, list[str]]] = []  # (number, row)
    acts: list[tuple[str, str]] = []
    for row, (kind, num, text) in zip(body, levels):
        if kind == "top":
            top_rows.append([squash(text), "", "", "", indicators(row)])
        elif kind == "sub":
            subs.append((num, ["", squash(text), "", "", indicators(row)]))
        else:
            acts += _activities(text)
    if not acts:
        return None
    rows: list[list[str]] = list(top_rows)
    placed: set[int] = set()
    for num, sub in subs:
        rows.append(sub)
        for k, (code, text) in enumerate(acts):
            if num and code.startswith(num + ".") and k not in placed:
                rows.append(["", "", code, text, ""])
                placed.add(k)
    # activities whose code names no sub-goal of the matrix: under the last level read
    rows += [["", "", code, text, ""] for k, (code, text) in enumerate(acts) if k not in placed]
    table = Table(rows=[["Mål", "Delmål", "Kod", "Åtgärd", "Mätare"], *rows], bbox=el.table.bbox,
                  header_rows=1, method=el.table.method)
    return replace(el, table=table, pages=[el.page] * (len(rows) + 1))
