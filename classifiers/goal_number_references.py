"""A section that names the goal it serves by that goal's number.

Programmes that list their goals once, numbered ('1. Nyinflyttade får ...', 'Mål 2: ...'),
and then give a chapter or article per field of work often say in the chapter's opening
text which of those goals it carries out: 'Artikeln genomför avtalets mål 1.', 'Kapitlet
hör till mål 3.', 'Insatserna nedan bidrar till mål 2.'. The chapter's actions are then that
goal's, and the chapter's heading is the goal's theme (the goal list's own heading, 'Syfte
och mål', names no field).

- `goal_number(goal_text)`: the number a listed goal carries ('1.', '2)', 'Mål 3:'), or None.
- `referenced_goal_number(text)`: the one goal number a paragraph names ('mål 1', 'målet
  nr 2'), None when it names none or several (a paragraph naming several goals assigns
  nothing).
- `actions_keyed_to_goals(text)`: a sentence saying which numbered actions serve which of the
  goals stated before it ('Åtgärderna 3.1 och 3.3 gäller den första målsättningen och åtgärd
  3.2 den andra.'), as a chapter stating two goals over one action table does.

classifiers/README.md, 'Agreements, working-group reports and project plans'.
"""

from __future__ import annotations

import re

from .label_vocab import ACTION_NOUNS, alt
from .number_ranges import expand_numbers
from .text import fold, squash

# a listed goal's own number: '1. ', '2) ', 'Mål 3: ', 'Mål 3. '
_GOAL_NUMBER_RE = re.compile(r"^(?:mal\s+)?(\d{1,2})\s*[.):]\s+")
# a goal named by its number in running text: 'mål 1', 'målet 2', 'mål nr 3', 'delmål 4'
# (folded: 'mål' -> 'mal'); not 'mål 1.2' (a sub-goal's code) and not a year ('mål 2025')
_REFERENCE_RE = re.compile(r"\b(?:del)?mal(?:et)?\s+(?:nr\.?\s+|nummer\s+)?(\d{1,2})\b(?![.,]\d)")


def goal_number(goal_text: str) -> str | None:
    m = _GOAL_NUMBER_RE.match(fold(squash(goal_text)))
    return m.group(1) if m else None


def referenced_goal_number(text: str) -> str | None:
    found = {m.group(1) for m in _REFERENCE_RE.finditer(fold(squash(text)))}
    return found.pop() if len(found) == 1 else None


def goals_by_number(goals) -> dict[str, object]:
    """Listed goals by their own number, when every number is carried once."""
    out: dict[str, object] = {}
    for g in goals:
        num = goal_number(g.text)
        if num is None:
            continue
        if num in out:
            return {}  # two goals numbered alike (numbered per chapter): no reference is unique
        out[num] = g
    return out


# A sentence keying the actions of a section, by their numbers, to the goals stated just before
# it when the section states more than one: 'Åtgärderna 3.1 och 3.3 gäller den första
# målsättningen och åtgärd 3.2 den andra.', 'Åtgärd 4.2 hör till mål 2.', 'Åtgärderna 2.1–2.3
# stöder det första målet, åtgärderna 2.4 och 2.5 det andra.' -- the goal named by its place
# among the goals stated (an ordinal) or by its number; a clause after the first may leave the
# verb out. (folded text: 'åtgärd' -> 'atgard', 'mål' -> 'mal')
_NUMBER = r"\d{1,2}(?:\.\d{1,2})*"
# (the word for an action any of the shared action nouns, 'Insatserna 1–2 …', 'Aktivitet 3 …':
# label_vocab.ACTION_NOUNS; seventy-fourth set)
_KEYED_ACTIONS_RE = re.compile(
    rf"\b{alt(ACTION_NOUNS, folded=True)}\s+(?:nr\.?\s+)?(?P<nums>{_NUMBER}(?:\s*(?:,|och|samt|[–—-])\s*{_NUMBER})*)\b")
_KEYING_VERB_RE = re.compile(r"\b(?:galler|hor\s+till|stoder|bidrar\s+till|tjanar|avser|ar\s+kopplad(?:e|a)?\s+till)\b")
_ORDINAL_WORDS = ("forsta", "andra", "tredje", "fjarde", "femte", "sjatte")
_GOAL_NOUN = r"(?:del)?mal(?:et|en)?|(?:del)?malsattning(?:en|ar|arna)?"
_GOAL_BY_PLACE_RE = re.compile(r"\b(?:den|det)\s+(?P<ord>" + "|".join(_ORDINAL_WORDS) + rf")\b(?:\s+(?:{_GOAL_NOUN})\b)?")
_GOAL_NOUN_RE = re.compile(rf"\b(?:{_GOAL_NOUN})\b")
_GOAL_BY_NUMBER_RE = re.compile(rf"\b(?:{_GOAL_NOUN})\s+(?:nr\.?\s+)?(?P<num>\d{{1,2}})\b(?![.,]\d)")


def actions_keyed_to_goals(text: str) -> list[tuple[list[str], int | str]] | None:
    """[(action numbers, goal)] of a sentence keying numbered actions to goals (see above): the
    goal its place among the goals stated, from 0 (an int), or its number (a str). None for any
    other text: every action-number clause must name its goal, and the sentence must say how
    the actions relate to a goal ('gäller', 'hör till', 'stöder', 'bidrar till')."""
    flat = fold(squash(text)).rstrip(".")
    found = list(_KEYED_ACTIONS_RE.finditer(flat))
    if not found or not _KEYING_VERB_RE.search(flat) or not _GOAL_NOUN_RE.search(flat):
        return None
    out: list[tuple[list[str], int | str]] = []
    for k, m in enumerate(found):
        clause = flat[m.end():found[k + 1].start() if k + 1 < len(found) else len(flat)]
        place, number = _GOAL_BY_PLACE_RE.search(clause), _GOAL_BY_NUMBER_RE.search(clause)
        first = min((x for x in (place, number) if x), key=lambda x: x.start(), default=None)
        if first is None:
            return None
        nums = expand_numbers(m.group("nums"))
        if not nums:
            return None
        out.append((nums, _ORDINAL_WORDS.index(first.group("ord")) if first is place else first.group("num")))
    return out
