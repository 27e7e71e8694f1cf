"""Actions listed with a code of their own and referred to by it.

Programmes that number their actions by chapter often print the code before each action
('II.a Vi startar ...', 'V.b Vi ordnar ...', '3.2 Kommunen ...') and refer to an action by
that code alone elsewhere: a follow-up field names what each indicator follows up in a
closing parenthesis ('Så följer vi upp: antal mentorpar (II.a); ...'), and a table row that
holds several actions in one cell matches the lines of its other cells to them by the code
at the start of each line ('II.a kansliet' / 'II.b kulturbyrån'). A parenthesis naming the
whole area instead ('(hela fokusområdet)', '(hela målet)') says the indicator follows up the
goal, no one action."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import BULLET_RE

# a code as programmes print them before an action: a roman or arabic chapter number and a
# letter or number ('II.a', 'IV.c', '3.2', '3.2.1'), or a letter and number ('A1', 'B2.1')
CODE = r"(?:[IVX]{1,5}|\d{1,2})(?:\.(?:[a-zåäö]|\d{1,2})){1,2}|[A-ZÅÄÖ]{1,2}\d{1,2}(?:\.\d{1,2})?"
_CODE_RE = re.compile(rf"^(?:{CODE})$")
# (after the running number a card layout may set before it: '1.1 V.a Vi grundar ...')
_LEADING_CODE_RE = re.compile(rf"^\s*(?:\d{{1,2}}(?:\.\d{{1,2}})+\s+(?=[IVX]{{1,5}}\.[a-zåäö]\s))?({CODE})\.?\s+(?=\S)")
# (the sentence's full stop may close it: 'antal utlåtanden (V.a).' as a card's last field,
# where no list of indicators cut it off)
_CLOSING_RE = re.compile(r"\s*\(([^()]{1,40})\)\s*\.?\s*$")
# '(hela fokusområdet)', '(hela målet)', '(hela insatsområdet)': the whole area or goal
_WHOLE_RE = re.compile(r"^hela\s+[\wåäö-]+$", re.I)


@dataclass
class Reference:
    text: str  # the indicator without the parenthesis
    code: str | None  # the action code it names, or None
    whole: bool  # it names the whole area or goal


def closing_reference(text: str) -> Reference | None:
    """The action code or the whole area a text names in its closing parenthesis, or None."""
    m = _CLOSING_RE.search(text)
    if not m:
        return None
    inner = m.group(1).strip()
    rest = text[:m.start()].rstrip()
    if not rest:
        return None
    if _CODE_RE.match(inner):
        return Reference(rest, inner, False)
    if _WHOLE_RE.match(inner):
        return Reference(rest, None, True)
    return None


def leading_code(text: str) -> str | None:
    """The code an action's text opens with ('II.a Vi startar ...' -> 'II.a'), or None."""
    m = _LEADING_CODE_RE.match(BULLET_RE.sub("", text, count=1))
    return m.group(1) if m else None


def measure_by_code(measures, code: str) -> str | None:
    """The id of the last measure whose text opens with `code`, or None."""
    return next((m.id for m in reversed(measures) if leading_code(m.text) == code), None)


# a line of a table cell opening with a chapter's code and a letter ('V.a Vi grundar ...',
# 'V.b kulturbyrån', '3.c 2026'): one part per action of a row that lists several
CHAPTER_CODE = r"(?:[IVX]{1,5}|\d{1,2})\.[a-zåäö]"
_CHAPTER_LINE_RE = re.compile(rf"^\s*({CHAPTER_CODE})\.?\s+(?=\S)")


def chapter_code(line: str) -> str | None:
    """The chapter-and-letter code a line opens with ('V.b kulturbyrån' -> 'V.b'), or None."""
    m = _CHAPTER_LINE_RE.match(line)
    return m.group(1) if m else None


def without_action_key(value: str) -> str:
    """An actor value of one line without the chapter code keying it to its action ('V.a
    kansliet' -> 'kansliet'): a card printed from a table row whose lines were matched by
    code keeps the key, which is no part of the name."""
    code = chapter_code(value) if "\n" not in value.strip() else None
    return value.strip()[len(code):].lstrip(". ") if code else value
