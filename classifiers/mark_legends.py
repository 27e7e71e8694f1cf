"""The legend of a mark a table uses: '✓ = åtgärden har inletts före 2025 …' under an
action table whose 'Inlett' column ticks some rows. A line that gives a glyph and, after an
equals sign, what it means explains how to read the table; it states no action, goal or
indicator. A print may read the glyph itself as a list bullet ('• = åtgärden …'), so a line
whose text after its bullet opens with the equals sign is such a legend too."""

from __future__ import annotations

import re

from .elements import Element
from .text import strip_marker

# a glyph or two (no letter or digit) and '=' ('✓ = …', '● = …', '(x) = …' aside), or, the
# glyph read as the item's bullet, the '=' opening the item's text
_LEGEND_RE = re.compile(r"^\s*(?:[^\w\s]{1,2}\s*)?=\s+\S")


def is_mark_legend(el: Element) -> bool:
    if el.kind not in ("para", "bullet"):
        return False
    return bool(_LEGEND_RE.match(el.text)) or (el.kind == "bullet" and bool(_LEGEND_RE.match(strip_marker(el.text))))


def without_mark_legends(elements: list[Element]) -> list[Element]:
    return [el for el in elements if not is_mark_legend(el)]
