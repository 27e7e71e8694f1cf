"""Mapping table column headers to roles (goal, measure, indicator, responsible, ...).

Headers are matched on word *stems* over diacritic-folded tokens, with a fuzzy fallback so
that OCR-damaged headers ('Atgard', 'Ansvarsinstans' -> 'Ansvarslnstans', 'Matare') still
map. Other programmes name the same columns in other words, read the same general way
(`python -m bench.header_words`): the head of a compound ('Effektmål', 'Utvecklingsåtgärd',
'Huvudansvarig'), a Finnish word after the Swedish one ('Åtgärd / Toimenpide'), words of
cooperation and phrases ('Samverkan', 'I samarbete med', 'Önskat läge', 'Klart senast') in a
short header only, and questions by their question word and verb ('Vem samarbetar vi med?'
partners, 'Hur vet vi att vi nått målet?' indicator). When a header names several roles
('Ansvarspart och partner', 'Ansvarig aktör för uppföljningen och källa'), the role named
first wins, except responsible + partner which becomes the combined role 'actors' (the cell
is split on 'i samarbete med'); 'Aktörer' alone is that role too.
"""

from __future__ import annotations

import functools
import re

from .abbreviated_headers import abbreviated_role
from .maturity_levels import names_present_level, target_level_column
from .success_label import success_label

from rapidfuzz import fuzz

from .target_year_columns import target_year_columns
from .label_vocab import (ACTION_NOUNS, COOP_LEAD, COOP_PHRASE, FOLLOW_UP_LABEL, FOLLOW_UP_NOUNS, FOLLOW_UP_PHRASE, FORMS, METER_NOUNS, NUMBER_WORDS,
                          NOT_GOAL_MAL, SUCCESS_PHRASE, THEME_NUMBERED, alt)
from .text import fold

# Stems of the structure vocabulary (DESIGN.md), folded (å/ä -> a, ö -> o). These may also
# match fuzzily (OCR-damaged headers, see _token_match).
ROLE_STEMS: dict[str, tuple[str, ...]] = {
    "goal": ("mal", "malsattning", "tyngdpunkt", "delmal"),
    "measure": ("atgard", "metod", "insats", "aktivitet"),
    "indicator": ("indikator", "matare", "uppfoljning", "utvardering", "matt"),
    "responsible": ("ansvar", "ansvarig", "ansvarsinstans", "ansvarspart", "genomforare"),
    "partners": ("samarbetspartner", "partner", "samarbetspart"),
    "schedule": ("tidtabell", "tidsplan", "aikataulu", "tidsram"),
}
# Other programmes' words for the same columns, matched only as the start of a word (a
# fuzzy 'samarbete' would match 'arbete', 'mittari' 'hittar'): Finnish words printed after
# the Swedish ones, 'Nyckeltal', 'Handlingar', 'Tidplan'.
MORE_STEMS: dict[str, tuple[str, ...]] = {
    "goal": ("tavoit",),
    # what a partner undertakes to do ('Åtagande', 'Åtaganden'): its action
    "measure": ("toimenp", "handling", "atagande"),
    "indicator": ("nyckeltal", "mittar", "indikaattor", "matetal",
                  # an OKR programme's key results ('Nyckelresultat'): what it measures its
                  # objectives by, with the start and target values
                  "nyckelresultat"),
    "responsible": ("vastuu",),
    "partners": ("kumppan", "yhteistyo"),
    "schedule": ("tidplan", "tidsschema", "genomforandetid",
                 # SMART goals' T: the time the goal or action is bound to ('T – Tidsatt',
                 # 'Tidsbunden')
                 "tidsatt", "tidsbund"),
}
# Words that head a column but are common in running text and headings ('i samarbete med',
# 'vid en senare tidpunkt', 'kommunens aktörer'): a role only in a header of at most
# SHORT_HEADER words, as are the compounds, phrases and questions below.
SHORT_HEADER = 4
SHORT_STEMS: dict[str, tuple[str, ...]] = {
    # a commissioning plan's column of what the purchaser commissions ('beställarens
    # uppdragsplan': 'Uppdragets innehåll'), the plan's action; the genitive only -- 'Uppdrag'
    # alone is as often the municipality's mission ('Vision | Uppdrag | Fokusområden'), and a
    # short header's word only
    "measure": ("uppdragets",
                # an OKR programme's initiatives ('Initiativ | Ägare | Tid', 'Initiativ för O6:'):
                # what it does towards its objectives, its actions
                "initiativ"),
    "goal": ("syfte",  # the purpose a row's actions serve ('Syfte', 'Syftet')
             # the picture of the state aimed at, as a goal field's label says it
             # ('Målbild 2029:', reader_shared._GOAL_FIELD_RE), heading the goal column
             "malbild"),
    "responsible": ("utforare", "ledande", "huvudman",
                    # the owner of an OKR programme's initiative ('Ägare', '– ägare: X'): the
                    # unit that answers for it
                    "agare",
                    # a board's minutes name who executes a decision ('Verkställs av:',
                    # 'Verkställare', 'Verkställighet'), `board_decisions`
                    "verkstall"),
    # 'samarbets-'/'samverkans-' as the first part of a compound names the partners
    # ('samarbetsparter', 'samarbetsinstanser'); cooperation itself heads a partners column
    # ('Samverkan', 'Ansvar och samarbete')
    # ('medverka-': 'Medverkande', and 'medverkar: X' in a who/when parenthesis, the body
    # taking part beside the one answering for the action)
    "partners": ("samarbets", "samverkans", "medverka", "samverkande", "samarbetande",
                 "samarbete", "samverkan"),
    # the responsible and their partners in one column ('Aktörer', 'Berörda aktörer')
    "actors": ("aktor", "involverad"),
    "schedule": ("tidpunkt", "tidsperiod", "deadline", "datum"),
}
# A balanced scorecard ('styrkort', the form of many municipalities' strategy and budget)
# names its columns in its own words: the critical success factor ('Kritisk
# framgångsfaktor', what must succeed) is the goal, the steering figure ('Styrtal') how it
# is measured. Matched as the start of a word in a short header.
SCORECARD_STEMS: dict[str, tuple[str, ...]] = {
    "goal": ("framgangsfaktor",),
    "indicator": ("styrtal",),
}
# Whole short words that head a column alone or nearly ('År', 'Tid', 'Period'; a header of
# two words at most, so '1 gång per år' is no header): as a prefix 'år' would be 'årlig',
# 'tid' 'tidigare'. 'Start' ('Start: hösten 2024') says when an action begins, as a
# schedule does
SHORT_WORDS: dict[str, str] = {"ar": "schedule", "aret": "schedule", "tid": "schedule",
                               "period": "schedule", "perioden": "schedule", "start": "schedule",
                               # a year wheel's ('årsklocka') column of when each event is held
                               "manad": "schedule", "kvartal": "schedule"}
# The kind of body that does a row's action, heading a column alone ('Förening | Åtagande',
# 'Organisation | Insats'): the row's doer. A word of its own only, the whole header: a
# compound ('Föreningsstartpaket:') or a header naming several bodies ('Föreningar och
# församling', a responsibility matrix's column) is no such column.
_BODY_HEADER_RE = re.compile(r"(?:forening|organisation)(?:en|ar|arna|er|erna)?")
# Swedish compounds put their head last: 'effektmål', 'utvecklingsåtgärd', 'huvudansvarig',
# 'uppföljningsmått' name the role of their last part. Matched on the unfolded word (a
# folded 'mal' ends 'normal', 'optimal'), after a first part of at least three letters.
_COMPOUND_HEAD_RE = re.compile(
    # (the head words and their forms from label_vocab: 'mätarna', never the non-word 'mätarena')
    rf"^\w{{3,}}?(?P<goal>{alt(('mål', 'målsättning'))})$"
    rf"|^\w{{3,}}?(?P<measure>{alt(ACTION_NOUNS)})$"
    # (a meter or follow-up noun as the head: 'Resultatuppföljning', 'Resultatnyckeltal' as
    # 'Uppföljningsmått' -- label_vocab.METER_NOUNS, FOLLOW_UP_NOUNS)
    rf"|^\w{{3,}}?(?P<indicator>{alt(METER_NOUNS + FOLLOW_UP_NOUNS)})$"
    rf"|^\w{{3,}}?(?P<responsible>{alt(('ansvarig', 'ansvar'))})$"
    rf"|^\w{{3,}}?(?P<partners>{alt(('partner',))})$"
    r"|^\w{3,}?(?P<schedule>datum|datumet|tidtabell(?:en)?|tidsplan(?:en)?)$")
# ... and a compound whose head is 'område' names an area, whatever its first part: an
# 'Insatsområde' or 'Åtgärdsområde' column holds the area a row belongs to (a theme,
# `theme_column`), not the row's action
_AREA_HEAD_RE = re.compile(r"^\w{3,}?områd(?:e|et|en|ena)$")
# 'mål' is also speech and a court case: a mother tongue or a criminal case is no goal (the
# shared list, label_vocab.NOT_GOAL_MAL, which every reader of '...mål' compounds leaves out)
_OTHER_MAL = NOT_GOAL_MAL

