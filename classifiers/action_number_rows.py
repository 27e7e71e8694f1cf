"""An appendix grouping actions printed elsewhere under the goals, by the actions' numbers.

A programme may number its actions across the whole document ('1. Arbetskrafttjänsterna
inför ...', '14. Personalen får ...') under theme headings with no goals there, and order them
under the goals only in an appendix table: 'Tema | Mål | Åtgärd nr | Ansvarig | Tidtabell',
the goal filled once per group and each row naming one action as 'Åtgärd 13'. Such a row
states no action of its own, also the first row of a group beside its goal: it gives the
numbered action printed before its goal, actors and schedule.
"""

from __future__ import annotations

import re
from typing import Callable

from .goal_numbered_segments import closing_number
from .text import squash


def labels_action_numbers(text: str | None) -> bool:
    """Does the cell only name actions by the word for an action and their numbers
    ('Åtgärd 13', 'Åtgärderna 3 och 4')?"""
    from .read_tables import labelled_action_numbers
    return bool(text) and labelled_action_numbers(squash(text).rstrip(".")) is not None


def give_goal_to(mids: list[str], measure: Callable, goals: list[str]) -> None:
    """The row's goal for each action it names by number that has no goal of its own yet."""
    if not goals:
        return
    for mid in mids:
        m = measure(mid)
        if not m.goal:
            m.goal, m.goals = goals[0], list(goals)


def closing_action_number(text: str, measure_of: Callable, goal_of: Callable,
                          said_actions: bool = False) -> tuple[str, str] | None:
    """(item without the number, measure) for a meter closed by a bare bracketed number
    that is the number of an action the document numbered across ('antal besök i
    läxhjälpen (7)' under 'Följande mätare används (åtgärdens nummer inom parentes):'): the
    action it counts. Not when a goal has that number too (the number could be either), nor
    when no action has it (a count, a footnote)."""
    # a follow-up item closed by a bare number in brackets: 'antal besök i läxhjälpen (7)'
    # (or a dotted one, '(2.1)': an action numbered under its area, 'Nr': '2.1', as a legend
    # may say -- fifty-fifth set; without one, the number of an action and of no goal, as a
    # bare number is read: the follow-up list under an area's actions '1.1 …', '1.2 …')
    closed = closing_number(text) or _closing_dotted(text)
    if not closed:
        return None
    item, num = closed
    mid = measure_of(num)
    if not mid or (goal_of(num) and not said_actions):
        # (unless the list's lead-in said the brackets hold the actions' numbers,
        # `action_number_legends`)
        return None
    return item, mid


_CLOSING_DOTTED_RE = re.compile(r"\s*\((\d{1,2}(?:\.\d{1,2})+)\)\s*\.?\s*$")


def _closing_dotted(text: str) -> tuple[str, str] | None:
    """(text before, number) of a text closed by a dotted number in brackets ('antal
    vänpar (2.1)'), else None."""
    m = _CLOSING_DOTTED_RE.search(text)
    if not m or not text[:m.start()].strip():
        return None
    return text[:m.start()].rstrip(), m.group(1)


# a legend of the list's brackets: '(åtgärdens nummer inom parentes)', '(målgrupp i parentes)',
# also with more said after it ('(åtgärdens nummer inom parentes, eller områdets nummer när
# mätaren gäller hela området)': fifty-fifth set)
# The same legend may be a clause of the lead-in, set off by a semicolon or a comma rather than
# brackets: 'Följande indikatorer följs upp; numret inom parentes anger målet:', '…, siffran i
# parentesen visar åtgärden:' -- notation still, the goal or action it names no item of the list.
_BRACKET_LEGEND_RE = re.compile(r"\([^()]*\b(?:inom|i)\s+parentes(?:en)?\b[^()]*\)"
                                r"|(?<=[;,])[^;,()]*\b(?:inom|i)\s+parentes(?:en)?\b[^;,()]*", re.I)


# the words of such a legend before 'inom parentes' ('(ansvarig, samarbetspartner, tidtabell
# inom parentes)'), set apart by commas, 'och' or semicolons
_LEGEND_WORDS_RE = re.compile(r"\(([^()]*?)\s+(?:anges\s+|står\s+)?(?:inom|i)\s+parentes(?:en)?\s*\)", re.I)


def legend_names_action_fields(text: str, role_of: Callable[[str], str | None]) -> bool:
    """True when a lead-in's bracket legend lists the fields of an action -- who does it and
    with whom or when ('Kommunen stöder dem på följande sätt (ansvarig, samarbetspartner,
    tidtabell inom parentes):'): the items it introduces are actions, each closing with those
    fields in brackets, whatever the sentence before the legend calls them. `role_of` gives
    a header word's role (`headers.header_role`); a legend naming a number or a target group
    ('(åtgärdens nummer inom parentes)') names no doer."""
    m = _LEGEND_WORDS_RE.search(text)
    if m is None:
        return False
    roles = {role_of(w.strip()) for w in re.split(r",|;|\s+och\s+", m.group(1)) if w.strip()}
    return "responsible" in roles and bool(roles & {"partners", "schedule"})


def without_asides(text: str) -> str:
    """A list's lead-in without a parenthesis that is a legend of the list's brackets
    ('Följande mätare används (åtgärdens nummer inom parentes):' -- the bracketed numbers
    are actions' numbers): it explains notation, it does not say what the list holds. Any
    other parenthesis is read ('Pågående verksamhet (ingår inte i planens åtgärder):')."""
    return _BRACKET_LEGEND_RE.sub(" ", text)


# a lead-in's legend of the list's brackets: 'Målgruppen inom parentes.', '(målgrupp inom parentes)'
_TARGET_GROUP_LEGEND_RE = re.compile(r"\bmålgrupp(?:en|erna)?\s+(?:anges\s+|står\s+)?inom\s+parentes", re.I)
_CLOSING_PAREN_RE = re.compile(r"\s*\([^()]+\)\s*\.?$")


def names_target_group_brackets(text: str) -> bool:
    """Does a paragraph say the brackets of the list after it hold the target group
    ('... och redovisar dem för förbundsstyrelsen. Målgruppen inom parentes.')?"""
    return bool(_TARGET_GROUP_LEGEND_RE.search(text or ""))


def without_target_group(item: str) -> str:
    """A meter without its closing bracket, the target group the legend said it holds
    ('antal inskrivningssamtal med tolk (barn och unga)' -> 'antal inskrivningssamtal med
    tolk'): whom it is counted for, not what is counted."""
    stripped = _CLOSING_PAREN_RE.sub("", item)
    return stripped if stripped.strip() else item
