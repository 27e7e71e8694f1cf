"""'Så vet vi att vi lyckats:' — the phrase a programme labels its indicators with by saying
how it will know that it succeeded ('Så vet vi att vi har lyckats:', 'Hur vet vi att vi
lyckats:'). Before a colon with the indicators on the line, it is an indicator field, as
'Så följer vi upp:' is (`headers.follow_up_label`)."""

from __future__ import annotations

import re

from .label_vocab import SUCCESS_LABEL

# ... or seen ('Så ser vi att vi lyckas:', 'Hur märker vi att vi har nått målet?'), said of the
# work ('Så vet vi att det fungerar:', 'Hur vet vi om insatsen fungerar?'), or as the signs that
# show it ('Tecken på att vi har lyckats:', 'Tecken på att vi nått nivå 2:'): the one phrase
# every label reader shares (label_vocab.SUCCESS_PHRASE), so that a form one reader knows
# every reader knows
_SUCCESS_LABEL_RE = re.compile(SUCCESS_LABEL, re.I)


def success_label(label: str) -> bool:
    return bool(_SUCCESS_LABEL_RE.match(label))


# the signs a programme says it will see ('Signaler på framsteg:', 'Tecken på att vi nått nivå
# 2:'): each sign is what one of the actions listed above produces when it works (the
# participants of the course, the folder updated), where 'Uppföljning:' or 'Mätare:' follow
# the goal up as a whole
_SIGNS_RE = re.compile(r"^\s*(?:signaler|tecken)\s+på\b", re.I)


def signs_label(label: str) -> bool:
    """A label naming the signs of progress or success ('Signaler på framsteg', 'Tecken på att
    vi nått nivå 2')."""
    return bool(_SIGNS_RE.match(label))
