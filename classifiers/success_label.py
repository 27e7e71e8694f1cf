"""'Så vet vi att vi lyckats:' — the phrase a programme labels its indicators with by saying
how it will know that it succeeded ('Så vet vi att vi har lyckats:', 'Hur vet vi att vi
lyckats:'). Before a colon with the indicators on the line, it is an indicator field, as
'Så följer vi upp:' is (`headers.follow_up_label`)."""

from __future__ import annotations

import re

# ... or seen ('Så ser vi att vi lyckas:', 'Hur märker vi att vi har nått målet?'): the same
# phrase with another verb of knowing, the success said in the present or the perfect
_SUCCESS_LABEL_RE = re.compile(r"^\s*(?:så(?:\s+här)?|hur)\s+(?:vet|ser|märker)\s+vi\s+(?:att|om)\s+vi\s+(?:har\s+)?"
                               r"(?:lyckats|lyckas|nått\s+målet|når\s+målet)\s*$", re.I)
# the same said as the signs that show it ('Tecken på att vi nått nivå 2:', 'Tecken på att vi
# har lyckats:', 'Signaler på att vi nått målet:'): a maturity model names the level reached,
# by its number ('nivå 2') or as the target level ('målnivån')
_SIGNS_LABEL_RE = re.compile(
    r"^\s*(?:tecken|signaler)\s+på\s+att\s+vi\s+(?:har\s+)?"
    r"(?:lyckats|nått\s+(?:målet|målen|målnivån|målläget|dit|(?:nivå|steg)\s+\d+))\s*$", re.I)


def success_label(label: str) -> bool:
    return bool(_SUCCESS_LABEL_RE.match(label) or _SIGNS_LABEL_RE.match(label))


# the signs a programme says it will see ('Signaler på framsteg:', 'Tecken på att vi nått nivå
# 2:'): each sign is what one of the actions listed above produces when it works (the
# participants of the course, the folder updated), where 'Uppföljning:' or 'Mätare:' follow
# the goal up as a whole
_SIGNS_RE = re.compile(r"^\s*(?:signaler|tecken)\s+på\b", re.I)


def signs_label(label: str) -> bool:
    """A label naming the signs of progress or success ('Signaler på framsteg', 'Tecken på att
    vi nått nivå 2')."""
    return bool(_SIGNS_RE.match(label))
