"""An action paragraph over its tag line: a title sentence naming the action and sentences
describing it ('Välkomstpaket på sex språk. Paketet samlar information om …'), then a line of
labelled fields joined by middle dots or bars ('Mål: Första tiden · Ansvar: Kommunikationen
· Partner: … · År: 2025 · Följs upp: antal …'). A brochure or web page prints each action so
(as `records._described_card` reads the same card under a heading): the title sentence is
the action, the description no part of it, the tag line its goal, doers, time and meter."""
from __future__ import annotations

import re

from .text import sentences, squash

# the separators of a tag line's fields
_SEPARATOR_RE = re.compile(r"\s+[·•|]\s+")
# one field of it: a label of a few words, a colon, a value
_FIELD_PART_RE = re.compile(r"^[^\W\d_][\w\s-]{0,30}:\s*\S")
# a meter field said with the verb ('Följs upp: antal …', 'Mäts: …', 'Följs upp med: …')
_METER_PART_RE = re.compile(r"^(?:mäts|följs\s+upp)(?:\s+(?:med|genom))?\s*:\s*(?P<text>\S.*)$", re.I | re.S)
_MAX_TITLE_WORDS = 20


def joined_fields(text: str) -> list[str] | None:
    """The parts of a line of three fields at least joined by ' · ' or ' | ', each 'Label:
    value'; else None. (Such a line ends where its last field does: a line at the foot of a
    page does not run on into a capitalised paragraph on the next, `elements`.)"""
    parts = _SEPARATOR_RE.split(squash(text))
    if len(parts) < 3 or not all(_FIELD_PART_RE.match(p) for p in parts):
        return None
    return parts


def tag_line(text: str) -> tuple[list[tuple[str, str, str]], list[str]] | None:
    """(fields, meters) of a tag line: three fields at least joined by ' · ' or ' | ', each
    'Label: value', one of them naming the responsible; else None."""
    from .records import fields  # (records reads elements, which reads `joined_fields`)

    parts = joined_fields(text)
    if parts is None:
        return None
    fs = fields(squash(text))
    if not fs or not any(role == "responsible" for role, _, _ in fs):
        return None
    meters = [m.group("text").strip().rstrip(".") for p in parts if (m := _METER_PART_RE.match(p))]
    return fs, meters


def action_title(text: str) -> str | None:
    """The title sentence of a paragraph that goes on describing it: the first of two
    sentences or more, opening with a capital, of a few words, no field itself; else None."""
    sents = sentences(squash(text))
    if len(sents) < 2:
        return None
    first = sents[0].strip().rstrip(".").strip()
    if not first[:1].isupper() or len(first.split()) > _MAX_TITLE_WORDS or ":" in first:
        return None
    return first
