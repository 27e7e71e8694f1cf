"""An appendix table restating the running text's actions in order, by short names.

A short prose plan states its actions as bullets under each theme's goal and gathers who,
with whom, when and the meter in one table at the end ('Bilaga 1. Ansvar, tidtabell och
mätare': Åtgärd | Ansvarig | Samarbetspartner | År | Mätare), one row per bullet in the same
order, its action cell a short name of the bullet ('Språkcafé' for 'Biblioteket startar ett
språkcafé varannan torsdag'). The rows are no further actions: each row's fields belong to
the action at its position. Without action numbers (`merge._merge_measures` joins those) the
order is the key: the table has exactly as many rows as the text stated actions before it,
three at least, and (nearly) every row shares a word with the action at its position
(`align.overlap`, by stem: 'Kartläggning av makars kompetens' ~ 'Vi kartlägger kompetensen
hos makar'). A table of other actions, or a count that differs, stays as read.
"""

from __future__ import annotations

from .joined_measures import drop_joined, take_row_fields
from .align import overlap
from .builder import Built
from .prose_actions import prose_action

_MIN_ROWS = 3
# a row may rename its action with no word of the bullet; most rows repeat one
_SHARED_SHARE = 0.75
# a table after one joined so (a brochure's 'Vem gör vad?' after each theme): two rows, each
# sharing a word with its action
_SERIES_MIN_ROWS = 2


def _tables(b: Built) -> dict[int, list]:
    out: dict[int, list] = {}
    for m in b.measures:
        t = b.measure_table.get(m.id)
        if t is not None and m.id in b.measure_from_table:
            out.setdefault(t, []).append(m)
    return out


def _states_own_actions(rows: list) -> bool:
    """Most rows are sentences that state an action with a doer of their own ('Servicepunkten
    inför tidsbokning 2025', `prose_actions.prose_action`): actions of their own, such as
    a later chapter's list closed by its 'Ansvar:' line, not short names restating the
    text's ('Språkcafé', 'Kartläggning av makars kompetens')."""
    own = sum(bool((a := prose_action(r.text)) is not None and a.responsible) for r in rows)
    return 2 * own > len(rows)


def _shares_a_word(row: str, action: str) -> bool:
    return overlap(row, action) > 0


def _since_last_table(b: Built, first: int) -> list:
    """The text's actions stated after the last table row read before index `first`."""
    k = first
    while k > 0 and b.measures[k - 1].id not in b.measure_from_table:
        k -= 1
    return b.measures[k:first]


def join_restated_in_order(b: Built) -> None:
    """Join each row of a table restating the text's actions in order to its action: the
    bullet's text and goal stay, the row's doers, partners, time and meters are the action's."""
    remap: dict[str, str] = {}
    for rows in _tables(b).values():
        # (rows restating numbered actions by number were joined before: `merge._merge_measures`;
        # a print numbering the rows on its own, '1.1', '1.2', names none of the text's)
        if len(rows) < (_MIN_ROWS if not remap else _SERIES_MIN_ROWS):
            # (a later table of a series each restating its theme's actions may be shorter:
            # the table before it, joined, showed what the tables are)
            continue
        first = b.measures.index(rows[0])
        prose = [m for m in b.measures[:first] if m.id not in b.measure_from_table]
        if len(prose) != len(rows):
            # (a brochure closing each theme with its own table, 'Vem gör vad?' after the
            # theme's bullets: the table restates the actions stated since the table before it)
            prose = _since_last_table(b, first)
        if len(prose) != len(rows) or any(m.id in remap for m in prose) or _states_own_actions(rows):
            continue
        shared = sum(_shares_a_word(r.text, m.text) for r, m in zip(rows, prose))
        if shared < (_SHARED_SHARE if len(rows) >= _MIN_ROWS else 1) * len(rows):
            continue
        for row, m in zip(rows, prose):
            if not (m.goals or m.goal):
                m.goals, m.goal = list(row.goals), row.goal
            take_row_fields(m, row)
            remap[row.id] = m.id
    drop_joined(b, remap)
