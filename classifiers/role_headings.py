"""A heading that only names its part's role ('Åtgärder', 'Så gör vi', '3.2 Konkreta
åtgärder'): the heading above it names what the actions are for."""
from __future__ import annotations

import re

# on folded text (`text.fold`)
ROLE_HEADING_RE = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:konkreta\s+|vara\s+|planerade\s+)?(?:atgarder|atgarderna|insatser|insatserna|aktiviteter|steg)"
    r"|sa\s+(?:gor|arbetar)\s+vi|det\s+har\s+gor\s+vi|vad\s+gor\s+vi|handlingsplan(?:en)?)\W*$")
