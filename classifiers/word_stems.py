"""Two words of one stem: the match the meter-to-action readers share.

Each reader starts from the same test -- one word is the other's beginning ('svenskkurs' /
'svenskkurserna') -- and says, where it needs one, how it bounds or widens it:
`figure_meters._names_head` allows a meter's word shorter than the action's head only by an
inflection's ending; `goal_labelled_meters.counted_action` also takes a compound's common
start (`common_start`); `counted_actions.same_stem` also takes a common start with a short
ending on the indicator's word, a plural's vowel change aside."""
from __future__ import annotations

import os


def one_begins_other(word: str, other: str) -> bool:
    """One of the two words is the other's beginning ('kurs' / 'kurserna', either way)."""
    return word.startswith(other) or other.startswith(word)


def common_start(word: str, other: str) -> int:
    """How many letters the two words begin with alike."""
    return len(os.path.commonprefix([word, other]))
