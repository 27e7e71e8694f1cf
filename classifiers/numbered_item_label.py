"""A paragraph opening with a numbered label of its own: 'Förslag 3: …', 'Åtgärd 2: …',
'Insats 4.1: …' -- one of a series the document numbers (a working group's proposals
numbered across the report). The number makes the paragraph an item of that series, not
the text of a card or section: a line of fields right under it ('Föreslagen ansvarig: X.
Tidpunkt: 2026.') is that item's own, as a field closing the paragraph itself would be.

classifiers/README.md, 'Agreements, working-group reports and project plans'.
"""

from __future__ import annotations

import re

from .text import squash

# a capitalised word, a number (or a two-level code) and a colon, then the item's text
_NUMBERED_LABEL_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+\s+(?:[A-ZÅÄÖ]{1,2})?\d{1,2}(?:\.\d{1,2})?\s*:\s+\S")


def opens_with_numbered_label(text: str) -> bool:
    return bool(_NUMBERED_LABEL_RE.match(squash(text)))
