"""A list of actions that closes each item with its doer after a spaced dash and nothing else
('Vi ordnar jobbmässa – näringslivsombudet', 'Språkcafé varje vecka – biblioteket', 'Vi har
tolk med – skolorna och daghemmen'): a brochure's or a short plan's way of saying who. A dash
tail with a time as well ('– X, fortlöpande') is read by `actors.dash_tail_actors` on its own
words; a tail of a name alone may also be an aside of the sentence ('– en del av skolans
arbete', 'Infopunkten – en mötesplats'), so it is read as the doer only where the document
does it throughout: at least MIN_KNOWN items close with a dash and a name the actor reader
knows by its words (a unit, a post, a capitalised name), and they are most of the items that
close with a dash and a short name (`builder.Builder`, read by `read_lists`)."""

from __future__ import annotations

import re

from .actors import _actor_like, names_post, split_actors, split_time_after_actors, trailing_actors
from .reference_tails import goal_in_closing_parenthesis
from .schedule import opens_with_time
from .text import squash

MIN_KNOWN = 3
MIN_SHARE = 0.6
_MAX_WORDS = 6

# '… – X' closing an item: a spaced dash, then a short name with no further dash, bracket,
# colon or sentence inside it (a final full stop allowed)
_SPACED_DASH_RE = re.compile(r"\s[–—]\s")
_DASH_DOER_RE = re.compile(r"\s[–—]\s+([^–—():;.!?\d]{2,80}?)\s*\.?\s*$")


def dash_doer_tail(text: str) -> tuple[int, tuple[list[str], list[str], None]] | None:
    """(where the dash starts, (responsible, partners, None)) of a list item closed by ' – X'
    with X a short name and no time ('… – skolorna och daghemmen': two responsible; '… –
    X i samarbete med Y': a partner), else None. Whether X is a doer is for the list to say
    (`doers_after_dashes`)."""
    m = _DASH_DOER_RE.search(text)
    if m is None or not any(ch.isalpha() for ch in text[:m.start()]):
        return None
    who = squash(m.group(1))
    if opens_with_time(who):
        return None
    resp, partners = split_actors(who)
    # (the doers short; the partners after them, 'X med Y och Z', each a short name -- the
    # limit is the doer's, a cooperation phrase adds names to it; sixty-ninth set)
    if not resp or sum(len(n.split()) for n in resp) > _MAX_WORDS \
            or (len(who.split()) > _MAX_WORDS and any(len(n.split()) > _MAX_WORDS for n in partners)) \
            or (len(who.split()) > _MAX_WORDS and not partners):
        return None
    return m.start(), (resp, partners, None)


def _known(resp: list[str]) -> bool:
    return all(_actor_like(n) or names_post(n) for n in resp)


def known_dash_doer(text: str) -> bool:
    """The item closes with ' – X', X names that the actor reader knows by their words."""
    found = dash_doer_tail(text)
    return found is not None and _known(found[1][0])


def doers_after_dashes(items: list[str]) -> bool:
    """Most list items closing with ' – <short name>' name a known actor there, at least
    MIN_KNOWN of them: the document puts its doers after the dash."""
    shaped = known = 0
    for text in items:
        # '… – biblioteket med X (delmål 1.2)': a closing reference to the goal the item serves
        # is read on its own (`reference_tails.goal_in_closing_parenthesis`) before the doer
        # is, so the doer closes the item without it (a plan grouped by year names each
        # action's goal so; sixty-ninth set)
        text = (goal_in_closing_parenthesis(text) or (text,))[0]
        found = dash_doer_tail(text)
        if found is None:
            # '… – X – hösten 2025' / '… – X, 2026': a dash tail that says who and then when
            # (`actors.trailing_actors`) shows the same habit of putting the doer after the
            # dash, as an item that names its doer alone there does
            timed = trailing_actors(text) if _SPACED_DASH_RE.search(text) else None
            if timed is not None and timed[0] and timed[2]:
                shaped += 1
                known += 1
            continue
        shaped += 1
        known += _known(found[1][0])
    return known >= MIN_KNOWN and known >= MIN_SHARE * shaped


# the same doer on a line of its own under the item, a second-level dash item ('• Vi ordnar
# språkcafé' / '  – biblioteket, tillsammans med Folkhälsan'): the dash, perhaps after the
# list's glyph where the print gives the sub-item one too, then the name(s) alone
_DOER_LINE_RE = re.compile(r"^\s*(?:[•●▪■◦‣∙○*]\s+)?[–—-]\s+(?P<who>[^–—():!?]{2,120}?)\s*\.?\s*$", re.S)


def doer_line(text: str) -> str | None:
    """The names of a dash line that holds who does the item above it and nothing else ('–
    socialhandledaren', '– Marthaföreningen tillsammans med församlingen', '– X, i samarbete
    med Y', '– biblioteket, hösten 2025' with its time after a comma), each responsible name one the actor reader knows by its words, else None. A dash
    line of other words ('– för kvinnor', '– varje vecka') is a sub-point or the item's time."""
    m = _DOER_LINE_RE.match(text)
    if m is None:
        return None
    who = squash(m.group("who"))
    # ('– biblioteket, hösten 2025': the time after the names, as a who field gives it)
    names, _ = split_time_after_actors(who)
    if len(names.split()) > 2 * _MAX_WORDS or opens_with_time(names) or any(ch.isdigit() for ch in names):
        return None
    resp, _ = split_actors(names)
    return who if resp and _known(resp) else None
