"""A cell that gives one line per action of its row, in the same order as the actions ('Ansvar
och år anges i samma ordning som aktiviteterna'): an action plan with one row per goal, its
actions as the lines of one cell and their responsible as the lines of the next.

A full line of a narrow cell ending on a name may be a wrap ('Ålands' / 'Näringsliv') or an
item of its own ('Fritidssekreteraren' / 'Centralvalnämnden'); the line width cannot tell
them apart. The count of the row's actions can: when reading such lines as wraps leaves
fewer items than the row has actions, and reading them as items of their own gives exactly
one per action, the cell is one line per action."""

from __future__ import annotations

from .cells import split_lines_items
from .text import is_wrap


def lines_per_action(text: str, n_actions: int, width: int | None = None) -> list[str]:
    """The items of a cell's lines (wraps joined), one per action where the count of actions
    says a full line ending on a name ended its item."""
    items = split_lines_items(text, width)
    if n_actions < 2 or len(items) >= n_actions:
        return items
    strict: list[str] = []
    prev = ""
    for ln in (x.strip() for x in (text or "").splitlines() if x.strip()):
        # only the sure wraps: a lower-case start, a line ending on 'och' or a comma, ...
        if strict and is_wrap(prev, ln, None):
            strict[-1] = f"{strict[-1]} {ln}"
        else:
            strict.append(ln)
        prev = ln
    return strict if len(strict) == n_actions else items
