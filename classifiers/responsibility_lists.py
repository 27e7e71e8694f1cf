"""Who answers for which action, in a list of its own after the plan ('Ansvarsfördelning':
'• Kommunkansliet: välkomstträffarna, den digitala guiden', '• Biblioteket: språkcaféet').

A plan whose action table has no column for the responsible (a goal tree: goal | sub-goal |
actions) often hands the actions out in a separate list, one item per unit or office: the
unit, a colon, then the actions it answers for by short names ('välkomstträffarna' for
'Välkomstträff två gånger per år för alla nyinflyttade', 'arbetsgivarnätverket' for 'Nätverk
för arbetsgivare som anställer ...'). Each short name is matched to the one action whose
words it shares most, by stem ('kontaktpersonerna' / 'kontaktperson') or inside a compound
('arbetsgivarnätverket' holds 'nätverk' and 'arbetsgivar').

Read only into actions whose responsible nothing else gave, only from a run of two items or
more of that form, and only where most of the run's short names name an action: a glossary
or an abbreviation legend ('FBU: förberedande undervisning') names no actions.

classifiers/README.md, 'Responsibility lists'.
"""

from __future__ import annotations

import re

from .headers import header_role
from .text import FUNCTION_WORDS, fold, opens_with_count, squash, strip_marker

# 'Kommunkansliet: välkomstträffarna, den digitala guiden': a unit of one to four words, a
# colon, then short names separated by commas (and 'och')
_ITEM_RE = re.compile(r"^(?P<unit>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,3})\s*:\s+(?P<names>\S.*)$")
_SPLIT_RE = re.compile(r"\s*,\s*|\s+och\s+")
_WORD_RE = re.compile(r"[^\W\d_]+")
_DIGIT_RE = re.compile(r"\d")
# a short name: a few words, no sentence
_NAME_WORDS = 5
_MIN_STEM = 4
_MIN_SCORE = _MIN_STEM


def _words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(fold(text.lower())) if len(w) >= _MIN_STEM and w not in FUNCTION_WORDS]


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _word_match(short: str, action: str) -> int:
    """How much of `action`'s word the short name's word holds: a shared stem (the words'
    common opening, all but a few letters of the shorter), or the action's word (without its
    ending) inside the short name's compound."""
    p = _common_prefix(short, action)
    # (a stem that drops a vowel in its plural, 'fadder' / 'faddrarna', shares its opening only)
    if p >= _MIN_STEM and p >= min(len(short), len(action)) - 5:
        return p
    stem = action[:max(_MIN_STEM + 1, len(action) - 2)]
    if len(action) >= _MIN_STEM + 1 and stem in short:
        return len(stem)
    return 0


def _score(name: str, action: str) -> int:
    acts = _words(action)
    # (a compound holds several of the action's words: 'arbetsgivarnätverket')
    return sum(_word_match(w, a) for w in _words(name) for a in set(acts))


def named_action(name: str, actions: list[tuple[str, str]]) -> str | None:
    """The id of the one action (id, text) the short name names best, else None (no action
    shares enough with it, or two share as much)."""
    scored = sorted(((_score(name, text), mid) for mid, text in actions), reverse=True)
    if not scored or scored[0][0] < _MIN_SCORE or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _runs(elements) -> list[list[tuple[str, list[str]]]]:
    runs: list[list[tuple[str, list[str]]]] = []
    cur: list[tuple[str, list[str]]] = []
    for el in elements:
        m = _ITEM_RE.match(squash(strip_marker(el.text))) if el.kind == "bullet" else None
        names = [n.strip().rstrip(".;").strip() for n in _SPLIT_RE.split(m.group("names"))] if m else []
        # a unit's name: no number and no structure word ('Mål 2: antalet ...' opens a
        # goal's meter, no owner's list), over names of actions, not counts
        unit_ok = bool(m) and not _DIGIT_RE.search(m.group("unit")) and header_role(m.group("unit")) is None
        if unit_ok and names and all(n and len(n.split()) <= _NAME_WORDS and not opens_with_count(n) for n in names):
            cur.append((m.group("unit"), names))
            continue
        if len(cur) >= 2:
            runs.append(cur)
        cur = []
    if len(cur) >= 2:
        runs.append(cur)
    return runs


def read_responsibility_lists(built, elements) -> None:
    """Fill the responsible of actions left without one from a list handing them out."""
    open_actions = [(m.id, squash(m.text)) for m in built.measures if not m.responsible]
    if not open_actions:
        return
    by_id = {m.id: m for m in built.measures}
    for run in _runs(elements):
        found = [(unit, named_action(n, open_actions)) for unit, names in run for n in names]
        if sum(1 for _, mid in found if mid) * 2 <= len(found):
            continue  # most names name no action: no list of the actions' owners
        for unit, mid in found:
            if mid and unit not in by_id[mid].responsible:
                by_id[mid].responsible.append(unit)
