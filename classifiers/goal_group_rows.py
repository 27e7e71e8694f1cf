"""Goal rows of an action table without a goal column: the goal stated alone in the action
column, every other cell of its row empty, over the actions that serve it.

A word processor's action table often groups its rows under the programme's goals by giving
each goal a row of its own (set in bold, 'Åtgärderna är grupperade under programmets mål')
instead of a column: 'Nyinflyttade hittar snabbt rätt service' | '' | '' over
'Välkomstpaket … skickas …' | 'Kommunikationsenheten' | '2025'. A row filling only its action
cell may also be an action whose empty cells repeat the ones above ("same as above"), so the
group reading is taken only where that one cannot be: the table's FIRST body row fills its
action cell alone (there is nothing above it to repeat) and the row under it fills its action
cell and more (an action with its doer or time). That first row is then no action but the
head of a group, and every other row of the same shape in the table (alone in the action
column, over a row of an action with its fields) heads a group the same way: one table
prints its group rows alike. A title of nouns among them is a theme's title
(`action_title_rows`, read first); a statement is a goal.

The goal may be led in by its theme's name, 'SPRÅK: Alla vuxna får språkundervisning …'
(the area in capitals or not, `theme_lead_in`): the name is no field label, so the row heads
its group all the same; the name is the goal's theme (`group_row_goal`).
"""

from __future__ import annotations

import re

from .council_decision import area_goal
from .headers import any_label
from .label_vocab import GOAL_NUMBERED, alt
from .theme_lead_in import theme_lead_in


def _filled(row: list[str]) -> list[int]:
    return [c for c, x in enumerate(row) if x.strip()]


def _unlabelled(text: str) -> bool:
    text = " ".join(text.split())
    # (... or the goal's label, number and area before it, 'MÅL 1 – Arbete: <goal>',
    # `council_decision.area_goal`: the row states its goal all the same)
    return bool(text) and text[0].isalpha() and ((not any_label(text) or theme_lead_in(text) is not None)
                                                 and not _LABEL_NUMBER_RE.match(text) or area_goal(text) is not None)


def group_row_goal(text: str) -> tuple[str, str | None]:
    """(goal, theme) of a group row's cell: the theme's name leading the goal in ('ARBETE:
    Invandrare har ett arbete …' -> ('Invandrare har ett arbete …', 'ARBETE')), else the
    cell as it is and no theme."""
    text = " ".join(text.split())
    if (labelled := area_goal(text)) is not None:
        return labelled.text, labelled.area
    lead = theme_lead_in(text)
    return (lead.text, lead.theme) if lead else (text, None)


# a label with a number opening the text ('Mål 2. …', 'Delmål 1.1 …')
_LABEL_NUMBER_RE = re.compile(r"^[A-ZÅÄÖa-zåäö]+\s+\d{1,2}(?:\.\d{1,2})*\b")


def goal_group_rows(rows: list[list[str]], measure_col: int | None) -> set[int]:
    """Indices of the rows that head a group of actions (see the module doc); empty when the
    table's first body row is an action of its own or the table has no action column."""
    if measure_col is None or len(rows) < 2:
        return set()

    def lone(k: int) -> bool:
        # (a row labelling itself, '▓ MÅL: …', 'Mål 2. …', is read by its label elsewhere)
        return _filled(rows[k]) == [measure_col] and _unlabelled(rows[k][measure_col])

    def action(k: int) -> bool:
        f = _filled(rows[k])
        return measure_col in f and len(f) >= 2

    if not (lone(0) and action(1)):
        return set()
    return {k for k in range(len(rows) - 1) if lone(k) and action(k + 1)}


# a group's number or code opening its row's one cell: '1. ', '2 ', 'A. ', 'III ', 'B) ' --
# after the goal's label or not ('Mål 1. ', 'Delmål 2: ', label_vocab.GOAL_NUMBERED)
_GROUP_NUMBER_RE = re.compile(rf"^(?:(?i:{alt(GOAL_NUMBERED)})\s+)?((?:\d{{1,2}}|[A-ZÅÄÖ]|[IVX]{{1,4}}))[.:)]?\s+(?=\S)")
# an action's number or code alone in its cell ('1.1', '3', 'A2', 'B.1')
_ACTION_NUMBER_RE = re.compile(r"^(?:[A-ZÅÄÖ]\.?)?\d{1,2}(?:[.:]\d{1,2})*\.?$")


def group_number(text: str) -> tuple[str, str] | None:
    """(number, text) of a group row's cell led by the group's number or code ('2. Skola:
    <goal>' -> ('2', 'Skola: <goal>')), its text holding words; else None."""
    text = " ".join((text or "").split()).rstrip(".")
    m = _GROUP_NUMBER_RE.match(text)
    if m is None or not any(ch.isalpha() for ch in text[m.end():]):
        return None
    return m.group(1), text[m.end():]


def heads_number(code: str, below: str) -> bool:
    """The group's code opens the action number under it: '1' over '1.1' or '1:2', 'B' over
    'B1' or 'B.1' (a number's parts are set apart by a full stop: '1' does not head '12')."""
    sep = r"[.:]" if code.isdigit() else r"[.:]?"
    return bool(re.match(re.escape(code) + sep + r"\d{1,2}\b", below.strip()))


