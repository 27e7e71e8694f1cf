"""Maturity-model tables: the levels a theme goes through, side by side.

A programme written as a maturity model ('mognadsmodell') prints, for each theme, one row of
levels: the state now, the level the programme commits to reach, and a long-term vision
('Nivå 1 – nuläge 2025 | Nivå 2 – målnivå 2028 | Nivå 3 – vision'). The level's number is a
label before a dash ('Nivå 2 –', 'Steg 2 –', 'Taso 2 –'); what the column holds is named after
it. Of the levels only the one aimed at within the programme's period is a goal: the state now
is its background and the vision lies, by the model's own definition, beyond the programme's
commitments. The target level is named as such ('Målnivå', 'Målläge', 'Tavoitetaso'), and the
table is one of levels only when a column beside it names the state now ('Nuläge') -- an
indicator table's 'Målnivå' column is that indicator's target, beside an indicator column.
"""
from __future__ import annotations

import re

from .text import fold

# the level's label before what the column holds: 'Nivå 2 – ', 'Steg 1: ', 'Taso 3 - '
_LEVEL_LABEL_RE = re.compile(r"^\s*(?:nivå|niva|steg|fas|taso|vaihe|level)\s+\d+\s*[–—:-]\s*", re.I)
_WORD_RE = re.compile(r"[^\W\d_]+")

# the level aimed at: the target level or state of the theme
_TARGET_LEVEL = ("malniva", "malnivan", "mallage", "mallaget", "tavoitetaso", "tavoitetila")
# the level now, the background of the level aimed at
_PRESENT_LEVEL = ("nulage", "nulaget", "nuniva", "utgangslage", "utgangslaget", "utgangsniva",
                  "nykytila", "nykytaso", "lahtotaso", "lahtotilanne")


def without_level_label(header: str) -> str:
    """The header without a leading level label ('Nivå 2 – målnivå 2028' -> 'målnivå 2028')."""
    return _LEVEL_LABEL_RE.sub("", header or "")


def _first_word(header: str) -> str:
    words = _WORD_RE.findall(fold(without_level_label(header)))
    return words[0] if words else ""


def names_present_level(header: str) -> bool:
    """A header naming the state now, behind a level label or not ('Nivå 1 – nuläge 2025')."""
    return _first_word(header) in _PRESENT_LEVEL


def target_level_column(headers: list[str]) -> int | None:
    """The column of the level aimed at in a table of levels: a header naming the target
    level ('Nivå 2 – målnivå 2028', 'Målläge 2028') beside one naming the state now
    ('Nivå 1 – nuläge 2025'); else None."""
    targets = [c for c, h in enumerate(headers) if _first_word(h or "") in _TARGET_LEVEL]
    if len(targets) != 1 or not any(names_present_level(h or "") for h in headers):
        return None
    return targets[0]
