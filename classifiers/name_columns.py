"""A column of action names beside the column saying what is done (twenty-fourth blind set).

An action table may give each action a short name of its own -- often a project's brand,
'Welcome Office', 'Language Café' -- in a first column ('Insats') and then say what is done
in a column of its own ('Vad gör vi?'). Both headers name the action; the name is a label
of the row, the sentence beside it is the action. So when a table has two action columns
and every filled cell of the first is a short name (a few words, no full sentence) while the
later one holds longer text, the later one is the action column and the name column is
read as no structure.

The name still names the action: a follow-up table counting it says so by that name ('Antal
besök på Welcome Office', 'Antal Job Shadowing-veckor'). An indicator linked to no action
that holds the name of exactly one such action, as a whole phrase, counts that action.
"""
from __future__ import annotations

import re

from .headers import header_role
from .text import squash

_NAME_WORDS = 3  # a name: at most three words ('Welcome Office', 'Buddy-programmet')
_TEXT_WORDS = 5  # what is done: a clause, more words than a name


def _cells(rows: list[list[str]], c: int) -> list[str]:
    return [squash(r[c]) for r in rows if c < len(r) and r[c].strip()]


def is_action_name(text: str) -> bool:
    """A short name of an action ('Welcome Office', 'Buddy-programmet'): a few words, no
    sentence closed by a full stop."""
    text = squash(text).rstrip()
    return bool(text) and len(text.split()) <= _NAME_WORDS and not text.endswith(".")


def without_name_column(rows: list[list[str]], roles: dict[int, str]) -> dict[int, str]:
    """`roles` without the measure role of a name column beside a later action column."""
    cols = sorted(c for c, r in roles.items() if r == "measure")
    if len(cols) != 2:
        return roles
    # the name column first, as a printed table sets it; or after the action, as cards read
    # back into a table keep it ('Åtgärd: …' the card's action, 'Insats: Welcome Office' the
    # name `records` kept beside it as a field of its own)
    for name_col, text_col in (cols, cols[::-1]):
        names, texts = _cells(rows, name_col), _cells(rows, text_col)
        if len(names) < 2 or not texts:
            continue
        if not all(is_action_name(x) for x in names):
            continue
        if sum(len(x.split()) >= _TEXT_WORDS for x in texts) * 2 <= len(texts):
            continue
        return {c: r for c, r in roles.items() if c != name_col}
    return roles


def name_column(headers: list[str], roles: dict[int, str]) -> int | None:
    """The column left without a role whose header names the action ('Insats'), beside an
    action column: the name column `without_name_column` set aside; else None."""
    if "measure" not in roles.values():
        return None
    cols = [c for c, h in enumerate(headers) if c not in roles and header_role(h) == "measure"]
    return cols[0] if len(cols) == 1 else None


def named_project(indicator: str, names: dict[str, str]) -> str | None:
    """The id of the one action whose name (id -> name) `indicator` holds as a whole phrase."""
    text = squash(indicator).casefold()
    hits = {mid for mid, name in names.items()
            if name and re.search(rf"(?<!\w){re.escape(squash(name).casefold())}(?![^\W-])", text)}
    return hits.pop() if len(hits) == 1 else None


# an action item's title before its colon: a name of one to three words
# ('Båtvarvsakademin: sexmånaders yrkesutbildning med språkstöd', 'Språkstigen: ...')
_TITLE_RE = re.compile(r"^\s*(?P<title>[A-ZÅÄÖ][\w-]+(?:\s+[\w-]+){0,2}):\s+\S")


def action_title(text: str) -> str | None:
    """The name an action's text opens with before a colon, else None: a proper name, one
    word longer than a label ('Mål:', 'Ansvar:' are labels) or words all capitalised ('Welcome
    Office:'). A title in plain words ('Svenska på arbetsplatsen: kurser …') describes the
    action; a count of 'kurser i svenska på arbetsplatsen' need not count this one."""
    m = _TITLE_RE.match(squash(text))
    if not m:
        return None
    title = m.group("title")
    words = title.split()
    named = len(title) >= 8 if len(words) == 1 else all(w[:1].isupper() for w in words)
    return title if named else None
