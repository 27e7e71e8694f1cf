"""'Så vet vi att vi lyckats:' — the phrase a programme labels its indicators with by saying
how it will know that it succeeded ('Så vet vi att vi har lyckats:', 'Hur vet vi att vi
lyckats:'). Before a colon with the indicators on the line, it is an indicator field, as
'Så följer vi upp:' is (`headers.follow_up_label`)."""

from __future__ import annotations

import re

_SUCCESS_LABEL_RE = re.compile(r"^\s*(?:så(?:\s+här)?|hur)\s+vet\s+vi\s+att\s+vi\s+(?:har\s+)?(?:lyckats|nått\s+målet)\s*$",
                               re.I)


def success_label(label: str) -> bool:
    return bool(_SUCCESS_LABEL_RE.match(label))
