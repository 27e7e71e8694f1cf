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
