"""Actions numbered '1)', '2)' in one cell, and who does which by those numbers.

A goal card ('Målkort') lists its actions in one cell as '1) ...' / '2) ...' and says who does
each in another cell by the actions' numbers in brackets after each name: 'Servicepunkten
(1, 3), biblioteket (2). Samarbete: Kustö Varv Ab (2)'. The numbers are the card's own (each
card starts at 1), so they key the actors to the actions of that cell only.
"""

from __future__ import annotations

import re

from .number_ranges import NUMBER_LIST, expand_numbers
from .label_vocab import ACTION_NOUNS, COOP_PHRASE, PARTNER_LABELS, alt

# a line opening with a number and a closing bracket: '1) Servicepunkten skickar ...' (or the
# number alone on its line, the item's first word too long for the narrow cell and wrapped
# below it: '1)' / 'Bostadsrådgivning på …' / '2) En förteckning …')
_PAREN_NUMBER_RE = re.compile(r"^\s*(\d{1,2})\)(?:\s+(?=\S)|\s*$)")


def paren_number(line: str) -> str | None:
    m = _PAREN_NUMBER_RE.match(line)
    return m.group(1) if m else None


def without_paren_number(text: str) -> str:
    return _PAREN_NUMBER_RE.sub("", text, count=1)


def paren_number_marks(lines: list[str]) -> list[bool]:
    """Per line: does it open an item of a list numbered '1)', '2)', ... in order? Only a list
    that starts at 1 on the first line and counts on by one: a wrapped line that happens to
    open with '2)' mid-sentence is not a list, nor is a single '1)'."""
    marks = [False] * len(lines)
    if not lines or paren_number(lines[0]) != "1":
        return marks
    expected = 1
    for k, ln in enumerate(lines):
        if paren_number(ln) == str(expected):
            marks[k] = True
            expected += 1
    return marks if expected > 2 else [False] * len(lines)


# 'Name (1, 3)' / 'Name (2 och 3)': a name and the action numbers it does
# ... the numbers after the word for the actions ('Bildningsavdelningen (åtgärd 1–2)',
# '(åtgärderna 1 och 3)', '(insats 2)'; the nouns: label_vocab.ACTION_NOUNS)
_KEYED_NAME_RE = re.compile(rf"([^,;()]+?)\s*\((?:\s*{alt(ACTION_NOUNS)}\.?\s+)?(\s*{NUMBER_LIST}\s*)\)", re.I)
# 'Samarbete:' / 'I samarbete med' / 'I samverkan med' / 'Samarbetspartner:' / 'Partner:': the
# partners of the numbered actions (a whole word: 'Partnerskapet X (2)' names a doer)
_PARTNER_LEAD_RE = re.compile(
    rf"^\s*(?:{COOP_PHRASE}|(?:i\s+)?{alt(PARTNER_LABELS)}(?:\s+med)?)(?!\w)\s*:?\s*", re.I)


# a bracket naming the actions by the word for them and their numbers ('(åtgärd 1–2)')
_NAMES_ACTIONS_RE = re.compile(rf"\(\s*{alt(ACTION_NOUNS)}\.?\s+{NUMBER_LIST}\s*\)", re.I)


def actors_by_number(text: str, numbers: list[str | None]) -> list[tuple[list[str], list[str]]] | None:
    """(responsible, partners) for each action number of `numbers` from a cell that follows
    every name with the numbers of the actions it does ('Servicepunkten (1, 3), biblioteket
    (2). Samarbete: Kustö Varv Ab (2)'), else None. Every name must carry numbers and every
    action must get a responsible: a bracket that is no such key ('Biblioteket (Kustö)') leaves
    the cell to the other readings."""
    if numbers and not any(numbers) and _NAMES_ACTIONS_RE.search(text or ""):
        # actions printed without numbers ('- …' lines of one cell) and a cell naming them
        # as 'åtgärd 1–2': the numbers count the cell's actions in order
        numbers = [str(k) for k in range(1, len(numbers) + 1)]
    if not text or len(numbers) < 2 or not all(numbers):
        return None
    flat = " ".join(text.split())
    resp: dict[str, list[str]] = {n: [] for n in numbers}
    partners: dict[str, list[str]] = {n: [] for n in numbers}
    for sentence in re.split(r"(?<=\))\s*[.;]\s*", flat):
        if not sentence.strip():
            continue
        is_partner = bool(_PARTNER_LEAD_RE.match(sentence)) and not sentence.lstrip()[:1].isdigit()
        body = _PARTNER_LEAD_RE.sub("", sentence, count=1) if is_partner else sentence
        keyed = list(_KEYED_NAME_RE.finditer(body))
        rest = _KEYED_NAME_RE.sub("", body)
        if not keyed or re.sub(r"[\s,.;]|\boch\b", "", rest):
            return None
        for m in keyed:
            name = re.sub(r"^\s*(?:och|samt)\s+", "", m.group(1).strip(" ,"))
            for n in expand_numbers(m.group(2)):
                if n not in resp:
                    return None
                target = partners if is_partner else resp
                if name not in target[n]:
                    target[n].append(name)
    if not all(resp[n] for n in numbers):
        return None
    return [(resp[n], partners[n]) for n in numbers]