# A header asked as a question ('Vem?', 'Vad ska göras?', 'Vem samarbetar vi med?', 'Hur vet
# vi att vi nått målet?') is read by its question word and verb, not by the role words it
# holds ('målet' there is no goal column): när -> schedule; vem/vilka -> partners when they
# cooperate or take part, else responsible (both: the actors column); vad -> goal when it is
# to be reached, measure when it is to be done; hur -> indicator when it asks how one knows,
# measures or follows up, else measure ('Hur?', 'Hur gör vi?').
QUESTION_WORDS = 8  # a longer question is a sentence, not a column's header
_QUESTION_RE = re.compile(r"^\W*(vad|vem|vilka|vilken|när|hur|vart)\b(.*)$")
_COOPERATE_RE = re.compile(r"samarbet|samverk|\bdelta|medverk|involver|\bmed\W*$")
_LEAD_RE = re.compile(r"ansvar|\bleder\b|\bgör\b|genomför|utför")
_REACH_RE = re.compile(r"uppnå|\bnå\b|\bvill\b|önsk|syft|\bmål|förbättr|förändr")
DOING_RE = re.compile(r"\bgör|\bgöra|åtgärd|genomför|\bske\b")
# questions joined in one header: 'Vem och när', 'Vad, vem, när', 'Vem / när'
_JOINED_QUESTIONS_RE = re.compile(r"\s*(?:,|/|&|\boch\b)\s*")
_COUNT_RE = re.compile(r"^\s*(?:räknar|mäter)\b")
# (the follow-up asked of its object too: 'Hur följs det upp?', 'Hur följs åtgärden upp?')
_KNOW_RE = re.compile(r"\bvet\b|\bmät|följ\w*\s+(?:[a-zåäö]+\s+)?upp|\bse\b|\bser\b|märk|utvärder")


# 'Med vem?', 'Tillsammans med vilka?': with whom the work is done, the partners
_WITH_WHOM_RE = re.compile(rf"^\W*(?:{COOP_LEAD}\s+)?med\s+(?:vem|vilka)\b")


def _question_roles(low: str) -> tuple[str, ...] | None:
    if _WITH_WHOM_RE.match(low) and len(low.split()) <= QUESTION_WORDS:
        return ("partners",)
    parts = _JOINED_QUESTIONS_RE.split(low.strip().rstrip("?").strip())
    if len(parts) > 1 and all(_QUESTION_RE.match(p) for p in parts):
        # 'Vem och när', 'Vem / när?': two questions asked in one header, a column of both
        # answers ('Kommunkansliet, från maj 2025'): the roles of each, in order
        roles: list[str] = []
        for p in parts:
            roles += [r for r in _question_roles(f"{p}?") or () if r not in roles]
        return tuple(roles)
    m = _QUESTION_RE.match(low)
    n = len(low.split())
    if not m or not (low.rstrip().endswith("?") and n <= QUESTION_WORDS or n <= 2):
        return None
    q, rest = m.group(1), m.group(2)
    if q == "när":
        return ("schedule",)
    if q == "vart":
        # 'Vart vill vi?', 'Vart vill vi komma?': where one wants to get, the goal; other
        # where-to questions ('Vart vänder jag mig?') name no role
        return ("goal",) if _REACH_RE.search(rest) else ()
    if q in ("vilka", "vilken"):
        # 'Vilka mål ska uppnås?', 'Vilka åtgärder?': the noun asked for names the role
        first = rest.split()[0] if rest.split() else ""
        named = _word_role(fold(first.strip("?!.,:")), True) if first else None
        if named:
            return (named,)
    if q in ("vem", "vilka", "vilken"):
        roles = []
        if _LEAD_RE.search(rest) or not _COOPERATE_RE.search(rest):
            roles.append("responsible")
        if _COOPERATE_RE.search(rest):
            roles.append("partners")
        return tuple(roles)
    if q == "vad":
        if _REACH_RE.search(rest):
            return ("goal",)
        if _COUNT_RE.match(rest):
            # 'Vad räknar vi?', 'Vad mäter vi?': what is counted or measured, the meter
            return ("indicator",)
        return ("measure",) if DOING_RE.search(rest) else ()
    if _HOW_MUCH_RE.match(rest):
        # 'Hur ofta?', 'Hur mycket?' ask a quantity -- how often an indicator is reported
        # ('Mål nr | Mätare | Källa | Hur ofta'), what it costs -- not how the work is done
        return ()
    return ("indicator",) if _KNOW_RE.search(rest) else ("measure",)


# a degree adverb right after 'hur': the question asks how often, how long, how much or many
_HOW_MUCH_RE = re.compile(r"^\s*(?:ofta|länge|mycket|många|stor|stora)\b")


# the modal verbs and 'vet', the present forms of Swedish that do not end in '-r'
_PRESENT_WITHOUT_R = frozenset(("ska", "skall", "kan", "vill", "må", "måste", "bör", "vet"))


def _in_present(verb: str) -> bool:
    """A Swedish finite verb in the present tense: every present form ends in '-r' ('mäter',
    'når', 'gör', 'ser') but the modals and 'vet'; a past form does not ('tog', 'arbetade',
    'gjorde', 'kom')."""
    return verb.endswith("r") or verb in _PRESENT_WITHOUT_R


# 'Så här <verb> vi ...' / 'Så <verb> vi ...': a how-question's answer, said as a statement
# (a number before it as a heading has it). 'Så här gör vi' is read by _PHRASE_ROLES.
ANSWER_RE = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?så(?:\s+här)?\s+((?!gör\b)[a-zåäö]+\s+vi\b[^?.:]*)[.:]?\s*$")

# the phrases of how success is known and how it is followed up (label_vocab.SUCCESS_PHRASE,
# FOLLOW_UP_PHRASE), the header as a whole: the same phrase every label reader shares
# (a chapter's number before it as a heading has it, as `ANSWER_RE` allows: '5 Hur vet vi att vi
# har lyckats?' heads the follow-up chapter; sixty-ninth set)
_SUCCESS_HEADER_RE = re.compile(rf"^\W*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?(?:{SUCCESS_PHRASE}|{FOLLOW_UP_PHRASE})\W*$", re.I)

# a run-in label of a few words before a colon, then its value, on squashed text ('Så följer
# vi upp: antal X; antal Y.', 'Så här mäter vi: ...'): a phrase naming a role runs in a
# paragraph as a field label does
RUN_IN_LABEL_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][^:;.]{2,40}):\s+(?P<value>\S.*)$")


