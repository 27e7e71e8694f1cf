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
from dataclasses import replace

from .elements import Element
from .ended_rows import status_cells, without_rows
from .headers import map_columns
from .table_rows import one_header_table

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


# A preparation shown in full (forty-first blind set): the working groups' proposals, each
# with the steering group's (or board's) decision on it in a column of its own --
# 'Godkänns' (in the programme as written), 'Godkänns i ändrad form: <wording>' (the decided
# wording is what gets done, not the proposal), 'Avslås – <reason>', 'Överförs till … plan'.
# A rejected or transferred proposal is no action of the programme; an amended one is the
# wording decided. Told by the cells, not the header: every filled cell of the column opens
# with a decision verb, one at least approves and one at least rejects, transfers or amends.
_APPROVED_RE = re.compile(r"^(?:godkänns|godkänd|godkänt|godkändes|antas|bifalls|tillstyrks|hyväksytään|hyväksytty"
                          r"|approved|accepted)\b", re.I)
_REJECTED_RE = re.compile(r"^(?:avslås|avslogs|avslaget|avslagen|förkastas|förkastad|avstyrks|hylätään|hylätty"
                          r"|överförs|överfördes|flyttas|siirretään|siirtyy|rejected|transferred)\b", re.I)
# 'Godkänns i ändrad form: X', 'Godkänns med ändringar: X', 'Hyväksytään muutettuna: X':
# an approval qualified before a colon, the decided wording after it
_AMENDED_RE = re.compile(r"^(?:godkänns|godkänd|godkänt|antas|hyväksytään|hyväksytty|approved)\b[^:]{1,40}:\s*(?P<text>\S.*)$",
                         re.I | re.S)


def _decision(cell: str) -> str | None:
    """'approved', 'amended', 'rejected' or None for a decision cell."""
    text = " ".join(cell.split())
    if _AMENDED_RE.match(text):
        return "amended"
    if _APPROVED_RE.match(text):
        return "approved"
    if _REJECTED_RE.match(text):
        return "rejected"
    return None


def decided_proposals(elements: list[Element]) -> list[Element]:
    """The element stream with each proposal table read as what was decided: rejected and
    transferred rows out, an amended row's action the decided wording, the decision column
    gone."""
    return [_decided(el) or el for el in elements]


def _decided(el: Element) -> Element | None:
    t = one_header_table(el, 3)
    if t is None:
        return None
    header = list(t.rows[0])
    roles = map_columns(header)
    measure = [c for c, r in roles.items() if r == "measure"]
    if len(measure) != 1:
        return None
    mc = measure[0]
    body = [list(r) for r in t.rows[1:]]
    for dc in range(len(header)):
        if dc == mc:
            continue
        cells = [r[dc] if dc < len(r) else "" for r in body]
        decisions = [_decision(c) for c in cells]
        kinds = [k for k, c in zip(decisions, cells) if c.strip()]
        if len(kinds) < 2 or None in kinds:
            continue
        if not any(k in ("approved", "amended") for k in kinds) or not any(k in ("rejected", "amended") for k in kinds):
            continue
        dropped = [k == "rejected" for k in decisions]
        for row, cell in zip(body, cells):
            m = _AMENDED_RE.match(" ".join(cell.split()))
            if m and mc < len(row):
                row[mc] = m.group("text").strip()
        rows = [[c for k, c in enumerate(r) if k != dc] for r in [header] + body]
        cut = replace(el, table=t.model_copy(update={"rows": rows, "spans": []}))
        return without_rows(cut, dropped) if any(dropped) else cut
    return None
