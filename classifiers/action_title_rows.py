"""A theme's title row in an action table without a goal column: 'Arbete och vardag' alone in
the action column, its number, doer and time cells empty, over the numbered actions of that
theme. Action plans (a Gantt-like plan of half-year columns, a plain Nr | Åtgärd | Ansvar
table) group their rows under such titles; the title names the theme the programme's text
gave its goals under, so the actions below it serve the goals of that theme. A title is a
name of nouns ('Arbete och vardag', 'DELAKTIGHET'), no action: an action states what is
done and fills the row's other cells."""

from __future__ import annotations

from .reader_shared import is_title_of_nouns
from .text import squash


def action_title(row: list[str], measure_col: int, rows: list[list[str]], k: int) -> str | None:
    """The title a row gives the action rows under it: its one filled cell is the action
    cell, holding a name of nouns, and the next row fills its action cell and some other
    cell (an action with its doer, time or number). None for any other row."""
    filled = [c for c, x in enumerate(row) if x.strip()]
    if filled != [measure_col] or k + 1 >= len(rows):
        return None
    text = squash(row[measure_col])
    if not is_title_of_nouns(text):
        return None
    below = rows[k + 1]
    below_filled = [c for c, x in enumerate(below) if x.strip()]
    if measure_col not in below_filled or len(below_filled) < 2:
        return None
    return text
