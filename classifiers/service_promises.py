"""A service promise's list of what the resident can expect ('Du kan förvänta dig' over
'• svar på frågor inom två arbetsdagar', '• välkomstpaket på minst fem språk').

A programme written as service promises ('servicelöfte', a form many Finnish cities use
for their services) states each promise ('Vi lovar: ...'), then lists the service
standards the resident can count on, under a line addressed to the reader: 'Du kan förvänta
dig', 'Det här kan du förvänta dig', 'Du kan räkna med'. Each standard names a service
level with a time or a quantity ('inom två arbetsdagar', 'på minst fem språk'): what the
promise is followed up by, its indicators -- not what the city does to keep it, which the
promise lists under a line of its own ('Så här håller vi löftet'). Read only as the line
right over a bulleted list, the line a short one addressed to the reader.

classifiers/README.md, 'Service promises'.
"""

from __future__ import annotations

import re

from .text import squash

# who is addressed ('du', 'ni') or named as the one served ('invånaren', 'kunden', 'familjen')
_WHO = r"(?:du|ni|invånaren|invånarna|kunden|kunderna|familjen|familjerna)"
# 'förvänta dig / er / sig', 'räkna med', 'lita på' after 'kan'
_EXPECT = r"(?:förvänta\s+(?:dig|er|sig)|räkna\s+med|lita\s+på)"
# 'Du kan förvänta dig', or with the subject after the verb: 'Det här kan du förvänta dig'
_EXPECTATION_RE = re.compile(
    rf"^(?:{_WHO}\s+kan\s+{_EXPECT}|(?:det\s+här|detta|vad|så\s+här\s+mycket)\s+kan {_WHO}\s+{_EXPECT})"
    r"(?:\s+(?:av|från)\s+(?:oss|staden|kommunen))?\s*:?\s*$", re.I)
# a line over a list, no sentence: at most this many words
_LINE_WORDS = 8


def expectation_line(text: str) -> bool:
    """A line telling the reader what they can expect, over the list of service standards."""
    text = squash(text)
    return len(text.split()) <= _LINE_WORDS and bool(_EXPECTATION_RE.match(text))
