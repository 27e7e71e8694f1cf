"""Action cards whose fields are printed as a bulleted list (thirty-second blind set).

    Åtgärdskort 1
    • Åtgärd: Välkomstsamtal erbjuds varje ny invånare
    • Ansvar: kommunen
    • Samarbete: Vikby församling
    • Tid: 2025–2028

A card's labelled fields ('Åtgärd: …', 'Ansvar: …', 'Tid: …') are often typed as a list,
one bullet a field: the bullets are the record's lines, not a list of actions. A run of
bullets is read as such field lines when every item is a labelled field of a role the
records know (`records.fields`), the first one names the action, and another field follows
it; the bullets then are plain field lines, which `records.fold_records` reads as a card.
A list whose items merely open with a label-like word ('• Språk: kurser för vuxna') has
items that are no role fields, and stays a list."""

from __future__ import annotations

from dataclasses import replace

from .elements import Element
from .records import fields
from .text import BULLET_RE


def _field_item(el: Element) -> list[tuple[str, str, str]] | None:
    if el.kind != "bullet" or not BULLET_RE.match(el.text):
        return None
    return fields(BULLET_RE.sub("", el.text, count=1))


def unbullet_field_lists(elements: list[Element]) -> list[Element]:
    """The element stream with each bulleted list of a card's fields as plain field lines."""
    out = list(elements)
    items = [_field_item(el) for el in elements]
    i, n = 0, len(elements)
    while i < n:
        j = i
        while j < n and items[j]:
            j += 1
        if j - i >= 2 and items[i][0][0] == "measure" \
                and any(f[0] != "measure" for fs in items[i + 1:j] for f in fs):
            for k in range(i, j):
                out[k] = replace(elements[k], kind="para", text=BULLET_RE.sub("", elements[k].text, count=1))
        i = max(j, i + 1)
    return out
