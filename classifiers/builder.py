"""Walking the element stream into sections, goals, measures and indicators.

Sources of items, in reading order:
- tables whose header names goal/measure/indicator columns (headers.py), row by row, with
  "same as above" for empty goal, schedule and actor cells, continuation rows (only an
  indicator) attached to the measure above, and group rows (only a goal cell filled) as
  parents of the goals that follow;
- headings that are goals ("Mål 1: ..."), lists under goal headings ("Strategins
  målsättningar"), goal sentences in paragraphs ("Målet är att ...");
- numbered actions ("1.1 ...") anywhere in running text, and every bullet (or a long
  paragraph under a numbered group heading) under a measure heading ("Åtgärder");
- sentences of running text that state an action ("Kommunen ordnar ...", prose_actions.py)
  after a goal sentence, in a programme that gives its measures in no other way.

Afterwards `merge.py` joins restatements: the same action number printed in the text and in
a summary table, and goals restated in a table.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace

from .actors import (actors_by_qualifier, actors_parenthesis_start, closing_parenthesis, dedupe_actors,
                     leading_actors, legend_abbreviations, names_actor, names_post, parenthesis_in_actors_place, post_parenthesis,
                     source_parenthesis_start, split_actors, tail_start, trailing_actors)
from .align import align
from .organisation_columns import organisation_actors, organisation_columns
from .parallel_lines import lines_per_action, says_follow_up_of_goal
from .theme_rows import without_theme_letter
from .new_and_ongoing import new_work_column
from .goal_reference_column import goal_reference_columns
from .parallel_rows import is_none, items_of, parallel_actions
from .resident_questions import answer_goal
from .council_decision import area_goal, decision_item
from .inline_lists import inline_list, without_list_joint
from .group_rows import group_time, leading_group_time
from .content_roles import document_layouts, fits_layout
from .cell_meters import split_cell_meters
from .cells import column_width, split_goal_cell, split_indicator_cell, split_marked_items
from .elements import Element, _continues_row as continues_row
from .goal_lookup import BARE_CODE_RE, LETTER_CODE, GoalLookup, bare_code, bare_number, goals_carried_into
from .headers import (QUESTION_WORDS, SHORT_HEADER, defined_roles, header_role, header_roles, is_evaluation_table, is_label_cell, is_structure_header, label_columns, map_columns,
                      names_parts_of_action, target_group_column, theme_column)
from .lead_phrase import (agent_of_all, agent_of_named, agents_by_number, carried_out, labelled_action, names_responsible,
                          owner_said_after, time_of_action_before)
from .reference_tails import number_reference
from .measured_statements import measured_target
from .matrix import mark_actors, mark_columns, marked_years, year_mark_columns
from .model import Goal, Indicator, Measure, Section
from .named_action import action_named_by
from .prose import (about_earlier_period, asks_yes_or_no, count_list, enumerated_actions, followed_up_by,
                    goal_heading_number, goal_named_as, heading_kind, intro_kind, is_goal_heading, is_goal_sentence,
                    names_actions, numbered_goal_clause, reads_as_clause, states_requirement,
                    says_actions_restated, says_paragraphs_open_with_goal, states_target, states_wish)
from .part_headings import is_part_count, label_number, part_label, part_label_column
from .prose_actions import ProseAction, partners_in, prose_action
from .action_codes import CHAPTER_CODE, closing_reference, measure_by_code, without_action_key
from .parenthesis_doers import doers_in_parentheses
from .records import fields, trailing_fields
from .roadmap import split_doer, starts_action, year_columns
from .schedule import parse_schedule
from .target_columns import names_no_words
from .titled_items import SINGLE_LETTER_CELL_RE, SINGLE_LETTER_ITEM_RE, restates_programme, titled_action
from .text import (BULLET_RE, fold, CAPTION_RE, GOAL_LABEL_RE, NUMBERED_RE, is_figure, is_question, numbering, sentences,
                   squash, strip_marker, words)

_SECTION_NUM_RE = re.compile(r"^\s*((?:\d+\.)*\d+)\.?\s+(?=\D)")
_GOAL_NUM_RE = re.compile(r"^\s*((?:mål|målsättning|delmål|tyngdpunkt)\s+\d+)", re.I)


def heading_number(text: str) -> str | None:
    m = _SECTION_NUM_RE.match(text)
    if m:
        return m.group(1)
    m = _GOAL_NUM_RE.match(text)
    return m.group(1) if m else None


def strip_heading_number(text: str) -> str:
    return _SECTION_NUM_RE.sub("", text, count=1).strip()


# A heading printed again over the next page of its section carries a counter or a
# continuation mark ('Helsingfors förebygger ojämlikhet 2/2', 'Boende (forts.)'); the theme is
# the heading without it, so that one section is one theme.
_CONTINUATION_RE = re.compile(
    r"\s*(?:\(\s*(?:forts(?:\.|ättning|att)?|cont(?:\.|inued)?)\s*\)|[,–-]?\s*forts(?:\.|ättning)"
    r"|(?<![\d/])\d{1,2}\s*/\s*\d{1,2})\s*$", re.I)


# A caption's own label and number ('Tabell 3.', 'Tabell 3a:', 'Bilaga 1 –'): the theme is
# what the caption names after it.
_CAPTION_LABEL_RE = re.compile(
    r"^\s*(?:tabell|tab\.|bilaga|figur|diagram|table|appendix)\s*(?:nr\.?\s*)?\d+[a-z]?\s*[.:–-]?\s*", re.I)
# A chapter enumerated by a letter or a roman numeral ('A. Språk', 'B) Arbete', 'C Välfärd',
# 'IV. Boende', and without a full stop 'IV Hälsa och välfärd', a roman numeral of two
# letters or more before a capital); 'I' alone is the preposition that opens many headings
# ('I Vasa trivs alla').
_ENUMERATOR_RE = re.compile(r"^\s*(?:[A-H][.)]|[A-HJ-Z](?=\s+[A-ZÅÄÖ])|[IVX]{1,4}[.)]|[IVX]{2,4}(?=\s+[A-ZÅÄÖ]))\s+")
# the second and the first chapter of a count in roman numerals ('II Arbete', 'I Språk')
_SECOND_ROMAN_RE = re.compile(r"^\s*II\.?\s+[A-ZÅÄÖ]")
_FIRST_ROMAN_RE = re.compile(r"^\s*I\.?\s+(?=[A-ZÅÄÖ])")
# 'Tyngdpunkter och åtgärder: Gemenskap', 'Insatsområde 2 – Arbete': a structure label, then
# the name of the area it is about
_LABELLED_NAME_RE = re.compile(r"^(?P<label>[^:–]{1,40}?)\s*(?::|\s[–-])\s+(?P<name>[A-ZÅÄÖ].*)$")
# 'Tyngdpunktsområde 1. Barn och unga': the label numbered, a full stop, then the area's name
_NUMBERED_NAME_RE = re.compile(r"^(?P<label>[^\W\d_]{4,})\s+\d{1,2}\.\s+(?P<name>[A-ZÅÄÖ].*)$")
# 'Delprogram 2 Barn, unga och familjer': a capitalised word numbering a part of the
# programme, no full stop, then the part's name (a word naming no role: 'Mål 1 Arbete' is a goal)
_PART_NAME_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][^\W\d_]{2,})\s+\d{1,2}\s+(?P<name>[A-ZÅÄÖ][^\W\d_].*)$")
_STRUCTURE_ROLES = {"goal", "measure", "indicator"}
# 'Boende – nuläge och önskat läge', 'Arbete – mål och åtgärder': the area's name, then a dash
# and what the table or section under it holds, said in column words
_NAME_THEN_LABEL_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ][^:–]{1,60}?)\s+[–-]\s+(?P<label>[^\W\d_][^:–]{0,40})$")
# 'Fokusområde:', 'Temaområde 2 –', 'Prioriterat område:': a label that only says an area of
# the programme follows, whose name is the theme
# ... or the word 'Tema' itself ('Tema: Arbete och försörjning', 'Tema 2: Arbete'): a caption
# labelling the theme its table's rows belong to
_AREA_LABEL_RE = re.compile(r"^(?:[^\W\d_]+\s+)?(?:[^\W\d_]*område(?:t|n)?|tema(?:t)?)(?:\s+\d{1,2}(?:\.\d{1,2})*)?$",
                            re.I)


def _named_area(text: str) -> str | None:
    """The area a structure label names ('Insatser inom arbete' -> 'Arbete', 'Tyngdpunkter och
    åtgärder: Gemenskap' -> 'Gemenskap'), or None. A goal heading ('Mål 1: Stärka
    delaktigheten') states a goal, not a theme."""
    if is_goal_heading(text):
        return None
    m = _LABELLED_NAME_RE.match(text) or _NUMBERED_NAME_RE.match(text)
    if m:
        roles = header_roles(m.group("label"))
        if (roles and set(roles) <= _STRUCTURE_ROLES) or _AREA_LABEL_RE.match(m.group("label")):
            return m.group("name").strip()
        if not roles and (is_part_count(m.group("label")) or m.re is _NUMBERED_NAME_RE):
            # 'Del 1: Arbete och utbildning': a numbered part, then its name ('Mål 1: X',
            # a label naming a role, is a goal, no part)
            return m.group("name").strip()
    m = _PART_NAME_RE.match(text)
    if m and not header_roles(m.group("label")):
        # 'Delprogram 1 Arbete och kompetens': the programme's numbered part, then its name
        return m.group("name").strip()
    head, _, rest = text.partition(" inom ")
    if rest and " " not in head.strip() and header_roles(head) in (["measure"], ["indicator"]):
        return rest[:1].upper() + rest[1:]
    return None


def theme_name(heading: str) -> str:
    """The theme a heading or caption names: without its number, its caption label or letter,
    a structure label before the name, and a continuation counter."""
    text = strip_heading_number(heading)
    named = _CAPTION_LABEL_RE.sub("", text, count=1).strip()
    # 'Tabell 2 (forts.)' names nothing after its label: it stays 'Tabell 2'
    text = named if _CONTINUATION_RE.sub("", named).strip() else text
    text = _ENUMERATOR_RE.sub("", text, count=1).strip() or text
    bare = _CONTINUATION_RE.sub("", text).strip()
    text = bare or text
    return _named_area(text) or text


# 'Åtgärd 3.1', 'Tabell 2 (forts.)': a caption that only numbers what it heads names no theme;
# nor does one numbering a run of them ('Tabell 2. Mål 1–3', 'Mål 4 och 5': the goals the
# table holds, counted on across the sections it is printed in)
_NUM = r"\d+(?:\.\d+)*[a-z]?"
_NUMBERED_LABEL_RE = re.compile(rf"^[^\W\d_]+\s+{_NUM}(?:\s*(?:[–-]|,|\boch\b|&)\s*{_NUM})*\.?$", re.I)


def _theme_key(text: str) -> str:
    """What two names of one theme have in common ('3 Arbete och utbildning', 'Arbete och
    utbildning', 'ARBETE OCH\nUTBILDNING')."""
    return squash(theme_name(text)).casefold()


# 'Delprogram 3: mål, åtgärder och mätare', 'Strategi 3 – mål och insatser': a numbered part
# of the programme, then what the table holds in column words
_PART_THEN_LABEL_RE = re.compile(r"^(?P<part>[^:–]{1,40}?)\s*(?::|\s[–-])\s+(?P<label>[^\W\d_][^:–]{0,40})$")


def _names_part_by_number(caption: str) -> bool:
    """A caption naming the part of the programme its table belongs to by its label and
    number alone, and what the table holds ('Delprogram 3: mål, åtgärder och mätare'): it
    names no area -- the section the table is printed in names it ('Delprogram 3 Delaktighet
    och gemenskap')."""
    m = _PART_THEN_LABEL_RE.match(caption)
    if not m or not is_part_count(m.group("part").strip()):
        return False
    roles = header_roles(m.group("label"))
    return bool(roles) and set(roles) <= _STRUCTURE_ROLES


def caption_theme(caption: str) -> str | None:
    """The theme a table's caption names, or None when it names none (then the section's)."""
    rest = _CONTINUATION_RE.sub("", _CAPTION_LABEL_RE.sub("", caption, count=1)).strip()
    if not rest or any(_NUMBERED_LABEL_RE.match(t) and header_roles(t)
                       for t in (strip_heading_number(caption).strip(), rest)):
        return None
    if _names_part_by_number(rest) or _names_goal_by_number(rest) or _NUMBERED_AREA_RE.match(rest):
        return None
    return _area_of_table(rest) or theme_name(caption)


# an area named by its label and number alone ('Fokusområde V', 'Insatsområde 2'): the caption
# counts the area, the section it is printed in names it
_NUMBERED_AREA_RE = re.compile(r"^[^\W\d_]*område(?:t|n)?\s+(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\.?$", re.I)
# what a caption's table holds, for a goal named by its label and number: 'för effektmål 3',
# 'för mål 2', 'inom delmål 1.1'
_FOR_GOAL_LABEL_RE = re.compile(r"\s+(?:för|inom|under|till)\s+(?:[^\W\d_]+\s+)?[^\W\d_]*(?:mål|målsättning)"
                                r"\s+\d{1,2}(?:\.\d{1,2})*\s*$", re.I)


def _names_goal_by_number(caption: str) -> bool:
    """'Resultatmål och insatser för effektmål 3', 'Åtgärder för mål 2': a caption saying in
    structure words what its table holds for a goal it names by number names no theme; the
    goal's section does."""
    m = _FOR_GOAL_LABEL_RE.search(caption)
    if not m:
        return False
    words = re.findall(r"[^\W\d_]+", caption[:m.start()])
    return bool(words) and all(header_roles(w) or w.lower() in ("och", "samt") for w in words)


def names_section(caption: str, section: str) -> bool:
    """A caption naming the section it is printed in, beside what the table is ('Programlogik
    – arbete och försörjning', 'Mål och åtgärder för barn och unga', 'Färdplan: Arbete och
    kompetens', 'Handlingsplan 2025–2028', the section's name in the genitive:
    'Social- och hälsovårdsförvaltningens delmål och åtgärder'): the caption names its table
    after the section, whose name (as its heading prints it) is the theme of the table's goals.
    The section's name is found whole, in any case, with a genitive 's' at most after it."""
    name = squash(section).casefold()
    if not name:
        return False
    text = squash(_CAPTION_LABEL_RE.sub("", caption, count=1)).casefold()
    # the name whole, and no conjunct of a longer one ('arbete och utbildning' names more
    # than a section 'Arbete')
    return re.search(rf"(?<!\w)(?<!\boch )(?<!\bsamt )(?<!, ){re.escape(name)}s?(?!\w)"
                     rf"(?!,? (?:och|samt) \w)(?!, \w)", text) is not None


def _area_of_table(caption: str) -> str | None:
    """The area a table's caption names before a dash and what the table holds, said in
    column words ('Boende – nuläge och önskat läge', 'Arbete – mål och åtgärder'), else None.
    Only a caption: a heading 'X – målsättningar' over a goal list is a part of its chapter,
    whose theme the goals take (golden Helsingfors)."""
    m = _NAME_THEN_LABEL_RE.match(strip_heading_number(caption))
    if not m:
        return None
    roles = header_roles(m.group("label"))
    if roles and set(roles) <= _STRUCTURE_ROLES and not header_roles(m.group("name")):
        return m.group("name").strip()
    return None


def _merged_text(row: list[str], merged: set[str]) -> str | None:
    """The text of a row merged across the table (its one filled cell, one of `merged`)."""
    filled = [x.strip() for x in row if x.strip()]
    return filled[0] if len(filled) == 1 and filled[0] in merged else None


def _glue_continuation_rows(rows: list[list[str]], pages: list[int],
                            merged: set[str] = frozenset()) -> tuple[list[list[str]], list[int]]:
    """Rows that only continue the row above (a table finder that cut a row at its line
    breaks: cells starting mid-sentence) are glued back to it. A row merged across the
    table (its one text in `merged`) is a whole row of its own: nothing is glued to it, and
    it is glued to nothing (a goal's sub-goal in the next merged row may start lower-case)."""

    def is_merged(row: list[str]) -> bool:
        return _merged_text(row, merged) is not None

    out: list[list[str]] = []
    out_pages: list[int] = []
    for row, page in zip(rows, pages):
        if out and continues_row(row, out[-1]) and not (is_merged(row) or is_merged(out[-1])):
            prev = out[-1]
            for c, cell in enumerate(row):
                if cell.strip() and c < len(prev):
                    prev[c] = f"{prev[c]}\n{cell}" if prev[c].strip() else cell
            continue
        out.append(list(row))
        out_pages.append(page)
    return out, out_pages


# a sentence whose subject is the goals themselves: 'Målen stöder ...', 'Dessa mål har ...'
_ABOUT_GOALS_RE = re.compile(r"^\s*(?:målen|målsättningarna|(?:dessa|de\s+här|alla)\s+(?:mål|målsättningar))\b",
                             re.I)
# the heading of a programme's introduction
# ... or a chapter asking why there is a programme ('Varför ett välkomstprogram?', 'Varför
# behövs ett integrationsprogram?'): the reasons for it, as an introduction gives them
_INTRODUCTION_RE = re.compile(r"^\s*(?:inledning|förord|introduktion|varför\b[^?]{0,40}program\w*\s*\??)\s*$", re.I)
# a sentence stating the vision ('Visionen är ett X där ...', 'Vår vision: ...', 'Stadens
# vision är ...'): the picture of the future the goals serve, said under 'Vision och mål'
# beside them; no goal of its own (no gold goal of the corpus or blind sets is a vision)
# (also dated, 'Vision 2028: ...')
# and of what, 'Visionen för programmet är: ...'
_VISION_RE = re.compile(r"^\s*(?:\w+\s+)?vision(?:en)?(?:\s+(?:19|20)\d\d|\s+för\s+\w+)?\s*(?:är\b|:)", re.I)
# the purpose of the programme ('Syftet med programmet är att samla ...'): in its
# introduction, what the document is for, which its chapters break down into goals (as
# `Builder._in_introduction` says of a wish there)
_PURPOSE_RE = re.compile(r"^\s*(?:\w+\s+)?syftet\b", re.I)


# '1.2 Integrationskoordinatorn', or '1.2' alone over the name a narrow cell wrapped below it
# 'för åtgärd 6.1' closing a follow-up item of running text: the action it follows up, named
_ACTION_TAIL_RE = re.compile(r"\s+(?:för|inom|av|i)\s+åtgärd(?:erna)?\s+\d{1,2}(?:\.\d{1,2})+\s*$", re.I)
_QUANTITY_HEAD = r"(?:antal|antalet|andel|andelen|mängd|mängden|nivå|nivån|grad|graden)\b"
# (or a chapter's code and a letter, 'V.a kansliet', as `action_codes.CHAPTER_CODE`)
_KEYED_LINE_RE = re.compile(rf"^\s*(\d{{1,2}}(?:\.\d{{1,2}})+|{CHAPTER_CODE})\.?(?:\s+(\S.*))?$")


def keyed_parts(text: str, numbers: list[str | None]) -> list[str] | None:
    """A cell beside numbered actions ('1.1 ...', '1.2 ...') that repeats their numbers
    ('1.1 Vuxeninstitutet' / '1.2 Integrationskoordinatorn', '1.1 Fortlöpande' / '1.2 2026'):
    its part for each action, in the actions' order and without the number, else None. A line
    without a number goes on the part above (a narrow cell wrapped it)."""
    if not text or len(numbers) < 1 or not all(numbers):
        return None
    parts: dict[str, list[str]] = {}
    last = None
    for ln in text.splitlines():
        m = _KEYED_LINE_RE.match(ln)
        if m and m.group(1) not in parts:
            last = m.group(1)
            parts[last] = [m.group(2).strip()] if m.group(2) else []
        elif last is not None and ln.strip():
            parts[last].append(ln.strip())
        elif ln.strip():
            return None  # text before the first number: not a keyed cell
    if set(parts) != set(numbers):
        return None
    return [" ".join(parts[n]) for n in numbers]


# a goal's code in front of a listed goal ('A1 alla barn ...'), by which an action table's goal
# column refers to it (`GoalLookup.goal_by_number`)
_CODED_ITEM_RE = re.compile(rf"^({LETTER_CODE})[.:)]?\s+(\S.*)$", re.S)


# the same with the object first, as Swedish puts it after a list: 'För åtgärderna (ovan)
# ansvarar X (tillsammans med Y)[, och de genomförs ...]'. The actors end at the sentence's
# full stop or where a second clause about the same actions begins (', och de genomförs').
_OWNER_FIRST_RE = re.compile(
    r"^för\s+(?:alla\s+|samtliga\s+|de\s+)?(?:åtgärderna|åtgärder(?:na)?\s+ovan|dessa(?:\s+åtgärder)?|insatserna)"
    r"(?:\s+ovan)?\s+(?:ansvarar|svarar)\s+(?P<who>.+?)"
    r"(?:,\s*(?:och|men|samt)\s+(?:de|dessa|åtgärderna|insatserna|den|det)\b.*|[.;]?\s*)$", re.I | re.S)
_NUMBER_WORDS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6}
# a cell naming a goal by its label and number ('Mål 2', 'Delmål 3') or by the section that
# states it ('Målsättningen i fokusområde 3.3', 'Målet för avsnitt 4.2'), perhaps with one of
# its actions after a comma ('Mål 2, svenskkurserna')
# the letters a compound's first part keeps of its stem ('förening' of 'föreningsbidrag' and
# 'föreningar'): fewer would join words that merely start alike ('integr...')
_COMPOUND_STEM = 7
_GOAL_BY_LABEL_RE = re.compile(
    r"^(?:(?:mål|delmål|målsättning)\s+(?P<num>\d{1,2}(?:\.\d{1,2})*)"
    r"|(?:målet|målsättningen|målen)\s+(?:i|för|under|inom)\s+(?:[^\W\d_]+\s+)?(?P<sec>\d{1,2}(?:\.\d{1,2})+))"
    r"\s*(?:,\s*(?P<what>[^,]+?))?\s*\.?$", re.I)


def names_list_owner(text: str) -> bool:
    """A paragraph opening with a sentence that gives who carries out the actions of the list
    above it ('X ansvarar för åtgärderna', 'Ansvariga för åtgärderna ovan är X', 'För
    åtgärderna ansvarar X')."""
    first = squash((sentences(text) or [text])[0])
    return bool(_OWNER_RE.match(first) or _OWNER_LAST_RE.match(first) or _OWNER_FIRST_RE.match(first))
# the document saying who carries out the actions of each chapter: the unit the chapter is
# about ('Åtgärderna i ett kapitel genomförs av den förvaltning som kapitlet gäller', 'För
# åtgärderna ansvarar den nämnd som avsnittet handlar om', 'Varje förvaltning ansvarar för
# åtgärderna i sitt kapitel'); the unit's noun is read, to know the headings that name one
_CHAPTER_DOER_RE = re.compile(
    r"\båtgärder(?:na)?\b[^.]*?\b(?:genomförs|utförs|verkställs|ansvarar)\b[^.]*?"
    r"\b(?:den|det|respektive)\s+(?P<unit>[^\W\d_]{4,})\s+(?:som|vars)\s+(?:kapitlet|avsnittet|kapitel|avsnitt)"
    r"\s+(?:gäller|handlar\s+om|beskriver|behandlar|är)\b"
    r"|\b(?:varje|respektive)\s+(?P<unit2>[^\W\d_]{4,})\s+(?:ansvarar\s+för|genomför)\s+(?:de\s+)?"
    r"åtgärder(?:na)?\s+i\s+sitt\s+(?:kapitel|avsnitt)\b", re.I)


def chapter_doer_unit(text: str) -> str | None:
    """The unit a sentence says carries out the actions of the chapter about it ('den
    förvaltning som kapitlet gäller' -> 'förvaltning'), else None."""
    m = _CHAPTER_DOER_RE.search(squash(text or ""))
    return (m.group("unit") or m.group("unit2")) if m else None


# the actions named by the section that prints them: 'Ansvarig för åtgärderna under 3.4 är X',
# '... i avsnitt 3.4 ...' -- said right after that section's list, so its list
_OWN_SECTION = r"(?:\s+(?:under|i|inom)\s+(?:avsnitt\s+)?\d{1,2}(?:\.\d{1,2})*)?"
_OWNER_RE = re.compile(
    r"^(?P<who>[A-ZÅÄÖ][^.:;]{2,100}?)\s+(?:ansvarar|svarar)\s+för\s+"
    # ... or for their being carried out: 'X ansvarar för att åtgärderna genomförs'
    r"(?:att\s+)?(?:alla\s+|samtliga\s+|de\s+)?"
    r"(?:(?P<n>två|tre|fyra|fem|sex|\d)\s+(?P<end>första|sista)\s+)?"
    r"(?:åtgärderna|åtgärder(?:na)?\s+ovan|dessa(?:\s+åtgärder)?|dem|insatserna)\b"
    r"(?P<rest>\s+(?:i\s+samarbete|i\s+samverkan|tillsammans)\s+med\s+[^.;]+)?", re.I)
# the same said with the actors last: 'Ansvarig för åtgärderna är X (i samarbete med Y).'
_OWNER_LAST_RE = re.compile(
    r"^(?:ansvarig|ansvariga|huvudansvarig)\s+för\s+(?:alla\s+|samtliga\s+)?"
    r"(?:åtgärderna|åtgärder(?:na)?\s+ovan|dessa(?:\s+åtgärder)?|insatserna)"
    rf"{_OWN_SECTION}\s+är\s+(?P<who>[^.;]+)", re.I)
# A goal given as a labelled field: 'Mål: ...', and the other labels programmes give a
# goal -- a compound of 'mål' / 'målsättning' ('Delmål', 'Effektmål', 'Huvudmålsättning'),
# the picture of the state aimed at ('Målbild', 'Målläge', 'Önskat läge', 'Eftersträvat
# läge', 'Önskad situation') -- with a year or a code after the label ('Önskat läge 2028:',
# 'Effektmål E1:'). The code names the goal: activities refer to it later ('(E1)'). An
# adjective may rank the goal ('Övergripande mål:', 'Långsiktigt mål:'), as 'Strategiskt mål
# 2:' does in a heading.
# ... or a goal's number and a letter, a sub-goal of goal 1 ('Delmål 1 a:', 'Delmål 2b:')
_GOAL_CODE = r"[A-ZÅÄÖ]{0,2}\d{1,2}(?:\.\d{1,2})*(?:\s?[a-zåäö](?!\w))?"
_GOAL_FIELD_RE = re.compile(
    r"^\s*(?P<label>(?:[^\W\d_]{3,}[aet]\s+)?(?:\w{3,}?)?(?:mål|målet|målsättning|målsättningen)"
    r"|målbild(?:en)?|målläge(?:t)?|tyngdpunkt(?:en)?"
    r"|(?:önskat|eftersträvat)\s+läge|önskad\s+situation"
    # the Finnish word, labelling the Swedish goal of a bilingual programme ('Tavoite 2: ...')
    r"|tavoite)"
    rf"(?:\s+(?P<code>(?:19|20)\d\d|{_GOAL_CODE}))?\s*:\s+(?P<text>\S.*)$", re.I | re.S)
