"""An action's responsible and time printed in capitals on the line under it.

A consultation draft or a short programme often numbers its actions through the document
and prints under each one, in capitals, who does it and when:

    7. Avgiftsfri hobby i skolan efter skoldagen
    BILDNINGSSEKTORN, 2026

The capitals line is no part of the action: it is the action's fields without labels, the
responsible before its last comma and the time after it (the time may be in capitals too:
'FORTLÖPANDE', 'VARJE ÅR I AUGUSTI'). The page's line joining runs the two lines into one
item, so the capitals are read off the item's tail: the longest run of words with no
lower-case letter, after a word that has one, holding a comma and a word of letters only.
The item is rewritten as an item that names its own fields ('7. … . Ansvar: X. Tidtabell:
Y.', records.trailing_fields) and the list reading does the rest.

Only where the layout is the document's: two numbered items in a row ending so. One item
ending in an acronym ('… inom ESF, 2025') is wording, not a field line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element

# a numbered action: '7. …', '1.2 …'
_NUMBERED_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
_LOWER_RE = re.compile(r"[a-zåäöéü]")
_WORD_RE = re.compile(r"[A-ZÅÄÖÉÜ]{3,}")


def capital_tail(text: str) -> tuple[str, str, str] | None:
    """(action, responsible, time) of an item whose tail is a capitals field line, else None."""
    words = text.split()
    k = len(words)
    while k > 0 and not _LOWER_RE.search(words[k - 1]):
        k -= 1
    if k == 0 or k == len(words):
        return None
    tail = " ".join(words[k:])
    if "," not in tail:
        return None
    who, when = (s.strip() for s in tail.rsplit(",", 1))
    # the responsible is named in words: an organisation, not a code or a year
    if not who or not when or not any(_WORD_RE.fullmatch(w.strip("-–()")) for w in who.split()):
        return None
    action = " ".join(words[:k]).rstrip(" .,;:")
    return action, who, when


def read_capital_field_lines(elements: list[Element]) -> list[Element]:
    tails = [capital_tail(e.text) if e.kind in ("bullet", "para") and _NUMBERED_RE.match(e.text) else None
             for e in elements]
    out = list(elements)
    for i, t in enumerate(tails):
        if t is None:
            continue
        # the document's layout: a neighbouring numbered item ends in a capitals line too
        if not ((i > 0 and tails[i - 1]) or (i + 1 < len(tails) and tails[i + 1])):
            continue
        action, who, when = t
        # 'BIBLIOTEKET OCH FÖRSAMLINGARNA': two responsible, joined as a sentence joins them
        # ('ARBETS- OCH NÄRINGSTJÄNSTERNA' stays one: its dash makes it one compound)
        who = re.sub(r"(?<![-–])\s+OCH\s+", " och ", who)
        out[i] = replace(elements[i], text=f"{action}. Ansvar: {who}. Tidtabell: {when}.")
    return out
