"""A table setting what the municipality already does beside what the programme adds: 'Det
här gör vi redan | Nytt 2024–2027', 'Befintlig verksamhet | Nya åtgärder'. Programmes
(and the slides presenting them to a council) set the ongoing work beside the new to show
what changes; only the new column holds the programme's measures. The ongoing column is
the present state, no measure of the programme."""

from __future__ import annotations

import re

from .text import fold

# a header saying its column is what is done already: 'Det här gör vi redan', 'Befintlig
# verksamhet', 'Pågående arbete', 'Nuvarande verksamhet'
_ONGOING_RE = re.compile(r"\b(?:redan|befintlig\w*|pagaende|nuvarande|ordinarie|existerande)\b")
# a header saying its column is what is new: 'Nytt 2024–2027', 'Nya åtgärder', 'Det här är nytt'
_NEW_RE = re.compile(r"\b(?:nytt|nya|ny)\b")


def new_work_column(headers: list[str]) -> int | None:
    """The column of the new work in a header of ongoing and new work side by side; None
    when the header does not set the two against each other."""
    folded = [fold(h or "") for h in headers]
    ongoing = [c for c, h in enumerate(folded) if _ONGOING_RE.search(h)]
    new = [c for c, h in enumerate(folded) if _NEW_RE.search(h) and c not in ongoing]
    if len(ongoing) == 1 and len(new) == 1:
        return new[0]
    return None
