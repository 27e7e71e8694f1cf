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
    # ('mätning' is no meter or follow-up noun of the drift guard: see MEASURING_NOUNS)
    "mätning": ("mätning", "mätningen", "mätningar", "mätningarna"),
    # responsible bodies
    "ansvar": ("ansvar", "ansvaret"),
    "ansvarig": ("ansvarig", "ansvariga"),
    "huvudansvar": ("huvudansvar", "huvudansvaret"),
    "huvudansvarig": ("huvudansvarig", "huvudansvariga"),
    "ansvarspart": ("ansvarspart", "ansvarsparten", "ansvarsparter"),
    "ansvarsinstans": ("ansvarsinstans", "ansvarsinstansen", "ansvarsinstanser"),
    "vastuu": ("vastuu",),
    # partners
    "samarbetspartner": ("samarbetspartner", "samarbetspartnern", "samarbetspartners", "samarbetspartnerna"),
    "samarbetspart": ("samarbetspart", "samarbetsparten", "samarbetsparter", "samarbetsparterna"),
    "partner": ("partner", "partnern", "partners", "partnerna"),
    "samarbete": ("samarbete", "samarbetet"),
    "samverkan": ("samverkan",),
    # themes
    "tema": ("tema", "temat", "teman"),
    "temaområde": ("temaområde", "temaområdet", "temaområden"),
    "fokusområde": ("fokusområde", "fokusområdet", "fokusområden"),
    "insatsområde": ("insatsområde", "insatsområdet", "insatsområden"),
    "målområde": ("målområde", "målområdet", "målområden"),
    "prioriteringsområde": ("prioriteringsområde", "prioriteringsområdet", "prioriteringsområden"),
    "delområde": ("delområde", "delområdet", "delområden"),
    # phases of the integration path (or of a project): a stage in time, no role
    "skede": ("skede", "skedet", "skeden", "skedena"),
    "fas": ("fas", "fasen", "faser", "faserna"),
    "etapp": ("etapp", "etappen", "etapper", "etapperna"),
    "stadium": ("stadium", "stadiet", "stadier", "stadierna"),
    "vaihe": ("vaihe",),
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
# The labels that name the responsible ('Ansvar: X', 'Ansvarig: X', 'Huvudansvar: X',
# 'Ansvarspart: X', Finnish 'Vastuu: X') and those that name partners before their names
# ('Samarbete: Y', 'Samverkan: Y', 'Samarbetspartner: Y', 'Partner: Y', 'Samarbetspart: Y'):
# the colon-anchored label readers build their label part from these.
RESPONSIBLE_LABELS: tuple[str, ...] = ("ansvar", "ansvarig", "huvudansvar", "huvudansvarig", "ansvarspart",
                                       "ansvarsinstans", "vastuu")
# the nouns among the partner labels that name a partner body itself ('Optima som partner',
# 'X, samarbetspart Y'): a reader that takes the label without a colon or after 'som' takes
# only these ('som samarbete' names no one)
PARTNER_NOUNS: tuple[str, ...] = ("samarbetspartner", "samarbetspart", "partner")
# the cooperation phrase's noun standing alone, as a label ('Samarbete: Y', 'Samverkan: Y') or as
# a cell writes it after the doers' semicolon or on a wrapped line ('kundservicen; samverkan med
# Y', 'i' / 'samarbete med Y')
COOP_NOUNS: tuple[str, ...] = ("samarbete", "samverkan")
PARTNER_LABELS: tuple[str, ...] = PARTNER_NOUNS + COOP_NOUNS
# the phrase that names partners before them ('i samarbete med Arbetsförmedlingen'): as a
# regex part, COOP_LEAD and COOP_PHRASE below
COOP_PHRASES: tuple[str, ...] = ("i samarbete med", "i samverkan med", "tillsammans med")

# --- themes ------------------------------------------------------------------------------
# ('Delområde 2: Språk', a 'Delområde | Målsättning' table: the programme's parts, its areas,
# as 'Insatsområde' names them -- fifty-ninth set)
THEME_LABELS: tuple[str, ...] = ("tema", "temaområde", "fokusområde", "insatsområde", "målområde",
                                 "prioriteringsområde", "delområde")

# --- phases -------------------------------------------------------------------------------
# The nouns that name a phase or stage in time ('Inledande skede', 'Etableringsfas', 'Etapp 2',
# Finnish 'Alkuvaihe'): a column so headed and marked 'x' says when in the integration path an
# action is aimed, not who does it (`matrix.mark_columns`). Also the last part of a compound
# ('etableringsfasen', 'alkuvaihe').
PHASE_NOUNS: tuple[str, ...] = ("skede", "fas", "etapp", "stadium", "vaihe")

