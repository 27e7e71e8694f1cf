"""What a list in minutes holds, by the decision sentence that introduces it.

Minutes print what a board decided as a sentence ending in the decision verb, then the
decided points as a list: 'Nämnden beslöt enhälligt:' over '• Serviceguiden översätts ...
(ansvar: kommunkansliet; 2025).' The points are what the board orders done -- the
programme's actions. When the decision itself names the programme's goals, 'Nämnden beslöt
att programmet har följande mål:', the list holds the goals the board adopted: the content
clause after a verb of deciding is the deciding body's own, not a statement reported from
another document ('Lagen anger att målet är ...', `prose._reported`)."""

from __future__ import annotations

import re

from .text import fold

# the verb of deciding, in the tenses minutes use ('beslöt', 'beslutade', 'beslutar',
# 'har beslutat'), folded
_DECIDE = re.compile(r"^(?:beslot|beslutade|beslutar|besluter|beslutat|beslutit)$")
# what may stand between the verb and the colon of a bare decision intro: an adverb of
# manner ('enhälligt') or 'enligt förslaget' -- a few words, no clause of their own
_BARE_TAIL_WORDS = 3
_GOAL_NOUN = re.compile(r"^(?:mal|malen|malet|malsattning\w*)$")
_OWN_PROGRAMME = re.compile(r"^(?:programmet|programmets|planen|planens)$")


def _tokens(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(s))


def decision_intro_kind(paragraph: str) -> str | None:
    """'measure' for a bare decision intro ('Nämnden beslöt enhälligt:'), 'goal' for a
    decision adopting the programme's goals ('Nämnden beslöt att programmet har följande
    mål:'), else None. Only the paragraph's last sentence, ending in ':', counts."""
    text = paragraph.strip()
    if not text.endswith(":"):
        return None
    last = re.split(r"(?<=[.!?])\s+", text)[-1]
    toks = _tokens(last)
    k = next((i for i, t in enumerate(toks) if _DECIDE.match(t)), None)
    if k is None or k == 0:
        return None  # the verb needs its subject, the deciding body, before it
    after = toks[k + 1:]
    if "att" not in after:
        return "measure" if len(after) <= _BARE_TAIL_WORDS else None
    clause = after[after.index("att") + 1:]
    if any(_GOAL_NOUN.match(t) for t in clause) and any(_OWN_PROGRAMME.match(t) for t in clause):
        return "goal"
    return None
