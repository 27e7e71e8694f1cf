"""A follow-up table naming the text's actions by a short name: a programme written as running
text states its actions in sentences ('Samkommunen kommer därför att ordna mobil rådgivning i
Kvarnsund ...') and its meter table keys a meter to one of them with a name of a word or two
in an 'Åtgärd' column ('Mobil rådgivning', 'Kvällskurser'). The table reader reads those names
as actions; they are the sentences' actions named again (`builder.Builder._settle_prose_actions`
keeps the sentences and hangs the meters on them).

A name refers to an action when every word of it that carries meaning (`_WORD_MIN` letters
at least) begins a word of the action's sentence, less an inflection's ending
(`_INFLECTION`: 'kvällskurser' / 'kvällskurserna', 'rådgivningen' / 'rådgivning'); the name
is a few words (`_NAME_WORDS`), no sentence. Every name must refer to exactly one action,
each action named at most once: a table holding one name that no sentence states, or one that
two sentences could be, is read as it was."""

from __future__ import annotations

import re

from .text import NUMBERED_RE, fold, squash

# a short name is a word or a few, no clause ('Mobil rådgivning', 'Fritidskort för barn')
_NAME_WORDS = 4
# words shorter than this carry no meaning of their own here ('i', 'för', 'med', 'och')
_WORD_MIN = 4
# letters an inflection may add or take at a word's end ('kort' / 'kortet', 'kurser' /
# 'kurserna'); a stem is never cut below `_WORD_MIN` letters
_INFLECTION = 2
_WORD_RE = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(fold(squash(text)).lower())


def _refers_to(name: list[str], sentence: list[str]) -> bool:
    meaning = [w for w in name if len(w) >= _WORD_MIN]
    if not meaning:
        return False
    return all(any(s.startswith(w[:max(_WORD_MIN, len(w) - _INFLECTION)]) for s in sentence) for w in meaning)


def is_short_name(text: str) -> bool:
    """A name of a few words, not a sentence (no closing full stop, no comma)."""
    t = squash(text)
    return 0 < len(t.split()) <= _NAME_WORDS and not t.endswith(".") and "," not in t


def actions_named_short(names: list[tuple[str, str]], actions: list[tuple[str, str]]) -> dict[str, str] | None:
    """{name's id: the action's id} where every one of `names` (id, text) is a short name of
    exactly one of `actions` (id, sentence) and no action is named twice; else None."""
    if not names or not all(is_short_name(text) for _, text in names):
        return None
    said = [(aid, _words(text)) for aid, text in actions]
    out: dict[str, str] = {}
    for nid, text in names:
        name = _words(text)
        found = [aid for aid, sentence in said if _refers_to(name, sentence)]
        if len(found) != 1 or found[0] in out.values():
            return None
        out[nid] = found[0]
    return out


def meter_column_names(cells: list[str], actions: list[tuple[str, str]]) -> dict[str, str] | None:
    """{cell's key (`name_key`): the action's id} of a follow-up table's action column whose
    every filled cell, a dash aside ('–': the meter follows up no one action), is a short name
    of exactly one of `actions` (id, text) read before, each action named by one name ('Tabell
    3. Indikatorer och status' Indikator | Insatsområde | Åtgärd | Status: 'Simundervisning'
    beside 'Antal deltagare i simundervisningen' names the action 'Ordna simundervisning för
    vuxna kvinnor'). The column refers to the programme's own actions, it states none: the
    table is the programme's follow-up, not a report on an earlier plan's measures. A name
    repeated on several rows (two meters of one action) names it once. None when a cell names
    no action or several, or no cell names one."""
    names = list(dict.fromkeys(name_key(c) for c in cells if c.strip() and not _DASH_RE.match(c.strip())))
    if not names:
        return None
    return actions_named_short([(n, n) for n in names], actions)


_DASH_RE = re.compile(r"^[–—-]+\.?$")


def name_key(cell: str) -> str:
    """How a cell naming an action is compared: spacing and a closing stop aside, and the
    number a print set before a table's row ('3.4 Arbetsmarknadsmässa' printed as a numbered
    record: the number is the print's, no part of the name)."""
    return NUMBERED_RE.sub("", squash(cell), count=1).rstrip(".").strip()