# The labels of an action record's contents that name no role of their own, only "what is
# done" ('Beskrivning', 'Innehåll', 'Vad'): the action itself where a record's rows are its
# fields (`builder.transposed`). No cost or budget label, no role label.
CONTENTS_LABELS: tuple[str, ...] = ("beskrivning", "beskrivningen", "innehåll", "innehållet", "vad")
# The words naming a number or code, closing a compound of the thing numbered ('Målkod',
# 'Målnummer', 'Målnr'): the column of that thing's numbers, as 'Mål nr' / 'Mål (kod)' are.
NUMBER_WORDS: tuple[str, ...] = ("nr", "nummer", "numret", "numren", "kod", "koden", "koder", "koderna")

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


# --- step 4: indicator labels and success phrases ---------------------------------------
# 'mätning' ('Mätning (fritid): …'): a follow-up noun some labels take. Not in FOLLOW_UP_NOUNS,
# which `headers.header_role` reads as the indicator column (the drift guard): no header stem
# reads 'Mätning' alone, so a reader opts in to it by name.
MEASURING_NOUNS: tuple[str, ...] = ("mätning",)
# The plural forms (indefinite, definite) of the meter and follow-up nouns: a label after a
# count ('Tre indikatorer:') takes the indefinite, a reference to figures ('Mätarna i figur 3')
# either.
PLURAL_FORMS: dict[str, tuple[str, str]] = {
    "mätare": ("mätare", "mätarna"),
    "indikator": ("indikatorer", "indikatorerna"),
    "nyckeltal": ("nyckeltal", "nyckeltalen"),
    "mått": ("mått", "måtten"),
    "uppföljning": ("uppföljningar", "uppföljningarna"),
    "utvärdering": ("utvärderingar", "utvärderingarna"),
    "mätning": ("mätningar", "mätningarna"),
}


def plural_alt(words: tuple[str, ...], definite: bool = True) -> str:
    """`alt` of the words' plural forms only: the indefinite ('indikatorer'), and with
    definite=True the definite too ('indikatorerna')."""
    return alt(tuple(f for w in words for f in PLURAL_FORMS[w][:2 if definite else 1]), forms=False)


# The phrases a programme labels its indicators with by saying how it will know that it
# succeeded ('Så vet vi att vi lyckats', 'Hur vet vi om insatsen fungerar', 'Så här vet vi att
# vi nått målet') or the signs that show it ('Tecken på att vi lyckats'), and how it follows
# up ('Så här följer vi upp', 'Så mäter vi'). Regex text without its anchors, in lower case
# and with lower-case escapes only, so that `fold` of it reads folded text (a reader of
# folded headings embeds fold(SUCCESS_PHRASE)); compile with re.I.
# (the one or two words of the subject: 'vi', 'man', 'det', 'insatsen', 'arbetet med')
_WHO = r"[a-zåäö]+(?:\s+[a-zåäö]+)?"
# what is known: the work succeeded, works, or the goal is reached ('nått' alone is the
# perfect of reaching; a present 'når' names what it reaches, 'Vad vet vi om hur unga når …'
# asks about something else)
_DONE = (r"(?:har\s+)?(?:lyckats|lyckas|fungerar|fungerat"
         r"|(?:upp)?nått(?:\s+(?:målet|målen|dit))?|(?:upp)?når\s+(?:målet|målen|dit))")
# the clause after 'så (här)' / 'hur': 'vet vi att vi lyckats', 'ser man om det fungerar' --
# what an unanchored search of a heading looks for wherever it stands
SUCCESS_CLAUSE = rf"(?:vet|ser|märker)\s+(?:vi|man)\s+(?:att|om)\s+{_WHO}\s+{_DONE}"
# the signs of it: a maturity model names the level reached, by number ('nivå 2') or as the
# target level ('målnivån')
SIGNS_PHRASE = (r"(?:tecken|signaler)\s+på\s+att\s+vi\s+(?:har\s+)?"
                r"(?:lyckats|nått\s+(?:målet|målen|målnivån|målläget|dit|(?:nivå|steg)\s+\d+))")
SUCCESS_PHRASE = rf"(?:(?:så(?:\s+här)?|hur)\s+{SUCCESS_CLAUSE}|{SIGNS_PHRASE})"
# ... also said as a statement, as 'Det här gör vi' says what is done ('Det här mäter vi',
# 'Detta följer vi upp': a folder's follow-up table column or heading, fifty-first set)
FOLLOW_UP_PHRASE = (r"(?:(?:så(?:\s+här)?|hur|det\s+här|detta)\s+"
                    r"(?:följ\w*\s+(?:(?:vi|man)\s+)?upp|mäter\s+(?:vi|man)))")