# Phrases that name a role in words of their own: how progress is followed ('Hur följs
# upp?', 'Så följer vi upp') and whom one works with ('I samarbete med', 'Tillsammans med').
# the criterion of a goal's being reached: 'Målet är nått när …', 'Målet är uppnått när',
# 'Målen är nådda när'
_GOAL_QUESTION_LABEL_RE = re.compile(r"^\W*vad\s+(?:vi|man)\s+(?:vill|ska)\s+(?:uppnå|nå|åstadkomma)\W*$")
_REACHED_WHEN_RE = re.compile(r"^\W*mål(?:et|en)\s+(?:är|har)\s+(?:upp)?n[åa]\w*\s+när\b")
_PHRASE_ROLES = (
    # the columns of a task board exported as the action plan (a task-management tool's
    # export: 'Uppgiftsnamn | Bucket | Tilldelad till | Förfallodatum'): the task's name is
    # the action, the one it is assigned to its responsible (the whole header those words)
    (re.compile(r"^\W*uppgift(?:s|ens\s+)?namn\W*$"), "measure"),
    (re.compile(r"^\W*tilldelad(?:e)?\s+till\W*$"), "responsible"),
    (re.compile(r"\bfölj\w*\s+(?:vi\s+|man\s+)?upp\b"), "indicator"),
    # ... said with the particle joined to the verb ('Uppföljs genom: antal ...'), the same
    # passive as 'Följs upp genom'
    (re.compile(r"^\W*uppföljs\s+(?:genom|med|via|utifrån)\W*$"), "indicator"),
    # how the goal is measured, said in the passive ('Mäts med', 'Mäts genom'):
    # a goal card's row of its indicator, as 'Mätare' is
    # ... a second measure of the same goal with an adverb between ('Mäts också med', 'Mäts
    # även genom'): the goal's next indicator, as the first line's
    (re.compile(r"^\W*mäts\s+(?:(?:också|även|dessutom)\s+)?(?:med|genom|utifrån)\W*$"), "indicator"),
    (re.compile(rf"\b{COOP_PHRASE}\b"), "partners"),
    # those taking part in the work beside its responsible ('Med i arbetet', 'Med i
    # genomförandet', 'Involverade i arbetet'): the partners column of an action table
    (re.compile(r"^\W*(?:med|delaktiga|involverade|medverkar)\s+i\s+(?:arbetet|genomförandet|åtgärden|åtgärderna)\W*$"),
     "partners"),
    # ... said in the writer's own voice, 'we' being the responsible ('Med oss', 'Med oss i
    # arbetet', a brochure's 'Vem gör vad och när?' table): those who work with them
    (re.compile(r"^\W*med\s+oss(?:\s+i\s+(?:arbetet|genomförandet))?\W*$"), "partners"),
    # the others beside the responsible ('Övriga aktörer', 'Andra aktörer')
    (re.compile(r"^\W*(?:övriga|andra)\s+(?:aktörer|parter|samarbetsparter|aktörer\s+och\s+partner)\W*$"), "partners"),
    # the state aimed at ('Önskat läge', 'Förväntade effekter')
    (re.compile(r"\b(?:önska[dt]e?|förväntade?|eftersträvade?)\s+(?:läge|situation|effekt|"
                r"effekter|resultat|utfall|tillstånd)\b"), "goal"),
    # what is done, said as a statement ('Så här gör vi', 'Det här gör vi', 'Detta gör vi')
    # (after a section number too: '3. Så här gör vi')
    # ('Så gör vi' without 'här', as a table's column says it)
    (re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:så(?:\s+här)?|det\s+här|detta|det\s+här\s+är\s+vad)\s+gör\s+vi\b"),
     "measure"),
    # what is done, said as an indirect question without its mark ('Vad vi gör', 'Vad vi gör
    # tillsammans', 'Vad vi ska göra'): a column header of the action, as 'Vad gör vi?' is
    (re.compile(r"^\W*vad\s+(?:vi|man)\s+(?:gör|ska\s+göra|kommer\s+att\s+göra)\b"), "measure"),
    # ... and the pledge of a party that carries its own actions out, said in its own voice
    # ('Vi gör', 'Vi ordnar' over an association's rows: 'Förening | Vi gör | När'), the
    # whole header those words alone
    (re.compile(r"^\W*vi\s+(?:gör|ordnar|erbjuder|genomför)\W*$"), "measure"),
    # what is followed up, said the same way ('Vad vi följer', 'Vad vi mäter', 'Vad som
    # följs upp'): a follow-up table's column of the indicators, as 'Vad följer vi upp?' is
    (re.compile(r"^\W*vad\s+(?:(?:vi|man)\s+(?:följer|mäter)|som\s+(?:följs|mäts))\b"), "indicator"),
    # what is to be reached, said as a statement answering 'Vad vill vi uppnå?' ('Det vill vi
    # uppnå', 'Det här vill vi nå', 'Detta vill vi åstadkomma')
    (re.compile(r"^\W*(?:det(?:\s+här)?|detta)\s+vill\s+vi\s+(?:uppnå|nå|åstadkomma)\b"), "goal"),
    # ... and with the verb left out, the wish itself ('Det här vill vi', 'Detta vill vi', a
    # brochure's sub-heading over its goal sentence beside 'Det här gör vi'): the whole
    # header those words alone (a sentence 'Det här vill vi ändra på ...' names nothing)
    (re.compile(r"^\W*(?:det(?:\s+här)?|detta)\s+vill\s+vi\W*$"), "goal"),
    # ... and as the indirect question without its mark ('Vad vi vill uppnå', 'Vad vi ska
    # nå'), a summary table's column of the goals, as 'Vad vi gör' is of the actions
    (_GOAL_QUESTION_LABEL_RE, "goal"),
    # the state aimed at, said as how things shall be at the period's end ('Så här ska det
    # vara 2028', 'Så ska det se ut år 2028', after a box's label: 'I MARGINALEN: SÅ HÄR SKA
    # DET VARA 2028'): a target picture, the goal, as 'Önskat läge' and 'Målbild 2028' are
    (re.compile(r"^\W*(?:[^:.?!]{1,40}:\s*)?så(?:\s+här)?\s+ska\s+det\s+(?:vara|se\s+ut|bli)"
                r"(?:\s+(?:år\s+)?(?:19|20)\d\d)?\W*$"), "goal"),
    # the steps taken ('Konkreta steg', 'Nästa steg'), a plan's actions by another word ('Steg'
    # alone may name the stages of a service path, no actions of the plan's)
    # ... and the steps on the way to the goal ('Steg på vägen', 'Stegen på vägen dit', 'Steg
    # mot målet', 'Steg framåt'; a label under 'Önskat läge 2029: …', sixty-ninth set): the
    # steps that lead to the state aimed at, the plan's actions
    (re.compile(r"^\W*(?:(?:konkreta|första|nästa|våra)\s+steg(?:en)?"
                r"|steg(?:en)?\s+(?:på\s+vägen(?:\s+dit|\s+mot\s+målet)?|mot\s+målet|framåt|dit))\W*$"), "measure"),
    # the signs that show progress ('Signaler på framsteg', 'Tecken på framgång'): what is
    # followed up, as 'Mätare' is
    (re.compile(r"^\W*(?:signaler|tecken)\s+på\s+(?:framsteg|framgång)\W*$"), "indicator"),
    # by when it is done ('Klart senast', 'Klart', 'Senast')
    (re.compile(r"^\W*(?:klart|färdigt)(?:\s+senast)?\W*$|^\W*senast\W*$"), "schedule"),
)
# The phrases a colon field's whole label may be, however many of its words are no
# structure word ('Det här vill vi:', 'Önskat läge:', 'Förväntade effekter:', 'Det här vill vi
# uppnå:'): the goal entries above -- each names the goal as a whole, as it does over a column,
# and a goal is one statement, read the same as a field. Not the action and follow-up phrases
# ('Konkreta steg: a; b; c.', 'Det här gör vi: …'): run in a paragraph they head a list the
# run-in reader splits into its items (`RUN_IN_LABEL_RE`), which a field read whole would lose
# (a blind programme's 'Konkreta steg:' paragraphs lost their actions so).
_WHOLE_LABEL_PHRASES = tuple((rx, role) for rx, role in _PHRASE_ROLES if role == "goal")
# Short stems must match as a prefix of a whole token; longer ones may match fuzzily.
_FUZZY_MIN_LEN = 6
_FUZZY_SCORE = 80


def _prefix_match(token: str, table: dict[str, tuple[str, ...]]) -> tuple[float, str] | None:
    """(score, role) of the longest stem of `table` the token starts with, scored as an exact
    match in _token_match."""
    best = max(((100.0 + len(st), role) for role, stems in table.items() for st in stems
                if token.startswith(st)), default=None)
    if best and best[1] == "measure" and token.startswith("handling") and not re.fullmatch(
            r"handling(ar|en|arna)?", token):
        return None  # an action ('handling', 'handlingar'), not a plan of them
    return best


@functools.lru_cache(maxsize=16384)
def _follows_up_named(rest: str) -> bool:
    """The words after 'följer upp' in a header name what is followed up ('Följer upp
    åtgärd nr', 'Följer upp mål'): a column referring to that action or goal, whose role is
    the object's. 'Så följer vi upp' alone names the follow-up itself (an indicator)."""
    first = re.match(r"\s*([^\W\d_]+)", rest)
    return bool(first) and _word_role(fold(first.group(1)), True) in ("measure", "goal")


def _word_role(token: str, short: bool) -> str | None:
    """The role of one folded word: the structure stems (also fuzzily), other programmes'
    words, and in a short header the words of SHORT_STEMS; a whole stem at the start of the
    word wins over a fuzzy match ('genomförandetid' is no 'genomförare')."""
    found = [m for m in (_token_match(token), _prefix_match(token, MORE_STEMS),
                         _prefix_match(token, SHORT_STEMS) if short else None,
                         _prefix_match(token, SCORECARD_STEMS) if short else None) if m]
    return max(found)[1] if found else None


_FIRST_PART_MIN = 3  # 'tid' of 'tidtabell': a lost letter or two is OCR damage, not a word


# ... and a stem's last part that is a word of its own after a prefix of two letters, folded:
# 'värdering' (a value, 'Vision och värderingar', 'Våra värderingar') is no 'utvärdering'
# with its 'ut' lost -- a chapter of values announces no follow-up
_OWN_WORD_AFTER_PREFIX: dict[str, tuple[str, ...]] = {"utvardering": ("vardering",)}


def _compound_head(token: str, stem: str) -> bool:
    """`token` is the last part of the compound `stem` alone, maybe inflected ('tabell',
    'tabellen' of 'tidtabell'): a word of its own, the table a caption labels ('Tabell:
    Befintlig service'), not the compound with letters lost to OCR, which keeps most of its
    first part ('idtabell')."""
    if token.startswith(_OWN_WORD_AFTER_PREFIX.get(stem, ())):
        return True
    return any(stem.endswith(token[:k]) and len(stem) - k >= _FIRST_PART_MIN
               for k in range(len(token), _FUZZY_MIN_LEN - 1, -1))


_MATT_FORMS = frozenset(fold(f) for f in FORMS["mått"])
_NUMBER_WORDS = frozenset(fold(w) for w in NUMBER_WORDS)
# the past participle of 'genomföra', folded ('Genomfört under föregående period: X',
# 'Genomförd', 'Genomförda'): what was done, a status or a past period's list -- no
# 'genomförare' (the doer) with a letter or two changed, which the fuzzy match would make it
# (a past period's line read as the doer of the action card after it, fifty-ninth set)
_DONE_PARTICIPLES = frozenset(("genomford", "genomfort", "genomforda", "genomfordes"))


@functools.lru_cache(maxsize=16384)
def _token_match(token: str) -> tuple[float, str] | None:
    best: tuple[float, str] | None = None
    for role, stems in ROLE_STEMS.items():
        for stem in stems:
            if token.startswith(stem):
                # 'mal' only as the whole word or its inflections/compounds ('malsattningar'),
                # or closed by a number word ('Målkod', 'Målnummer', 'Målnr': the goal-number
                # column, as 'Mål nr' is)
                if stem == "mal" and not re.fullmatch(r"mal(et|en|s\w*)?", token) \
                        and token[3:] not in _NUMBER_WORDS:
                    continue
                # 'mått' only in its own forms ('måttet', 'måtten'), not 'matta', 'mattor'
                if stem == "matt" and token not in _MATT_FORMS:
                    continue
                score = 100.0 + len(stem)
            elif len(stem) >= _FUZZY_MIN_LEN and len(token) >= _FUZZY_MIN_LEN \
                    and not _compound_head(token, stem) and token not in _DONE_PARTICIPLES:
                # below the cutoff rapidfuzz returns 0 (and stops early)
                score = fuzz.ratio(token[: len(stem)], stem, score_cutoff=_FUZZY_SCORE)
                if score < _FUZZY_SCORE:
                    continue
            else:
                continue
            if best is None or score > best[0]:
                best = (score, role)
    return best


