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
The item keeps its text up to the capitals, as printed, and carries the two as its fields
(`Element.fields`, read as an item's 'Ansvar: X. Tidtabell: Y.' after its sentence are,
records.trailing_fields); the list reading takes them from the element.

Only where the layout is the document's: two numbered items in a row ending so. One item
ending in an acronym ('… inom ESF, 2025') is wording, not a field line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .records import closing_fields

# a numbered action: '7. …', '1.2 …'
_NUMBERED_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
_LOWER_RE = re.compile(r"[a-zåäöéü]")
_WORD_RE = re.compile(r"[A-ZÅÄÖÉÜ]{3,}")
# a word in ordinary case: the sentence after the capitals line
_ORDINARY_WORD_RE = re.compile(r"[A-ZÅÄÖ][a-zåäö]")
# 'OCH' between two responsible, not after a compound's dash ('ARBETS- OCH NÄRINGSTJÄNSTERNA')
_CAPITAL_AND_RE = re.compile(r"(?<![-–])\s+OCH\s+")


def capital_tail(text: str) -> tuple[str, str, str] | None:
    """(action, responsible, time) of an item whose tail is a capitals field line, else None."""
    found = _capital_split(text)
    return found[:3] if found and not found[3] else None


def _capital_split(text: str) -> tuple[str, str, str, str] | None:
    """(action, responsible, time, rest) of an item with a capitals field line: the first run
    of words with no lower-case letter after a word that has one, holding a comma, ending the
    text or followed by a sentence in ordinary case ('Vi följer upp ...': the paragraph after
    the item, which a column's line joining ran onto it), else None."""
    words = text.split()
    k = 0
    while k < len(words):
        if _LOWER_RE.search(words[k]):
            k += 1
            continue
        j = k
        while j < len(words) and not _LOWER_RE.search(words[j]):
            j += 1
        rest = words[j:]
        if k > 0 and (not rest or _ORDINARY_WORD_RE.match(rest[0])):
            found = _fields(words[k:j])
            if found:
                # (the action as printed before the capitals: a comma or colon that led into
                # them is no part of it)
                return " ".join(words[:k]).rstrip(" ,;:"), *found, " ".join(rest)
        k = j
    return None


def _fields(tail_words: list[str]) -> tuple[str, str] | None:
    tail = " ".join(tail_words)
    if "," not in tail:
        return None
    who, when = (s.strip() for s in tail.rsplit(",", 1))
    # the responsible is named in words: an organisation, not a code or a year
    if not who or not when or not any(_WORD_RE.fullmatch(w.strip("-–()")) for w in who.split()):
        return None
    return who, when


def read_capital_field_lines(elements: list[Element]) -> list[Element]:
    found = [_capital_split(e.text) if e.kind in ("bullet", "para") and _NUMBERED_RE.match(e.text) else None
             for e in elements]
    out: list[Element] = []
    for i, el in enumerate(elements):
        t = found[i]
        # the document's layout: a neighbouring numbered item ends in a capitals line too
        if t is None or not ((i > 0 and found[i - 1]) or (i + 1 < len(found) and found[i + 1])):
            out.append(el)
            continue
        action, who, when, rest = t
        # 'BIBLIOTEKET OCH FÖRSAMLINGARNA': two responsible, joined as a sentence joins them
        # ('ARBETS- OCH NÄRINGSTJÄNSTERNA' stays one: its dash makes it one compound)
        who = _CAPITAL_AND_RE.sub(" och ", who)
        # (read as a line of fields after the item's sentence is)
        found_fields = closing_fields(f"Ansvar: {who}. Tidtabell: {when}.")
        if found_fields is None:
            out.append(el)
            continue
        out.append(replace(el, text=action, fields=[*el.fields, *found_fields]))
        if rest:
            out.append(replace(el, kind="para", text=rest))
    return out
