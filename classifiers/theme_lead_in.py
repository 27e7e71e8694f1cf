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

# the name: one to four words, a capital first, no digit or sentence stop (a short name of a
# few words, as `goal_short_names` reads a goal table's column of them: 'Trygg start för
# barnen'); the goal after it: a sentence opening with a capital, of four words at least
# (or before a dash: 'Barn och familjer – Barnfamiljer ... får stöd tidigt.', the name set
# off as a title is, twenty-fourth blind set). After a dash the goal may run on in lower case
# ('Språket som nyckel – alla vuxna kan lära sig svenska.'): the dash sets the name off as a
# colon would, and the goal continues the line (sixtieth set); after a colon a lower-case
# start is a sentence's own colon, left as before.
_LEAD_IN_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ][^\W\d_]*(?:\s+[^\W\d_]+){0,3})"
                         r"(?:\s*:\s+(?P<text>[A-ZÅÄÖ].*)|\s+[–—-]\s+(?P<dtext>[^\W\d_].*))$", re.S)
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
    name, text = m.group("name").strip(), (m.group("text") or m.group("dtext")).strip()
    if label_role(name) is not None or len(text.split()) < _GOAL_MIN_WORDS:
        return None
    return LeadIn(theme=name, text=text.rstrip(".").strip())
