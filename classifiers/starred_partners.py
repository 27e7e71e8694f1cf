"""Actors' roles marked by asterisks in one actors cell (forty-second set):

    Aktörer: 'Biblioteket, Församlingen*, Folkhälsan*'   'Föreningen X**'

A programme that prints all of an action's actors in one cell may tell their roles by a mark
after the name, as its reading guide says ('En asterisk (*) efter ett namn betyder att
aktören är samarbetspart. Två asterisker (**) betyder att aktören ansvarar om projektstöd
beviljas.'): a name without a mark is responsible, a name with one asterisk is a partner, a
name with two is responsible (on a condition; still the one who carries the action out).
The marks are no part of the names. Read only where a paragraph explains the single
asterisk as a partner mark: elsewhere an asterisk is a footnote's.

classifiers/README.md, 'Roles by asterisks, and fact boxes inside an area's list (forty-second set: blind249, blind250)'.
"""

from __future__ import annotations

import re

from .text import squash

# 'En asterisk (*) … samarbetspart', '* = samarbetspartner', 'Med asterisk (*) markeras partner'
_LEGEND_RE = re.compile(
    r"(?:\basterisk\w*|\(\*\)|(?<![*\w])\*(?!\*)\s*(?:=|betyder|anger|markerar))[^.]{0,120}?"
    r"\b(?:samarbetspart\w*|samarbetspartner\w*|partner\w*)", re.I)
_MARK_RE = re.compile(r"\s*(\*{1,2})\s*$")


def says_asterisk_partner(text: str) -> bool:
    """Does a paragraph say a name marked with an asterisk is a partner?"""
    return bool(_LEGEND_RE.search(squash(text or "")))


def partners_by_asterisk(measures, paragraphs: list[str]) -> None:
    """Where a paragraph explains the mark (`says_asterisk_partner`): each measure's
    responsible name closed by one asterisk becomes its partner, one closed by two stays
    responsible; the marks go."""
    # (the measures' marks first: the paragraphs are searched for the legend only where one is)
    marked = [m for m in measures if any(_MARK_RE.search(r) for r in m.responsible + m.partners)]
    if not marked or not any(says_asterisk_partner(p) for p in paragraphs):
        return
    for m in marked:
        responsible: list[str] = []
        partners = [_MARK_RE.sub("", p) for p in m.partners]
        for name in m.responsible:
            mark = _MARK_RE.search(name)
            bare = _MARK_RE.sub("", name) if mark else name
            if mark and mark.group(1) == "*":
                partners.append(bare)
            else:
                responsible.append(bare)
        if responsible:  # a cell of partners alone keeps its names as the doers
            m.responsible, m.partners = responsible, partners
        else:
            m.responsible = [_MARK_RE.sub("", r) for r in m.responsible]
