"""The responsible of a goal, given once under it: 'Mål 4. Arbetsgivarna hittar arbetskraft …'
/ 'Ansvarig för målet: näringslivsenheten tillsammans med sysselsättningsområdet' / an action
table whose columns name only those taking part ('Med i arbetet').

A programme that makes one body answer for each goal (it 'svarar för att målets åtgärder
genomförs') names it in a field under the goal, not on every action: the goal's actions are
that body's, whatever others take part in them. The field names the goal's responsible,
so every actor it names is responsible -- also one joined by 'tillsammans med', which in a
field of who answers for the goal shares that answer (unlike an action's text, where it
names a partner)."""

from __future__ import annotations

import re

from .label_vocab import COOP_PHRASE
from .table_rows import one_header_table
from .text import squash

_GOAL_OWNER_RE = re.compile(
    r"^(?:huvud)?ansvar(?:ig|iga|et)?\s+för\s+(?:målet|detta\s+mål|målets\s+åtgärder)\s*:\s*(?P<who>\S.*?)\.?$",
    re.I)
_JOINS_RE = re.compile(rf"\s*,\s*|\s+(?:och|samt|{COOP_PHRASE})\s+", re.I)


def goal_owner_field(text: str) -> list[str] | None:
    """The actors a goal's responsible field names ('Ansvarig för målet: X tillsammans med
    Y' -> [X, Y]), else None."""
    m = _GOAL_OWNER_RE.match(squash(text))
    if not m:
        return None
    names = [n.strip() for n in _JOINS_RE.split(m.group("who")) if n.strip()]
    return names or None


def goal_owner_lines(elements: list) -> list:
    """The element stream with a goal's responsible field taken back out of the record table
    it was read into ('Ansvarig för målet: X' over cards of the goal's actions, read by
    `records` as the first card's field): a paragraph of its own again over the table, the
    field of the goal, not of its first action."""
    from dataclasses import replace

    from .elements import Element

    out = []
    for el in elements:
        t = one_header_table(el, 2)
        if t is None:
            out.append(el)
            continue
        head = list(t.rows[0])
        col = next((c for c, h in enumerate(head)
                    if len(t.rows[1]) > c and goal_owner_field(f"{h}: {t.rows[1][c]}")), None)
        if col is None or any(len(r) > col and r[col].strip() for r in t.rows[2:]):
            out.append(el)
            continue
        out.append(Element("para", f"{head[col]}: {squash(t.rows[1][col])}", el.page))
        rows = [[x for c, x in enumerate(r) if c != col] for r in t.rows]
        out.append(replace(el, table=t.model_copy(update={"rows": rows, "spans": []})))
    return out