def header_roles(header: str) -> list[str]:
    """All roles named in a header, in order of appearance."""
    return list(_header_roles(header))


_WORD_RE = re.compile(r"[a-z]+")
# '<a body in the genitive> kontakt': that body's contact for the row
_BODYS_CONTACT_RE = re.compile(r"^[^\W\d_]{3,}s\s+kontakt$")


# a question asking why ('Varför …?'): a reason asked for
_WHY_RE = re.compile(r"^\W*varför\b.*\?\s*$")


# the goal noun alone heading a column ('Mål', 'Målen', 'Målsättning', 'Delmål', Finnish
# 'Tavoite', 'Tavoitteet'), folded
_GOAL_NOUN_HEADER_RE = re.compile(r"(?:del)?mal(?:et|en|sattning(?:en|ar|arna)?)?|tavoite|tavoitteet")


# the duty to follow up or report on an action, the whole header one compound
# ('Uppföljningsansvar', 'Uppföljningsansvarig', 'Rapporteringsansvar', 'Utvärderingsansvar',
# Finnish 'Seurantavastuu', 'Raportointivastuu'): who reports, not who acts
_REPORTING_DUTY_RE = re.compile(
    r"^\W*(?:uppföljnings|rapporterings|utvärderings)ansvar(?:et|ig|iga|ige)?\W*$"
    r"|^\W*(?:seuranta|raportointi|arviointi)vastuu(?:n|llinen|lliset)?\W*$")


# the word openings that fold to a goal stem's 'mal' without being 'mål' (ä is no å)
_NOT_MAL = ("mäl",)


@functools.lru_cache(maxsize=16384)
def _header_roles(header: str) -> tuple[str, ...]:
    # a header wrapped in its cell: one line ('Vem samarbetar\xad\nvi med?')
    low = " ".join(header.replace("\xad", " ").split()).lower()
    words = list(re.finditer(r"[^\W\d_]+", low))
    short = len(words) <= SHORT_HEADER
    if _WHY_RE.match(low):
        # 'Varför finns det inget mål om boende?', 'Varför är målet viktigt?': a question
        # asking for a reason, answered by an explanation -- its words name what is explained,
        # no goal, action or meter under it
        return ()
    if _REPORTING_DUTY_RE.match(low):
        # 'Uppföljningsansvar', 'Rapporteringsansvarig', 'Seurantavastuu': who collects the
        # figures and reports on the action, beside the column of who carries it out -- no
        # doer of the action, and no meter either
        return ()
    asked = _question_roles(low)
    if asked is None and (answer := ANSWER_RE.match(low)) and _in_present(answer.group(1).split()[0]):
        # 'Så här mäter vi', 'Så här når vi dit': the statement answering 'Hur mäter vi?',
        # 'Hur når vi dit?' -- a brochure's run-in labels and headings over the follow-up
        # and the actions -- names the role its question would
        # (only with its verb in the present or a modal: 'Så tog vi emot familjerna',
        # 'Så arbetade vi' tell how something was done before, the past, no action to come)
        asked = _question_roles(f"hur {answer.group(1)}?")
    if asked is not None:
        return asked
    if _SUCCESS_HEADER_RE.match(low):
        # 'Så vet vi att det fungerar', 'Hur vet vi om insatsen fungerar', 'Tecken på att vi
        # lyckats', with or without its '?': how success is known, the whole header -- the
        # indicator column, as the same phrase is an indicator field (`follow_up_label`);
        # its words ('insatsen', 'målet') name what is measured, no column of their own
        return ("indicator",)
    if _BODYS_CONTACT_RE.match(low):
        # 'Välfärdsområdets kontakt': a table of actions agreed with another body names who
        # answers for each there, the row's responsible ('Kontakt' alone is a card's e-mail
        # field, a 'Kontaktperson' beside a unit column a person to ask, the unit doing the work)
        return ("responsible",)
    if _REACHED_WHEN_RE.match(low):
        # 'Målet är nått när …', 'Målen är uppnådda när': the criterion a goal is judged
        # reached by, which the follow-up checks -- the goal's indicator, as 'Hur vet vi att
        # vi nått målet?' asks for; its word 'målet' names the goal it is measured for
        return ("indicator",)
    found: list[tuple[int, str]] = []  # (position in the header, role)
    for rx, role in _PHRASE_ROLES:
        m = rx.search(low)
        # a phrase that is the whole header names its column however many words it takes
        # ('Det här vill vi uppnå', five words, a poster's box): the word limit keeps a
        # phrase out of running text, which a header of the phrase alone is not
        whole = m is not None and m.start() == 0 and not re.sub(r"[\W_]", "", low[m.end():])
        if m and (short or whole) and not (role == "indicator" and _follows_up_named(low[m.end():])):
            found.append((m.start(), role))
    for w in words:
        if _AREA_HEAD_RE.match(w.group()):
            continue
        # the head of a compound first: 'huvudmål' is a goal even if it looks like 'huvudman'
        m = _COMPOUND_HEAD_RE.match(w.group()) if short and w.group() not in _OTHER_MAL else None
        r = m.lastgroup if m else _word_role(fold(w.group()), short)
        if r == "goal" and w.group().startswith(_NOT_MAL):
            # 'Mälsund', 'Mälaren': 'mäl-' folds to the 'mal' of 'mål' but is another word
            # (a place's name over its statistics, 'Mälsund i siffror'), no goal
            r = None
        if r is None and len(low.split()) <= 2:
            r = SHORT_WORDS.get(fold(w.group()))  # 'År', 'Tid', 'Period' alone
        if r is None and short and low[w.end():w.end() + 1] == ".":
            # a narrow column's header cut short with a full stop ('Ansv.', 'Åtg.')
            r = abbreviated_role(fold(w.group()), (ROLE_STEMS, MORE_STEMS))
        if r is None and len(words) == 1 and _BODY_HEADER_RE.fullmatch(fold(w.group())):
            r = "responsible"  # 'Förening' alone
        if r:
            found.append((w.start(), r))
    roles: list[str] = []
    for _, r in sorted(found):
        if r not in roles:
            roles.append(r)
    if "actors" in roles and ("responsible" in roles or "partners" in roles):
        # 'Ansvarig aktör' is the responsible, 'Samverkande aktörer' the partners
        roles.remove("actors")
    return tuple(roles)


def header_role(header: str) -> str | None:
    """The role of one column header, or None when it names none."""
    roles = header_roles(header)
    if not roles:
        return None
    if "responsible" in roles and "partners" in roles:
        return "actors"
    # 'Samarbetspartner' alone is partners; 'Ansvarig ... uppföljningen' is responsible
    return roles[0]


def names_parts_of_action(label: str) -> bool:
    """A label made of 'del-' and a word for actions ('Delåtgärder:', 'Delinsatser'): it
    names the steps an action is carried out by, parts of that one action, as 'delmål'
    names the parts of a goal -- not actions of their own."""
    words = fold(label.strip().rstrip(":")).split()
    return len(words) == 1 and words[0].startswith("del") and header_role(words[0][3:]) == "measure"


def map_columns(headers: list[str], defined: dict[str, str] | None = None) -> dict[int, str]:
    """Column index -> role for a header row; unnamed columns are left out. `defined`: the
    roles the document's own reading guide gives its words (`defined_roles`), for a header
    the structure vocabulary does not know."""
    out: dict[int, str] = {}
    for i, h in enumerate(headers):
        r = header_role(h or "") or _defined_role(h or "", defined or {})
        if r:
            out[i] = r
    out = _effect_beside_goal(headers, out)
    if not set(out.values()) & {"goal", "measure", "indicator"}:
        # a maturity model's row of levels ('Nivå 1 – nuläge 2025 | Nivå 2 – målnivå 2028 |
        # Nivå 3 – vision'): the level aimed at is the goal (maturity_levels.py)
        target = target_level_column(headers)
        if target is not None:
            out[target] = "goal"
    # 'Indikator | Utgångsläge 2024 | Mål 2027': the target by that year, no goal column
    out = target_year_columns(headers, out, is_present_state)
    out = _swedish_of_parallel_columns(headers, out)
    return _item_column(headers, _bare_what_column(headers, out))


# the effect or result an action is expected to have ('Förväntad effekt', 'Förväntade
# resultat', 'Förväntade utfall'): a goal's words only where no column names the goal itself
_EXPECTED_EFFECT_RE = re.compile(r"\bförväntade?t?\s+(?:effekt|effekter|resultat|utfall)\b")


