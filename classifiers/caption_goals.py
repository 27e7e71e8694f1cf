"""A table's caption that names the table's theme and then, after a goal label, the goal its
actions serve: 'Tabell 2. Arbete och studier – Mål: Fler invandrare får arbete.'

A programme printing one action table per theme may state each theme's goal nowhere but in
the table's caption (the reading guide says 'Tabellens rubrik anger målet för temat'). The
caption is then two things: the table's title (the theme, as any caption names it) and the
goal, given as a labelled field after a dash. The element is read as the two it holds: the
caption without the field, and the field as a goal line 'Mål: …' right over the table, which
the reading takes as the goal of the section it stands in (the table's actions serve it).

classifiers/README.md, 'Goals in captions ...' (fortieth set).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .text import CAPTION_RE, squash

# '<title> – Mål: <goal>' (also 'Målsättning:', with a colon or a dash before the label)
_CAPTION_GOAL_RE = re.compile(r"^(?P<title>.+?\S)\s*[–—:-]\s+(?P<label>mål|målsättning)\s*:\s+(?P<goal>\S.*\S)\s*$",
                              re.I | re.S)


def caption_goal(text: str) -> tuple[str, str] | None:
    """(title, goal) of a numbered caption closing with a goal field, else None."""
    flat = squash(text)
    if not CAPTION_RE.match(flat):
        return None
    m = _CAPTION_GOAL_RE.match(flat)
    if not m or not CAPTION_RE.match(m.group("title")) or len(m.group("goal").split()) < 3:
        return None  # a goal is a statement of some words, no stub
    return m.group("title"), m.group("goal")


def split_caption_goals(elements: list[Element]) -> list[Element]:
    """The elements with each table caption that closes with a goal field read as the caption
    and, under it, the goal line 'Mål: …' (only right over a table)."""
    out: list[Element] = []
    for i, el in enumerate(elements):
        nxt = elements[i + 1] if i + 1 < len(elements) else None
        # (a caption set as a heading, or in the body's size as a paragraph)
        found = caption_goal(el.text) if el.kind in ("heading", "para") and nxt is not None \
            and nxt.kind == "table" else None
        if found is None:
            out.append(el)
            continue
        title, goal = found
        out.append(replace(el, text=title))
        out.append(Element(kind="para", text=f"Mål: {goal}", page=el.page))
    return out
