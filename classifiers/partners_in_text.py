"""An action cell that ends by naming whom the action is done with ('Validering av
yrkeskunnande i samarbete med Luksia'), in a table whose own column names the responsible
and no column names partners: the partner is said in the action's text, as it would be in a
column of its own. The text keeps the phrase (it is part of what is done)."""

from __future__ import annotations

import re

from .actors import _actor_like, _indefinite_start, split_actors
from .label_vocab import COOP_PHRASE
from .text import fold, squash

# the cooperation phrase and what follows it up to the end of the cell
_WITH_RE = re.compile(rf"\b{COOP_PHRASE}\s+(?P<who>[^,.;:()]+?)\s*\.?\s*$")


def partners_named_in_action(text: str) -> list[str]:
    """The partners an action text names at its end after 'i samarbete med' / 'tillsammans
    med' / 'i samverkan med', each reading as an organisation or a name; else []."""
    m = _WITH_RE.search(squash(text))
    if not m:
        return []
    _, partners = split_actors(m.group("who"), "partners")
    # named bodies only: a proper name or a definite noun ('Luksia', 'föreningarna'), not a
    # group described in general ('andra aktörer', 'olika sektorer', 'föreningar')
    return partners if partners and all(_actor_like(p) and _named(p) for p in partners) else []


def _named(name: str) -> bool:
    first = name.split()[0]
    if first[:1].isupper():
        return True
    return not _indefinite_start(name.split()) and fold(first).endswith(("en", "et", "na", "n"))
