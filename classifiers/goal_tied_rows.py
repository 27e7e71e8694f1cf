"""An action table with no goal column whose action cells close with the goal they serve
('Antirasistisk temavecka i skolorna (mål 6)' in an annual-cycle table 'Månad | Återkommande
åtgärd | Ansvar').

A programme that orders its actions by something else than its goals (the months of the year,
the seasons, the doers) ties each action to a goal of its numbered list in a closing
parenthesis. The parenthesis gives the action's goal, and is no part of the action's text. A
row of such a table that ties its action to no goal while the others do is the programme's own
upkeep -- reviewing the statistics, reporting to the board -- which serves the programme, not
one of its goals: no action of it."""

from __future__ import annotations

from .reference_tails import goal_in_closing_parenthesis


def goal_tied_cells(cells: list[str], known) -> bool:
    """True when two or more of the action cells close with '(mål N)' naming a goal `known(N)`
    resolves, and these are most of the filled cells."""
    filled = [c for c in cells if c.strip()]
    tied = [c for c in filled if (g := goal_in_closing_parenthesis(c)) and known(g[1])]
    return len(tied) >= 2 and 2 * len(tied) > len(filled)


def tied_goal(cell: str, known) -> tuple[str, str] | None:
    """(action without the goal parenthesis, goal id) of a cell closing with '(mål N)'."""
    g = goal_in_closing_parenthesis(cell)
    if g and (gid := known(g[1])):
        return g[0], gid
    return None
