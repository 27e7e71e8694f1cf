"""A programme written as a council's assignments to its committees: 'Bildningsnämnden ges
i uppdrag att erbjuda ...', 'Kommunstyrelsen får i uppdrag att ...'. The whole sentence is
the measure; the body given the assignment is responsible for it, and a body it is to work
with, 'att i samarbete med X ordna ...' / 'att tillsammans med X ordna ...', is a partner."""

from __future__ import annotations

import re

from .actors import names_actor, split_actors
from .label_vocab import COOP_PHRASE
from .text import NUMBERED_RE, squash

_ASSIGNED_RE = re.compile(
    r"^(?P<who>[A-ZÅÄÖ][^,.;:()]{2,80}?)\s+(?:ges|gavs|får|fick|har\s+fått)\s+i\s+uppdrag\s+att\s+(?P<rest>\S.*)$",
    re.S)
_WITH_RE = re.compile(rf"^{COOP_PHRASE}\s+(?P<after>\S.*)$", re.S)


def assigned_actors(text: str) -> tuple[list[str], list[str]] | None:
    """(responsible, partners) of an assignment sentence ('X ges i uppdrag att ...'), else
    None. The partners after 'att i samarbete med' end before the infinitive that follows them
    (a lower-case word ending in -a after a phrase naming an actor)."""
    m = _ASSIGNED_RE.match(squash(NUMBERED_RE.sub("", text.strip(), count=1)))
    if not m or not names_actor(m.group("who")):
        return None
    resp, _ = split_actors(m.group("who"))
    partners: list[str] = []
    w = _WITH_RE.match(m.group("rest"))
    if w:
        toks = w.group("after").split()
        for k in range(1, len(toks)):
            if toks[k][:1].islower() and toks[k].endswith("a") and names_actor(" ".join(toks[:k])):
                partners = split_actors(" ".join(toks[:k]), "partners")[1]
                break
    return (resp, partners) if resp else None
