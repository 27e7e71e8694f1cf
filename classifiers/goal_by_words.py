"""The one of several goals an action serves, by its words. A section that states two goals
('Målsättning 1. Fler invandrare får arbete ...', 'Målsättning 2. Arbetsgivarna rekryterar
mångsidigt.') over one action table without a goal column lists the actions of both: each
serves the goal whose subject it speaks of ('Rekryteringsfrukost för lokala arbetsgivare' --
the employers recruiting). An action that shares its distinctive words with one of the goals
more than with any other is that goal's; one that shares none, or as many with two, stays
with the section's goals as read (the first of them first)."""
from __future__ import annotations

from .goal_lookup import long_words
from .text import FUNCTION_WORDS

# a stem: the first five letters of a word (a word of four, whole), so that inflections and
# compounds meet ('arbetsgivare' / 'Arbetsgivarna', 'Föräldrakvällar' / 'Föräldrarna')
_STEM = 5


def _stems(text: str) -> set[str]:
    # (a function word, 'efter', 'under', says nothing of what a goal is about)
    return {w[:_STEM] for w in long_words(text) if w not in FUNCTION_WORDS}


def _meets(stem: str, stems: set[str]) -> bool:
    """One stem is the other's start ('barn' / 'barne' of 'barnens')."""
    return any(stem.startswith(x) or x.startswith(stem) for x in stems)


def goal_by_words(action: str, goals: list[tuple[str, str]]) -> str | None:
    """The id of the goal (id, text) whose stems the action shares more of than of any other,
    counting only stems that not every goal has; None when no goal stands out."""
    if len(goals) < 2:
        return None
    stems = [_stems(text) for _, text in goals]
    own = [w for w in _stems(action) if not all(_meets(w, s) for s in stems)]
    counts = [sum(1 for w in own if _meets(w, s)) for s in stems]
    best = max(counts)
    if best == 0 or counts.count(best) > 1:
        return None
    return goals[counts.index(best)][0]
