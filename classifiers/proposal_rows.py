"""Proposals beside adopted actions in a plan's status column (thirty-fourth blind set).

A council adopts a programme whose tables also show what was proposed but left to the
budget: a Status column reads 'Antagen' (adopted) on some rows and 'Förslag – avgörs i
budgeten' (a proposal, decided in the budget) on others, and the decision line says the
proposals are not part of the adopted programme. A row whose status calls it a proposal
holds no action of the plan: it goes, as an ended row does (`ended_rows`).

Read only where the same column also marks rows adopted or decided: a table of proposals
alone (a working group's report, 'Förslag' on every row) is the plan's list of actions.
"""

from __future__ import annotations

import re

from .elements import Element
from .ended_rows import status_cells, without_rows

# 'Förslag', 'Förslag – avgörs i budgeten', 'Föreslås', 'Föreslagen', 'Ej beslutad'
_PROPOSAL_RE = re.compile(r"^(?:förslag|föreslås|föreslagen|föreslaget|ej\s+beslutad|inte\s+beslutad)\b", re.I)
# 'Antagen', 'Beslutad', 'Godkänd', 'Ingår (i programmet)'
_ADOPTED_RE = re.compile(r"^(?:antagen|antaget|antagits|beslutad|beslutat|beslutats|godkänd|godkänt|godkänts"
                         r"|fastställd|fastställts|ingår)\b", re.I)


def is_proposal(cell: str) -> bool:
    return bool(_PROPOSAL_RE.match(" ".join(cell.split())))


def _adopted(cell: str) -> bool:
    return bool(_ADOPTED_RE.match(" ".join(cell.split())))


def marks_adoption(value: str) -> bool:
    """A status saying the action was adopted or is only proposed ('Antagen', 'Förslag –
    avgörs i budgeten'): a card's 'Status:' field kept as the Status column its table would
    print (`records.marks_plan_status`), so the proposals are read off it as off a table's."""
    return is_proposal(value) or _adopted(value)


def without_proposal_rows(elements: list[Element]) -> list[Element]:
    """The element stream with the proposal rows of adopted-or-proposed status tables out."""
    return [_without_proposals(el) or el for el in elements]


def _without_proposals(el: Element) -> Element | None:
    cells = status_cells(el)
    if cells is None:
        return None
    dropped = [is_proposal(x) for x in cells]
    if not any(dropped) or not any(_adopted(x) for x in cells):
        return None
    return without_rows(el, dropped)