def _effect_beside_goal(headers: list[str], roles: dict[int, str]) -> dict[int, str]:
    """A table with a goal column and a column of the expected effect ('Mål för perioden |
    Åtgärd | ... | Förväntad effekt | Mätare'): the goal is the goal column's, and the effect
    column says what each row's action is expected to bring about -- a description of the
    action, no goal of its own (without a goal column, 'Förväntade effekter' is the goal)."""
    goals = [c for c, r in roles.items() if r == "goal"]
    effects = _effect_goal_columns(headers, roles)
    if not effects or len(effects) == len(goals):
        return roles
    return {c: r for c, r in roles.items() if c not in effects}


def _effect_goal_columns(headers: list[str], roles: dict[int, str]) -> list[int]:
    """The goal columns headed by the expected effect ('Förväntad effekt', `_EXPECTED_EFFECT_RE`)."""
    return [c for c, r in roles.items() if r == "goal" and _EXPECTED_EFFECT_RE.search((headers[c] or "").lower())]


def without_effect_under_goal(headers: list[str], roles: dict[int, str]) -> dict[int, str]:
    """An action table under its goal's heading ('Mål 1: …' over 'Åtgärd | Ansvar | Tidtabell |
    Förväntad effekt | Mätare', a card per action): the goal is the heading's, so the
    expected-effect column describes each action's effect, as beside a goal column
    (`_effect_beside_goal`)."""
    if "measure" not in roles.values():
        return roles
    effects = _effect_goal_columns(headers, roles)
    return {c: r for c, r in roles.items() if c not in effects}


def _reads_finnish_header(header: str) -> bool:
    """A header in Finnish only ('Mittari', 'Vastuutaho'): a word that reads Finnish and none
    that reads Swedish (`bilingual.word_language`)."""
    from .bilingual import word_language  # (bilingual reads Elements, which read headers)

    langs = {word_language(w) for w in re.findall(r"[^\W\d_]+", header or "")}
    return "fi" in langs and "sv" not in langs


def _swedish_of_parallel_columns(headers: list[str], roles: dict[int, str]) -> dict[int, str]:
    """A bilingual table printing one column per language ('Mål | Mittari | Mätare',
    'Toimenpide | Åtgärd | Vastuu | Ansvar'): of two columns of one role, one headed in Finnish
    and one not, the Finnish holds the translation -- the Swedish column is the programme's
    (the Finnish words are known so that a header 'Åtgärd / Toimenpide' or a Finnish-only
    table still names its columns)."""
    out = dict(roles)
    for role in set(roles.values()):
        cols = [c for c, r in roles.items() if r == role]
        finnish = [c for c in cols if _reads_finnish_header(headers[c])]
        if finnish and len(finnish) < len(cols):
            for c in finnish:
                del out[c]
    return out


# the least letters of an item column's header: a number or code column ('Nr', 'Kod') is none
_ITEM_HEADER_LETTERS = 4


def _item_column(headers: list[str], roles: dict[int, str]) -> dict[int, str]:
    """A table that names who does each row's thing and when ('Huvudman' and 'Period', 'Vem'
    and 'När', 'Vem ordnar'), and no column of what is done, names its items in the first
    column without a role before the doers' ('Projekt | Huvudman | Finansiär | Period',
    'Steg | Vem | När', 'Månad | Vad händer | Vem ordnar'): a plan's projects, steps or events,
    its actions by whatever name. A column of numbers or codes ('Nr') or of themes ('Tema')
    is none, and a table dating its rows ('Datum') logs events, no plan."""
    kinds = set(roles.values())
    if kinds & {"measure", "indicator"} or not kinds & {"responsible", "actors"} or "schedule" not in kinds:
        return roles
    if any(fold(headers[i] or "").strip().startswith("datum") for i, r in roles.items() if r == "schedule"):
        # a date dates what happened ('Datum | Händelse | Ansvarig': how the programme was
        # drafted), a log, where a plan names the time or period of what it will do
        return roles
    doers = min(i for i, r in roles.items() if r in ("responsible", "actors"))
    for i in range(doers):
        if i in roles:
            continue
        letters = re.findall(r"[^\W\d_]", headers[i] or "")
        if len(letters) < _ITEM_HEADER_LETTERS or theme_column([headers[i]]) is not None:
            continue
        return {**roles, i: "measure"}
    return roles


# A programme may say in its own words what the columns of its tables hold, where its words
# are not the structure vocabulary (a programme-logic table 'Resurser | Aktiviteter |
# Resultat | Effekter' under 'Effekterna är programmets mål. Resultaten används som mätare
# ...'): a sentence opening on a definite noun that it calls the programme's goals, or says
# is used as indicators. The role is read from the word it is called by (`header_role`).
_DEFINITION_RE = re.compile(
    r"(?:^|[.!?:]\s+)(?P<word>[A-ZÅÄÖ][a-zåäö]+(?:na|en|et))\s+"
    # ... placed in the table it names ('Lösningarna i tabellen är ...')
    r"(?:i\s+tabellen\s+)?"
    r"(?:(?:är|utgör)\s+(?:(?:programmets|planens|kommunens|stadens|våra|vår|vårt"
    # ... or the writers' own body's ('arbetsgruppens förslag': a working group's report)
    r"|arbetsgruppens|styrgruppens|gruppens|kommittens)\s+)?"
    r"|används\s+som\s+)(?P<role>[a-zåäö]+)\b")
# a report proposing the programme calls its actions its proposals ('Lösningarna i tabellen
# är arbetsgruppens förslag.'): in such a definition 'förslag' is the actions' role
_PROPOSALS = "forslag"
# the endings of a definite noun ('Effekterna', 'Resultaten', 'Målen') after the form a
# header prints ('Effekter', 'Resultat', 'Mål')
# ... or after a header in the singular, the plural's ('Lösning' -> 'Lösningarna',
# 'Insats' -> 'Insatserna')
_DEFINITE_ENDINGS = ("na", "en", "et", "n", "", "arna", "erna", "orna")


def defined_roles(texts: list[str]) -> dict[str, str]:
    """Folded definite noun -> role, from the document's sentences that say what its words
    stand for ('Effekterna är programmets mål.' -> {'effekterna': 'goal'})."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _DEFINITION_RE.finditer(" ".join(text.split())):
            role = "measure" if fold(m.group("role")) == _PROPOSALS else header_role(m.group("role"))
            if role and role in ROLE_STEMS:
                out.setdefault(fold(m.group("word").lower()), role)
    return out


def _defined_role(header: str, defined: dict[str, str]) -> str | None:
    """The role the document's reading guide gives a one-word header ('Effekter' after
    'Effekterna är programmets mål')."""
    words = re.findall(r"[^\W\d_]+", header)
    if len(words) != 1 or not defined:
        return None
    head = fold(words[0].lower())
    for word, role in defined.items():
        if word.startswith(head) and word[len(head):] in _DEFINITE_ENDINGS and len(head) >= 3:
            return role
    return None


_BARE_WHAT_RE = re.compile(r"^\W*vad\W*$")
_BARE_HOW_RE = re.compile(r"^\W*hur\W*$")


def _bare_what_column(headers: list[str], roles: dict[int, str]) -> dict[int, str]:
    """A bare 'Vad?' beside 'Vem?' and 'När?' ('Vad? | Vem? | När?') asks what is done, by
    whom and when: it is the measure column. Alone it names no role ('Vad?' may ask what is
    to be reached as well), so only a row that asks who or when, and names no other measure
    column, makes it the actions'."""
    # 'Vad? | Hur? | Vem? | När?': the four questions an action is described by -- what is
    # done (the action), how (a description of it), by whom, when. A bare 'Hur?' is the measure
    # column only where no 'Vad?' asks what is done beside it.
    # 'Vad följs upp | Hur | När | Vem rapporterar': a bare 'Hur?' right of the column of what
    # is followed up asks how that is measured (a register, a statistic: its source), no
    # action; a follow-up plan has no actions of its own
    hows = [i for i, r in roles.items() if r == "measure" and _BARE_HOW_RE.match((headers[i] or "").lower())]
    if hows and len(hows) == sum(1 for r in roles.values() if r == "measure") \
            and (any(i not in roles and _BARE_WHAT_RE.match((h or "").lower()) for i, h in enumerate(headers))
                 or any(r == "indicator" and i < min(hows) for i, r in roles.items())):
        roles = {i: r for i, r in roles.items() if i not in hows}
    kinds = set(roles.values())
    if "measure" in kinds or not kinds & {"responsible", "actors", "schedule"}:
        return roles
    bare = [i for i, h in enumerate(headers) if i not in roles and _BARE_WHAT_RE.match((h or "").lower())]
    if len(bare) != 1:
        return roles
    return {**roles, bare[0]: "measure"}


# A column's header is a label or a short question ('Ansvarig part och samarbetsparter /
# Vastuutaho ja yhteistyökumppanit', 'Hur vet vi att vi nått målet?'); a cell of more words,
# of sentences or of a list is content, even when it holds a role word ('De åtgärder man
# kommit överens om har genomförts.', 'Huvudsakliga målsättningar • ...'): the first row of
# a table printed without a header
HEADER_WORDS = 8
_SENTENCE_END_RE = re.compile(r"[.!](?:\s|$)")
_LIST_LINE_RE = re.compile(r"(?m)^\s*[•●▪■◦‣∙·○*]")


def is_label_cell(cell: str) -> bool:
    """A cell that can be a column's header: a few words, no sentence, no list."""
    text = " ".join((cell or "").split())
    return len(re.findall(r"[^\W\d_]+", text)) <= HEADER_WORDS and not _SENTENCE_END_RE.search(text) \
        and not _LIST_LINE_RE.search(cell or "")


