"""The role-label vocabulary shared by the classifiers: the words a programme labels a goal,
an action, an indicator, a responsible body, a partner or a theme with, each with its
written-out Swedish forms.

Why one place: a rule's private copy of a label list drifts from its siblings ('Tyngdpunkt'
in one goal-label regex and not in the next, 'mätare(?:n|na)?' that matches the non-word
'mätarena' and never the plural 'mätarna'); a word added here reaches every reader built
from it. The regexes stay in their own modules (their anchors, separators and context are
theirs); only their label part comes from here, through `alt`. See docs/label_vocabulary.md.

Data only: this module imports nothing from `classifiers`, so any module may import it.
`headers` keeps its own folded stems (prefix and fuzzy matching); the unit test
tests/classifiers/test_label_vocab.py checks that every word here maps to its role through
`headers.header_role`, the guard against the two drifting apart.
"""
from __future__ import annotations

import re
import unicodedata

# Each label word with its forms: indefinite and definite, singular and plural, as written.
# (A suffix pattern like 'mätare(?:n|na)?' is how the wrong plural got in: the forms are
# spelled out so they can be read and checked.)
FORMS: dict[str, tuple[str, ...]] = {
    # goals
    "mål": ("mål", "målet", "målen"),
    "delmål": ("delmål", "delmålet", "delmålen"),
    "målsättning": ("målsättning", "målsättningen", "målsättningar", "målsättningarna"),
    "målbild": ("målbild", "målbilden", "målbilder", "målbilderna"),
    "tyngdpunkt": ("tyngdpunkt", "tyngdpunkten", "tyngdpunkter", "tyngdpunkterna"),
    "framgångsfaktor": ("framgångsfaktor", "framgångsfaktorn", "framgångsfaktorer", "framgångsfaktorerna"),
    # actions
    "åtgärd": ("åtgärd", "åtgärden", "åtgärder", "åtgärderna"),
    "insats": ("insats", "insatsen", "insatser", "insatserna"),
    "aktivitet": ("aktivitet", "aktiviteten", "aktiviteter", "aktiviteterna"),
    # meters (what a thing is measured by) and follow-up nouns (how it is followed up)
    "mätare": ("mätare", "mätaren", "mätarna"),
    "indikator": ("indikator", "indikatorn", "indikatorer", "indikatorerna"),
    "nyckeltal": ("nyckeltal", "nyckeltalet", "nyckeltalen"),
    "mått": ("mått", "måttet", "måtten"),
    "uppföljning": ("uppföljning", "uppföljningen", "uppföljningar", "uppföljningarna"),
    "utvärdering": ("utvärdering", "utvärderingen", "utvärderingar", "utvärderingarna"),
    # responsible bodies
    "ansvar": ("ansvar", "ansvaret"),
    "ansvarig": ("ansvarig", "ansvariga"),
    "huvudansvar": ("huvudansvar", "huvudansvaret"),
    "huvudansvarig": ("huvudansvarig", "huvudansvariga"),
    "ansvarspart": ("ansvarspart", "ansvarsparten", "ansvarsparter"),
    "ansvarsinstans": ("ansvarsinstans", "ansvarsinstansen", "ansvarsinstanser"),
    # partners
    "samarbetspartner": ("samarbetspartner", "samarbetspartnern", "samarbetspartners"),
    "samarbetspart": ("samarbetspart", "samarbetsparten", "samarbetsparter", "samarbetsparterna"),
    "partner": ("partner", "partnern", "partners", "partnerna"),
    # themes
    "tema": ("tema", "temat", "teman"),
    "temaområde": ("temaområde", "temaområdet", "temaområden"),
    "fokusområde": ("fokusområde", "fokusområdet", "fokusområden"),
    "insatsområde": ("insatsområde", "insatsområdet", "insatsområden"),
    "målområde": ("målområde", "målområdet", "målområden"),
    "prioriteringsområde": ("prioriteringsområde", "prioriteringsområdet", "prioriteringsområden"),
}

