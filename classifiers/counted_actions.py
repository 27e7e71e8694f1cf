"""Which action each indicator of a closing follow-up list counts (twenty-second blind set).

A programme that states its actions first and its follow-up last often lists, in the
follow-up chapter, one figure per action it will count ('antal deltagare i kvällskurserna',
'antal sålda hobbykort ...', a 'Mätare | Målnivå 2026' table) in the actions' order, among
figures of the goals' effect ('andel invandrare som bor kvar ...') that count no one action.
Each such figure names what it counts by the action's own word ('kvällskurserna' for
'Kvällskurser i svenska ... ordnas', 'vänfamiljer' for 'Vänfamiljsverksamhet ...').

An indicator counts an action when it shares with it a distinctive word: a word of meaning
(four letters or more) that occurs in that one action only and in at most one goal -- a word
several actions or goals use ('invandrare', 'kommunen') names the programme's people or
place, no action. Words match by stem: one a prefix of the other, or the same but for an
inflected ending of at most two letters on the indicator's word ('vänfamiljer' /
'vänfamiljsverksamhet'). Of several
actions so named, the one sharing most words with it (a word matched only but for its
ending counts half); of equally many, the first not before
the action the indicator above it counted (the list follows the actions' order).

The list is read so only when it reads as a list per action: three figures at least, one
for every three actions at least (a few key figures after a long action plan follow the
programme as a whole), at least half of them naming an action, and the actions named in
the list's order, each once (figures sorted otherwise -- by goal, by area -- or naming one
action twice follow the goals up). Otherwise its figures follow the goals up, as before.
"""
from __future__ import annotations

import re

from .elements import Element
from .goal_lookup import long_words
from .text import FUNCTION_WORDS
from .word_stems import common_start, one_begins_other

_PLAIN_VOWELS = str.maketrans("äö", "ao")
_STEM_MIN = 6  # a common beginning at least so long ...
_ENDING_MAX = 2  # ... leaving at most so many letters of the shorter word
# a follow-up list per action has several figures; one 'Mätare:' line follows its goal up
_MIN_LIST = 3
# ... and counts a good part of the actions: a few key figures after a long action plan
# (four for twenty actions) follow the programme as a whole, whatever words they share
_ACTIONS_PER_FIGURE = 3


def same_stem(word: str, other: str) -> bool:
    """`word` (the indicator's) is `other`'s by stem: one a prefix of the other, or `word`
    the beginning of `other` but for an ending of at most two letters ('vänfamiljer' of
    'vänfamiljsverksamhet'; not the other way: 'arbetsgivarträffarna' is no 'arbetsgivare'),
    a plural's vowel change aside ('bostäder' / 'bostads-')."""
    if one_begins_other(word, other):
        return True
    # (a plural may change the stem's vowel: 'hyresbostäder' of 'hyresbostadsbolaget')
    word, other = word.translate(_PLAIN_VOWELS), other.translate(_PLAIN_VOWELS)
    n = common_start(word, other)
    return n >= _STEM_MIN and len(word) - n <= _ENDING_MAX


def _holds_whole(word: str, text_words: list[str]) -> bool:
    return any(one_begins_other(word, w) for w in text_words)


def _holds(word: str, text_words: list[str]) -> bool:
    return any(same_stem(word, w) for w in text_words)


# a rate named by a compound, 'Arbetslöshetsgrad bland ...', 'Sysselsättningsgraden för ...':
# a figure of the population, no count of what one action does (`prose.is_population_rate`,
# there in the definite form after a follow-up verb; a table row names it bare)
_RATE_OF_RESIDENTS_RE = re.compile(r"^[^\W\d_]{3,}(?:grad|graden)\s+(?:bland|för|hos|av)\s", re.I)


