"""A section signed by its writer is a greeting, whatever its heading (forty-fourth blind set).

A foreword is often not headed 'Förord' or 'Hälsning från …' but titled with a slogan
('Tranholm – en stad för alla') and closed by the writer's name and post: 'Stadsdirektör
Helena Åkerlund', 'Kommunstyrelsens ordförande Mikael Strandberg', 'Mikaela Roos,
stadsdirektör'. The signature says the section is a greeting to the reader, like the headed
forewords: what it wishes or says a success is ('Integrationen lyckas när hela staden är
med.') is the intent of the whole programme, no goal of it (`ParagraphReader._in_introduction`)."""

from __future__ import annotations

import re

from .elements import Element
from .text import squash

# a post that signs a foreword: a director, a chair, a mayor, a head of a unit
_POST = r"(?i:(?:[^\W\d_]+s\s+)?[^\W\d_]*(?:direktör|ordförande|borgmästare|chef))"
# a person's name: two or three capitalised words ('Anna-Lena Brunell')
_NAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2}"
_SIGNATURE_RES = (
    # 'Stadsdirektör Helena Åkerlund', 'Kommunstyrelsens ordförande Mikael Strandberg'
    re.compile(rf"^{_POST}\s+{_NAME}$"),
    # 'Mikaela Roos, stadsdirektör', 'Karin Westerholm ordförande för kommunstyrelsen'
    re.compile(rf"^{_NAME},?\s+{_POST}(?:\s+(?i:för|i|vid)\s+[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}})?$"),
)


def is_signature(text: str) -> bool:
    """A line that is only a person's name and post, as a foreword is signed."""
    t = squash(text)
    return any(rx.match(t) for rx in _SIGNATURE_RES)


def signed_headings(elements: list[Element]) -> set[int]:
    """Indexes of the headings whose text (up to the next heading) closes with a signature."""
    out: set[int] = set()
    head: int | None = None
    last: Element | None = None
    for i, el in enumerate([*elements, None]):
        if el is None or el.kind == "heading":
            if head is not None and last is not None and last.kind == "para" and is_signature(last.text):
                out.add(head)
            head, last = (i, None) if el is not None else (None, None)
        elif el.kind != "table":
            last = el
    return out
