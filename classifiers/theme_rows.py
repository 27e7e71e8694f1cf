"""A theme's row in an action table, lettered: 'A. SPRÅK OCH UTBILDNING' alone across the
table (its other cells empty), above the goals of that theme. Programmes letter their
themes ('A.', 'B.', 'C.') and number the goals under them ('1.1', '2.1'), so the letter
is the theme's label, not part of its name; the name is the theme."""

from __future__ import annotations

import re

from .text import squash

# a single capital letter or a roman numeral with a full stop or a bracket: 'A. ', 'B) ', 'IV. '
_THEME_LETTER_RE = re.compile(r"^\s*(?:[A-ZÅÄÖ]|[IVX]{1,4})[.)]\s+(?=\S)")


def without_theme_letter(text: str) -> str:
    """The theme's name without its letter ('A. SPRÅK OCH UTBILDNING' -> 'SPRÅK OCH
    UTBILDNING'); other text as it is."""
    t = squash(text)
    m = _THEME_LETTER_RE.match(t)
    return t[m.end():] if m else t


# a theme's name is short: a lettered row longer than this is a sentence, not a title
_MAX_THEME_WORDS = 6


def is_lettered_capital_theme(text: str) -> bool:
    """A theme's row set in capitals behind its letter ('A. ARBETE OCH NÄRINGSLIV', 'E.
    DELAKTIGHET OCH GODA RELATIONER'): the letter labels a theme and the capitals set the
    row apart from a goal statement, whatever words (an adjective, 'goda') the name holds."""
    t = squash(text)
    m = _THEME_LETTER_RE.match(t)
    if not m:
        return False
    name = t[m.end():]
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(name.split()) <= _MAX_THEME_WORDS