def actions_counted(indicators: list[str], actions: list[tuple[str, str]],
                    goals: list[str], goal_rank: list[int] | None = None) -> list[str | None] | None:
    """The id of the action (id, text) each indicator text counts, None for one that counts
    none; None for the whole list when fewer than half its indicators name an action."""
    if len(indicators) < _MIN_LIST or len(actions) < 2 or len(indicators) * _ACTIONS_PER_FIGURE < len(actions):
        return None
    order = {mid: k for k, (mid, _) in enumerate(actions)}
    action_words = [long_words(text) for _, text in actions]
    goal_words = [long_words(text) for text in goals]
    out: list[str | None] = []
    last = -1
    for ind in indicators:
        if _RATE_OF_RESIDENTS_RE.match(ind.strip()):
            # 'Arbetslöshetsgrad bland personer med främmande språk, %': a rate of the
            # residents follows the goals up, whatever word it shares with an action
            out.append(None)
            continue
        # (a function word of four letters, 'inom', 'från', 'mellan', names nothing counted)
        own = [w for w in dict.fromkeys(long_words(ind)) if w not in FUNCTION_WORDS]
        hits = [[w for w in own if _holds(w, ws)] for ws in action_words]
        # (`hits` already says which actions hold each word: no second pass over them)
        distinctive = {w for w in own
                       if sum(1 for h in hits if w in h) == 1
                       and sum(1 for ws in goal_words if _holds(w, ws)) <= 1}
        # a word the action holds whole (or inflected past it) counts one, one that differs
        # in its ending ('familjer' / 'familjen') half: the looser match says less
        # (an action a figure above already counts is no candidate: a list per action
        # counts each once, so the figure names the other action it shares a word with)
        taken = {x for x in out if x}
        cands = [(sum(1 if _holds_whole(w, action_words[k]) else 0.5 for w in h), k)
                 for k, h in enumerate(hits) if set(h) & distinctive and actions[k][0] not in taken]
        if not cands:
            out.append(None)
            continue
        best = max(n for n, _ in cands)
        tied = sorted(k for n, k in cands if n == best)
        k = tied[0] if len(tied) == 1 else next((k for k in tied if k >= last), None)
        if k is None:
            out.append(None)
            continue
        last = k
        out.append(actions[k][0])
    named = [order[x] for x in out if x]
    if len(named) * 2 < len(out) or not _in_programme_order(named, goal_rank):
        return None
    return out


def _in_programme_order(named: list[int], goal_rank: list[int] | None) -> bool:
    """The actions a list names (their places in the programme) follow the programme's
    order, each named once: in the actions' order, or -- `goal_rank` giving each action's
    goal's place -- in the goals' order, the actions of one goal in any order (a follow-up
    written goal by goal names a goal's actions as it counts them: 'deltagare i
    sommarskolan' before 'andelen elever med S2-undervisning …')."""
    if len(set(named)) < len(named):
        return False
    if all(b > a for a, b in zip(named, named[1:])):
        return True
    if goal_rank is None or any(goal_rank[k] < 0 for k in named):
        return False
    return all(goal_rank[b] >= goal_rank[a] for a, b in zip(named, named[1:]))


def one_follow_up(elements: list[Element], at: list[int]) -> bool:
    """The elements at `at` (sorted indices) are one list (bullets with nothing between them)
    or one table whose first column does not sort its rows: a key in words repeated on
    consecutive rows ('Förvaltning': 'Bildningsförvaltningen', 'Bildningsförvaltningen')
    groups the figures by unit or area -- they follow those up, no action each. (Values
    further right repeat as values do: 'årligen' in a 'Frekvens' column.)"""
    if len(at) == 1 and elements[at[0]].kind == "table" and elements[at[0]].table is not None:
        keys = [" ".join(r[0].split()) if r else "" for r in elements[at[0]].table.rows]
        return not any(a and a == b and any(ch.isalpha() for ch in a) for a, b in zip(keys, keys[1:]))
    return all(elements[k].kind == "bullet" for k in range(at[0], at[-1] + 1))
