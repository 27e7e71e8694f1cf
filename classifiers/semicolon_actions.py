"""Several actions in one action cell, set off by semicolons ('Svenskkurs på arbetsplatsen
under arbetstid; Samtalsgrupp i svenska på biblioteket'): one action each, sharing the row's
responsible and time.

A programme that keeps its action table short puts the actions of one goal in one cell and
separates them with semicolons, as a list run on in a line. Each part is then a noun phrase of
its own that opens with a capital letter; a semicolon inside a sentence joins two clauses and
the clause after it runs on in lower case ('... i skolan; de följs upp i maj'). A cell of
several sentences is prose, no list.

A card's action field run on in lower case, each action closed by a bracket of its own
doers and time ('välkomstsamtal … (integrationskoordinatorn, från 2025); läxklubb …
(biblioteket tillsammans med Röda Korset, 2026)'), is such a list too.

A cell written as orders, each action opening with its verb in the infinitive ('Kartlägga
behoven; förmedla platser till kursen', 'Ordna praktik i enheterna samt handleda praktikanterna'),
runs the second action on in lower case after ';' or ' samt ': a part opening with an
infinitive again is a second action of its own, as is an object of the opening verb added with
' samt en / ett' ('Ordna kvällskurser samt en kurs med barnpassning': the verb said once for
both). ' samt ' before anything else joins the parts of one thing ('kurser för föräldrar samt
barn')."""

from __future__ import annotations

import re

from .prose_actions import known_infinitive, reads_as_infinitive
from .text import fold, semicolon_parts, squash

# a running number before the first part ('1.1 A; B') numbers the row, no part of it
_ROW_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")
# a sentence ending and another opening inside a part: prose
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


# words ending in a vowel as an infinitive does that open no order: pronouns, determiners,
# quantifiers and adverbs ('… ; de följs upp', '… ; alla får …')
_NOT_VERBS = frozenset("de du ni vi jag hon han hen den det dem dessa denna detta alla andra manga "
                       "inga bara nya sina vara dina egna hela samma flera sedan ocksa aven dessutom "
                       "da sa ja nu inte vilka vilken vilket varje var hur".split())
# ' samt ' joining two orders, or the opening verb's second object ('samt en kurs …')
_SAMT_RE = re.compile(r"\s+samt\s+(?=[a-zåäö])")


def _opens_with_order(part: str, capital: bool) -> bool:
    """The part opens with a verb in the infinitive: the first part with a capital and a
    verb of doing the action reader knows ('Ordna …', 'Starta …'; many nouns end in a vowel
    as an infinitive does, 'Lovskola', 'Nätverksmöte'), a later one in lower case with a word
    ending as an infinitive does ('… ; förmedla …', the order set by the first)."""
    first = next(iter(part.split()), "")
    if not first or first[:1].isupper() != capital:
        return False
    if capital:
        return known_infinitive(first)
    word = fold(first.strip(",.;:")).lower()
    return len(word) >= 2 and word not in _NOT_VERBS and reads_as_infinitive(word)


def _orders(parts: list[str]) -> bool:
    return _opens_with_order(parts[0], True) and all(_opens_with_order(p, False) for p in parts[1:])


def _samt_actions(text: str) -> list[str] | None:
    """'Ordna X samt handleda Y' / 'Ordna X samt en Y': two actions, the cell an order."""
    parts = _SAMT_RE.split(text)
    if len(parts) != 2 or any(len(p.split()) < 2 for p in parts) or not _opens_with_order(parts[0], True):
        return None
    second = parts[1].split()[0].lower()
    if second in ("en", "ett") or _opens_with_order(parts[1], False):
        return [p.rstrip(".").strip() for p in parts]
    return None


# a closing bracket of its own ('… (kansliet, 2026)'), no bracket inside it
_OWN_BRACKET_RE = re.compile(r"\([^()]{2,}\)$")


def _each_with_own_tail(parts: list[str]) -> bool:
    """Every part closes with a bracket of its own, its doers and time ('välkomstsamtal med
    alla nyinflyttade (integrationskoordinatorn, från 2025); läxklubb i biblioteket
    (biblioteket tillsammans med Röda Korset)'): a list of actions run on in lower case, as a
    card's 'Åtgärder:' field prints it -- clauses joined by a semicolon close with no bracket
    each."""
    return all(_OWN_BRACKET_RE.search(p) and p[:p.rfind("(")].strip() for p in parts)


def semicolon_actions(cell: str) -> list[str] | None:
    """The actions of a cell listing two or more capitalised parts between semicolons, or
    orders run on in lower case after ';' or ' samt ' (the infinitive opening each), each
    without its closing full stop; else None."""
    text = _ROW_NUMBER_RE.sub("", squash(cell))
    parts = [p.rstrip(".").strip() for p in semicolon_parts(text)]
    if len(parts) < 2 and not _SENTENCE_BREAK_RE.search(text) and ":" not in text:
        return _samt_actions(text.rstrip("."))
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return None
    if not all(p[:1].isupper() for p in parts) and not _orders(parts) and not _each_with_own_tail(parts):
        return None
    if any(_SENTENCE_BREAK_RE.search(p) for p in parts):
        return None  # sentences: prose, no list of actions
    if any(":" in p for p in parts):
        return None  # a labelled field inside ('Källa: X; Y'): the cell lists no actions
    return parts
