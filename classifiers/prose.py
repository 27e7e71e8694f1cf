"""Goals stated in running text, and what headings announce.

A goal sentence is a copular statement about a goal noun: "Målet är att ...", "Målet med X
är att ...", "Ett av målen för X är att ...", "I Borgå är målet att ...", "För X är det ett
viktigt mål att ...", "Målsättningen är ...". Not goals: "har som mål att" (a description
of someone's aim, no copula), "Målet är jämlikhet." (no content clause), relative clauses
("..., vars mål är att ...") which describe another thing's aim.
"""

from __future__ import annotations

import re

from .headers import header_roles
from .text import fold, sentences

_GOAL_NOUN = re.compile(
    r"^(mal|malet|malen|malsattning|malsattningen|malsattningar|malsattningarna|stravan|stravandet|ambitionen)$")


def _tokens(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(s))


def is_goal_sentence(sentence: str) -> bool:
    toks = _tokens(sentence)
    for i, t in enumerate(toks):
        if not _GOAL_NOUN.match(t):
            continue
        if i > 0 and toks[i - 1] in ("vars", "vilkas"):
            continue
        after = toks[i + 1 : i + 10]
        # "<mål> ... är (även) att ..." / "Målsättningen är ..."
        if "ar" in after:
            k = after.index("ar")
            rest = after[k + 1 : k + 4]
            if "att" in rest:
                return True
            if t.startswith("malsattning") and k == 0 and len(after) > 3:
                return True
        # "... är det ett (viktigt) mål att ..." / "I Borgå är målet att ..."
        if toks[i + 1 : i + 2] == ["att"] and "ar" in toks[max(0, i - 5) : i]:
            return True
    return False


def goal_sentences(paragraph: str) -> list[str]:
    return [s for s in sentences(paragraph) if is_goal_sentence(s)]


def heading_kind(heading: str) -> str | None:
    """'goal' for a heading that announces a list of goals ('Strategins målsättningar'),
    'measure' for one announcing actions ('Åtgärder'); None for mixed headings ('Mål och
    uppföljning') and all others."""
    roles = header_roles(heading)
    if roles == ["goal"]:
        return "goal"
    if roles == ["measure"]:
        return "measure"
    return None


_GOAL_HEADING_RE = re.compile(r"^\s*(?:mål|målsättning|delmål|tyngdpunkt)\s+\d+(?:\.\d+)*\s*[:.–-]\s*\S", re.I)


def is_goal_heading(heading: str) -> bool:
    """A heading that *is* a goal: 'Mål 1: Stärka delaktigheten', 'Tyngdpunkt 2.1 – ...'
    (a focus area is a sub-goal); not the bare label 'Mål 1:'."""
    return bool(_GOAL_HEADING_RE.match(heading))


_INTRO_MEASURE = ("atgard", "insats", "utvecklingsomrad", "utvecklingsbehov", "utvecklingsarbete")
_INTRO_GOAL = ("mal", "malsattning")


def intro_kind(paragraph: str) -> str | None:
    """What a bullet list introduced by this paragraph (ending in ':') holds."""
    text = paragraph.strip()
    if not text.endswith(":"):
        return None
    last = sentences(text)[-1] if sentences(text) else text
    toks = _tokens(last)
    if any(t.startswith(_INTRO_MEASURE) for t in toks):
        return "measure"
    if any(_GOAL_NOUN.match(t) for t in toks):
        return "goal"
    return None
