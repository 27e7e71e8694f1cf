"""An action sentence closed by a bracket that names who answers for it: 'Kvällskurser i
svenska ordnas varje termin (Ansvar: medborgarinstitutet).', '... (Ansvar: biblioteket; i
samarbete med Röda Korset).' A programme written as numbered action paragraphs gives each
action's owner so, as a table would in its Ansvar column: the bracket is the action's field,
no part of its text. After a semicolon inside the bracket come the partners."""

from __future__ import annotations

import re

from .actors import split_actors
from .label_vocab import RESPONSIBLE_LABEL
from .text import squash

# the bracket closes the sentence: its label is a word for responsibility and a colon
_OWNER_BRACKET_RE = re.compile(
    rf"^(?P<text>\S.*?\S)\s*\(\s*(?:{RESPONSIBLE_LABEL}|ansvarar)\s*:\s*(?P<who>[^()]+?)\s*\)\s*\.?$", re.I)


def owner_bracket(sentence: str) -> tuple[str, list[str], list[str]] | None:
    """(text, responsible, partners) of a sentence closed by '(Ansvar: X; i samarbete med
    Y)', else None."""
    m = _OWNER_BRACKET_RE.match(squash(sentence))
    if not m:
        return None
    resp, partners = split_actors(m.group("who"))
    return m.group("text").rstrip(".").strip(), resp, partners
