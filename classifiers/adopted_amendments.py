"""An amendment the council adopted in its minutes, adding an action to the programme.

Minutes with the programme attached record, under 'Behandling', proposals made at the
meeting: 'Ledamot X föreslog, understödd av Y, att till målet om arbete och utbildning läggs
åtgärden ”erbjuda sommarpraktik …”, med bildningssektorn som ansvarig och med start sommaren
2027. Förslaget godkändes enhälligt.' The decision then approves the programme 'med det
tillägg som framgår av behandlingen': the quoted action is one of the programme's, of the
goal named, though the attached plan does not print it. A proposal that fell ('Förslaget fick
inte understöd och förföll', 'förkastades') adds nothing (fifty-fifth set).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import squash

# '… att till målet om <goal> läggs åtgärden ”<action>”<rest>.' (also 'fogas', 'tas in', the
# goal as 'målet för', 'målsättningen om', 'insatsområdet')
_PROPOSAL_RE = re.compile(
    r"\bföreslog\b[^.”\"]*?\batt\s+till\s+(?:målet|målsättningen|insatsområdet|området|temat)\s+"
    r"(?:om\s+|för\s+)?(?P<goal>[^,”\"]+?)\s+(?:läggs|fogas|tas\s+in|tillförs)\s+(?:till\s+)?"
    r"(?:en\s+ny\s+|den\s+nya\s+)?åtgärd(?:en)?\s+[”\"“](?P<action>[^”\"“]+)[”\"“](?P<rest>[^.]*)\.\s*(?P<after>.*)$",
    re.I | re.S)
# '… med <actor> som ansvarig', '… med <actor> som ansvarig aktör'
_RESPONSIBLE_RE = re.compile(r"\bmed\s+(?P<who>[^,]+?)\s+som\s+ansvarig\b", re.I)
# '… med start <time>', '… från och med <time>', '… under <time>'
_WHEN_RE = re.compile(r"\b(?:med\s+start|med\s+början|från\s+och\s+med)\s+(?P<when>[^,]+?)\s*$", re.I)
# 'Förslaget godkändes (enhälligt)', 'Ändringsförslaget bifölls', 'Fullmäktige godkände förslaget'
_ADOPTED_RE = re.compile(
    r"^(?:(?:förslaget|ändringsförslaget|tilläggsförslaget|tillägget)\s+(?:godkändes|bifölls|antogs|vann)"
    r"|(?:fullmäktige|nämnden|styrelsen)\s+(?:godkände|biföll|antog)\s+(?:förslaget|tillägget))\b", re.I)


@dataclass
class Amendment:
    goal_words: str  # how the proposal names the goal ('arbete och utbildning')
    text: str  # the quoted action as printed
    responsible: str | None
    schedule: str | None


def adopted_amendment(paragraph: str) -> Amendment | None:
    """The action an adopted proposal of a minutes' paragraph adds, else None."""
    m = _PROPOSAL_RE.search(squash(paragraph))
    if m is None or not _ADOPTED_RE.match(m.group("after").strip()):
        return None
    rest = m.group("rest")
    who = _RESPONSIBLE_RE.search(rest)
    parts = [p.strip() for p in re.split(r",|\soch\s(?=med\b)", rest) if p.strip()]
    when = next((w.group("when") for p in parts if (w := _WHEN_RE.search(p))), None)
    return Amendment(m.group("goal").strip(), m.group("action").strip(),
                     who.group("who").strip() if who else None, when)
