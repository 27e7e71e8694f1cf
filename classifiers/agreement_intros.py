"""A list introduced as what was agreed: 'Vi har kommit överens om att …', 'Parterna kom
överens om följande:', 'Gruppen enades om att:'.

A programme written from workshops or negotiations reports each group's outcome as a clause
left open ('Vi har kommit överens om att') that each item of the list under it completes
('... stadens arbetskrafttjänster ordnar en kompetensdag varje vår'). What the parties
agreed to do is the programme's actions; the lead-in itself is no goal and no action. The
clause may end in a colon or, as it is left open for the items, in an ellipsis ('…', '...').
"""

from __future__ import annotations

import re

from .text import fold, sentences

_AGREED_RE = re.compile(
    r"\b(?:har\s+|hade\s+)?(?:kommit|kom|kommer)\s+overens\s+om(?:\s+att|\s+foljande)?"
    r"|\b(?:har\s+)?(?:enats|enades)\s+om(?:\s+att|\s+foljande)?"
    r"|\b(?:har\s+)?(?:avtalat|overenskommit)(?:\s+om)?(?:\s+att|\s+foljande)?"
    r"|\bataga?r?\s+(?:vi|sig|oss)\s+att", re.I)
# the open end of the lead-in: a colon or an ellipsis
_OPEN_END_RE = re.compile(r"(?:att|foljande|om)\s*(?::|…|\.\.\.)\s*$")


def agreement_intro(paragraph: str) -> bool:
    """A paragraph whose last sentence leads into a list of what was agreed: it names an
    agreement and ends open ('… överens om att …', '… enades om följande:')."""
    # split before folding: the sentence split looks for a capital after the full stop, and a
    # paragraph reporting a workshop ('Workshoppen samlade 40 deltagare. Vi enades om att:') is
    # judged by its last sentence alone
    said = sentences(paragraph)
    if not said:
        return False
    last = fold(said[-1])
    if not _OPEN_END_RE.search(last):
        return False
    return bool(_AGREED_RE.search(last)) and len(last.split()) <= 14


# words after a clause's subject that say how its doer acts, no part of the doer's name:
# 'staden själv anställer ...', 'föreningen och staden tillsammans tar fram ...'
_ADVERB_TAIL_RE = re.compile(r"\s+(?:själv|själva|självt|tillsammans|gemensamt|också|även)$", re.I)


def agreed_doers(said) -> tuple[list[str], list[str]]:
    """(responsible, partners) of an agreed clause read as a statement (`prose_actions`): each
    item completing 'Vi har kommit överens om att' is a whole clause whose subject, when an
    actor, is who does it -- item by item (a plain list's named subject among nominal items
    is not, `Builder._settle_subject_doers`); the adverb closing the subject is cut off."""
    if said is None:
        return [], []
    clean = lambda xs: [_ADVERB_TAIL_RE.sub("", x).strip() for x in xs]
    return clean(said.responsible), clean(said.partners)
