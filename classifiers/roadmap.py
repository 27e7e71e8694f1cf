"""Roadmap tables: goals as rows, the programme's years as columns.

    Mål                         | 2025                      | 2026 | 2027                  | 2028
    Nya invånare får arbete ... | Handledning för ... (X)   | →    | Praktik i ... (Y i    | →
                                |                           |      | samarbete med Z)      |

A programme may print its plan as a timeline per theme: each row is a goal (the first
column, headed by a goal word), and each column is headed by a year alone. A filled year
cell is an action that starts that year, with its doer in a parenthesis at its end; an arrow
says the action to its left goes on (no new action, and its year is no start); an empty
cell says nothing new starts. So a year cell with words is a measure of the row's goal whose
schedule is the column's year. A table of figures by year ('Modersmål | 2020 | 2022 |
2024') has no goal column and words in no year cell, and is not read.
"""

from __future__ import annotations

import re

from .headers import is_label_cell, map_columns
from .text import squash

_YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")
# the parenthesis closing a cell: its doer ('... (Business Vantaa i samarbete med X)')
_DOER_RE = re.compile(r"^(?P<text>.*\S)\s*\((?P<doer>[^()]+)\)\s*\.?$", re.S)


def year_columns(headers: list[str]) -> dict[int, str] | None:
    """{column: year} of a roadmap header: the first column headed by a goal word, two or
    more columns after it each headed by a year alone, and no other column; else None."""
    heads = [squash(h) for h in headers]
    if len(heads) < 3 or not heads[0] or not is_label_cell(heads[0]) or map_columns(heads[:1]) != {0: "goal"}:
        return None
    years = {c: h for c, h in enumerate(heads) if c > 0 and _YEAR_RE.match(h)}
    return years if len(years) == len(heads) - 1 else None


def starts_action(cell: str) -> bool:
    """A year cell that holds words: an action starting that year (not an arrow, a dash or
    nothing)."""
    return any(ch.isalpha() for ch in cell)


def split_doer(cell: str) -> tuple[str, str | None]:
    """(action, doer) of a year cell 'Text (Ansvarig)'; the doer None when the cell does not
    end in a parenthesis."""
    text = squash(cell)
    m = _DOER_RE.match(text)
    if not m:
        return text.rstrip(".").strip(), None
    return m.group("text").rstrip(" .,;").strip(), squash(m.group("doer"))
