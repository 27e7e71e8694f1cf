"""Several actions in one action cell, set off by semicolons ('Svenskkurs på arbetsplatsen
under arbetstid; Samtalsgrupp i svenska på biblioteket'): one action each, sharing the row's
responsible and time.

A programme that keeps its action table short puts the actions of one goal in one cell and
separates them with semicolons, as a list run on in a line. Each part is then a noun phrase of
its own that opens with a capital letter; a semicolon inside a sentence joins two clauses and
the clause after it runs on in lower case ('... i skolan; de följs upp i maj'). A cell of
several sentences is prose, no list."""

from __future__ import annotations

import re

from .text import semicolon_parts, squash

# a running number before the first part ('1.1 A; B') numbers the row, no part of it
_ROW_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")
# a sentence ending and another opening inside a part: prose
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


def semicolon_actions(cell: str) -> list[str] | None:
    """The actions of a cell listing two or more capitalised parts between semicolons, each
    without its closing full stop; else None."""
    text = _ROW_NUMBER_RE.sub("", squash(cell))
    parts = [p.rstrip(".").strip() for p in semicolon_parts(text)]
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return None
    if not all(p[:1].isupper() for p in parts):
        return None
    if any(_SENTENCE_BREAK_RE.search(p) for p in parts):
        return None  # sentences: prose, no list of actions
    if any(":" in p for p in parts):
        return None  # a labelled field inside ('Källa: X; Y'): the cell lists no actions
    return parts
