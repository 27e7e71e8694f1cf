"""A follow-up table naming what each meter follows up as a goal and, where one action, that
action's place in the goal's list: 'Gäller': 'Mål 1' / 'Mål 1 / åtgärd 2' ('Där en mätare
gäller en enskild åtgärd anges åtgärden, numrerad i den ordning åtgärderna står under
målet'). Actions listed without numbers of their own under numbered goal headings are referred
to so: the K-th action under goal N. A column whose filled cells are all such references (at
least one naming an action), in a table with a meter column and no action column of its own,
is the table's reference column, whatever its header ('Gäller', 'Avser', 'Hör till'):
`read_tables.TableReader` reads it as `code_reference_columns` reads a column of codes."""

from __future__ import annotations

import re

from .text import squash

# 'Mål 1 / åtgärd 2', 'Mål 1, åtgärd 2', 'mål 1: åtgärd 2', 'Målsättning 3 – insats 1'
_GOAL_ITEM_RE = re.compile(
    r"^\(?(?:del)?(?:mål|målsättning)\s+(?P<goal>\d{1,2})\s*(?:/|,|:|[–-])\s*"
    r"(?:åtgärd|åtg\.|insats|aktivitet|punkt)\s+(?P<item>\d{1,2})\)?\.?$", re.I)
# 'Mål 1': the goal alone, a meter of the whole goal among them
_GOAL_ALONE_RE = re.compile(r"^\(?(?:del)?(?:mål|målsättning)\s+\d{1,2}\)?\.?$", re.I)


def goal_item_reference(cell: str) -> tuple[str, int] | None:
    """(goal number, the action's place under it) of 'Mål N / åtgärd K', else None."""
    m = _GOAL_ITEM_RE.match(squash(cell or ""))
    return (m.group("goal"), int(m.group("item"))) if m else None


def goal_item_column(rows: list[list[str]], roles: dict[int, str]) -> int | None:
    """The one column of `rows` whose filled cells are all goal references ('Mål 1') or goal
    and action references ('Mål 1 / åtgärd 2'), one of the latter at least, in a table with
    an indicator column and no measure column; else None."""
    kinds = set(roles.values())
    if "indicator" not in kinds or "measure" in kinds or not rows:
        return None
    found = []
    for c in range(max(len(r) for r in rows)):
        if c in roles and roles[c] != "goal":
            continue
        cells = [squash(r[c]) for r in rows if c < len(r) and r[c].strip()]
        items = [goal_item_reference(x) for x in cells]
        if len(cells) >= 2 and any(items) and all(i or _GOAL_ALONE_RE.match(x) for i, x in zip(items, cells)):
            found.append(c)
    return found[0] if len(found) == 1 else None


def item_under_goal(measures: list[tuple[str, str | None]], goal: str, item: int) -> str | None:
    """The measure id that is action `item` of goal `goal` (its number, `goal`.`item`, where
    the actions were printed numbered; else the item-th of `measures`, the goal's actions in
    reading order, each (id, printed number or None))."""
    numbered = [mid for mid, num in measures if num == f"{goal}.{item}"]
    if numbered:
        return numbered[0]
    return measures[item - 1][0] if 0 < item <= len(measures) else None
