"""Flat report tables whose rows name their own level and their parent's id (thirty-ninth set).

    Nivå      | Id     | Benämning                     | Hör till | Ansvarig   | Tidsram | Status
    Målområde | MO1    | Arbete och kompetens          | INT      |            |         |
    Mål       | MO1.M1 | Fler inflyttade hittar arbete | MO1      |            |         | Pågår
    Åtgärd    | Å-101  | Arbetsplatsbesök hos ...      | MO1.M1   | Näringsliv | 2025    | Ny

A strategy-management system (a 'Program – alla nivåer' report) prints a programme as one flat
table: one column names what each row is ('Målområde', 'Mål', 'Åtgärd'), one gives the row's
id and one the id of the row it stands under; the hierarchy is in those ids alone (a report
cut into page pieces may start a piece with an action whose goal is on the page before).

The level column is the one whose every body cell is one short label, two of them at least
naming the programme's roles as a column header would ('Mål' a goal, 'Åtgärd' an action); a
level naming no role ('Program', 'Målområde') is a grouping above the goals. The id column is
the one whose cells are all distinct single tokens, the parent column one whose filled cells
are (mostly) ids of that column, the text column the one left that names no role and is
filled on every row. Such a table -- all its pieces, sharing one header -- is read as the
plain action table it lays out: 'Mål | Id | Åtgärd | <the other columns>', each action under
the goal its parent id names (the area above the goal is the goal's theme, `Tema`), a goal
with no action on a row of its own. The action's id stays, so a later table that names it
('Kopplas till': 'Å-101') refers to that action (`code_reference_columns`); a later table's
cell naming a goal by its id names the goal by its text instead, and a row naming an action
that ended (Status 'Avslutad', `ended_rows`) follows up no action of the plan: it goes.

classifiers/README.md, 'Flat level tables and action forms (thirty-ninth set: blind229, blind230)'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .ended_rows import is_ended
from .headers import is_status_label, map_columns
from .table_rows import one_header_table
from .text import squash

_DASH_RE = re.compile(r"^[-–—]?$")
# a level's label: one or two words, no digits ('Målområde', 'Mål', 'Åtgärd', 'Strategiskt mål')
_LABEL_RE = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?$")


def _token(cell: str) -> str:
    """A code cell without the breaks a narrow column put in it ('MO2.M⏎1' -> 'MO2.M1')."""
    return "".join((cell or "").split())


def _cell(r: list[str], c: int) -> str:
    return r[c] if c < len(r) else ""


def _level_kind(label: str) -> str | None:
    role = map_columns([label]).get(0)
    return role if role in ("goal", "measure") else None


def _layout(header: list[str], body: list[list[str]]) -> tuple[int, int, int, int] | None:
    """(level, id, parent, text) columns of a flat level table, else None."""
    n = len(header)
    level = None
    for c in range(n):
        cells = [squash(_cell(r, c)) for r in body]
        if not all(x and _LABEL_RE.match(x) for x in cells):
            continue
        kinds = {_level_kind(x) for x in set(cells)}
        if {"goal", "measure"} <= kinds and len(set(cells)) <= 5:
            level = c
            break
    if level is None:
        return None
    ident = None
    for c in range(n):
        if c == level:
            continue
        cells = [_token(_cell(r, c)) for r in body]
        if all(x and len(x) <= 16 for x in cells) and len(set(cells)) == len(cells) \
                and not all(x.isdigit() for x in cells):
            ident = c
            break
    if ident is None:
        return None
    ids = {_token(_cell(r, ident)) for r in body}
    parent = None
    for c in range(n):
        if c in (level, ident):
            continue
        filled = [_token(_cell(r, c)) for r in body if not _DASH_RE.match(_token(_cell(r, c)))]
        if len(filled) >= 2 and sum(x in ids for x in filled) >= max(2, len(filled) - 1):
            parent = c
            break
    if parent is None:
        return None
    roles = map_columns(header)
    texts = [c for c in range(n) if c not in (level, ident, parent)
             and roles.get(c) not in ("responsible", "partners", "schedule", "indicator")
             and not is_status_label(header[c]) and all(squash(_cell(r, c)) for r in body)]
    if len(texts) != 1:
        return None
    return level, ident, parent, texts[0]


def fold_level_name_columns(elements: list[Element]) -> list[Element]:
    """The element stream with each flat level table read as the action table it lays out,
    and later tables' references to its goals and ended actions read as said above."""
    found: dict[int, tuple[tuple[int, int, int, int], list[list[str]], list[int]]] = {}
    pieces = []
    for k, el in enumerate(elements):
        t = one_header_table(el, 2)
        if t is None:
            continue
        header = [squash(h) for h in t.rows[0]]
        # (a piece of the report repeating its header as its first data row: no data)
        keep = [j for j, r in enumerate(t.rows) if j and [squash(x) for x in r] != header]
        body = [list(t.rows[j]) for j in keep]
        lay = _layout(header, body) if len(body) >= 2 else None
        if lay is not None:
            found[k] = (lay, body, keep)
        else:
            pieces.append((k, header, body, keep))
    if not found:
        return elements
    # (a later piece of the report under the same header: its rows' parents may all stand in
    # the piece before, so it is known by its header)
    layouts = {tuple(squash(h) for h in elements[k].table.rows[0]): lay for k, (lay, _b, _k) in found.items()}
    for k, header, body, keep in pieces:
        if tuple(header) in layouts and body:
            found[k] = (layouts[tuple(header)], body, keep)
    # every piece's rows: an action's goal may stand in another piece
    rows_by_id: dict[str, tuple[str, list[str], tuple[int, int, int, int], list[str]]] = {}
    for k, (lay, body, _keep) in found.items():
        level, ident, parent, text = lay
        for r in body:
            # (a later piece is known by its header alone: its rows may be ragged)
            rows_by_id[_token(_cell(r, ident))] = (squash(_cell(r, level)), r, lay, list(elements[k].table.rows[0]))

    def kind(key: str) -> str | None:
        return _level_kind(rows_by_id[key][0]) if key in rows_by_id else None

    def parent_of(key: str) -> str:
        _lvl, r, lay, _h = rows_by_id[key]
        return _token(_cell(r, lay[2]))

    def text_of(key: str) -> str:
        _lvl, r, lay, _h = rows_by_id[key]
        return _cell(r, lay[3])

    def theme_of(goal: str) -> str:
        # the text of the row a goal stands under when that row is a grouping above the
        # goals ('Målområde'); none when its parent id is no row of the report ('P', '–')
        area = parent_of(goal)
        return text_of(area) if area and area in rows_by_id and kind(area) is None else ""

    def goal_of(key: str) -> str | None:
        seen = set()
        while key in rows_by_id and key not in seen:
            seen.add(key)
            key = parent_of(key)
            if kind(key) == "goal":
                return key
        return None

    def ended(key: str) -> bool:
        _lvl, r, lay, header = rows_by_id[key]
        return any(is_status_label(h) and is_ended(_cell(r, c)) for c, h in enumerate(header))

    with_actions = {goal_of(k) for k in rows_by_id if kind(k) == "measure"}
    out: list[Element] = []
    for k, el in enumerate(elements):
        if k in found:
            out.append(_folded(el, found[k], kind, goal_of, text_of, theme_of, with_actions))
        elif el.kind == "table" and el.table is not None:
            out.append(_references_read(el, rows_by_id, kind, text_of, ended) or el)
        else:
            out.append(el)
    return out


