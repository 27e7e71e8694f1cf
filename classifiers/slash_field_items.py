"""Action items written as one line of fields joined by slashes, in an order a note declares.

A short programme may skip the table and write each action on one line, its fields separated
by ' / ', and say once, in a reading note before the list, which field is which:

    Åtgärderna är skrivna i formen Åtgärd / Ansvar / Samarbete / Tid. Står det ett
    tankstreck i fältet Samarbete genomför den ansvariga åtgärden ensam.
    • Språkcafé på biblioteket / Biblioteket / Röda Korset, församlingen / 2026–2027
    • Läxhjälp på arabiska / Skolan / – / från hösten 2026

The note's run of labels ('Åtgärd / Ansvar / Samarbete / Tid', each a label `headers`
knows, one naming the action and one the responsible) is the order of every item's parts;
an item after it with exactly as many parts is the action (its text as printed, up to the
first slash) and its fields (`Element.fields`, read as an item's 'Ansvar: X. Tid: Y.' after
its sentence are, records.trailing_fields); a dash alone is a field left empty. The
responsible field is read as a responsible cell is ('Välfärdsområdet X, familjecentret': an
organisation and its unit, one doer, `actors.split_names`); the partners field lists
several, each after a comma, each its own name.
Without the note a slash is wording ('Stadsbiblioteket / Medborgarinstitutet': two doers,
`actors.split_names`), and an item of another number of parts is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .headers import label_role
from .records import closing_fields
from .text import DASH_ONLY_RE

# the note's run of labels: three to six capitalised words (one or two each) joined by ' / '
_LABEL = r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[a-zåäö][\wåäö-]*)?"
_FORM_RE = re.compile(rf"(?<![\w/])({_LABEL}(?:\s+/\s+{_LABEL}){{2,5}})(?![\w/])")
_SLASH_RE = re.compile(r"\s+/\s+")
# a list item's own mark before its text ('• ', '– ', '3) ', '3. ')
_MARK_RE = re.compile(r"^\s*(?:[•●▪■◦‣∙○*–—-]|\d{1,2}[.)])\s+")


def declared_form(text: str) -> list[tuple[str, str]] | None:
    """The (role, label) order a reading note declares for slash-joined items ('… i formen
    Åtgärd / Ansvar / Samarbete / Tid.'), else None: every label must name a role, one the
    action and one the responsible, no role twice."""
    for m in _FORM_RE.finditer(" ".join(text.split())):
        labels = _SLASH_RE.split(m.group(1))
        roles = [label_role(lb) for lb in labels]
        if all(roles) and "measure" in roles and "responsible" in roles and len(set(roles)) == len(roles):
            return list(zip(roles, labels))
    return None


def _item_fields(text: str, form: list[tuple[str, str]]) -> tuple[str, list] | None:
    """(the item's text up to its action field's end, its fields) of an item whose parts fit
    `form`, else None."""
    mark = _MARK_RE.match(text)
    head = text[:mark.end()] if mark else ""
    parts = [p.strip() for p in _SLASH_RE.split(" ".join(text[len(head):].split()))]
    if len(parts) != len(form) or not all(parts):
        return None
    action = next(p for p, (role, _) in zip(parts, form) if role == "measure")
    if DASH_ONLY_RE.match(action):
        return None
    found = []
    for part, (role, label) in zip(parts, form):
        if role == "measure" or DASH_ONLY_RE.match(part):
            continue
        # (the partners field lists several, each after a comma: one field each, so that no
        # 'X, Y' pair reads as an organisation and its unit, as the responsible field does)
        values = [v.strip() for v in part.split(", ")] if role == "partners" else [part]
        for value in values:
            fs = closing_fields(f"{label}: {value.rstrip('.')}.")
            if not fs:
                return None
            found.extend(fs)
    return f"{head}{action}", found


def read_slash_field_items(elements: list[Element]) -> list[Element]:
    """The element stream with each list item after a declaring note whose slash-joined parts
    fit the note's form split into its action and the fields it carries."""
    form = None
    out: list[Element] = []
    for el in elements:
        if el.kind == "para" and (declared := declared_form(el.text)) is not None:
            form = declared
        elif form is not None and el.kind == "bullet" and (got := _item_fields(el.text, form)) is not None:
            text, found = got
            el = replace(el, text=text, fields=[*el.fields, *found])
        out.append(el)
    return out