# What is to be reached, said as a clause in the writer's voice rather than with the goal noun:
# 'Det här vill vi uppnå', 'Detta vill vi nå', 'Det vi vill åstadkomma', 'Vad kommunen ska
# uppnå', 'Det här vill vi' with the verb left out -- a programme's label of its goal (a
# field's label before the goal, a heading or a column over it), as 'Vårt mål' is.
AIM_PHRASE = (r"(?:(?:det|detta|det\s+som|vad)\s+(?:vi|kommunen|staden|regionen)\s+(?:vill|ska|önskar)\s+"
              r"(?:uppnå|nå|åstadkomma)"
              r"|(?:det(?:\s+här)?|detta)\s+(?:vill|ska|önskar)\s+(?:vi|kommunen|staden|regionen)"
              r"(?:\s+(?:uppnå|nå|åstadkomma))?)")
# the label as a whole, with or without the question mark (a colon after it is the field's)
SUCCESS_LABEL = rf"^\s*{SUCCESS_PHRASE}\s*\??\s*$"
FOLLOW_UP_LABEL = rf"^\s*{FOLLOW_UP_PHRASE}\s*\??\s*$"
# --- step 5: cooperation phrases, partner and responsible labels ---------------------------
# The cooperation phrase that names partners after the doer ('Biblioteket i samarbete med
# Röda Korset', 'X i samverkan med Y', 'X tillsammans med Y'), as a regex part: the lead
# words (`COOP_LEAD`, for a pattern that lets a line break or a bracket fall before 'med')
# and the whole phrase (`COOP_PHRASE`). The whitespace is `\s+`, as a wrapped cell breaks the
# phrase at any space. Every cooperation pattern builds its phrase from these, so a form
# added to COOP_PHRASES ('i samverkan med' was missing in seven of them) reaches each.
# (COOP_PHRASES without their 'med', each space '\s+': '(?:i\s+samarbete|i\s+samverkan|tillsammans)')
COOP_LEAD = "(?:" + "|".join(p.removesuffix(" med").replace(" ", r"\s+") for p in COOP_PHRASES) + ")"
COOP_PHRASE = rf"(?:{COOP_LEAD}\s+med)"
# 'X med stöd av Y': Y supports the doer, a partner as 'tillsammans med Y' names one. Opt-in:
# only the readers that split a doer from its partners (`actors._COOP_RE`) take it; a
# pattern that reads bare 'med' ('(med Folkhälsan)') keeps that word as its own extra.
COOP_EXTRA = r"(?:med\s+stöd\s+av)"
# (the phrase's noun standing alone: COOP_NOUNS, with the partner labels above)

# what 'Ansvarig' is said of in a two-word label ('Ansvarig enhet: X', 'Ansvarig förvaltning:
# X', 'Ansvariga aktörer: X'): the label names the responsible all the same, as `headers`
# reads it
RESPONSIBLE_BODIES: tuple[str, ...] = ("enhet", "enheter", "förvaltning", "förvaltningar", "aktör", "aktörer",
                                       "part", "parter", "instans", "instanser", "sektor", "sektorer")
# the responsible label as a regex part, for the colon-anchored readers ('Ansvar:',
# 'Huvudansvarig:', 'Vastuu:', 'Ansvarig enhet:')
RESPONSIBLE_LABEL = rf"(?:{alt(('ansvarig',))}\s+{alt(RESPONSIBLE_BODIES, forms=False)}|{alt(RESPONSIBLE_LABELS)})"
# --- step 6: the goal-label lists left over and the gates --------------------------------
# A goal named by its label and number in a reference -- a closing parenthesis or bracket
# ('(målsättning 2)', '[tyngdpunkt 1]'), a heading's 'för målbild 3', a cell 'delmål 2.1':
# the main-goal labels, and 'målet', the definite form a reference in running text takes
# ('(målet 2)'); a label before its own goal's number is indefinite, so GOAL_NUMBERED has it not.
# And 'huvudmål', the main goal of a two-level hierarchy a reference names beside its sub-goals
# ('(delmål 1.2)' and '(huvudmål 3)' closing actions of one list; sixty-ninth set): the main
# goal numbered '3' in the goal table or list, as 'mål 3' names it
GOAL_REFERENCED: tuple[str, ...] = GOAL_NUMBERED + ("målet", "huvudmål")
# ... as a regex alternation, for embedding
GOAL_REFERENCE_WORDS: str = alt(GOAL_REFERENCED, forms=False)
# The labels a theme or area of the programme is printed with before its number ('Tema 3:',
# 'Fokusområde 2 –', 'Insatsområde 1.', Finnish 'Teema 2:'): the shared theme list and the
# Finnish word a bilingual programme keeps ('teema' heads a theme column in `headers` too).
# Singular indefinite: a label before its number is so written.
THEME_NUMBERED: tuple[str, ...] = THEME_LABELS + ("teema",)
