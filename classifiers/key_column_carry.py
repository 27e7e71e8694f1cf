"""How far a cell left empty under a filled one ("same as above") reaches in an action table.

    Ansvarig enhet   | Åtgärd          | Samarbetspartner | Tidpunkt | Mål
    Biblioteket      | Lättlästa böcker|                  | 2025     | Språk: Alla ...
                     | Språkcafé       | Kulturfonden     | 2025     | Gemenskap: ...
    Bildningsenheten | ...

A table sorted by the unit that answers for the work names the unit once, on its group's
first row, in its first column (a merged cell, read as empty below): the column is the key
the rows are grouped by, left of the action and of the goal it serves, so its empty cell
repeats the unit above across goals. A column right of the action (partners, schedule) is
a value of each row: "same as above" there runs within one goal's rows only, as before.
"""
from __future__ import annotations

_ACTOR_ROLES = ("responsible", "actors")


def grouping_key_column(col: dict[str, int], role: str, goal_cols: list[int]) -> bool:
    """The `role`'s column is the responsible (or actors) column left of both the measure
    and every goal column: the key of a table grouped by unit, whose empty cell carries
    the unit above across a change of goal."""
    c = col.get(role)
    m = col.get("measure")
    return (role in _ACTOR_ROLES and c is not None and m is not None and c < m
            and bool(goal_cols) and all(c < g for g in goal_cols))
