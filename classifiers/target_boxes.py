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
# the boxes' separator
_BOX_SEP_RE = re.compile(r"\s+\|\s+")
# a goal's name run together with the figure opening the next box ('Första tiden 38')
_NAME_THEN_FIGURE_RE = re.compile(r"^(?P<name>.*?\S)\s+(?P<fig>\d[\d\s]*(?:[,.]\d+)?\s*%?)$")


def target_boxes(text: str) -> list[tuple[str, str]] | None:
    """[(label, goal name)] of the boxes a paragraph holds ('figure | label | target → goal'),
    the boxes with no target left out; None unless the paragraph is boxes and one at least
    has a target. Boxes set side by side, or down the foot of one column and the top of the
    next, may be read run together ('… → Första tiden 38 | personer …'): the figure closing a
    goal's name opens the next box."""
    if "|" not in text:
        return None  # one part: no box (run on each paragraph, so told cheaply)
    parts = [p.strip() for p in _BOX_SEP_RE.split(squash(text))]
    boxes: list[list[str]] = [[]]
    for k, p in enumerate(parts):
        m = _TARGET_RE.match(p)
        tail = _NAME_THEN_FIGURE_RE.match(m.group("goal")) if m else None
        if tail and _FIGURE_RE.match(tail.group("fig")) and k < len(parts) - 1:
            boxes[-1].append(p[:m.start("goal")] + tail.group("name"))
            boxes.append([tail.group("fig")])
            continue
        boxes[-1].append(p)
    out = []
    for box in boxes:
        if len(box) not in (2, 3) or not _FIGURE_RE.match(box[0]) or not box[1][:1].isalpha():
            return None
        if len(box) == 3:
            m = _TARGET_RE.match(box[2])
            if not m:
                return None
            out.append((box[1].rstrip("."), m.group("goal").strip().rstrip(".")))
    return out or None
