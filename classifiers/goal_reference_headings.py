"""A section heading that names its field and, in a parenthesis, the numbered goals it serves:
'Arbete (indikatormål 1)', 'Barn och unga (mål 3 och 4)', 'Språk (delmål 2)'.

A programme that states its goals once, numbered (a table 'Nr | Indikatormål 2030 | Mätare'),
and reports what was agreed per field of work (a workshop's groups, a chapter per sector)
refers back to those goals by number in each field's heading. The goal word sits only inside
the reference: the heading announces no list of goals (its paragraphs are background, its
items actions); the words before the parenthesis are the field -- the theme of the goals it
names -- and the actions under it serve the one goal it names (a heading naming several
goals links its actions to none of them by itself: which serves which its text must say).
"""

from __future__ import annotations

import re

from .number_ranges import NUMBER_LIST, expand_numbers
from .text import squash

_REF_RE = re.compile(
    r"^(?P<field>[^()]*?[^\W\d_][^()]*?)\s*\(\s*(?:[^\W\d_]*mål(?:en|et)?|mål)\s+(?:nr\.?\s+)?"
    rf"(?P<nums>{NUMBER_LIST})\s*\)\s*$", re.I)


def goal_reference_heading(heading: str) -> tuple[str, list[str]] | None:
    """(field, goal numbers) of a heading 'Field (mål 1)', 'Field (indikatormål 3 och 4)';
    None for any other heading."""
    m = _REF_RE.match(squash(heading))
    if not m:
        return None
    return squash(m.group("field")), expand_numbers(m.group("nums"))  # 'mål 1–3' -> 1, 2, 3
