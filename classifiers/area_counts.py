"""Which action a count in a follow-up sorted by area counts (twenty-sixth blind set).

A follow-up chapter that sorts its figures by the programme's areas (a heading per area under
'Nyckeltal', or a table whose 'Område' column names each row's area) lists two kinds of
figure: the count of what one action produces ('Antal mentorpar', 'Antal besök på
språkcaféet', 'Antal genomförda kompetenssamtal') and the share or rate the area's goals aim
to change ('Andelen sysselsatta …', 'Sysselsättningsgraden bland kvinnor …'). A count names
the action by the action's own word ('språkcaféet' for 'Språkcafé i biblioteket'); a share
or rate follows the goal up whatever words it shares with an action.

A count ('Antal …') counts the action of its area's goals it shares a distinctive word with:
a word of meaning that one action of the whole programme holds (`counted_actions`, matched by
stem), the best of them if several do; the figure is then that action's, of its goal. Other
figures stay with the area's goals: of several, the one whose words it shares
(`goals_stated_together.goal_of_action`), else the first."""

from __future__ import annotations

import re

from .counted_actions import _holds, _holds_whole
from .goal_lookup import long_words

# a count of something produced ('Antal …', 'Antalet …')
_COUNT_RE = re.compile(r"^\W*antal(?:et)?\b", re.I)


def is_count(indicator: str) -> bool:
    return bool(_COUNT_RE.match(indicator))


def action_counted(indicator: str, area_actions: list[tuple[str, str]],
                   all_actions: list[tuple[str, str]], goals: list[str]) -> str | None:
    """The id of the action (id, text) of the area a count counts, or None (module docstring)."""
    if not is_count(indicator):
        return None
    own = list(dict.fromkeys(long_words(indicator)))
    every = [long_words(text) for _, text in all_actions]
    goal_words = [long_words(text) for text in goals]
    distinctive = {w for w in own if sum(1 for ws in every if _holds(w, ws)) == 1
                   and sum(1 for ws in goal_words if _holds(w, ws)) <= 1}
    best: tuple[float, str] | None = None
    for mid, text in area_actions:
        ws = long_words(text)
        hits = [w for w in own if _holds(w, ws)]
        if not set(hits) & distinctive:
            continue
        score = sum(1 if _holds_whole(w, ws) else 0.5 for w in hits)
        if best is None or score > best[0]:
            best = (score, mid)
    return best[1] if best else None