def label_columns(headers: list[str], defined: dict[str, str] | None = None) -> dict[int, str]:
    """`map_columns` over the cells that can be a column's header (`is_label_cell`)."""
    return {c: r for c, r in map_columns(headers, defined).items() if is_label_cell(headers[c])}


# What an indicator table says about each indicator besides its name: the level it starts
# from ('Utgångsläge 2024', 'Nuläge', 'Basvärde'), the level aimed at ('Målvärde 2028',
# 'Målnivå', 'Riktvärde'), where the figure comes from ('Källa', 'Datakälla') and how it is
# measured ('Mätmetod', 'Mätsätt'; forty-first set), also in Finnish ('Lähtötaso',
# 'Tavoitetaso', 'Lähde', 'Mittaustapa'). A header word of its own, never a role.
_INDICATOR_ATTRIBUTES = ("utgangslage", "utgangsvarde", "utgangsniva", "nulage", "nuvarde",
                         "basvarde", "basniva", "referensvarde", "malvarde", "malniva", "riktvarde",
                         "kalla", "kallan", "kallor", "datakalla", "informationskalla", "lahde",
                         "matmetod", "matmetoden", "matsatt", "mittaustapa",
                         "lahtotaso", "lahtoarvo", "tavoitetaso", "tavoitearvo",
                         # how often the figure is taken ('Frekvens', 'Mätfrekvens', 'Mätintervall')
                         "frekvens", "matfrekvens", "uppfoljningsfrekvens", "rapporteringsfrekvens",
                         "matintervall", "mittausvali")
# ... or asked as a question ('Hur ofta?', 'Hur ofta mäts?'): how often it is reported
_HOW_OFTEN_RE = re.compile(r"^hur\s+ofta\b")


def is_indicator_attribute(header: str) -> bool:
    """A column header naming an indicator's baseline, target, source or frequency
    ('Utgångsläge 2024', 'Målvärde 2028', 'Källa', 'Hur ofta?'): its first word, one of
    _INDICATOR_ATTRIBUTES."""
    return is_label_cell(header) and (_first_word(header) in _INDICATOR_ATTRIBUTES
                                      or bool(_HOW_OFTEN_RE.match(" ".join(_WORD_RE.findall(fold(header))))))


# The state a goal table sets beside each goal as it is now ('Nr | Nuläge | Önskat läge 2029'):
# the starting point of the state aimed at, a header word of its own (never a role)
_PRESENT_STATE = ("nulage", "nulaget", "utgangslage", "utgangslaget", "utgangsvarde", "utgangsniva",
                  "nuvarde", "basvarde", "basniva")


def is_present_state(header: str) -> bool:
    """A column header naming the state now, the starting point ('Nuläge', 'Utgångsläge
    2025'): its first word."""
    return is_label_cell(header) and (_first_word(header) in _PRESENT_STATE
                                      or names_present_level(header))


# The challenge, need or problem a row's action answers ('Utmaningar | Åtgärder', 'Behov |
# Insats', 'Problem | Lösning'): a theme page setting what is wrong beside what is done about
# it. The column is the action's reason, no role of its own -- its cells are no actions, and
# the header is a structure header by its action column alone (`is_structure_header`)
_CHALLENGE_RE = re.compile(r"^(?:utmaning(?:ar|en|arna)?|problem(?:et|en)?|behov(?:et|en)?|utvecklingsbehov(?:et|en)?"
                           r"|hinder|hindret|hindren|brist(?:er|en|erna)?|iakttagelse(?:r|n|rna)?"
                           r"|orsak(?:er|en|erna)?|varfor)$")


def is_challenge_header(header: str) -> bool:
    """A column header naming the challenge or need each row's action answers ('Utmaningar',
    'Behov', 'Problem', 'Utmaningar och behov'): its first word."""
    return is_label_cell(header) and bool(_CHALLENGE_RE.match(_first_word(header)))


_YEAR_HEADER_RE = re.compile(r"^\s*(?:19|20)\d\d\s*$")


# the column giving the direction a key figure should take ('Riktning', 'Önskad riktning',
# 'Målriktning'): what the programme wants of the figure, a target without a number
_DIRECTION_RE = re.compile(r"^\W*(?:önskad\s+|eftersträvad\s+)?(?:mål)?riktning(?:en)?\W*$", re.I)


def names_direction(header: str) -> bool:
    """A header of the column giving the direction a figure should take ('Önskad riktning')."""
    return bool(_DIRECTION_RE.match(" ".join(header.split())))


def _year_series(headers: list[str], named: dict[int, str]) -> bool:
    """Every header cell beside the named columns is a year, and there are at least two
    ('2022 | 2023 | 2024'): a series of figures, one column a year. A column of the figures' wanted
    direction ('Riktning') may stand beside the years."""
    rest = [h or "" for c, h in enumerate(headers) if c not in named
            and not names_direction(h or "")]
    return len(rest) >= 2 and all(_YEAR_HEADER_RE.match(h) for h in rest)


def _reasons_beside(headers: list[str], named: dict[int, str]) -> bool:
    """Every header cell beside the named columns names a challenge or the state now, and
    there is one at least ('Utmaningar | Åtgärder')."""
    rest = [h or "" for c, h in enumerate(headers) if c not in named and (h or "").strip()]
    return bool(rest) and all(is_challenge_header(h) or is_present_state(h) for h in rest)


def _code_beside_goal_noun(headers: list[str], goal_cols) -> bool:
    """The goal noun itself heading the goal column and a number word ('Kod', 'Nr') the other."""
    folded = [" ".join(fold(h or "").split()).strip(" .:") for h in headers]
    return all(_GOAL_NOUN_HEADER_RE.fullmatch(folded[c]) for c in goal_cols) and all(
        h in _NUMBER_WORDS for c, h in enumerate(folded) if c not in goal_cols)


def is_structure_header(headers: list[str], defined: dict[str, str] | None = None) -> bool:
    """A header row of a goal/measure/indicator table: columns of at least two roles, one of
    them a goal, measure or indicator column (a cell of content names no column:
    `is_label_cell`); or an indicator column beside columns of the indicators' baselines,
    targets or sources ('Indikator | Utgångsläge 2024 | Målvärde 2028 | Källa'); or a goal
    column beside the state now ('Nr | Nuläge | Önskat läge 2029')."""
    m = label_columns(headers, defined)
    kinds = set(m.values())
    if kinds == {"indicator"} and any(is_indicator_attribute(h or "") for c, h in enumerate(headers) if c not in m):
        return True
    if kinds == {"indicator"} and _year_series(headers, m) and (
            not any(_first_word(headers[c] or "").startswith("nyckeltal") for c in m)
            or any(names_direction(h or "") for h in headers)):
        # an indicator column beside the years of its values ('Indikator | 2022 | 2023 |
        # 2024', a follow-up appendix printing each indicator's figures so far): the years
        # are its baseline, as 'Utgångsläge 2024' is. 'Nyckeltal' over years are the key
        # figures a needs analysis describes the municipality by, no follow-up -- unless a
        # column gives the direction each figure should go ('Riktning' ↑): then they are the
        # figures the programme follows its goals by
        return True
    if kinds == {"measure"} and _reasons_beside(headers, m):
        # the actions beside the challenges they answer ('Utmaningar | Åtgärder', 'Nuläge |
        # Insatser'): a theme page's action table, each row one action, the challenge its reason
        return True
    if kinds == {"goal"} and any(is_present_state(h or "") for c, h in enumerate(headers) if c not in m):
        # the goals beside the state now ('Nr | Nuläge | Önskat läge 2029'): a table of the
        # goals, each row one, the present state its background
        return True
    if kinds == {"goal"} and theme_column(headers) is not None:
        # the goals beside the area each belongs to ('Målområde | Mål'): a table of the
        # programme's goals, each row one, under its area's name
        return True
    if kinds == {"goal"} and len(m) == 1 and len(headers) == 2 and _code_beside_goal_noun(headers, m):
        # the goals beside their codes ('Kod | Mål', 'Nr | Mål'): a table of the programme's
        # goals, each row one, the code the action and indicator tables refer to it by (the
        # goal noun itself heading the column: 'Nr | Önskat läge 2030' is no such table)
        return True
    if kinds == {"indicator"} and theme_column(headers) is not None:
        # an indicator column beside one naming the section or theme of each row ('Avsnitt
        # | Indikator | ...'): a follow-up table of the sections' goals
        return True
    # two roles at least: two cells of one row that both mention actions ('Deltagande i
    # ... aktiviteter' | 'Antal ordnade aktiviteter') are content, not a header
    return len(kinds) >= 2 and bool(kinds & {"goal", "measure", "indicator"})