# --- goals -------------------------------------------------------------------------------
# The labels a goal is printed with before its number or code ('Mål 2', 'Delmål 1.2',
# 'Målsättning 3', 'Målbild 2:', 'Tyngdpunkt 3', 'Framgångsfaktor 1:'): the main-goal list
# of the number-anchored readers (text.GOAL_LABEL_WORDS and the readers that take a goal by
# its label and number). Singular indefinite: a label before a number is so written.
GOAL_NUMBERED: tuple[str, ...] = ("mål", "delmål", "målsättning", "målbild", "tyngdpunkt", "framgångsfaktor")
# The labels that name a level below a goal ('Delmål 1.2', 'Tyngdpunkt 2', a result
# 'Prestation'): a context list of their own -- merged into GOAL_NUMBERED it would demote
# main goals to sub-goals.
GOAL_SUB: tuple[str, ...] = ("delmål", "tyngdpunkt", "prestation")
# First parts that make 'mål' a speech or a court case, no goal ('Modersmål: arabiska',
# 'Brottmål', 'Rättegångsmål'): every reader of a compound '...mål' as a goal leaves these out.
NOT_GOAL_MAL_FIRST: tuple[str, ...] = ("moders", "tal", "skrift", "riks", "bygde", "brott", "tviste",
                                       "rätte", "rättegångs", "dom")
# ... and the whole words, in each form of 'mål'
NOT_GOAL_MAL: frozenset[str] = frozenset(f"{first}{form}" for first in NOT_GOAL_MAL_FIRST
                                         for form in FORMS["mål"])

# --- actions -----------------------------------------------------------------------------
ACTION_NOUNS: tuple[str, ...] = ("åtgärd", "insats", "aktivitet")

# --- indicators --------------------------------------------------------------------------
# what a thing is measured by
METER_NOUNS: tuple[str, ...] = ("mätare", "indikator", "nyckeltal", "mått")
# how a thing is followed up: a cell under these may be prose, not a list of meters, so a
# reader that splits meters opts in to these on its own
FOLLOW_UP_NOUNS: tuple[str, ...] = ("uppföljning", "utvärdering")

# --- responsible and partners ------------------------------------------------------------
RESPONSIBLE_LABELS: tuple[str, ...] = ("ansvar", "ansvarig", "huvudansvar", "huvudansvarig", "ansvarspart",
                                       "ansvarsinstans")
PARTNER_LABELS: tuple[str, ...] = ("samarbetspartner", "samarbetspart", "partner")
# the phrase that names partners before them ('i samarbete med Arbetsförmedlingen')
COOP_PHRASES: tuple[str, ...] = ("i samarbete med", "i samverkan med", "tillsammans med")

# --- themes ------------------------------------------------------------------------------
THEME_LABELS: tuple[str, ...] = ("tema", "temaområde", "fokusområde", "insatsområde", "målområde",
                                 "prioriteringsområde")

# Each list with the role `headers.header_role` reads its words as (the drift guard's table).
ROLE_OF: dict[str, tuple[str, ...]] = {
    "goal": GOAL_NUMBERED,
    "measure": ACTION_NOUNS,
    "indicator": METER_NOUNS + FOLLOW_UP_NOUNS,
    "responsible": RESPONSIBLE_LABELS,
    "partners": PARTNER_LABELS,
}


def fold(word: str) -> str:
    """The word as `headers` keeps its stems: lower case, å/ä -> a, ö -> o."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def alt(words: tuple[str, ...] | list[str], forms: bool = True, folded: bool = False) -> str:
    """A regex alternation '(?:…)' of the words, for embedding in a pattern: with each word's
    written-out forms from FORMS (forms=True; a word without an entry stands for itself),
    folded as `headers` folds (folded=True). Longest first, so a form is never cut short by
    a shorter one ('mätarna' before 'mätare' under a following anchor needs no such care,
    but an unanchored search does)."""
    out: list[str] = []
    for w in words:
        for f in (FORMS.get(w, (w,)) if forms else (w,)):
            f = fold(f) if folded else f
            if f not in out:
                out.append(f)
    out.sort(key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f) for f in out) + ")"


# --- step 6: the goal-label lists left over and the gates --------------------------------
# A goal named by its label and number in a reference -- a closing parenthesis or bracket
# ('(målsättning 2)', '[tyngdpunkt 1]'), a heading's 'för målbild 3', a cell 'delmål 2.1':
# the main-goal labels, and 'målet', the definite form a reference in running text takes
# ('(målet 2)'); a label before its own goal's number is indefinite, so GOAL_NUMBERED has it not
GOAL_REFERENCED: tuple[str, ...] = GOAL_NUMBERED + ("målet",)
# ... as a regex alternation, for embedding
GOAL_REFERENCE_WORDS: str = alt(GOAL_REFERENCED, forms=False)
# The labels a theme or area of the programme is printed with before its number ('Tema 3:',
# 'Fokusområde 2 –', 'Insatsområde 1.', Finnish 'Teema 2:'): the shared theme list and the
# Finnish word a bilingual programme keeps ('teema' heads a theme column in `headers` too).
# Singular indefinite: a label before its number is so written.
THEME_NUMBERED: tuple[str, ...] = THEME_LABELS + ("teema",)
