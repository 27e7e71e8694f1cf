"""A consultation summary: 'Instans | Synpunkt | Beaktat', 'Remissinstans | Utlåtande |
Bemötande'.

Before the council adopts a programme its draft goes out for comments (a 'remiss'), and the
programme often closes with a table of what each body said and whether it was taken into
account. Its cells read like the plan's (a body's name, a suggestion worded as an action, a
'Ja' / 'Delvis, …' answer) but the table reports the drafting: no goal, action or indicator
of the plan. Told by its header: a column of the comments ('Synpunkt', 'Utlåtande',
'Kommentar från remissen') or of how they were met ('Beaktat', 'Hur beaktats', 'Bemötande').
The table and the parts of it continued over the next pages are left out before reading.

classifiers/README.md, 'A consultation summary is no plan'.
"""

from __future__ import annotations

import re

from .elements import Element
from .text import fold

# a header cell naming the comments or how they were met (folded: å/ä -> a, ö -> o)
_CONSULTATION_RE = re.compile(r"^(?:synpunkt\w*|utlatande\w*|remiss\w*|bemotande\w*|beakta\w*|hur\s+beakta\w*)$")


def is_consultation_header(headers: list[str]) -> bool:
    """Does a table header name the comments of a consultation or how they were met?"""
    return any(_CONSULTATION_RE.match(" ".join(fold(h or "").split())) for h in headers)


def without_consultation_tables(elements: list[Element]) -> list[Element]:
    """`elements` without consultation summaries (and their continuations over pages)."""
    out: list[Element] = []
    dropping = False
    for el in elements:
        if el.kind == "table" and el.table is not None and el.table.rows:
            if el.table.continued and dropping:
                continue
            dropping = is_consultation_header(list(el.table.rows[0]))
            if dropping:
                continue
        elif el.kind != "table":
            dropping = False
        out.append(el)
    return out
