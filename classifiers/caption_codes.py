"""A table's caption naming the code of the area heading it is printed under.

A strategy's implementation plan heads each strategy area with its code ('S1 Livskraft') and
titles the area's tables by that code and a letter ('Strategiskt mål S1 a', 'Strategiskt mål
S1 b'), a stated goal in running text before each table. Such a caption names a table of the
area's own: it opens no section beside the area, so the goal stated right over the table in
the area's text stays the goal of the table's actions.
"""

from __future__ import annotations

import re

from .text import squash

# a heading opening with a letter code and a number, then its name: 'S1 Livskraft', 'A2 Arbete'
# ... or set off by a middle dot ('O6 · Kommunen som arbetsgivare' over 'Nyckelresultat för O6')
_HEADING_CODE_RE = re.compile(r"^\s*([A-ZÅÄÖ]{1,2}\d{1,2})(?:\s+·)?\s+[A-ZÅÄÖ]")


def names_heading_code(caption: str, heading: str | None) -> bool:
    """Does `caption` name, as a word of its own, the code `heading` opens with?"""
    m = _HEADING_CODE_RE.match(heading or "")
    if not m or squash(caption) == squash(heading or ""):
        return False
    return re.search(rf"(?<![\w.]){re.escape(m.group(1))}(?![\w.])", caption) is not None
