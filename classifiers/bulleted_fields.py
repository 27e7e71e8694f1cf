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
items that are no role fields, and stays a list.

The action may also be the numbered paragraph right above the list ('7. Skolorna anställer
en handledare.' over '• Målgrupp: elever …', '• Ansvar: …', '• Tid: …'): then the list is
that action's fields when at least two items are role fields and every other item is a
field the model has no place for ('Målgrupp: …', `headers.any_label`) -- a list whose first
item names who the action is for, not what is done, is still the action's card."""

from __future__ import annotations

from dataclasses import replace

from .elements import Element
from .headers import any_label
from .records import MAX_DESCRIPTION, opens_with_action_label, fields
from .text import BULLET_RE, NUMBERED_RE


def _field_item(el: Element) -> list[tuple[str, str, str]] | None:
    if el.kind != "bullet" or not BULLET_RE.match(el.text):
        return None
    return fields(BULLET_RE.sub("", el.text, count=1))


def _other_item(el: Element) -> list[tuple[str, str, str]] | None:
    """A bulleted field of a kind the model has no place for ('• Målgrupp: föreningar')."""
    if el.kind != "bullet" or not BULLET_RE.match(el.text):
        return None
    text = BULLET_RE.sub("", el.text, count=1)
    label, _, value = text.partition(":")
    return [("other", label, value)] if any_label(text) else None


def _numbered_action(el: Element | None) -> bool:
    """A numbered paragraph ('7. Skolorna anställer …', '2.3 Läxhjälp …') that a list of
    fields may belong to -- or a numbered heading naming the action ('1.1 Svenskkurser i
    byarna' over '• Vem: …', '• När: …'), whose card the list is as well."""
    return el is not None and el.kind in ("para", "bullet", "heading") and not BULLET_RE.match(el.text) \
        and bool(NUMBERED_RE.match(el.text))


def _heading_over_doer_fields(el: Element | None, items: list) -> bool:
    """An unnumbered heading right over a list of a record's fields that names who does it
    ('Språkcafé i biblioteket' / '• Mål: 3.1' / '• Ansvarig: Biblioteket' / '• År: 2026'):
    the heading names the action, the list is its card, as under a numbered one -- only
    when every item is a role field (no 'other' label), the first the goal it serves and
    one the responsible (`records._goal_numbered_card` reads the heading as the action)."""
    if el is None or el.kind != "heading" or BULLET_RE.match(el.text):
        return False
    got = [fs[0][0] for fs in items]
    return "other" not in got and "measure" not in got and "responsible" in got and got[0] == "goal"


def _under_labelled_action(elements: list[Element], i: int) -> bool:
    """The list at i stands under a heading opened by an action's label and number ('Åtgärd
    1.1.1 Svenskkurser för vuxna', 'Insats 2: Språkcafé', `records.opens_with_action_label`), after
    at most two unlabelled paragraphs describing the action (`records.MAX_DESCRIPTION`):
    the heading names one action, so the list of fields under it is that action's card."""
    k = i - 1
    while k >= 0 and i - 1 - k < MAX_DESCRIPTION and elements[k].kind == "para" \
            and not BULLET_RE.match(elements[k].text) and not fields(elements[k].text):
        k -= 1
    return k >= 0 and elements[k].kind == "heading" and opens_with_action_label(elements[k].text)


def unbullet_field_lists(elements: list[Element]) -> list[Element]:
    """The element stream with each bulleted list of a card's fields as plain field lines."""
    out = list(elements)
    items = [_field_item(el) or _other_item(el) for el in elements]
    i, n = 0, len(elements)
    while i < n:
        j = i
        while j < n and items[j]:
            j += 1
        roles = sum(1 for fs in items[i:j] if fs[0][0] != "other")
        under_action = roles >= 2 and (_numbered_action(elements[i - 1] if i else None)
                                       or _heading_over_doer_fields(elements[i - 1] if i else None, items[i:j])
                                       or _under_labelled_action(elements, i))
        if j - i >= 2 and (items[i][0][0] == "measure" or under_action) \
                and any(f[0] not in ("measure", "other") for fs in items[i:j] for f in fs):
            for k in range(i, j):
                out[k] = replace(elements[k], kind="para", text=BULLET_RE.sub("", elements[k].text, count=1))
        i = max(j, i + 1)
    return out