# The column naming the theme each row belongs to ('Tema | Mätare | Källa'): the rows of a
# closing follow-up table tied to the goal of their theme
_THEME_HEADERS = frozenset(("tema", "temat", "teman", "temaomrade", "insatsomrade", "fokusomrade",
                            "teema",
                            # the programme's part ('Delområde | Målsättning 2025–2028'): its
                            # areas, as 'Insatsområde' names them
                            *(fold(f) for f in FORMS["delområde"]),
                            # the goal area a row belongs to ('Målområde | Mål', 'Åtgärd |
                            # Målområde | Ansvarig'): a programme of a few areas, one goal each
                            "malomrade", "malomradet",
                            # the section of the document a row belongs to, named by its number
                            # ('Avsnitt': '5.2') or its title
                            "avsnitt", "kapitel",
                            # a balanced scorecard's perspective ('Perspektiv | Kritisk
                            # framgångsfaktor | Styrtal | Åtgärd'): the area its goals are in
                            "perspektiv", "perspektivet",
                            # the area alone ('Område | Utmaning | Det vill vi uppnå | Så gör vi',
                            # twenty-third blind set): the field of the programme a row is in
                            "omrade", "omradet",
                            # a task board's group of tasks (Microsoft Planner's 'Bucket' column
                            # in an action plan exported from the board): one bucket per area
                            # of the programme, the area each task belongs to
                            "bucket"))


# a heading or caption labelled as a theme by the word and its number ('Tema 3: Delaktighet
# och goda relationer', 'Temaområde 2 – Arbete'): it names the theme the goals under it
# belong to, never a goal itself -- an action card printed right under it (the card's goal
# cell empty, the goal printed on the page before) goes on with the goal above
# (the label words: the shared theme list, label_vocab.THEME_NUMBERED: 'Fokusområde 2: …',
# 'Insatsområde 3 – …', 'Teema 1: …' label a theme as 'Tema 3' does)
_THEME_LABEL_RE = re.compile(rf"^\W*{alt(THEME_NUMBERED, forms=False)}\s+(?:\d{{1,2}}|[IVX]{{1,4}}|[A-ZÅÄÖ])\s*[:.–|·-]\s+\S",
                             re.I)


def labelled_as_theme(text: str) -> bool:
    return bool(_THEME_LABEL_RE.match(text or ""))


# the target group each goal of a table is for ('Målgrupp | Mål | Åtgärder', a programme
# ordered by target group: children, adults, the elderly): beside a goal column, the group
# names the goal's part of the programme, its theme (`target_group_column`)
_TARGET_GROUP_HEADERS = frozenset(("malgrupp", "malgruppen", "malgrupper"))


# the department a row belongs to ('Sektor | Nyckeltal | Källa'), in a programme written part
# by part by its departments (`actions_by_doer`): each part's heading names the department and
# its goal, so the column names the part -- read as a theme column only there
_UNIT_HEADERS = frozenset(("sektor", "sektorn", "enhet", "enheten", "forvaltning", "forvaltningen",
                           "avdelning", "avdelningen", "verksamhet", "verksamheten", "namnd", "namnden"))


def _lone_word_column(headers: list[str], words: frozenset[str]) -> int | None:
    """The first column whose header is one word alone, one of `words` (folded), else None."""
    for c, h in enumerate(headers):
        toks = _WORD_RE.findall(fold(h or ""))
        if len(toks) == 1 and toks[0] in words:
            return c
    return None


def unit_header_column(headers: list[str]) -> int | None:
    """The column whose header is the word for a department alone ('Sektor'), else None."""
    return _lone_word_column(headers, _UNIT_HEADERS)


def target_group_column(headers: list[str]) -> int | None:
    """The column whose header is the word for a target group alone ('Målgrupp'), else None."""
    return _lone_word_column(headers, _TARGET_GROUP_HEADERS)


def theme_column(headers: list[str]) -> int | None:
    """The column whose header is a theme word alone ('Tema', 'Temaområde'), else None."""
    return _lone_word_column(headers, _THEME_HEADERS)


# An evaluation table reports how the measures of an earlier programme went: a column of
# their status ('Åtgärd | Ansvarig | Status', 'Mål | Åtgärd | Genomförande'). Its measures
# are not this programme's. A status column is named by the first word of its header, or has
# no role; either way its cells tell (is_evaluation_table): mostly status phrases
# ('Genomförd', 'Delvis genomförd', 'Pågår', 'Har inte genomförts', 'Förverkligats', a
# traffic-light colour). 'Uppföljning', 'Mätare' and 'Tidtabell' name the columns of a plan,
# not of an evaluation.
_STATUS_LABELS = frozenset({
    "status", "statusen", "genomfort", "bedomning", "bedomningen", "utfall", "utfallet",
    "forverkligande", "forverkligandet", "forverkligats", "lage", "laget", "lagesbedomning",
    "lagesrapport"})
# a plan may call the column telling how a measure is carried out 'Genomförande': a status
# column only when its cells are status phrases
_WEAK_STATUS_LABELS = frozenset({"genomforande", "genomforandet"})
# a status cell: an outcome ('Genomförd', 'Har inte genomförts', a traffic light) or a measure
# under way ('Pågår', 'Påbörjad'); a report on the past names at least one outcome, while
# 'Pågående' alone can mark the continuing measures of a new plan
_STATUS_QUALIFIERS = r"^(?:(?:delvis|helt|inte|ej|har|är|nästan|till största delen)\s+)*"
_OUTCOMES = (r"genomförd|genomfört|genomförda|genomförts|förverkligad|förverkligat|förverkligats"
             r"|förverkligades|slutförd|slutförts|avslutad|avslutats|uppnådd|uppnått|uppnåtts|klar"
             # (or handed over to another body, which does it now: 'Överförd till välfärdsområdet')
             r"|överförd|överfört|överförts"
             r"|grön|gul|röd|grönt|gult|rött")
_UNDER_WAY = r"pågår|pågående|påbörjad|påbörjat|påbörjats|inletts"
_STATUS_CELL_RE = re.compile(_STATUS_QUALIFIERS + rf"(?:{_OUTCOMES}|{_UNDER_WAY})\b", re.I)
_OUTCOME_CELL_RE = re.compile(_STATUS_QUALIFIERS + rf"(?:{_OUTCOMES})\b", re.I)
_STATUS_SHARE = 0.6


def _first_word(header: str) -> str:
    words = _WORD_RE.findall(fold(header))
    return words[0] if words else ""


def is_status_label(header: str) -> bool:
    """A column header naming the status of a measure ('Status', 'Utfall 2022')."""
    return _first_word(header) in _STATUS_LABELS


def is_status_phrase(cell: str) -> bool:
    """A cell that opens with a status ('Delvis genomförd', 'Pågår. Kurserna ...')."""
    return bool(_STATUS_CELL_RE.match(" ".join(cell.split())))


def is_outcome_phrase(cell: str) -> bool:
    """A cell that opens with an outcome ('Klar 2024', 'Genomförd', 'Delvis genomförd'): the
    measure was carried out (or not) already, not one under way or new."""
    return bool(_OUTCOME_CELL_RE.match(" ".join(cell.split())))


def is_evaluation_table(headers: list[str], rows: list[list[str]]) -> bool:
    """A report on the measures of an earlier period: a status column (named as one: 'Status',
    'Utfall'; or without a role, or named 'Genomförande') whose cells, two at least, are mostly
    status phrases, one at least an outcome ('Genomförd', 'Har inte genomförts', 'Grön'). A new
    plan may mark its measures 'Ny' / 'Pågående' in a status column: that is no report."""
    for c, h in enumerate(headers):
        cells = [" ".join(r[c].split()) for r in rows if c < len(r) and r[c].strip()]
        # one answer a line: a table finder may give several rows as one, line by line
        answers = [x.strip() for r in rows if c < len(r) for x in r[c].splitlines() if x.strip()]
        if len(answers) >= 2 and _is_outcome_header(h) \
                and sum(bool(_ANSWER_CELL_RE.match(x)) for x in answers) >= _STATUS_SHARE * len(answers):
            # a column headed by an outcome ('Genomförd', 'Uppnått?') answered row by row
            # ('Ja' / 'Nej' / 'Delvis'): whether each measure of the earlier plan was done
            return True
        if not is_status_label(h) and header_role(h or "") and _first_word(h) not in _WEAK_STATUS_LABELS:
            continue
        if any(marks_new_action(x) for x in answers):
            # an action marked new in this period ('Ny') beside those going on or ended: the
            # status column of the plan itself (`ended_rows`), no report on an earlier one
            continue
        if len(cells) >= 2 and sum(map(is_status_phrase, cells)) >= _STATUS_SHARE * len(cells) \
                and any(_OUTCOME_CELL_RE.match(x) for x in cells):
            return True
    return False


# a status naming an action new in this period: 'Ny', 'Ny åtgärd', 'Nytt', 'Ny 2025'
_NEW_ACTION_RE = re.compile(r"^(?:ny|nytt|nya)(?:\s+(?:åtgärd|åtgärder|insats|\d{4}))?\.?$", re.I)


def marks_new_action(cell: str) -> bool:
    """A status cell marking the action new in the plan's period ('Ny', 'Ny åtgärd')."""
    return bool(_NEW_ACTION_RE.match(" ".join(cell.split())))


def _is_outcome_header(header: str) -> bool:
    """A header that is an outcome participle alone ('Genomförd', 'Uppnått?', 'Genomförd
    (ja/nej)'), not the doer ('Genomförare') nor a plan's 'Genomförande'."""
    text = re.sub(r"\(.*?\)", "", " ".join((header or "").split())).strip().rstrip("?:").strip()
    return bool(re.fullmatch(rf"(?:{_OUTCOMES})", text, re.I))


# an answer to 'was it done?': yes, no, partly, under way (with a comment after it)
_ANSWER_CELL_RE = re.compile(rf"^(?:ja|nej|delvis|(?:{_UNDER_WAY}))\b", re.I)


