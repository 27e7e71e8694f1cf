"""The action a figure of the follow-up report counts ('Utvärderingen 2028 mäter bland annat
andelen anställda som gått utbildningen i bemötande och antalet tolkade besök per år', after
a section's actions 'Alla chefer deltar i utbildning i interkulturellt bemötande' and 'Rutin
för beställning av tolk införs'): a report or evaluation that names what it will measure
after a section's own list of actions names, in each figure, the thing one action sets up or
trains for. The figure is that action's when it shares with it more words of meaning than
with any other of the section's actions -- words the section's goal uses, or that several of
the programme's goals and actions use ('kommunens'), name the goal's people or the place, no
one action. A figure naming none, or two alike, stays the goal's.
"""
from __future__ import annotations

import re

from .counted_actions import same_stem
from .goal_lookup import long_words
from .text import FUNCTION_WORDS

# the follow-up's own report or evaluation, as the subject of the sentence naming the figures
REPORT_SUBJECT_RE = re.compile(r"^(?:den\s+|det\s+)?(?:[^\W\d_]+\s+)?[^\W\d_]*(?:utvärdering|uppföljning|rapport)",
                               re.I)
# the quantity a figure opens with says what kind of figure it is, not what it counts
_QUANTITY_WORDS = frozenset(("antal", "antalet", "andel", "andelen", "mängd", "mängden", "nivå", "nivån"))


def _matches(word: str, words: list[str]) -> bool:
    return any(same_stem(word, w) or same_stem(w, word) for w in words)


def action_counted(figure: str, actions: list[tuple[str, str]], goal_texts: list[str],
                   programme_texts: list[str]) -> str | None:
    """The id of the action (id, text) of `actions` the figure counts, else None.
    `goal_texts`: the section's goals; `programme_texts`: every goal and action of the
    programme (a word two of them use is common to the programme)."""
    if len(actions) < 2:
        return None
    goal_words = [w for t in goal_texts for w in long_words(t)]
    # each text's words once, not once per word of the figure checked against it
    common = [long_words(t) for t in programme_texts]
    own = [w for w in dict.fromkeys(long_words(figure)) if w not in _QUANTITY_WORDS and w not in FUNCTION_WORDS
           and not _matches(w, goal_words)
           and sum(1 for words in common if _matches(w, words)) <= 1]
    counts = [(sum(1 for w in own if _matches(w, words)), mid) for mid, words in
              ((mid, long_words(text)) for mid, text in actions)]
    best = max(n for n, _ in counts)
    if best == 0:
        return None
    top = [mid for n, mid in counts if n == best]
    return top[0] if len(top) == 1 else None
