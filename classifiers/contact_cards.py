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

from .headers import header_role
from .schedule import YEAR
from .label_vocab import FOLLOW_UP_NOUNS, METER_NOUNS, alt
from .text import squash

_PERIOD_HEADING_RE = re.compile(rf"^.+?\(\s*(?P<period>{YEAR}(?:\s*[–—-]\s*{YEAR})?)\s*\)\s*$")
# the contact line's label: 'Kontakt:', 'Kontaktperson:', 'Kontaktuppgifter:'
_CONTACT_LABEL = r"(?:kontakt|kontaktperson|kontaktuppgifter)\s*:"
_CONTACT_LABEL_RE = re.compile(_CONTACT_LABEL, re.I)
_CONTACT_RE = re.compile(rf"^{_CONTACT_LABEL}\s*(?P<value>.+)$", re.I)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the card's line after its contact: how the action is measured, labelled with a meter or a
# follow-up noun in any form (label_vocab: 'Nyckeltal:', 'Indikatorer:', 'Utvärdering:' as 'Mätare:')
_MEASURED_RE = re.compile(rf"^(?:mäts\s+med|{alt(METER_NOUNS + FOLLOW_UP_NOUNS)})\s*:\s*(?P<value>.+)$", re.I)


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


# --- an action's information line naming its contact person ----------------------------------
#
#     Åtgärd 4: Sommarjobb för unga
#     <a paragraph describing the action>
#     Genomförs: varje sommar | Med i arbetet: – | Kontaktperson: A B, personalchef, Personalenheten, tfn 044 …
#
# A programme written so that residents know whom to call closes each action with one line of
# bar-separated fields, the last naming the person in charge with their title, their unit and
# phone. The heading names the action (the paragraph under it only describes it); the contact
# person's unit -- the last comma part before the phone -- answers for it (the person and the
# title change, the unit is the organisation's); 'Med i arbetet' lists the partners ('–' none);
# the remaining field of time ('Genomförs', 'Tid', 'När') is the schedule. The card is rewritten
# as the numbered action and labelled fields the record reader knows. Only a line holding a
# contact field with a phone or an e-mail after the unit is read so (a list of contacts, a
# field line of another kind stays as it is).

_FIELD_SEP_RE = re.compile(r"\s+[|·]\s+")
_FIELD_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][\wåäöÅÄÖ ]{1,30}?)\s*:\s*(?P<value>.*)$")
# the phone or e-mail that closes a contact: 'tfn 044 …', 'tel. 09 …', 'puh. …', '+358 …', 'a.b@x.fi'
_REACH_RE = re.compile(r",?\s*(?:(?:tfn|tel|telefon|puh|gsm|mobil)\.?\s*:?\s*\+?\d|\+\d{3}|[\w.+-]+@[\w-]+\.)", re.I)
# an action heading numbered by its label ('Åtgärd 4: X', 'Insats 2. X', '4. X', '2.1 X')
_NUMBERED_HEAD_RE = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]+\s+)?(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*[:.]?\s+(?P<title>\S.*)$")
# a field of time that needs no role word: 'Genomförs: 2026' (carried out -- when; 'Genomförs
# av' names the doer)
_WHEN_LABEL_RE = re.compile(r"^(?:genomförs|pågår|tid|när)$", re.I)
_NONE_RE = re.compile(r"^[–—-]?$")


def contact_unit(value: str) -> str | None:
    """The unit of a contact field: the last comma part before its phone or e-mail
    ('A B, rektor, Medborgarinstitutet, tfn 044 1' -> 'Medborgarinstitutet'); None when no
    phone or e-mail closes it or it has no more than a name before."""
    m = _REACH_RE.search(value)
    if not m:
        return None
    parts = [p.strip() for p in value[:m.start()].split(",") if p.strip()]
    return parts[-1] if len(parts) >= 2 else None


def _contact_fields(text: str) -> dict[str, str] | None:
    """{'responsible', 'partners', 'schedule'} of a bar-separated field line holding a
    contact field; None for any other text."""
    parts = _FIELD_SEP_RE.split(squash(text))
    if len(parts) < 2:
        return None
    out: dict[str, str] = {}
    for part in parts:
        m = _FIELD_RE.match(part)
        if not m:
            return None
        label, value = m.group("label").strip(), m.group("value").strip()
        if _CONTACT_LABEL_RE.fullmatch(f"{label}:"):
            unit = contact_unit(value)
            if unit is None:
                return None
            out["responsible"] = unit
            continue
        role = header_role(label)
        if role == "partners":
            out["partners"] = value
        elif role == "schedule" or _WHEN_LABEL_RE.match(label):
            out["schedule"] = value
    return out if "responsible" in out else None


def fold_contact_field_lines(elements: list) -> list:
    """The elements with each action heading over its description and a contact field line
    rewritten as a numbered action and its labelled fields (see the comment above)."""
    out: list = []
    i = 0
    while i < len(elements):
        el = elements[i]
        if el.kind == "heading" and i + 1 < len(elements):
            # the field line right under the heading, or under one or two describing paragraphs
            j, fields_ = i, None
            for j in range(i + 1, min(i + 4, len(elements))):
                if elements[j].kind != "para" or (fields_ := _contact_fields(elements[j].text)) is not None:
                    break
            if fields_ is not None:
                head = squash(el.text)
                m = _NUMBERED_HEAD_RE.match(head)
                title = f"{m.group('num')}. {m.group('title')}" if m else f"Åtgärd: {head}"
                line = elements[j]
                out.append(replace(el, kind="para", text=title, level=0))
                out.append(replace(line, text=f"Ansvarig: {fields_['responsible']}"))
                if not _NONE_RE.match(fields_.get("partners", "")):
                    out.append(replace(line, text=f"Samarbetspartner: {fields_['partners']}"))
                if fields_.get("schedule"):
                    out.append(replace(line, text=f"Tidtabell: {fields_['schedule']}"))
                i = j + 1
                continue
        out.append(el)
        i += 1
    return out
