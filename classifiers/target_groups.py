"""Goal × target-group matrices: 'Mål | Barn och familjer | Vuxna | Hela kommunen'. A small
programme lays its action plan out as a grid -- a row per goal, a column per group the
actions are aimed at -- and writes each action in the cell of its group, one per line, its
doer closing it in parentheses ('Språkvänsverksamhet (biblioteket)'); a dash says nothing is
planned for that group. The group headers name no structure role: they are known as action
columns by what their cells hold -- items each closed by a parenthesis naming who does it.

Such a table is read as the plain action table it is: 'Mål | Åtgärd', the row's actions
listed one per line in the action cell (the group says whom an action is for, not what it
is, and is not kept). A goal cell opening with a keyword on a line of its own ('Språk' over
the goal's sentence) gives the goal's theme: a 'Tema' column beside the goal."""
from __future__ import annotations

import re
from dataclasses import replace

from .actors import names_actor, names_post, split_names, split_time_after_actors
from .elements import Element, _join
from .headers import header_roles, map_columns
from .text import DASH_ONLY_RE

# the closing parenthesis of an item, '... (kansliet)' / '(bildningsnämnden, 2025)'
_CLOSING_PAREN_RE = re.compile(r"\(([^()]+)\)\s*[.]?\s*$")
# a keyword line over the goal: one or two words, no sentence punctuation
_KEYWORD_RE = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+(?:och\s+)?[\wåäöÅÄÖ-]+)?$")


def _doer_closes(item: str) -> bool:
    """The item ends in a parenthesis naming who does it ('(kansliet)', '(AMS, 2026)')."""
    m = _CLOSING_PAREN_RE.search(item)
    if not m or not item[:m.start()].strip():
        return False
    actors, _ = split_time_after_actors(m.group(1).strip())
    names = split_names(actors)
    return bool(names) and all(names_actor(n) or names_post(n) for n in names)


def cell_items(cell: str) -> list[str] | None:
    """The actions of a target-group cell, one per printed item: its lines joined until one
    closes with the doer's parenthesis (a narrow cell wraps an action over lines). [] for an
    empty or dash cell; None when the cell is not such a list (a line run on past the last
    parenthesis, or an item whose parenthesis names no doer)."""
    if not cell.strip() or DASH_ONLY_RE.match(cell):
        return []
    items, cur = [], ""
    for line in (x.strip() for x in cell.split("\n")):
        if not line:
            continue
        cur = _join(cur, line) if cur else line
        if cur.endswith(")") or cur.endswith(")."):
            items.append(cur)
            cur = ""
    if cur or not items or not all(_doer_closes(it) for it in items):
        return None
    return items


def _goal_and_keyword(cell: str) -> tuple[str, str]:
    """(keyword, goal) of a goal cell whose first line is a keyword and whose next line opens
    the goal with a capital ('Språk\\nAlla som flyttar ...'); ('', cell) otherwise."""
    lines = [x.strip() for x in cell.split("\n") if x.strip()]
    if len(lines) >= 2 and _KEYWORD_RE.match(lines[0]) and lines[1][:1].isupper():
        return lines[0], "\n".join(lines[1:])
    return "", cell


def fold_target_groups(elements: list[Element]) -> list[Element]:
    """The element stream with each goal × target-group matrix read as a 'Mål | Åtgärd' table
    (with a 'Tema' column first when its goal cells open with a keyword)."""
    return [_folded(el) or el for el in elements]


def _folded(el: Element) -> Element | None:
    t = el.table
    if el.kind != "table" or t is None or len(t.rows) < 2 or t.header_rows != 1:
        return None
    header = t.rows[0]
    roles = map_columns(header)
    if len(header) < 3 or list(roles.values()) != ["goal"]:
        return None
    gc = next(iter(roles))
    groups = [c for c in range(len(header)) if c != gc]
    if not all(header[c].strip() and not header_roles(header[c]) for c in groups):
        return None
    rows = []
    n_items = 0
    for row in t.rows[1:]:
        if len(row) != len(header):
            return None
        per_cell = [cell_items(row[c]) for c in groups]
        if any(x is None for x in per_cell):
            return None
        actions = [it for x in per_cell for it in x]
        n_items += len(actions)
        keyword, goal = _goal_and_keyword(row[gc])
        rows.append([keyword, goal, "\n".join(f"• {a}" for a in actions)])
    # every goal row with actions, most of them with their group cells filled
    if n_items < len(rows) * 2:
        return None
    themed = all(r[0] for r in rows if r[1].strip())
    out = [["Tema", header[gc], "Åtgärd"]] + rows if themed else [[header[gc], "Åtgärd"]] + [r[1:] for r in rows]
    table = t.model_copy(update={"rows": out, "spans": []})
    return replace(el, table=table)
