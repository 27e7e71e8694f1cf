"""'Fråga | Utgångsläge 2024 | Mål 2028': a table giving each row a starting level and a level
to reach is a table of indicators, whatever its first column is called.

A follow-up table sets beside each thing it measures the value now and the value aimed at
('Utgångsläge 2024' / 'Mål 2028', 'Nuläge' / 'Målvärde'). Only what is measured has a baseline
and a target: the column the rows are named in (a survey's 'Fråga', a 'Nyckeltal', a
'Mått') holds the indicators, even where its header is no word of the structure vocabulary. A
target column headed by the goal word and a year ('Mål 2028') is the level aimed at, no goal
column: a goal has no baseline beside it in the same row. The table is read as the indicator
table it is: its first column headed 'Indikator', the target column 'Målvärde'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .action_references import refers_to_actions
from .headers import header_role, is_indicator_attribute, is_label_cell, is_present_state

# 'Mål 2028', 'Mål år 2028', 'Målnivå 2028': the goal word and the year the level is aimed at
_TARGET_YEAR_RE = re.compile(r"^\s*mål(?:värde|nivå)?\s+(?:år\s+)?(?:19|20)\d\d\s*$", re.I)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _is_target(header: str) -> bool:
    return bool(_TARGET_YEAR_RE.match(header or "")) or (
        is_indicator_attribute(header or "") and not is_present_state(header or ""))


def indicator_header(header: list[str], body: list[list[str]] = ()) -> list[str] | None:
    """The header row read as an indicator table's ('Indikator | Utgångsläge 2024 | Målvärde
    2028') when its first column names the rows and the others give a baseline and a target
    (module docstring), else None."""
    if len(header) < 3 or not is_label_cell(header[0] or "") or not (header[0] or "").strip():
        return None
    if header_role(header[0]) is not None:
        return None  # a column of a role already ('Indikator', 'Mål'): read as it is
    rest = header[1:]
    baseline = [c for c, h in enumerate(rest) if is_present_state(h or "")]
    target = [c for c, h in enumerate(rest) if _is_target(h or "")]
    if not baseline or not target:
        return None
    refs = {c for c in range(len(rest)) if c not in target and refers_to_actions([r[c + 1] if c + 1 < len(r) else ""
                                                                                 for r in body])}
    if any(header_role(h or "") is not None for c, h in enumerate(rest) if c not in target and c not in refs):
        return None  # another column of the structure: no table of figures alone
    # a column naming the actions each row follows up ('Följer upp | Åtgärdskort 1–2'):
    # the measure each indicator is of, by number (`action_references`)
    return ["Indikator", *(("Målvärde " + _year(h)).strip() if c in target else "Åtgärd" if c in refs else h
                            for c, h in enumerate(rest))]


def _year(header: str) -> str:
    m = _YEAR_RE.search(header or "")
    return m.group(0) if m else ""


def read_baseline_target_tables(elements: list[Element]) -> list[Element]:
    """The element stream with baseline-and-target tables headed as indicator tables."""
    out: list[Element] = []
    for el in elements:
        t = el.table
        if el.kind == "table" and t is not None and t.rows and t.header_rows >= 1 and (new := indicator_header(list(t.rows[0]), [list(r) for r in t.rows[1:]])):
            el = replace(el, table=t.model_copy(update={"rows": [new] + [list(r) for r in t.rows[1:]]}))
        out.append(el)
    return out
