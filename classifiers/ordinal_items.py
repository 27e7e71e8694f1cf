"""Items counted by ordinals in running text: 'Konkret betyder det här två saker. Den första:
X utser … från läsåret 2026–2027. Den andra: Y ordnar … varje höst.' (thirty-sixth blind set).

A programme written as a letter or a speech enumerates what it will do in prose rather than
in a list: it announces how many things follow, then opens each with its ordinal ('Den
första: …', 'Det andra: …', 'För det tredje …'). The ordinals do what a list's bullets do:
each sentence so opened is one item, in the order counted. When every counted sentence states
an action with its doer as subject (`prose_actions.prose_action`: 'bildningsdirektören utser
…'), the paragraph is read as its text before the first ordinal and the action table it
enumerates: one row per counted sentence, the sentence as the action (the doer kept as its
subject, as written), the doer as responsible, its partners ('i samarbete med Y'), and the
time phrase that closes the sentence ('från läsåret 2026–2027', ', med start hösten 2026') as
the schedule, cut from the action's text as a table's time column is no part of its action.

Only a count from the first on: two ordinals at least, 'första', 'andra', … in order, each
opening a sentence of its own -- a lone 'Den första' or an ordinal inside a sentence ('den
andra gruppen') counts nothing; counted sentences that state no action (reasons, findings)
stay running text.

classifiers/README.md, 'Items counted by ordinals in running text'.
"""

from __future__ import annotations

import re

from extractors.model import Table

from .elements import Element
from .prose_actions import prose_action
from .schedule import dated_phrase
from .text import fold, sentences, squash

# the ordinals in counting order, diacritics folded
_ORDINALS = ("forsta", "andra", "tredje", "fjarde", "femte", "sjatte", "sjunde", "attonde", "nionde", "tionde")
# an ordinal run in before a sentence's item: 'Den första: …', 'Det andra: …', 'För det
# tredje, …', 'Första: …'; the ordinal's place in the count as its group (folded text)
_ORDINAL_OPENING_RE = re.compile(
    r"^(?:(?:den|det)\s+|for\s+det\s+)?(?P<ord>" + "|".join(_ORDINALS) + r")\s*[:,]\s+(?=\S)")
_MIN_ITEMS = 2


def _ordinal_opening(sentence: str) -> tuple[int, int] | None:
    """(place in the count from 0, length of the opening) of a sentence opened by an ordinal
    run-in label, else None (folding keeps the length: one letter for one)."""
    m = _ORDINAL_OPENING_RE.match(fold(sentence))
    return (_ORDINALS.index(m.group("ord")), m.end()) if m else None


def ordinal_items(text: str) -> tuple[str, list[str]] | None:
    """(the text before the first counted sentence, the counted items) of a paragraph whose
    sentences from some point on are each opened by the next ordinal from 'första' (module
    docstring), else None. The items lose their ordinal and their closing full stop."""
    parts = sentences(squash(text))
    first = next((k for k, s in enumerate(parts) if (o := _ordinal_opening(s)) and o[0] == 0), None)
    if first is None:
        return None
    items: list[str] = []
    for k, s in enumerate(parts[first:]):
        o = _ordinal_opening(s)
        if o is None or o[0] != k:
            return None  # a sentence between the counted ones, or the count out of order
        items.append(s[o[1]:].strip().rstrip(".").strip())
    if len(items) < _MIN_ITEMS or any(not x for x in items):
        return None
    return " ".join(parts[:first]), items


def _without_closing_time(text: str) -> str:
    """The action without the time phrase closing it ('… bakgrund från läsåret 2026–2027',
    '… varje höst, med start hösten 2026'): the schedule, read apart."""
    m = dated_phrase(text)
    if m is None or text[m.end():].strip(" .,;"):
        return text
    return text[:m.start()].rstrip(" ,;")


def _action_table(items: list[str]) -> Table | None:
    """The action table the counted items enumerate, or None when one of them states no
    action with a doer of its own."""
    read = [prose_action(x) for x in items]
    if any(a is None or not a.responsible for a in read):
        return None
    partners = any(a.partners for a in read)
    head = ["Åtgärd", "Ansvarig"] + (["Samarbetspartner"] if partners else []) + ["Tidtabell"]
    rows = [[_without_closing_time(a.text), ", ".join(a.responsible)]
            + ([", ".join(a.partners)] if partners else []) + [a.schedule or ""] for a in read]
    return Table(rows=[head] + rows, header_rows=1, method="ordinal-prose")


def split_ordinal_items(elements: list[Element]) -> list[Element]:
    """The element stream with each paragraph that counts its actions by ordinals read as its
    text before them and the action table they enumerate."""
    out: list[Element] = []
    for el in elements:
        found = ordinal_items(el.text) if el.kind == "para" else None
        table = _action_table(found[1]) if found else None
        if table is None:
            out.append(el)
            continue
        if found[0]:
            out.append(Element(kind="para", text=found[0], page=el.page))
        out.append(Element("table", "", el.page, table=table, pages=[el.page] * len(table.rows)))
    return out
