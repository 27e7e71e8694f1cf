"""A cell that gives one line per action of its row, in the same order as the actions ('Ansvar
och år anges i samma ordning som aktiviteterna'): an action plan with one row per goal, its
actions as the lines of one cell and their responsible as the lines of the next.

A full line of a narrow cell ending on a name may be a wrap ('Ålands' / 'Näringsliv') or an
item of its own ('Fritidssekreteraren' / 'Centralvalnämnden'); the line width cannot tell
them apart. The count of the row's actions can: when reading such lines as wraps leaves
fewer items than the row has actions, and reading them as items of their own gives exactly
one per action, the cell is one line per action."""

from __future__ import annotations

import re

from .actors import ends_on_definite_noun
from .cells import split_lines_items, split_sure_wraps
from .label_vocab import FOLLOW_UP_NOUNS, METER_NOUNS, alt


def lines_per_action(text: str, n_actions: int, width: int | None = None, beside: str = "") -> list[str]:
    """The items of a cell's lines (wraps joined), one per action where the count of actions
    says a full line ending on a name ended its item -- only when the row's other cell
    `beside` (its time) gives one line per action too: the row is printed line for line; or
    when each line but the last closes on a noun in the definite form, a unit's whole name.
    Alone, a cell wrapped over as many lines as the row has actions says nothing ('Familjecentret
    i samarbete med Folkhälsan samt Mieli' / 'Egentliga Finland rf')."""
    items = split_lines_items(text, width)
    if n_actions < 2 or len(items) >= n_actions:
        return items
    strict = split_sure_wraps(text)
    if len(strict) != n_actions:
        return items
    # ... or where every line but the last closes on a noun in the definite form
    # ('Näringslivstjänsterna' / 'Personaltjänsterna' / 'Sysselsättningstjänsterna' beside one
    # time for the whole row): each line a unit's whole name, no wrap ('… samt Mieli' /
    # 'Egentliga Finland rf' goes on from a name, 'Ålands' / 'Näringsliv' from a genitive)
    if _times(beside) == n_actions or all(ends_on_definite_noun(x) for x in strict[:-1]):
        return strict
    return items


def _times(cell: str) -> int:
    """The lines of a time cell that each open a time of their own ('2025–2028' / '2025'); a
    line opening lower-case goes on from the one above ('Hösten 2024 och' / 'därefter ...')."""
    lines = [ln.strip() for ln in (cell or "").splitlines() if ln.strip()]
    return sum(1 for k, ln in enumerate(lines) if k == 0 or not ln[:1].islower())


# A reading guide saying what a table's follow-up column holds: how the goal is followed up
# ('I sista kolumnen anges hur målet följs upp', 'Uppföljningen visar hur målen nås')
# (or, with the follow-up or the meters as the subject, that they are said of the goal as a
# whole: 'Uppföljningen gäller målet som helhet', 'Mätarna avser hela målet', 'Indikatorerna
# följer upp målen, inte de enskilda åtgärderna' -- a verb of concerning, then the goal; or
# given per goal, 'Mätarna anges efter åtgärderna för varje mål')
_SAYS_GOAL_FOLLOWED_UP_RE = re.compile(
    r"\bkolumn\w*\b[^.]*\bhur\s+mål(?:et|en)\s+(?:följs\s+upp|nås|uppnås)\b"
    r"|\bhur\s+mål(?:et|en)\s+följs\s+upp\b[^.]*\bkolumn"
    rf"|\b{alt(FOLLOW_UP_NOUNS + METER_NOUNS)}\s+(?:gäller|avser|hör\s+till|följer\s+upp|mäter)\s+"
    r"(?:hela\s+)?mål(?:et|en)(?:\s+som\s+(?:en\s+)?helhet)?\b"
    # ('Mätarna anges efter åtgärderna för varje mål': given per goal, after its actions)
    rf"|\b{alt(FOLLOW_UP_NOUNS + METER_NOUNS)}\s+(?:anges|redovisas|listas|gäller|avser)\b[^.]{{0,40}}?"
    r"\bför\s+(?:varje|respektive|hela|det\s+enskilda)\s+mål(?:et)?\b", re.I)


def says_follow_up_of_goal(paragraph: str) -> bool:
    """A sentence saying a table's column tells how the goal is followed up: the indicators
    of a row are its goal's, however many actions the row has."""
    return bool(_SAYS_GOAL_FOLLOWED_UP_RE.search(" ".join((paragraph or "").split())))