# ... or by its number and a full stop, then a whole sentence ('Mål 2. Inflyttade kan ...
# inom två år.'), as a goal heading may print it ('Mål 2. ...', `prose.is_goal_heading`). A
# numbered name that is no sentence ('Mål 2. Barn och unga', an action plan's group row read
# by `_goal_in_group_card`) has no full stop of its own and is no goal field.
_NUMBERED_GOAL_FIELD_RE = re.compile(
    r"^\s*(?P<label>(?:[^\W\d_]{3,}[aet]\s+)?(?:\w{3,}?)?(?:mål|målsättning))"
    rf"\s+(?P<code>{_GOAL_CODE})\.\s+(?P<text>(?-i:[A-ZÅÄÖ])[^:]*\.)\s*$", re.I | re.S)
# ... or by a dotted number and no mark after it, then the goal ('Mål 1.1 Fler arbetssökande
# får arbete'): the dotted number is a goal's own (sub-goal 1 of goal 1), as a bare 'Mål 2
# Barn och unga' (a group's name, `_goal_in_group_card`) would not say
_DOTTED_GOAL_FIELD_RE = re.compile(
    r"^\s*(?P<label>(?:del)?mål|målsättning)\s+(?P<code>\d{1,2}(?:\.\d{1,2})+)\s+(?P<text>(?-i:[A-ZÅÄÖ])[^:]*)$",
    re.I | re.S)
# a speech or a court case is no goal ('Modersmål: arabiska')
_NOT_GOAL_LABELS = frozenset(("modersmål", "talmål", "skriftmål", "riksmål", "brottmål", "tvistemål",
                              "rättegångsmål"))


# a label after the end of a sentence ('. Tema: ...'): a few words and a colon
_NEXT_LABEL_RE = re.compile(r"(?<=[.;])\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,3}:(?=\s|$)")


def dotted_goal_label(text: str) -> tuple[str, str] | None:
    """(code, goal) of a text opening with a goal label and a dotted number with no mark
    after it ('Mål 3.1 Fler invånare deltar ...' -> ('3.1', 'Fler invånare deltar ...')),
    as a goal cell may print it too; else None."""
    m = _DOTTED_GOAL_FIELD_RE.match(text)
    return (m.group("code"), squash(m.group("text")).rstrip(".").strip()) if m else None


# a paragraph of one numbered field under a label that is no goal's, action's or record's
# ('Strategi 1: Invandrare har en stadig förankring i arbetslivet'): a level of the
# programme's own, the parent of the goals numbered under it ('Mål 1.1 ...', `_numbered_parent`)
_NUMBERED_LEVEL_RE = re.compile(r"^\s*(?P<label>[A-ZÅÄÖ][a-zåäö]{3,})\s+(?P<num>\d{1,2})\s*:\s+"
                                r"(?P<text>[A-ZÅÄÖ][^:]*)$", re.S)


def numbered_level(text: str) -> tuple[str, str] | None:
    """(number, text) of a paragraph 'Strategi 1: ...' whose label names none of the fields a
    record or an action has, nor a goal ('Åtgärd 1:', 'Ansvar:', 'Mål 1:' are read as such);
    else None."""
    m = _NUMBERED_LEVEL_RE.match(text)
    if not m or header_roles(m.group("label")) or names_actions(m.group("label")) \
            or _GOAL_FIELD_RE.match(text) or CAPTION_RE.match(text) or len(sentences(m.group("text"))) != 1:
        return None
    return m.group("num"), squash(m.group("text")).rstrip(".").strip()


def goal_field(text: str) -> tuple[str, str | None] | None:
    """(goal, code) of a paragraph made of one goal field, 'Mål: Invånarna får ...',
    'Önskat läge 2028: ...', 'Effektmål E1: ...' (the goal without its full stop; the code
    'E1', None for none or a year), else None."""
    m = _GOAL_FIELD_RE.match(text) or _NUMBERED_GOAL_FIELD_RE.match(text) or _DOTTED_GOAL_FIELD_RE.match(text)
    if not m or m.group("label").lower() in _NOT_GOAL_LABELS or len(fields(text) or []) > 1:
        return None  # 'Mål: ... Ansvar: ...' is a record (records.py), not a goal alone
    # a further label after the goal's full stop, of a field the records do not read ('Mål:
    # Fler ... arbete. Tema: Arbete'), starts a field of its own: it ends the goal
    value = _NEXT_LABEL_RE.split(squash(m.group("text")), maxsplit=1)[0]
    if ":" in value[:40]:
        return None  # 'Mål: ... Ansvar: ...' is a record (records.py), not a goal alone
    # the goal is the field's first sentence: a sentence after it says something about the
    # goal (who provides the service, why), as text under a goal heading would
    goal = (sentences(value) or [value])[0].rstrip(".").strip()
    code = m.group("code")
    if code and re.fullmatch(r"(?:19|20)\d\d", code):
        code = None  # 'Önskat läge 2028:' dates the goal
    return (goal, code) if goal else None


# A code opening a list item or a cell, 'R1: ...', 'A5. ...' (letters and a number, a
# colon or a full stop), and a reference to a coded goal closing it, '... (R3)'
_LABEL_CODE = r"[A-ZÅÄÖ]{1,2}\d{1,2}(?:\.\d{1,2})*"
_CODE_LABEL_RE = re.compile(rf"^\s*(?P<code>{_LABEL_CODE})\s*[:.]\s+(?P<text>\S.*)$", re.S)
_GOAL_REF_RE = re.compile(rf"\s*\((?P<code>{_LABEL_CODE})\)\s*[.;]?\s*$")


def coded_item(text: str) -> tuple[str, str] | None:
    """(code, text) of an item opening with its code ('R1: Fler nyanlända ...'), else None."""
    m = _CODE_LABEL_RE.match(text)
    return (m.group("code"), m.group("text").strip()) if m else None


_DASH_ONLY_RE = re.compile(r"^\s*[–—-]\s*$")
_ACTOR_ROLES = frozenset(("responsible", "actors", "partners"))


def _label_line_kind(text: str) -> str | None:
    """'measure' or 'indicator' for a paragraph that is only a label naming what the list
    under it holds ('Åtgärder', 'Mätare'): a run-in heading printed in body type, which
    introduces its list as 'Åtgärder:' does. A label names one role in at most three words
    and ends in no punctuation (a sentence, or an intro ending in ':', is read as such)."""
    text = squash(text)
    if text.endswith("?") and len(words(text)) <= QUESTION_WORDS:
        # a question asking how one knows heads its list of indicators as a column's header
        # would ('Hur vet vi att vi lyckats?'); other questions over a list are asked of
        # the reader ('Hur länge har du bott i kommunen?' over the answers of a survey)
        return "indicator" if header_roles(text) == ["indicator"] else None
    if not text or len(words(text)) > 3 or text[-1] in ".!?:;,":
        return None
    roles = header_roles(text)
    return roles[0] if roles in (["measure"], ["indicator"]) else None


def labelled_item(text: str) -> tuple[str, str, str | None] | None:
    """('goal', goal, code) of a text that is a labelled goal ('Mål 1: Nya invånare ...',
    also behind an action number a print gave it, '1.1 Mål 1: ...'), ('indicator', text,
    None) of a labelled indicator ('Mätare: antal besök ...'), else None."""
    text = NUMBERED_RE.sub("", text, count=1)
    gf = goal_field(text)
    if gf:
        return "goal", gf[0], gf[1]
    fs = fields(text)
    if fs and len(fs) == 1 and fs[0][0] == "indicator" and fs[0][2]:
        return "indicator", squash(fs[0][2]).rstrip(".").strip(), None
    return None


# an intro naming sub-goals: 'Delmål:', 'Delmålen är:'
# 'Delmål: ...' and 'Tyngdpunkt: ...' (a focus of the goal stated above it, as numbered
# 'Tyngdpunkt 1.1' is of goal 1) are parts of the section's goal, no goals beside it
_SUB_GOAL_INTRO_RE = re.compile(r"^\s*(?:delmål|tyngdpunkt)", re.I)


# a field label of follow-up ('Uppföljning', 'Uppföljning av mål 3'), no meter of one action
_FOLLOW_UP_LABEL_RE = re.compile(r"^\s*(?:uppföljning|utvärdering)", re.I)


# a follow-up label naming its goal by label and number: 'Uppföljning av (strategiskt) mål 3:',
# and so an indicator label ('Indikator för mål 5:', 'Mätare för delmål 2.1:'): the number
# names the goal the field is of, it makes the label no less a label
_FOLLOW_UP_OF_GOAL_RE = re.compile(r"^\s*(?:uppföljning|utvärdering|indikator(?:er|n|erna)?|mätare(?:n|na)?|"
                                   r"mått(?:en)?)\s+(?:av|för)\s+(?:[^\W\d_]+\s+)?"
                                   r"(?:mål|delmål|målsättning)\s+(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*:\s+(?P<rest>\S.*)$",
                                   re.I | re.S)


# a heading's closing reference to one goal by label and number: '... för strategiskt mål 3'
# (a goal's number with a letter too, 'Åtgärder för mål 3a': one of two goals of an area
# printed as 'Mål 3a:' and 'Mål 3b:')
_FOR_GOAL_NUMBER_RE = re.compile(r"\b(?:för|inom|under|till)\s+(?:[^\W\d_]+\s+)?(?:mål|delmål|målsättning)\s+"
                                 r"(\d{1,2}(?:\.\d{1,2})*(?:\s?[a-zåäö](?!\w))?)\s*$", re.I)
# ... or in a closing parenthesis, by number or code: 'Åtgärder för gemenskap (mål G1)'
_GOAL_IN_PARENTHESIS_RE = re.compile(rf"\((?:mål|delmål|målsättning)\s+(\d{{1,2}}(?:\.\d{{1,2}})*|{LETTER_CODE})\)\s*$",
                                     re.I)


# an item labelled as a sub-goal by its number: 'Tyngdpunkt 1.1: ...', 'Delmål 2.1 – ...'
_SUB_GOAL_ITEM_RE = re.compile(r"^\s*(?:delmål|tyngdpunkt)\s+(?P<code>\d{1,2}(?:\.\d{1,2})*)\s*[:.–-]\s+(?P<text>\S.*)$",
                               re.I | re.S)


# a goal's label and number alone in a cell: 'Mål 3', 'Delmål 2.1:'
_BARE_GOAL_LABEL_RE = re.compile(rf"^\s*(?:del|huvud)?(?:mål|målsättning)\s+(?P<code>{_GOAL_CODE})\s*[.:]?\s*$", re.I)


def _own_goal_number(heading: str) -> str | None:
    """The number a goal heading's text opens with when it differs from the label's ('Mål 1:
    5. Äldre inflyttade ...' -> '5'), else None."""
    outer = goal_heading_number(heading)
    # the text after the label, past a section number in front of it ('3.1 Mål 1 – ...')
    label = GOAL_LABEL_RE.match(NUMBERED_RE.sub("", heading, count=1))
    inner = numbering(label.string[label.end():]) if outer and label else None
    return inner if inner and inner != outer else None


# a heading of a goal's label and number alone: 'Tyngdpunkt 2.1', 'Mål 3', 'Delmål 1.2:'
_BARE_HEADING_LABEL_RE = re.compile(r"^\s*(?P<label>(?:[^\W\d_]+\s+)?(?:mål|målsättning|delmål|tyngdpunkt))\s+"
                                    r"(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*[.:]?\s*$", re.I)


def _goal_label_rows(rows: list[list[str]]) -> list[list[str]]:
    """Goal rows of an action table whose number column holds the goal's label ('Nr':
    'Mål 3', 'Åtgärd': the goal, the other cells empty), as the one labelled cell a word
    processor's section row gives ('Mål 3: ...'), so each is read as the goal heading the
    action rows below; other rows as they are. The 'Mål 3' in the column that numbers the
    actions says the text beside it is a goal, not an action. A cell repeating the row
    above is none of the row's own (a print that fills every cell 'as above', as
    `Builder._field_rows` reads a labelled goal row)."""
    out: list[list[str]] = []
    above: list[str] = []
    for row in rows:
        own = [c for c, x in enumerate(row)
               if x.strip() and not (c < len(above) and squash(above[c]) == squash(x))]
        labels = [c for c in own if _BARE_GOAL_LABEL_RE.match(row[c])]
        text = next((row[c].strip() for c in own if c not in labels), "")
        if len(own) == 2 and len(labels) == 1 and any(ch.isalpha() for ch in text):
            # a record prints the number as a field after the text ('Åtgärd: ...' / 'Nr: Mål 3')
            joined = [""] * len(row)
            joined[own[0]] = f"{squash(row[labels[0]]).rstrip('.:')}: {text}"
            out.append(joined)
        else:
            out.append(row)
        above = row
    return out


# a person and their role, 'Maria Kentala, integrationskoordinator (sammankallare)', 'Anna
# Berg och Ali Omar, invånarrepresentanter': names (capitalised words) then a lower-case role
_NAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
_PERSON_ITEM_RE = re.compile(rf"^{_NAME}(?:\s+{_NAME})+(?:\s+och\s+{_NAME}(?:\s+{_NAME})+)?,\s+[a-zåäö]")


# the municipality as a whole, the subject of its programme's sentences ('Kommunen erbjuder ...')
_MUNICIPALITY_RE = re.compile(r"^(?:kommunen|staden)$", re.I)


def _without_source(indicator: str) -> str:
    """An indicator item without its closing parenthesis of who gives the figure and how
    often ('arbetslösheten bland utrikes medborgare (Statistikcentralen, årligen)'): where
    the figure comes from, as an action's actor parenthesis is who does it."""
    cut = source_parenthesis_start(indicator)
    return indicator[:cut].rstrip() if cut is not None else indicator


def _lists_naming_doers(elements: list[Element]) -> set[int]:
    """The indices of the bullets of every list (a run of bullets) where at least one item
    ends in who does it ('... (biblioteket, 2025).', '... Ansvar: kansliet.')."""
    out: set[int] = set()
    i = 0
    while i < len(elements):
        j = i
        while j < len(elements) and elements[j].kind == "bullet":
            j += 1
        if j > i and any(trailing_fields(_item_text(el.text)) or trailing_actors(_item_text(el.text)) is not None
                         for el in elements[i:j]):
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def _item_text(text: str) -> str:
    return strip_marker(text) if BULLET_RE.match(text) else text


def _people_lists(elements: list[Element]) -> set[int]:
    """Indices of the items of lists of people ('• Maria Kentala, integrationskoordinator',
    a working group or a contact list): at least three items in a row, each a name and a
    role. Such a list names who wrote or runs the programme, not actions, whatever heading
    it sits under (a working group set as a sub-section of the action chapter)."""
    out: set[int] = set()
    run: list[int] = []
    for i, el in enumerate(elements + [None]):
        if el is not None and el.kind == "bullet" and BULLET_RE.match(el.text):
            run.append(i)
            continue
        if len(run) >= 3 and all(_PERSON_ITEM_RE.match(strip_marker(elements[k].text)) for k in run):
            out.update(run)
        run = []
    return out


# a paragraph opening with the name of what it describes, a short phrase and a full stop
# ('Språkcaféer. Biblioteket ordnar ...'): the name, then the sentence about it
_LEAD_PHRASE_RE = re.compile(r"^\s*(?P<lead>[A-ZÅÄÖ][^.!?:;()\d]{1,60}?)\.\s+(?P<rest>[A-ZÅÄÖ].*\S)\s*$", re.S)


def _lead_phrase(text: str) -> tuple[str, str] | None:
    """(name, the text after it) of a paragraph opening with a name of one to six words and
    a full stop, else None."""
    m = _LEAD_PHRASE_RE.match(text)
    if not m or len(m.group("lead").split()) > 6:
        return None
    return m.group("lead"), m.group("rest")


def _lead_phrase_runs(elements: list[Element]) -> set[int]:
    """Indices of paragraphs that each open with a name ('Välkomstmöte. Kommunkansliet
    bjuder ...'), two or more in a row: a section describing its items one paragraph each,
    each named by its first words (a bold lead word in print)."""
    out: set[int] = set()
    run: list[int] = []
    for i, el in enumerate(elements + [None]):
        if el is not None and el.kind == "para" and _lead_phrase(el.text):
            run.append(i)
            continue
        if len(run) >= 2:
            out.update(run)
        run = []
    return out


# the finite verb of a main clause in the present tense ('ordnar', 'bjuder', 'ger', 'tar')
_PRESENT_VERB_RE = re.compile(r"^[a-zåäö]+r$|^(?:ska|skall|kan|är)$")


def _subject_actors(sentence: str) -> list[str]:
    """The actors a sentence names as its subject, the words before its finite verb
    ('Daghemmen och skolan håller ...' -> Daghemmen, skolan; 'Kommunens enheter tar ...'),
    [] when the subject names no actor ('Alla elever som behöver det får ...'). The word
    after a genitive or after 'och' is still the subject's."""
    toks = sentence.split()
    for k in range(1, min(len(toks), 8)):
        prev, w = toks[k - 1].strip(",;"), toks[k].strip(",;")
        if prev.lower() in ("och", "samt") or (prev.endswith("s") and not prev.endswith("ss")) or w[:1].isupper():
            continue
        if _PRESENT_VERB_RE.match(w):
            subject = " ".join(toks[:k])
            return split_actors(subject, "responsible")[0] if names_actor(subject) else []
        if w.lower() in ("som", "att", "med", "i", "på", "för"):
            return []
    return []


# what a section's actions serve: 'Åtgärderna nedan stöder mål 2.', '... och bidrar till mål 4'
_SUPPORTS_GOAL_RE = re.compile(r"^\s*(?:de\s+)?åtgärder(?:na)?\b[^.]*?\b(?:stöder|bidrar\s+till|gäller|hör\s+till)"
                               r"\s+mål(?:en|et)?\s+(?:nr\.?\s+)?(?P<num>\d{1,2})\b", re.I)


def _unfinished_follow_up(text: str) -> str | None:
    """'indicator' for a paragraph whose last sentence breaks off into the list under it
    and says what follows up ('Hur det går följs upp med' / '• antalet ...'): it is the list's
    intro as it would be with a ':', each item finishing the sentence with one indicator."""
    sents = sentences(text)
    if not sents or re.search(r"[.!?:;…)\"”]\s*$", sents[-1]):
        return None
    return "indicator" if intro_kind(sents[-1].rstrip() + ":") == "indicator" else None


def _goal_then_unfinished(sents: list[str]) -> bool:
    """A paragraph that states a goal and then breaks off mid-sentence ('Vi vill att ... .
    Därför', 'Målsättning 4 är att ... . Under programperioden'): the list after it finishes
    that sentence, one item each, so it says what is done for the goal. Its last sentence
    has no closing mark (a paragraph introducing a list otherwise ends in ':') and is not
    the goal sentence itself cut off ('Målet är att' over a list of goals)."""
    if len(sents) < 2 or re.search(r"[.!?:;…)\"”]\s*$", sents[-1]) or is_goal_sentence(sents[-1], False):
        return False
    return any(is_goal_sentence(s, opens_paragraph=k == 0) for k, s in enumerate(sents[:-1]))


def _semicolon_parts(indicator: str) -> list[str]:
    """An indicator cell's item that lists several measures with ';' ('Antal deltagare;
    deltagarnas bedömning av träffen', noun phrases without a full stop): one indicator
    each. A sentence keeps its ';' ('Personer som inte tagit emot sin plats; uppgifter enligt
    grundskolans placeringskommun.': a note on the figure, as a footnote gives it)."""
    text = squash(indicator)
    parts = [p.strip() for p in text.split(";")]
    if (len(parts) < 2 or text.endswith(".") or len(sentences(text)) > 1
            or any(len(p.split()) < 2 for p in parts)):
        return [indicator]
    return parts


def _counts_of(indicator: str) -> list[str]:
    """An indicator cell's item as the counts it lists ('antal X, antal Y och antal Z', as a
    'Mätare:' line under a list of actions gives them), else the item as it is."""
    counts = count_list(indicator)
    return counts if len(counts) > 1 else [indicator]


# a cell that names a goal by its number alone ('Mål 3', 'Delmål 2.1')
_ACTION_NUMBER_RE = re.compile(r"\d+(?:\.\d+)+")


def _refers_by_number(text: str) -> bool:
    """A cell of action numbers only ('4.1.1–4.1.3', '2.1, 2.2'): no word names an action."""
    return any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text)


# a cell naming actions by the label and numbers they were printed with ('Åtgärd 7',
# 'Åtgärd 8–9', 'Åtgärderna 3 och 4', 'Insats 2, 5'): only numbers after the label
_ACTION_LABEL_REF_RE = re.compile(
    r"^(?:åtgärd(?:erna|er)?|insats(?:erna|er)?)\s+(?P<nums>\d{1,2}(?:\.\d{1,2})*"
    r"(?:\s*(?:[–-]|,|och|samt)\s*\d{1,2}(?:\.\d{1,2})*)*)$", re.I)


def labelled_action_numbers(text: str) -> list[str] | None:
    """The action numbers a cell names after the word for an action ('Åtgärd 8–9' -> ['8',
    '9'], 'Åtgärd 4.2' -> ['4.2'], 'Åtgärderna 3 och 5' -> ['3', '5']): a range of whole
    numbers is each number in it. None for a cell that states an action."""
    # an item number a print gave the row ('6.1 Åtgärd 1') is no part of the reference
    m = _ACTION_LABEL_REF_RE.match(NUMBERED_RE.sub("", squash(text or ""), count=1).rstrip("."))
    if not m:
        return None
    nums: list[str] = []
    for part in re.split(r"\s*(?:,|och|samt)\s*", m.group("nums")):
        ends = [e.strip() for e in re.split(r"[–-]", part)]
        if len(ends) == 2 and ends[0].isdigit() and ends[1].isdigit() and int(ends[0]) < int(ends[1]):
            nums += [str(k) for k in range(int(ends[0]), int(ends[1]) + 1)]
        else:
            nums += ends
    return nums


def _follows_up_indicators(roles: dict[int, str]) -> bool:
    """A table of indicators and the goals they follow up, with no action column ('Mål' |
    'Indikator' | 'Läge 2025' | 'Status 2025'): its status column says how the programme's
    own indicators stand (a traffic light, 'grön' / 'gul' / 'röd'), it reports on no
    earlier plan's measures; its indicators are the programme's."""
    vals = set(roles.values())
    return "indicator" in vals and "measure" not in vals


def headers_of(t, n_hdr: int) -> list[str]:
    return [" ".join(r[c] for r in t.rows[:n_hdr] if c < len(r)) for c in range(t.n_cols)]


def transposed(t):
    """A table printed on its side, one column per goal ('| Mål 1: X | Mål 2: Y') and one row
    per role, each row led by its role's label ('Åtgärder', 'Ansvar', 'Tidtabell', 'Mätare'):
    turned so that each goal is a row and each role a column, as the builder reads tables.
    Two labelled rows at least, naming distinct roles, one of them actions or indicators; the
    top-left cell is blank and every other header cell is a goal field ('Mål 1: ...'). Such
    a table read as printed would take its row labels for goals. None for any other table."""
    if t.n_cols < 2 or len(t.rows) < 3 or (t.rows[0][0] or "").strip():
        return None
    labels = [squash(r[0]) if r else "" for r in t.rows[1:]]
    roles = [header_role(x) if x and is_label_cell(x) else None for x in labels]
    if None in roles or len(set(roles)) != len(roles) or not set(roles) & {"measure", "indicator"} \
            or "goal" in roles:
        return None
    heads = [squash(x) for x in t.rows[0][1:]]
    if not all(x and goal_field(x) for x in heads):
        return None
    cell = lambda r, c: t.rows[r][c] if c < len(t.rows[r]) else ""  # noqa: E731
    rows = [["Mål", *labels]] + [[heads[c - 1], *(cell(r, c) for r in range(1, len(t.rows)))]
                                 for c in range(1, t.n_cols)]
    # each row is one printed column, whole by construction: none continues the row above
    return t.model_copy(update={"rows": rows, "header_rows": 1, "spans": [], "method": "transposed"})


def _speaks_of_indicators(item: str) -> bool:
    """An item opening on the indicators (or the follow-up) named by a definite noun
    ('Mätarna i tabellen nedan följs upp ...', 'Indikatorerna redovisas ...',
    'Uppföljningen görs ...'): a sentence about them, not one of them."""
    first = re.match(r"[^\W\d_]+", item.strip())
    if not first or len(item.split()) < 3:
        return False
    word = first.group()
    return word[:1].isupper() and header_role(word) == "indicator" and fold(word.lower()).endswith(("na", "en"))


def _fill_unnamed_leading(roles: dict[int, str], headers: list[str], rows: list[list[str]]) -> dict[int, str]:
    """Leading columns with a blank header in a table that names neither goals nor measures
    (header 'Ansvarsinstans | Samarbetspartner | Uppföljning' over two unnamed columns, the
    theme printed as the table's title): the columns before the first named one carry the
    row's intent. Two or more: the first is the goal (the area of intent), the next the
    measure; one alone is the measure."""
    kinds = set(roles.values())
    if not roles or kinds & {"goal", "measure"} or not kinds & {"indicator", "responsible", "actors", "partners"}:
        return roles
    first = min(roles)
    lead = [c for c in range(first) if not (headers[c] or "").strip()
            and any(c < len(r) and r[c].strip() for r in rows)]
    if len(lead) != first or not lead:
        return roles
    out = dict(roles)
    if len(lead) >= 2:
        out[lead[0]], out[lead[1]] = "goal", "measure"
    else:
        out[lead[0]] = "measure"
    return out


