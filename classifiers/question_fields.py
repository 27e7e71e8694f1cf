"""Actions described by four questions run into one paragraph each:

    Vad? Personlig mottagning vid ankomsten
    Hur? En handledare möter familjen och går igenom de första ärendena.
    Vem? Integrationsenheten
    När? Inom en vecka efter ankomsten

A small municipality's plan often describes each action so, with no bullets, no colons and
no table: the question words are the labels ('Vad?' what is done -- the action; 'Hur?' how --
a description of it; 'Vem?' who; 'När?' when), the same questions a 'Vad? | Hur? | Vem? |
När?' table asks in its header. A PDF joins the lines into one paragraph, so the labels stand
mid-text with no full stop before them ('… vid ankomsten Hur? En …'); the record reader's
labels start a text or follow a sentence's end, and pass these by.

A run of such paragraphs is read as the table it writes out: a header of the questions, a
row per action (`headers.map_columns` reads 'Vad?' as the action beside 'Hur?'). A paragraph
is such a record only when it opens with 'Vad?' and asks at least one more of the questions;
a paragraph opening with a later question ('Vem? …', 'När? …') right after a record that has
not asked it yet is that record going on (a page broke it).
"""

from __future__ import annotations

import re

from extractors.model import Table

from .elements import Element
from .text import squash

# a bare question word with its question mark, capitalised, as a run-in label
_QUESTION_LABEL_RE = re.compile(r"(?:^|(?<=\s))(Vad|Hur|Vem|När)\?(?=\s)")
_ORDER = ("Vad", "Hur", "Vem", "När")


def _question_fields(text: str) -> list[tuple[str, str]] | None:
    """[(question, answer)] of a text made only of question labels and their answers, each
    question once, else None."""
    text = squash(text)
    marks = list(_QUESTION_LABEL_RE.finditer(text))
    if not marks or marks[0].start() != 0:
        return None
    asked = [m.group(1) for m in marks]
    if len(set(asked)) != len(asked):
        return None
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        answer = text[m.end():end].strip()
        if not answer:
            return None
        out.append((m.group(1), answer))
    return out


def fold_question_fields(elements: list[Element]) -> list[Element]:
    """Runs of 'Vad? … Hur? … Vem? … När? …' paragraphs as one table each (module doc)."""
    out: list[Element] = []
    run: list[tuple[int, dict[str, str]]] = []

    def flush() -> None:
        if not run:
            return
        asked = [q for q in _ORDER if any(q in rec for _, rec in run)]
        rows = [[f"{q}?" for q in asked]] + [[rec.get(q, "") for q in asked] for _, rec in run]
        pages = [run[0][0]] + [p for p, _ in run]
        out.append(Element("table", "", run[0][0], table=Table(rows=rows, header_rows=1, method="label-value"),
                           pages=pages))
        run.clear()

    for el in elements:
        fs = _question_fields(el.text) if el.kind == "para" else None
        if fs and fs[0][0] == "Vad" and len(fs) >= 2:
            run.append((el.page, dict(fs)))
            continue
        if fs and run and fs[0][0] != "Vad" and not set(q for q, _ in fs) & set(run[-1][1]):
            # the rest of the record above, carried over a page break
            run[-1][1].update(fs)
            continue
        flush()
        out.append(el)
    flush()
    return out
