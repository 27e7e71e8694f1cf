"""One closing sentence giving the doer and time of the actions before it (twenty-fourth
blind set).

A section written in running text may state its actions as 'we' sentences ('Vi utbildar alla
tränare ...', 'Under Veckan mot rasism ordnar vi en kampanj ...') and then name who carries
them out and when in one sentence for them all: 'Ansvaret för båda insatserna har kultur- och
fritidssektorn, och de startar hösten 2026', 'Biblioteket ansvarar för dessa åtgärder, som
inleds 2026'. The sentence refers back to the actions by a determiner ('båda', 'de två',
'dessa', 'alla') and a noun for actions; the named unit is the responsible of each of them,
the time their schedule.
"""
from __future__ import annotations

import re

from .actors import split_names
from .schedule import opens_with_time
from .text import squash

_WHICH = r"(?P<which>båda|bägge|de\s+två|de\s+tre|alla|dessa|de\s+här)"
_ACTIONS = r"(?:(?:\w+\s+)?(?:insats|åtgärd|aktivitet)(?:er|erna|na)?)"
_START = r"(?:startar|inleds|börjar|påbörjas|genomförs)"
_OWNER_FIRST_RE = re.compile(
    rf"^ansvaret\s+för\s+{_WHICH}\s+{_ACTIONS}\s+(?:har|bär|ligger\s+hos)\s+(?P<who>.+?)"
    rf"(?:,?\s+och\s+(?:de|dessa|båda)\s+{_START}\s+(?P<when>.+?))?\s*\.?$", re.I)
_OWNER_SUBJECT_RE = re.compile(
    rf"^(?P<who>.+?)\s+ansvarar\s+för\s+{_WHICH}\s+{_ACTIONS}"
    rf"(?:,?\s+(?:som|och\s+de)\s+{_START}\s+(?P<when>.+?))?\s*\.?$", re.I)
_COUNTS = {"båda": 2, "bägge": 2, "de två": 2, "de tre": 3}


def shared_owner(sentence: str) -> tuple[int | None, list[str], str | None] | None:
    """(how many of the actions before it the sentence speaks of, None: all of them; the
    responsible; the schedule or None), or None for any other sentence."""
    text = squash(sentence)
    m = _OWNER_FIRST_RE.match(text) or _OWNER_SUBJECT_RE.match(text)
    if not m:
        return None
    who = split_names(m.group("who"))
    if not who:
        return None
    when = m.group("when")
    if when and not opens_with_time(when):
        when = None
    which = re.sub(r"\s+", " ", m.group("which").lower())
    return _COUNTS.get(which), who, when.strip() if when else None


# 'Ansvaret ligger hos X.', 'Ansvaret för kartläggningen ligger hos X.', 'Ansvaret för
# träffarna och kursen ligger hos X.': a sentence of its own closing a paragraph of actions
# says who answers for them -- bare, or naming them back by a definite noun (the counted
# 'båda åtgärderna' is `shared_owner`'s)
_PARAGRAPH_OWNER_RE = re.compile(
    r"^ansvaret(?:\s+för\s+(?P<what>[a-zåäö][\w\s-]{0,60}?))?\s+ligger\s+hos\s+(?P<who>[^,;:()]+?)\s*\.?$", re.I)
# one thing named back: a single definite noun ('kartläggningen', 'kursen', 'tjänsten')
_ONE_THING_RE = re.compile(r"^[a-zåäö-]+(?:en|et)$", re.I)


def paragraph_owner(sentence: str) -> tuple[list[str], bool] | None:
    """(the responsible, whether the sentence names one action back by a single definite
    noun) of 'Ansvaret [för Z] ligger hos X.', else None."""
    m = _PARAGRAPH_OWNER_RE.match(squash(sentence))
    if m is None or shared_owner(sentence) is not None:
        return None
    who = split_names(m.group("who"))
    if not who:
        return None
    what = (m.group("what") or "").strip()
    return who, bool(what) and _ONE_THING_RE.match(what) is not None
