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
from dataclasses import replace

from extractors.model import Table

from .elements import Element
from .text import squash

# a bare question word with its question mark, capitalised, as a run-in label
_QUESTION_LABEL_RE = re.compile(r"(?:^|(?<=\s))(Vad|Hur|Vem|När)\?(?=\s)")
_ORDER = ("Vad", "Hur", "Vem", "När")


# a run-in label opening a sentence of its own ('Så följer vi upp skedet: a; b.'): the short
# answers to who and when hold none, so one in the last answer is the next paragraph, which the
# extraction ran into the record (a column or page break lost the gap between them)
_NEXT_FIELD_RE = re.compile(r"\s(?=[A-ZÅÄÖ][\wåäö]*(?:\s+[\wåäö-]+){0,5}:\s)")


def split_off_next_paragraph(text: str) -> tuple[str, str | None]:
    """(record, rest): the text cut before a run-in label after its last question's answer
    began, else (text, None)."""
    text = squash(text)
    marks = list(_QUESTION_LABEL_RE.finditer(text))
    if not marks:
        return text, None
    m = _NEXT_FIELD_RE.search(text, marks[-1].end() + 1)
    if m is None:
        return text, None
    return text[:m.start()].strip(), text[m.end():].strip()


def _question_fields(text: str) -> list[list[tuple[str, str]]] | None:
    """The records [(question, answer)] of a text made only of question labels and their
    answers, each question once a record; a new 'Vad?' starts the next record (two records
    a page break joined into one paragraph). None for any other text."""
    text = squash(text)
    marks = list(_QUESTION_LABEL_RE.finditer(text))
    if not marks or marks[0].start() != 0:
        return None
    records: list[list[tuple[str, str]]] = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        answer = text[m.end():end].strip()
        if not answer:
            return None
        if not records or m.group(1) == "Vad":
            records.append([])
        if any(q == m.group(1) for q, _ in records[-1]):
            return None
        records[-1].append((m.group(1), answer))
    return records


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
        rest = None
        recs = None
        if el.kind == "para" and "?" in el.text:  # (every question label has its question mark)
            record, rest = split_off_next_paragraph(el.text)
            recs = _question_fields(record)
            if recs is None:
                rest = None
        if recs and recs[0][0][0] != "Vad" and run and not {q for q, _ in recs[0]} & set(run[-1][1]):
            # the rest of the record above, carried over a page break
            run[-1][1].update(recs.pop(0))
        if recs is not None and all(r[0][0] == "Vad" and len(r) >= 2 for r in recs):
            run.extend((el.page, dict(r)) for r in recs)
            if rest:
                flush()
                out.append(replace(el, text=rest))
            continue
        flush()
        out.append(el)
    flush()
    return out
