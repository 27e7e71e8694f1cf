"""A list's lead-in that says its bracketed numbers are the actions' numbers.

A follow-up list whose items close with a bare number in brackets ('Antal deltagare i
språkgruppen (1)') says in its lead-in what the number is: 'Siffran inom parentes anger
åtgärden.', 'Numret inom parentes hänvisar till åtgärdens nummer.', '(åtgärdens nummer inom
parentes)'. Without such a legend a number that both a goal and an action carry is left
unread (`action_number_rows.closing_action_number`); with it, the number is the action's,
whatever goal shares it.
"""

from __future__ import annotations

import re

# 'Siffran / Numret / Talet / Siffrorna inom parentes anger / är / avser / hänvisar till
# åtgärden / åtgärdens nummer / åtgärdsnumret' (also 'anger den åtgärd som mätaren följer
# upp', 'anger vilken åtgärd …'), or 'åtgärdens nummer (står) inom parentes'
_LEGEND_RE = re.compile(
    r"\b(?:siffr(?:an|orna)|numr(?:et|en)|nummer|tal(?:et|en))\s+(?:inom|i)\s+parentes(?:en)?\s+"
    r"(?:anger|är|avser|visar|hänvisar\s+till|står\s+för)\s+(?:numret\s+på\s+)?(?:(?:den|de|vilken|vilka)\s+)?"
    r"åtgärd(?:en|erna|ens|ernas|snumr\w*)?\b"
    r"|\båtgärd(?:ens|ernas)\s+nummer\s+(?:anges\s+|står\s+)?(?:inom|i)\s+parentes", re.I)


def names_action_number_brackets(text: str) -> bool:
    """Does a paragraph say the brackets of the list after it hold the actions' numbers?"""
    return bool(_LEGEND_RE.search(text or ""))


# ... or the action itself, named in words: 'en mätare som gäller en enskild åtgärd anges med
# åtgärden inom parentes', 'Åtgärden som mätaren följer upp står inom parentes', 'Inom parentes
# anges den åtgärd som mätaren gäller' -- the bracket holds a word of the action's own text
# ('antal besök (språkcafé)'), no number
_NAME_LEGEND_RE = re.compile(
    r"\b(?:anges|markeras|står|nämns)\s+(?:med\s+)?(?:den\s+)?åtgärd(?:en|erna)?\s+(?:inom|i)\s+parentes"
    r"|\båtgärd(?:en|erna)(?:\s+som\s+[^.;:]{1,60}?)?\s+(?:anges|står|nämns)\s+(?:inom|i)\s+parentes"
    r"|\b(?:inom|i)\s+parentes(?:en)?\s+(?:anges|står|nämns)\s+(?:den\s+|de\s+)?åtgärd", re.I)


def names_action_brackets(text: str) -> bool:
    """Does a paragraph say the brackets of the list after it name the actions the meters
    follow up (by a word of theirs, no number)? Said of the numbers, `names_action_number_brackets`."""
    return bool(_NAME_LEGEND_RE.search(text or "")) and not names_action_number_brackets(text)