def numbered_group_rows(rows: list[list[str]], roles: dict[int, str],
                        measure_col: int | None) -> dict[int, tuple[str, str]]:
    """{row: (number, text)} of the group rows an action table prints in its number column:
    'Nr | Åtgärd | Ansvarig | …' whose actions are numbered by their group ('1.1', '1.2', '2.1')
    and each group opens with a row filling only the number cell, '1. Vägledning och service:
    <goal>' (a sub-heading row of a word processor's table, its text in the first cell and the
    other cells left empty) -- or only the action cell, its number leading it as well. The group's number heads the number of the action right under it
    ('1.' over '1.1', 'B' over 'B1'): the row is the head of that group -- its goal, or a title
    naming the group's theme -- and no action (an action fills its action cell). The text is
    given without its number."""
    if measure_col is None:
        return {}
    out: dict[int, tuple[str, str]] = {}
    for k in range(len(rows) - 1):
        filled = _filled(rows[k])
        if len(filled) != 1 or (filled[0] != measure_col and filled[0] in roles):
            continue
        c = filled[0]
        head = group_number(rows[k][c])
        below = rows[k + 1]
        below_filled = _filled(below)
        if measure_col not in below_filled or len(below_filled) < 2:
            continue
        # the action's number in the same column, or (the group row's text in the action
        # column) in the action row's first cell or opening its action cell
        if head is not None and any(heads_number(head[0], below[x]) for x in {c, below_filled[0]} if x < len(below)):
            out[k] = head
        elif (c != measure_col and c < len(below) and _ACTION_NUMBER_RE.match(below[c].strip())
              and (rows[k][c].strip()[:1].isalpha()
                   # (a number of its own over a number of parts it does not head, '3.' over
                   # '2.2', is no group's: only actions numbered through say nothing of it)
                   or (head is not None and below[c].strip().rstrip(".").isdigit()))):
            # ... or words alone in the number column over a numbered action, with no number
            # heading its number ('Boende: <goal>' over '1', '2. <goal>' over '4', the actions
            # numbered through): no action fills only the number cell -- the group's head all
            # the same
            # (a letter before the words may be a word of the sentence, 'I Exby ska …')
            out[k] = head if head is not None and head[0].isdigit() else (
                "", " ".join(rows[k][c].split()).rstrip("."))
    return out


def _in_capitals(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def capital_area_goal(text: str) -> tuple[str, str] | None:
    """(goal, area) of a cell or line 'SPRÅK: Alla vuxna får …': the area's name in capitals
    leading a goal statement in (`theme_lead_in`), as an action table's group row prints it;
    else None. The capitals set the line apart from a field or a titled paragraph ('Bakgrund:
    …', 'Språkcafé: Biblioteket ordnar …')."""
    lead = theme_lead_in(text or "")  # (which reads the text with its spacing squashed)
    if lead is None or not _in_capitals(lead.theme) or _in_capitals(lead.text):
        return None
    return lead.text, lead.theme


def _numbered_area_goal(text: str) -> tuple[str, str] | None:
    """(goal, area) of a group row cell 'MÅL 2 – Språk: Alla har …' (`area_goal`): the goal
    number and the area before the statement, as an action table's group row prints it."""
    g = area_goal(text)
    return (g.text, g.area) if g else None


def row_area_goal(text: str) -> tuple[str, str] | None:
    """(goal, area) of an action table's group row cell: 'SPRÅK: Alla vuxna får …'
    (`capital_area_goal`) or 'MÅL 2 – Språk: Alla har …' (the goal's number and area)."""
    return capital_area_goal(text) or _numbered_area_goal(text)


def capital_area_group_goal(text: str, next_is_card: bool) -> tuple[str, str] | None:
    """(goal, area) of such a group row printed in a text style, where the table is printed
    as one card (record) per row: the row's cell on a line of its own right over the cards
    (`next_is_card`), 'SPRÅK: Alla vuxna får …', or the cell as a card's action field of its
    own, 'Åtgärd: BARN OCH UNGA: Barn och unga har …'. Else None."""
    from .records import fields  # (records imports the table readers' helpers)

    fs = fields(text)
    if fs and len(fs) == 1 and fs[0][0] == "measure":
        return row_area_goal(fs[0][2])
    if fs and fs[0][0] == "measure" and (g := _numbered_area_goal(fs[0][2])):
        # 'Åtgärd: MÅL 2 – Språk: Alla …' with the cells above repeated after it (a print that
        # reads an empty cell as "same as above"): the goal number names the row a group row
        return g
    return capital_area_goal(text) if not fs and next_is_card else None


def repeats_row_above(row: list[str], above: list[str], measure_col: int) -> bool:
    """Every cell of the row but its action cell is empty or the same as the row above's: a
    row that filled only its action cell, printed with the cells above repeated (a print
    that reads an empty cell as "same as above")."""
    return all(not x.strip() or (c < len(above) and " ".join(x.split()) == " ".join(above[c].split()))
               for c, x in enumerate(row) if c != measure_col)
