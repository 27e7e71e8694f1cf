"""A project presented by its contact person: a sub-heading naming the project and its period,
one paragraph saying what is done, a line 'Kontakt: förnamn.efternamn@kommun.fi, <role>' and
perhaps a line saying how it is measured ('Mäts med: antal hembesök per år').

    Projekt Trygg i skärgården (2025–2027)
    Hembesök hos äldre inflyttade tillsammans med en tolk.
    Kontakt: anna.vikstrom@rosala.fi, äldreomsorgens ledande hemvårdare
    Mäts med: antal hembesök per år.

A chapter of externally funded projects is printed so: the heading is the project's name,
the paragraph its action, and the contact line names who answers for it -- by the role
after the address (the person and the address change, the role is the organisation's). The
period in the heading's parenthesis is the action's schedule. The card is rewritten as the
labelled record the record reader knows ('Åtgärd: … / Ansvarig: … / Tidtabell: … / Mätare:
…'); a contact line without an e-mail address, or a heading without a period, is left as it
is (a list of contact persons, a chapter heading)."""

from __future__ import annotations

import re
from dataclasses import replace

from .schedule import YEAR
from .text import squash

_PERIOD_HEADING_RE = re.compile(rf"^.+?\(\s*(?P<period>{YEAR}(?:\s*[–—-]\s*{YEAR})?)\s*\)\s*$")
# the contact line's label: 'Kontakt:', 'Kontaktperson:', 'Kontaktuppgifter:'
_CONTACT_LABEL = r"(?:kontakt|kontaktperson|kontaktuppgifter)\s*:"
_CONTACT_RE = re.compile(rf"^{_CONTACT_LABEL}\s*(?P<value>.+)$", re.I)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MEASURED_RE = re.compile(r"^(?:mäts\s+med|mätare|indikator|uppföljning)\s*:\s*(?P<value>.+)$", re.I)


def contact_role(value: str) -> str | None:
    """The role a contact line names after the e-mail address ('a.b@x.fi, biblioteksansvarig'
    -> 'biblioteksansvarig'); None when the line has no address or no role after it."""
    m = _EMAIL_RE.search(value)
    if not m:
        return None
    rest = value[m.end():].strip(" ,;–-.")
    return squash(rest) or None


# the contact line run into the action's paragraph ('... en tolk. Kontakt: a@b.fi, roll')
_RUN_IN_RE = re.compile(rf"^(?P<action>.+?[.!])\s+(?P<contact>{_CONTACT_LABEL}.+)$", re.I)


def _split_run_in(elements: list) -> list:
    """A paragraph that closes with its contact line, set apart as the line it is."""
    out: list = []
    for el in elements:
        m = _RUN_IN_RE.match(squash(el.text)) if el.kind == "para" else None
        if m and _EMAIL_RE.search(m.group("contact")):
            out += [replace(el, text=m.group("action")), replace(el, text=m.group("contact"))]
        else:
            out.append(el)
    return out


def fold_contact_cards(elements: list) -> list:
    """The elements with each project card rewritten as a labelled record."""
    if not any(el.kind == "para" and _EMAIL_RE.search(el.text) for el in elements):
        return elements
    elements = _split_run_in(elements)
    out: list = []
    i = 0
    while i < len(elements):
        el = elements[i]
        head = _PERIOD_HEADING_RE.match(squash(el.text)) if el.kind == "heading" else None
        nxt = elements[i + 1:i + 4]
        if head and len(nxt) >= 2 and nxt[0].kind == "para" and nxt[1].kind == "para" \
                and not _CONTACT_RE.match(squash(nxt[0].text)) \
                and (c := _CONTACT_RE.match(squash(nxt[1].text))) and (role := contact_role(c.group("value"))):
            out.append(el)
            action = squash(nxt[0].text).rstrip(".")
            out.append(replace(nxt[0], text=f"Åtgärd: {action}"))
            out.append(replace(nxt[1], text=f"Ansvarig: {role}"))
            out.append(replace(nxt[1], text=f"Tidtabell: {head.group('period')}"))
            i += 3
            if len(nxt) == 3 and nxt[2].kind == "para" and (m := _MEASURED_RE.match(squash(nxt[2].text))):
                out.append(replace(nxt[2], text=f"Mätare: {m.group('value').rstrip('.')}"))
                i += 1
            continue
        out.append(el)
        i += 1
    return out
