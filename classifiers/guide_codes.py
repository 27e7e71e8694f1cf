"""Codes a programme's reading guide gives its roles (fortieth blind set).

A programme steered by a method with its own vocabulary (OKR: objectives and key results)
says in its reading guide what each word stands for and the letter code it numbers them by:
'Varje målsättning (O) beskriver …', 'Under målsättningen står två eller tre nyckelresultat
(NR) som visar med siffror …'. Its items then carry the code alone ('• NR1.1 Andelen … stiger
från 48 % till 60 %'), no label a reader of the text knows as a role; read as printed the
item is a bare list item under a goal, neither an action (no doer) nor a meter (no label).

The guide's definition is the label: an item opening with a code the guide gave an
indicator word, then a number ('NR1.1 '), is that word's labelled item ('Nyckelresultat:
Andelen …'), read as any labelled meter is. A code is defined by a role word directly
followed by the code in brackets, capitals only; a code of one letter is too short to tell
from an item's own lettering and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .headers import field_label, header_role
from .text import BULLET_RE, squash

# '<role word> (<CODE>)': the word the code stands for, the code in capitals
_DEFINITION_RE = re.compile(r"\b(?P<word>[A-Za-zÅÄÖåäö]{4,})\s+\((?P<code>[A-ZÅÄÖ]{2,3})\)")


def defined_codes(texts: list[str]) -> dict[str, str]:
    """Code -> the word (capitalised) the reading guide defines it by, for indicator words
    ('nyckelresultat (NR)' -> {'NR': 'Nyckelresultat'})."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _DEFINITION_RE.finditer(squash(text)):
            word = m.group("word")
            if header_role(word) == "indicator":
                out.setdefault(m.group("code"), word[:1].upper() + word[1:])
    return out


def label_coded_items(elements: list[Element]) -> list[Element]:
    """The elements with each list item opening with an indicator code of the reading guide
    ('NR1.1 …') labelled by the word the code stands for ('Nyckelresultat: …')."""
    codes = defined_codes([el.text for el in elements if el.kind == "para"])
    if not codes:
        return elements
    item_re = re.compile(rf"^(?P<code>{'|'.join(map(re.escape, codes))})\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+(?P<text>\S.*)$",
                         re.S)
    out = []
    for el in elements:
        if el.kind == "bullet":
            glyph = BULLET_RE.match(el.text)
            rest = el.text[glyph.end():] if glyph else el.text
            m = item_re.match(rest)
            if m:
                el = replace(el, text=f"{el.text[:glyph.end()] if glyph else ''}{codes[m.group('code')]}: {m.group('text')}")
        out.append(el)
    return out


# A coded objective printed as a run-in head of the paragraph stating it ('O6 · Kommunen som
# arbetsgivare. Målsättning: …', a personnel programme's layout carried into the plan): the
# code and name are the heading the other objectives have, the rest the goal's field line.
# The head is a code of letters and a number, a separator and a name of a few words.
_RUN_IN_HEAD_RE = re.compile(r"^(?P<head>[A-ZÅÄÖ]{1,2}\d{1,2}(?:\.\d{1,2})*\s*[·:–.]\s*[A-ZÅÄÖ][^.:;!?]{1,60}?)\.\s+"
                             r"(?P<rest>[A-ZÅÄÖ][^:]{1,30}:\s+\S.*)$", re.S)
_HEAD_WORDS = 6


def split_run_in_goal_heads(elements: list[Element]) -> list[Element]:
    """The elements with each paragraph that opens with a coded head run into a goal field
    split into the head (a heading one level under the heading above) and the field line."""
    out: list[Element] = []
    level = 0
    for el in elements:
        if el.kind == "heading":
            level = el.level
        m = _RUN_IN_HEAD_RE.match(squash(el.text)) if el.kind == "para" else None
        if m and len(m.group("head").split()) <= _HEAD_WORDS + 2 and (found := field_label(m.group("rest"))) \
                and found[1] == "goal":
            out.append(replace(el, kind="heading", text=m.group("head"), level=level + 1))
            out.append(replace(el, text=m.group("rest")))
            continue
        out.append(el)
    return out
