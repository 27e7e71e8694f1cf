"""An action cell that also holds the action's meters (twentieth blind set).

A table with no indicator column of its own may give each action its meter in the action's
cell, on a line of its own under the action and labelled as a meter:

    Språkcafé på huvudbiblioteket varje tisdagskväll.
    Mätare: antal besök i språkcaféet

The labelled line is no part of the action: it is an indicator following that action up, as a
'Mätare:' line under an action in a list is. A cell may give several meters, one per labelled
line; a meter wrapped over lines runs on until the next labelled line. The label must open a
line after a line that ends the action's sentence (a full stop), so a wrapped sentence that
happens to carry a colon is never cut.
"""
from __future__ import annotations

import re

from .headers import header_role

# a label of a few words and a colon at a line's start ('Mätare:', 'Indikator:')
_LABEL_RE = re.compile(r"^\s*(?P<label>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,2})\s*:\s+(?P<text>\S.*)$")


def _meter_label(line: str) -> str | None:
    m = _LABEL_RE.match(line)
    return m.group("text") if m and header_role(m.group("label")) == "indicator" else None


def split_cell_meters(cell: str) -> tuple[str, list[str]]:
    """(the action, its meters) of an action cell whose lines after the action's sentence open
    with a meter label ('Mätare: antal besök ...'); (cell, []) for a cell with none."""
    lines = (cell or "").split("\n")
    cut = next((k for k in range(1, len(lines))
                if _meter_label(lines[k]) is not None and lines[k - 1].rstrip().endswith(".")), None)
    if cut is None:
        return cell, []
    meters: list[list[str]] = []
    for line in lines[cut:]:
        text = _meter_label(line)
        if text is not None:
            meters.append([text])
        else:
            meters[-1].append(line.strip())
    return "\n".join(lines[:cut]).rstrip(), [" ".join(m).strip().rstrip(".").strip() for m in meters]


# a meter field closing a list item after its sentence and fields: '… – ansvar: X; tidtabell:
# 2026. Mätare: antal deltagare' (eighty-fourth set), the label after a full stop or semicolon
_CLOSING_METER_RE = re.compile(
    r"(?<=[.;])\s+(?P<label>[A-ZÅÄÖa-zåäö][\wåäö-]*(?:\s+[\wåäö-]+){0,2})\s*:\s+(?P<text>\S[^:]*?)\s*\.?\s*$")


def closing_meter(item: str) -> tuple[str, str] | None:
    """(the item without it, the meter) of a list item whose last sentence is a labelled
    meter ('Språkkurser – ansvar: X; tidtabell: löpande. Mätare: antal deltagare per år'):
    the item's own follow-up, as a 'Mätare:' line under an action is; else None."""
    m = _CLOSING_METER_RE.search(item or "")
    if m is None or header_role(m.group("label")) != "indicator":
        return None
    head = item[:m.start()].rstrip()
    if not any(ch.isalpha() for ch in head):
        return None
    return head, m.group("text").strip()
