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

The label may as well go on in the line the action's sentence ends in, after its full stop,
as a field sentence goes on after the sentence before it (eighty-fourth blind set):

    Språkcafé på biblioteket varje tisdagskväll. Mätare: antal
    besök i språkcaféet

and its value may wrap to the next line right after the label ('… kväll. Mätare:' / 'antal
besök …').
"""
from __future__ import annotations

import re

from .headers import header_role

# a label of a few words and a colon at a line's start ('Mätare:', 'Indikator:'), its value
# after it on the line or, the label closing the line, on the lines below
_LABEL_RE = re.compile(r"^\s*(?P<label>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,2})\s*:(?:\s+(?P<text>\S.*))?\s*$")
# ... or a label opening a sentence inside the line, after the full stop of the sentence
# before it ('… tisdagskväll. Mätare: antal …')
_INLINE_LABEL_RE = re.compile(r"(?<=\.)[ \t]+(?=[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,2}\s*:(?:\s|$))")


def _meter_label(line: str, bare: bool = False) -> str | None:
    """The value of a meter label opening the line ('' for the label alone closing it, where
    `bare` allows that), else None."""
    m = _LABEL_RE.match(line)
    if not m or header_role(m.group("label")) != "indicator" or not (m.group("text") or bare):
        return None
    return m.group("text") or ""


def _sentence_lines(line: str) -> list[tuple[str, bool]]:
    """The line cut before each meter label that opens a sentence inside it, each part with
    whether it was cut so."""
    parts, start = [], 0
    for m in _INLINE_LABEL_RE.finditer(line):
        if _meter_label(line[m.end():], bare=True) is not None:
            parts.append((line[start:m.start()], bool(parts) or start > 0))
            start = m.end()
    return [*parts, (line[start:], start > 0)]


def split_cell_meters(cell: str) -> tuple[str, list[str]]:
    """(the action, its meters) of an action cell whose lines after the action's sentence open
    with a meter label ('Mätare: antal besök ...'), or whose sentence is followed in its line
    by one ('… kväll. Mätare: antal …'); (cell, []) for a cell with none."""
    parts = [part for line in (cell or "").split("\n") for part in _sentence_lines(line)]
    lines = [text for text, _ in parts]
    # (a label alone closing its line only where it opens a sentence inside the line)
    labels = [_meter_label(text, bare=inline) for text, inline in parts]
    cut = next((k for k in range(1, len(lines))
                if labels[k] is not None and lines[k - 1].rstrip().endswith(".")), None)
    if cut is None:
        return cell, []
    meters: list[list[str]] = []
    for line, text in zip(lines[cut:], labels[cut:]):
        if text is not None:
            meters.append([text])
        else:
            meters[-1].append(line.strip())
    texts = [" ".join(m).strip().rstrip(".").strip() for m in meters]
    return "\n".join(lines[:cut]).rstrip(), [t for t in texts if t]


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
