"""'Vi ser förändringen när ...': the sign by which a goal's change will be seen.

A theory of change states each effect it aims at and then the sign that tells the change has
come ('Effekt: X.' / 'Vi ser förändringen när sysselsättningsgraden stiger.', 'Vi vet att vi
har lyckats när ...', 'Förändringen syns när ...'). What follows 'när' is what is followed up:
an indicator of the goal stated right before it, of no one action."""
from __future__ import annotations

import re

_SIGN_RE = re.compile(
    r"^\s*(?:vi\s+(?:ser|märker)\s+(?:förändringen|att\s+(?:vi\s+(?:har\s+)?lyckats|målet\s+(?:är\s+)?nåtts))"
    r"|vi\s+vet\s+att\s+vi\s+(?:har\s+)?lyckats"
    r"|förändringen\s+(?:syns|märks))"
    r"\s+när\s+(?P<text>[^.!?]+?)\s*\.?\s*$", re.I | re.S)


def change_sign(paragraph: str) -> str | None:
    """What a sentence of the form 'Vi ser förändringen när X.' says is followed up (X,
    without the opener and the full stop); None for any other text."""
    m = _SIGN_RE.match(" ".join(paragraph.split()))
    return m.group("text") if m else None
