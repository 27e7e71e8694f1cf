"""A planning board exported as a table: 'Mål | Planeras | Pågår | Klart (2021–2024)'.

A working group that plans on a (digital) board -- a kanban board: one row per goal, one
column per stage of the work -- prints the board as the action plan. The stage columns are
named by where the work stands, not by a structure word: to be done ('Planeras', 'Planerat',
'Att göra', 'Kommande', 'På gång'), under way ('Pågår', 'Pågående', 'Inlett', 'Påbörjat') and
done ('Klart', 'Genomfört', 'Avslutat', 'Gjort'). The planned and the ongoing cards are this
plan's actions; the done column is what was finished before (the previous period's work: a
results list, no action of the plan). Read only when every column besides the goal column is
such a stage, and at least one stage is still to do or under way.

classifiers/README.md, 'A planning board as the action plan'.
"""

from __future__ import annotations

import re

from .text import fold

# the stages, folded (å/ä -> a, ö -> o), a header's first word; a year or period in brackets
# may follow ('Klart (2021–2024)')
_TO_DO_RE = re.compile(r"^(?:planeras|planerat|planerad|planerade|att\s+gora|kommande|pa\s+gang|"
                       r"ska\s+goras|idebank|ideer)\b")
_UNDER_WAY_RE = re.compile(r"^(?:pagar|pagaende|inlett|inledd|inledda|paborjat|paborjad|paborjade|"
                           r"under\s+arbete|i\s+gang)\b")
_DONE_RE = re.compile(r"^(?:klart|klara|klar|genomfort|genomforda|genomford|avslutat|avslutade|"
                      r"avslutad|gjort|fardigt|fardiga)\b")


def stage_of(header: str) -> str | None:
    """'todo', 'doing' or 'done' for a header naming a stage of the work; None otherwise."""
    h = " ".join(fold(header or "").split())
    if _TO_DO_RE.match(h):
        return "todo"
    if _UNDER_WAY_RE.match(h):
        return "doing"
    if _DONE_RE.match(h):
        return "done"
    return None


def board_roles(headers: list[str], goal_column: int | None) -> dict[int, str] | None:
    """{column: role} of a board's header: the goal column, and the to-do and under-way
    stages as measure columns (the done stage no role); None unless `headers` is a board
    (a goal column, every other column a stage, at least one not done)."""
    if goal_column is None:
        return None
    stages = {c: stage_of(h) for c, h in enumerate(headers) if c != goal_column}
    if not stages or not all(stages.values()) or not any(s != "done" for s in stages.values()):
        return None
    return {goal_column: "goal", **{c: "measure" for c, s in stages.items() if s != "done"}}


def joined_stage_cells(t, n_hdr: int, roles: dict[int, str]) -> dict[int, str]:
    """The roles of board table `t` read as one action column: each row's cards of the stages
    read (planned, then ongoing) joined, one card a line, into the first such column, the
    others emptied (a row holds the goal's actions whatever stage each has reached). Returns
    the roles with that one action column."""
    stages = sorted(c for c, r in roles.items() if r == "measure")
    first = stages[0]
    for row in t.rows[n_hdr:]:
        cards = [row[c].strip() for c in stages if c < len(row) and row[c].strip()]
        if first < len(row):
            row[first] = "\n".join(cards)
        for c in stages[1:]:
            if c < len(row):
                row[c] = ""
    return {c: r for c, r in roles.items() if r != "measure" or c == first}
