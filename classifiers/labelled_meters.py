"""Follow-up lists whose items name the action before the meter: '• Förslag 4: antal elever
i förberedande undervisning', '• Familjeträffarna: antal familjer som deltar per termin'.

A report that numbers its proposals (or names its actions) follows them up in a list of its
own, each item opened by the action it counts -- by the action's own numbered label
('Förslag 4', 'Åtgärd 2.1') or by a short name of it ('Familjeträffarna' for the family
meetings) -- then a colon and the meter. The label is a reference, no part of the meter: the
meter is the text after the colon, and it belongs to the action the label names, and so to
that action's goal. Only a label that names exactly one action read is taken; the meter must
open as a meter does (a count: 'antal', 'andel', ...).

classifiers/README.md, 'Agreements, working-group reports and project plans'.
"""

from __future__ import annotations

import re

from .text import fold, opens_with_count, squash

# '<label of one to three words>: <meter>'
_LABELLED_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ.-]+){0,2})\s*:\s+(?P<rest>\S.*)$")
# a numbered label: 'Förslag 4', 'Åtgärd 2.1'
_NUMBERED_RE = re.compile(r"^([^\W\d_]+)\s+(\d{1,2}(?:\.\d{1,2})?)$")
# a name's stem: the letters a word of the action shares with it, whatever its ending
# ('familjeträffarna' / 'familjeträff'): all but its last few letters, at least so many
_STEM_MIN = 6
_ENDING_MAX = 4


def _named_by_number(label: str, measures) -> list:
    m = _NUMBERED_RE.match(label)
    if not m:
        return []
    opening = re.compile(rf"^{re.escape(fold(m.group(1)))}\s+{re.escape(m.group(2))}\s*[:.]\s", re.I)
    return [x for x in measures if opening.match(fold(squash(x.text)))]


def _named_by_word(label: str, measures) -> list:
    words = label.split()
    if len(words) != 1 or len(words[0]) < _STEM_MIN + 1:
        return []
    word = fold(words[0].lower())
    stem = word[:max(_STEM_MIN, len(word) - _ENDING_MAX)]
    return [x for x in measures if any(w.startswith(stem) for w in re.findall(r"\w+", fold(squash(x.text).lower())))]


def link_labelled_meters(built) -> None:
    for ind in built.indicators:
        m = _LABELLED_RE.match(squash(ind.text))
        if not m or not opens_with_count(m.group("rest")):
            continue
        label = m.group("label")
        found = _named_by_number(label, built.measures) or _named_by_word(label, built.measures)
        if len(found) != 1:
            continue
        ind.text = m.group("rest").rstrip(".").strip()
        ind.measure = found[0].id
        ind.goals = list(found[0].goals)
        ind.goal = found[0].goal