def _unnamed(t) -> bool:
    """The table's header rows (or, without any, its first row) name at most one role: a
    cell of content may hold a role word ('Uppföljning av bostadsbyggandet', two cells
    mentioning 'aktiviteter'), a header names its columns ('Datum | Händelse | Ansvarig')."""
    if not t.rows:
        return False
    head = headers_of(t, t.header_rows) if t.header_rows else list(t.rows[0])
    return all(len(set(label_columns(r).values())) <= 1 for r in (head, list(t.rows[0])))



def as_printed(item: str | None) -> str | None:
    """An item as printed, for `Measure.printed`: its final full stop dropped, as the
    writers drop it from a measure's text ('... (kansliet, 2025).' -> '... (kansliet,
    2025)'); None stays None (nothing was cut)."""
    return item.rstrip().rstrip(".").rstrip() or None if item else None


# a run-in label of a few words before a colon ('Så följer vi upp: ...')
_RUN_IN_LABEL_RE = re.compile(r"^\s*([A-ZÅÄÖ][^:.;]{2,40}):\s+(\S.*)$", re.S)


def _follow_up_phrase_field(text: str) -> list[tuple[str, str, str]] | None:
    """[('indicator', label, value)] of a paragraph run in by a phrase saying how progress is
    followed up ('Så följer vi upp: antal X; antal Y.'): the phrase names the role as a whole
    (`headers.header_role`), though its words are more than a field label qualifies its
    structure word with (`records.fields`); else None."""
    m = _RUN_IN_LABEL_RE.match(squash(text))
    if not m or len(m.group(1).split()) > SHORT_HEADER or header_role(m.group(1)) != "indicator":
        return None
    return [("indicator", m.group(1), m.group(2))]


def _listed_items(elements: list[Element]) -> list[str]:
    """The texts of the document's list items, in lists and in the cells of tables (a list
    with its fields under it is read as a record's cell, `records`)."""
    out = [el.text for el in elements if el.kind == "bullet"]
    for el in elements:
        if el.kind == "table" and el.table is not None:
            out += [txt for row in el.table.rows for cell in row for txt, _ in split_marked_items(cell or "")[1]]
    return out


def _without_tail(item: str) -> str:
    """A list item without the who/when tail closing it (`actors.tail_start`: '(ansvar: X)',
    '– X, 2025', an actor parenthesis), and without the comma or dash that set it off: the
    action. The item itself when it has none."""
    cut = tail_start(item)
    return item if cut is None else item[:cut].rstrip(" \t\n,;–—")


def _names_its_doer(el: Element) -> bool:
    """An action printed with who carries it out: a list item with a who/when tail, or a
    paragraph stating an action whose next sentence is a field or clause naming the doer
    ('Ansvarig är X ...', 'Ansvar: X.')."""
    if el.kind == "bullet":
        item = strip_marker(el.text) if BULLET_RE.match(el.text) else el.text
        return trailing_fields(item) is not None or bool(trailing_actors(item) and trailing_actors(item)[0])
    if el.kind != "para":
        return False
    sents = sentences(el.text)
    if len(sents) < 2:
        return False
    said = _owner_sentences(sents[1:])
    return said is not None and (prose_action(sents[0]) is not None or said[3])


def _owner_sentences(sents: list[str]) -> tuple[list[str], list[str], str | None, bool] | None:
    """(responsible, partners, time, answerable named) of the sentences after an action
    sentence when each of them says who answers for it or when -- a field ('Ansvar: X.',
    'Tidtabell: 2026.') or a sentence naming the doer ('Ansvarig är X i samarbete med Y',
    'Kursen ordnas av X från hösten 2025', `owner_said_after`) -- and one names a
    responsible. `answerable named`: a field or 'Ansvarig är X' says in so many words that
    X answers for the sentence above (a passive agent only says who carries out a thing).
    None when a sentence says anything else (a description goes on)."""
    resp: list[str] = []
    partners: list[str] = []
    when: str | None = None
    as_field = False
    for s in sents:
        fs = fields(s)
        if fs:
            r, p, w = _field_actors(fs)
            as_field = as_field or bool(r)
        else:
            found = owner_said_after(s)
            if found is None:
                return None
            (r, p), w = split_actors(found[0]), found[1]
            if r and not all(names_actor(n) or names_post(n) for n in r):
                return None
            as_field = as_field or (bool(r) and names_responsible(s))
        resp, partners, when = resp or r, partners or p, when or w
    return (resp, partners, when, as_field) if resp else None


def _sentence_opens_with_capital(sentence: str) -> bool:
    return sentence.lstrip()[:1].isupper()


# 'Arbete och sysselsättning', 'Hälsa, välfärd och fritid', 'Boende': single words joined
# by 'och' / 'samt' / commas -- how a theme is named; a goal names what is to change, with
# a verb or an object ('Öka kompetensen inom integration')
_TITLE_OF_NOUNS_RE = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)?(?:(?:,\s*|\s+(?:och|samt)\s+)[^\W\d_]+(?:-[^\W\d_]+)?){0,3}$")


def is_title_of_nouns(text: str) -> bool:
    """A theme's name: one word, or single words joined by 'och', 'samt' or commas; also set
    in capitals ('SPRÅK OCH UTBILDNING'), as theme rows and headings often are."""
    t = squash(text).rstrip(".")
    return bool(_TITLE_OF_NOUNS_RE.match(t.lower() if t.isupper() else t))


def _titles_goals_below(goal_texts: list[tuple[int, str]], rows: list[list[str]], k: int) -> bool:
    """A row whose one text, in a goal column, is a theme's name (`is_title_of_nouns`, no
    goal label) and whose next row states a goal in that column (more words than a title):
    the title of the goals below. A goal heading the rows below ('Öka kompetensen inom
    integration' over its sub-goals) names what is to change, and stays a goal."""
    if len(goal_texts) != 1 or k + 1 >= len(rows):
        return False
    c, text = goal_texts[0]
    # a lettered theme ('A. SPRÅK OCH UTBILDNING') is titled by its name (`theme_rows`)
    text = without_theme_letter(text)
    if not is_title_of_nouns(text) or is_goal_heading(text):
        return False
    below = squash(rows[k + 1][c]) if c < len(rows[k + 1]) else ""
    return len(words(below)) > 4


def _field_actors(fs: list[tuple[str, str, str]]) -> tuple[list[str], list[str], str | None]:
    """(responsible, partners, schedule) of labelled fields ('Ansvar: X i samarbete med Y',
    'Tidtabell: 2022')."""
    resp: list[str] = []
    partners: list[str] = []
    when = None
    for role, _, value in fs:
        if role in ("partners", "responsible", "actors"):
            value = without_action_key(value)  # 'Ansvarig: V.b kulturbyrån' (`action_codes`)
        if role == "partners":
            partners += split_actors(value, "partners")[1]
        elif role in ("responsible", "actors"):
            r, p = split_actors(value)
            resp += r
            partners += p
        elif role == "schedule":
            when = when or value
    return resp, partners, when

# Tables of a text dump (tab-separated rows, HTML cells without paragraphs): a cell is one
# line however many lines the print gave it, so a cell of indicators listed one per line
# arrives as sentences run together.
_LINELESS_TABLES = ("tsv", "html")


def _sentence_lines(cell: str) -> str:
    """A cell's sentences one per line, for a cell whose printed line breaks were lost; lines
    it has (an HTML cell's paragraphs) stay where they are."""
    return "\n".join(s for ln in cell.split("\n") for s in sentences(ln))


@dataclass
class Head:
    level: int
    text: str
    section: str
    kind: str | None  # 'goal' | 'measure' | 'indicator' | None (what the heading announces)
    number: str | None
    goal_id: str | None = None  # the heading is itself a goal
    measure_group: bool = False  # a numbered group heading following 'Åtgärder' at its level
    caption: bool = False  # a numbered caption right over its table ('Tabell 2. ...')
    unit: str | None = None  # the heading names the unit responsible for the actions under it
    earlier: bool = False  # the heading is about an earlier period (prose.about_earlier_period)
    restated: bool = False  # the programme told again in easy-to-read language (titled_items)
    names_stated_goal: bool = False  # a goal heading naming a goal the programme stated earlier
    no_goal: bool = False  # a goal heading whose goal is a dash ('Mål 9: –'): what is under it serves none
    # the goals read under an earlier sibling heading that announced them ('Vårt mål', 'Vad
    # vill vi uppnå?'), no other goal heading between: the goals of the chapter this heading
    # goes on (`Builder._goals_of_sibling_heading`)
    sibling_goals: list[str] = field(default_factory=list)


@dataclass
class PendingAction:
    """A sentence of running text that states an action, after a goal stated in the text of
    its section: a measure of that goal if the programme gives its measures in no other way."""
    goal: str
    action: ProseAction
    page: int
    section: str | None
    theme: str | None


@dataclass
class Built:
    sections: list[Section] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    # bookkeeping for merge.py
    measure_number: dict[str, str] = field(default_factory=dict)
    measure_from_table: set[str] = field(default_factory=set)
    goal_from_table: set[str] = field(default_factory=set)
    goal_from_heading: set[str] = field(default_factory=set)  # headings that are goals ('Mål 1: ...')
    measure_table: dict[str, int] = field(default_factory=dict)  # measure -> ordinal of its table


