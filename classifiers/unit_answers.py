"""Questions sent to the units and their answers (twenty-seventh blind set).

A small municipality may prepare its programme by asking each unit how it will serve new
residents, and print the questions and the units' answers as the plan's actions:

    Fråga till barnomsorgen: Hur ordnar ni stöd i svenska för barn ...?      (a heading)
    Svar: Vi har redan en barnskötare ... . Från hösten 2025 gör vi ... . Tidpunkt: 2025.

The question names the unit it was sent to ('Fråga till <unit>:'): that unit answers for the
action, as an 'Ansvar' field would say. The answer first tells what the unit does already
and then what it will do -- the commitment, its last sentence, is the action; what is already
done is background. A time field after it ('Tidpunkt: ...') dates the action. A question
without an answer ('Frågor som förts vidare') is no action.

Each pair is rewritten into one record paragraph ('Åtgärd: ... Ansvarig: ... Tidpunkt: ...'),
which the record reading (`records.fold_records`) turns into a row of an action table under
the goal heading above.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .headers import header_role
from .text import sentences, squash

# 'Fråga till barnomsorgen: Hur ordnar ni ...?' (after a heading number too)
_QUESTION_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:Fråga|Frågan|Frågor)\s+till\s+"
                          r"(?P<unit>[^:?]{2,60}?)\s*:\s+(?P<question>\S[^:]*\?)\s*$", re.S)
# 'Svar: ...', 'Enhetens svar: ...', 'Svaret: ...'
_ANSWER_RE = re.compile(r"^\s*(?:[^\W\d_]+s\s+)?(?:svar|svaret)\s*:\s+(?P<answer>\S.*)$", re.S | re.I)
# a field after the end of a sentence ('. Tidpunkt: 2025.')
_FIELD_RE = re.compile(r"(?:^|(?<=[.;]))\s*(?P<label>[A-ZÅÄÖ][\wåäö ]{1,25}):\s+")


def _answer_fields(answer: str) -> tuple[str, list[tuple[str, str]]]:
    """(answer text, [(label, value)]) of an answer closed by labelled fields."""
    marks = [m for m in _FIELD_RE.finditer(answer) if header_role(m.group("label"))]
    if not marks:
        return answer, []
    text = answer[:marks[0].start()]
    fields = [(m.group("label"), answer[m.end():(marks[k + 1].start() if k + 1 < len(marks) else len(answer))])
              for k, m in enumerate(marks)]
    return text, [(label, squash(value).rstrip(".").strip()) for label, value in fields]


def fold_unit_answers(elements: list[Element]) -> list[Element]:
    """Each question heading to a unit followed by its answer paragraph (and the answer's
    field paragraphs), rewritten as one record paragraph of the action, its unit and time."""
    out: list[Element] = []
    i = 0
    while i < len(elements):
        el = elements[i]
        q = _QUESTION_RE.match(squash(el.text)) if el.kind == "heading" else None
        nxt = elements[i + 1] if i + 1 < len(elements) else None
        a = _ANSWER_RE.match(squash(nxt.text)) if q and nxt is not None and nxt.kind == "para" else None
        if not a:
            out.append(el)
            i += 1
            continue
        answer = a.group("answer")
        j = i + 2
        # the answer's fields printed as paragraphs of their own ('Tidpunkt: Fortlöpande.')
        while j < len(elements) and elements[j].kind == "para" and _FIELD_RE.match(squash(elements[j].text)) \
                and header_role(_FIELD_RE.match(squash(elements[j].text)).group("label")):
            answer = f"{answer.rstrip()} {squash(elements[j].text)}"
            j += 1
        text, fields = _answer_fields(squash(answer))
        said = sentences(text) or [text]
        action = said[-1].strip().rstrip(".").strip()
        if not action:
            out.append(el)
            i += 1
            continue
        record = f"Åtgärd: {action}. Ansvarig: {squash(q.group('unit'))}."
        for label, value in fields:
            record += f" {label}: {value}."
        out.append(replace(nxt, text=record))
        i = j
    return out
