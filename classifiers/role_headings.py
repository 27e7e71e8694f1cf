"""A heading that only names its part's role ('Åtgärder', 'Så gör vi', '3.2 Konkreta
åtgärder'): the heading above it names what the actions are for."""
from __future__ import annotations

import re

from .label_vocab import ACTION_NOUNS, alt

# on folded text (`text.fold`)
# (the action nouns in each form from the shared vocabulary, label_vocab.ACTION_NOUNS: the
# singular 'Åtgärd', 'Insats' heads one action's part as the plural heads a list of them; and
# the statements `headers._PHRASE_ROLES` reads an action column by: 'Så (här) gör vi', 'Det
# här gör vi', 'Detta gör vi')
ROLE_HEADING_RE = re.compile(
    rf"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:konkreta\s+|vara\s+|planerade\s+)?(?:{alt(ACTION_NOUNS, folded=True)}|steg)"
    r"|sa\s+(?:har\s+)?(?:gor|arbetar)\s+vi|(?:det\s+har|detta)\s+gor\s+vi|vad\s+gor\s+vi|handlingsplan(?:en)?)\W*$")
