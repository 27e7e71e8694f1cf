"""A theme line right under a heading ('Mål 1: Fler invandrare i arbete' / 'Tema: arbete och
kompetens' / the goal's actions): the short paragraph names the theme the heading's goal, or
the goals under the heading, belong to (forty-fourth blind set).

Programmes that give each goal a heading of its own often tag it with its area on the line
below, in body type: 'Tema: X', 'Temaområde: X', 'Fokusområde: X', 'Insatsområde: X'. The line
is no goal, action or field of an action: it names the theme, as a heading 'Tema 2: X' over
the goal would. Left in the stream it stood between the goal heading and the goal's list of
actions (and the 'Ansvar: … Tidtabell: …' line closing it), so the list was no longer read
as the goal's actions. The line is taken off the stream and given to the heading
(`Element.theme`), which hands it to its goal and to the goals read under it
(`Builder.theme`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .reader_shared import AREA_LABEL
from .text import GOAL_LABEL_RE, squash

# 'Tema: arbete och kompetens', 'Temaområde: Språk', 'Fokusområde – Boende', 'Insatsområde:
# Barn och unga.': an area label alone, then a short name -- no sentence (no full stop inside,
# a few words), no further field
# (the label: the area label a caption is read by too, `reader_shared.AREA_LABEL`)
# (with the theme's own code too, 'Tema A: Språk och lärande', 'Insatsområde 2 – Arbete': the
# group row of an action plan whose themes are lettered or numbered, printed as a line)
_THEME_LINE_RE = re.compile(rf"^(?P<label>{AREA_LABEL})(?:\s+(?:\d{{1,2}}|[A-ZÅÄÖ]))?"
                            r"\s*(?::|\s[–-])\s*(?P<name>[^.:;!?]+?)\s*\.?$", re.I)
_MAX_NAME_WORDS = 8


def theme_line(text: str) -> str | None:
    """The theme a line 'Tema: <name>' names, else None."""
    m = _THEME_LINE_RE.match(squash(text))
    if not m:
        return None
    name = m.group("name").strip()
    if not name or len(name.split()) > _MAX_NAME_WORDS:
        return None
    return name


def themes_under_headings(elements: list[Element]) -> list[Element]:
    """The stream with each theme line right under a heading taken off and set as that
    heading's theme."""
    out: list[Element] = []
    for el in elements:
        if (el.kind == "para" and out and out[-1].kind == "heading" and out[-1].theme is None
                and (name := theme_line(el.text)) is not None):
            out[-1] = replace(out[-1], theme=name)
            continue
        if el.kind == "para" and (name := theme_line(el.text)) is not None \
                and (at := _card_heading(out)) is not None:
            # ... or among the fields of the card the heading opens ('Mål 1: X' / 'Åtgärd:' /
            # '• …' / 'Ansvar: …' / 'Område: Mottagande'): a table row printed as a card
            # sets its theme cell as one field among the others (fifty-fifth set)
            out[at] = replace(out[at], theme=name)
            continue
        out.append(el)
    return out


# a card's field line: a short label and a colon ('Åtgärd:', 'Ansvar: Biblioteket', 'Tid: 2026')
_FIELD_RE = re.compile(r"^[^\W\d_][\w ()/-]{0,30}:(?:\s|$)")


def _card_heading(out: list[Element]) -> int | None:
    """The place in `out` of the heading whose card the stream is in -- the elements after it
    all field lines, fields' labels or listed items of fields, no running paragraph, and the heading given no
    theme yet; else None."""
    for k in range(len(out) - 1, -1, -1):
        el = out[k]
        if el.kind == "heading" and _FIELD_RE.match(squash(el.text)) and squash(el.text).endswith(":"):
            continue  # a field's label set as a heading of its own ('Åtgärd:' over its items)
        if el.kind == "heading":
            # (only a goal's card, 'Mål 1: …': on an action's card the area field says which
            # goal the action serves, read with the card's other fields)
            return k if el.theme is None and k < len(out) - 1 and GOAL_LABEL_RE.match(squash(el.text)) else None
        if el.kind == "para" and _FIELD_RE.match(squash(el.text)) and not theme_line(el.text):
            continue
        if el.kind == "bullet":
            continue
        return None
    return None
