"""A follow-up chapter of one paragraph per goal, each opened by the goal's number and the
word for its figures: 'Mål 1 – nyckeltal: Andel X (2024: 61 %); Antal Y (2024: 2 310).'

A short plan (or a budget appendix) lists the key figures of each goal on one line, keyed by
the goal's number only: the figures after the label are that goal's indicators, one per part
between semicolons. A legend said before them ('Utgångsvärdet anges inom parentes.') makes
each closing bracket the figure's baseline -- its value in a year ('(2024: 61 %)') or a word
for none yet ('(ny)') -- no part of what is measured. A figure counting what one of the goal's
actions runs ('Antal besök vid Kompassen' beside 'Vägledning … vid servicepunkten Kompassen')
is that action's, else the goal's (`report_figures.action_counted`).

classifiers/README.md, 'Key figures per goal number'.
"""

from __future__ import annotations

import re

from .action_number_rows import without_target_group
from .label_vocab import FOLLOW_UP_NOUNS, METER_NOUNS, alt
from .text import squash

# 'Mål 1 – nyckeltal:', 'Mål 2: mätare:', 'Mål 3, indikatorer:' -- the goal's number first,
# then the label of its figures
_GOAL_FIGURES_RE = re.compile(
    r"^\s*mål\s+(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*[–—:,-]\s*"
    # (the meter and follow-up nouns in their forms from label_vocab: 'mätarna', not 'mätarena')
    rf"{alt(METER_NOUNS + FOLLOW_UP_NOUNS)}\s*:\s+(?P<rest>\S.*)$",
    re.I | re.S)
# the legend: 'Utgångsvärdet anges inom parentes.', 'Inom parentes utgångsläget 2024.'
_BASELINE_LEGEND_RE = re.compile(
    r"\b(?:utgångsvärde(?:t|na)?|utgångsläge(?:t)?|utgångsnivå(?:n)?|nuläge(?:t)?|basvärde(?:t|na)?)\b"
    r"[^.]{0,30}\binom\s+parentes|\binom\s+parentes\b[^.]{0,30}\b(?:utgångsvärde|utgångsläge|utgångsnivå|nuläge|basvärde)",
    re.I)


def goal_figures(text: str) -> tuple[str, list[str]] | None:
    """(the goal's number, its figures) of a 'Mål N – nyckeltal: A; B.' paragraph, else None."""
    m = _GOAL_FIGURES_RE.match(squash(text))
    if not m:
        return None
    items = [x.strip().rstrip(".").strip() for x in m.group("rest").split(";")]
    items = [x for x in items if x]
    return (m.group("num"), items) if items else None


def names_baseline_brackets(text: str) -> bool:
    """Does a paragraph say the brackets after the figures hold their baselines?"""
    return bool(_BASELINE_LEGEND_RE.search(text or ""))


def without_baseline(item: str) -> str:
    """'Antal besök vid Kompassen (2024: 2 310)' -> 'Antal besök vid Kompassen'. (The
    closing bracket dropped as a target-group legend drops it: `without_target_group`.)"""
    return without_target_group(item)
