"""An action cell that points to another plan's action (twenty-fourth blind set).

A programme lists under a goal the work other plans already do for it, by reference only:
'Se sysselsättningsplanen 2025–2027, åtgärd 4', 'Se välfärdsområdets plan för barn och unga,
åtgärd 2.3'. The row names who carries it (that plan's owner) but states no action of this
programme: the action is the other plan's, written and followed up there. Such a cell opens
with 'Se' / 'Se även' / 'Jfr' ('see', 'compare'), names a plan, programme, strategy or
chapter, and is short (a pointer, not a sentence describing work).
"""
from __future__ import annotations

import re

from .denied_actions import places_actions_elsewhere
from .text import squash

_POINTER_RE = re.compile(r"^(?:se(?:\s+även|\s+också)?|jfr\.?|jämför)\s+\S", re.I)
_DOCUMENT_RE = re.compile(r"(?:plan|program|strategi|avsnitt|kapitel|bilaga)\w*\b", re.I)
_MAX_WORDS = 14


def points_to_other_plan(cell: str) -> bool:
    """Is the cell only a pointer to another document's action ('Se X-planen, åtgärd 4')?"""
    text = squash(cell or "")
    return bool(_POINTER_RE.match(text)) and bool(_DOCUMENT_RE.search(text)) \
        and len(text.split()) <= _MAX_WORDS


# a pointer of a few words to where the thing is stated, in this document or another ('Se
# mätare på målnivå', 'Se tabell 1', 'Jfr mål 2', 'Se även kapitel 4'); 'se till att …'
# ('see to it that') is an action's verb, no pointer
_ANY_POINTER_RE = re.compile(r"^(?:se(?:\s+även|\s+också)?|jfr\.?|jämför)\s+(?!till\b)\w", re.I)
_POINTER_MAX_WORDS = 8


def points_elsewhere(cell: str) -> bool:
    """Is a follow-up cell only a pointer to meters stated elsewhere ('Se mätare på målnivå':
    the goal's meters in the summary table, 'Se tabell 2')? It names no meter of its own: an
    action card that has none of its own refers so to its goal's, where they are read."""
    text = squash(cell or "").rstrip(".")
    return bool(_ANY_POINTER_RE.match(text)) and len(text.split()) <= _POINTER_MAX_WORDS


# the word for a plan or another governing document, the whole header ('Plan', 'Program',
# 'Styrdokument', 'Strategi'; Finnish 'Suunnitelma', 'Ohjelma')
_DOCUMENT_HEADER_RE = re.compile(r"^\W*(?:plan(?:en)?|program(?:met)?|(?:styr)?dokument(?:et)?|strategi(?:n)?"
                                 r"|suunnitelma|ohjelma|asiakirja)\W*$", re.I)


def keyed_by_other_plan(headers: list[str], roles: dict[int, str], rows: list[list[str]]) -> bool:
    """A table with a column headed by the word for a plan alone, whose every filled cell names a
    plan, programme or strategy, beside an action column ('Plan | Åtgärd som stöder
    integrationen | Ansvarig': the welfare plan, the youth plan ...; a record print may put
    'Plan' last): each row's action belongs to the document it names, listed for reference --
    carried out and followed up there, none of this programme's. (A 'Strategi' column of codes,
    'S2', only tags the programme's own action with the strategy it serves.)"""
    if "measure" not in roles.values():
        return False
    for c, h in enumerate(headers):
        if c in roles or not _DOCUMENT_HEADER_RE.match(squash(h or "")):
            continue
        cells = [squash(r[c]) for r in rows if c < len(r) and squash(r[c] or "")]
        if cells and all(_DOCUMENT_RE.search(x) for x in cells):
            return True
    return False


# a list's intro placing what it lists in the other plans of the municipality ('Vissa frågor
# … hanteras i andra planer och följs upp där:', 'Följande åtgärder … ingår i andra program:',
# 'Dessa följs upp inom sina egna program …:', '… följs upp i respektive plan:'): the other
# plans' own work, named for the whole picture -- none of this programme's goals, actions or
# meters, whatever follow-up verb or action noun the intro also says (eighty-second set; ten
# writers' intros so, none listing gold). 'andra' is 'other' before a plural noun or after no
# owner: 'kommunens andra program' / 'det andra programmet' is the second programme. The
# partitive names the owner after it: '… ingår i andra av stadens planer …'. 'övriga' is
# 'other' after an owner too: 'stadens övriga planer' (the city's other plans).
_OTHER_PLANS_RE = re.compile(
    r"(?<![\w-])(?:(?<!det\s)(?<!den\s)(?<!vårt\s)(?<!vår\s)(?:(?<!s\s)andra|övriga)\s+(?:av\s+\w+s\s+|\w+\s+)?"
    r"(?:planer(?:na)?|program(?:men)?\b|styrdokument(?:en)?\b|strategier)"
    r"|respektive\s+(?:\w+\s+)?(?:plan|program|strategi)\w*"
    r"|(?:sina|deras|sin|dess)\s+egna?\s+(?:planer|program|plan)\w*)", re.I)


# 'Utöver åtgärderna i andra planer genomför kommunen följande:', 'Förutom …': the intro sets
# this programme's own work apart from the other plans' -- the list is its own
_OWN_WORK_APART_RE = re.compile(r"\b(?:utöver|förutom)\b", re.I)


def sets_own_work_apart(intro: str) -> bool:
    """Does the intro name other plans' work only to set its own list apart from it?"""
    return bool(_OWN_WORK_APART_RE.search(squash(intro or "")))


# the same placing in a folded intro sentence ('ingår i andra program', 'hör till andra
# planer', 'följs upp i respektive plan', 'inom sina egna program')
_OTHER_PLANS_FOLDED_RE = re.compile(
    r"\b(?:i|inom|hor\s+till)\s+(?:stadens\s+|kommunens\s+)?(?:andra|ovriga|respektive|sina\s+egna|egna)\s+"
    r"(?:[a-z]+\s+)?(?:plan|planer|planen|planerna|program|programmen|programmet|strategi|strategier|strategin"
    r"|styrdokument|styrdokumenten)\b")


# the list names the documents themselves ('… ska läsas tillsammans med följande planer, som
# innehåller mål och åtgärder …:', 'Programmet kompletterar följande planer och program:'):
# its items are plans' names, none of this programme's goals, actions or meters. 'det följande
# programmet' (the next programme) is singular and takes no list
_LISTS_PLANS_RE = re.compile(r"\bföljande\s+(?:planer|program|styrdokument|strategier|dokument)\b", re.I)


def placed_in_other_plans(intro: str, folded_last: str = "") -> bool:
    """Does a list's intro say its items belong to other plans ('… hanteras i andra planer och
    följs upp där:', its last sentence folded in `folded_last`: '… ingår i andra program
    …:'), or its actions are carried out in or outside them
    (`denied_actions.places_actions_elsewhere`: '… genomförs oberoende av detta program')?
    Only a sentence setting this programme's own work apart from them
    (`sets_own_work_apart`) names more of its own."""
    if sets_own_work_apart(intro):
        return False
    return (bool(_OTHER_PLANS_RE.search(squash(intro or ""))) or bool(_OTHER_PLANS_FOLDED_RE.search(folded_last))
            or places_actions_elsewhere(intro) or bool(_LISTS_PLANS_RE.search(squash(intro or ""))))
