"""Chains from an action to its results, as a programme logic or a workshop draws them:
'Språkstig i svenska till nivå B1 → fler klarar språkkraven → fler i arbete → Mätare: antal
som avlagt YKI-provet'. The first link names an action (listed elsewhere in the programme by
a longer sentence), the links in between are expected results, and the link labelled as a
meter ('Mätare:', 'Indikator:') is the indicator following that action up. A chain is no
action of its own."""

from __future__ import annotations

import re

from .goal_lookup import long_words
from .headers import label_role
from .named_action import shared_words
from .text import squash

_ARROW_RE = re.compile(r"\s*(?:→|⟶|⇒|->|=>)\s*")


def chain_indicator(text: str) -> tuple[str, str] | None:
    """(the first link, the indicator) of a chain of at least three links whose last link is
    labelled as an indicator, else None."""
    links = [x.strip() for x in _ARROW_RE.split(squash(text))]
    if len(links) < 3 or not all(links):
        return None
    label, sep, value = links[-1].partition(":")
    if not sep or not value.strip() or label_role(label.strip()) != "indicator":
        return None
    return links[0], value.strip().rstrip(".").strip()


def action_named_by_link(link: str, actions: list[tuple[str, str]]) -> str | None:
    """The id of the action (id, text) that a chain's first link names by its words: the one
    sharing the most of them (matched by stem), at least half of the link's own, with no other
    action sharing as many; else None."""
    own = long_words(link)
    if not own:
        return None
    counts = sorted(((shared_words(own, long_words(text)), mid) for mid, text in actions), reverse=True)
    if not counts or counts[0][0] * 2 < len(own) or counts[0][0] == 0:
        return None
    if len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    return counts[0][1]
