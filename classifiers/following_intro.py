"""A paragraph may open with a short clause announcing what follows and go on after its colon
in the same line: 'Under perioden gäller följande: Bolaget anställer en rådgivare ...'. The
announcement ('... följande:') is no part of the first sentence after it: that sentence starts
after the colon, and is read as any other."""

from __future__ import annotations

import re

# a few words ending in 'följande' (the following) and a colon, then a capital
_INTRO_RE = re.compile(r"^\s*(?:[^\s:.]+\s+){0,5}följande\s*:\s*(?=[A-ZÅÄÖ])", re.I)


def after_following_intro(sentence: str) -> str:
    """The sentence after an opening '... följande:' clause, else the sentence as it is."""
    m = _INTRO_RE.match(sentence or "")
    return sentence[m.end():] if m else sentence
