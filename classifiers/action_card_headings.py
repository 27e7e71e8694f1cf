"""Headings that head one action's card: 'Åtgärdskort 2', 'Åtgärd 3', 'Insats 1.4'
(thirty-second blind set).

A heading naming a single action by its number heads that action's card, its fields under
it. Text stated after the card's fields, before the next heading, is no part of that one
action: a programme that lays its goals out as running text between the cards ('Från: … →
Till: …' after card 2, then cards 3 and 4) states there the next goal of the chapter the
cards are in, and the cards after it serve that goal. So a goal stated under such a heading
is the enclosing section's (`Builder._statement_section`)."""

from __future__ import annotations

import re

from .prose import heading_kind

# the label word and the action's number closing the heading
_ONE_ACTION_RE = re.compile(r"^\s*[^\W\d_]+\s+\d{1,2}(?:\.\d{1,2})*\.?\s*$")


def heads_one_action(heading: str) -> bool:
    """'Åtgärdskort 2', 'Åtgärd 3': a measure word and a number, nothing else."""
    return bool(_ONE_ACTION_RE.match(heading or "")) and heading_kind(heading) == "measure"
