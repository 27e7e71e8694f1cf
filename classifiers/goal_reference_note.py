"""A section whose text is running prose may close with a note saying which goal it serves:
'(Artikeln hör till mål 2.)', '(Avsnittet gäller mål 3)', 'Texten anknyter till mål 4.'. A
programme printed as a newsletter, a magazine or a set of stories lists its goals once
(numbered, on the cover or in an opening list) and then tells what is done in articles, each
closed by such a note: the note places the article's sentences under the goal it numbers,
as a goal heading would if it stood above them. The note is a line of its own: a subject
that names the text itself or nothing, a verb of belonging, 'mål' and one number."""

from __future__ import annotations

import re

from .text import squash

# '(Artikeln hör till mål 2.)': the text, then belonging to the goal of that number; the
# words before the verb name the text ('Artikeln', 'Avsnittet', 'Texten', 'Berättelsen'):
# at most two words and no digit, so no sentence of the article itself reads as one
# ... also pointed at ('Det här kortet hör till mål A.', 'Denna åtgärd hör till mål 2.': an
# action card saying which goal it serves), and a goal lettered A–F as well as numbered
_NOTE_RE = re.compile(
    r"^\(?\s*(?:(?:det|den)\s+här\s+|detta\s+|denna\s+)?(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s+)?"
    r"(?:hör\s+till|gäller|anknyter\s+till|hänför\s+sig\s+till|kopplas\s+till|är\s+kopplad\s+till|stöder)\s+"
    r"(?:mål(?:et|sättning(?:en)?)?)\s+(?:nr\.?\s*|nummer\s+)?(\d{1,2}|(?-i:[A-F]))\s*\.?\s*\)?\s*\.?$", re.I)


def referred_goal_number(text: str) -> str | None:
    """The goal number a closing note refers its section to ('(Artikeln hör till mål 2.)'
    -> '2'), else None."""
    m = _NOTE_RE.match(squash(text or ""))
    return m.group(1) if m else None
