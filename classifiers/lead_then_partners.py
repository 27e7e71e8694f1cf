"""A legend saying the actors' parenthesis names the lead first and then the partners:
'Parentesen anger ansvarig enhet först och därefter eventuell samarbetspart.', 'Inom parentes
anges den ansvariga enheten, eventuella samarbetspartner och tidtabellen.'

Without such a legend a comma list of actors names bodies sharing the responsibility
('(bildningen, fritiden, 2026)'): each is responsible. A programme that explains its
parentheses this way says the order is a role: the first name is the responsible unit, any
name after it (before the time) a partner. Read for the actions whose printed text closes
with such a parenthesis, of several names and no partner read.

classifiers/README.md, 'The actors' parenthesis explained by a legend'.
"""

from __future__ import annotations

import re

from .actors import actor_key
from .text import squash

# the lead named first, then the partners: '… ansvarig enhet först och därefter (eventuell)
# samarbetspart', '… den ansvariga enheten, eventuella samarbetspartner och tidtabellen'
_LEGEND_RE = re.compile(
    r"\bparentes\w*\b[^.]{0,40}\bansvarig\w*(?:\s+\w+)?\s+(?:först\s*)?(?:,|och|samt)?\s*(?:därefter|sedan|efter\s+det)?\s*"
    r"(?:eventuell\w*\s+)?(?:samarbetspart\w*|partner\w*)"
    r"|\bansvarig\w*(?:\s+\w+)?\s+först\b[^.]{0,40}\b(?:samarbetspart\w*|partner\w*)[^.]{0,40}\bparentes",
    re.I)
_CLOSING_PAREN_RE = re.compile(r"\(([^()]+)\)\s*\.?\s*$")


def says_lead_then_partners(text: str) -> bool:
    """Does a paragraph say the parentheses name the responsible first, then partners?"""
    return bool(_LEGEND_RE.search(squash(text or "")))


def partners_after_lead(measures, paragraphs: list[str]) -> None:
    """Where a paragraph says so (`says_lead_then_partners`): each measure whose printed text
    closes with a parenthesis naming its several responsible in order keeps the first as
    responsible, the others become its partners."""
    if not any(says_lead_then_partners(p) for p in paragraphs):
        return
    for m in measures:
        if len(m.responsible) < 2 or m.partners or not m.printed:
            continue
        found = _CLOSING_PAREN_RE.search(squash(m.printed))
        if not found:
            continue
        names = [actor_key(x) for x in found.group(1).split(",")]
        keys = [actor_key(r) for r in m.responsible]
        if names[:len(keys)] != keys:
            continue
        m.responsible, m.partners = m.responsible[:1], m.responsible[1:]
