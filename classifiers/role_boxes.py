"""A box of items under a heading that names their role (twenty-fourth blind set).

Short programmes often print what is done and how it is followed up as small boxes: a
one-column table whose only header (and caption) says the role in a phrase -- 'Det här gör
vi', 'Så vet vi', 'Åtgärder', 'Mätare' -- and one item per row, each a line of its own
without a closing full stop ('Välkomstpaket delas ut vid registrering (medborgarservice,
från hösten 2025)'). A one-column table has no column edges, so the extractor prints it as a
heading and short paragraphs. Those paragraphs are the box's list: each is read as a bullet
item under that heading, as a bulleted list under it would be.

The header is a phrase ('Det här gör vi', 'Så vet vi'), two to five words with no number
and no colon: a single label word over values ('Åtgärder' over 'Åtgärd: ...' / 'Ansvar: ...')
is a card's, whose fields are read as fields. Only paragraphs without a closing full stop
count as items (a sentence ending in '.' under such a heading is prose about the work, read
as prose), and no field ('Ansvar: X', a label naming a role before a colon); the box ends
at the first element that is no such paragraph.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .headers import field_label, header_roles
from .label_vocab import METER_NOUNS, PLURAL_FORMS
from .text import TERMINAL_RE, squash

if TYPE_CHECKING:
    from .elements import Element

# a box's header is a phrase, not a sentence nor one label word: 'Det här gör vi', 'Så vet vi'
_MIN_HEADER_WORDS = 2
_MAX_HEADER_WORDS = 5
# the plurals of the meter nouns ('Indikatorer', 'Mätare', 'Nyckeltal'): one word heading a box
_METER_PLURALS = frozenset(f for w in METER_NOUNS for f in PLURAL_FORMS[w])
# the role of a box headed by one meter word: its items are words, a bare row number ('1.2') over
# a record's fields ('Källa: …', 'Mätare: …') ends it
_WORDS_ONLY = "indicator-words"
# an item is a line or two, not a paragraph of prose
_MAX_ITEM_WORDS = 40


def _box_role(text: str) -> str | None:
    text = squash(text)
    if len(text.split()) > _MAX_HEADER_WORDS or ":" in text or "?" in text or any(ch.isdigit() for ch in text):
        return None
    roles = header_roles(text)
    if len(text.split()) < _MIN_HEADER_WORDS:
        # one label word: a card's 'Åtgärder' is read by its fields; a box headed by the plural
        # of a meter noun alone ('Indikatorer', 'Mätare') lists its indicators, a line a row
        return _WORDS_ONLY if roles == ["indicator"] and text.lower() in _METER_PLURALS else None
    return roles[0] if roles in (["measure"], ["indicator"]) else None


def _is_item(text: str) -> bool:
    text = squash(text)
    return bool(text) and not TERMINAL_RE.search(text) and not text.endswith(":") \
        and len(text.split()) <= _MAX_ITEM_WORDS and field_label(text) is None


def read_role_boxes(elements: list[Element]) -> list[Element]:
    """The elements with the paragraphs of each role box turned into bullet items."""
    role: str | None = None
    for el in elements:
        if el.kind == "heading":
            role = _box_role(el.text)
        elif el.kind == "para" and role is not None and _is_item(el.text) \
                and (role != _WORDS_ONLY or any(ch.isalpha() for ch in el.text)):
            el.kind = "bullet"
            el.text = "• " + squash(el.text)
        else:
            role = None
    return elements
