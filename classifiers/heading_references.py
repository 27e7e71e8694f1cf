"""Cells that name a part of the plan by the label and number its heading prints
('Nyckelåtgärd 2', 'Insatsområde 3', 'Spår 1').

A follow-up table may say what each meter follows up by the label and number of the part
where the plan states it: an action printed in a box titled 'NYCKELÅTGÄRD 2', an area
headed 'Insatsområde 3: Arbete'. The cell is that heading's label and number and nothing
more (in any case: a box title may be printed in capitals). It refers to the action read
under the heading when the heading's label names an action ('Åtgärd', 'Nyckelåtgärd',
`headers.header_role`), else to the first goal stated in the part -- a meter of the whole
area, of no one action. A cell naming no heading of the document refers to nothing here.

classifiers/README.md, 'Roadmaps of steps and milestones, key actions in boxes'.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .headers import header_role
from .text import squash

# a word or two and a number, nothing more: 'Nyckelåtgärd 2', 'Insatsområde 3'
_REF_RE = re.compile(r"^\s*(?P<label>[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)\s+(?P<num>\d{1,2})\s*\.?\s*$")


def heading_reference(cell: str) -> tuple[str, str] | None:
    """(label, number) of a cell made of a label and a number alone, else None."""
    m = _REF_RE.match(squash(cell or ""))
    return (m.group("label"), m.group("num")) if m else None


def referred_section(ref: tuple[str, str], sections: list):
    """The first section whose heading opens with the reference's label and number, then
    ends or goes on after a colon, a full stop or a dash ('Insatsområde 3: Arbete',
    'NYCKELÅTGÄRD 2'), else None."""
    head_re = _heading_re(*ref)
    return next((s for s in sections if head_re.match(squash(s.heading))), None)


@lru_cache(maxsize=256)
def _heading_re(label: str, num: str) -> re.Pattern:
    """The heading a reference names ('Insatsområde 3' -> 'Insatsområde 3: …'), compiled once
    a (label, number): `referred_section` is asked it for every cell of every column tried."""
    return re.compile(rf"^\s*{re.escape(label)}\s+{num}(?:\s*$|\s*[:.]\s|\s+[–—-]\s)", re.I)


def referred_part(ref: tuple[str, str], sections: list, goals: list, measures: list) -> tuple[list[str], str | None] | None:
    """(measures, goal) the reference names: the action read first right under a heading
    whose label names an action, else the first goal stated in the part (its sub-parts included);
    None when no heading is so labelled and numbered, or nothing was read under it."""
    sec = referred_section(ref, sections)
    if sec is None:
        return None
    if header_role(ref[0]) == "measure":
        # (the first action read there: the box's own -- a list printed after the box under
        # no heading of its own falls under its title too)
        own = next((m.id for m in measures if m.section == sec.id), None)
        if own:
            return [own], None
    ids = {sec.id}
    for s in sections:  # a parent comes before its children
        if s.parent in ids:
            ids.add(s.id)
    goal = next((g.id for g in goals if g.section in ids), None)
    return ([], goal) if goal else None


def heading_reference_column(rows: list[list[str]], roles: dict[int, str], sections: list,
                             header: list[str] | None = None) -> int | None:
    """The column of an indicator table with no action column whose filled cells all name
    parts of the plan by their headings' label and number ('Följer upp': 'Nyckelåtgärd 1',
    'Insatsområde 3'), at least two of them; a cell repeating the column's header (the
    header row printed again after a page break) is passed over. Else None."""
    kinds = set(roles.values())
    if "indicator" not in kinds or "measure" in kinds or not rows or not sections:
        return None
    meters = [c for c, r in roles.items() if r == "indicator"]
    found = []
    for c in range(max(len(r) for r in rows)):
        # (a second meter column by its header, 'Följer upp' beside 'Indikator')
        if c in roles and not (roles[c] == "indicator" and len(meters) >= 2 and c != meters[0]):
            continue
        head = squash(header[c]).casefold() if header and c < len(header) else None
        cells = [squash(r[c]) for r in rows if c < len(r) and r[c].strip()]
        cells = [x for x in cells if x.casefold() != head]
        refs = [heading_reference(x) for x in cells]
        if len(cells) >= 2 and all(ref is not None and referred_section(ref, sections) is not None for ref in refs):
            found.append(c)
    return found[0] if len(found) == 1 else None
