"""A goal followed up through a survey or a register, the figure named in a clause after it:
'Vi följer upp målet genom kommunens invånarenkät, där vi frågar efter andelen invånare som
upplever att ...', 'Dessutom följs målen upp med invånarenkäten, där andelen invandrare som
upplever att de kan påverka följs upp som en egen nyckelindikator.' The sentence names the
source first and the figure taken from it in the 'där' clause: that share or count is the
goal's indicator (of no action: the survey measures the goal's outcome), the words before it
('vi frågar efter') and the verb after it ('följs upp som ...') no part of it."""

from __future__ import annotations

import re

from .text import squash

# '... följ(er|s) (vi) upp ... <source>, där <clause>'
_SURVEY_RE = re.compile(r"\bfölj\w*\s+(?:\w+\s+)?upp\b[^,]*,\s*där\s+(?P<clause>.+)$", re.I)
# the share or count in the clause, up to a verb that says what is done with it, or the end
_FIGURE_RE = re.compile(r"\b(?P<figure>(?:andel|antal)(?:en|et)?\s+\S.*?)"
                        r"(?:\s+(?:följs|mäts|redovisas|jämförs)\b.*)?[.!]?$", re.I)
_MIN_WORDS = 3


def survey_figure(sentence: str) -> tuple[str, list[str]] | None:
    """('', [figure]) of a sentence following a goal up through a source whose 'där' clause
    names the share or count taken from it, else None."""
    m = _SURVEY_RE.search(squash(sentence))
    if not m:
        return None
    f = _FIGURE_RE.search(m.group("clause"))
    if not f or len(f.group("figure").split()) < _MIN_WORDS:
        return None
    return "", [f.group("figure").strip()]
