"""Footnote marks as programmes print them, superscript digits: one closing the text it
annotates ('… utländska examina¹') and one opening its note ('¹ Vuxenutbildningen …')."""
from __future__ import annotations

import re

_SUPERSCRIPT = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_TO_DIGIT = str.maketrans(_SUPERSCRIPT, "1234567890")
# a mark closing an item ('… examina¹', '… per år¹²')
MARK_END_RE = re.compile(rf"\s*([{_SUPERSCRIPT}]+)\s*$")
# a note: its mark, then its text ('¹ Vuxenutbildningen …'); several notes may run in one
# paragraph when a print set them without space between
NOTE_RE = re.compile(rf"(?:^|\s)([{_SUPERSCRIPT}]+)\s+(?=\S)")


def mark_number(mark: str) -> int:
    """'¹²' -> 12."""
    return int(mark.translate(_TO_DIGIT))