# "<Label>: " at the start of a text: a field of a label–value record ("Ansvar: ...")
# SMART goals and actions print each criterion with its letter, the acronym's key: 'M –
# Mätbart', 'T – Tidsatt', 'S – Specifikt mål'. A capital and a dash before a label's first
# word are that key, part of the label (the words after it name the role)
ACRONYM_KEY = r"(?:[A-ZÅÄÖ]\s[–—-]\s)"
# A label closed by its unit in brackets, as a column of amounts is headed and a card or a
# field line prints that header: 'Budget (€):', 'Kostnad (euro/år):', 'Andel (%):'. The
# unit is no word of the label; the field is one of its own (no role: an amount).
UNIT_IN_BRACKETS = r"(?:\s\((?:€|%|euro|eur|e|st|h|kr|tim|€/år|euro/år|e/år|%/år)\))"
# (a label may be a word cut short with a full stop, as a narrow column's header: 'Ansv.:',
# abbreviated_headers)
_FIELD_RE = re.compile(rf"^\s*({ACRONYM_KEY}?[A-ZÅÄÖ][\wåäöÅÄÖ/ ()-]{{1,60}}?\.?):(?=\s|$)")
_FILLER = frozenset({"och", "samt", "eller", "aktör", "aktörer", "aktörerna", "part", "parter", "instans"})


# A label may qualify its structure word ('Planerade åtgärder', 'Ansvarig förvaltning',
# 'Tidsplan för genomförande', 'Indikator för att följa upp målet'): at most LABEL_WORDS
# words, of which at most LABEL_FREE_WORDS are neither structure words nor fillers.
LABEL_WORDS = 6
LABEL_FREE_WORDS = 3
_FUNCTION_WORDS = frozenset({"för", "att", "med", "av", "i", "på", "till", "om", "som", "vid", "inom"})


# the label of how an action is followed up, said as a phrase of its own ('Så följer vi upp:',
# 'Så här följer vi upp:', 'Hur följer vi upp:'): before a colon, an indicator field, as
# 'Mätare:' is (`field_label`; a column header so worded is read by `header_roles`)
# The same label said with the verb of measuring ('Så mäter vi:', 'Så här mäter vi:', 'Hur
# mäter vi?'): a slide or a leaflet puts the goal's measure after it, as 'Mätare:' would.
# (the phrase shared with every reader of it: label_vocab.FOLLOW_UP_PHRASE)
_FOLLOW_UP_LABEL_RE = re.compile(FOLLOW_UP_LABEL, re.I)


# ... said in the passive, of the action the card is about ('Uppföljs genom:', 'Följs upp
# genom:', 'Följs upp med:', 'Hur följs det upp:', 'Hur mäts det:'): the same field -- with
# what it is followed up by, or asked; not 'Följs upp av:', which names who follows up, nor
# 'Följs upp:' alone, which says where ('i den årliga rapporten'). ('Mäts med:' has readers of
# its own, `contact_cards`, `heading_meters`, which keep a source in brackets with the meter.)
_PASSIVE_FOLLOW_UP_LABEL_RE = re.compile(
    r"^\s*(?:(?:hur|så(?:\s+här)?)\s+(?:följs(?:\s+[a-zåäö]+)?\s+upp|mäts(?:\s+[a-zåäö]+)?)"
    r"|(?:följs\s+upp|uppföljs)\s+(?:genom|med|via))\s*\??\s*$", re.I)


def follow_up_label(label: str) -> bool:
    """'Så följer vi upp', 'Så här följer vi upp', 'Så mäter vi', 'Uppföljs genom': the phrase
    labelling how an action or goal is followed up (its indicator) when a colon follows it."""
    return bool(_FOLLOW_UP_LABEL_RE.match(label) or _PASSIVE_FOLLOW_UP_LABEL_RE.match(label)) \
        or success_label(label)


def label_role(label: str, free_words: int = LABEL_FREE_WORDS) -> str | None:
    """The role of a field label ('Ansvarig', 'Åtgärder', 'Ansvarspart och partner',
    'Planerade åtgärder'); None for any other text before a colon. `free_words`: how many
    words may qualify the structure word (0 for a text with no colon after it, where only
    structure words and fillers make a label); a label that qualifies its word starts with a
    capital."""
    flat = " ".join(label.split()).lower()
    if _BODYS_CONTACT_RE.match(flat):
        # 'Välfärdsområdets kontakt: X' -- the card form of that body's contact column
        return "responsible"
    # (a word keeps a full stop after it: a header cut short, 'Ansv.', abbreviated_headers)
    words = re.findall(r"[\wåäöÅÄÖ]+\.?", label)
    if not words or len(words) > LABEL_WORDS or any(w[0].isdigit() for w in words):
        return None
    free = [w for w in words if not header_roles(w) and w.lower() not in _FILLER
            and w.lower() not in _FUNCTION_WORDS]
    if free and not label.lstrip()[:1].isupper():
        return None
    if free and (phrased := next((role for rx, role in _WHOLE_LABEL_PHRASES
                                  if rx.fullmatch(flat)), None)):
        # each goal phrase `header_role` reads a column by, when it is the whole label ('Vad vi
        # vill uppnå:' as a card's field, its summary table's column so headed; 'Det här vill
        # vi:', 'Önskat läge:' over a card's fields: `_GOAL_QUESTION_LABEL_RE` among them): the
        # phrase names the goal as a whole, none of its words alone does. Read only whole, a
        # sentence that opens with the phrase ('Det här vill vi ändra på:') is no label
        return phrased
    if len(free) > min(free_words, len(words) - 1):
        return None
    return header_role(label)


def field_label(text: str) -> tuple[str, str] | None:
    """(label, role) when a text starts with a field label ('Tidtabell: 2024'), else None."""
    m = _FIELD_RE.match(text)
    if not m:
        return None
    if m.group(1).count("(") > m.group(1).count(")"):
        # 'Skaftung Ungdomsförening och församlingen (Ansvar: X, varje sommar).': the colon
        # sits inside a parenthesis the text opened, a who/when tail of the sentence it
        # goes on (a wrapped line), no label the line starts with
        return None
    # ('Så följer vi upp: andel ...' with its value on the line: alone, 'Så följer vi upp:'
    # introduces the list of indicators under it, as an intro paragraph)
    role = label_role(m.group(1)) or ("indicator" if follow_up_label(m.group(1)) and text[m.end():].strip() else None)
    return (m.group(1).strip(), role) if role else None


# any short label ('Målgrupp:', 'Resurser:'): inside a card, a field of a kind with no role
# (a word may be two joined by a slash, a column naming two states: 'Ny/Fortsätter:'; the
# label may end in the year its value is for: 'Målnivå 2029:', a target level's field)
# (the slash also spaced, as a table's column 'Ö / by' is printed as a card's label 'Ö / by:',
# forty-second set)
# (the label may close with its unit in brackets, as a table's column of amounts is headed
# and its card prints it: 'Budget (€):', 'Kostnad (euro/år):', 'Andel (%):', sixtieth set)
_ANY_LABEL_RE = re.compile(rf"^\s*{ACRONYM_KEY}?[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ-]*(?: ?/ ?[a-zåäöA-ZÅÄÖ-]+)?"
                           rf"(?: [a-zåäöA-ZÅÄÖ-]+){{0,2}}(?: (?:19|20)\d\d)?{UNIT_IN_BRACKETS}?:(?:\s|$)")


def any_label(text: str) -> bool:
    """The text starts with a label of one to three words (letters only: not a numbered
    'Mål 2:') and a colon."""
    return bool(_ANY_LABEL_RE.match(text))


# letters a label word may add to its stem: 'åtgärd|erna', 'indikator|erna', 'mål|sättningar' is a stem
_INFLECTION_MAX = 5


def structure_label_roles(text: str) -> list[str]:
    """The roles of a line made only of column labels ('MÅL', 'TIDTABELL ANSVARSPART',
    'Tyngdpunkt Åtgärd/metod Indikator Ansvar', 'Mätare:'), in printed order, with responsible
    and partner named together as 'actors'; [] for any other line. Such a line is what is left
    of a table's header when OCR emits its columns one after another."""
    words = re.findall(r"[\wåäöÅÄÖ]+", text)
    if not words or len(words) > 8 or text.strip().endswith((".", "!", "?")):
        return []
    roles: list[str] = []
    for w in words:
        if w[0].isdigit():
            return []
        # the structure stems and other programmes' words, not the words of SHORT_STEMS: a
        # lone 'Samarbete' or 'aktörer' on a line of running text is no column label
        f = fold(w)
        role = _word_role(f, False)
        if role is None:
            if w.lower() in _FILLER:
                continue
            return []
        stems = [st for st in ROLE_STEMS.get(role, ()) + MORE_STEMS.get(role, ()) if f.startswith(st)]
        if stems and len(f) - max(map(len, stems)) > _INFLECTION_MAX:
            return []  # a compound that only starts with a label: 'ÅTGÄRDSPROGRAM' is a title
        if role not in roles:
            roles.append(role)
    if "responsible" in roles and "partners" in roles:
        k = min(roles.index("responsible"), roles.index("partners"))
        roles = [x for x in roles if x not in ("responsible", "partners")]
        roles.insert(k, "actors")
    return roles


def is_structure_label(text: str) -> bool:
    return bool(structure_label_roles(text))
