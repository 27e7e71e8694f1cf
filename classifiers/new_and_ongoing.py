"""A table setting what the municipality already does beside what the programme adds: 'Det
här gör vi redan | Nytt 2024–2027', 'Befintlig verksamhet | Nya åtgärder'. Programmes
(and the slides presenting them to a council) set the ongoing work beside the new to show
what changes; only the new column holds the programme's measures. The ongoing column is
the present state, no measure of the programme."""

from __future__ import annotations

import re

from .ended_rows import without_rows
from .headers import map_columns
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


# The same split made row by row (fortieth set): a plan answering what residents asked ('Ni
# sa | Det här gör vi | Vem ansvarar | När') meets some requests with a service that exists
# already, its action cell opening with a run-in label saying so ('Det gör vi redan: tolkning
# kan beställas …', 'Finns redan: …', 'Befintlig tjänst: …'). Such a row points to the present
# state, no measure of the programme: it goes, as the ongoing column does.
# (the label: a few words closed by a colon, one of them saying 'already' / 'existing')
_RUN_IN_LABEL_RE = re.compile(r"^\s*(?P<label>[^\W\d_][^:.;!?\n]{0,40}?)\s*:\s+\S", re.S)
_LABEL_WORDS = 6


def ongoing_cell(cell: str) -> bool:
    """An action cell opening with a run-in label of work done already ('Det gör vi redan: …')."""
    m = _RUN_IN_LABEL_RE.match(cell or "")
    return bool(m and len(m.group("label").split()) <= _LABEL_WORDS and _ONGOING_RE.search(fold(m.group("label"))))


def without_ongoing_rows(elements: list) -> list:
    """The elements with each action table's rows whose action cell opens with a label of
    ongoing work left out (`ongoing_cell`)."""
    out = []
    for el in elements:
        t = el.table
        if el.kind == "table" and t is not None and len(t.rows) >= 2:
            measure_cols = [c for c, r in map_columns(list(t.rows[0])).items() if r == "measure"]
            if len(measure_cols) == 1:
                c = measure_cols[0]
                dropped = [c < len(r) and ongoing_cell(r[c]) for r in t.rows[1:]]
                if any(dropped) and not all(dropped):
                    el = without_rows(el, dropped)
        out.append(el)
    return out
