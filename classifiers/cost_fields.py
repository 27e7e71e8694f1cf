"""A closing field that states a sum of money ('Kostnadsuppskattning: 25 000 € per år.',
'Kostnad: 5 000 euro', 'Budget: ca 2 000 €/år').

Proposals and action cards often close with who answers for them, when, and what they cost.
The cost has no place in the model (it is neither who nor when), but it is one of the
action's own fields, not a sentence that goes on describing it: among the fields closing an
action it is passed over, as the record reader passes over a 'Resurser / kostnad €' field
(`records._other_field`), so that the fields of who and when around it still count.

classifiers/README.md, 'Agreements, working-group reports and project plans'.
"""

from __future__ import annotations

import re

from .text import squash

# a label of one to three words and a colon, then a value holding an amount of money: a
# number and a currency ('25 000 €', '5 000 euro', '€ 300'), possibly 'ca' and 'per år'
_COST_FIELD_RE = re.compile(
    r"^[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,2}:\s+(?:ca\.?\s+|cirka\s+|högst\s+)?"
    r"(?:€\s*)?\d[\d\s.,]*(?:€|euro\b|eur\b)?[^:]*$", re.I)
_MONEY_RE = re.compile(r"€|\beuro\b|\beur\b", re.I)


def is_cost_field(sentence: str) -> bool:
    text = squash(sentence).rstrip(".").strip()
    return bool(_COST_FIELD_RE.match(text)) and bool(_MONEY_RE.search(text))
