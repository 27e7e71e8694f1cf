"""Actions written as a paragraph of their own: a short lead phrase, a description, and a
sentence saying who carries it out.

    Språkcafé för föräldrar. Medan barnen leker övar föräldrarna svenska med frivilliga.
    Genomförs av stadsbiblioteket tillsammans med Folkhälsan från hösten 2025.

The lead phrase is the action's name (what a table would hold in its action column); the
passive 'Genomförs av X [i samarbete med / tillsammans med Y] [time]' is its record: X is
responsible, Y are partners, the time phrase is the schedule. A paragraph in the same
title-then-text form that names nobody carrying anything out (a glossary entry,
'Integration. Med integration avses ...') is not an action.
"""

from __future__ import annotations

import re

from .actors import split_actors
from .schedule import TIME_PHRASE
from .text import sentences, squash, words

# 'Genomförs av ...', 'Ordnas av ...', 'Arrangeras av ...': the passive of carrying out,
# with its agent
_CARRIED_OUT_RE = re.compile(
    r"^(?:genomförs|ordnas|arrangeras|förverkligas|verkställs|utförs|koordineras|drivs|"
    r"organiseras|anordnas)\s+av\s+(?P<rest>\S.*?)\s*\.?$", re.I)
# where the time phrase closing that sentence starts (schedule.TIME_PHRASE: 'under läsåren
# 2025–2028', 'från hösten 2025', 'årligen i maj', 'två gånger per år', 'vid behov'); 'under' /
# 'i' before a phrase that is one without them belong to neither part
_TIME_START_RE = re.compile(rf"\s+(?:(?:under|i)\s+)?(?={TIME_PHRASE})", re.I)
# a lead phrase is a name, not a sentence: a few words
LEAD_WORDS = 8


def carried_out(paragraph: str) -> tuple[str, list[str], list[str], str | None] | None:
    """(action, responsible, partners, schedule) of a paragraph that leads with the action's
    name and says who carries it out, else None."""
    sents = sentences(paragraph)
    if len(sents) < 2:
        return None
    lead = sents[0].strip()
    if not lead.endswith(".") or len(words(lead)) > LEAD_WORDS:
        return None
    done = next((m for s in sents[1:] if (m := _CARRIED_OUT_RE.match(s.strip()))), None)
    if done is None:
        return None
    who, when = split_time(done.group("rest"))
    resp, partners = split_actors(who)
    if not resp:
        return None
    return lead.rstrip(".").strip(), resp, partners, when


def split_time(text: str) -> tuple[str, str | None]:
    """'stadsbiblioteket under läsåren 2025–2028' -> ('stadsbiblioteket', 'läsåren
    2025–2028'): the actors, then the time phrase that closes the sentence."""
    m = _TIME_START_RE.search(text)
    if not m:
        return text.strip(), None
    return text[:m.start()].strip(), squash(text[m.end():]) or None
