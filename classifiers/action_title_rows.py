"""A theme's title row in an action table without a goal column: 'Arbete och vardag' alone in
the action column, its number, doer and time cells empty, over the numbered actions of that
theme. Action plans (a Gantt-like plan of half-year columns, a plain Nr | Åtgärd | Ansvar
table) group their rows under such titles; the title names the theme the programme's text
gave its goals under, so the actions below it serve the goals of that theme. A title is a
name of nouns ('Arbete och vardag', 'DELAKTIGHET'), no action: an action states what is
done and fills the row's other cells."""

from __future__ import annotations

import re

from .reader_shared import is_title_of_nouns
from .text import FUNCTION_WORDS, fold, squash, words


def action_title(row: list[str], measure_col: int, rows: list[list[str]], k: int,
                 goal_rows: frozenset[str] | set[str] = frozenset(),
                 above: list[str] | None = None) -> str | None:
    """The title a row gives the action rows under it: its one filled cell is the action
    cell, holding a name of nouns (its section number before it, '2 SPRÅK OCH UTBILDNING',
    left off), and the next row fills its action cell and some other cell (an action with
    its doer, time or number) -- or is a labelled goal row alone in the table (`goal_rows`,
    the texts of those: 'Mål: <goal>' under the title, the area's goal over its actions).
    None for any other row."""
    filled = [c for c, x in enumerate(row) if x.strip()]
    # the group's own code in the number column beside the title ('A' | 'Mottagning och
    # vägledning', 'II' | 'Arbete', '3' | 'Boende' over 'A1', 'A2' ...): the label the actions'
    # numbers are formed from, no field of an action (sixty-eighth blind set)
    codes = [c for c in filled if c != measure_col and _GROUP_CODE_RE.match(row[c].strip())]
    filled = [c for c in filled if c not in codes]
    if k + 1 >= len(rows):
        return None
    if (above is not None and filled != [measure_col]
            and any(_heads_code(row[c], rows[k + 1][c] if c < len(rows[k + 1]) else "") for c in codes)):
        # a print that reads an empty cell as "same as above" (cards, records) fills the
        # group row's empty cells with the row above's; the group's code heading the numbers
        # below it ('B' over 'B1') says the row is the group's, its repeated cells no fields
        filled = [c for c in filled if c == measure_col or not (
            c < len(above) and squash(row[c]) == squash(above[c]))]
    if filled != [measure_col]:
        return None
    text = _NUMBER_RE.sub("", squash(row[measure_col]), count=1)
    if not is_title_of_nouns(text):
        return None
    below = rows[k + 1]
    below_filled = [c for c, x in enumerate(below) if x.strip()]
    if below_filled == [measure_col] and below[measure_col].strip() in goal_rows:
        return text
    if measure_col not in below_filled or len(below_filled) < 2:
        return None
    return text


# a section's number before its title: '2 ', '2. ', '2.1 '
# a group's code alone in a cell: a capital letter, a roman numeral or a number of one or two
# digits, with a full stop or a bracket or not ('A', 'B.', 'IV', '3)')
_GROUP_CODE_RE = re.compile(r"^(?:[A-ZÅÄÖ]|[IVX]{1,4}|\d{1,2})[.)]?$")


def _heads_code(code: str, below: str) -> bool:
    """The group code ('B', 'B.', '3') opens the number of the row below ('B1', 'B.1', '3.1')."""
    c = code.strip().rstrip(".)")
    return bool(re.match(re.escape(c) + r"[.:]?\d{1,2}\b", below.strip()))
_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\S)")


def _stems(text: str) -> list[str]:
    # a word's first five letters, or a word of four, folded (as `Builder._goal_of_group`);
    # no function word ('till', 'från'), which any two sentences may share
    return [fold(w)[:5] for w in words(text) if len(w) >= 4 and w.lower() not in FUNCTION_WORDS]


def goal_spoken_of(action: str, goals: list[tuple[str, str]]) -> str | None:
    """Of the goals (id, text) of the theme a title row named, the one the action shares a
    word with (at a word's start or inside a compound), if exactly one; else None (the
    action serves the theme's goals together)."""
    hits = goals_sharing_words(action, goals)
    return hits[0] if len(hits) == 1 else None


def goals_sharing_words(action: str, goals: list[tuple[str, str]]) -> list[str]:
    """The ids of the goals (id, text) the action shares a word with, as `goal_spoken_of` reads them."""
    stems = _stems(action)
    return [gid for gid, text in goals if any(st in fold(text) for st in stems)]


# --- an area's numbered title in capitals over its goal, out of its table (sixty-third set) ---
#
# One action table split by section rows '2 SPRÅK OCH UTBILDNING' (a row spanning the table)
# and under each a row 'Mål: <goal>' (`action_title` reads those rows in the table). Printed as
# cards or numbered actions, the section row becomes a card of its own -- a paragraph or an
# item '4.5 2 SPRÅK OCH UTBILDNING', or the last record of the card table above, its fields
# repeated from the record before it ("same as above") -- right before the goal. The numbered
# title in capitals is the area the goal under it belongs to, no action.
_PRINT_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\d)")  # a print's own number before it
_FIELD_LABEL_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:\s[a-zåäö]+)?:\s+(?=\d)")  # 'Åtgärd: 2 SPRÅK …'


def capital_section_title(text: str) -> str | None:
    """The title of a numbered area set in capitals ('2 SPRÅK OCH UTBILDNING' -> 'SPRÅK OCH
    UTBILDNING'; also after a print's number, '4.5 2 SPRÅK …', or a card's field label,
    'Åtgärd: 2 SPRÅK …'), else None. A title of nouns (`is_title_of_nouns`), every letter a
    capital, and its section number before it."""
    t = squash(text)
    t = _FIELD_LABEL_RE.sub("", t, count=1)
    t = _PRINT_NUMBER_RE.sub("", t, count=1)
    m = _NUMBER_RE.match(t)
    if not m:
        return None
    title = t[m.end():].strip()
    if not title or not title.isupper() or not is_title_of_nouns(title):
        return None
    return title
