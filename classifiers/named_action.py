"""Which one action of a list a follow-up names by its words (twentieth blind set).

A goal's actions listed one after another may be followed by one follow-up line for the whole
list ('Uppföljning: ...'). Usually it follows the goal up. When it plainly names one of the
listed actions -- 'Uppföljning: andel anställda i kundarbete som gått webbutbildningen' under
'1) Alla anställda i kundarbete går en webbutbildning i likabehandling', '2) ... ordlista ...',
'3) ... chefsforum ...' -- it measures that action: what it counts is what that action does.

Named means: the follow-up shares at least two words of meaning (four letters or more, matched
by stem: one a prefix of the other, as 'webbutbildningen' and 'webbutbildning') with exactly
one of the actions, and no such word with any other action. Words every action of the list or
the follow-up itself uses of the programme in general would tie it to several and tie it to
none.
"""
from __future__ import annotations

from .goal_lookup import long_words
from .text import FUNCTION_WORDS

_MIN_SHARED = 2


def shared_words(a: list[str], b: list[str], inflected: bool = False) -> int:
    """How many distinct words of `a` match a word of `b` by stem (one a prefix of the other;
    `inflected`: the longer one adds no more than an inflection's ending, `_ENDING`, so a
    compound built on the word -- 'hobbysedlar' on 'hobby' -- is another word)."""
    def same(x: str, y: str) -> bool:
        short, long_ = (x, y) if len(x) <= len(y) else (y, x)
        return long_.startswith(short) and (not inflected or len(long_) - len(short) <= _ENDING)
    return sum(1 for x in set(a) if any(same(x, y) for y in b))


# the longest ending an inflected form adds to its stem ('-arna', '-erna', '-ens', '-en')
_ENDING = 4


def action_named_by(follow_up: str, actions: list[tuple[str, str]], min_shared: int = _MIN_SHARED,
                    inflected: bool = False) -> str | None:
    """The id of the one action (id, text) of `actions` that `follow_up` names by its words,
    else None (fewer than two actions: nothing to choose between). `min_shared`: the words
    it must share with that action (see `actions_named_one_each` for one); `inflected`: only
    the action's own words count, in any inflection, no compound built on one (`shared_words`)."""
    if len(actions) < 2:
        return None
    own = long_words(follow_up)
    counts = [(shared_words(own, long_words(text), inflected), mid) for mid, text in actions]
    named = [mid for n, mid in counts if n >= min_shared]
    touched = [mid for n, mid in counts if n > 0]
    return named[0] if len(named) == 1 and touched == named else None


def action_named_by_topic(topic: str, actions: list[tuple[str, str]]) -> str | None:
    """The id of the one action (id, text) that the topic a follow-up sentence puts first names
    by a word of its own ('Läxhjälpen följer vi upp …' after 'Läxhjälp i alla skolor …'), else
    None. The topic says what the sentence follows up, so one shared word names the action --
    also when the list above holds that action alone."""
    own = long_words(topic)
    named = [mid for mid, text in actions if shared_words(own, long_words(text)) > 0]
    return named[0] if len(named) == 1 else None


def actions_named_one_each(follow_ups: list[str], actions: list[tuple[str, str]]) -> list[str] | None:
    """The action each of several follow-ups names, when each names a different one by a word
    no other action of the list uses ('Vi följer upp genom att räkna antalet nya medlemmar i
    KIF och antalet deltagare på talkodagen' after '... ordnar en gemensam talkodag ...' /
    '... erbjuder nya medlemmar ...'): a sentence counting one thing per action it lists. A
    single shared word is enough only so, every count matched to its own action; else None."""
    if len(follow_ups) < 2:
        return None
    named = [action_named_by(f, actions, min_shared=1) for f in follow_ups]
    if None in named or len(set(named)) != len(named):
        return None
    return named


def action_set_up_for(figure: str, actions: list[tuple[str, str]]) -> str | None:
    """The id of the action (id, text) a figure added after every action counts the use of:
    the one sharing the most words of meaning with it (two at least), the earliest on a tie.
    A programme names the thing it sets up ('En gemensam ingång, Infopunkt X, öppnas ...')
    first in the action that sets it up; a later action naming it again refers back to it
    ('Utvärdering av Infopunkt X ...'), and the figure ('antalet kunder vid Infopunkt X')
    counts what the first set up."""
    own = [w for w in long_words(figure) if w not in FUNCTION_WORDS]
    counts = [(shared_words(own, long_words(text)), mid) for mid, text in actions]
    best = max((n for n, _ in counts), default=0)
    if best < _MIN_SHARED:
        return None
    return next(mid for n, mid in counts if n == best)
