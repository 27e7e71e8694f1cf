"""A key-figure dashboard printed as boxes, one paragraph each: the figure, its label, and
for a figure the programme follows up, a target value pointing to the goal it serves ('58 %
| sysselsättningsgrad bland … | Målvärde 2028: 65 % → Jobbet'). A web page's follow-up view
lays out the programme's meters so beside context figures ('4,1 % | arbetslöshetsgrad i hela
kommunen'); only a box with a target and a goal it points to is a meter of that goal (the
label, without figure or target), the others describe the surroundings."""
from __future__ import annotations

import re

from .text import squash

# the figure a box opens with: a number, maybe a per cent sign or a unit word
_FIGURE_RE = re.compile(r"^[<>≈~]?\s*\d[\d\s]*(?:[,.]\d+)?\s*(?:%|‰|st|€|euro)?$", re.I)
# its target and the goal it points to: 'Målvärde 2028: 65 % → Jobbet', 'Mål: 95 % -> Svenskan'
_TARGET_RE = re.compile(r"^(?:mål(?:värde|nivå)?|målsättning|mål\s+år)\b[^:]{0,20}:\s*[^→]+?\s*(?:→|->|⟶|⇒)\s*(?P<goal>\S.*)$",
                        re.I | re.S)


def target_box(text: str) -> tuple[str, str] | None:
    """(label, goal name) of a box 'figure | label | target → goal', else None."""
    parts = [p.strip() for p in re.split(r"\s+\|\s+", squash(text))]
    if len(parts) != 3 or not _FIGURE_RE.match(parts[0]):
        return None
    m = _TARGET_RE.match(parts[2])
    if not m or not parts[1][:1].isalpha():
        return None
    return parts[1].rstrip("."), m.group("goal").strip().rstrip(".")
