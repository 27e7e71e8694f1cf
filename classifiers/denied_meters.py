"""A paragraph saying that the list above it holds no indicators (eighty-fourth blind set).

A follow-up chapter may list the figures gathered each year ('Följande uppgifter samlas in
årligen:' / '• antal …') -- a list read as indicators (`prose.intro_kind`) -- and then say in
so many words that they are not: 'Uppgifterna i punktlistan ovan samlas in för att beskriva
läget i kommunen; de är inte indikatorer för målen.' The sentence points back at the list
('ovan', 'ovanstående', 'edellä') and denies the indicator noun ('är inte indikatorer', 'inga
mätare', 'eivät ole mittareita'): the list's items are background, no indicators.
"""
from __future__ import annotations

import re

from .denied_actions import denied
from .text import fold, sentences

# words pointing back at what stands above the sentence (Swedish and Finnish), folded
_ABOVE = frozenset(("ovan", "ovanstaende", "ovanfor", "edella", "ylla", "yllaoleva", "yllaolevat"))
# the indicator nouns, folded stems
_METER_NOUNS = ("indikator", "matare", "nyckeltal", "indikaattor", "mittar")
# the Finnish negation verb ('eivät ole mittareita'), besides the Swedish words `denied` reads
_FINNISH_NEGATIONS = frozenset(("ei", "eivat", "eiva"))


def _denied(toks: list[str], i: int) -> bool:
    return denied(toks, i) or any(t in _FINNISH_NEGATIONS or t in ("inga", "ingen", "inget")
                                  for t in toks[max(0, i - 4):i])


def denies_meters_above(text: str) -> bool:
    """A sentence of the paragraph points back at what stands above it and denies that it
    holds indicators ('Uppgifterna i punktlistan ovan …; de är inte indikatorer för målen.');
    every indicator noun of that sentence stands in the denied clause, none as its subject."""
    for s in sentences(" ".join((text or "").split())) or []:
        toks = [fold(t) for t in re.findall(r"[^\W\d_]+", s.lower())]
        nouns = [i for i, t in enumerate(toks) if t.startswith(_METER_NOUNS)]
        if nouns and 0 not in nouns and any(t in _ABOVE for t in toks) \
                and all(_denied(toks, i) for i in nouns):
            return True
    return False
