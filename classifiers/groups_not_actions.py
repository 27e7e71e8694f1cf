"""A group of an action table's rows that the programme says are no actions (forty-third
blind set).

An action plan kept on a task board and exported as a table (a column naming each task's
group: 'Bucket', 'Tema', 'Område') may keep tasks of the programme work itself in a group of
their own -- sending the programme on, booking a room for the working group. The programme
says so in its explanation of the export: 'Uppgifter i bucket ”Administration” gäller själva
programarbetet och är inte åtgärder.' A sentence naming a group in quotation marks and saying
its tasks are not actions (or not part of the programme) names a group whose rows hold no
action; such rows go. Without such a sentence every group's rows are read.
"""

from __future__ import annotations

import re

from .text import fold, sentences, squash

# the tasks or rows said to be no actions: 'är inte åtgärder', 'räknas inte som åtgärder',
# 'utgör inga insatser', 'ingår inte i åtgärdsplanen / programmet'
_NOT_ACTIONS_RE = re.compile(
    r"\b(?:är|utgör|räknas)\s+(?:inte|ej|inga)\s+(?:som\s+)?(?:åtgärder|insatser|aktiviteter|programmets\s+åtgärder)\b"
    r"|\bingår\s+(?:inte|ej)\s+i\s+(?:åtgärdsplanen|åtgärderna|programmet)\b", re.I)
# a name in quotation marks (typographic or straight)
_QUOTED_RE = re.compile(r"[”“\"'‘’]([^”“\"'‘’]{2,40})[”“\"'‘’]")


def groups_said_not_actions(texts: list[str]) -> set[str]:
    """The folded names of the groups the document's sentences say hold no actions."""
    out: set[str] = set()
    for text in texts:
        for s in sentences(text or ""):
            if _NOT_ACTIONS_RE.search(s):
                out.update(fold(squash(m.group(1))) for m in _QUOTED_RE.finditer(s))
    return out


def without_group_rows(rows: list[list[str]], pages: list[int], col: int,
                       groups: set[str]) -> tuple[list[list[str]], list[int]]:
    """The rows and their pages without those whose group cell (column `col`) names one of
    `groups`; an empty group cell is the group of the row above."""
    if not groups:
        return rows, pages
    keep_rows, keep_pages, group = [], [], ""
    for row, page in zip(rows, pages):
        cell = fold(squash(row[col])) if col < len(row) else ""
        group = cell.rstrip(".") or group
        if group in groups:
            continue
        keep_rows.append(row)
        keep_pages.append(page)
    return keep_rows, keep_pages
