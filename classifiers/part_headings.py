"""Headings that number a part of the programme by a label word, and what such a numbering
says about the headings around them.

A programme that walks through the parts of something in order numbers them with a word of
its own ('Steg 1. Ankomst och första information', 'Del 2: Arbete', 'Fas 3 – Etablering'),
as another numbers its chapters '3.1 Arbete'. The numbered headings are one series; a heading
at their level that carries no such number is no part of the series -- it titles something
inside the part it follows (the part's table of actions, 'Åtgärder, steg 1')."""

from __future__ import annotations

import re

# a capitalised word, the part's number, a full stop, colon or dash, then the part's name
_LABEL_NUMBER_RE = re.compile(
    r"^\s*(?P<label>[A-ZÅÄÖ][^\W\d_]{2,})\s+(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*(?:[.:]|\s[–-])?\s+(?=[A-ZÅÄÖ])")


# 'Del 1', 'Kapitel 3', 'Avsnitt 2': a capitalised word and a bare number, the label a
# programme (or a slide deck's divider) counts its parts with before the part's name ('Del 1:
# Arbete och utbildning'); the count is no part of the name
_PART_COUNT_RE = re.compile(r"^[A-ZÅÄÖ][^\W\d_]{2,}\s+\d{1,2}$")


def is_part_count(label: str) -> bool:
    """'Del 1', 'Kapitel 3': a label counting a part of the programme, and nothing else (the
    label of 'Del 1: Arbete och utbildning' before its name; reader_shared.theme_name drops it)."""
    return _PART_COUNT_RE.match(label) is not None


def label_number(heading: str) -> str | None:
    """'Steg 1. Ankomst och första information' -> 'steg 1': the label word and number a
    heading numbers its part with, else None ('3.1 Arbete', numbered without a word, and
    'Arbete' are None)."""
    m = _LABEL_NUMBER_RE.match(heading)
    return f"{m.group('label').lower()} {m.group('num')}" if m else None


def part_label(heading: str) -> str | None:
    """'Steg 1. Ankomst ...' -> 'steg': the word a heading numbers its part with, else None."""
    num = label_number(heading)
    return num.split()[0] if num else None


def without_label_number(heading: str) -> str:
    """'Steg 1. Ankomst och första information' -> 'Ankomst och första information': the
    part's name, as a table after the parts names it ('1. Ankomst och första information' in a
    follow-up table's 'Steg' column); any other heading as it is."""
    m = _LABEL_NUMBER_RE.match(heading)
    return heading[m.end():].strip() if m else heading


def part_label_column(headers: list[str], labels: set[str]) -> int | None:
    """The column headed by the word the document numbers its parts with ('Steg' over a
    follow-up table, in a programme of 'Steg 1.' ... 'Steg 5.' headings), else None: each of
    its cells names the part its row is about, as a 'Tema' column names a theme."""
    for c, h in enumerate(headers):
        toks = (h or "").split()
        if len(toks) == 1 and toks[0].strip(".:").lower() in labels:
            return c
    return None