def _folded(el, found, kind, goal_of, text_of, theme_of, with_actions) -> Element:
    (level, ident, parent, text), body, keep = found
    t = el.table
    header = list(t.rows[0])
    old_pages = el.pages if len(el.pages) == len(t.rows) else [el.page] * len(t.rows)
    pages = [old_pages[0]]
    rest = [c for c in range(len(header)) if c not in (level, ident, parent, text)]
    rows = [["Tema", "Mål", header[ident], "Åtgärd", *(header[c] for c in rest)]]
    for j, r in zip(keep, body):
        key = _token(_cell(r, ident))
        what = kind(key)
        if what in ("goal", "measure") and not (what == "goal" and key in with_actions):
            pages.append(old_pages[j])
        if what == "goal" and key not in with_actions:
            rows.append([theme_of(key), _cell(r, text), "", "", *("" for _ in rest)])
        elif what == "measure":
            goal = goal_of(key)
            rows.append([theme_of(goal) if goal else "", text_of(goal) if goal else "", key,
                         _cell(r, text), *(_cell(r, c) for c in rest)])
    if len(rows) == 1:
        rows.append(["" for _ in rows[0]])
        pages.append(old_pages[-1])
    return replace(el, table=t.model_copy(update={"rows": rows, "spans": []}), pages=pages)


def _references_read(el, rows_by_id, kind, text_of, ended) -> Element | None:
    """A later table naming the level table's rows by id: goal ids by the goal's text, rows
    naming an ended action left out; None when no column names them."""
    t = el.table
    n_hdr = t.header_rows or 0
    body = t.rows[n_hdr:]
    if not body:
        return None
    width = max(len(r) for r in body)
    for c in range(width):
        cells = [_token(_cell(r, c)) for r in body]
        filled = [x for x in cells if x]
        if len(filled) < 2 or not all(x in rows_by_id and kind(x) for x in filled):
            continue
        # (the goal named moves to a goal column of its own beside the reference, so the
        # reference column holds action ids alone, as `code_reference_columns` reads it)
        goals = any(kind(x) == "goal" for x in filled)
        rows = [[*r[:c + 1], *(["Mål"] if goals else []), *r[c + 1:]] for r in t.rows[:n_hdr]]
        pages = list(el.pages[:n_hdr]) if len(el.pages) == len(t.rows) else None
        for j, (r, x) in enumerate(zip(body, cells)):
            if x and kind(x) == "measure" and ended(x):
                continue
            r = list(r) + [""] * (width - len(r))
            if goals:
                r = [*r[:c], "" if kind(x) == "goal" else r[c],
                     text_of(x) if kind(x) == "goal" else "", *r[c + 1:]]
            rows.append(r)
            if pages is not None:
                pages.append(el.pages[n_hdr + j])
        return replace(el, table=t.model_copy(update={"rows": rows, "spans": []}),
                       pages=pages if pages is not None else el.pages)
    return None
