"""Lists run into a labelled paragraph: 'Konkreta steg: a (X); b (Y, 2025); c.' and 'Signaler
på framsteg: a; b.'. A short programme saves space by writing its actions and its indicators
as one paragraph each, the label of the list run in, the items joined by semicolons (a comma
may stand inside an item, and the doers in its parenthesis), the last closed by the full
stop. Such a paragraph means what the label over a bulleted list means: it is read as the
label and one bullet item per part, so the list reading does the rest (each item an action
or an indicator, who and when from its parenthesis)."""

from __future__ import annotations

import re

from .elements import Element
from .headers import header_role
from .inline_lists import inline_items
from .text import fold, semicolon_parts, squash

# '<Label>: <items>' -- a label of a few words opening the paragraph
_RUN_IN_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][^:;.()]{2,40}):\s+(?P<items>\S.*)$", re.S)
# the roles whose items a run-in list holds
# (actions only: a run-in follow-up list, 'Så här mäter vi: a; b.', is read where its goal
# statement or its reference tails are, `measured_statements`, `reference_tails`)
_LIST_ROLES = ("measure",)
_MIN_ITEMS = 1
_MIN_ITEM_WORDS = 2


# the structure words for one action, in the singular ('Åtgärd', 'Insatsen'): the label of a
# card's field, whose one action may hold a semicolon ('Åtgärd: Tolk bokas alltid; personalen
# utbildas'), no list
_SINGULAR_RE = re.compile(r"(?:atgard|insats|aktivitet|metod|handling|atagande)(?:en|et)?")


def _singular(label: str) -> bool:
    words = fold(label).split()
    return bool(words) and bool(_SINGULAR_RE.fullmatch(words[-1]))


# a list glyph opening the label's value and each item after it: 'Mätare: • X • Y' (a cell's
# bulleted lines printed on the label's line)
_GLYPH = r"[•●▪■◦‣]"
_GLYPH_ITEMS_RE = re.compile(rf"^{_GLYPH}\s+\S")
_GLYPH_SPLIT_RE = re.compile(rf"\s+{_GLYPH}\s+")


def _glyph_items(label: str, items: str) -> tuple[str, str, list[str]] | None:
    """(label, role, items) of a field whose value is a bulleted list run onto the label's
    line ('Mätare: • Andel elever …', 'Åtgärder: • X • Y'): the glyphs mark the items, one
    alone too, of actions or of meters."""
    role = header_role(label)
    if role not in ("measure", "indicator") or not _GLYPH_ITEMS_RE.match(items):
        return None
    parts = [p.strip() for p in _GLYPH_SPLIT_RE.split(items[1:].strip())]
    if any(len(p.split()) < _MIN_ITEM_WORDS for p in parts):
        return None
    return label.strip(), role, parts


def run_in_list(text: str) -> tuple[str, str, list[str]] | None:
    """(label, role, items) of a paragraph that runs a list of actions or indicators after its
    label ('Konkreta steg: a (X); b; c.'), else None. The items lose the closing full stop; a
    paragraph of one item, or whose parts are sentences of their own, is no list."""
    m = _RUN_IN_RE.match(squash(text))
    if not m:
        return None
    if (glyphed := _glyph_items(m.group("label"), m.group("items"))) is not None:
        return glyphed
    role = header_role(m.group("label"))
    if role not in _LIST_ROLES or _singular(m.group("label")):
        return None
    if inline_items(m.group("items")) is not None:
        return None  # '(a) ...; (b) ...': items marked in order are read as such (`inline_lists`)
    items = semicolon_parts(m.group("items").rstrip().removesuffix(".").rstrip())
    if len(items) < _MIN_ITEMS or any(len(p.split()) < _MIN_ITEM_WORDS for p in items):
        return None
    # parts that end a sentence each ('X ordnar kurser. Y ordnar ...; ...') are prose
    if any(re.search(r"[.!?]\s+[A-ZÅÄÖ]", p) for p in items):
        return None
    return m.group("label").strip(), role, items


def is_run_in_list(text: str) -> bool:
    """A paragraph that runs a list after its label: two items or more, or one item closed by
    the parenthesis of its doers ('Konkreta steg: öppna kvällar i ungdomsgården
    (ungdomsarbetet).'), as the document's other steps are. One item without it ('Följs upp
    med: antal deltagare') is a card's field, read with the card."""
    return _is_list(run_in_list(text))


def _is_list(found: tuple[str, str, list[str]] | None) -> bool:
    return found is not None and (len(found[2]) >= 2 or found[2][0].endswith(")") or found[1] == "indicator")


def split_run_in_lists(elements: list[Element]) -> list[Element]:
    """The element stream with each run-in list paragraph read as its label and its items; a
    paragraph of one item too where the document runs lists under the same label (its
    layout: 'Signaler på framsteg: a; b.' and later 'Signaler på framsteg: c.')."""
    read = [run_in_list(el.text) if el.kind == "para" else None for el in elements]
    labels = {found[0].lower() for found in read if _is_list(found)}
    out: list[Element] = []
    for el, found in zip(elements, read):
        if found is None or not (_is_list(found) or found[0].lower() in labels):
            out.append(el)
            continue
        label, _, items = found
        out.append(Element(kind="para", text=f"{label}:", page=el.page))
        out.extend(Element(kind="bullet", text=f"• {item}", page=el.page) for item in items)
    return out
