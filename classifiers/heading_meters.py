"""A goal heading that carries its main indicator in a closing bracket: 'Mål 1 – Fler
invandrare har ett arbete (indikator: sysselsättningsgrad bland personer med främmande
modersmål)'.

A programme short of space names each goal's headline figure in the goal's own heading (a
legend says so: 'Varje mål har en huvudindikator som anges inom parentes i rubriken'). The
bracket opens with the label of a meter ('indikator:', 'mätare:', 'nyckeltal:', 'mäts med:'):
it is no part of the goal, it is the goal's indicator, of no one action. The heading is read
as the goal without the bracket, and the bracket as the goal's labelled indicator field right
under it -- as a programme printing the figure on a line of its own would.

classifiers/README.md, 'A goal heading closing with its indicator'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .label_vocab import METER_NOUNS, alt
from .text import squash

# the label opening the closing bracket: a meter noun in any of its forms (label_vocab.METER_NOUNS:
# 'indikatorer:', 'mätarna:' as 'indikator:'). The follow-up nouns are left out on purpose: a
# heading's '(uppföljning: årligen)' says when it is followed up, not what measures it.
_LABEL_RE = re.compile(rf"^(?:huvud)?(?:{alt(METER_NOUNS)}|mäts\s+med)\s*:\s*", re.I)


def closing_meter(text: str) -> tuple[str, str] | None:
    """(the heading without it, the meter) of a heading closing with a bracket labelled as a
    meter ('X (indikator: Y (Z))' -> ('X', 'Y (Z)')), else None. The bracket is found by
    balancing from the end: the meter may hold brackets of its own (its source)."""
    t = squash(text).rstrip()
    if not t.endswith(")"):
        return None
    depth = 0
    for k in range(len(t) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(t[k], 0)
        if depth == 0:
            break
    else:
        return None
    inner, head = t[k + 1:-1].strip(), t[:k].rstrip()
    lab = _LABEL_RE.match(inner)
    if not lab or not head or not inner[lab.end():].strip():
        return None
    return head, inner[lab.end():].strip()


def split_heading_meters(elements: list[Element]) -> list[Element]:
    """Each heading closing with a meter bracket as the heading without it and, under it, the
    meter as an 'Indikator: …' field."""
    out: list[Element] = []
    for el in elements:
        found = closing_meter(el.text) if el.kind == "heading" else None
        if not found:
            out.append(el)
            continue
        out.append(replace(el, text=found[0]))
        out.append(Element(kind="para", text=f"Indikator: {found[1]}", page=el.page))
    return out
