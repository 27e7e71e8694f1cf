"""'Målen följs upp med nationella integrationsindikatorer, till exempel sysselsättningsgraden
och andelen unga som fortsätter till andra stadiet.': the figures a sentence names as examples
of the indicators the goals are followed up with.

A follow-up paragraph often names the kind of indicator first (the national integration
indicators, the welfare area's key figures) and then gives the ones meant, led in by 'till
exempel' / 't.ex.' / 'såsom' / 'bland annat'. The sentence's object is the word for
indicators, so what comes after the lead-in is a list of them: each measured quantity (a share,
a count, a rate named by its compound, 'sysselsättningsgraden') one goal-level indicator. The
list splits at commas, 'samt', and at 'och' before another quantity ('X och andelen Y').
Nothing is read unless every part is such a quantity.
"""

from __future__ import annotations

import re

from .prose import _RATE_HEAD
from .text import squash

# '<what> följs (målen) upp med/genom (nationella) <indicator word>, till exempel <list>'
_EXAMPLES_RE = re.compile(
    r"^(?P<what>.*?)\bfölj(?:s|er)\b(?:\s+\S+){0,3}?\s+upp\s+(?:med|genom|via|utifrån)\s+"
    r"(?:\S+\s+){0,2}?(?:\w*indikator\w*|\w*nyckeltal\w*|mätar\w*|mått(?:en)?)\s*,?\s+"
    r"(?:till\s+exempel|t\.\s?ex\.|såsom|bland\s+annat|bl\.\s?a\.)\s+(?P<list>\S.*?)\s*[.!]?\s*$",
    re.I)
# the list's joins: a comma, 'samt', and 'och' before another quantity ('X och andelen Y')
_LIST_JOIN_RE = re.compile(r",\s+|\s+samt\s+")
_OCH_QUANTITY_RE = re.compile(rf"\s+och\s+(?={_RATE_HEAD})", re.I)
_QUANTITY_RE = re.compile(_RATE_HEAD, re.I)


def indicator_examples(sentence: str) -> tuple[str, list[str]] | None:
    """(what is followed up, [indicators]) of such a sentence, else None."""
    m = _EXAMPLES_RE.match(squash(sentence))
    if not m:
        return None
    parts = [p for part in _LIST_JOIN_RE.split(m.group("list")) for p in _OCH_QUANTITY_RE.split(part)]
    parts = [p.strip() for p in parts if p.strip()]
    if not parts or not all(_QUANTITY_RE.match(p) for p in parts):
        return None
    return m.group("what").strip(), parts
