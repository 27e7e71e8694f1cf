"""A column that refers to the programme's actions by their codes ('Uppgift': 'U1.1').

A project-style programme codes its tasks in the action tables ('Nr': 'U1.1' | 'Uppgift' |
...) and a later table -- the deliverables and their meters, a follow-up table -- names the
task each row belongs to by that code alone, under whatever header ('Uppgift', 'Kopplad
till', 'Avser'). A column whose every filled cell is the code of an action read before is
such a reference, whatever its header says: it is the table's action column, each row's
meter that action's (`read_tables.TableReader._action_cell_reference` reads the code).
The same holds for an action's dotted number printed in the action table's own number
column ('Nr': '1.2', the second action of goal 1) or before a listed action ('1.2. …';
`dotted_numbers`), referred to by it alone ('Hör till': '1.2' beside 'mål 3' for a meter of
a whole goal; fortieth set).
Only a table that has an indicator column and no action column of its own is read so, and
only when every filled cell of the column names a coded action (a column of the table's own
codes, 'Leverans': 'L1', names none).

classifiers/README.md, 'Agreements, working-group reports and project plans'.
"""

from __future__ import annotations

import re

from .action_goal_links import action_code
from .goal_lookup import bare_code, bare_number
from .inline_lists import lettered_reference
from .text import GOAL_LABEL_WORDS

# 'Mål A', 'Mål 3': one goal by its label and letter or number (also in brackets, '(mål 3)':
# a row that follows up no one task names the goal so among the task codes)
# (the label words: the shared main-goal list, text.GOAL_LABEL_WORDS: 'Målsättning 2',
# 'Tyngdpunkt B' too)
# (or by a dotted number, 'Mål 2.1': goals numbered within their theme; seventy-fourth set)
_GOAL_NAMED_RE = re.compile(rf"\(?(?i:{GOAL_LABEL_WORDS})\s+(?:[A-ZÅÄÖ]|\d{{1,2}}(?:\.\d{{1,2}})?)\)?")
# a single capital letter, the code of an area whose actions are coded 'A1', 'A2'
_LETTER_AREA_CODE_RE = re.compile(r"[A-ZÅÄÖ]")
# 'område 2': a goal named by the area it is set for, in a plan whose goals are one per
# numbered area ('Område 2: Utbildning' / 'Målsättning: …'); forty-first set
AREA_NAMED_RE = re.compile(r"\(?(?i:(?:insats|fokus|tema)?område(?:t)?)\s+(?P<num>\d{1,2})\)?")


def code_reference_column(rows: list[list[str]], roles: dict[int, str], coded: dict[str, str],
                          labelled: frozenset[str] | set[str] = frozenset()) -> int | None:
    """The column of `rows` (the table's body) whose filled cells are all codes of actions
    read before (`coded`: code -> measure; a dotted number a numbered list or an action
    table's number column gave counts as a code, `dotted_numbers`), when the table has an
    indicator column and no measure column; else None. Two such columns: None (which one the
    rows belong to is not said). `labelled`: the whole numbers actions were given ('Åtgärd 7'
    over an action's card, '7.' before a listed one), named so with the word for an action
    ('Åtgärd 7'; a bare '7' may be a count and names none)."""
    kinds = set(roles.values())
    if "indicator" not in kinds or "measure" in kinds or not (coded or labelled) or not rows:
        return None
    found = []
    meters = [c for c, r in roles.items() if r == "indicator"]
    for c in range(max(len(r) for r in rows)):
        # (a second meter column by its header, 'Följer upp' beside 'Indikator', whose cells
        # are codes: it says what the meter follows up, and states no meter)
        if c in roles and not (roles[c] == "indicator" and len(meters) >= 2):
            continue
        cells = [r[c].strip() for r in rows if c < len(r) and r[c].strip()]
        # (an action's own code, 'INT-03'; or a goal named by label, 'Mål A': a meter of the
        # whole goal among the actions' meters, `action_goal_links`)
        # (or an action named by its label and number, 'åtgärd 1.2', beside areas, 'område 1')
        codes = [bare_code(x) or action_code(x) or lettered_reference(x) or bare_number(x)
                 or _labelled_number(x, labelled) for x in cells]
        # (a whole number names an action only with the word for one, 'Åtgärd 7': `labelled`)
        named = [k in coded or (k in labelled and k == _labelled_number(x, labelled))
                 for k, x in zip(codes, cells)]
        if len(cells) >= 2 and all(n or _area_code(k or x, coded) or _GOAL_NAMED_RE.fullmatch(x)
                                   or AREA_NAMED_RE.fullmatch(x)
                                   for n, k, x in zip(named, codes, cells)) \
                and any(named):
            found.append(c)
    return found[0] if len(found) == 1 else None


def dotted_numbers(numbered: dict[str, str]) -> dict[str, str]:
    """The dotted action numbers ('1.2') of `numbered` (number -> measure), read as codes."""
    return {k: v for k, v in numbered.items() if "." in k}


def _area_code(code: str | None, coded: dict[str, str]) -> bool:
    """'S1' when actions are coded 'S1.1', 'S1.2': the code of the area those actions are
    numbered under, by which an indicator table names an area-level meter of no one action
    (a strategy's indicators 'Kod': 'S1' beside 'S1.4')."""
    # (or '2' when actions are lettered under area 2, '2 a', '2 b': `inline_lists.lettered_code`;
    # or the area letter 'A' when actions are coded 'A1', 'A2' -- a letter then a number, the
    # letter naming the area: fifty-fifth set)
    return bool(code) and (any(k.startswith((f"{code}.", f"{code} ")) for k in coded)
                           or bool(letter_area_codes(code, coded)))


def letter_area_codes(letter: str, coded: dict[str, str]) -> list[str]:
    """The codes of `coded` that are `letter` and a number ('A1', 'A2' of 'A'): the actions of
    the area so lettered; [] unless `letter` is one capital letter."""
    if not _LETTER_AREA_CODE_RE.fullmatch(letter):
        return []
    code_re = re.compile(rf"{re.escape(letter)}\d{{1,2}}")
    return [k for k in coded if code_re.fullmatch(k)]


def _labelled_number(cell: str, labelled: frozenset[str] | set[str] = frozenset()) -> str | None:
    """'åtgärd 1.2': the one dotted action number a cell names after the word for an action;
    or a whole one an action was given (`labelled`: 'Åtgärd 7' over its card; seventy-fourth set)."""
    from .read_tables import labelled_action_numbers  # (read_tables reads this module)

    nums = labelled_action_numbers(cell)
    return nums[0] if nums and len(nums) == 1 and ("." in nums[0] or nums[0] in labelled) else None
