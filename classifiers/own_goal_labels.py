"""A goal heading numbered by a word of the document's own ('Servicelöfte 5: Du och din
familj har en meningsfull fritid', 'Löfte 3: Barn och unga får ...', 'Åtagande 2 – ...').

A programme that calls its goals promises or commitments numbers them in their headings the
way others write 'Mål 5:': the word and its number label the goal, they are no part of what
it states. Read only from a heading the reader already took for a goal, and only for a word
that names no structure role and no part of the document (`labelled_goal_headings`), so a
heading such as 'Bilaga 2: ...' or 'Kapitel 3: ...' keeps what it says.

classifiers/README.md, 'Goals numbered by a word of their own'.
"""

from __future__ import annotations

import re

from .labelled_goal_headings import heading_label_number

# the label word, its number and the colon or dash after it
_LEAD_RE = re.compile(r"^\s*[A-ZÅÄÖ][a-zåäö]{3,}\s+\d{1,2}\s*[:.–-]\s+")


def without_own_goal_label(text: str) -> tuple[str, str | None]:
    """(the goal's words, its number) of a goal heading 'Servicelöfte 5: Du och din familj
    ...' -> ('Du och din familj ...', '5'); any other heading as it is, with None."""
    labelled = heading_label_number(text)
    m = _LEAD_RE.match(text or "")
    if labelled is None or m is None:
        return text, None
    rest = text[m.end():].strip()
    # a label over no statement of a few words ('Löfte 3: Barn') names the goal's area only
    if len(rest.split()) < 3:
        return text, None
    return rest, labelled[1]