class Builder:
    def __init__(self, own_start: int | None = None) -> None:
        """`own_start`: the first year of the programme's own period (metadata), if known."""
        self.b = Built()
        self.defined: dict[str, str] = {}  # set by run: the reading guide's roles of its words
        self.own_start = own_start
        self.stack: list[Head] = []
        self._answer_paragraph = None  # the goal under a resident's question (`resident_questions`)
        self._answer_rest = ""  # ... and the sentences after it in the same paragraph
        self._seq = 0  # order of goal lists and stated goals: the later one heads what follows
        self._list_seq = 0
        self._last_goal_list: list[str] = []
        self.list_mode: str | None = None  # what bullets after an intro paragraph are
        self.list_intro = False  # the latest paragraph introduced a list (ends in ':')
        self.list_continues = False  # ... with a sentence its items finish (no ':', no full stop)
        self._follow_up_goal: str | None = None  # the goal a follow-up's 'Mål 1:' label names
        self.group_had_items = False
        self.list_measures: list[str] = []  # the measures of the latest list since a heading
        # the items of this section's lists that name no doer in a field or tail, with
        # the actors their subject names ([] when none)
        self.subject_doers: dict[str, list[str]] = {}
        # an item of those lists closed with its doer and time in parentheses, '(X, 2026)'
        self._doer_in_parenthesis = False
        self._goal_heading_actions = False  # a list of actions came right under a goal heading
        self._doers_listed: set[int] = set()  # bullets of a list where an item names its doer
        self._in_doers_list = False  # the bullet read now is one of them
        # the section whose text said that each paragraph under its headings opens with its
        # goal and goes on with the actions ('Under varje rubrik inleds stycket med målet')
        self._lead_goal_scope: str | None = None
        self._taken_fields: Element | None = None  # a fields paragraph read with the one above
        # goals stated in a section's running text ('Målet är att ...', 'Mål: ...'): the
        # goals of the measures and indicators listed further down in that section
        self.stated_goals: dict[str, list[str]] = {}
        self.numbered_goals: dict[str, str] = {}  # '2' -> the goal listed as '2. ...' 
        self.goal_heading_numbers: dict[str, str] = {}  # '2' -> the goal headed 'Mål 2: ...' 
        # 'A1' -> (text, page, theme) of a list item 'A1 alla barn ...' read as nothing yet:
        # the goal an action table's goal column names by that code
        self.coded_items: dict[str, tuple[str, int, str | None]] = {}
        self._stated_seq: dict[str, int] = {}
        self.coded_goals: dict[str, str] = {}  # 'R3' -> the goal printed as 'R3: ...'
        # 'Å2.1' -> the action a table printed beside that code in a column of no role, by
        # which a later table ('Indikator | Mål | Åtgärd': 'Å2.1') refers to it
        self.coded_measures: dict[str, str] = {}
        # header of a table -> the widths its columns were measured at (`on_table`)
        self._widths_by_header: dict[tuple[str, ...], dict[int, int]] = {}
        # '7' -> the action printed in a row whose number column ('Nr') holds 7 alone
        self.column_numbered_measures: dict[str, str] = {}
        # 'Strategi 1: ...' -> (text, page, theme, goal once a goal numbered 1.x is under it)
        self._numbered_levels: dict[str, list] = {}
        self._field_goal: str | None = None  # the goal field just read ('Effektmål E1: ...')
        self._intro_text = ""  # the paragraph that introduced the list now read
        self._para_measure: str | None = None  # the one action the paragraph just read stated
        # the paragraph just read went on with that action: its who/when fields, or the label
        # of its steps ('Delåtgärder:')
        self._of_action_above = False
        self._fields_given_to: str | None = None  # the action the fields line just above was of
        self._field_sections: set[str] = set()  # sections that give their goal as a field
        self._prose_goals: dict[str, list[str]] = {}  # section -> goals read from its prose
        self.pending_actions: list[PendingAction] = []
        # indicators named in a follow-up sentence of running text ('Som mätare används
        # antalet X'), by the goals they follow up: the action of a goal that states one only
        # is what they measure (`_settle_prose_actions`)
        self._followed_up_in_text: list[tuple[str, list[str]]] = []
        # actions said in the running text under a goal heading, by a named doer
        # ('Bildningsnämnden anställer ...'): that goal's measures if it has none in any
        # other way (its section has no list or table of actions)
        self.heading_actions: list[PendingAction] = []
        self._last_sentence_action: PendingAction | None = None
        # target sentences after a stated goal ('Andelen ... ökar från 71 % till 80 %'):
        # (goal, text, page), indicators of that goal when the measures are prose too
        self.pending_targets: list[tuple[str, str, int]] = []
        self._question_goals: list[str] = []  # goals asked as yes-or-no question headings
        self._heading_goals: dict[str, str | None] = {}  # heading's theme key -> the goal it stated
        # (level, title) of a goal heading that only titles the goal headings after it
        # ('Mål 1: Arbete' right over 'Mål 2: Fler invandrare ...'): their theme
        self._title_card: tuple[int, str] | None = None
        # chapter heading -> (responsible, partners) of a responsibility table by chapter
        self.owners_by_part: dict[str, tuple[str, str]] = {}
        self._n = {"s": 0, "g": 0, "m": 0, "i": 0}
        self._n_tables = 0  # tables read so far
        # (header, goals of its last row) of the table read last, for a table printed right
        # after it under the same header (`goal_lookup.goals_carried_into`)
        self._table_end_goals: tuple[list[str] | None, list[str]] | None = None
        # which goal read so far a cell, heading or number names (goal_lookup.py): over the
        # containers above, so it sees every goal added to them
        self.goal_lookup = GoalLookup(self.b, numbered_goals=self.numbered_goals, coded_goals=self.coded_goals,
                                      goal_heading_numbers=self.goal_heading_numbers,
                                      coded_items=self.coded_items, add_goal=self.add_goal,
                                      theme_key=_theme_key)

    # ---- ids -----------------------------------------------------------------------
    def _id(self, p: str) -> str:
        self._n[p] += 1
        return f"{p}{self._n[p]}"

    # ---- context -------------------------------------------------------------------
    def section(self) -> str | None:
        return self.stack[-1].section if self.stack else None

    def theme(self, skip_top: bool = False) -> str | None:
        """The nearest heading that is not a generic structure word ('Åtgärder') nor a goal
        (`skip_top`: above the innermost heading)."""
        return self._theme_of(self.stack[:-1] if skip_top else self.stack)

    def _theme_of(self, heads: list[Head]) -> str | None:
        """The theme the innermost of `heads` names (`theme`), else the innermost heading's."""
        found = self._theme_among(heads)
        return found if found is not None else (theme_name(self.stack[-1].text) if self.stack else None)

    def _theme_among(self, heads: list[Head]) -> str | None:
        for k in range(len(heads) - 1, -1, -1):
            h = heads[k]
            if h.caption or not heading_number(h.text):
                # a caption, or an unnumbered title, naming what it heads after the section
                # it is printed in ('Tabell 3. Mål och åtgärder för äldre' under '6 Äldre',
                # 'Handlingsplan 2025–2028' under 'Bilaga 1: Handlingsplan'): that section's
                section = self._theme_among(heads[:k])
                if section and names_section(h.text, section):
                    return section
            if h.caption:
                # a caption names its table: the theme it names, if it names one, else the
                # section's it is printed in ('Tabell 2. Mål 1–3')
                named = caption_theme(h.text)
                if named:
                    return named
                continue
            if _names_part_by_number(h.text):
                # 'Delprogram 3: mål, åtgärder och mätare' (a title over cards): the part's
                # section names it
                continue
            # 'Uppföljning' announces indicators and is also a chapter's own name
            # a structure label naming its area ('Insatsområde 1: Arbete') is that area's heading
            if ((h.kind in (None, "indicator") or _named_area(strip_heading_number(h.text)))
                    and not is_goal_heading(h.text) and not h.goal_id):
                if h is self.stack[0] and h.level < min((x.level for x in heads[1:]), default=h.level):
                    # the programme's title over a chapter that lists goals ('2. Våra mål',
                    # 'Gemensamma mål'): that chapter names the block its goals form
                    block = next((x for x in reversed(heads[1:]) if x.kind in ("goal", "measure")
                                  and not is_goal_heading(x.text) and not x.goal_id), None)
                    if block is not None:
                        return theme_name(block.text)
                return theme_name(h.text)
        return None

    def _caption_theme(self, caption: str, above: list[Head]) -> str | None:
        """The theme a caption over a table names, among the headings `above` it: the
        section's, when the caption names the table after it (`names_section`), else the one
        the caption names (`caption_theme`), else None."""
        section = self._theme_among(above)
        if section and names_section(caption, section):
            return section
        return caption_theme(caption)

    def table_theme(self, caption: str | None) -> str | None:
        """The theme of the goals of a table with this caption (the heading right over it)."""
        if not caption or is_goal_heading(caption):
            return self.theme()
        top = self.stack[-1] if self.stack else None
        if top is not None and top.text == caption:
            if top.caption:
                return self._theme_of(self.stack)
            if not heading_number(caption):
                # an unnumbered title right over the table ('Färdplan: Arbete och kompetens'
                # under '2.1 Arbete och kompetens'); a numbered heading is a section of its own
                return self._caption_theme(caption, self.stack[:-1]) or self._theme_of(self.stack[:-1])
        return caption_theme(caption) or self.theme()

    def in_measure_scope(self) -> bool:
        return any(h.kind == "measure" or h.measure_group for h in self.stack)

    def goal_mode(self) -> bool:
        return bool(self.stack) and self.stack[-1].kind == "goal"

    def group_number(self) -> str | None:
        """Number of the innermost numbered heading inside a measure scope."""
        if not self.in_measure_scope():
            return None
        top = self.stack[-1]
        if top.kind == "goal" or not top.number or not top.number.isdigit():
            return None
        if top.kind == "measure" and not top.measure_group:
            # a numbered chapter that itself announces the measures ('4. Programmets
            # åtgärder') heads no group, its introduction is no action; unless it goes on a
            # series of groups ('11. Bostadspolitiska åtgärder' after the actions 10.1-10.4):
            # the actions read last are numbered under the chapter before it. Actions numbered
            # by goal ('1.1' ... '5.2' in '2 Åtgärdsplan') only happen to share a number with
            # that chapter: the last of them is another goal's ('5.2'), and a chapter after
            # them is no group of the series
            prev = f"{int(top.number) - 1}."
            last = list(self.b.measure_number.values())[-1:]
            if not last or not last[0].startswith(prev):
                return None
        return top.number

    def heading_goal(self) -> str | None:
        for h in reversed(self.stack):
            if h.no_goal:
                return None
            if h.goal_id:
                return h.goal_id
        return None

    @property
    def last_goal_list(self) -> list[str]:
        """Goals of the latest goal list / goal row / goal heading."""
        return self._last_goal_list

    @last_goal_list.setter
    def last_goal_list(self, ids: list[str]) -> None:
        self._seq += 1
        self._list_seq = self._seq
        self._last_goal_list = ids

    def _goal_above(self) -> str | None:
        """The goal of the nearest goal heading above the innermost heading."""
        return next((h.goal_id for h in reversed(self.stack[:-1]) if h.goal_id), None)

    def _without_first_numeral(self, el: Element) -> str:
        """A heading's text for its theme: 'I Språk och lärande' without its 'I' where the
        headings of its level count on with 'II', 'III' (the first chapter's numeral, which
        alone reads as the preposition, `_ENUMERATOR_RE`), else the text as printed."""
        if el.level in getattr(self, "_roman_levels", ()) and _FIRST_ROMAN_RE.match(el.text):
            return _FIRST_ROMAN_RE.sub("", el.text, count=1)
        return el.text

    def _field_goal_above(self) -> str | None:
        """The one goal an enclosing section gave as a labelled field ('Effektmål 1: ...'
        under '4.1 Språk'): the goal a goal heading under it ('Resultatmål 1.1: ...') is a
        level of, as the labels' numbers say; None when that section stated none or several."""
        for h in reversed(self.stack[:-1]):
            stated = self.stated_goals.get(h.section)
            if stated:
                return stated[0] if len(stated) == 1 and h.section in self._field_sections else None
        return None

    def _statement_section(self) -> str | None:
        """The section a goal stated in running text belongs to: the innermost heading that is
        not a table's caption ('Tabell 3a. Utbildning och språk', which the extractor reads as
        a heading; `Head.caption`, set by `_caption_level`). The text after a table goes on in the section around the table, and a goal
        stated there is that section's, the next table's too ('Syftet är också att ...'
        between 'Tabell 3a' and 'Tabell 3b')."""
        return next((h.section for h in reversed(self.stack) if not h.caption),
                    self.section())

    def _stated_section(self) -> str | None:
        """The innermost enclosing section whose running text stated goals."""
        return next((h.section for h in reversed(self.stack) if self.stated_goals.get(h.section)), None)

    def stated_goals_in_scope(self) -> list[str]:
        """Goals stated in the running text of the innermost enclosing section that has any
        (a chapter's 'Målet är att ...' over its 'Åtgärder' list)."""
        sec = self._stated_section()
        return list(self.stated_goals[sec]) if sec else []

    def current_goals(self) -> list[str]:
        """The goals of a measure listed now: those stated in its section's text, unless a
        goal list or goal heading came after them."""
        if self.stack and self.stack[-1].no_goal:
            return []
        sec = self._stated_section()
        if sec and not (self._last_goal_list and self._list_seq > self._stated_seq[sec]):
            return list(self.stated_goals[sec])
        return self._goal_of_group(list(self._last_goal_list))

    def _goal_of_group(self, listed: list[str]) -> list[str]:
        """Of the goals listed by number ('1. Alla ... ska känna sig välkomna', '2. ...'),
        the one a numbered group of a chapter of actions serves: group 'N.k' serves goal k
        when its heading names what that goal speaks of ('3.1 Välkomnande och information' --
        'välkomna'; a word's first five letters, or a word of four, in common). Otherwise all
        listed goals."""
        top = self.stack[-1] if self.stack else None
        if len(listed) < 2 or top is None or not top.number or not self.in_measure_scope():
            return listed
        parts = top.number.split(".")
        gid = self.numbered_goals.get(parts[-1]) if len(parts) == 2 else None
        if gid not in listed:
            return listed
        goal = fold(next(g.text for g in self.b.goals if g.id == gid))
        stems = [fold(w)[:5] for w in words(strip_heading_number(top.text)) if len(w) >= 4]
        # at a word's start or inside a compound ('gemenskap' in 'bygemenskapen')
        return [gid] if any(st in goal for st in stems) else listed

    def indicator_mode(self) -> bool:
        """Bullets now are indicators: a paragraph introduced them as such, or they sit under
        a heading that announces indicators and no paragraph introduced them as something
        else ('Resultaten från det föregående programmet visar att:' under 'Uppföljning')."""
        if self.list_mode == "indicator":
            return True
        if not self.stack or self.list_intro:
            return False
        return self.stack[-1].kind == "indicator" or self._follow_up_by_goal()

    def _follow_up_by_goal(self) -> bool:
        """'Så följer vi upp' > 'Mål 1 – En god start': a heading that names a goal stated
        earlier, right under a heading announcing indicators, only sorts the follow-up by
        goal -- the list under it is that goal's indicators, as under the chapter itself."""
        top = self.stack[-1]
        return (top.names_stated_goal and len(self.stack) > 1
                and self.stack[-2].kind == "indicator")

    def _follow_up_area(self, heading: str) -> str | None:
        """The one goal whose theme a heading names (`GoalLookup.goals_of_theme`), when the heading
        sits right under one announcing indicators ('Så följer vi upp' > 'Språk'); else None.
        Asked with the heading on the stack's top: the announcing heading is right under it."""
        if len(self.stack) < 2 or self.stack[-2].kind != "indicator" or heading_kind(heading) is not None:
            return None
        tops = self.goal_lookup.goals_of_theme(squash(strip_heading_number(heading)))
        return tops[0] if len(tops) == 1 else None

    def _state_goal(self, gid: str, instead_of_parent: bool = False) -> None:
        """`instead_of_parent`: a sub-goal stated after its goal ('Delmål: ...' after the
        section's 'Målsättning: ...') takes over from it: what is listed under it serves
        the sub-goal, the more specific goal, not both."""
        sec = self._statement_section()
        if sec is not None:
            if instead_of_parent or self._have_measures(self.stated_goals.get(sec, [])):
                # the goals stated so far in this section already got their measures (a
                # list or table under them): a goal stated after those heads what follows,
                # as 'Syftet är också att ...' between two tables or a second 'Vi vill att
                # ...' paragraph over its own list does; goals stated together before one
                # list stay that list's goals together
                self.stated_goals[sec] = []
            self.stated_goals.setdefault(sec, []).append(gid)
            self._seq += 1
            self._stated_seq[sec] = self._seq

    def _have_measures(self, goals: list[str]) -> bool:
        """Some measure is linked to one of `goals`."""
        return bool(goals) and any(set(m.goals or [m.goal]) & set(goals) for m in self.b.measures)

    # ---- items ---------------------------------------------------------------------
    def add_goal(self, text: str, page: int, parent: str | None = None, theme: str | None = None,
                 from_table: bool = False) -> str:
        gid = self._id("g")
        self.b.goals.append(Goal(id=gid, text=text, parent=parent, section=self.section(),
                                 theme=theme if theme is not None else self.theme(), page=page))
        if from_table:
            self.b.goal_from_table.add(gid)
        return gid

    def add_measure(self, text: str, page: int, goals: list[str], number: str | None = None,
                    from_table: bool = False, theme: str | None = None, section: str | None = None, **kw) -> str:
        mid = self._id("m")
        self.b.measures.append(Measure(id=mid, text=text, goal=goals[0] if goals else None, goals=list(goals),
                                       section=section or self.section(),
                                       theme=theme if theme is not None else self.theme(), page=page, **kw))
        if number:
            self.b.measure_number[mid] = number
        if from_table:
            self.b.measure_from_table.add(mid)
            self.b.measure_table[mid] = self._n_tables
        return mid

    def add_indicator(self, text: str, page: int, measure: str | None, goals: list[str]) -> str:
        iid = self._id("i")
        self.b.indicators.append(Indicator(id=iid, text=text, measure=measure, goal=goals[0] if goals else None,
                                           goals=list(goals), page=page))
        return iid

    # ---- walk ----------------------------------------------------------------------
    def run(self, elements: list[Element]) -> Built:
        for el in elements:
            turned = transposed(el.table) if el.kind == "table" and el.table is not None else None
            if turned is not None:  # one column per goal: read it with a row per goal
                el.table, el.pages = turned, [el.page] * len(turned.rows)
        # the roles the document's own reading guide gives its words ('Effekterna är
        # programmets mål.'), for table headers outside the structure vocabulary
        self.defined = defined_roles([el.text for el in elements if el.kind == "para"])
        # ... and 'I sista kolumnen anges hur målet följs upp': its follow-up cells are the goal's
        self._follow_up_of_goal_said = any(says_follow_up_of_goal(el.text) for el in elements if el.kind == "para")
        # tables printed without a header naming their columns: roles from their cells
        self.layouts = document_layouts([el.table.rows for el in elements if el.kind == "table"
                                         and el.table is not None and _unnamed(el.table)])
        self.listed_cells = self._lists_per_line(elements)
        self.referenced_codes = self._referenced_codes(elements)
        self.unit_headings = self._unit_headings(elements)
        self._doers_listed = _lists_naming_doers(elements)
        self._doers_in_parentheses = doers_in_parentheses(_listed_items(elements))
        # heading levels whose chapters are counted by roman numerals ('II Arbete', 'III Barn')
        self._roman_levels = {el.level for el in elements if el.kind == "heading" and _SECOND_ROMAN_RE.match(el.text)}
        people = _people_lists(elements)
        named_paras = _lead_phrase_runs(elements)
        for i, el in enumerate(elements):
            # the one action the element just above stated, a paragraph or a list of one item
            # (numbered action paragraphs read as items): a 'Mätare:' line right under it is its
            # own; under a list of several it follows them all
            lone_item = el.kind == "bullet" and not (i > 0 and elements[i - 1].kind == "bullet")
            before = len(self.b.measures)
            if el.kind != "para":
                self._fields_given_to = None
            if el.kind != "para" and not (el.kind == "bullet" and self.list_mode == "parts"):
                # (the steps listed under an action, 'Delåtgärder:', are parts of it: a field
                # under them is still that action's)
                self._para_measure = None
            if el.kind == "heading":
                self.on_heading(el, elements[i + 1] if i + 1 < len(elements) else None,
                                elements[i + 2] if i + 2 < len(elements) else None)
                if i in self.unit_headings:
                    self.stack[-1].unit = theme_name(el.text)
            elif self._reports_earlier_period():
                # text, lists and tables under a heading about an earlier period report what
                # was done then ('6 Utvärdering av programmet 2019–2023' over last period's
                # actions): none of this programme's goals, measures or indicators
                continue
            elif el.kind == "para":
                if el is self._answer_paragraph:
                    if not self._answer_rest:
                        continue
                    # the background run into the answer's paragraph is read as text
                    el = replace(el, text=self._answer_rest)
                if self._decision_item(el):
                    continue
                if i in named_paras and self.in_measure_scope():
                    self._named_paragraph_measure(el)
                else:
                    self._note_supported_goal(el.text)
                    self.on_para(el, elements[i + 1] if i + 1 < len(elements) else None)
                if len(self.b.measures) == before + 1:
                    self._para_measure = self.b.measures[-1].id
                elif not self._of_action_above:
                    self._para_measure = None
                continue
            elif el.kind == "bullet":
                if i in people:
                    continue
                if self._decision_item(el):
                    continue  # (a numbered decision paragraph reads as a numbered item)
                if self.list_mode is None and self._owned_list_starts(elements, i):
                    self.list_mode = "measure"
                self._in_doers_list = i in self._doers_listed
                self.on_bullet(el)
                if lone_item and len(self.b.measures) == before + 1:
                    self._para_measure = self.b.measures[-1].id
            elif el.kind == "table":
                if self._restates_text_actions(elements, i):
                    continue
                self.on_table(el, elements[i - 1] if i > 0 else None)
                if self.stack and self.stack[-1].caption:
                    # a caption names its table only: what follows the table is the text of
                    # the section the table sits in
                    self.stack.pop()
        self._settle_subject_doers()
        self._settle_prose_actions()
        self._drop_unanswered_questions()
        self._owners_by_part()
        self._owners_by_chapter(elements)
        self._spell_out_abbreviations(elements)
        self._close_sections(elements)
        return self.b

    def _restates_text_actions(self, elements: list[Element], i: int) -> bool:
        """A table under a paragraph saying it repeats the actions ('Sammanfattningen
        upprepar åtgärderna i kortform.', only its caption between them), in a programme
        whose running text already stated actions: the text's actions again, shortened --
        no measures of its own (a table of the only actions is read as usual)."""
        k = i - 1
        while k >= 0 and elements[k].kind == "heading" and k >= i - 2:
            k -= 1
        if k < 0 or elements[k].kind != "para" or not says_actions_restated(elements[k].text):
            return False
        return any(m.id not in self.b.measure_from_table for m in self.b.measures)

    def _spell_out_abbreviations(self, elements: list[Element]) -> None:
        """Actors printed as the short forms a legend of the document explains ('Ansvar':
        'NB, KOO' over 'Förkortningar: NB = Norrvik Bostäder Ab, KOO = integrationskoordinatorn.')
        are named as the legend spells them out: the legend says whom the cell names. The
        legend may stand anywhere (under the table, in front matter) and a print may fold it
        into the last card's fields, so every paragraph and cell is asked. The short form each
        spelled-out actor was printed as is kept in `Measure.printed_actors`: writers split on
        whether the actor is the short form or what the legend spells out."""
        legend: dict[str, str] = {}
        for el in elements:
            texts = ([c for row in el.table.rows for c in row] if el.kind == "table" and el.table is not None
                     else [el.text] if el.kind == "para" else [])
            for text in texts:
                if "=" in text:
                    for abbr, name in legend_abbreviations(text).items():
                        legend.setdefault(abbr, name)
        if not legend:
            return
        for m in self.b.measures:
            for n in (*m.responsible, *m.partners):
                if n in legend:
                    m.printed_actors.setdefault(legend[n], n)
            m.responsible = dedupe_actors([legend.get(n, n) for n in m.responsible])
            m.partners = dedupe_actors([legend.get(n, n) for n in m.partners])

    def _in_introduction(self) -> bool:
        """Under the programme's introduction ('1 Inledning', 'Förord'): what the municipality
        wishes there ('Kommunen vill att nya invånare ...') is the intent of the whole
        programme, which its chapters break down into goals; no goal of the corpus or blind
        gold stands in an introduction."""
        return any(_INTRODUCTION_RE.match(strip_heading_number(h.text)) for h in self.stack)

    @staticmethod
    def _owned_list_starts(elements: list[Element], i: int) -> bool:
        """Element i opens a list of bullets that the paragraph right after it names the
        doers of ('• ...' '• ...' 'Ansvariga för åtgärderna ovan är X.'): the sentence calls
        the items actions, so they are, even when nothing above introduced them (a goal field
        'Målsättning: ...' over plain bullets)."""
        if i > 0 and elements[i - 1].kind == "bullet":
            return False
        j = i
        while j < len(elements) and elements[j].kind == "bullet":
            j += 1
        return j < len(elements) and elements[j].kind == "para" and names_list_owner(elements[j].text)

    def _reports_earlier_period(self) -> bool:
        # ... or one telling the programme again in easy-to-read words: nothing new
        return any(h.earlier or h.restated for h in self.stack)

    def on_heading(self, el: Element, nxt: Element | None, after: Element | None = None) -> None:
        popped: Head | None = None
        level = self._caption_level(el, nxt)
        if self._title_card and (level or el.level) < self._title_card[0]:
            self._title_card = None  # a heading above the titled cards ends their theme
        while self.stack and self.stack[-1].level >= (level or el.level):
            popped = self.stack.pop()
        parent = self.section()
        sid = self._id("s")
        number = heading_number(el.text)
        self.b.sections.append(Section(id=sid, parent=parent, number=number, heading=el.text,
                                       level=el.level, page_start=el.page, page_end=el.page))
        head = Head(level or el.level, self._without_first_numeral(el), sid, heading_kind(el.text), number,
                    caption=level is not None,
                    earlier=about_earlier_period(el.text, self.own_start),
                    restated=restates_programme(el.text))
        # headings printed in one style: 'Åtgärder' then '1. ...', '2. ...' at the same level;
        # the numbered ones are the groups the measure heading announced
        # (a numbered measure heading, '4. Programmets åtgärder', is a chapter like its
        # siblings: '5. Uppföljning' after it is the next chapter, not a group)
        if (popped is not None and popped.level == el.level and number and number.isdigit()
                and head.kind != "goal"
                and ((popped.kind == "measure" and not popped.number) or popped.measure_group)):
            head.measure_group = True
        head.sibling_goals = self._goals_of_sibling_heading(popped, head)
        self.stack.append(head)
        self._field_goal = None
        self._follow_up_goal = None
        self.list_mode = None
        self.list_intro = False
        self.list_continues = False
        self.group_had_items = False
        self._settle_subject_doers()
        self.list_measures = []
        self._doer_in_parenthesis = False
        if is_goal_heading(el.text) and _DASH_ONLY_RE.match(GOAL_LABEL_RE.sub("", squash(el.text), count=1)):
            # 'Mål 9: –': a card titled by its row's goal cell, where a dash says the row
            # serves no goal (as the dash in a table's goal column does): no goal, and the
            # actions under it take none from the headings and text above
            head.kind = None
            head.no_goal = True
            self.last_goal_list = []
        elif is_goal_heading(el.text) and (title := self._titles_goal_headings(el, nxt)) is not None:
            head.kind = None
            self._title_card = (el.level, title)
        elif is_goal_heading(el.text):
            # a heading that is a goal ('Mål 3: ...') does not announce a list of goals:
            # what follows are its measures and fields, not more goals
            head.kind = None
            own = _own_goal_number(el.text)
            if own is not None:
                # 'Mål 1: 5. Äldre inflyttade ...': the goal printed with its own number
                # under a label that counts the cards; its number is the inner one
                listed = self.numbered_goals.get(own)
            else:
                listed = self._named_goal(el.text) or self.numbered_goals.get(goal_heading_number(el.text) or "") \
                    or self._actions_of_stated_goal(el.text)
            if listed:
                # 'Mål 2 – Arbete' over the measures of goal 2 of a numbered goal list
                # printed earlier ('2. Invandrare kommer i arbete ...'): that goal again
                head.goal_id = listed
                head.names_stated_goal = True
            else:
                # under another goal heading ('Strategiskt mål 1:' > 'Delmål 1.1:') a sub-goal
                # 'Mål 1. Mål 3.1 Fler ...': a goal cell's own label and dotted number under the
                # label a print counts its goals with; the goal is known by that number
                inner = dotted_goal_label(GOAL_LABEL_RE.sub("", squash(el.text), count=1))
                parent = self._goal_above() or (self._numbered_parent(inner[0]) if inner else None) \
                    or self._field_goal_above()
                card_theme = self._title_card[1] if self._title_card and self._title_card[0] == el.level else None
                head.goal_id = self.add_goal(inner[1] if inner else squash(el.text), el.page, parent=parent,
                                             theme=card_theme)
                if inner:
                    self.coded_goals.setdefault(inner[0], head.goal_id)
                self.b.goal_from_heading.add(head.goal_id)
                self.goal_heading_numbers.setdefault(goal_heading_number(el.text) or "", head.goal_id)
            self.last_goal_list = [head.goal_id]
        elif (again := self._goal_heading_again(el.text)) is not None:
            # 'Tyngdpunkt 2.1' alone (a table's caption) after the heading 'Tyngdpunkt 2.1:
            # Vuxna ...': that goal again, whose actions follow, no goal of its own
            head.kind = None
            head.goal_id = again
            head.names_stated_goal = True
            self.last_goal_list = [again]
        elif (area := self._follow_up_area(el.text)) is not None:
            # 'Så följer vi upp' > 'Språk': a heading that names the area of one goal stated
            # earlier (a goal table's 'Målområde'), right under a heading announcing
            # indicators, sorts the follow-up by goal, as one naming the goal itself does
            head.kind = None
            head.goal_id = area
            head.names_stated_goal = True
            self.last_goal_list = [area]
        elif head.kind == "goal":
            self.last_goal_list = []
        elif coded := self._coded_goal_heading(el.text):
            # 'Vuxna invandrare lär sig svenska (M3)', the code by which the action tables'
            # goal column refers to it: the heading is that goal, without its code (a goal
            # that names what is done, 'åtgärdas', announces no actions)
            head.kind = None
            text, code = coded
            head.goal_id = self.add_goal(text, el.page, parent=self._goal_above(), theme=self.theme(skip_top=True))
            self.numbered_goals.setdefault(code, head.goal_id)
            self.b.goal_from_heading.add(head.goal_id)
            self.last_goal_list = [head.goal_id]
        elif (key := self._continued_heading(el.text)) is not None:
            # 'Boende (forts.)': the section above goes on past a page or a table's break; it
            # states no goal of its own, the goal its first heading stated (if any) goes on
            head.goal_id = self._heading_goals[key]
            if head.goal_id:
                self.last_goal_list = [head.goal_id]
        elif (head.kind is None and nxt is not None and nxt.kind == "para"
              and (answer := answer_goal(el.text, nxt.text))):
            # 'Hur hittar jag ett arbete?' over 'Nyinflyttade hittar ett arbete ...': the
            # resident's question is no goal, the answer under it is the section's goal
            # (`resident_questions`); the paragraph is read as that goal and nothing else
            answer, self._answer_rest = answer
            head.goal_id = self.add_goal(answer, nxt.page, parent=self._goal_above(),
                                         theme=self.theme(skip_top=True))
            # stated for the section as a goal heading states it: a section that lists no
            # action for it says in its sentences what is done (`_note_heading_action`)
            self.b.goal_from_heading.add(head.goal_id)
            self.last_goal_list = [head.goal_id]
            self._answer_paragraph = nxt
        elif head.kind is None and (self._heads_measures(head, nxt, parent)
                                    or self._states_goal_of_table(head, nxt, after, parent)
                                    or self._states_goal_of_actions(head, nxt, parent)):
            head.goal_id = self.add_goal(squash(strip_heading_number(el.text)), el.page,
                                         parent=self._goal_above(), theme=self.theme(skip_top=True))
            self.b.goal_from_heading.add(head.goal_id)
            self.last_goal_list = [head.goal_id]
        elif head.kind is None and asks_yes_or_no(el.text):
            # 'Får alla barn en god start i småbarnspedagogiken?': a goal set as a question
            # to answer yes to, stated for the text under it (its 'Vi ska ...' sentences and
            # targets); one that nothing answers is dropped at the end
            head.goal_id = self.add_goal(squash(strip_heading_number(el.text)), el.page,
                                         parent=self._goal_above(), theme=self.theme(skip_top=True))
            self.b.goal_from_heading.add(head.goal_id)
            self._question_goals.append(head.goal_id)
            self._state_goal(head.goal_id)

        if head.kind == "measure" and head.goal_id is None and (named := self._goal_of_measure_heading(el.text)):
            # 'Åtgärder för strategiskt mål 3': the actions under it serve goal 3
            head.goal_id = named
            self.last_goal_list = [named]
        self._heading_goals.setdefault(_theme_key(el.text), head.goal_id)

    def _goals_of_sibling_heading(self, popped: Head | None, head: Head) -> list[str]:
        """A chapter that gives its goal under a heading of its own ('Vårt mål', 'Vad vill vi
        uppnå?') and then, under sibling headings, how it gets there ('Checklista för
        sektorerna 2025–2027', 'Hur vet vi att vi lyckats?'): the goals read under that goal
        heading are the goals of the siblings after it, until another goal heading or the
        chapter's end. `popped`: the sibling heading just closed, at `head`'s level."""
        if popped is None or popped.level != head.level or head.kind == "goal" or is_goal_heading(head.text):
            return []
        if popped.kind == "goal":
            return [g.id for g in self.b.goals if g.section == popped.section]
        return list(popped.sibling_goals)

    def _list_after_goal_heading(self, own_doer: bool) -> bool:
        """A list under a sibling of the heading its chapter gave its goal under, introduced
        by no paragraph as anything else, whose items name who does them ('☐ Alla chefer går
        utbildningen i mångfaldsledning (personalenheten, 2025)' under 'Checklista för
        sektorerna 2025–2027' after 'Vårt mål'): the actions towards that goal, whatever the
        heading calls them. Without a doer the items may as well be routine steps or a
        description, and stay unread."""
        own_doer = own_doer or self._in_doers_list
        return (bool(self.stack) and bool(self.stack[-1].sibling_goals) and not self.list_intro
                and self.list_mode is None and own_doer)

    def _titles_goal_headings(self, el: Element, nxt: Element | None) -> str | None:
        """The title of a goal heading that states no goal but titles the goal headings
        after it: 'Mål 1: Arbete och sysselsättning' (a theme's name, `is_title_of_nouns`)
        with nothing under it, the next heading at its level a goal stated in
        full ('Mål 2: Invandrare som bor här hittar ...'): a table's theme row printed as
        a card of its own (`_titles_goals_below`). None for any other heading."""
        if nxt is None or nxt.kind != "heading" or nxt.level != el.level or not is_goal_heading(nxt.text):
            return None
        # (a lettered theme, 'Delmål 1: A. SPRÅK OCH UTBILDNING', by its name: `theme_rows`)
        title = without_theme_letter(GOAL_LABEL_RE.sub("", squash(el.text), count=1))
        below = squash(GOAL_LABEL_RE.sub("", squash(nxt.text), count=1))
        if not is_title_of_nouns(title) or len(words(below)) <= 4:
            return None
        return title

    def _actions_of_stated_goal(self, text: str) -> str | None:
        """The goal an earlier goal heading stated under the same number ('Mål 1: Inflyttade
        ...'), when this heading gives that number again and names actions ('Mål 1. Arbete
        och utbildning – åtgärder 2026', over a plan's table for goal 1): the title of that
        goal's actions, no goal of its own. Else None."""
        num = goal_heading_number(text)
        if not num or "measure" not in header_roles(text):
            return None
        return self.goal_heading_numbers.get(num)

    def _goal_heading_again(self, text: str) -> str | None:
        """The goal a heading of only a goal label and number names ('Tyngdpunkt 2.1', 'Mål
        3'), when a goal heading printed before had that label and number, else None."""
        m = _BARE_HEADING_LABEL_RE.match(squash(text))
        if not m:
            return None
        label = re.compile(rf"^\s*{re.escape(m.group('label'))}\s+{re.escape(m.group('num'))}(?!\.?\d)\s*[:.–-]\s*\S", re.I)
        return next((g.id for g in self.b.goals if g.id in self.b.goal_from_heading and label.match(g.text)), None)

    def _continued_heading(self, text: str) -> str | None:
        """The theme key of an earlier heading that this one marks as going on ('Boende
        (forts.)' after 'Boende'), else None."""
        if not _CONTINUATION_RE.search(strip_heading_number(text)):
            return None
        key = _theme_key(text)
        return key if key in self._heading_goals else None

    def _on_roadmap(self, el: Element, prev: Element | None) -> bool:
        """A roadmap table (`roadmap.py`: 'Mål | 2025 | 2026 | ...'): each row a goal, each
        year cell with words an action starting that year, its doer in the parenthesis
        closing it; arrows and empty cells start nothing. True when the table was one."""
        t = el.table
        n_hdr = t.header_rows or 1
        headers = [h.strip() for h in headers_of(t, n_hdr)]
        years = year_columns(headers)
        body = t.rows[n_hdr:]
        if not years or not any(starts_action(r[c]) for r in body for c in years if c < len(r)):
            return False
        caption = prev.text if prev is not None and prev.kind == "heading" else None
        theme = self.table_theme(caption)
        pages = el.pages[n_hdr:] if len(el.pages) >= len(t.rows) else [el.page] * len(body)
        gid: str | None = None
        for row, page in zip(body, pages):
            goal = squash(row[0]) if row else ""
            if goal:
                gid = self.add_goal(goal, page, parent=self.heading_goal(), theme=theme, from_table=True)
            if gid is None:
                continue  # an empty goal cell: the rest of the row above cut at a page end
            for c, year in years.items():
                if c >= len(row) or not starts_action(row[c]):
                    continue
                text, doer = split_doer(row[c])
                resp, partners = split_actors(doer) if doer else ([], [])
                sched, start, end = parse_schedule(year)
                # 'Text (Ansvarig)': the cell as printed, its doer in parentheses
                self.add_measure(text, page, [gid], from_table=True, theme=theme, responsible=resp,
                                 partners=partners, schedule=sched, start_year=start, end_year=end,
                                 printed=as_printed(squash(row[c])) if doer else None)
        return True

    def _note_owners_by_part(self, t) -> bool:
        """A table of who answers for each part of the programme ('Målgrupp | Ansvarig |
        Samarbetsparter', 'Tema | Ansvarig'): a first column naming no role and columns of
        the responsible and partners, with no goal, measure or indicator column. Each row
        names a chapter (a target group, a theme) by its heading; the measures printed there
        that name nobody take that row's actors (`_owners_by_part`). True when it was one."""
        n_hdr = t.header_rows or 1
        if len(t.rows) <= n_hdr or t.n_cols < 2:
            return False
        headers = [h.strip() for h in headers_of(t, n_hdr)]
        if not all(headers) or not all(is_label_cell(h) for h in headers):
            return False
        roles = map_columns(headers)
        kinds = set(roles.values())
        if 0 in roles or "responsible" not in kinds or kinds - {"responsible", "partners"}:
            return False
        resp_col = min(c for c, r in roles.items() if r == "responsible")
        part_col = min((c for c, r in roles.items() if r == "partners"), default=None)
        for row in t.rows[n_hdr:]:
            name = squash(row[0]) if row else ""
            if not name or resp_col >= len(row) or not row[resp_col].strip():
                continue
            partners = row[part_col] if part_col is not None and part_col < len(row) else ""
            self.owners_by_part[theme_name(name).casefold()] = (squash(row[resp_col]), squash(partners))
        return True

    def _owners_by_part(self) -> None:
        """Measures that name nobody, in a chapter whose heading a responsibility table names
        (`_note_owners_by_part`): that row's responsible and partners (a paragraph there
        says that the chapter's responsible answers for all its actions)."""
        if not self.owners_by_part:
            return
        heads = {sec.id: sec for sec in self.b.sections}
        for m in self.b.measures:
            if m.responsible or m.partners:
                continue
            sid = m.section
            while sid is not None and sid in heads:
                owner = self.owners_by_part.get(theme_name(strip_heading_number(heads[sid].heading)).casefold())
                if owner:
                    resp, partners = owner
                    m.responsible, with_them = split_actors(resp)
                    m.partners = with_them + split_actors(partners, "partners")[1]
                    break
                sid = heads[sid].parent

    def _owners_by_chapter(self, elements: list[Element]) -> None:
        """When the document says that the unit a chapter is about carries out its actions
        ('Åtgärderna i ett kapitel genomförs av den förvaltning som kapitlet gäller, om inte
        annat anges'), a measure that names no responsible takes the nearest heading above it
        that names such a unit ('5 Social- och hälsovårdsförvaltningen'): a heading whose
        head word is the unit's noun. The partners it names stay its own."""
        units = {fold(u) for el in elements if el.kind == "para" for u in [chapter_doer_unit(el.text)] if u}
        if not units:
            return
        heads = {sec.id: sec for sec in self.b.sections}

        def unit_named(heading: str) -> str | None:
            name = strip_heading_number(heading)
            toks = name.split()
            if (not toks or len(toks) > 4 or CAPTION_RE.match(heading)
                    or not any(u in fold(toks[-1]) for u in units) or not names_actor(name)):
                return None
            return name

        for m in self.b.measures:
            if m.responsible:
                continue
            sid = m.section
            while sid is not None and sid in heads:
                name = unit_named(heads[sid].heading)
                if name:
                    m.responsible = [name]
                    break
                sid = heads[sid].parent

    def _drop_unanswered_questions(self) -> None:
        """A question heading that no measure, indicator or sub-goal came to answer was a
        question of the text ('Behöver vi ett nytt program?'), not a goal."""
        used = ({g for m in self.b.measures for g in m.goals} | {m.goal for m in self.b.measures}
                | {i.goal for i in self.b.indicators} | {g for i in self.b.indicators for g in i.goals}
                | {g.parent for g in self.b.goals})
        dropped = {g for g in self._question_goals if g not in used}
        self.b.goals = [g for g in self.b.goals if g.id not in dropped]

    def _caption_level(self, el: Element, nxt: Element | None) -> int | None:
        """The level of a numbered caption right over its table ('Tabell 2. Mottagande och
        handledning', `text.CAPTION_RE`): inside the section it is printed in, whatever its
        type size (a layout that sets captions as large as its sub-headings). A caption names
        a table; it opens no section beside the one it sits in, so the goals stated in that
        section's text stay the goals of the table's measures; and what follows the table is
        that section's again (`run`). None for any other heading."""
        if nxt is None or (nxt.kind != "table" and not CAPTION_RE.match(el.text)):
            # 'Tabell 2. ...' over cards (a table printed as one titled block per goal) is a
            # caption as well: it names the table, no section beside the one it is printed in
            return None
        # the section the caption is printed in: the heading under which the last caption
        # (and the cards it titled) sat, or the innermost heading
        first = next((k for k, h in enumerate(self.stack) if h.caption), len(self.stack))
        top = self.stack[first - 1] if first > 0 else None
        if not CAPTION_RE.match(el.text) and not self._names_actions_of(el, top):
            return None
        return max(el.level, top.level + 1) if top is not None else None

    @staticmethod
    def _names_actions_of(el: Element, top: Head | None) -> bool:
        """An unnumbered heading announcing actions right over a table ('Åtgärder inom
        arbete och studier'), set as large as the numbered section heading it follows ('5.3
        Arbete och studier'): the title of the section's action table, no section beside it
        -- the goal stated in the section's text is the goal of the table's actions. The
        section may be numbered by a label word ('Steg 1. Ankomst ...', `part_headings`):
        its siblings are 'Steg 2.', 'Steg 3.', and the heading without a number none of them."""
        return (top is not None and (bool(top.number) or label_number(top.text) is not None)
                and top.level >= el.level
                and not heading_number(el.text) and heading_kind(el.text) == "measure")

    def _named_goal(self, heading: str) -> str | None:
        """The goal a goal heading names by a code or a short name alone ('Mål 4: M2',
        'Mål 5: Jobb': a card titled by its row's goal cell): the goal so coded or the
        one goal under the heading so named, no goal of its own."""
        name = GOAL_LABEL_RE.sub("", heading, count=1).strip()
        if not name or name == heading.strip():
            return None
        m = BARE_CODE_RE.match(name)
        # ... or by a single letter ('Mål 1: A'), the goal a list coded so ('A Nyinflyttade ...')
        letter = self.goal_lookup.goal_by_number(name) if SINGLE_LETTER_CELL_RE.match(name) else None
        # or by its number and a short form of its words ('Tyngdpunkt 1: 1.1 Klienten ...')
        return ((self.numbered_goals.get(m.group(1)) if m else None) or letter or self.goal_lookup.goal_by_short_name(name)
                or self.goal_lookup.goal_by_theme(name))

    def _goal_of_measure_heading(self, text: str) -> str | None:
        """The goal a heading announcing actions names by its label and number ('Åtgärder
        för strategiskt mål 3', 'Åtgärder inom delmål 2.1', 'Åtgärder för boende (mål B1)',
        a code in brackets): the goal headed, listed or coded so before, else None."""
        m = _FOR_GOAL_NUMBER_RE.search(squash(text)) or _GOAL_IN_PARENTHESIS_RE.search(squash(text))
        if not m:
            return None
        return (self.goal_heading_numbers.get(m.group(1)) or self.numbered_goals.get(m.group(1))
                or self.coded_goals.get(m.group(1)))

    def _coded_goal_heading(self, text: str) -> tuple[str, str] | None:
        """(goal, code) of a heading that closes with a code in parentheses ('... (M3)')
        which an action table's goal column names alone ('M3'), else None."""
        m = _GOAL_REF_RE.search(text)
        if not m or m.group("code") not in self.referenced_codes:
            return None
        goal = squash(strip_heading_number(text[:m.start()]))
        return (goal, m.group("code")) if len(words(goal)) >= 2 else None

    def _referenced_codes(self, elements: list[Element]) -> set[str]:
        """Codes ('M3', 'A1') that a goal column of the programme's action tables holds
        alone: the codes of goals printed elsewhere."""
        out: set[str] = set()
        for el in elements:
            if el.kind == "heading":
                # a card titled by its row's goal cell, 'Mål 4: M2'
                m = BARE_CODE_RE.match(GOAL_LABEL_RE.sub("", el.text, count=1)) if GOAL_LABEL_RE.match(el.text) else None
                if m:
                    out.add(m.group(1))
        for el, n_hdr, roles in self._structure_tables(elements):
            for row in el.table.rows[n_hdr:]:
                for c, role in roles.items():
                    if role != "goal" or c >= len(row):
                        continue
                    m = BARE_CODE_RE.match(row[c])
                    if m:
                        out.add(m.group(1))
                    elif bare_number(row[c]) and "." in bare_number(row[c]):
                        # a focus area's number ('Tyngdpunkt': '1.1'): the item listed so
                        # under its goal is a goal too (`_numbered_focus_area`)
                        out.add(bare_number(row[c]))
        return out

    def _unit_headings(self, elements: list[Element]) -> set[int]:
        """Indexes of headings that name the unit responsible for the actions under them:
        an action plan grouped by responsible unit ('5.1 Bildningssektorn', '5.2 Kultur-
        och fritidssektorn', ...), each heading over an action table with no column of who
        is responsible. Every sibling heading over such a table names an actor
        (`actors.names_actor`), and there are two at least: one heading naming a unit over
        a table may as well be a theme ('Service för barn och unga')."""
        groups: dict[int | None, list[tuple[int, bool]]] = {}
        stack: list[tuple[int, int]] = []  # (level, element index) of the open headings
        for i, el in enumerate(elements):
            if el.kind != "heading":
                continue
            while stack and stack[-1][0] >= el.level:
                stack.pop()
            parent = stack[-1][1] if stack else None
            stack.append((el.level, i))
            if self._heads_actorless_actions(elements, i):
                groups.setdefault(parent, []).append((i, names_actor(theme_name(el.text))))
        out: set[int] = set()
        for heads in groups.values():
            if len(heads) >= 2 and all(ok for _, ok in heads):
                out |= {i for i, _ in heads}
        return out

    def _heads_actorless_actions(self, elements: list[Element], i: int) -> bool:
        """The first action table under heading i (before the next heading of its level or
        above: cards have headings of their own) has no column of who is responsible."""
        for el in elements[i + 1:]:
            if el.kind == "heading" and el.level <= elements[i].level:
                return False
            if el.kind == "table" and el.table is not None:
                sc = self._structure_columns(el.table, self.layouts, self.defined)
                if sc is None:
                    continue
                kinds = set(sc[1].values())
                return "measure" in kinds and not kinds & {"responsible", "actors"}
        return False

    def unit(self) -> str | None:
        """The unit a heading in scope names as responsible for its actions."""
        return next((h.unit for h in reversed(self.stack) if h.unit), None)

    def _heads_measures(self, head: Head, nxt: Element | None, parent: str | None) -> bool:
        """A heading that is the goal of the measures printed right under it, without the
        word 'Mål': a sub-heading (not a chapter's own heading) phrased as a statement (four
        words at least, no structure word), directly over records of actions with their
        fields ('• ...', 'Ansvariga: ...', 'Tidtabell: ...'); or, under a goal heading
        ('Mål 1: ...'), a sub-heading directly over a measure table that has no goal
        column ('1.1 ...' with 'Vad gör vi? | Vem ansvarar? | När?'): a sub-goal."""
        if nxt is None or nxt.kind != "table" or nxt.table is None or parent is None:
            return False
        if not self._goalless_measure_table(nxt.table):
            return False
        n_words = len(words(strip_heading_number(head.text)))
        if header_roles(head.text) or head.text.rstrip().endswith(":"):
            return False
        if nxt.table.method == "label-value":
            # not when the section's text already stated the goal of what it lists: the
            # sub-heading then names a part of it ('4.2 Grundläggande utbildning och andra
            # stadiet' under 'Målsättning: Barn och unga ... får stöd ...'), as a title over a
            # table does (`_states_goal_of_table`)
            return n_words >= 4 and not self.stated_goals_in_scope()
        under_goal = any(h.goal_id for h in self.stack[:-1])
        return under_goal and n_words >= 3

    def _states_goal_of_table(self, head: Head, nxt: Element | None, after: Element | None,
                              parent: str | None) -> bool:
        """A sub-heading phrased as a statement ('Nya invånare hittar arbete som motsvarar
        deras kompetens': four words or more, no structure word, reads as a clause,
        `prose.reads_as_clause`) directly over a measure table without a goal column, or
        over one paragraph of background and then that table, while no goal is in scope
        (none stated in the section's text, no goal list or goal heading above): the goal
        of the table's measures, as a goal heading without the word 'Mål'. Its theme is the
        heading above it. A title over a table ('Service för barn och unga') stays a theme,
        and a heading over a table whose measures already have a goal from the text around
        it is not one either."""
        if parent is None or nxt is None:
            return False
        table = nxt if nxt.kind == "table" else None
        if nxt.kind == "para" and not nxt.text.rstrip().endswith(":") and after is not None \
                and after.kind == "table":
            table = after  # one paragraph of background between the goal and its table
        if table is None or table.table is None or not self._goalless_measure_table(table.table):
            return False
        text = strip_heading_number(head.text)
        if header_roles(head.text) or head.text.rstrip().endswith(":") or len(words(text)) < 4 \
                or not reads_as_clause(text):
            return False
        listed = [g for g in self.last_goal_list if g not in self.b.goal_from_heading]
        return not (self.stated_goals_in_scope() or listed or self._goal_above())

    def _states_goal_of_actions(self, head: Head, nxt: Element | None, parent: str | None) -> bool:
        """A numbered sub-heading ('3.2 Utbildade inflyttade får jobb inom vården', '3.3 Fler
        invandrare i föreningarna': a dotted number, four words or more, no structure word,
        not closed by a colon) directly over an action that names who carries it out -- a
        list item with its doer in a tail ('• Kurs i ... – Ansvar: X, 2026', '(X, hösten
        2026)') or a paragraph whose opening sentence states an action and whose next ones
        say who answers for it ('Ansvarig är X.', 'Ansvar: X.') -- while no goal is in
        scope: the goal of the actions under it, as a heading over a table of actions is
        (`_states_goal_of_table`). A heading over background text, or over items naming
        nobody, stays a theme: the doer named under it tells a goal from a title."""
        if parent is None or nxt is None or not head.number or "." not in head.number:
            return False
        text = strip_heading_number(head.text)
        if header_roles(head.text) or head.text.rstrip().endswith(":") or len(words(text)) < 4:
            return False
        if self.stated_goals_in_scope() or self._goal_above():
            return False
        return _names_its_doer(nxt)

    def _goalless_measure_table(self, t) -> bool:
        sc = self._structure_columns(t, defined=self.defined)
        return sc is not None and "measure" in sc[1].values() and "goal" not in sc[1].values()

    def _decision_item(self, el: Element) -> bool:
        """A numbered decision paragraph referring to a goal of the programme ('2. uppdra åt
        X att ... (mål 1),', council_decision.py): one action of that goal."""
        item = decision_item(el.text)
        gid = self.numbered_goals.get(item.goal_number) if item else None
        if not item or not gid:
            return False
        self.add_measure(item.text, el.page, [gid], responsible=item.responsible,
                         partners=item.partners, schedule=item.schedule, start_year=item.start_year,
                         end_year=item.end_year)
        return True

    def on_para(self, el: Element, nxt: Element | None = None) -> None:
        text = el.text
        was_mode = self.list_mode
        # a label line introduces the bulleted list right under it; over numbered items
        # ('Åtgärder' / '1. Åtgärdshelhet för ...' / '1.1 ...') it is a title of the groups
        labels_list = nxt is not None and nxt.kind == "bullet" and bool(BULLET_RE.match(nxt.text))
        self.list_mode = intro_kind(text) or (_label_line_kind(text) if labels_list else None) \
            or (_unfinished_follow_up(text) if labels_list else None)
        if text.rstrip().endswith(":") and names_parts_of_action(text):
            # 'Delåtgärder:' under an action: its list holds the steps of that action
            self.list_mode = "parts"
        self.list_intro = text.rstrip().endswith(":") or self.list_mode is not None
        self._intro_text = text
        self.list_continues = False
        self._follow_up_goal = self._goal_label_in_follow_up(text, was_mode)
        if self._follow_up_goal:
            self.list_mode = "indicator"
        if self.list_mode == "measure" and (named := self._goal_of_measure_heading(text.rstrip().rstrip(":"))):
            # 'Utvecklingsområden för mål 3:' over a list: its items serve goal 3, not every
            # goal stated in the section (as a heading 'Åtgärder för mål 3' says it)
            self.last_goal_list = [named]
        num = numbering(text)
        area = area_goal(text) if self.goal_mode() else None
        if area:
            # 'Mål 2 – Arbete: Fler vuxna ...': the goal is the sentence, the area its theme;
            # the number is how decision paragraphs and tables refer to it ('(mål 2)')
            gid = self.add_goal(area.text, el.page, parent=self.heading_goal(), theme=area.area)
            self.numbered_goals.setdefault(area.number, gid)
            self.last_goal_list.append(gid)
            return
        if (self.goal_mode() and len(sentences(text)) == 1 and len(words(text)) <= 60
                and not text.rstrip().endswith(":") and not _ABOUT_GOALS_RE.match(text)
                and not _VISION_RE.match(text)):
            # under 'Programmets mål' each one-sentence paragraph is a goal; not the intro
            # of a goal list ('... fem mål för integrationsarbetet:') nor a sentence about
            # the goals ('Målen stöder stadsstrategins vision ...')
            gid = self.add_goal(text, el.page, parent=self.heading_goal())
            self.last_goal_list.append(gid)
            return
        if measured_target(text, nxt.text if nxt is not None and nxt.kind == "para" else None, self.own_start):
            # 'År 2028 har ... ett arbete.' over 'Så här mäter vi: ...': the target state the
            # field under it measures is a goal, heading the actions after it
            gid = self.add_goal(squash(text).rstrip(".").strip(), el.page, parent=self.heading_goal())
            self._state_goal(gid)
            self.last_goal_list = [gid]
            return
        self._field_goal = None
        if says_paragraphs_open_with_goal(text) and self.section():
            self._lead_goal_scope = self.section()
        self._of_action_above = self.list_mode == "parts"
        fields_above, self._fields_given_to = self._fields_given_to, None
        if el is self._taken_fields:
            return  # the fields line of the action paragraph above, read with it
        if self._fields_of_action_above(text, fields_above):
            self._of_action_above = True
            return
        if self._lead_goal_paragraph(text, el.page, nxt):
            return
        if self.list_measures and self._assign_owner(text):
            return
        if self._indicator_field(text, el.page) or self._follow_up_of_numbered_goal(text, el.page):
            return
        level = numbered_level(text)
        if level:
            # 'Strategi 1: ...': a goal once the goals numbered under it show it is a level
            # above them ('Mål 1.1 ...'); no goal while nothing is numbered under it
            self._numbered_levels[level[0]] = [level[1], el.page, self.theme(), None]
        field_goal = goal_field(text) or self._goal_in_measure_field(text)
        named = self.goal_lookup.goal_named_by_field(field_goal[0]) if field_goal else None
        if named:
            # 'Mål: Jobb.' / 'Mål: <a goal stated above>. Tema: ...' under an action: the
            # field refers to the goal the action serves, it states no new one
            self._state_goal(named)
            return
        named = self._goal_in_group_card(text)
        if named:
            # 'Åtgärd: Mål 2. Barn och unga': an action plan's group row printed as a card of
            # its own -- the cards after it are the actions of that chapter's goal
            self._state_goal(named)
            return
        if field_goal:
            # 'Mål: Invånarna får ...' -- a goal given as a labelled field of the section
            sub_of = None if self.heading_goal() else (self._sub_goal_field_parent(text)
                                                       or self._numbered_parent(field_goal[1]))
            gid = self.add_goal(field_goal[0], el.page, parent=self.heading_goal() or sub_of)
            self._state_goal(gid, instead_of_parent=sub_of is not None)
            self._on_goal_field(gid, field_goal[1])
            return
        if self.in_measure_scope() and not self.goal_mode():
            grp = self.group_number()
            if grp and not self.group_had_items and len(words(text)) >= 20:
                self.add_measure(text, el.page, self.last_goal_list, number=num or grp)
                self.group_had_items = True
                return
        action = carried_out(text)
        if action:
            # 'Språkcafé för föräldrar. ... Genomförs av X tillsammans med Y från hösten 2025.'
            name, resp, partners, when = action
            sched, start, end = parse_schedule(when)
            self.add_measure(name, el.page, self.current_goals(), responsible=resp, partners=partners,
                             schedule=sched, start_year=start, end_year=end)
            return
        labelled = labelled_action(text)
        if labelled:
            # 'Åtgärd 4.1. En arbetsgivarträff ordnas ... X ansvarar för åtgärden ...': one
            # numbered action, described in a paragraph of its own
            num, name, resp, partners, when = labelled
            sched, start, end = parse_schedule(when)
            self.add_measure(name, el.page, self.current_goals(), number=num, responsible=resp,
                             partners=partners, schedule=sched, start_year=start, end_year=end)
            return
        if self._action_then_owner_field(text, el.page, nxt):
            return
        if self._statement_section() in self._field_sections:
            # the section gave its goal as a field: its prose is the background, but for a
            # sentence naming what that goal is followed up by ('Som mätare används ...')
            for s in sentences(text):
                self._followed_up(s, el.page)
            return
        explains_goal = self._heading_states_goal()
        sents = sentences(text)
        if self.list_mode is None and _goal_then_unfinished(sents) and not explains_goal:
            # 'Målet är att ... . Därför' / '... Under programperioden' and a list whose items
            # finish that sentence ('• översätts kommunens webbsidor ...'): the goal's actions
            self.list_mode = "measure"
            self.list_continues = True
        required = self._requirements_before_actions(sents, nxt) if not explains_goal else set()
        opening: str | None = None  # the measure the paragraph's opening sentence stated
        for k, s in enumerate(sents):
            if self._followed_up(s, el.page):
                continue
            if not explains_goal and self._goal_named_as(s, el.page):
                continue
            if k in required or (is_goal_sentence(s, opens_paragraph=k == 0) and not explains_goal
                                 and not ((states_wish(s) or _PURPOSE_RE.match(s)) and self._in_introduction())):
                numbered = numbered_goal_clause(s)
                gid = self.add_goal(numbered[1] if numbered else s, el.page, parent=self.heading_goal())
                if numbered:
                    # 'Målsättning 4 är att ...': the number labels the goal, as a goal
                    # heading's does; tables and lists may refer to it by that number
                    self.numbered_goals.setdefault(numbered[0], gid)
                self._state_goal(gid)
                self._prose_goals.setdefault(self._statement_section(), []).append(gid)
            elif not self._enumerated_actions(s, el.page):
                if k == 0 and self._opening_action(s, el.page):
                    opening = self.b.measures[-1].id
                    continue
                if k == 1 and opening is not None and self._owner_said_after(s, opening):
                    continue
                self._note_prose_action(s, el.page)

    def _goal_label_in_follow_up(self, text: str, was_mode: str | None) -> str | None:
        """The goal a label line 'Mål 1:' names in a follow-up ('Uppföljning' / 'Målen 1 och
        2 följs upp med följande mätare.' / 'Mål 1:' / '• Antal ...'): a goal's label and
        number alone, closed by a colon, under a heading announcing indicators or right after
        the list of another such label. It sorts the follow-up by goal: the list under it is
        that goal's indicators, no goals of their own, as under a heading naming the goal
        (`_follow_up_by_goal`). None for other text, or a number naming no goal stated."""
        label = squash(text)
        if not label.endswith(":") or not (
                (self.stack and self.stack[-1].kind == "indicator") or (was_mode == "indicator" and self._follow_up_goal)):
            return None
        m = _GOAL_BY_LABEL_RE.match(label[:-1].strip())
        if not m or not m.group("num") or m.group("what"):
            return None
        named = self._goal_named_by_label(label[:-1].strip())
        return named[0] if named else None

    def _action_then_owner_field(self, text: str, page: int, nxt: Element | None = None) -> bool:
        """A paragraph of one sentence stating an action ('Kommunen ordnar i samarbete med X
        en kurs ...', `prose_action`) and a closing field saying who answers for it
        ('Ansvar: bildningschefen.', in the same paragraph or on a line of its own right
        after it): one measure of the goal stated above, its responsible from the field, its
        partners from the sentence. The field names the doer, so the sentence's generic
        subject ('Kommunen') is not recorded. True when it was one."""
        sents = sentences(text)
        if not self.current_goals():
            return False
        if len(sents) >= 2:
            after, taken = sents[1:], None
        elif len(sents) == 1 and nxt is not None and nxt.kind == "para":
            after, taken = [nxt.text], nxt
        else:
            return False
        said = _owner_sentences(after)
        if said is None or (taken is not None and not said[3]):
            return False  # a paragraph of its own after the action says who only as a field
        resp, partners, when, as_field = said
        action = prose_action(sents[0])
        if action is None and as_field and (taken is None or self.in_measure_scope()) \
                and _sentence_opens_with_capital(sents[0]):
            # 'Barnpassning under kurskvällarna. Ansvar: X.': the field closing the paragraph
            # says its sentence is something X answers for, an action even when it names no
            # verb (a field on a line of its own may close a card whose text came before --
            # but not under a heading naming the actions, 'Så här når vi dit' / 'Åtgärder':
            # there each paragraph over its own 'Ansvar:' line is one of them)
            action = ProseAction(sents[0].strip().rstrip(".").strip(), [], [], None, None, None)
        if action is None:
            return False
        sched, start, end = parse_schedule(when) if when else (action.schedule, action.start_year, action.end_year)
        mid = self.add_measure(action.text, page, self.current_goals(), responsible=resp,
                               partners=partners or action.partners, schedule=sched,
                               start_year=start, end_year=end)
        self.list_measures.append(mid)
        if taken is not None:
            self._taken_fields = taken  # read here, not again as a paragraph of its own
        return True

    def _fields_of_action_above(self, text: str, fields_above: str | None = None) -> bool:
        """A paragraph made only of who/when fields ('Ansvar: X i samarbete med Y. Tidtabell:
        2025.') right under a paragraph that stated one action naming no doer and no time
        ('Åtgärd 1.1: Vi inför ...'): that action's responsible, partners and schedule, as a
        field closing the action's own paragraph would be. True when it was one."""
        mid = self._para_measure
        fs = fields(text) if mid is not None else None
        if not fs or not all(role in ("responsible", "actors", "partners", "schedule") for role, _, _ in fs):
            return False
        meas = self._measure(mid)
        resp, partners, when = _field_actors(fs)
        # the fields may go on over a line of their own ('Ansvar: X.' / 'Tidtabell: 2025.', a
        # narrow column wrapping before the second label): each line gives what the action
        # still lacks, and a line of the time alone follows one that named the doer
        if (resp and meas.responsible) or (when and meas.schedule) \
                or not (resp or (fields_above == mid and meas.responsible)):
            return False
        if resp:
            meas.responsible, meas.partners = resp, dedupe_actors(meas.partners + partners)
        self._fields_given_to = mid
        if when:
            meas.schedule, meas.start_year, meas.end_year = parse_schedule(when)
        return True

    def _owner_said_after(self, sentence: str, mid: str) -> bool:
        """The sentence right after an opening action sentence says who carries it out and
        when ('Välkomstpaketet delas ut av kommunkansliet från och med 2025.', 'För träffen
        ansvarar X tillsammans med Y.', `lead_phrase.owner_said_after`): the action's
        responsible, partners and schedule, where it names no doer but the municipality as
        a whole ('Kommunen erbjuder ...': the sentence after says which part of it does)
        and no time. True when it was such a sentence."""
        found = owner_said_after(sentence)
        if found is None:
            return False
        resp, partners = split_actors(found[0])
        if not resp or not all(names_actor(n) or names_post(n) for n in resp + partners):
            return False
        meas = self._measure(mid)
        if meas.responsible and not all(_MUNICIPALITY_RE.match(n) for n in meas.responsible):
            return False
        meas.responsible, meas.partners = resp, dedupe_actors(meas.partners + partners)
        if found[1] and not meas.schedule:
            meas.schedule, meas.start_year, meas.end_year = parse_schedule(found[1])
        return True

    def _requirements_before_actions(self, sents: list[str], nxt: Element | None) -> set[int]:
        """The sentences stating a requirement ('Kommunen ska se till att alla ...', 'Barn
        ... ska få det stöd de behöver', `prose.states_requirement`) of a paragraph right
        over its section's 'Åtgärder:' label, when neither it nor the section's text so far
        states a goal otherwise: the section says what is to hold, then what is done about
        it, so those sentences are what the actions are for. A requirement that is itself an
        action ('Kommunen ska ordna ...', `prose_action`) is none of them."""
        if nxt is None or nxt.kind != "para" or intro_kind(nxt.text) != "measure" or len(words(nxt.text)) > 3:
            return set()
        if self.stated_goals.get(self._statement_section()) or self.heading_goal() \
                or any(is_goal_sentence(s) for s in sents):
            return set()
        return {k for k, s in enumerate(sents) if states_requirement(s) and prose_action(s) is None}

    def _lead_goal_paragraph(self, text: str, page: int, nxt: Element | None = None) -> bool:
        """A paragraph under a heading of the section that said its paragraphs open with the
        goal, the actions after it (`says_paragraphs_open_with_goal`): its first sentence
        is a goal, each sentence after it an action towards that goal. A paragraph of one
        sentence with its own fields ('... Ansvar: X. Tidtabell: 2025.', or those fields as
        the next paragraph) is one more action of the goal stated above; one sentence
        alone is text about the section. Fields closing a paragraph ('Ansvar för åtgärderna
        ovan: X. Tidtabell: Y.') give its actions who and when, over the subjects of their
        sentences. True when it was one."""
        scope = self._lead_goal_scope
        if scope is None or scope not in [h.section for h in self.stack[:-1]]:
            return False
        inline = trailing_fields(squash(text))
        body = inline[0] if inline else squash(text)
        below = fields(nxt.text) if nxt is not None and nxt.kind == "para" else None
        if not inline and below and all(role in ("responsible", "actors", "partners", "schedule")
                                        for role, _, _ in below):
            inline, taken = (body, below), nxt
        else:
            taken = None
        sents = [x for x in (sentences(body) or [body]) if x.strip()]
        if len(sents) >= 2:
            gid = self.add_goal(sents[0].strip().rstrip(".").strip(), page)
            self._state_goal(gid)
            actions = sents[1:]
        elif inline and self.current_goals():
            actions = sents
        else:
            return False
        fresp, fpartners, fwhen = _field_actors(inline[1]) if inline else ([], [], None)
        self._taken_fields = taken
        for sentence in actions:
            self._lead_paragraph_action(squash(sentence), page, fresp, fpartners, fwhen)
        return True

    def _lead_paragraph_action(self, sentence: str, page: int, fresp: list[str],
                               fpartners: list[str], fwhen: str | None) -> None:
        """One action sentence of a lead-goal paragraph: who and when from its own tail
        ('(kansliet, fortlöpande)', '– ansvar: X'), else from the paragraph's closing fields,
        else its subject ('AMS ordnar i samarbete med Y ...', 'Biblioteket fortsätter ...');
        partners also from 'i samarbete med' in the sentence."""
        text = sentence.rstrip(".").strip()
        tail = trailing_actors(text)
        printed = None
        if tail:
            resp, partners, when = tail
            cut = _without_tail(text)
            if cut != text:
                printed, text = text, cut
        elif fresp:
            resp, partners, when = fresp, fpartners, fwhen
        else:
            resp, partners = leading_actors(text) or (_subject_actors(text), [])
            when = fwhen
        partners = list(dict.fromkeys(partners + partners_in(text)))
        sched, start, end = parse_schedule(when)
        self.add_measure(text, page, self.current_goals(), responsible=resp, partners=partners,
                         schedule=sched, start_year=start, end_year=end, printed=as_printed(printed))

    def _opening_action(self, sentence: str, page: int) -> bool:
        """A paragraph under a numbered group of a chapter that announces actions ('3. Så här
        gör vi' > '3.1 Välkomnande') opening with a sentence that states an action
        ('Kommunen erbjuder alla nyinflyttade ett välkomstpaket ...', `prose_action`): that
        sentence is one of the group's measures, as an item of a list there would be. Only
        the opening sentence: the sentences after it tell who does it and how, or describe.
        True when it was one."""
        if not self.in_measure_scope() or self.list_mode is not None or self.stack[-1].kind == "measure":
            return False
        if not sentence.lstrip()[:1].isupper():
            return False  # '– kartläggningen görs ...': a line going on with an item above
        action = prose_action(sentence)
        if action is None:
            return False
        # who and when in a closing parenthesis ('... (kommunstyrelsen, 2026).') before the subject
        tail = trailing_actors(sentence)
        resp, partners, when = tail if tail else (action.responsible, action.partners, action.schedule)
        sched, start, end = parse_schedule(when) if tail else (action.schedule, action.start_year, action.end_year)
        text = _without_tail(action.text) if tail else action.text  # the tail read is cut, as a list item's
        mid = self.add_measure(text, page, self.current_goals(), responsible=resp,
                               partners=partners, schedule=sched, start_year=start, end_year=end,
                               printed=as_printed(action.text) if text != action.text else None)
        self.list_measures.append(mid)
        return True

    def _heading_states_goal(self) -> bool:
        """The heading over this text is a goal stated in full: one the tables name by its
        code ('... (M3)'), or a goal heading whose goal is a clause ('Mål 1: Fler invandrare
        är sysselsatta'). The text under it explains that goal: a 'Vi vill att ...' there
        restates it or says what it takes, and is no goal of its own. A goal heading that
        is a title ('Mål 2: Arbete') leaves its goal to be said in the text, and a goal
        asked as a question is answered there."""
        head = self.stack[-1] if self.stack else None
        if head is None or head.goal_id is None or head.goal_id in self._question_goals:
            return False
        if self._coded_goal_heading(head.text) is not None:
            return True
        return is_goal_heading(head.text) and reads_as_clause(
            GOAL_LABEL_RE.sub("", strip_heading_number(head.text), count=1))

    def _goal_named_as(self, sentence: str, page: int) -> bool:
        """'Som delmål eftersträvar vi att ...': a goal so labelled, a sub-goal of the goal
        stated last in this section's text for a 'delmål'. True when the sentence was one."""
        named = goal_named_as(sentence)
        if not named:
            return False
        sub, clause = named
        stated = self.stated_goals.get(self._statement_section(), [])
        parent = stated[-1] if sub and stated else self.heading_goal()
        gid = self.add_goal(clause, page, parent=parent)
        self._state_goal(gid)
        return True

    def _followed_up(self, sentence: str, page: int) -> bool:
        """'Målen för språk och kommunikation följs upp genom antalet deltagare ... samt
        antalet besök ...': each thing named is an indicator, of no measure; of the goals
        of the theme the sentence names, else of the goals in scope (none in a follow-up
        chapter of its own). True when the sentence was such a list."""
        found = followed_up_by(sentence)
        if not found:
            return False
        what, items = found
        key = squash(what).casefold()
        themes = {g.theme for g in self.b.goals if g.parent is None and g.theme}
        named = next((t for t in themes if _theme_key(t) and _theme_key(t) in key), None)
        goals = (self.goal_lookup.goals_of_theme(named) if named else None) or self.current_goals() \
            or ([self.heading_goal()] if self.heading_goal() else [])
        for item in items:
            self._followed_up_in_text.append((self.add_indicator(item, page, None, goals), goals))
        return True

    def _enumerated_actions(self, sentence: str, page: int) -> bool:
        """'För att nå dit kommer kommunen att (1) starta ..., (2) bjuda in ... och (3) ordna
        ...': the actions listed inside the sentence become measures of the goals in scope,
        carried out by the doer the intro names, with the partners an item names ('i
        samarbete med församlingen'). True when the sentence was such a list."""
        found = enumerated_actions(sentence)
        goals = self.current_goals()
        if not found or not (goals or self.in_measure_scope()):
            return False
        doer, items = found
        for item in items:
            mid = self.add_measure(item, page, goals, responsible=[doer] if doer else [],
                                   partners=partners_in(item))
            self.list_measures.append(mid)
        return True

    @staticmethod
    def _goal_in_measure_field(text: str) -> tuple[str, str | None] | None:
        """(goal, code) of an action field whose value is a labelled goal ('Åtgärd: Mål 1:
        ...'): an action table's goal row printed as a card of its own."""
        fs = fields(text)
        if not fs or len(fs) != 1 or fs[0][0] != "measure":
            return None
        lab = labelled_item(fs[0][2])
        return (lab[1], lab[2]) if lab and lab[0] == "goal" else None

    def _goal_in_group_card(self, text: str) -> str | None:
        """The goal a paragraph names by its number and chapter, alone ('Mål 2. Barn och
        unga') or as an action field ('Åtgärd: Mål 2. Barn och unga'), see `_group_row_goal`;
        else None."""
        fs = fields(text)
        if fs and len(fs) == 1 and fs[0][0] == "measure":
            text = fs[0][2]
        return self.goal_lookup.goal_named_by_number(text)

    def _indicator_field(self, text: str, page: int) -> bool:
        """'Uppföljning: antal deltagare; antal besök.' (or 'antal deltagare, antal besök och
        antal ...', a list of counts) under a goal: the goal's indicators, listed in the
        field as a list would list them (items after ';' in lower case, as list items are
        written; a sentence after the label, 'Uppföljning: Gruppen
        rapporterar årligen.', says how the follow-up is done). Of no measure: the field
        follows the goal's whole list. True when the paragraph was that field."""
        fs = fields(text)
        phrase = not fs  # run in by a phrase ('Så följer vi upp:', 'Så här mäter vi:')
        fs = fs or _follow_up_phrase_field(text)
        if not fs or len(fs) != 1 or fs[0][0] != "indicator":
            return False
        items = [squash(x).rstrip(".").strip() for x in fs[0][2].split(";")]
        if len(items) == 1:
            items = count_list(items[0])  # 'Mätare: antal X, antal Y och antal Z.'
        if len(items) == 1:
            # 'antal X för åtgärd 6.1 samt andelen Y': 'samt' joins two things counted
            items = [p.strip() for p in re.split(rf"\s+samt\s+(?={_QUANTITY_HEAD})", items[0], flags=re.I)]
        # ... or, after a list of actions or under a paragraph whose one action was read, a
        # thing counted, upper-case as a field's value may be ('Mätare: Andel anställda som
        # ...', 'Indikator: Antalet ...'): a quantity is no sentence saying how the follow-up
        # is done. Elsewhere such a field may close a card whose action was not read
        # ('Åtgärd: ... / Ansvar: ... / Indikator: Antalet ...'): it is that action's, which
        # the goal would be taken for
        counted = bool(self.list_measures) or self._para_measure is not None
        if not all(items) or not all(x[:1].islower() or (counted and re.match(_QUANTITY_HEAD, x, re.I))
                                     for x in items) \
                or len(sentences(fs[0][2])) > 1:
            return False
        goals = self.current_goals() or ([self.heading_goal()] if self.heading_goal() else [])
        if not goals:
            return False
        # a meter right under a paragraph that stated one action ('1.1.2 Mentorprogram ... –
        # Ansvar: ...' / 'Mätare: antal mentorpar') is that action's, as a table row's meter
        # cell is; under a list it follows the goal's whole list, and a follow-up field
        # ('Uppföljning: ...') follows up the goal
        own = self._para_measure if not _FOLLOW_UP_LABEL_RE.match(fs[0][1]) else None
        if own is not None:
            goals = [g for g in self._measure(own).goals] or goals
        # one follow-up after a list of actions naming one of them by its words
        # (`named_action`): that action's indicator
        in_words = (action_named_by(items[0], [(m, self._measure(m).text) for m in self.list_measures])
                    if len(items) == 1 and own is None else None)
        for it in items:
            # 'antal deltagare (II.b)' / '(hela fokusområdet)': the action it follows up by
            # the code the action was listed with, or the whole area (`action_codes`)
            if closing_reference(it) is not None:
                it, coded, links = self._coded_reference(it, None, goals)
                self.add_indicator(it, page, coded, links)
                continue
            # 'antal X för åtgärd 6.1': the one action it follows up, named in the sentence
            named = self._named_measure(it) or own or in_words
            it = _ACTION_TAIL_RE.sub("", it) if named else it
            if phrase:
                # 'Så här mäter vi: a (Statistikcentralen); b.': a brochure's measuring line
                # names where each figure comes from, no part of the indicator
                it = _without_source(it)
            self.add_indicator(it, page, named, goals)
        return True

    def _coded_reference(self, text: str, measure: str | None, goals: list[str]) -> tuple[str, str | None, list[str]]:
        """(text, measure, goals) of an indicator that names in a closing parenthesis the
        action it follows up by its code ('antal mentorpar (II.a)': that action and its goal)
        or the whole area ('(hela fokusområdet)': no action), without the parenthesis
        (`action_codes`); else as given."""
        ref = closing_reference(text)
        if ref is None:
            return text, measure, goals
        if ref.code is not None:
            coded = measure_by_code(self.b.measures, ref.code)
            if coded is None:
                return text, measure, goals
            return ref.text, coded, self._measure(coded).goals or goals
        return ref.text, None, goals

    def _follow_up_of_numbered_goal(self, text: str, page: int) -> bool:
        """'Uppföljning av mål 3: Avtalet är undertecknat. Antalet X följs upp halvårsvis.':
        a follow-up field whose label names the goal it follows up by the number the goal
        was stated with. Naming its goal, the label says the field lists what that goal is
        followed up by: each sentence one of its indicators, of no action (a follow-up of
        the whole goal), written as sentences as well as counts. True when the paragraph was
        that field."""
        m = _FOLLOW_UP_OF_GOAL_RE.match(squash(text))
        if not m:
            return False
        gid = self.goal_lookup.goal_by_number(m.group("num"))
        items = [x.rstrip(".").strip() for x in sentences(m.group("rest"))]
        if gid is None or not items or not all(items):
            return False
        for it in items:
            self.add_indicator(it, page, None, [gid])
        return True

    def _on_goal_field(self, gid: str, code: str | None) -> None:
        """A section that gives its goal as a labelled field ('Önskat läge 2028: ...') states
        it there: the goal sentences of its prose before the field ('Målet är att fler ska
        stanna.', 'Integration lyckas när ...') are the background to it, not goals of their
        own (unless something is already linked to them). The field's code ('Effektmål E1')
        names the goal for the items that refer to it, and coded items right under it
        ('R1: ...') are its sub-goals (`on_bullet`)."""
        sec = self._statement_section()
        if sec is not None:
            self._field_sections.add(sec)
            linked = {m.goal for m in self.b.measures} | {i.goal for i in self.b.indicators}
            for old in self._prose_goals.pop(sec, []):
                if old in linked:
                    continue
                self.b.goals = [g for g in self.b.goals if g.id != old]
                if old in self.stated_goals.get(sec, []):
                    self.stated_goals[sec].remove(old)
                if old in self._last_goal_list:
                    self._last_goal_list.remove(old)
        if code:
            self.coded_goals.setdefault(code, gid)
        self._field_goal = gid

    def _numbered_parent(self, code: str | None) -> str | None:
        """The goal a dotted goal number ('1.2') is numbered under: the level stated before
        it with the number's first part ('Strategi 1: ...'), made a goal the first time a
        goal is numbered under it; else None."""
        level = self._numbered_levels.get(code.split(".")[0]) if code and "." in code else None
        if level is None:
            return None
        if level[3] is None:
            text, page, theme, _ = level
            same = [g.id for g in self.b.goals if g.text == text]
            level[3] = same[0] if same else self.add_goal(text, page, theme=theme)
        return level[3]

    def _sub_goal_field_parent(self, text: str) -> str | None:
        """The goal a sub-goal field ('Delmål: ...', no number) is part of: the latest goal
        of its section that is no sub-goal, stated before it ('Målsättning: ...'), else None."""
        if not _SUB_GOAL_INTRO_RE.match(text):
            return None
        sec = self.section()
        tops = [g.id for g in self.b.goals
                if g.section == sec and g.parent is None and g.id not in self.b.goal_from_table]
        return tops[-1] if tops else None

    def _coded_sub_goal(self, text: str, page: int) -> bool:
        """A coded item right under a goal field ('Effektmål E1: ...' then '• R1: ...'): a
        sub-goal of it, known by its code. True when the item was one."""
        coded = coded_item(text) if self._field_goal else None
        if not coded:
            self._field_goal = None
            return False
        gid = self.add_goal(coded[1], page, parent=self._field_goal)
        self.coded_goals.setdefault(coded[0], gid)
        return True

    def _sub_goal_parent(self) -> str | None:
        """The goal whose sub-goals a list introduced as such ('Delmål:') holds: the one goal
        stated in the section's text ('Målsättning: ...' above it), else None."""
        if not (self.list_intro and _SUB_GOAL_INTRO_RE.match(self._intro_text)):
            return None
        stated = self.stated_goals_in_scope()
        return stated[0] if len(stated) == 1 else None

    def _labelled_sub_goal(self, text: str, page: int) -> bool:
        """An item labelled as a sub-goal ('Tyngdpunkt 1.1: ...', 'Delmål 2.1: ...') listed
        right under a heading that is a goal ('Strategiskt mål 1: ...'), with no paragraph
        introducing the list as anything else: a sub-goal of the heading's goal, known by its
        number to the action tables that name it ('1.1 Klienten ...'). True when it was one."""
        m = _SUB_GOAL_ITEM_RE.match(text)
        head_goal = self.stack[-1].goal_id if self.stack else None
        if not m or head_goal is None or self.list_mode is not None or self.list_intro:
            return False
        gid = self.add_goal(squash(m.group("text")).rstrip(".").strip(), page, parent=head_goal)
        self.numbered_goals.setdefault(m.group("code"), gid)
        return True

    def _goal_reference(self, text: str) -> tuple[str, str | None]:
        """(text, goal) of an item that refers to a coded goal at its end ('A5. Uppsökande
        information ... (R3)'): the item without its own code and the reference, and the goal
        so coded; the text unchanged and None when no known goal is named."""
        m = _GOAL_REF_RE.search(text)
        gid = self.coded_goals.get(m.group("code")) if m else None
        if gid is None:
            return text, None
        text = text[:m.start()].rstrip()
        coded = coded_item(text)
        return (coded[1] if coded else text), gid

    def _note_prose_action(self, sentence: str, page: int) -> None:
        """Keep a sentence that states an action after a goal stated in this section's text
        ('Vårt mål är att ...' / 'Kommunen ordnar ...'); whether it is a measure is known
        at the end of the programme (`_settle_prose_actions`). Not under a measure heading (its
        list is the measures) nor after a goal list or goal heading that came after the
        stated goal (the section has structure of its own)."""
        sec = self._stated_section()
        if sec is None and not self.in_measure_scope():
            self._note_heading_action(sentence, page)
            return
        if sec is None or self.in_measure_scope():
            return
        goals = self.current_goals()
        if not goals or goals != self.stated_goals[sec]:
            return
        if states_target(sentence):
            self.pending_targets.append((goals[-1], squash(sentence).rstrip(".").strip(), page))
            return
        action = prose_action(sentence)
        if action is not None:
            self.pending_actions.append(PendingAction(goals[-1], action, page, self.section(), self.theme()))

    def _note_heading_action(self, sentence: str, page: int) -> None:
        """A sentence of running text right under a goal heading ('Mål 3: ...'): an action
        with a named doer as its subject is kept for that goal (`_settle_prose_actions`); a
        sentence after it that gives only the time of 'the activity' ('Verksamheten inleds
        våren 2025.') is that action's schedule."""
        last, self._last_sentence_action = self._last_sentence_action, None
        gid = self.heading_goal()
        if gid is None or gid not in self.b.goal_from_heading or self.current_goals() != [gid]:
            return
        when = time_of_action_before(sentence)
        if when is not None:
            if last is not None and last.goal == gid and last.action.schedule is None:
                sched, start, end = parse_schedule(when)
                last.action = replace(last.action, schedule=sched, start_year=start, end_year=end)
            return
        action = prose_action(sentence)
        if action is None or not action.responsible:
            return
        pending = PendingAction(gid, action, page, self.section(), self.theme())
        self.heading_actions.append(pending)
        self._last_sentence_action = pending

    def _note_supported_goal(self, text: str) -> None:
        """'Åtgärderna nedan stöder mål 2 (och 5).': the actions after it are those of the
        goal listed as number 2 (the first named: the one they chiefly serve)."""
        m = _SUPPORTS_GOAL_RE.match(text)
        gid = self.numbered_goals.get(m.group("num")) if m else None
        if gid:
            self.last_goal_list = [gid]

    def _named_paragraph_measure(self, el: Element) -> None:
        """A paragraph named by its lead phrase under a measure heading ('Språkcaféer.
        Biblioteket ordnar språkcafé ... (fortlöpande).'): one measure, the whole paragraph;
        the sentence's subject is responsible, 'i samarbete med / tillsammans med X' names
        partners, a closing parenthesis the schedule."""
        text = squash(el.text)
        rest = _lead_phrase(text)[1]
        first = sentences(rest)[0] if sentences(rest) else rest
        paren = closing_parenthesis(text)
        sched, start, end = parse_schedule(paren.strip()) if paren else (None, None, None)
        self.add_measure(text.rstrip(".").strip(), el.page, self.current_goals(),
                         responsible=_subject_actors(first), partners=partners_in(rest),
                         schedule=sched, start_year=start, end_year=end)

    def _settle_prose_actions(self) -> None:
        """The sentences kept become measures of the goal stated before them when the
        programme gave no measure in any other way (no list, table, record or numbered
        action anywhere): then its text is where it says what it does. A programme that
        lists its measures describes in its text how services work today, in the same words
        ('Rådgivning ges ...', 'Kommunen erbjuder ...'), and those sentences are no
        measures."""
        served = {g for m in self.b.measures for g in (m.goals or [m.goal])}
        for p in self.heading_actions:
            if p.goal not in served:
                a = p.action
                self.add_measure(a.text, p.page, [p.goal], theme=p.theme, section=p.section,
                                 responsible=a.responsible, partners=a.partners, schedule=a.schedule,
                                 start_year=a.start_year, end_year=a.end_year, printed=a.printed)
        self.heading_actions = []
        if self.b.measures or not self.pending_actions:
            # the targets too: a programme that says what it does in its text states how it
            # knows it succeeded there ('Andelen ... ökar från 71 % (2022) till 80 % (2026)');
            # one with lists and tables tells figures in its text as background
            self.pending_actions, self.pending_targets = [], []
            return
        # a goal whose sentences commit someone to act ('Vi kommer att ...', 'X ska ...'):
        # its sentences in the plain present ('Materialet uppdateras varje år', 'Uppgifterna
        # sammanställs en gång per år') tell how the work is done or followed up around
        # those commitments, they add no measure of their own
        committed = {p.goal for p in self.pending_actions if p.action.commits}
        kept: dict[str, list[str]] = {}
        for p in self.pending_actions:
            a = p.action
            if p.goal in committed and not a.commits:
                continue
            kept.setdefault(p.goal, []).append(
                self.add_measure(a.text, p.page, [p.goal], theme=p.theme, section=p.section,
                                 responsible=a.responsible, partners=a.partners, schedule=a.schedule,
                                 start_year=a.start_year, end_year=a.end_year, printed=a.printed))
        by_id = {i.id: i for i in self.b.indicators}
        for iid, goals in self._followed_up_in_text:
            # a follow-up sentence of a goal whose text stated one action measures that action,
            # as a 'Mätare:' line right under a paragraph of one action does; after several it
            # follows up the goal
            ind = by_id.get(iid)
            if ind is not None and ind.measure is None and len(goals) == 1 and len(kept.get(goals[0], [])) == 1:
                ind.measure = kept[goals[0]][0]
        for goal, text, page in self.pending_targets:
            self.add_indicator(text, page, None, [goal])
        self.pending_actions, self.pending_targets = [], []

    def on_bullet(self, el: Element) -> None:
        if self.list_mode == "background":
            return  # a list introduced as the past or as another body's goals (prose.intro_kind)
        if self.list_mode == "parts":
            return  # the steps of the action above ('Delåtgärder:'), parts of that one measure
        if self.list_mode is None and self.stack and about_earlier_period(self.stack[-1].text):
            return  # listed under a heading about the previous programme: its results
        text = strip_marker(el.text) if BULLET_RE.match(el.text) else el.text
        if self.list_continues and not text[:1].islower():
            # no item finishing the sentence broken off above (that one runs on in lower
            # case): a list of its own, the paragraph above only broke off
            self.list_mode, self.list_continues = None, False
        num = numbering(text)
        if self._coded_sub_goal(text, el.page) or self._labelled_sub_goal(text, el.page):
            return
        if self.goal_mode() or self.list_mode == "goal" or self._numbered_goal_under_theme(num):
            gf = goal_field(text)
            named = None if gf else area_goal(text)
            if gf and gf[1]:
                # 'Mål 2: ...' in a list of goals: the goal without its label, which numbers
                # it for the tables and sections that refer to it ('Mål': '2', 'stöder mål 2')
                text, num = gf
            elif named:
                # 'Mål 1. Språk och utbildning: ...': numbered so, and the area named is its theme
                text, num = named.text, named.number
            gid = self.add_goal(text, el.page, parent=self.heading_goal() or self._sub_goal_parent(),
                                theme=named.area if named else None)
            self.last_goal_list.append(gid)
            if num and "." not in num:
                self.numbered_goals.setdefault(num, gid)
            return
        inline = trailing_fields(text)
        body = inline[0] if inline else text  # 'Tidtabell: 2022' at its end is no statistic
        if is_question(body) or is_figure(body):
            # a numbered question (a survey's) or a statistic ('Ryska: 701') is no action
            return
        if self._numbered_focus_area(text, num, inline, el.page):
            return
        if self.indicator_mode() and not num and self.list_mode != "indicator" and _speaks_of_indicators(text):
            # 'Mätarna i tabellen nedan följs upp varje år' under 'Så följer vi upp': an item
            # whose subject is the indicators themselves tells how they are followed up, so
            # its list is the follow-up routine ('Rapport till nämnden i maj'), no indicators
            self.list_mode = "background"
            return
        if self.indicator_mode() and not num:
            # a list under 'Uppföljning' / 'Mätare' / '... följs upp med:': indicators, of
            # the goals stated in the section (none in a follow-up chapter of their own)
            # ... or of the goal its chapter gave under a sibling heading ('Vad vill vi uppnå?'
            # before 'Hur vet vi att vi lyckats?')
            goals = ([self._follow_up_goal] if self._follow_up_goal else self.stated_goals_in_scope()
                     or ([self.heading_goal()] if self.heading_goal() else [])
                     or list(self.stack[-1].sibling_goals))
            ref = number_reference(text)
            if ref is not None:
                # '... (åtgärd 11)' / '... (mål 2)': the action or goal it follows up, by number
                # (the item is kept as printed: programmes' gold keeps the reference, or reads
                # the item without it as the same indicator)
                found = (self._numbered_measure(ref[2]) or self.column_numbered_measures.get(ref[2])
                         if ref[1] == "measure" else None)
                goal = (self._measure(found).goal if found else
                        self.goal_lookup.goal_by_number(ref[2]) if ref[1] == "goal" else None)
                if found or goal:
                    self.add_indicator(_without_source(text), el.page, found, [goal] if goal else goals)
                    return
            self.add_indicator(_without_source(text), el.page, self._named_measure(text), goals)
            return
        if self.in_measure_scope() or self.list_mode == "measure" or (num and "." in num) \
                or self._list_of_goal_heading(own_doer=bool(inline) or trailing_actors(text) is not None) \
                or self._action_of_stated_goal(own_doer=bool(inline) or trailing_actors(text) is not None,
                                               item=text) \
                or self._list_after_goal_heading(own_doer=bool(inline) or trailing_actors(text) is not None):
            grp = self.group_number()
            if num and grp and num == grp and not self.group_had_items:
                num = f"{grp}.1"  # 'N.' opening the actions of group N is its first action, N.1
            if self.list_continues:
                text = without_list_joint(text)
            printed = None  # the item with the who/when tail cut off its text, if one is
            subject_doer: list[str] = []
            if inline:
                printed = squash(text)  # as trailing_fields squashes the text it cuts
                text, fs = inline
                resp, partners, when = _field_actors(fs)
                # 'X – Ansvar: Y. Tidtabell: 2026.': the fields after the sentence, and a tail
                # closing the sentence itself; the fields win where both say
                t_resp, t_partners, t_when = trailing_actors(text) or ([], [], None)
                if not (resp or partners):
                    resp, partners = t_resp, t_partners
                when = when or t_when
                text = _without_tail(text)
                # 'Språkcafé – Biblioteket ordnar ... Ansvarig: X.': the name before the dash
                # is the action, the sentences after it describe it (`titled_items`)
                text = titled_action(text, closed=True) or text
            else:
                tail = trailing_actors(text)
                same_place = parenthesis_in_actors_place(text)
                from_place = tail is None and same_place is not None and (self._doer_in_parenthesis
                                                                          or self._doers_in_parentheses)
                if from_place:
                    # '(småbarnspedagogiken, fortlöpande)' among items whose closing
                    # parenthesis holds their doer and time: its doer, in that place
                    tail = same_place[1]
                elif actors_parenthesis_start(text) is not None and tail and tail[2]:
                    self._doer_in_parenthesis = True
                resp, partners, when = tail or ([], [], None)
                if not resp:
                    # no doer at its end: its subject may name one, with partners
                    resp, partners = leading_actors(text) or (resp, partners)
                if not resp:
                    # nor with partners: perhaps the named subject doing it ('Biblioteket
                    # köper in ...'), settled when the section ends (`_settle_subject_doers`)
                    subject_doer = _subject_actors(squash(text))
                # the tail read for who and when is cut off the action: a doer read in the
                # actors' place (a name the actor reader does not know) at its parenthesis
                action = text[:same_place[0]].rstrip() if from_place else _without_tail(text)
                # 'Språkcafé – Biblioteket ordnar språkcafé ... finska.' (its fields on lines
                # of their own): the name is the action (`titled_items`)
                action = titled_action(action) or action
                if action != text:
                    printed, text = text, action
            sched, start, end = parse_schedule(when)
            text, ref_goal = self._goal_reference(text)
            goals = [ref_goal] if ref_goal else self.goal_lookup.goals_by_action_number(num, self.current_goals())
            mid = self.add_measure(text, el.page, goals, number=num, responsible=resp,
                                   partners=partners, schedule=sched, start_year=start, end_year=end,
                                   printed=as_printed(printed))
            if not resp:
                self.subject_doers[mid] = subject_doer
            self.list_measures.append(mid)
            self.group_had_items = True
            if self.stack and self.stack[-1].goal_id is not None:
                self._goal_heading_actions = True
            return
        coded = _CODED_ITEM_RE.match(text) or SINGLE_LETTER_ITEM_RE.match(text)
        if coded:
            self.coded_items[coded.group(1)] = (squash(coded.group(2)), el.page, self.theme())

    def _numbered_goal_under_theme(self, num: str | None) -> bool:
        """'2. Mål för programperioden' > '2.1 Mottagande och vägledning' > '1. Alla nya ...':
        a chapter announcing goals, split by theme subheadings that are no goals themselves;
        the numbered items under a theme are the chapter's goals, numbered on across the
        themes so that the action tables can refer to them ('Mål': '1'). Unnumbered items
        under such a theme may as well be its background, and stay unread here."""
        if not num or "." in num or self.list_mode is not None or self.list_intro or len(self.stack) < 2:
            return False
        top, above = self.stack[-1], self.stack[-2]
        return (top.kind is None and top.goal_id is None and not top.caption and not top.earlier
                and above.kind == "goal" and above.goal_id is None and not above.earlier)

    def _numbered_focus_area(self, text: str, num: str | None, inline, page: int) -> bool:
        """A list item numbered as a section is ('1.1 Vuxna invandrare har ...') whose number
        an action table's goal column holds alone later ('Tyngdpunkt': '1.1'): the item is
        a goal those actions work towards, a focus area of the goal stated above it, not an
        action (an action is no goal of other actions). One that gives who does it or when
        ('Ansvar: ...', '(X i samarbete med Y)') stays an action. True when it was a goal."""
        if not num or "." not in num or num not in self.referenced_codes or inline or trailing_actors(text):
            return False
        above = self.current_goals() or ([self.heading_goal()] if self.heading_goal() else [])
        gid = self.add_goal(squash(NUMBERED_RE.sub("", text, count=1)), page,
                            parent=above[-1] if above else None)
        self.numbered_goals.setdefault(num, gid)
        return True

    def _list_of_goal_heading(self, own_doer: bool = False) -> bool:
        """A list right under a heading that is itself a goal ('Mål 4: Nya och gamla
        invånare lär känna varandra'), introduced by no paragraph as anything else, in a
        programme whose goal headings were already followed by lists of actions, or whose
        item names who does it (`own_doer`: '... (ansvar: kommunkansliet, 2024)'): the
        goal's actions, as the lists under the other goal headings are (without either,
        the items under a goal heading may as well be its sub-goals or results)."""
        return (bool(self.stack) and self.stack[-1].goal_id is not None and not self.list_intro
                and self.list_mode is None and (self._goal_heading_actions or own_doer))

    def _settle_subject_doers(self) -> None:
        """A section whose list items all name their doer as the sentence's subject
        ('Biblioteket köper in ...', 'Integrationshandledaren följer med ...') states who does
        each: those subjects are responsible. Where only some items have a named subject
        among passive and nominal ones ('Fadderverksamhet startas ...'), the list states
        what is done, not by whom, and the subjects stay unrecorded. Items a closing
        sentence already gave a responsible ('Ansvarig för åtgärderna ... är X') keep it."""
        open_items = {mid: who for mid, who in self.subject_doers.items() if not self._measure(mid).responsible}
        if open_items and all(open_items.values()):
            for mid, who in open_items.items():
                self._measure(mid).responsible = list(who)
        self.subject_doers = {}

    def _action_of_stated_goal(self, own_doer: bool, item: str = "") -> bool:
        """An item naming who does it ('Kommunens hyresbolag reserverar bostäder ... (X
        Bostäder Ab, 2026).') in a list right under the paragraph where its section stated
        its goal ('Målet är att ...'), introduced by no paragraph as anything else: an action
        towards that goal, as the same section's list after 'Åtgärder:' would be. Without its
        doer the item may as well be a sub-goal or a background list, unless another item
        of its list names one (a list holds items of one kind, and a doer the actor reader
        does not know, '(småbarnspedagogiken och skolan)', leaves its item an action) -- or
        unless it states an action ('Vi ordnar ...', `prose_action`) and the goals the
        programme's other sections stated got their actions (a list or table under the
        statement, 'Ansvar: X' after it): a section printed the same way without that line
        lists actions too, with nobody named. Items stating how things are
        ('Hyresbostäderna är få') stay unread."""
        own_doer = own_doer or self._in_doers_list
        if not (self._right_under_stated_goal() and self.list_mode is None):
            return False
        return own_doer or (self._stated_goals_had_actions() and prose_action(item) is not None)

    def _stated_goals_had_actions(self) -> bool:
        """Did the goals other sections stated in their text get actions (a list or table
        under them)? Then the programme prints its actions under its goal statements."""
        here = self.stack[-1].section if self.stack else None
        return any(self._have_measures(gs) for sec, gs in self.stated_goals.items() if sec != here)

    def _right_under_stated_goal(self) -> bool:
        """A list item in the section whose text stated its goal, introduced by no paragraph."""
        return bool(self.stack) and bool(self.stated_goals.get(self.stack[-1].section)) and not self.list_intro

    def _assign_owner(self, text: str) -> bool:
        """'Sektorn för bildning ansvarar för åtgärderna (i samarbete med X).' (or 'Ansvarig
        för åtgärderna är X ...') right after a list: the responsible of its measures that
        name none (of the first or last N when
        it says 'de två första'); sentences naming some of the actions with their agent
        (`_assign_named_owner`) give those theirs. True when the paragraph was such
        sentences alone."""
        sents = sentences(text) or [text]
        first = squash(sents[0])
        m = _OWNER_RE.match(first)
        last = None if m else (_OWNER_LAST_RE.match(first) or _OWNER_FIRST_RE.match(first))
        if not m and not last:
            named = [self._assign_named_owner(s) for s in sents]
            return all(named)
        resp, partners = split_actors(last.group("who") if last else
                                      f"{m.group('who')} {m.group('rest') or ''}".strip())
        if not resp:
            return False
        ids = self.list_measures
        n = m.group("n") if m else None
        if n:
            k = int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]
            ids = ids[:k] if (m.group("end") or "").lower() == "första" else ids[-k:]
        for mid in ids:
            meas = self._measure(mid)
            if not meas.responsible:
                meas.responsible, meas.partners = list(resp), list(partners)
        named = [self._assign_named_owner(s) for s in sents[1:]]
        return all(named)

    def _assign_named_owner(self, sentence: str) -> bool:
        """'Boenderådgivningen och avtalet om familjebostäder bereds av X i samarbete med Y
        under år 2026' after a list: the actions of the list it names by their first noun
        (`lead_phrase.agent_of_named`) are X's, with Y as partner and the time as schedule,
        where they name nobody and no time of their own. True when the sentence was one."""
        by_number = agents_by_number(sentence)
        if by_number:
            # 'Åtgärderna 5.2.1 och 5.2.2 genomförs av X ...': the actions of that number,
            # in this list or an earlier one
            for nums, who, when in by_number:
                self._give_owner([self._numbered_measure(n) for n in nums], who, when)
            return True
        together = agent_of_all(sentence)
        if together:
            # 'Utvecklingsområdena genomförs av X i samarbete med Y under läsåren 2025–2027'
            return self._give_owner(list(self.list_measures), *together)
        texts = [self._measure_text(mid) for mid in self.list_measures]
        found = agent_of_named(sentence, texts)
        if found is None:
            return False
        picked, who, when = found
        resp, partners = split_actors(who)
        if not resp:
            return False
        sched, start, end = parse_schedule(when)
        for k in picked:
            meas = self._measure(self.list_measures[k])
            if not meas.responsible:
                meas.responsible, meas.partners = list(resp), list(partners)
            if meas.schedule is None and sched:
                meas.schedule, meas.start_year, meas.end_year = sched, start, end
        return True

    def _owner_of_inline_list(self, sents: list[str], mids: list[str]) -> None:
        """The sentences after a list run in one sentence ('Ansvarig för åtgärderna är
        kommunstyrelsen.') give its actions their owner, as a paragraph after a bulleted
        list gives that list's (`_assign_owner`)."""
        kept = self.list_measures
        self.list_measures = list(mids)
        try:
            self._assign_owner(" ".join(sents))
        finally:
            self.list_measures = kept

    def _give_owner(self, mids: list[str | None], who: str, when: str | None) -> bool:
        """The responsible, partners and time a sentence gives `mids` (those that name none
        of their own). False when it names no responsible."""
        resp, partners = split_actors(who)
        if not resp:
            return False
        sched, start, end = parse_schedule(when)
        for mid in filter(None, mids):
            meas = self._measure(mid)
            if not meas.responsible:
                meas.responsible, meas.partners = list(resp), list(partners)
            if meas.schedule is None and sched:
                meas.schedule, meas.start_year, meas.end_year = sched, start, end
        return True

    def _numbered_measure(self, number: str) -> str | None:
        """The latest measure printed with this number ('5.2.1 ...')."""
        return next((mid for mid, n in reversed(self.b.measure_number.items()) if n == number), None)

    _ACTION_REF_RE = re.compile(r"\båtgärd(?:erna)?\s+(\d{1,2}(?:\.\d{1,2})+)", re.I)

    def _named_measure(self, text: str) -> str | None:
        """The measure an indicator names by its number ('... (åtgärd 1.1)')."""
        m = self._ACTION_REF_RE.search(text)
        if not m:
            return None
        return next((mid for mid, n in reversed(self.b.measure_number.items()) if n == m.group(1)), None)

    # ---- tables --------------------------------------------------------------------
    def on_table(self, el: Element, prev: Element | None) -> None:
        t = el.table
        # the goals the table read last ended with, for this one alone (`goal_lookup.goals_carried_into`)
        end_goals, self._table_end_goals = self._table_end_goals, None
        if t is None or not t.rows:
            return
        self._n_tables += 1


        if self._note_owners_by_part(t) or self._on_roadmap(el, prev):
            return
        sc = self._structure_columns(t, self.layouts, self.defined)
        if sc is None:
            return
        n_hdr, roles = sc
        caption = prev.text if prev is not None and prev.kind == "heading" else None
        theme = self.table_theme(caption)
        cap_num = heading_number(caption) if caption else None
        cap_num = cap_num if cap_num and cap_num.isdigit() else None
        goal_cols = [c for c, r in roles.items() if r == "goal"]
        col = {r: c for c, r in sorted(roles.items(), reverse=True)}  # first column of each role
        heading_goal = self.heading_goal()

        goal_cols = [c for c, r in roles.items() if r == "goal"]
        # a table of goals alone ('Nr | Nuläge | Önskat läge 2029'): each row a goal of its
        # own, none the heading of the rows under it (it has no rows of actions to head)
        goals_only = bool(goal_cols) and set(roles.values()) == {"goal"}
        sections = self._section_rows(t, n_hdr) if not goal_cols else set()
        body = _goal_label_rows(t.rows[n_hdr:]) if "goal" not in roles.values() else t.rows[n_hdr:]
        field_rows = self._field_rows(body, roles)
        sections = sections | set(field_rows)
        body_pages = (el.pages[n_hdr:] if len(el.pages) >= len(t.rows)
                      else [el.page] * (len(t.rows) - n_hdr))
        if t.method in ("label-value", "transposed"):
            # records (records.py) are whole rows by construction: a lower-case actor
            # ('sektorn för bildning') under the record above is the next record's, not a
            # table row the finder cut at a line break; so is a column of a table printed
            # on its side (`transposed`), which became one row
            rows, pages = [list(r) for r in body], list(body_pages)
        else:
            rows, pages = _glue_continuation_rows(body, body_pages, sections)
        widths = {c: column_width([r[c] for r in rows if c < len(r)]) for c in roles}
        if n_hdr:
            # an actor column too short to measure (a table of two rows) is as wide as the same
            # column of the programme's other tables under the same header: one layout,
            # repeated, whose names wrap alike. (Not the goal and action columns: a table fitted
            # to its text gives them the width their own text needs.)
            seen = self._widths_by_header.setdefault(tuple(squash(h).lower() for h in headers_of(t, n_hdr)), {})
            for c, w in widths.items():
                if w is not None and roles.get(c) in _ACTOR_ROLES:
                    seen[c] = max(w, seen.get(c, 0))
            widths = {c: w if w is not None else seen.get(c) for c, w in widths.items()}
        # a responsibility matrix: the actors are the header's names, marked row by row
        mark_cols = mark_columns(headers_of(t, n_hdr), rows, roles) if n_hdr else {}
        # years as columns, marked 'x' in the years an action is carried out: its schedule
        year_cols = year_mark_columns(headers_of(t, n_hdr), rows, roles) if n_hdr else {}
        org_cols = organisation_columns(headers_of(t, n_hdr), roles) if n_hdr and not mark_cols else []
        self._widths = widths
        self._col = col
        # a table without a header has none to be printed again
        header_key = [squash(h).lower() for h in headers_of(t, 1)] if n_hdr else None
        cur_goals: list[str] = (self.current_goals() if not goal_cols
                                else goals_carried_into(prev, header_key, end_goals))
        level_goal: dict[int, str] = {}  # goal column -> current goal (parents across columns)
        group_goal: str | None = None
        group_lower_run = False
        carry: dict[str, str] = {}
        last_measures: list[str] = []
        table_measures: list[str] = []
        # an item of the table closed with its doer and time in parentheses, '(X, 2026)'
        doer_in_parenthesis = False
        prev_page = pages[0] if pages else el.page

        def cell(role: str, row: list[str]) -> str:
            c = col.get(role)
            return row[c].strip() if c is not None and c < len(row) else ""

        if t.method == "label-value" and sum(bool(cell("measure", r)) for r in rows) > 1:
            # the number of a heading right over records numbers their action when there is
            # one (a card under '3.2 ...'); over several records, each a whole action of its
            # own, it is the section's number: given to each, it would join them as
            # restatements of one action (a printed table's rows under one number may be
            # the parts of one action's cell that a table finder cut)
            cap_num = None

        # a column naming each row's theme ('Tema | Mätare | Källa'), in a table of no goals
        # (in a table of goals, 'Målområde | Mål', the area each goal belongs to: its theme)
        theme_col = theme_column(headers_of(t, n_hdr)) if n_hdr else None
        if n_hdr and goal_cols and theme_col is None:
            # ... or the target group of each goal ('Målgrupp | Mål | ...'), its theme as well
            theme_col = target_group_column(headers_of(t, n_hdr))
        area_above = ""  # an empty area cell: the area of the row above (filled once per group)
        if n_hdr and not goal_cols and theme_col is None:
            # ... or the word the programme numbers its parts with ('Steg' over rows naming
            # 'Steg 1. Ankomst ...' by its name, `part_headings`)
            theme_col = part_label_column(headers_of(t, n_hdr),
                                          {x for s in self.b.sections if (x := part_label(s.heading))})
        # actions numbered by their goal ('Nr': '3.1' beside the action of goal 3)
        number_goals = self.goal_lookup.goals_of_action_numbers(rows, roles, col.get("measure")) if not goal_cols else {}
        row_theme = ""
        group_when = ""  # the time a group row gave the rows under it (`group_time`)
        for k_row, (row, page) in enumerate(zip(rows, pages)):
            if not any(x.strip() for x in row):
                continue
            section = _merged_text(row, sections)
            if section in field_rows:
                role, text, code = field_rows[section]
                if role == "indicator":
                    # 'Mätare: ...' after a goal's measures: an indicator of the goal (of no
                    # one measure: it closes the goal's rows)
                    self.add_indicator(text, page, None, cur_goals or ([heading_goal] if heading_goal else []))
                    continue
                gid = self.add_goal(text, page, parent=heading_goal, theme=theme, from_table=True)
                if code:
                    self.numbered_goals.setdefault(code, gid)
                cur_goals = [gid]
                self.last_goal_list = [gid]
                carry = {}
                continue
            when_row = group_time(row, roles)
            if when_row is not None:
                # '2025' / '2026–2027' / 'Hela perioden' alone in a row of an action plan
                # grouped by when its actions start: the schedule of the rows under it
                group_when = when_row
                carry.pop("schedule", None)
                continue
            lead_when = leading_group_time(cell("measure", row))
            if lead_when is not None:
                # '5.1 2025' run together with the numbered action under it: the group row
                group_when = lead_when[0]
                carry.pop("schedule", None)
                row = list(row)
                row[col["measure"]] = lead_when[1]
            named = self._group_row_goal(row, rows[k_row - 1] if k_row else [])
            if named:
                # 'Mål 2. Barn och unga' alone in its row: the rows below are the actions of
                # the goal that chapter stated
                cur_goals = [named]
                self.last_goal_list = [named]
                continue
            if section is not None:
                # a row merged across the table, in a table without a goal column: the goal
                # of the rows below it ('Mål 1: Synligt kunnande' over its measures)
                label, items = split_goal_cell(section, None)
                new_ids = [self.add_goal(it, page, parent=heading_goal, theme=label or theme,
                                         from_table=True) for it in items]
                if new_ids:
                    cur_goals = new_ids
                    self.last_goal_list = new_ids
                    carry = {}
                continue
            if [squash(x).lower() for x in row] == header_key or (
                    n_hdr and is_structure_header(row) and map_columns(row) == roles):
                continue  # the header printed again (a page break inside the table)
            goal_texts = [(c, row[c].strip()) for c in goal_cols if c < len(row) and row[c].strip()]
            # a goal cell holding a dash alone says the row serves no goal ('–', none), as a
            # dash says in any cell; an empty one is the goal above
            no_goal = bool(goal_texts) and all(_DASH_ONLY_RE.match(x) for _, x in goal_texts)
            if no_goal:
                goal_texts, cur_goals = [], []
            others = [row[c] for c in roles if roles[c] != "goal" and c < len(row) and row[c].strip()]
            above = level_goal.get(goal_texts[0][0]) if goal_texts else None
            if (above and not others and len(goal_texts) == 1
                    and not any(ch.isalpha() for ch in goal_texts[0][1])):
                # A goal cell holding no word (a date, a number) is no goal: it is the last
                # line of the goal above, set as a paragraph of its own, which a borderless
                # table shows as a row of its own.
                g = next(g for g in self.b.goals if g.id == above)
                g.text = f"{g.text} {squash(goal_texts[0][1])}"
                continue
            named = [self._goal_named_by_label(t) for _, t in goal_texts]
            row_measure = next((m for _, m in filter(None, named) if m), None)
            lookup = self.goal_lookup
            refs = [lookup.goal_by_number(t) or lookup.goal_by_short_name(t) or lookup.goal_by_theme(t)
                    or (n[0] if n else None)
                    or (lookup.goal_by_words(t) if "measure" not in roles.values() else None)
                    for (_, t), n in zip(goal_texts, named)]
            listed = [[r] if r else lookup.goals_by_numbers(t) for (_, t), r in zip(goal_texts, refs)]
            if goal_texts and all(listed):
                # a goal column holding only the numbers of goals listed before ('Mål nr':
                # '3', or '1, 2' for an action serving two) refers to them: the row's
                # measures are theirs, no new goals
                goal_texts = []
                cur_goals = list(dict.fromkeys(g for gs in listed for g in gs))
            elif goal_texts and all(r or bare_number(t) or bare_code(t) or names_no_words(t)
                                    for (_, t), r in zip(goal_texts, refs)):
                # a number or code naming no goal read so far ('4' where goal 4 was lost or
                # never printed) is a reference still, no goal's words: the row serves the
                # goals it does name. So is a figure with no word ('100', '12 %') in a
                # column headed 'Mål 2029': the level to reach that year, no goal
                goal_texts = []
                cur_goals = list(dict.fromkeys(r for r in refs if r))
            if (goal_texts and not others and not goals_only and "measure" in roles.values()
                    and _titles_goals_below(goal_texts, rows, k_row)):
                # 'Arbete och sysselsättning' alone in the goal column, a goal stated in the
                # row right under it: a theme's title over the goals of that theme (a
                # title is no goal, and the goals under it are no sub-goals of it)
                theme = without_theme_letter(goal_texts[0][1])
                group_goal, cur_goals = None, []
                continue
            if goal_texts:
                carry = {}  # "same as above" runs within one goal's rows
                new_ids: list[str] = []
                for c, txt in goal_texts:
                    label, items = split_goal_cell(txt, widths.get(c))
                    area = (squash(row[theme_col]) if theme_col is not None and theme_col < len(row) else "") \
                        or area_above
                    area_above = area
                    gtheme = label or area or theme
                    parent = level_goal.get(goal_cols[goal_cols.index(c) - 1]) if goal_cols.index(c) > 0 else None
                    for it in items:
                        dotted = dotted_goal_label(it)
                        level = self._numbered_parent(dotted[0]) if dotted else None
                        if dotted:
                            # 'Mål 3.1 Fler invånare ...': the goal without its label, known by
                            # its number, under the level that number is part of ('Strategi 3'),
                            # whose theme it shares (not the caption's, 'Strategi 3 – mål ...')
                            it = dotted[1]
                            parent = parent or level
                        if parent is None and group_goal is not None:
                            starts_lower = it[:1].islower()
                            if group_lower_run and not starts_lower:
                                group_goal, group_lower_run = None, False
                            else:
                                group_lower_run = group_lower_run or starts_lower
                        p = parent or group_goal or heading_goal
                        if level is not None and p == level:
                            gtheme = next((g.theme for g in self.b.goals if g.id == level), gtheme)
                        gid = self.add_goal(it, page, parent=p, theme=gtheme, from_table=True)
                        if dotted:
                            self.coded_goals.setdefault(dotted[0], gid)
                        new_ids.append(gid)
                    if items:
                        level_goal[c] = new_ids[-1] if len(items) == 1 else new_ids[-len(items)]
                        for deeper in [g for g in goal_cols if g > c]:
                            level_goal.pop(deeper, None)
                if not others and not goals_only:
                    # a group row: its goal heads the rows below
                    group_goal = new_ids[0] if new_ids else group_goal
                    group_lower_run = False
                    cur_goals = new_ids
                    self.last_goal_list = new_ids
                    continue
                # a bare number or code beside the goal in a column of no role ('Nr | Mål |
                # Indikator', 'A1 | ... | Önskat läge') is the goal's number, by which an action
                # table may refer to it later
                nums = [bare_number(row[c]) or bare_code(row[c]) for c in range(len(row)) if c not in roles]
                nums = [x for x in nums if x]
                if len(nums) == 1 and len(new_ids) == 1:
                    self.numbered_goals.setdefault(nums[0], new_ids[0])
                deepest = max(c for c, _ in goal_texts)
                cur_goals = [g for g in new_ids if self._goal_col(g, new_ids, goal_texts) == deepest] or new_ids
                self.last_goal_list = cur_goals
            links = [] if no_goal else cur_goals or ([heading_goal] if heading_goal else [])
            if theme_col is not None and theme_col < len(row) and not goal_cols:
                # an empty theme cell: the theme of the row above
                row_theme = row[theme_col].strip() or row_theme
                links = self.goal_lookup.goals_of_theme(row_theme) or links
            if k_row in number_goals:
                links = [number_goals[k_row]]

            # schedule and actors: an empty cell under a filled one = same as above; but a
            # record (records.py) with its own measure is a whole card: a field it does not
            # print ('Samarbete:' left out) is none, not the card above's
            whole_card = t.method == "label-value" and bool(cell("measure", row))
            vals = {}
            for role in ("schedule", "responsible", "actors", "partners"):
                v = cell(role, row)
                if v:
                    carry[role] = v
                vals[role] = v or ("" if whole_card else carry.get(role, ""))
            if group_when and not vals["schedule"]:
                vals["schedule"] = group_when
            if year_cols and not vals["schedule"]:
                # the years the row marks, not "same as above": an unmarked year is not done
                vals["schedule"] = marked_years(row, year_cols) or ""
            sched, start, end = parse_schedule(squash(vals["schedule"]) if vals["schedule"] else None)

            measure_txt = cell("measure", row)
            # '–' in the action column: the row names no action (an indicator table's goal-level
            # indicator beside the ones naming the action they follow up)
            no_measure = bool(_DASH_ONLY_RE.match((measure_txt or "").rstrip(".")))
            if no_measure:
                measure_txt = ""
            ref_measures, cell_goal = self._action_cell_reference(measure_txt) if not goal_texts else ([], None)
            if cell_goal:
                # an indicator table's 'Åtgärd' cell 'Mål 3': the row's indicator is the
                # goal's, of no one action (and the cell states no action of its own)
                measure_txt, links = "", [cell_goal]
            elif ref_measures:
                links = list(dict.fromkeys(self._measure(m).goal for m in ref_measures if self._measure(m).goal)) \
                    or links
                if labelled_action_numbers(measure_txt) is not None:
                    # 'Åtgärd 8–9 | X | ... | 2026': the row gives the actions printed above
                    # their actors and schedule, and states no action of its own
                    self._give_row_to(ref_measures, vals, sched, start, end)
                    measure_txt = ""
            if measure_txt and (_refers_by_number(measure_txt) or bare_code(measure_txt)):
                # '4.1.1–4.1.3' in a summary's action column: the actions printed elsewhere,
                # named by their numbers, not an action of its own; nor is a code alone
                # ('Å2.1'), which names an action and states none
                measure_txt = ""
            new_measures: list[str] = []
            parallel = None  # the row's actions and times, line for line (`parallel_rows`)
            action_numbers: list[str | None] = []  # the numbers of the row's actions
            if (measure_txt and not goal_texts and page != prev_page and last_measures
                    and numbering(measure_txt) is None and self.b.measure_number.get(last_measures[-1])
                    and not BULLET_RE.match(measure_txt)):
                # the rest of a numbered action carried over to the next page
                m = self._measure(last_measures[-1])
                m.text = f"{m.text}\n{measure_txt}"
                measure_txt = ""
                new_measures = []
                row = list(row)
                row[col["measure"]] = ""
            prev_page = page
            # 'Action.\nMätare: ...' in the action cell: the action's meters (`cell_meters`)
            measure_txt, cell_meters = split_cell_meters(measure_txt) if measure_txt else (measure_txt, [])
            if measure_txt:
                intro, items = split_marked_items(measure_txt)
                inline = inline_list(measure_txt) if len(items) == 1 else None
                owner_said: list[str] = []
                if inline and (not inline[0] or inline[0].endswith(":")):
                    # '(a) ...; (b) ...; (c) ... . Ansvarig för åtgärderna är X.': a list run
                    # in the cell's sentence holds one action per item, as a bulleted cell
                    # would; a sentence after it may name who carries them all out
                    items = [(it, None) for it in inline[1]]
                    owner_said = inline[2]
                if intro and "goal" in header_roles(intro):
                    items = []  # the cell restates goals ('Huvudsakliga målsättningar • ...')
                if len(items) == 1 and not intro and not items[0][1]:
                    # several actions as the lines of one row, their times the lines of its
                    # time cell ('Vad gör vi? | Vem? | När? | Hur vet vi?', `parallel_rows`)
                    beside = [(cell(r, row), widths.get(col[r])) for r in ("responsible", "actors", "indicator")
                              if r in col]
                    parallel = parallel_actions(measure_txt, cell("schedule", row), widths.get(col["measure"]), beside)
                    if parallel:
                        items = [(a, None) for a in parallel[0]]
                single_number = cap_num if len(items) == 1 and not items[0][1] else None
                actor_items = self._actor_items(vals, len(items), [t for t, _ in items],
                                                numbers=[nb for _, nb in items], line_for_line=bool(parallel))
                action_numbers = [nb for _, nb in items]
                keyed_when = parallel[1] if parallel else keyed_parts(vals["schedule"], action_numbers)
                marked = mark_actors(row, mark_cols) if mark_cols else None
                if marked:
                    actor_items = [marked] * len(items)  # a responsibility matrix's X / (X)
                parties = organisation_actors(row, org_cols) if org_cols else None
                if parties:
                    # one column per party of a joint action ('Kommunen | Välfärdsområdet'): each
                    # party's unit is responsible
                    actor_items = [(parties, [])] * len(items)
                for k, (txt, num) in enumerate(items):
                    named = self.goal_lookup.goal_named_by_number(txt)
                    if named:
                        # the group row's 'Mål 2. Barn och unga' printed as the first item of
                        # the cell of the action under it: the goal of the items after it
                        links = cur_goals = [named]
                        self.last_goal_list = [named]
                        continue
                    lab = labelled_item(txt)
                    if lab and lab[0] not in roles.values():
                        # one of the cell's items is a labelled goal or indicator ('1.1 Mål
                        # 1: ...' printed with the actions it heads): a section row's text
                        if lab[0] == "goal":
                            gid = self.add_goal(lab[1], page, parent=heading_goal, theme=theme, from_table=True)
                            links = cur_goals = [gid]
                            self.last_goal_list = [gid]
                        else:
                            # 'Action.' / 'Mätare: ...' as the items of a cell of one action:
                            # the meter follows that action up (as a meter line in the cell,
                            # `cell_meters`); among several actions it is the row's goal's
                            own = [t for t, _ in items if not labelled_item(t)]
                            self.add_indicator(lab[1], page, new_measures[0] if len(own) == 1 and new_measures
                                               else None, links)
                        continue
                    resp, partners = actor_items[k]
                    when = (parse_schedule(squash(keyed_when[k])) if keyed_when
                            else (sched, start, end))
                    printed = None
                    if not (resp or partners or vals["responsible"] or vals["actors"]):
                        resp, partners, when = self._item_tail(txt, when)
                        same_place = parenthesis_in_actors_place(txt) or (
                            post_parenthesis(txt) if doer_in_parenthesis else None)
                        from_place = False
                        if resp and actors_parenthesis_start(txt) is not None:
                            # an item closing with its doer in parentheses ('(kansliet)',
                            # '(X, 2026)'): the table's items say who in that place, and a post
                            # named alone there ('(näringslivsombudet)') is a doer too
                            doer_in_parenthesis = True
                        elif not (resp or partners) and same_place and (doer_in_parenthesis
                                                                        or self._doers_in_parentheses):
                            # '(småbarnspedagogiken, fortlöpande)' among items whose closing
                            # parenthesis holds their doer and time: its doer, in that place
                            resp, partners, paren_when = same_place[1]
                            when = parse_schedule(paren_when) if when[0] is None else when
                            from_place = True
                        # the tail read for who and when is cut off the action, as a list's is
                        action = txt[:same_place[0]].rstrip() if from_place else _without_tail(txt)
                        if action != txt:
                            printed, txt = as_printed(squash(txt)), action
                    titled = titled_action(squash(txt)) if printed is None else None
                    if titled:
                        # 'Språkcafé – Biblioteket ordnar ...' in an action cell: the name
                        # is the action, the sentences after it describe it (`titled_items`)
                        printed, txt = as_printed(squash(txt)), titled
                    txt, ref_goal = self._goal_reference(txt)
                    mid = self.add_measure(txt, page, [ref_goal] if ref_goal else links,
                                           number=num or single_number, from_table=True,
                                           theme=theme, responsible=resp, partners=partners, schedule=when[0],
                                           start_year=when[1], end_year=when[2], printed=printed)
                    new_measures.append(mid)
                for meter in cell_meters:
                    self.add_indicator(meter, page, new_measures[0] if len(new_measures) == 1 else None, links)
                if new_measures and owner_said:
                    self._owner_of_inline_list(owner_said, new_measures)
                if new_measures:
                    last_measures = new_measures
                    table_measures += new_measures
                    self._note_action_code(row, roles, new_measures)

            ind_txt = cell("indicator", row)
            if ind_txt and not _DASH_ONLY_RE.match(ind_txt):  # '–': no indicator
                if t.method in _LINELESS_TABLES:
                    ind_txt = _sentence_lines(ind_txt)
                inds = [part for item in split_indicator_cell(ind_txt, self.listed_cells, widths.get(col["indicator"]))
                        for each in _semicolon_parts(item) for part in _counts_of(each)]
                targets = new_measures if measure_txt else last_measures
                if ref_measures or cell_goal or no_measure:
                    # the row names the action it follows up by its number ('2.1'), or
                    # a goal, or none ('–'): that action, or none
                    targets = ref_measures
                elif not measure_txt and not goal_texts:
                    # a continuation row: the indicator belongs to the measure above
                    targets = last_measures[-1:] if last_measures else []
                owner = self._owners(inds, targets) if not row_measure else [row_measure] * len(inds)
                if measure_txt and self._keys_all_but_indicators(vals, action_numbers, ind_txt):
                    # the row's other cells name each action by its number ('1.1 X', '1.2
                    # 2026'), its indicator cell does not: its indicators are the goal's
                    owner = [None] * len(inds)
                if t.method == "transposed" and len(targets) > 1:
                    # a goal's column of a table printed on its side: its meters, as its
                    # responsible and time, are said of the column's actions together,
                    # none of one action by its place in the list
                    owner = [None] * len(inds)
                if self._follow_up_of_goal_said and len(targets) > 1 and not row_measure:
                    # the document says its follow-up column follows up the goal ('I sista
                    # kolumnen anges hur målet följs upp'): a row of several actions whose
                    # follow-up lines happen to be as many is no pairing of lines with actions
                    owner = [None] * len(inds)
                per_line = (items_of(ind_txt, len(parallel[0]), widths.get(col["indicator"]))
                            if parallel and len(new_measures) == len(parallel[0]) else None)
                if per_line:
                    # line k follows up action k; a dash says action k has none
                    owner = [m for m, x in zip(new_measures, per_line) if not is_none(x)]
                    inds = [x for x in per_line if not is_none(x)]
                for k, txt in enumerate(inds):
                    # 'antal utlåtanden (V.a)': the action it follows up by the code the action
                    # was listed with, or the whole area, as in a follow-up paragraph
                    # (`action_codes`): a card prints that paragraph as its last field
                    txt, own, ind_goals = self._coded_reference(txt, owner[k], links)
                    self.add_indicator(txt, page, own, ind_goals)
        self._table_end_goals = (header_key, list(cur_goals)) if goal_cols else None

    @staticmethod
    def _field_rows(rows: list[list[str]], roles: dict[int, str]) -> dict[str, tuple[str, str, str | None]]:
        """Rows that are a labelled goal or indicator ('Mål 1: Nya invånare ...', 'Mätare:
        antal besök ...') in a table with no column of that role: a section row that a word
        processor printed without merging its cells. A goal row heads the measure rows below
        it; an indicator row follows them. The label is in the row's first filled cell, and
        the row has no fields of its own: its other cells are empty, or repeat the row above
        (a print that fills every cell 'as above'). Text of the row -> (role, the text
        without its label, the goal's code or None)."""
        out: dict[str, tuple[str, str, str | None]] = {}
        have = set(roles.values())
        above: list[str] = []
        for row in rows:
            filled = [(c, x.strip()) for c, x in enumerate(row) if x.strip()]
            if filled and len(row) >= 2:
                c0, first = filled[0]
                own = [x for c, x in filled[1:] if not (c < len(above) and squash(above[c]) == squash(x))]
                item = labelled_item(first)
                if item and not own and item[0] not in have:
                    out[first] = item
            above = row
        return out

    @staticmethod
    def _section_rows(t, n_hdr: int) -> set[str]:
        """Texts of the body rows whose one cell is merged across every column (a word
        processor's section row), by the table's merge spans."""
        n = max((len(r) for r in t.rows), default=0)
        out = set()
        for r, c, _, cs in t.spans:
            if n >= 2 and cs >= n and n_hdr <= r < len(t.rows) and c < len(t.rows[r]):
                txt = t.rows[r][c].strip()
                if txt:
                    out.add(txt)
        return out

    @staticmethod
    def _structure_columns(t, layouts: dict[int, dict[int, str]] | None = None,
                           defined: dict[str, str] | None = None) -> tuple[int, dict[int, str]] | None:
        """(header rows, column -> role) of a goal/measure table, None for any other table.
        `layouts`: roles read from the cells of the programme's tables without a header
        naming their columns (`content_roles.document_layouts`), by column count.
        `defined`: the roles the document's reading guide gives its own header words."""
        n_hdr = t.header_rows
        headers = headers_of(t, n_hdr) if n_hdr else []
        # the work done already beside the new ('Det här gör vi redan | Nytt 2024–2027'):
        # only the new column holds measures (`new_and_ongoing`)
        new_col = new_work_column(headers or (list(t.rows[0]) if t.rows else []))
        if new_col is not None:
            t.header_rows = n_hdr or 1
            return t.header_rows, {new_col: "measure"}
        if not (headers and is_structure_header(headers, defined)):
            if t.rows and is_structure_header(t.rows[0], defined):
                n_hdr, headers = 1, list(t.rows[0])
            else:
                return Builder._content_columns(t, layouts or {})
        # a header cell wrapped onto the next row ('Ansvarspart och' / 'partner'): a row of
        # short lower-case fragments under filled header cells belongs to the header
        while n_hdr < len(t.rows):
            nxt = t.rows[n_hdr]
            filled = [(c, x.strip()) for c, x in enumerate(nxt) if x.strip()]
            if not filled or not all(
                    len(x.split()) <= 2 and x[0].islower() and c < len(headers) and headers[c].strip() for c, x in filled):
                break
            headers = [f"{h} {nxt[c]}".strip() if c < len(nxt) else h for c, h in enumerate(headers)]
            n_hdr += 1
        t.header_rows = n_hdr
        roles = _fill_unnamed_leading(map_columns(headers, defined), headers, t.rows[n_hdr:])
        # a column whose every cell names a goal ('Kopplat till': 'Mål 3, mentorprogrammet')
        roles = goal_reference_columns(headers, t.rows[n_hdr:], roles)
        if is_evaluation_table(headers, t.rows[n_hdr:]) and not _follows_up_indicators(roles):
            return None  # the earlier programme's measures with their status
        return n_hdr, roles

    @staticmethod
    def _content_columns(t, layouts: dict[int, dict[int, str]]) -> tuple[int, dict[int, str]] | None:
        """A table whose header names at most one role (or that has none: every row is
        content, `_unnamed`), read with the roles its programme's headerless tables of as
        many columns show. Its first row counts as content even if a table finder took it
        for a header."""
        roles = layouts.get(t.n_cols)
        if not roles or not _unnamed(t) or not fits_layout(t.rows, roles) \
                or is_evaluation_table([""] * t.n_cols, t.rows):
            return None
        t.header_rows = 0
        return 0, dict(roles)

    def _structure_tables(self, elements: list[Element]):
        """(element, header rows, column roles) of each table read as structure, in order."""
        for el in elements:
            if el.kind != "table" or el.table is None:
                continue
            sc = self._structure_columns(el.table, self.layouts, self.defined)
            if sc is not None:
                yield el, sc[0], sc[1]

    def _lists_per_line(self, elements: list[Element]) -> bool:
        """Does this program list several items per cell, one per line? Seen from its goal
        cells (several goals in one merged cell) and measure cells (several marked actions).
        Such a program lists its indicators one per line too; otherwise a multi-line
        indicator cell is one indicator."""
        for el, n_hdr, roles in self._structure_tables(elements):
            rows = el.table.rows[n_hdr:]
            for c, role in roles.items():
                cells = [r[c] for r in rows if c < len(r) and r[c].strip()]
                if role == "goal":
                    w = column_width(cells)
                    if any(len(split_goal_cell(x, w)[1]) >= 2 for x in cells):
                        return True
                if role == "measure" and any(len(split_marked_items(x)[1]) >= 2 for x in cells):
                    return True
        return False

    def _goal_col(self, gid, new_ids, goal_texts):
        # goals were created column by column; recover each id's column from creation order
        idx = new_ids.index(gid)
        n = 0
        for c, txt in goal_texts:
            k = len(split_goal_cell(txt, self._widths.get(c))[1])
            if idx < n + k:
                return c
            n += k
        return goal_texts[-1][0]

    def _group_row_goal(self, row: list[str], above: list[str]) -> str | None:
        """The goal a group row of an action table names: its first filled cell holding a
        goal's number and its chapter's name ('Mål 2. Barn och unga'), a chapter that stated
        one goal. None for any other row."""
        filled = [(c, x.strip()) for c, x in enumerate(row) if x.strip()]
        if not filled:
            return None
        # its other cells are empty or repeat the row above (a print that fills every cell
        # 'as above', as `_field_rows` reads a labelled goal row)
        if any(not (c < len(above) and squash(above[c]) == squash(x)) for c, x in filled[1:]):
            return None
        return self.goal_lookup.goal_named_by_number(filled[0][1])

    def _action_cell_reference(self, text: str) -> tuple[list[str], str | None]:
        """(measures, goal) an action cell refers to instead of stating an action: the
        measures numbered so before ('2.1', '1.1, 1.2'), or a goal by its number ('Mål 3');
        ([], None) for a cell that states an action or names nothing read so far."""
        cell = squash(text or "").rstrip(".")
        code = bare_code(cell)
        if code:
            # 'Å2.1': the action printed beside that code (`_note_action_code`)
            return ([self.coded_measures[code]] if code in self.coded_measures else []), None
        m = _GOAL_BY_LABEL_RE.match(cell)
        if m and m.group("num") and not m.group("what"):
            return [], self.numbered_goals.get(m.group("num")) or self.goal_lookup.goal_labelled(m.group("num"))
        labelled = labelled_action_numbers(cell)
        if labelled is not None:
            # 'Åtgärd 8–9': the actions printed before as 'Åtgärd 8: ...', 'Åtgärd 9: ...'
            nums = labelled
        elif not _refers_by_number(cell):
            return [], None
        else:
            # dotted action numbers ('2.1'); or whole ones ('7', '2, 6') naming the actions a
            # table numbered so in a column of its own ('Nr')
            numbered = set(self.column_numbered_measures) | set(self.b.measure_number.values())
            nums = _ACTION_NUMBER_RE.findall(cell) or [n for n in re.findall(r"\d+", cell) if n in numbered]
        found = [next((mid for mid, n in reversed(self.b.measure_number.items()) if n == num), None)
                 or self.column_numbered_measures.get(num) for num in nums]
        return [f for f in found if f], None

    def _note_action_code(self, row: list[str], roles: dict[int, str], mids: list[str]) -> None:
        """A row of one action with a code alone in a column of no role ('Kod': 'Å2.1' |
        'Åtgärd' | ...): the action's code, by which a later table refers to it. A row of
        several actions, or with several codes, names none of them by it."""
        codes = [bare_code(row[c]) for c in range(len(row)) if c not in roles]
        codes = [x for x in codes if x]
        if len(codes) == 1 and len(mids) == 1:
            self.coded_measures.setdefault(codes[0], mids[0])
        # ... or a whole number alone ('Nr': '7'): the number by which a later table refers to
        # it ('Följer upp åtgärd nr': '7'), kept apart from the numbers printed in the action
        # cell itself (those also tell a row carried over to the next page)
        nums = [bare_number(row[c]) for c in range(len(row)) if c not in roles]
        nums = [x for x in nums if x and x.isdigit()]
        if len(nums) == 1 and len(mids) == 1:
            self.column_numbered_measures[nums[0]] = mids[0]

    def _give_row_to(self, mids: list[str], vals: dict[str, str], sched: str | None,
                     start: int | None, end: int | None) -> None:
        """The actors and schedule of a row that names actions printed before by their
        numbers, for each of those actions that names none of its own."""
        (resp, partners), = self._actor_items(vals, 1)
        for mid in mids:
            m = self._measure(mid)
            if not (m.responsible or m.partners):
                m.responsible, m.partners = list(resp), list(partners)
            if m.schedule is None and sched:
                m.schedule, m.start_year, m.end_year = sched, start, end

    @staticmethod
    def _keys_all_but_indicators(vals: dict[str, str], numbers: list[str | None], ind_txt: str) -> bool:
        """Several numbered actions in a row whose actor or schedule cell repeats their
        numbers, beside an indicator cell that does not: the writer tied each field to its
        action by the number and left the indicators to the row's goal."""
        if len(numbers) < 2 or keyed_parts(ind_txt, numbers):
            return False
        return any(keyed_parts(vals.get(r, ""), numbers) for r in ("responsible", "actors", "schedule"))

    def _goal_named_by_label(self, cell: str) -> tuple[str, str | None] | None:
        """The goal a goal cell names by its label and number ('Mål 2', a goal headed 'Mål 2:
        ...') or by the section it is stated in ('Målsättningen i fokusområde 3.3', the one
        goal stated in section 3.3), and the action of that goal named after a comma ('Mål 2,
        svenskkurserna': the one of its actions with a word of that stem), else None. A
        follow-up table names so what its rows follow up: the cell is no goal of its own."""
        m = _GOAL_BY_LABEL_RE.match(squash(cell))
        if not m:
            return None
        if m.group("num"):
            # a goal headed 'Mål 2: ...', or given as a field 'Mål 2: ...' / 'Mål 2. ...'
            num = m.group("num")
            # or a goal listed by that number alone ('2. Fler invandrare ...' in a goal list:
            # 'Mål 2' in the action table's goal column is the same goal, as '2' would be)
            gid = (self.goal_heading_numbers.get(num) or self.coded_goals.get(num)
                   or self._goal_numbered_by_place(num) or self.numbered_goals.get(num))
        else:
            secs = {sec.id for sec in self.b.sections if sec.number == m.group("sec")}
            stated = [g.id for g in self.b.goals if g.section in secs and g.id not in self.b.goal_from_table]
            gid = stated[0] if len(stated) == 1 else None
        if gid is None:
            return None
        return gid, self._measure_of_goal_named(gid, m.group("what"))

    def _goal_numbered_by_place(self, num: str) -> str | None:
        """The goal that goal number `num` is by its place, printed without the number: the
        one goal stated between the goals labelled num - 1 and num + 1 ('Mål 3: ...', then a
        goal sentence 'Målet är att ...' in the next section, then 'Mål 5: ...'). A table
        naming 'Mål 4' names it; a label with no goal of its own is no goal."""
        if not num.isdigit():
            return None
        labelled = {**self.coded_goals, **self.goal_heading_numbers}
        before, after = labelled.get(str(int(num) - 1)), labelled.get(str(int(num) + 1))
        ids = [g.id for g in self.b.goals]
        if before not in ids or after not in ids or ids.index(before) > ids.index(after):
            return None
        between = [g.id for g in self.b.goals[ids.index(before) + 1:ids.index(after)]
                   if g.id not in labelled.values() and g.parent is None
                   and g.id not in self.b.goal_from_table]
        return between[0] if len(between) == 1 else None

    def _measure_of_goal_named(self, gid: str, what: str | None) -> str | None:
        """The one measure of goal `gid` with a word of the stem of `what` ('svenskkurserna'
        names 'Svenskkurser ... ordnas'): one word a prefix of the other, five letters at least;
        or, a compound named by its first part's stem ('föreningsbidrag' names 'Tilläggsbidrag
        till föreningar'), a common start of seven letters at least."""
        if not what or len(what.split()) > 3:
            return None
        keys = [w.lower() for w in re.findall(r"\w{5,}", what)]
        own = [m for m in self.b.measures if gid in (m.goals or [m.goal])]

        def hits_by(same) -> list[str]:
            return [m.id for m in own
                    if any(same(a, k) for a in (w.lower() for w in re.findall(r"\w{5,}", m.text)) for k in keys)]

        hits = hits_by(lambda a, k: a.startswith(k) or k.startswith(a))
        if not hits:
            hits = hits_by(lambda a, k: len(os.path.commonprefix([a, k])) >= _COMPOUND_STEM)
        return hits[0] if len(set(hits)) == 1 else None

    def _owners(self, inds: list[str], targets: list[str]) -> list[str | None]:
        """The measure of each indicator of a row: the only one; one each when the counts
        agree; aligned by shared words when there are more indicators than measures; none
        (goal level) when fewer."""
        if len(targets) == 1:
            return [targets[0]] * len(inds)
        if not targets or len(inds) < len(targets):
            return [None] * len(inds)
        if len(inds) == len(targets):
            return list(targets)
        texts = [self._measure_text(t) for t in targets]
        return [targets[j] for j in align(inds, texts)]

    def _measure(self, mid: str):
        return next(m for m in reversed(self.b.measures) if m.id == mid)

    def _measure_text(self, mid: str) -> str:
        return next((m.text for m in reversed(self.b.measures) if m.id == mid), "")

    @staticmethod
    def _item_tail(txt: str, when: tuple) -> tuple[list[str], list[str], tuple]:
        """(responsible, partners, (schedule, start, end)) an action item of a table cell
        names at its own end ('... – Medis i samarbete med kommunen, läsåret 2025–2026'), for
        a row with no cell of who: the list item's tail says who and when, as it does in a
        list outside a table; the row's schedule cell, if any, wins over the tail's."""
        tail = trailing_actors(txt)
        if not tail:
            return [], [], when
        if tail[2] and when[0] is None:
            when = parse_schedule(tail[2])
        return tail[0], tail[1], when

    def _actor_items(self, vals: dict[str, str], n: int, texts: list[str] | None = None,
                     numbers: list[str | None] | None = None,
                     line_for_line: bool = False) -> list[tuple[list[str], list[str]]]:
        """Responsible/partners for each of n measures of a row: the part of the actor cell
        keyed by each measure's number ('1.1 X' / '1.2 Y'), one line of the cell per measure
        when the counts agree, aligned by shared words when there are more lines, else
        everyone for every measure."""
        role_text = vals.get("actors") or vals.get("responsible") or ""
        # 'V.a kansliet' on an action's own card: the key of the table row's line it was
        role_text = without_action_key(role_text)
        role = "actors"
        partner_text = vals.get("partners") or ""
        rc = self._col.get("actors", self._col.get("responsible"))
        width = self._widths.get(rc) if rc is not None else None
        lines = lines_per_action(role_text, n, width, vals.get("schedule") or "")
        if line_for_line and n > 1:
            # a row of parallel line lists (`parallel_rows`): its actor cell too, line k action k's
            lines = items_of(role_text, n, width) or lines
        keyed = keyed_parts(role_text, numbers or [])
        per: list[tuple[list[str], list[str]]] = []
        named, named_partners = split_actors(role_text, role, width)
        # the names with their brackets: a one-word bracket may say whose action is whose
        by_qualifier = (actors_by_qualifier(split_actors(role_text, role, width, keep_qualifier=True)[0], texts)
                        if n > 1 and texts else None)
        if keyed:
            per = [split_actors(part, role, width) for part in keyed]
        elif by_qualifier:
            # 'Medborgarinstitutet (kvällskursen) och Biblioteket (språkvänner)': each its own
            per = [(names, list(named_partners)) for names in by_qualifier]
        elif n > 1 and len(lines) == n:
            for ln in lines:
                r, p = split_actors(ln, role, width)
                per.append((r, p))
        elif n > 1 and len(lines) > n and texts:
            groups: list[list[str]] = [[] for _ in range(n)]
            for ln, j in zip(lines, align(lines, texts)):
                groups[j].append(ln)
            for g in groups:
                per.append(split_actors("\n".join(g), role, width))
        else:
            r, p = split_actors(role_text, role, width)
            per = [(r, p)] * max(n, 1)
        if not role_text and rc is None and self.unit():
            # no column of who: the unit the heading above names is responsible
            per = [([self.unit()], p) for _, p in per]
        if partner_text:
            pc = self._col.get("partners")
            _, extra = split_actors(partner_text, "partners", self._widths.get(pc) if pc is not None else None)
            per = [(r, p + [x for x in extra if x not in p]) for r, p in per]
        return per

    def _close_sections(self, elements: list[Element]) -> None:
        last_page = max((e.page for e in elements), default=1)
        secs = self.b.sections
        for i, s in enumerate(secs):
            end = last_page
            for t in secs[i + 1:]:
                if t.level <= s.level:
                    end = max(s.page_start or 1, t.page_start or 1)
                    break
            s.page_end = end
