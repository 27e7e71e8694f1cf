"""Cells that refer to a numbered part of the document ('kap. 3, punkt 2', 'avsnitt 4.1').

A follow-up table often names the action or goal each row follows up by where the document
states it: its chapter and the item's number there ('kap. 3, punkt 2'), or the chapter alone
('kap. 6'). Such a reference is a whole value, the key its row is found by; written in lower
case as Swedish abbreviations are, it starts no sentence that a page or line break cut."""
from __future__ import annotations

import re

# the words a Swedish text refers to its own parts with, written out or cut short
_PART = r"(?:kap(?:itel|\.)?|avsnitt|avsn\.|del|bilaga|sid(?:an|\.)?|s\.)"
_ITEM = r"(?:punkt(?:en)?|p\.|åtgärd|mål|nr)"
_NUM = r"\d{1,2}(?:\.\d{1,2})*"
_PARTS_RE = re.compile(rf"^\s*{_PART}\s*(?P<part>{_NUM})(?:\s*[,:]?\s*{_ITEM}\s*(?P<item>{_NUM}))?\s*\.?\s*$", re.I)


def is_part_reference(cell: str) -> bool:
    """The cell is a reference to a numbered part of the document and nothing more."""
    return part_reference(cell) is not None


def part_reference(cell: str) -> tuple[str, str | None] | None:
    """(part number, item number or None) of a reference cell ('kap. 3, punkt 2' -> ('3',
    '2'); 'kap. 6' -> ('6', None)), else None."""
    m = _PARTS_RE.match(" ".join(cell.split()))
    return (m.group("part"), m.group("item")) if m else None


def chapter_sections(sections: list, part: str) -> set[str]:
    """The ids of the section numbered `part` (the first so numbered) and of every section
    under it."""
    top = next((s for s in sections if s.number == part), None)
    if top is None:
        return set()
    ids = {top.id}
    for s in sections:  # sections come in document order, a parent before its children
        if s.parent in ids:
            ids.add(s.id)
    return ids


def referred_targets(ref: tuple[str, str | None], sections: list, goals: list, measures: list,
                     numbers: dict[str, str]) -> tuple[list[str], str | None]:
    """(measures, goal) a part reference names: 'kap. 3, punkt 2' the action printed as item
    2 of chapter 3 (by its printed number, else the second action read there: a chapter
    numbers its items through all its lists), 'kap. 6' the chapter's first goal (a row
    following up a whole chapter reports under the goal it states first). ([], None) when
    the chapter or item is not found."""
    part, item = ref
    ids = chapter_sections(sections, part)
    if not ids:
        return [], None
    if item is None:
        goal = next((g.id for g in goals if g.section in ids), None)
        return [], goal
    in_chapter = [m for m in measures if m.section in ids]
    hit = next((m.id for m in in_chapter if numbers.get(m.id) == item), None)
    if hit is None and item.isdigit() and 0 < int(item) <= len(in_chapter):
        hit = in_chapter[int(item) - 1].id
    return ([hit] if hit else []), None
