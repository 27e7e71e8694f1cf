"""A plan typed as one bulleted outline whose levels are told by the bullet's glyph.

A word processor's multilevel list marks each level with its own glyph: a filled circle for
the first level, a ring for the second, a small square for the third ('●' / '○' / '▪', the
default sequence of a bulleted outline; a mind map turned into text keeps it: branch, twig,
leaf). When the list is printed flat (every item at one indent, or each item's glyph written
into its text after the print's own bullet, '• ○ …'), the glyph is all that is left of the
level. A plan laid out so reads top-down: the first level the goals, the next the actions, and
a deepest level of 'Label: value' lines ('▪ Ansvar: X', '▪ När: 2026', '▪ Vi följer upp: …')
the fields of the action above -- the table 'Mål | Åtgärd | Ansvar | När | Vi följer upp' the
same plan would be, one row per action. Levels are ranked by the order their glyphs first
appear (the first item is the top level); the fold needs two levels of items and a level of
fields whose labels all name a column role, so a list that merely changes its bullet glyph,
or whose lines are no fields, is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.model import Table

from .elements import Element
from .headers import header_role
from .text import squash

# the glyphs bulleted outlines mark their levels with (filled and open circles, squares,
# triangles, the small bullet); a dash or the print's own '•' before it is the list's marker
_GLYPHS = "●○◦▪■□▫◆◇►▸‣∙"
_ITEM_RE = re.compile(rf"^\s*(?:[•\-–]\s+)?(?P<glyph>[{_GLYPHS}])\s+(?P<text>\S.*)$", re.S)
# 'Ansvar: X', 'Vi följer upp: Y': a label of at most three words, a colon, a value
_FIELD_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][^\W\d_]*(?:\s+[^\W\d_]+){0,2})\s*:\s+(?P<value>\S.*)$", re.S)


def glyph_item(text: str) -> tuple[str, str] | None:
    """(glyph, text) of an item opening with an outline level's glyph, else None."""
    m = _ITEM_RE.match(text)
    return (m.group("glyph"), squash(m.group("text"))) if m else None


def _field(text: str) -> tuple[str, str] | None:
    m = _FIELD_RE.match(text)
    if not m or header_role(m.group("label")) is None:
        return None
    return m.group("label"), m.group("value").strip()


def outline_table(items: list[str]) -> Table | None:
    """The plan table of a glyph-levelled outline's items (module docstring), else None."""
    found = _outline([glyph_item(t) for t in items])
    return found[0] if found else None


def _outline(marked: list[tuple[str, str] | None]) -> tuple[Table, str] | None:
    """(plan table, the actions' glyph) of the (glyph, text) of an outline's items, else None."""
    if len(marked) < 4 or any(m is None for m in marked):
        return None
    order: list[str] = []
    for glyph, _ in marked:
        if glyph not in order:
            order.append(glyph)
    if len(order) != 3:
        return None
    goal_glyph, action_glyph, field_glyph = order
    found = {k: _field(t) for k, (g, t) in enumerate(marked) if g == field_glyph}
    if not all(found.values()):
        return None
    labels: list[str] = []
    rows: list[dict[str, str]] = []
    goal = None
    for k, (glyph, text) in enumerate(marked):
        if glyph == goal_glyph:
            goal = text
        elif glyph == action_glyph:
            if goal is None:
                return None
            rows.append({"Mål": goal, "Åtgärd": text})
        else:
            if not rows:
                return None  # fields before any action: no plan of this shape
            label, value = found[k]
            if label not in labels:
                labels.append(label)
            rows[-1][label] = value
    header = ["Mål", "Åtgärd", *labels]
    return Table(rows=[header] + [[r.get(h, "") for h in header] for r in rows],
                 header_rows=1, method="glyph-outline"), action_glyph


def fold_glyph_outlines(elements: list[Element]) -> list[Element]:
    """The element stream with each run of bullet items forming a glyph-levelled plan read as
    its plan table (module docstring)."""
    # each bullet's (glyph, text), read once
    marks = [glyph_item(el.text) if el.kind == "bullet" else None for el in elements]
    out: list[Element] = []
    i = 0
    while i < len(elements):
        el = elements[i]
        if marks[i]:
            j = i
            while j < len(elements) and marks[j]:
                j += 1
            found = _outline(marks[i:j])
            if found is not None:
                table, action_glyph = found
                # each row's page: its action item's (the second level's glyph)
                pages = [el.page] + [e.page for e, m in zip(elements[i:j], marks[i:j]) if m[0] == action_glyph]
                out.append(replace(el, kind="table", text="", table=table, pages=pages))
                i = j
                continue
        out.append(el)
        i += 1
    return out
