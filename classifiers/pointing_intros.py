"""A paragraph that announces the list under it with a full stop instead of a colon:
'Utifrån utlåtandena lades följande åtgärder till. De hör till de delmål som anges inom
parentes.' / '• …'.

'Följande' ('the following') points forward: a sentence naming 'följande åtgärder' /
'följande mål' can only speak of what comes after it, so it introduces the list right under
its paragraph as it would with a colon, even when closed by a full stop and followed by a
sentence on the list's notation. What the list holds is read from that sentence as from any
intro (`prose.intro_kind`).
"""

from __future__ import annotations

import re

from .prose import intro_kind
from .text import fold, sentences

# the word pointing forward to what follows: 'följande', 'nedanstående'
_POINTING_RE = re.compile(r"\b(?:foljande|nedanstaende)\b")
# a semicolon between clauses, the spaces about it
_CLAUSE_BREAK_RE = re.compile(r"\s*;\s*")


def pointing_intro_kind(paragraph: str) -> str | None:
    """'measure' when the last clause pointing forward in `paragraph` ('… följande åtgärder
    till.') introduces the list under it as a list of actions, else None (a paragraph closed
    by a colon is read as an intro already)."""
    text = paragraph.strip()
    if text.endswith(":"):
        return None
    # the clause that points ('Följande indikatorer används; hänvisningen inom parentes anger
    # den åtgärd …': the clause after the semicolon explains the notation, naming other things)
    pointing = [c for s in sentences(text) for c in _CLAUSE_BREAK_RE.split(s) if _POINTING_RE.search(fold(c))]
    if not pointing:
        return None
    kind = intro_kind(pointing[-1].rstrip(" .!") + ":")
    # (only a list of actions so announced: a list of indicators or goals under such a
    # paragraph is read by the rules that know its items already)
    return kind if kind == "measure" else None
