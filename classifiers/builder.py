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

Each reading is a mixin of `Builder` in a module of its own: read_headings.py,
read_paragraphs.py, read_lists.py and read_tables.py (reader_shared.py holds what
several of them use). This module keeps the state, `run` with the passes after the
walk, and the methods that more than one reading uses.
"""

from __future__ import annotations

import os
import re
from itertools import takewhile
from dataclasses import dataclass, field, replace

from .signed_forewords import signed_headings
from .milestone_items import milestone
from .inline_lists import lettered_reference, opening_letter_code
from .action_card_headings import ACTION_CARD_METHOD, action_card_number, heads_one_action
from .timed_goal_lists import dated_lists
from .action_count_summaries import counts_actions, restates_short
from .summary_goal_lists import is_summary_heading
from .actors import (closing_parenthesis, dedupe_actors, legend_abbreviations, names_actor, split_actors,
                     trailing_actors)
from .parallel_lines import says_follow_up_of_goal
from .change_markers import without_lead_revision_mark, without_tail_status_mark
from .past_series import status_dated_into_own_period, timed_into_own_period
from .groups_not_actions import groups_said_not_actions
from .new_and_ongoing import new_work_column
from .board_columns import board_roles, joined_stage_cells, stage_of
from .goal_reference_column import goal_reference_columns
from .goal_outline import goal_outline_lists
from .area_goal_headings import goal_sentences_of_titled_series
from .goals_stated_together import goal_of_action, speaks_of_none
from .goal_card_tables import card_number, goal_card
from .labelled_goal_headings import heading_label_number
from .actions_by_doer import announces_actions_by_doer, by_doer_headings
from .council_decision import decision_item
from .decision_points import lettered_point, opens_goal_points
from .denied_meters import denies_meters_above
from .content_roles import document_layouts, fits_layout
from .goal_action_cells import split_goal_action_column
from .cells import column_width, split_goal_cell, split_marked_items
from .elements import Element, bullet_runs_where
from .counted_actions import actions_counted, one_follow_up
from .area_counts import action_counted
from .goal_lookup import BARE_CODE_RE, CODED_ITEM_RE, LETTER_CODE, GoalLookup, bare_number
from .name_columns import action_title, named_project, without_name_column
from .question_goals import question_goal_column
from .goal_action_ranges import without_goal_number_column
from .goal_number_references import actions_keyed_to_goals
from .doer_field_lists import doer_field_line
from .headers import (defined_roles, header_role, is_evaluation_table, is_label_cell, is_structure_header,
                      label_columns, map_columns, names_direction)
from .lead_phrase import agent_of_all, agent_of_named, agents_by_number, partners_of_all, split_time, time_of_all
from .model import Goal, Indicator, Measure, Section, enclosing_sections
from .prose import goal_sentences, is_goal_heading, names_goal_tree, says_actions_restated
from .prose_actions import partners_in, prose_action
from .short_action_names import actions_named_short, meter_column_names
from .action_codes import closing_reference, measure_by_code
from .adopted_amendments import adopted_amendment
from .parenthesis_doers import doers_in_parentheses
from .dash_doers import doers_after_dashes
from .restated_rows import MIN_ROWS, restated_rows
from .records import item_fields, names_own_fields
from .goal_reference_brackets import closing_goal_code
from .schedule import parse_schedule
from .partners_in_text import subject_sentence_fields
from .time_headings import time_heading
from .sections_in_goal_order import pair_sections_with_goals
from .label_vocab import ACTION_NOUNS, CONTENTS_LABELS, COOP_PHRASE, GOAL_REFERENCE_WORDS, PARTNER_LABELS, RESPONSIBLE_LABELS, THEME_NUMBERED, alt
from .text import BULLET_RE, fold, CAPTION_RE, GOAL_COMPOUND_FIRST, GOAL_LABEL_RE, GOAL_LABEL_WORDS, NUMBERED_RE, item_text, sentences, squash, strip_marker, words
from .memo_points import caps_title, point_name, points_over_sub_points
from .figure_tables import figures_beside_names
from .figure_meters import action_named_by_head, figure_meter, meter_captions
from .goal_by_words import goal_by_words
from .action_title_rows import capital_section_title
from .reader_shared import (bare_goal_label, heading_number, strip_heading_number, _named_area, theme_name, _theme_key,
                            _names_part_by_number, caption_theme, names_section, _GOAL_BY_LABEL_RE,
                            goal_field, _LABEL_CODE, coded_item, subject_actors, headers_of, Head, PendingAction, _field_actors)
from .read_headings import HeadingReader
from .read_paragraphs import ParagraphReader
from .partners_in_text import committed_action
from .read_lists import ListReader
from .read_tables import TableReader

# what other modules import from here; the readers' own helpers are imported from their
# modules (reader_shared, read_headings, read_paragraphs, read_lists, read_tables)
__all__ = ["Builder", "Built", "_fill_unnamed_leading", "names_list_owner"]


# a partners cell's names at its commas or semicolons, never inside brackets (`_partners_by_part`)
_PART_PARTNERS_SEP_RE = re.compile(r"\s*[;,]\s+(?![^()]*\))")
# the second and the first chapter of a count in roman numerals ('II Arbete', 'I Språk')
_SECOND_ROMAN_RE = re.compile(r"^\s*II\.?\s+[A-ZÅÄÖ]")


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


# a sentence whose subject is the first person plural, the writer ('Vi ordnar ...',
# Finnish 'Me järjestämme ...', English 'We organise ...')
_WE_SUBJECT_RE = re.compile(r"\s*(?:vi|me|we)\s", re.I)


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
# ... or with the noun: 'Ansvaret för åtgärderna på denna sida har X', '(Huvud)ansvaret för
# insatserna i detta kapitel ligger hos X' (the page, chapter or theme they are printed on)
_HERE_PART = (r"(?:\s+(?:på|i|inom|under)\s+(?:denna|den\s+här|detta|det\s+här)\s+"
              r"(?:sida|kapitel|avsnitt|tema|temaområde|område|insatsområde|del))?")
_OWNER_LAST_RE = re.compile(
    r"^(?:(?:ansvarig|ansvariga|huvudansvarig)\s+för\s+(?:alla\s+|samtliga\s+)?"
    r"(?:åtgärderna|åtgärder(?:na)?\s+ovan|dessa(?:\s+åtgärder)?|insatserna)"
    rf"{_OWN_SECTION}\s+är"
    r"|(?:huvud)?ansvaret\s+för\s+(?:alla\s+|samtliga\s+)?(?:åtgärderna|dessa\s+åtgärder|insatserna)"
    rf"{_OWN_SECTION}{_HERE_PART}\s+(?:har|bär|ligger\s+(?:hos|på)|bärs\s+av))\s+(?P<who>[^.;]+)", re.I)
# the doer named first, as the subject, and the partners after the cooperation phrase closing
# the sentence (`_OWNER_HAS_RE`, `_OWNER_BARE_RE`)
_OWNER_SUBJECT = r"(?P<who>[A-ZÅÄÖ][^.:;]{2,100}?)"
_OWNER_PARTNERS_END = rf"(?P<rest>,?\s+{COOP_PHRASE}\s+[^.;]+)?\s*\.?$"
# 'X har (huvud)ansvaret [för åtgärderna] [i samarbete med Y]': the doer as the subject of
# having the responsibility, the actions left out after a list of them
_OWNER_HAS_RE = re.compile(
    rf"^{_OWNER_SUBJECT}\s+har\s+(?:huvud)?ansvar(?:et)?"
    r"(?:\s+för\s+(?:alla\s+|samtliga\s+)?(?:åtgärderna|dessa(?:\s+åtgärder)?|dem|insatserna)"
    rf"{_HERE_PART})?{_OWNER_PARTNERS_END}", re.I)
# 'X ansvarar[,] i samarbete med Y[, med start våren 2026]': the bare verb, what X answers for
# left out -- read only under a label naming the paragraph as the actions' responsibility
# ('Ansvar och samarbete: …'), or with the cooperation phrase after it
_OWNER_BARE_RE = re.compile(
    rf"^{_OWNER_SUBJECT}\s+(?:ansvarar|svarar){_OWNER_PARTNERS_END}", re.I)
# a run-in label naming the paragraph as the doers of the actions above ('Ansvar och
# samarbete:', 'Ansvar:', 'Ansvar, samarbete och tidtabell:'): responsible, partner and time
# labels of the shared vocabulary, one responsible label among them
_OWNER_LABEL_WORD = alt(RESPONSIBLE_LABELS + PARTNER_LABELS + ("tidtabell", "tidplan", "genomförande"))
_OWNER_LABEL_RE = re.compile(
    rf"^\s*(?=(?:\w+\W+){{0,3}}?{alt(RESPONSIBLE_LABELS)}\b){_OWNER_LABEL_WORD}"
    rf"(?:\s*(?:,|och|samt|&)\s*{_OWNER_LABEL_WORD}){{0,3}}\s*:\s*(?=\S)", re.I)


_GOAL_REF_RE = re.compile(rf"\s*\((?P<code>{_LABEL_CODE})\)\s*[.;]?\s*$")


# a heading's closing reference to one goal by label and number: '... för strategiskt mål 3'
# (a goal's number with a letter too, 'Åtgärder för mål 3a': one of two goals of an area
# printed as 'Mål 3a:' and 'Mål 3b:')
# (the label words: the shared goal-reference list, label_vocab.GOAL_REFERENCE_WORDS)
_FOR_GOAL_NUMBER_RE = re.compile(rf"\b(?:för|inom|under|till)\s+(?:[^\W\d_]+\s+)?{GOAL_REFERENCE_WORDS}\s+"
                                 r"(\d{1,2}(?:\.\d{1,2})*(?:\s?[a-zåäö](?!\w))?)\s*$", re.I)
# ... or in a closing parenthesis, by number or code: 'Åtgärder för gemenskap (mål G1)'
# (the label words: the shared goal-reference list, label_vocab.GOAL_REFERENCE_WORDS)
# a goal's label and number alone ('Mål 3', 'Målsättning 2:'): a key naming a goal, no goal's text
_GOAL_KEY_ALONE_RE = re.compile(rf"^\s*(?:[^\W\d_]{{4,}}\s+)?{GOAL_COMPOUND_FIRST}{GOAL_LABEL_WORDS}\s+(?P<num>\d{{1,2}}(?:\.\d{{1,2}})*)\s*[.:]?\s*$", re.I)
_GOAL_IN_PARENTHESIS_RE = re.compile(rf"\({GOAL_REFERENCE_WORDS}\s+(\d{{1,2}}(?:\.\d{{1,2}})*|{LETTER_CODE})\)\s*$",
                                     re.I)


# a person and their role, 'Maria Kentala, integrationskoordinator (sammankallare)', 'Anna
# Berg och Ali Omar, invånarrepresentanter': names (capitalised words) then a lower-case role
_NAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
_PERSON_ITEM_RE = re.compile(rf"^{_NAME}(?:\s+{_NAME})+(?:\s+och\s+{_NAME}(?:\s+{_NAME})+)?,\s+[a-zåäö]")


def _lists_where_an_item_names_its_doer(elements: list[Element]) -> set[int]:
    """The indices of the bullets of every list (a run of bullets) where at least one item
    ends in who does it ('... (biblioteket, 2025).', '... Ansvar: kansliet.')."""
    return bullet_runs_where(elements, lambda el: names_own_fields(el, item_text(el.text))
                             or trailing_actors(item_text(el.text)) is not None)


def _lists_where_an_item_states_an_action(elements: list[Element]) -> set[int]:
    """The indices of the bullets of every list (a run of bullets) where at least one item
    states an action in a sentence ('Biblioteket startar ett språkcafé ...', `prose_action`):
    its other items ('Ungdomsarbetaren kontaktar ...', 'Välkomstpärmen ersätts med ...') are
    actions too, written with a verb the action reader does not know."""
    return bullet_runs_where(elements, lambda el: prose_action(squash(item_text(el.text))) is not None)


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


# what a section's actions serve: 'Åtgärderna nedan stöder mål 2.', '... och bidrar till mål 4'
_SUPPORTS_GOAL_RE = re.compile(r"^\s*(?:de\s+)?åtgärder(?:na)?\b[^.]*?\b(?:stöder|bidrar\s+till|gäller|hör\s+till)"
                               r"\s+mål(?:en|et)?\s+(?:nr\.?\s+)?(?P<num>\d{1,2})\b", re.I)


def _follows_up_indicators(roles: dict[int, str], rows: list[list[str]] | None = None,
                           actions: list[tuple[str, str]] | None = None) -> bool:
    """A table of indicators and the goals they follow up, with no action column ('Mål' |
    'Indikator' | 'Läge 2025' | 'Status 2025'): its status column says how the programme's
    own indicators stand (a traffic light, 'grön' / 'gul' / 'röd'), it reports on no
    earlier plan's measures; its indicators are the programme's. So is one whose action
    column only names, short, actions the programme read before, or '–' ('Indikator |
    Insatsområde | Åtgärd | Status': 'Simundervisning' for 'Ordna simundervisning för vuxna
    kvinnor', `short_action_names.meter_column_names`): it refers to this plan's actions."""
    vals = set(roles.values())
    if "indicator" not in vals:
        return False
    if "measure" not in vals:
        return True
    mc = next(c for c, r in sorted(roles.items()) if r == "measure")
    return bool(rows and actions) and meter_column_names(
        [r[mc] for r in rows if mc < len(r)], actions) is not None


# a column header naming one action by its number or code ('Åtgärd 1', 'Insats 2.3', 'Aktivitet
# B', 'Åtgärd nr 4'): the head of a column of an action table printed on its side
_NUMBERED_ACTION_HEAD_RE = re.compile(
    rf"^{alt(ACTION_NOUNS, forms=False)}\s+(?:nr\.?\s*)?(?:\d{{1,2}}(?:\.\d{{1,2}})*|[A-Z]\d{{0,2}})[.:]?$", re.I)


# ... and a row label saying only "what is done" ('Beskrivning', 'Innehåll', 'Vad?'): the
# actions' contents row of such a table, as 'Åtgärdens innehåll' is
_CONTENTS_LABEL_RE = re.compile(rf"^{alt(CONTENTS_LABELS, forms=False)}\W*$", re.I)


def _goal_row_turned(t, corner, labels, heads):
    """A table on its side whose goals stand in a row of their own, labelled 'Mål' like the
    rows of actions, responsible and schedule under it; each column one goal, headed by the
    goal's key alone ('Mål 1', 'Mål 2') or by the name of the theme it belongs to ('Arbete',
    'Utbildning'): turned so that each column is a row of a goal table, the theme name in a
    theme column ('Tema'), a key dropped as no part of the goal. The top-left cell is blank
    and every header a label naming no role; else None."""
    if corner or not heads or not all(x and is_label_cell(x) for x in heads):
        return None
    keys = [bool(_GOAL_KEY_ALONE_RE.match(x)) for x in heads]
    if any(keys) and not all(keys):
        return None
    if not any(keys) and any(header_role(x) for x in heads):
        return None  # a header naming a role ('Ansvar') is no theme: a table of another kind
    cell = lambda r, c: t.rows[r][c] if c < len(t.rows[r]) else ""  # noqa: E731
    body = [[cell(r, c) for r in range(1, len(t.rows))] for c in range(1, t.n_cols)]
    if all(keys):
        rows = [list(labels)] + body
    else:
        rows = [["Tema", *labels]] + [[heads[c], *b] for c, b in enumerate(body)]
    return t.model_copy(update={"rows": rows, "header_rows": 1, "spans": [], "method": "transposed"})


def transposed(t):
    """A table printed on its side, one column per goal ('| Mål 1: X | Mål 2: Y') and one row
    per role, each row led by its role's label ('Åtgärder', 'Ansvar', 'Tidtabell', 'Mätare'):
    turned so that each goal is a row and each role a column, as the builder reads tables.
    Two labelled rows at least, naming distinct roles, one of them actions or indicators; the
    top-left cell is blank and every other header cell is a goal field ('Mål 1: ...'). Such
    a table read as printed would take its row labels for goals. None for any other table.

    So is one column per action ('Fält | Åtgärd 1 | Åtgärd 2', 'Insats 4 | Insats 5'), each
    header naming its action by number only and a row of the actions' contents ('Åtgärdens
    innehåll', 'Vad görs') among the labelled rows: each column is one action's record, turned
    into a row of an action table; the number in the header is no part of the action (the
    top-left cell may label the row labels, 'Fält', 'Uppgift', when it names no role). Read as
    printed, the labels were taken for actions and the numbers for the fields' names."""
    if t.n_cols < 2 or len(t.rows) < 3:
        return None
    corner = squash(t.rows[0][0] or "")
    labels = [squash(r[0]) if r else "" for r in t.rows[1:]]
    roles = [header_role(x) if x and is_label_cell(x) else None for x in labels]
    heads = [squash(x) for x in t.rows[0][1:]]
    by_number = all(_NUMBERED_ACTION_HEAD_RE.match(x) for x in heads)  # each header an action's number
    if "measure" not in roles and heads and by_number:
        # one column per numbered action whose contents row says only "what is done"
        # ('Beskrivning', 'Innehåll', 'Vad'): that row is the actions', headed so when turned
        contents = [k for k, x in enumerate(labels) if roles[k] is None and _CONTENTS_LABEL_RE.match(x)]
        if len(contents) == 1:
            roles[contents[0]] = "measure"
            labels = [ACTION_NOUNS[0].capitalize() if k == contents[0] else x for k, x in enumerate(labels)]
    if None in roles or len(set(roles)) != len(roles) or not set(roles) & {"measure", "indicator"}:
        return None
    if "goal" in roles:
        return _goal_row_turned(t, corner, labels, heads)
    cell = lambda r, c: t.rows[r][c] if c < len(t.rows[r]) else ""  # noqa: E731
    if "measure" in roles and by_number \
            and (not corner or (is_label_cell(corner) and header_role(corner) is None)):
        # one column per action: the columns' numbers are dropped, the rows are the fields
        rows = [list(labels)] + [[cell(r, c) for r in range(1, len(t.rows))] for c in range(1, t.n_cols)]
        return t.model_copy(update={"rows": rows, "header_rows": 1, "spans": [], "method": "transposed"})
    if corner or not all(x and goal_field(x) for x in heads):
        return None
    rows = [["Mål", *labels]] + [[heads[c - 1], *(cell(r, c) for r in range(1, len(t.rows)))]
                                 for c in range(1, t.n_cols)]
    # each row is one printed column, whole by construction: none continues the row above
    return t.model_copy(update={"rows": rows, "header_rows": 1, "spans": [], "method": "transposed"})


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


def _listed_items(elements: list[Element]) -> list[str]:
    """The texts of the document's list items, in lists and in the cells of tables (a list
    with its fields under it is read as a record's cell, `records`)."""
    out = [el.text for el in elements if el.kind == "bullet"]
    for el in elements:
        if el.kind == "table" and el.table is not None:
            out += [txt for row in el.table.rows for cell in row for txt, _ in split_marked_items(cell or "")[1]]
    return out


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
    goal_from_prose: set[str] = field(default_factory=set)  # goals read from a sentence of running text
    goal_short_form: set[str] = field(default_factory=set)  # goals of an action-counting overview
    goal_summary: set[str] = field(default_factory=set)  # goals listed under 'Programmet i korthet'
    question_goals: list[str] = field(default_factory=list)  # goals asked as question headings
    # a goal table's short name of each goal ('Kortnamn': 'Första tiden', `goal_short_names`)
    goal_names: dict[str, str] = field(default_factory=dict)
    measure_table: dict[str, int] = field(default_factory=dict)  # measure -> ordinal of its table
    # action number -> the goal a goal table lists it under ('Åtgärder': '1–3', `goal_action_ranges`)
    goal_of_action_number: dict[str, str] = field(default_factory=dict)


class Builder(HeadingReader, ParagraphReader, ListReader, TableReader):
    def __init__(self, own_start: int | None = None, own_name: str | None = None) -> None:
        """`own_start`: the first year of the programme's own period (metadata), if known;
        `own_name`: the programme's municipality (metadata), if known."""
        self.b = Built()
        self.defined: dict[str, str] = {}  # set by run: the reading guide's roles of its words
        self.groups_not_actions: set[str] = set()  # set by run: groups said to hold no actions
        self.item_units: set[str] = set()  # set by run: headings naming the doer of the items under them
        self.own_start = own_start
        self.own_name = own_name
        self.stack: list[Head] = []
        # indicator id -> how many measures had been read when it was (`_counted_actions`)
        self._measures_before: dict[str, int] = {}
        # measure id -> the one goal of goals stated together that it spoke of (`goals_stated_together`)
        self._spoken_goal: dict[str, str] = {}
        self._under_goal: set[str] = set()  # indicators read in the scope of a stated goal
        # tables whose goal column keys rows by goal numbers ('Mål': '1', '3a'), read or not
        self.goal_keyed_elements: set[int] = set()
        self._element_at = -1  # index of the element read now (`run`)
        self._run_elements: list = []
        self._element_kind: str | None = None  # its kind ('bullet', 'para', …)
        self._indicator_element: dict[str, int] = {}  # indicator id -> its element's index
        self._answer_paragraph = None  # the goal under a resident's question (`resident_questions`)
        self._outline_goal = None  # (letter, goal, area) of a lettered goal heading (`goal_outline`)
        # a goal outline flattened into lists: item index -> its list's first item, and the
        # goal items of the list read now by number (`goal_outline.goal_outline_lists`)
        self._goal_outline_runs: dict[int, int] = {}
        # goal headings titling a goal stated in the sentence under them (`area_goal_headings`)
        self._titled_goal_series: set[int] = set()
        self._outline_items: dict[str, str] = {}
        self._outline_item_goal: str | None = None
        self._answer_rest = ""  # ... and the sentences after it in the same paragraph
        self._seq = 0  # order of goal lists and stated goals: the later one heads what follows
        self._list_seq = 0
        self._last_goal_list: list[str] = []
        # action number -> the goal a sentence keyed it to ('Åtgärderna 3.1 och 3.3 gäller den
        # första målsättningen …', `goal_number_references.actions_keyed_to_goals`)
        self._keyed_action_goals: dict[str, str] = {}
        # ... and where the sentence stood (measures read before it, its section): actions
        # printed with no number are named by their place in the table or list after it
        # ('Insatserna 1–2 i tabellen stöder den första målsättningen …'; seventy-fourth set)
        self._keyed_action_places: list[tuple[int, str | None, dict[str, str]]] = []
        self.list_mode: str | None = None  # what bullets after an intro paragraph are
        self.list_intro = False  # the latest paragraph introduced a list (ends in ':')
        self.agreement_list = False  # ... a list of what was agreed (`agreement_intros`)
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
        self._actions_listed: set[int] = set()  # bullets of a list where an item states an action
        self._in_actions_list = False  # the bullet read now is one of them
        self._dated_listed: set[int] = set()  # bullets of a list where an item closes with its time
        self._in_dated_list = False  # the bullet read now is one of them
        # the section whose text said that each paragraph under its headings opens with its
        # goal and goes on with the actions ('Under varje rubrik inleds stycket med målet')
        self._lead_goal_scope: str | None = None
        self._taken_fields: Element | None = None  # a fields paragraph read with the one above
        self._owner_line_actions = False  # an action paragraph of one sentence was read over its own doer's field line
        self._described_sections: set[str | None] = set()  # sections with an action paragraph closed by its fields after a description (`_described_then_fields`)
        # goals stated in a section's running text ('Målet är att ...', 'Mål: ...'): the
        # goals of the measures and indicators listed further down in that section
        self.stated_goals: dict[str, list[str]] = {}
        self._goal_points = False  # under a decision point fixing the goals (`decision_points`)
        self.numbered_goals: dict[str, str] = {}  # '2' -> the goal listed as '2. ...' 
        # goal -> the theme it was read with, before a section stating it again named its own
        # (`ParagraphReader._theme_from_section`)
        self._theme_before: dict[str, str | None] = {}
        self.goal_heading_numbers: dict[str, str] = {}  # '2' -> the goal headed 'Mål 2: ...' 
        # 'A1' -> (text, page, theme) of a list item 'A1 alla barn ...' read as nothing yet:
        # the goal an action table's goal column names by that code
        self.coded_items: dict[str, tuple[str, int, str | None]] = {}
        # measure id -> the goal codes its table row gave that named no goal when read
        # ('Mål': 'M1' over a legend printed after the table, `_goals_coded_later`)
        self.goal_codes_later: dict[str, list[str]] = {}
        self._stated_seq: dict[str, int] = {}
        self.coded_goals: dict[str, str] = {}  # 'R3' -> the goal printed as 'R3: ...'
        # 'Å2.1' -> the action a table printed beside that code in a column of no role, by
        # which a later table ('Indikator | Mål | Åtgärd': 'Å2.1') refers to it
        self.coded_measures: dict[str, str] = {}
        self._row_themed_goals: set[str] = set()  # goal headings given the theme their cards name
        self._matrix_parties: set[str] = set()  # the party columns of the matrices read so far
        # a roadmap's numbered steps by (section, step number), for its milestones (`milestone_items`)
        self.step_measures: dict[tuple[str | None, str], str] = {}
        # header of a table -> the widths its columns were measured at (`on_table`)
        self._widths_by_header: dict[tuple[str, ...], dict[int, int]] = {}
        # goal-row tables by their header: the meters paired with actions by count alone, and
        # whether a table so headed read a row's meters as its goal's (`_goal_row_meters`)
        self._goal_row_meters_by_header: dict[tuple[str, ...], tuple[list[str], bool]] = {}
        # '7' -> the action printed in a row whose number column ('Nr') holds 7 alone
        self.column_numbered_measures: dict[str, str] = {}
        # '7' -> the action under a card heading of its own number ('Åtgärd 7' over its text):
        # the number a later table names it by with its label ('Hör till': 'Åtgärd 7'), kept
        # apart from the numbers printed before an action (a bare '7' in a cell names none)
        self.heading_numbered_measures: dict[str, str] = {}
        # the name a table's name column gives an action ('Insats': 'Welcome Office'), by id
        self.measure_names: dict[str, str] = {}
        # 'Strategi 1: ...' -> (text, page, theme, goal once a goal numbered 1.x is under it)
        self._numbered_levels: dict[str, list] = {}
        self._field_goal: str | None = None  # the goal field just read ('Effektmål E1: ...')
        self._intro_text = ""  # the paragraph that introduced the list now read
        self._quoted_tables: list[list[list[str]]] = []  # every table's rows, as read (`broken_down_goals`)
        self._broken_down_parent: str | None = None  # the higher goal the list breaks down
        self._target_group_brackets = False  # its legend: brackets hold the target group
        self._baseline_brackets = False  # the section's legend: figures' brackets hold baselines
        # element index -> indicator read from a follow-up list's item in capitals (`on_bullet`)
        self._routine_candidates: dict[int, str] = {}
        self._action_number_brackets = False  # its legend: brackets hold actions' numbers
        # (title, element index) of an area's numbered title in capitals set as a card or a
        # record right over its goal: the theme of the goal read next (`action_title_rows`)
        self._title_theme: tuple[str, int] | None = None
        self._indicators_at_heading = 0  # how many indicators were read before the last heading
        self._action_name_brackets = False  # its legend: brackets name actions in words
        self._area_brackets = False  # its legend: brackets name the goal's area
        self._meters_numbered_in: str | None = None  # the section whose meters name actions by number
        self._translated_cols: set[int] = set()  # the table's columns in two languages
        self._para_measure: str | None = None  # the one action the paragraph just read stated
        # ... when it is the one glyph-bulleted item under its list's intro ('Åtgärder:' / '• X.'):
        # the goal's list, of one item (`_indicator_field`)
        self._listed_lone: str | None = None
        # the paragraph just read went on with that action: its who/when fields, or the label
        # of its steps ('Delåtgärder:')
        self._of_action_above = False
        self._fields_given_to: str | None = None  # the action the fields line just above was of
        # the goal labels the document repeats alone on a line ('Sektorns mål', set in `run`),
        # and the one just read, the label of the paragraph under it (`ParagraphReader.on_para`)
        self.goal_label_lines: set[str] = set()
        self._goal_label_line: str | None = None
        self._field_sections: set[str] = set()  # sections that give their goal as a field
        self._prose_goals: dict[str, list[str]] = {}  # section -> goals read from its prose
        self.pending_actions: list[PendingAction] = []
        # indicators of a follow-up sorted by area (a heading per area, an area column): the
        # counts among them count an action of the area (`_area_counts`)
        self.area_indicators: set[str] = set()
        # ... and of a table keyed by area that tracks statistics ('Tema | Mätare | Källa'):
        # the area's goal's, whatever action or action's name they speak of (`read_tables`)
        self.area_statistics: set[str] = set()
        # goal id -> the actors its responsible field names ('Ansvarig för målet: X')
        self.goal_owners: dict[str, list[str]] = {}
        # measures a 'Därför …' sentence stated after its goal (`therefore_actions`): prose too,
        # no sign that the programme gives its measures in lists or tables
        self.therefore_measures: set[str] = set()
        # the steps a purpose or an added step tied to the goal ('För att nå målet ska X …',
        # 'Dessutom ska Y …'): (text, page, goal, theme, section, fields), made measures only
        # where the programme's other action sentences are not read (`_settle_prose_actions`)
        self.tied_steps: list = []
        # indicators named in a follow-up sentence of running text ('Som mätare används
        # antalet X'), by the goals they follow up: the action of a goal that states one only
        # is what they measure (`_settle_prose_actions`)
        self._followed_up_in_text: list[tuple[str, list[str]]] = []
        # actions said in the running text under a goal heading, by a named doer
        # ('Bildningsnämnden anställer ...'): that goal's measures if it has none in any
        # other way (its section has no list or table of actions)
        self.heading_actions: list[PendingAction] = []
        self._last_sentence_action: PendingAction | None = None
        # 'we' actions under a goal heading waiting for a sentence naming their doer (`shared_owner`)
        self._ownerless_actions: list[PendingAction] = []
        # sentences of running text stating an action in a section with no goal stated or
        # heading it: (section, theme, sentence, page), placed by a closing note naming the
        # goal ('(Artikeln hör till mål 2.)', `goal_reference_note`)
        self._unplaced_sentences: list[tuple[str | None, str | None, str, int]] = []
        # sections of an action chapter that quote their goal after a colon ('Målet ... är
        # formulerat i stadens strategi: X'), whose sentences may state its actions
        self._quoted_goal_sections: set[str | None] = set()
        # target sentences after a stated goal ('Andelen ... ökar från 71 % till 80 %'):
        # (goal, text, page), indicators of that goal when the measures are prose too
        self.pending_targets: list[tuple[str, str, int]] = []
        self._question_goals: list[str] = []  # goals asked as yes-or-no question headings
        self._heading_goals: dict[str, str | None] = {}  # heading's theme key -> the goal it stated
        # (level, title) of a goal heading that only titles the goal headings after it
        # ('Mål 1: Arbete' right over 'Mål 2: Fler invandrare ...'): their theme
        self._title_card: tuple[int, str] | None = None
        # the sections of captions over a table printed as titled blocks (no table under them),
        # each with the level it is printed at (`on_heading`)
        self._card_captions: dict[str, int] = {}
        # chapter heading -> (responsible, partners) of a responsibility table by chapter
        self.owners_by_part: dict[str, tuple[str, str]] = {}
        # a part's partners alone ('Spår | Samarbetsparter'), by the part's name (`_partners_by_part`)
        self.partners_by_part: dict[str, str] = {}
        self._n = {"s": 0, "g": 0, "m": 0, "i": 0}
        self._n_tables = 0  # tables read so far
        # (header, goals of its last row) of the table read last, for a table printed right
        # after it under the same header (`goal_lookup.goals_carried_into`)
        self._table_end_goals: tuple[list[str] | None, list[str]] | None = None
        # ... the index and element of that table and the level of the caption over it, for a
        # piece of it going on under a caption alone (`TableReader`, 'captioned')
        self._table_end_at = -9
        self._last_table_el: Element | None = None
        self._table_caption_level: int | None = None
        # the header of the goal table read last whose action column listed action numbers
        # ('Åtgärder': '1–3', `goal_action_ranges`): the next card of it lists them too
        self._range_header: tuple[str, ...] | None = None
        # the roles of the table being read when it names its actions by code only, else None
        # (`table_halves.coded_half_columns`)
        self._coded_half: tuple[int, dict[int, str]] | None = None
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
            if h.theme:
                return h.theme  # 'Tema: X' on the line under the heading (`theme_lines`)
            if h.caption or not heading_number(h.text):
                # a caption, or an unnumbered title, naming what it heads after the section
                # it is printed in ('Tabell 3. Mål och åtgärder för äldre' under '6 Äldre',
                # 'Handlingsplan 2025–2028' under 'Bilaga 1: Handlingsplan'): that section's
                section = self._theme_among(heads[:k])
                # ('Arbetspaket 1: Mottagning' under '4 Arbetspaket': a numbered part of the
                # section with a name of its own, which names the theme)
                if (section and names_section(h.text, section) and not self._repeats_title(heads, k)
                        and not (not h.caption and _named_area(strip_heading_number(h.text)))):
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
            if h.text.rstrip().endswith("?") and k > 0:
                # a question heading ('Vad svarade invånarna?', 'Hur gick det?') heads what a
                # survey or a follow-up answered within a chapter: the chapter names the theme
                continue
            # 'Uppföljning' announces indicators and is also a chapter's own name
            # a structure label naming its area ('Insatsområde 1: Arbete') is that area's heading
            # (the goal tree's chapter, 'Målträd', announces goals and names the block they
            # form, as a chapter of no role does: `prose.names_goal_tree`)
            if ((h.kind in (None, "indicator") or _named_area(strip_heading_number(h.text))
                 or names_goal_tree(h.text))
                    and not is_goal_heading(h.text) and not h.goal_id):
                # (the title printed twice, on the cover and again over the first page: the
                # same name under itself is still the title)
                if (h is self.stack[0] or self._repeats_title(heads, k)) and h.level < min((x.level for x in heads[k + 1:]), default=h.level):
                    # the programme's title over a chapter that lists goals ('2. Våra mål',
                    # 'Gemensamma mål'): that chapter names the block its goals form
                    block = next((x for x in reversed(heads[k + 1:]) if x.kind in ("goal", "measure")
                                  and not is_goal_heading(x.text) and not x.goal_id), None)
                    if block is not None:
                        return theme_name(block.text)
                return theme_name(h.text)
        return None

    def _repeats_title(self, heads: list[Head], k: int) -> bool:
        """`heads[k]` is the programme's title printed again under itself (on the cover, then
        over the first page): every heading above it has its name."""
        return (k > 0 and heads[0] is self.stack[0]
                and all(_theme_key(x.text) == _theme_key(heads[k].text) for x in heads[:k]))

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

    def _statement_section(self) -> str | None:
        """The section a goal stated in running text belongs to: the innermost heading that is
        not a table's caption ('Tabell 3a. Utbildning och språk', which the extractor reads as
        a heading; `Head.caption`, set by `_caption_level`). The text after a table goes on in the section around the table, and a goal
        stated there is that section's, the next table's too ('Syftet är också att ...'
        between 'Tabell 3a' and 'Tabell 3b')."""
        # (a goal stated after one action's card, 'Åtgärdskort 2', is its chapter's:
        # `action_card_headings`; and so is one stated after the actions listed under a
        # heading announcing them, 'Vad gör vi?' / table / 'Vi vill också att …': the actions
        # are read, the heading stated no goal of its own, and the goal heads what its
        # chapter lists next -- the next 'Vad gör vi?' -- as a goal between two tables does)
        return next((h.section for k, h in enumerate(reversed(self.stack))
                     if not h.caption and not heads_one_action(h.text)
                     and not (k < len(self.stack) - 1 and self._actions_read_under(h))),
                    self.section())

    def _actions_read_under(self, h: Head) -> bool:
        """`h` announces actions ('Åtgärder', 'Vad gör vi?'), its text stated no goal, and
        actions were read under it already."""
        return h.kind == "measure" and not self.stated_goals.get(h.section) \
            and any(m.section == h.section for m in self.b.measures)

    def _stated_section(self) -> str | None:
        """The innermost enclosing section whose running text stated goals."""
        return next((h.section for h in reversed(self.stack) if self.stated_goals.get(h.section)), None)

    def _goals_of_sibling_section(self, goals: list[str]) -> bool:
        """`goals` are the ones the context gives a measure now (`current_goals`: not its own
        row's or text's) and were stated in a section already closed, a sibling of the one
        listing the actions ('Mål för området' before 'Utvecklingsåtgärder' in one chapter).
        A goal list in an enclosing section, over several groups of actions, is the goals
        each group serves together."""
        if set(goals) != set(self.current_goals()):
            return False
        # the section right before this one, under the same parent: a chapter's goal part and
        # its action part (several action sections after one goal list -- a minutes' '§ 5',
        # '§ 6' -- may serve the goals by rank, `decision_points`)
        order = [sec.id for sec in self.b.sections]
        here = self.section()
        if here not in order or order.index(here) == 0:
            return False
        before = self.b.sections[order.index(here) - 1]
        mine = self.b.sections[order.index(here)]
        by_id = {g.id: g for g in self.b.goals}
        # (goals numbered 'Mål 1', 'Mål 2' may be served by rank, one section each: left to
        # `decision_points`' pairing, which needs every goal on each action)
        numbered = set(self.numbered_goals.values()) | set(self.goal_heading_numbers.values())
        return before.parent == mine.parent and all(gid in by_id and by_id[gid].section == before.id
                                                    and gid not in numbered for gid in goals)

    def _sub_goal_heading_goals(self) -> list[str]:
        """The goal of a goal heading nested inside the innermost section whose running text
        stated goals, when that heading states a sub-goal of the stated one ('Målet är att
        ...' under 'Tema 1', then 'Tyngdpunkt 1.1 ...' whose parent it is); else none."""
        sec = self._stated_section()
        if not sec:
            return []
        stated = set(self.stated_goals[sec])
        for h in reversed(self.stack):
            if h.section == sec or h.no_goal:
                return []
            if h.goal_id:
                g = next((g for g in self.b.goals if g.id == h.goal_id), None)
                return [h.goal_id] if g is not None and g.parent in stated \
                    and h.goal_id in self.b.goal_from_heading else []
        return []

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
        # (... or, under a heading after the sibling that gave the chapter's goal ('Vad vill vi
        # uppnå?' then 'Hur gör vi det?'), that goal: `Head.sibling_goals`)
        return self._goal_of_group(list(self._last_goal_list)) or self._goals_of_titled_theme() \
            or (list(self.stack[-1].sibling_goals) if self.stack else [])

    def _goals_of_titled_theme(self) -> list[str]:
        """The goals the text stated under a theme that a later heading names again over
        actions ('Arbete och vardag' over a plan's actions, after the goals under 'Arbete och
        vardag'): an action plan groups its actions under the themes the goals were given
        in, as its title rows do in a table (`action_title_rows`), and a plan printed as
        cards or a numbered list prints those titles as headings. None when the heading is
        a goal's or states goals of its own."""
        top = self.stack[-1] if self.stack else None
        if top is None or top.kind is not None or self.stated_goals.get(top.section):
            return []
        return self.goal_lookup.goals_of_theme(squash(strip_heading_number(top.text)))

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
        if self.stack and len(self.stated_goals.get(sec, [])) == 1 \
                and (labelled := heading_label_number(self.stack[-1].text)):
            # the one goal stated under 'Löfte 3: …': goal number 3, and 'Löfte' names the
            # goal column of a table referring to the goals (`labelled_goal_headings`)
            self.numbered_goals.setdefault(labelled[1], gid)
            self.defined.setdefault(labelled[0], "goal")

    def _have_measures(self, goals: list[str]) -> bool:
        """Some measure is linked to one of `goals`."""
        return bool(goals) and any(set(m.goals or [m.goal]) & set(goals) for m in self.b.measures)

    # ---- items ---------------------------------------------------------------------
    def add_goal(self, text: str, page: int, parent: str | None = None, theme: str | None = None,
                 from_table: bool = False) -> str:
        gid = self._id("g")
        theme = theme if theme is not None else self.theme()
        if parent is None and self._title_theme is not None:
            # '2 SPRÅK OCH UTBILDNING' printed right over the goal: its area
            # (`action_title_rows.capital_section_title`)
            title, at = self._title_theme
            self._title_theme = None
            if 0 < self._element_at - at <= 2:
                theme = title
        if parent is not None:
            theme = self._parents_theme(parent, theme)
        self.b.goals.append(Goal(id=gid, text=text, parent=parent, section=self.section(),
                                 theme=theme, page=page))
        if from_table:
            self.b.goal_from_table.add(gid)
        elif self._element_kind == "bullet" and self.stack and is_summary_heading(self.stack[-1].text):
            # '1. Snabb start …' listed under 'Programmet i korthet': the chapters' goal, short
            # (`summary_goal_lists`; a goal sentence of the summary's prose is stated there)
            self.b.goal_summary.add(gid)
        return gid

    def _parents_theme(self, parent: str, theme: str | None) -> str | None:
        """The theme of a sub-goal under `parent`: the parent's, when the theme read for the
        sub-goal names a heading above the parent's section ('Delmål 1.1 …' under 'Huvudmål
        1: Arbete', whose goal is the sentence under it: the theme search passes over the
        goal's heading and finds the chapter, '4 Huvudmål, delmål och åtgärder'); else
        `theme`. A sub-goal is of its main goal's theme."""
        above = next((g for g in self.b.goals if g.id == parent), None)
        if above is None or not above.theme or theme == above.theme:
            return theme
        at = next((k for k, h in enumerate(self.stack) if h.section == above.section), None)
        if at is None or theme not in {theme_name(h.text) for h in self.stack[:at]}:
            return theme
        return above.theme

    def add_measure(self, text: str, page: int, goals: list[str], number: str | None = None,
                    from_table: bool = False, theme: str | None = None, section: str | None = None, **kw) -> str:
        mid = self._id("m")
        # 'NY: <action>': a revised plan's marker of a new action, no part of it (`change_markers`)
        text = without_lead_revision_mark(text)
        # '… (fortsätter)', '… (ny)': the same marker closing the action, in brackets
        text = without_tail_status_mark(text)
        if len(goals) >= 2 and (set(goals) == set(self.stated_goals_in_scope())
                                or self._goals_of_sibling_section(goals)):
            # goals its section's text stated together over one list: the one the action
            # speaks of, if only one (`goals_stated_together`); so too the goals a sibling
            # section stated ('Mål för området' over two goal paragraphs, then
            # 'Utvecklingsåtgärder' listing the actions of both)
            stated = [(g.id, g.text, g.parent) for g in self.b.goals if g.id in goals]
            # a lead-in over the list speaking of one of them ('För att höja
            # sysselsättningsgraden:' / '• Mentorprogram …'): the goal of each of its items
            spoken = (goal_of_action(self._intro_text, stated)
                      if not from_table and self.list_intro and self._intro_text.rstrip().endswith(":") else None) \
                or goal_of_action(text, stated)
            prev = self.b.measures[-1] if self.b.measures else None
            if spoken is None and from_table and prev is not None and prev.id in self._spoken_goal \
                    and self.b.measure_table.get(prev.id) == self._n_tables \
                    and self._spoken_goal[prev.id] in goals and speaks_of_none(text, stated):
                # a row speaking of none of the goals, right under one that spoke of one of them:
                # an action table for goals stated together runs goal by goal, and the row goes on
                # with the goal of the row above (a list's item of neither goal still serves both,
                # `goals_stated_together`)
                spoken = self._spoken_goal[prev.id]
            goals = [spoken] if spoken else goals
            if spoken:
                self._spoken_goal[mid] = spoken
        if (lettered := opening_letter_code(text)) is not None:
            # '1a) <action>': the action known by its goal's number and its letter, as a
            # follow-up table names it ('Åtgärd': '1a'); the code is no part of what is done
            self.coded_measures.setdefault(lettered[0], mid)
            text = lettered[1]
        elif number and (dotted := lettered_reference(number)) is not None:
            # ... or printed '1.a <action>' (its number, `text.NUMBERED_RE`): the same code
            self.coded_measures.setdefault(dotted, mid)
        elif (coded := CODED_ITEM_RE.match(text)) is not None:
            # ... or printed after a letter code ('B1 Förberedande undervisning förlängs …',
            # 'K2: …'): known by it to a follow-up table naming it ('Åtgärd': 'B1'), as a goal
            # listed after its code is to an action table's goal column
            self.coded_measures.setdefault(coded.group(1), mid)
        if (when := self._heading_time()) is not None:
            # '2026' over the actions started that year: the time of each that gives none, and
            # no theme -- the action's is its goal's, set when all is read (`time_headings`)
            if not kw.get("schedule"):
                kw["schedule"], kw["start_year"], kw["end_year"] = parse_schedule(when)
            theme = theme or ""
        self.b.measures.append(Measure(id=mid, text=text, goal=goals[0] if goals else None, goals=list(goals),
                                       section=section or self.section(),
                                       theme=(theme or None) if theme is not None else self.theme(), page=page, **kw))
        if number:
            self.b.measure_number[mid] = number
        elif (own := self._card_heading_number()) is not None:
            # the first action under 'Åtgärd 7' is the one the heading numbers (`action_card_headings`)
            self.heading_numbered_measures.setdefault(own, mid)
        if from_table:
            self.b.measure_from_table.add(mid)
            self.b.measure_table[mid] = self._n_tables
        return mid

    def _card_heading_number(self) -> str | None:
        """'7' under the innermost heading 'Åtgärd 7' / 'Åtgärd 7 – Språkcafé' (one action's
        card, `action_card_headings.action_card_number`), else None."""
        return action_card_number(self.stack[-1].text) if self.stack else None

    def _heading_time(self) -> str | None:
        """The time the innermost heading is, under a heading announcing actions ('5
        Verkställighetsplan' > '2026') or heading them itself (under 'Handlingsplan'), else
        None (`time_headings`)."""
        if len(self.stack) < 2 or not any(h.kind == "measure" for h in self.stack):
            return None
        return time_heading(self.stack[-1].text)

    def read_milestone(self, text: str, page: int) -> bool:
        """'◆ Milstolpe efter steg 3: X' / '◆ Milstolpe 2026: X' (`milestone_items`): X the
        meter of step 3 of this section, or of the section's goal as a whole; False if the
        text is no milestone."""
        found = milestone(text)
        if found is None:
            return False
        step, meter = found
        mid = self.step_measures.get((self.section(), step)) if step else None
        own = self._measure(mid).goal if mid else None
        self.add_indicator(meter, page, mid, [own] if own else self.current_goals())
        return True

    def _drop_list_meters_above(self, elements: list[Element], i: int) -> None:
        """Drop the indicators read from the last bulleted list above element i in its section
        (no heading between but a table's caption over its table): a paragraph said the list
        holds none (`denied_meters`)."""
        j = i - 1
        while j >= 0 and elements[j].kind != "bullet":
            if elements[j].kind == "heading" and not (CAPTION_RE.match(elements[j].text)
                                                      or elements[j + 1].kind == "table"):
                return
            j -= 1
        start = j
        while start > 0 and elements[start - 1].kind == "bullet":
            start -= 1
        if j < 0:
            return
        listed = {iid for iid, at in self._indicator_element.items() if start <= at <= j}
        self.b.indicators = [ind for ind in self.b.indicators if ind.id not in listed]

    def add_indicator(self, text: str, page: int, measure: str | None, goals: list[str]) -> str:
        iid = self._id("i")
        self._measures_before[iid] = len(self.b.measures)
        self._indicator_element[iid] = self._element_at
        if self.stated_goals_in_scope() or self.heading_goal():
            self._under_goal.add(iid)
        self.b.indicators.append(Indicator(id=iid, text=text, measure=measure, goal=goals[0] if goals else None,
                                           goals=list(goals), page=page))
        return iid

    # ---- walk ----------------------------------------------------------------------
    def run(self, elements: list[Element]) -> Built:
        for el in elements:
            turned = transposed(el.table) if el.kind == "table" and el.table is not None else None
            if turned is not None:  # one column per goal: read it with a row per goal
                el.table, el.pages = turned, [el.page] * len(turned.rows)
            split = split_goal_action_column(el.table) if el.kind == "table" and el.table is not None \
                and turned is None else None
            if split is not None:  # goal over its actions in one cell (`goal_action_cells`)
                el.table = split
                turned = split
            card = goal_card(el.table) if el.kind == "table" and turned is None else None
            if card is not None:  # a goal's fields down a column: read as a one-row goal table
                el.table, el.pages = card, [el.page] * len(card.rows)
        # the roles the document's own reading guide gives its words ('Effekterna är
        # programmets mål.'), for table headers outside the structure vocabulary
        paragraphs = [el.text for el in elements if el.kind == "para"]
        # a goal label alone on its line ('Sektorns mål') that the document repeats, part by
        # part, over each part's goal: the label of the paragraph under it (`bare_goal_label`);
        # once only ('Stadsstrategins mål' over a sentence about another plan) it is a title
        labels = [squash(t) for t in paragraphs if bare_goal_label(t)]
        self.goal_label_lines = {x for x in labels if labels.count(x) >= 2}
        self.defined = defined_roles(paragraphs)
        # ... and the groups of an action table it says hold no actions ('Uppgifter i bucket
        # ”Administration” ... är inte åtgärder', `groups_not_actions`)
        self.groups_not_actions = groups_said_not_actions(paragraphs)
        # ... and 'I sista kolumnen anges hur målet följs upp': its follow-up cells are the goal's
        self._follow_up_of_goal_said = any(says_follow_up_of_goal(text) for text in paragraphs)
        # tables printed without a header naming their columns: roles from their cells
        self.layouts = document_layouts([el.table.rows for el in elements if el.kind == "table"
                                         and el.table is not None and _unnamed(el.table)])
        self.listed_cells = self._lists_per_line(elements)
        self.referenced_codes = self._referenced_codes(elements)
        self.unit_headings = self._unit_headings(elements)
        self._doers_listed = _lists_where_an_item_names_its_doer(elements)
        self._actions_listed = _lists_where_an_item_states_an_action(elements)
        self._goal_outline_runs = goal_outline_lists(elements)
        self._titled_goal_series = goal_sentences_of_titled_series(elements)
        self._dated_listed = dated_lists(elements)
        self._doers_in_parentheses = doers_in_parentheses(_listed_items(elements))
        # ... or after a spaced dash, a name alone ('… – biblioteket'; `dash_doers`)
        self._doers_after_dashes = doers_after_dashes([el.text for el in elements if el.kind == "bullet"])
        # heading levels whose chapters are counted by roman numerals ('II Arbete', 'III Barn')
        self._roman_levels = {el.level for el in elements if el.kind == "heading" and _SECOND_ROMAN_RE.match(el.text)}
        people = _people_lists(elements)
        # numbered points over their own sub-points ('1. <goal>' / '1.a <action>'): goals
        point_goals = points_over_sub_points([(el.kind, el.text) for el in elements])
        named_paras = _lead_phrase_runs(elements)
        # captions of the figures the text names as its meters ('Mätarna i figurerna 3–6')
        meter_figures = meter_captions(elements)
        # sections closed by their writer's name and post: greetings (`signed_forewords`)
        signed = signed_headings(elements)
        self._run_elements = elements  # (read ahead past a label line: `_states_goal_of_actions`)
        for i, el in enumerate(elements):
            self._element_at = i
            self._element_kind = el.kind
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
                self._indicators_at_heading = len(self.b.indicators)
                if i in self.unit_headings:
                    self.stack[-1].unit = theme_name(el.text)
                if i in signed and self.stack:
                    self.stack[-1].signed = True
                if el.theme and self.stack and self.stack[-1].goal_id:
                    # the goal heading's own theme line (`theme_lines`)
                    gid = self.stack[-1].goal_id
                    for g in self.b.goals:
                        if g.id == gid:
                            g.theme = el.theme
                if announces_actions_by_doer(el.text) and self.stack and self.stack[-1].kind is None:
                    # 'Uppgiftslistor per ansvarsperson': the tasks under it are the actions,
                    # by doer, though no word of the heading is an action's (`actions_by_doer`)
                    self.stack[-1].kind = "measure"
            elif self._reports_earlier_period() and not self._figures_with_direction(el):
                # text, lists and tables under a heading about an earlier period report what
                # was done then ('6 Utvärdering av programmet 2019–2023' over last period's
                # actions): none of this programme's goals, measures or indicators
                continue
            elif el.kind in ("para", "bullet") and (title := capital_section_title(el.text)) \
                    and i + 1 < len(elements) and (elements[i + 1].kind == "table"
                                                   or goal_field(elements[i + 1].text)):
                # '2 SPRÅK OCH UTBILDNING' (a table's section row printed as a card or an
                # item) right over the goal: the goal's area, no action
                self._title_theme = (title, i)
                continue
            elif el.kind == "para":
                if denies_meters_above(el.text):
                    # '… punktlistan ovan …; de är inte indikatorer för målen.': the list above
                    # in the section holds no indicators (`denied_meters`)
                    self._drop_list_meters_above(elements, i)
                if el is self._answer_paragraph:
                    if not self._answer_rest:
                        continue
                    # the background run into the answer's paragraph is read as text
                    el = replace(el, text=self._answer_rest)
                if self._decision_item(el):
                    continue
                if i in meter_figures:
                    # a figure shown as a meter: its caption names the indicator (`figure_meters`)
                    # (a figure counting what one action runs names that action's head:
                    # its meter, of its goal; `figure_meters.action_named_by_head`)
                    meter = figure_meter(el.text)
                    mid = action_named_by_head(meter or "", [(m.id, m.text) for m in self.b.measures])
                    own = self._measure(mid).goal if mid else None
                    self.add_indicator(meter, el.page, mid, [own] if own else self.current_goals())
                    continue
                if self._goal_numbered_paragraph(el, elements[i + 1] if i + 1 < len(elements) else None):
                    pass  # 'a (1); b (2)': a unit's actions, each of its goal (`goal_numbered_segments`)
                elif i in named_paras and self.in_measure_scope():
                    self._named_paragraph_measure(el)
                elif self._key_actions_to_goals(el.text):
                    pass  # 'Åtgärderna 3.1 och 3.3 gäller den första målsättningen …': no goal of its own
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
                if self._decision_goal_point(el):
                    continue  # '1. fastställa följande mål:' / 'a) ...,': the goals (`decision_points`)
                if self._decision_item(el):
                    continue  # (a numbered decision paragraph reads as a numbered item)
                if i in point_goals:
                    self._point_goal(el, point_goals[i], self._points_title(elements, i, point_goals))
                    continue
                if self._goal_numbered_paragraph(replace(el, text=strip_marker(el.text)),
                                                 elements[i + 1] if i + 1 < len(elements) else None):
                    continue  # ('• a (1); b (2)': a unit's actions as one item, each of its goal)
                if self.list_mode is None and self._owned_list_starts(elements, i):
                    self.list_mode = "measure"
                self._in_doers_list = i in self._doers_listed
                self._in_actions_list = i in self._actions_listed
                self._in_dated_list = i in self._dated_listed
                self.on_bullet(el)
                if lone_item and len(self.b.measures) == before + 1:
                    self._para_measure = self.b.measures[-1].id
                    # ('Åtgärder:' / '• X. Ansvar: …' / 'Mätare: …': a list the intro
                    # announced, of one item -- the line under it follows the goal up, as
                    # under a list of two; a numbered action paragraph read as an item keeps it)
                    self._listed_lone = self._para_measure if (
                        BULLET_RE.match(el.text) and i > 0 and elements[i - 1].kind == "para"
                        and elements[i - 1].text.rstrip().endswith(":")) else None
            elif el.kind == "table":
                if self._restates_text_actions(elements, i):
                    continue
                goals_before = len(self.b.goals)
                self.on_table(el, elements[i - 1] if i > 0 else None)
                # (a card print sets each row as a table of its own: one card repeating an
                # action word for word is a row of the table the cards print)
                self._fold_restating_rows(before, card=el.table is not None and el.table.method == "label-value")
                if el.table is not None and el.table.rows and len(self.b.goals) > goals_before \
                        and restates_short(el.table.rows[0], el.table.rows[1:]):
                    # 'Mål i korthet | Antal åtgärder', 'Tema | Huvudmål i korthet': goals
                    # restated short (`action_count_summaries`)
                    self.b.goal_short_form.update(g.id for g in self.b.goals[goals_before:])
                if el.table is not None and el.table.method == "goal-card" and len(self.b.goals) == goals_before + 1 \
                        and (num := card_number(elements[i - 1] if i > 0 else None)):
                    # the card's caption 'Mål 3' numbers its goal: the actions refer to it so
                    self.numbered_goals.setdefault(num, self.b.goals[-1].id)
                if el.table is not None and el.table.method == ACTION_CARD_METHOD \
                        and len(self.b.measures) == before + 1:
                    # an action card read as a one-row table (`action_card_headings`): the
                    # follow-up line under it is the card's, as under an action's paragraph
                    self._para_measure = self.b.measures[-1].id
                if self.stack and self.stack[-1].caption:
                    # a caption names its table only: what follows the table is the text of
                    # the section the table sits in
                    self.stack.pop()
        self._goals_coded_later()
        self._goal_keys_named_later()
        self._settle_subject_doers()
        self._settle_prose_actions()
        # actions a sentence keyed to the goals stated before it by their numbers: theirs
        # (before the pairing by order below, which would read them by their sections' order)
        self._link_keyed_actions()
        # minutes deciding one '§' of actions per listed goal, in the list's order
        pair_sections_with_goals(self.b.goals, self.b.measures, self.b.sections)
        self._drop_unanswered_questions()
        self.b.question_goals = list(self._question_goals)  # (`question_goals.questions_answered_by_goals`)
        self._owners_by_part()
        self._partners_by_part()
        self._owners_by_chapter(elements)
        self._spell_out_abbreviations(elements)
        self._close_sections(elements)
        self._counted_actions(elements)
        self._area_counts()
        self._goal_owners()
        self._indicators_naming_projects()
        self._goals_by_words()
        self._actions_numbered_by_goal()
        self._adopted_amendments(elements)
        return self.b

    def _goals_coded_later(self) -> None:
        """An action table whose goal column holds only codes ('Mål': 'M1', 'M3') with the
        goals they stand for explained after it, in a legend ('Mål (förklaring till kolumnen
        Mål):' / '• M1 Språk: Vuxna invånare …'): a code that named no goal when the row was
        read names the goal listed or labelled with it later; the row's measure (and the
        meters of the measure) go to that goal. Only measures left with no goal at all.
        So too a follow-up table's meter keyed by a goal's number ('Mål | Mått': '3') printed
        before the goals are read ('Mål 3. <goal>' rows of an appendix plan): that goal's."""
        by_id = {m.id: m for m in self.b.measures}

        def goals_of(codes: list[str]) -> list[str]:
            return list(dict.fromkeys(g for c in codes if (g := self.goal_lookup.goal_by_number(c))))

        for ind in self.b.indicators:
            codes = self.goal_codes_later.get(ind.id)
            if codes and ind.goal is None and ind.measure is None:
                gids = goals_of(codes)
                if gids:
                    ind.goal, ind.goals = gids[0], gids
        moved: dict[str, list[str]] = {}
        for mid, codes in self.goal_codes_later.items():
            m = by_id.get(mid)
            if m is None or m.goal is not None:
                continue
            gids = goals_of(codes)
            if gids:
                m.goal, m.goals = gids[0], gids
                moved[mid] = gids
        for ind in self.b.indicators:
            if ind.measure in moved and ind.goal is None:
                ind.goal, ind.goals = moved[ind.measure][0], list(moved[ind.measure])

    def _goal_keys_named_later(self) -> None:
        """A follow-up table keyed by the goals' labels ('Mål | Mått | Källa': 'Mål 1', 'Mål 3')
        printed before the goals themselves (an action plan in an appendix whose group rows
        'Mål 1. <goal>' state them; a chapter on follow-up before the chapters of goals): read
        first, each key was taken for a goal of its own, its whole text the label and number.
        Once a goal numbered so was read, the key names that goal: the key's meters and
        actions are that goal's, and the key is no goal. (The same for goal lines read by the
        label-line fallback: `goal_fallbacks._references_to_label_lines`.)"""
        order = {g.id: k for k, g in enumerate(self.b.goals)}
        moved: dict[str, str] = {}
        for g in self.b.goals:
            key = _GOAL_KEY_ALONE_RE.match(squash(g.text))
            if not key:
                continue
            target = self.goal_lookup.goal_by_number(key.group("num"))
            if (target is None or target == g.id or order.get(target, -1) < order[g.id]
                    or _GOAL_KEY_ALONE_RE.match(squash(self.b.goals[order[target]].text))):
                continue
            moved[g.id] = target
        if not moved:
            return
        for item in (*self.b.measures, *self.b.indicators):
            if item.goal in moved or any(x in moved for x in item.goals):
                goals = list(dict.fromkeys(moved.get(x, x) for x in (item.goals or [item.goal]) if x))
                item.goal, item.goals = (goals[0] if goals else None), goals
        for g in self.b.goals:
            if g.parent in moved:
                g.parent = moved[g.parent]
        self.b.goals = [g for g in self.b.goals if g.id not in moved]

    def _adopted_amendments(self, elements: list[Element]) -> None:
        """An action the council added in its minutes ('… föreslog … att till målet om X läggs
        åtgärden ”Y”, med Z som ansvarig och med start T. Förslaget godkändes.'): one more
        action of the goal so named -- by its theme or its words -- read after the plan, whose
        goals the minutes before it name (`adopted_amendments`)."""
        for el in elements:
            if el.kind != "para" or (found := adopted_amendment(el.text)) is None:
                continue
            tops = self.goal_lookup.goals_of_theme(found.goal_words)
            gid = tops[0] if len(tops) == 1 else self.goal_lookup.goal_by_words(found.goal_words)
            if gid is None or any(squash(m.text) == found.text for m in self.b.measures):
                continue
            sched, start, end = parse_schedule(found.schedule) if found.schedule else (None, None, None)
            self.add_measure(found.text, el.page, [gid], responsible=[found.responsible] if found.responsible else [],
                             partners=[], schedule=sched, start_year=start, end_year=end)

    _GOAL_DOTTED_RE = re.compile(r"(\d{1,2})\.\d{1,2}")

    _CHAPTER_NUMBER_RE = re.compile(r"\d{1,2}(?:\.\d{1,2})*")

    @classmethod
    def _chapter_numbers(cls, section: str | None, by_id: dict[str, Section]) -> set[str]:
        """The first parts of the numbers of the section and the sections it stands in ('3.3
        Delaktighet' under '3. Insatsområden': {'3'}); labelled numbers ('Mål 1') are none."""
        return {sec.number.split(".")[0] for sec in enclosing_sections(section, by_id)
                if sec.number and cls._CHAPTER_NUMBER_RE.fullmatch(sec.number)}

    def _actions_numbered_by_goal(self) -> None:
        """Actions numbered 'N.M' (the M-th action of goal N) read under goal headings 'Mål N.
        …': one printed before its goal's heading or after the next one (a print that sets
        each goal where its merged cell stood, in the middle of its actions) is goal N's all
        the same, as the number says. Only where every such number's first part is a goal
        heading's number, they name two goals or more, and most actions already stand under
        the goal their number names (a chapter's own numbering, '3.1' under 'Mål 1', is none);
        the meters of an action so moved go with it (fortieth set)."""
        heads = self.goal_heading_numbers
        # (printed before the action, or in a number column of its own: 'Nr: 1.1' on a card)
        printed = {**{mid: n for n, mid in self.column_numbered_measures.items()}, **self.b.measure_number}
        numbered = {mid: m.group(1) for mid, n in printed.items() if (m := self._GOAL_DOTTED_RE.fullmatch(n or ""))}
        firsts = set(numbered.values())
        if len(heads) < 2 or len(firsts) < 2 or not firsts <= set(heads):
            return
        acts = [m for m in self.b.measures if m.id in numbered]
        if 2 * sum(1 for m in acts if m.goal == heads[numbered[m.id]]) <= len(acts):
            return
        moved: dict[str, str] = {}
        left: set[str] = set()
        headed = set(heads.values())
        sections = {s.id: s for s in self.b.sections}
        for m in acts:
            gid = heads[numbered[m.id]]
            if m.goal is not None and m.goal not in headed and numbered[m.id] in self._chapter_numbers(m.section, sections):
                # an action read under a goal of its own that no numbered heading states, in a
                # chapter whose number its number opens with ('Åtgärd 3.1: …' under '3.3
                # Delaktighet' / 'Tyngdpunkt: X.'): the chapter numbers it, no goal -- it stands
                # where it belongs. (Actions under a table's caption read as a goal, in a
                # chapter of another number, still go to the goals their numbers name.)
                continue
            if m.goal != gid:
                left.update(m.goals)
                m.goal, m.goals = gid, [gid]
                moved[m.id] = gid
        for ind in self.b.indicators:
            if ind.measure in moved:
                ind.goal, ind.goals = moved[ind.measure], [moved[ind.measure]]
        # a table's caption ('Tabell 2. Tema A: Arbete') read as the goal of the actions right
        # under it, all of which went to the goals their numbers name: a caption, no goal
        served = {g for m in self.b.measures for g in m.goals} | {g for i in self.b.indicators for g in i.goals} \
            | {g.parent for g in self.b.goals}
        empty = {g.id for g in self.b.goals if g.id in left and g.id not in served
                 and g.id in self.b.goal_from_heading and CAPTION_RE.match(g.text)}
        self.b.goals = [g for g in self.b.goals if g.id not in empty]

    def _goals_by_words(self) -> None:
        """A measure of several top-level goals each labelled and numbered on its own, stated
        together in one section (no goal column, reference or number tied it to one): the one
        its words speak of, when one stands out (`goal_by_words`), first; its indicators
        follow it."""
        texts = {g.id: g.text for g in self.b.goals if g.parent is None}
        section = {g.id: g.section for g in self.b.goals}
        numbered = (set(self.numbered_goals.values()) | set(self.goal_heading_numbers.values())
                    | set(self.coded_goals.values()))
        for m in self.b.measures:
            if len(m.goals) < 2 or m.goal != m.goals[0] or not all(g in texts for g in m.goals):
                continue
            if not all(g in numbered for g in m.goals):
                continue  # goals stated together in prose ('… Dessutom är målet att …') are the
                # list's goals together, the first first
            secs = {section[g] for g in m.goals}
            if len(secs) > 1 or m.goals != [g.id for g in self.b.goals if g.parent is None and g.section in secs]:
                continue  # goals named by the action's codes ('K3, L1'), not all those its section
                # stated: the first is the one it chiefly serves, as the document's own order says
            best = goal_by_words(m.text, [(g, texts[g]) for g in m.goals])
            if best is None or best == m.goal:
                continue
            m.goal, m.goals = best, [best] + [g for g in m.goals if g != best]
            for ind in self.b.indicators:
                if ind.measure == m.id:
                    ind.goal, ind.goals = best, list(m.goals)

    @staticmethod
    def _points_title(elements: list[Element], i: int, points: dict[int, bool]) -> str | None:
        """The title in capitals right over the first point of the list point i is in
        (`memo_points.caps_title`), else None."""
        first = i
        while first > 0 and (first - 1 in points or (elements[first - 1].kind == "bullet"
                                                      and first - 1 not in points)):
            first -= 1
        while first not in points:
            first += 1
        return caps_title(elements[first - 1].text) if first > 0 and elements[first - 1].kind == "para" else None

    def _point_goal(self, el: Element, heads_sub_points: bool, title: str | None = None) -> None:
        """A numbered point of a list whose points head sub-points (`memo_points`). One that
        heads its own is a goal stated, which the sub-points below it serve until the next
        point; one without is at the goals' level, no action: the goal sentences in it
        ('5. Boende och fritid – se bifogad tabell. Målet är att ...') are goals, which what
        it refers to (an attached table) serves."""
        text = squash(NUMBERED_RE.sub("", el.text, count=1))
        stated = [text.rstrip(".")] if heads_sub_points else [s.rstrip(".") for s in goal_sentences(text)]
        # the theme: the name a point opens with before its dash ('Boende och fritid – se
        # bifogad tabell'), else the title in capitals over the points
        theme = (None if heads_sub_points else point_name(el.text)) or title
        for goal in stated:
            gid = self.add_goal(goal, el.page, theme=theme)
            self._state_goal(gid)
            self.last_goal_list = [gid]
        self.list_mode = None

    def _indicators_naming_projects(self) -> None:
        """An indicator linked to no action that names one action by the name a table's name
        column gave it ('Antal besök på Welcome Office' for the row 'Welcome Office | Welcome
        Office blir en permanent servicepunkt ...') counts that action (`name_columns`)."""
        # ... or by the title an action item opens with before its colon ('Båtvarvsakademin:
        # sexmånaders yrkesutbildning …' counted by 'Antal deltagare i Båtvarvsakademin')
        names = {**{m.id: t for m in self.b.measures if (t := action_title(m.text))}, **self.measure_names}
        if not names:
            return
        for ind in self.b.indicators:
            # (a meter an area-keyed statistics table gives its area stays the area goal's:
            # 'Fokusområde | Indikator | Datakälla', 'Besökare i Språkcaféet'; seventy-fourth set)
            if ind.measure is None and ind.id not in self.area_statistics \
                    and (mid := named_project(ind.text, names)):
                ind.measure = mid

    def _goal_owners(self) -> None:
        """The goals' responsible fields ('Ansvarig för målet: X', `goal_owner`): the
        responsible of each of the goal's actions that names none of its own; those taking
        part in an action ('Med i arbetet') are its partners beside them."""
        for m in self.b.measures:
            owner = self.goal_owners.get(m.goal or "")
            if owner and not m.responsible:
                # (an action naming its own responsible keeps it)
                m.responsible = list(owner)
                m.partners = [p for p in m.partners if p not in owner]

    def _area_counts(self) -> None:
        """The counts of a follow-up sorted by area, each the action of its area's goals it
        names by its words (`area_counts`); the other figures are the goal's they speak of."""
        measures = [(m.id, m.text) for m in self.b.measures]
        goal_text = {g.id: g.text for g in self.b.goals}
        goal_texts = list(goal_text.values())
        for ind in self.b.indicators:
            if ind.id not in self.area_indicators or ind.measure is not None or not ind.goals:
                continue
            area = [(m.id, m.text) for m in self.b.measures if set(m.goals or [m.goal]) & set(ind.goals)]
            mid = action_counted(ind.text, area, measures, goal_texts)
            if mid is not None:
                m = self._measure(mid)
                ind.measure = mid
                ind.goals = list(m.goals or ([m.goal] if m.goal else []))
                ind.goal = ind.goals[0] if ind.goals else None
            elif len(ind.goals) > 1:
                spoken = goal_of_action(ind.text, [(g, goal_text.get(g, ""), None) for g in ind.goals])
                if spoken:
                    ind.goals, ind.goal = [spoken], spoken

    def _counted_actions(self, elements: list[Element]) -> None:
        """The indicators read after the last action, none linked to an action: a closing
        follow-up list, whose figures may each count one action by its words
        (`counted_actions`); each so named is that action's, of its goal. Only one list or
        one table, not sorted by a key of its own: figures listed under area paragraphs
        ('Hälsa och välfärd (3.3)') or beside a column naming their unit or area
        ('Förvaltning': 'Bildningsförvaltningen' on two rows) follow those areas' goals up."""
        n = len(self.b.measures)
        closing = [i for i in self.b.indicators if i.measure is None and self._measures_before.get(i.id) == n]
        if not closing or any(i.measure for i in self.b.indicators if self._measures_before.get(i.id) == n):
            return
        at = sorted({self._indicator_element.get(i.id, -1) for i in closing})
        if at[0] < 0 or not one_follow_up(elements, at):
            return
        # a follow-up under its goal, or sorted by goal (a 'Mål' column, goal headings), follows
        # the goals up: its figures are theirs, whatever action words they use
        # (so is a table keying its rows by the goals' numbers, '1', '2', '3a', even where
        # the goals were stated unnumbered and the keys name none read)
        if any(i.id in self._under_goal or self._indicator_element.get(i.id) in self.goal_keyed_elements
               for i in closing) or len({i.goal for i in closing if i.goal}) > 1:
            return
        goal_place = {g.id: k for k, g in enumerate(self.b.goals)}
        # each action's goal's place (-1: none, or several), by which a list may name a goal's
        # actions in its own order; not a table of key figures ('Nyckeltal | Utgångsläge |
        # Källa'): the municipality's statistics, which follow the goals up unless they name
        # the actions one by one in the programme's order
        first = elements[at[0]]
        key_figures = first.kind == "table" and first.table is not None and first.table.rows and \
            fold(squash(first.table.rows[0][0] or "")).startswith("nyckeltal")
        rank = None if key_figures else [goal_place.get(m.goal, -1) if len(m.goals or [m.goal]) == 1 else -1
                                         for m in self.b.measures]
        counted = actions_counted([i.text for i in closing], [(m.id, m.text) for m in self.b.measures],
                                  [g.text for g in self.b.goals], rank)
        measures = {m.id: m for m in self.b.measures}
        for ind, mid in zip(closing, counted or []):
            if mid:
                ind.measure = mid
                goals = measures[mid].goals or ([measures[mid].goal] if measures[mid].goal else [])
                ind.goal, ind.goals = (goals[0] if goals else None), list(goals)

    def _fold_restating_rows(self, before: int, card: bool = False) -> None:
        """The table just read repeats, row by row, actions read before it (`restated_rows`:
        'När gör vi vad?' Vad | När under a brochure's bullets): each row's time, doer and
        partners go to that action where it had none, its meters follow it up, and the rows
        are no measures of their own."""
        rows = self.b.measures[before:]
        if not rows:
            return  # (the table read no action: nothing to fold)
        found = restated_rows([(m.id, m.text) for m in self.b.measures[:before]], [(m.id, m.text) for m in rows],
                              min_rows=1 if card else MIN_ROWS)
        if not found:
            return
        kept = {m.id: m for m in self.b.measures[:before]}
        restated_goals = {kept[found[row.id]].goal for row in rows}
        row_goals = {row.goal for row in rows}
        # (rows under no goal at all, a follow-up chapter's, stand under no other goal)
        if len(restated_goals) == 1 and row_goals != {None} and restated_goals != row_goals:
            # rows repeating the actions of one goal only, but standing under another goal: no
            # summary of the plan (that restates actions of several goals, or of its own goal) --
            # the same actions placed again under a second goal, which copy belongs where is
            # not for this fold to decide, so both stay as read (golden helsingfors' card print)
            return
        for row in rows:
            first = kept[found[row.id]]
            if row.schedule and not first.schedule:
                first.schedule, first.start_year, first.end_year = row.schedule, row.start_year, row.end_year
            if row.responsible and not first.responsible:
                first.responsible, first.partners = list(row.responsible), list(row.partners)
                first.printed_actors = {**first.printed_actors, **row.printed_actors}
            elif row.partners and not first.partners:
                first.partners = list(row.partners)
        for ind in self.b.indicators:
            if ind.measure in found:
                ind.measure = found[ind.measure]
                ind.goal, ind.goals = kept[ind.measure].goal, list(kept[ind.measure].goals)
        del self.b.measures[before:]
        for mid in found:
            self.b.measure_from_table.discard(mid)
            self.b.measure_table.pop(mid, None)
            self.b.measure_number.pop(mid, None)

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
        if j >= len(elements) or elements[j].kind != "para":
            return False
        # ... or a lone item whose own field line right under it names who does it ('1. Det
        # ordnas X.' over 'Ansvar: kansliet, 2025'): a field naming a doer is an action's
        # (`doer_field_lists`; a line under a list of several may close a goal list,
        # 'Huvudsakliga målsättningar' / '• …' / '• …' / 'Ansvarig: X.')
        return names_list_owner(elements[j].text) or (j == i + 1 and doer_field_line(elements[j].text))

    def _figures_with_direction(self, el: Element) -> bool:
        """A table of figures for past years beside the direction each should take ('Tabell 3.
        Nyckeltal 2022–2024 och önskad riktning': 'Nyckeltal | 2022 | 2023 | 2024 |
        Riktning'), under a caption naming those years and no heading about an earlier
        period: the caption dates the baseline figures, the table states what the programme
        wants of them (its follow-up), no report of the past."""
        if el.kind != "table" or el.table is None or not el.table.rows:
            return False
        if any(h.earlier and not h.caption for h in self.stack) or any(h.restated for h in self.stack):
            return False
        return any(names_direction(c or "") for c in el.table.rows[0])

    def _reports_earlier_period(self) -> bool:
        # ... or one telling the programme again in easy-to-read words: nothing new
        return any(h.earlier or h.restated for h in self.stack)

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
            owner = self._of_part(m, self.owners_by_part, heads)
            if owner is not None:
                resp, partners = owner
                m.responsible, with_them = split_actors(resp)
                m.partners = with_them + split_actors(partners, "partners")[1]

    @staticmethod
    def _of_part(m, by_part: dict, heads: dict):
        """What `by_part` (a part's name, casefolded -> its row) holds for the nearest part
        `m` stands in, walking up from its section; None when no part above it is named."""
        sid = m.section
        while sid is not None and sid in heads:
            found = by_part.get(theme_name(strip_heading_number(heads[sid].heading)).casefold())
            if found is not None:
                return found
            sid = heads[sid].parent
        return None

    def _partners_by_part(self) -> None:
        """Each measure in a part that a table of partners by part names ('Spår |
        Samarbetsparter', `_note_owners_by_part`) takes that row's partners ('–': none) --
        but not an actor who is its own responsible: that one answers for the step."""
        if not self.partners_by_part:
            return
        heads = {sec.id: sec for sec in self.b.sections}
        for m in self.b.measures:
            named = self._of_part(m, self.partners_by_part, heads)
            if named is not None:
                own = {squash(r).casefold() for r in m.responsible}
                # (the cell lists them at its commas or semicolons, a qualifier in
                # brackets kept with its name: 'Välfärdsområdet X (socialarbete), Y')
                listed = [x for part in _PART_PARTNERS_SEP_RE.split(named)
                          for x in split_actors(part, "partners")[1]]
                m.partners = [*m.partners, *(p for p in listed
                                            if squash(p).casefold() not in own and p not in m.partners)]

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
        by_doer = by_doer_headings(elements)
        # the units that head lists of actions too, not only tables (`actions_by_doer`)
        self.item_units = {theme_name(elements[i].text) for i in by_doer}
        return out | by_doer

    def _heads_actorless_actions(self, elements: list[Element], i: int) -> bool:
        """The first action table under heading i (before the next heading of its level or
        above: cards have headings of their own) has no column of who is responsible."""
        for el in elements[i + 1:]:
            if el.kind == "heading" and el.level <= elements[i].level:
                return False
            if el.kind == "table" and el.table is not None:
                sc = self._structure_columns(el.table, self.layouts, self.defined, self.own_start)
                if sc is None:
                    continue
                kinds = set(sc[1].values())
                return "measure" in kinds and not kinds & {"responsible", "actors"}
        return False

    def _decision_goal_point(self, el: Element) -> bool:
        """A decision point fixing the goals ('1. fastställa följande mål ...:') or one of its
        lettered sub-points ('a) ...,'): the point no action, each sub-point a goal known by
        its letter (`decision_points`)."""
        if opens_goal_points(el.text):
            self._goal_points = True
            return True
        point = lettered_point(el.text) if self._goal_points else None
        if point is None:
            self._goal_points = False
            return False
        gid = self.add_goal(point[1], el.page)
        self.numbered_goals.setdefault(point[0], gid)
        return True

    def _decision_item(self, el: Element) -> bool:
        """A numbered decision paragraph referring to a goal of the programme ('2. uppdra åt
        X att ... (mål 1),', council_decision.py): one action of that goal."""
        # (a point printed as a list item: its own number after the list's bullet)
        item = decision_item(strip_marker(el.text) if el.kind == "bullet" else el.text)
        gid = self.numbered_goals.get(item.goal_number) if item else None
        if not item or not gid:
            return False
        self.add_measure(item.text, el.page, [gid], responsible=item.responsible,
                         partners=item.partners, schedule=item.schedule, start_year=item.start_year,
                         end_year=item.end_year)
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

    def _note_supported_goal(self, text: str) -> None:
        """'Åtgärderna nedan stöder mål 2 (och 5).': the actions after it are those of the
        goal listed as number 2 (the first named: the one they chiefly serve)."""
        m = _SUPPORTS_GOAL_RE.match(text)
        gid = self.numbered_goals.get(m.group("num")) if m else None
        if gid:
            self.last_goal_list = [gid]

    def _key_actions_to_goals(self, text: str) -> bool:
        """A paragraph of one sentence keying numbered actions to the goals stated before it
        ('Åtgärderna 3.1 och 3.3 gäller den första målsättningen och åtgärd 3.2 den andra.',
        `actions_keyed_to_goals`): each number noted with its goal -- the goal at that place of
        the latest goal list, or numbered so -- for the actions read after it
        (`_link_keyed_actions`). False (nothing noted) when a goal named is not known."""
        if len(sentences(squash(text))) != 1:
            return False
        keyed = actions_keyed_to_goals(text)
        if not keyed:
            return False
        found: dict[str, str] = {}
        for nums, goal in keyed:
            if isinstance(goal, int):
                gid = self.last_goal_list[goal] if goal < len(self.last_goal_list) else None
            else:
                gid = self.numbered_goals.get(goal)
            if gid is None:
                return False
            found.update((n, gid) for n in nums)
        self._keyed_action_goals.update(found)
        self._keyed_action_places.append((len(self.b.measures), self.section(), found))
        return True

    def _link_keyed_actions(self) -> None:
        """The actions a sentence keyed to a goal by their numbers (`_key_actions_to_goals`)
        serve that goal, and so do their meters."""
        linked = [(self._referred_measure(number), gid) for number, gid in self._keyed_action_goals.items()]
        for start, sec, found in self._keyed_action_places:
            # actions numbered nowhere: 'insatserna 1–2' are the first two read after the
            # sentence in its section (the rows of the table it speaks of)
            # (those of its section or of a part inside it, a table's caption heading a part)
            by_id = {x.id: x for x in self.b.sections}
            after = list(takewhile(lambda mid: sec is not None and any(
                x.id == sec for x in enclosing_sections(self._measure(mid).section, by_id)),
                [m.id for m in self.b.measures[start:]]))
            linked += [(after[int(n) - 1], gid) for n, gid in found.items()
                       if self._referred_measure(n) is None and n.isdigit() and 0 < int(n) <= len(after)]
        for mid, gid in linked:
            if mid is None:
                continue
            meas = self._measure(mid)
            meas.goal, meas.goals = gid, [gid]
            for ind in self.b.indicators:
                if ind.measure == mid:
                    ind.goal, ind.goals = gid, [gid]

    def _named_paragraph_measure(self, el: Element) -> None:
        """A paragraph named by its lead phrase under a measure heading ('Språkcaféer.
        Biblioteket ordnar språkcafé ... (fortlöpande).'): one measure, the whole paragraph;
        the sentence's subject is responsible, 'i samarbete med / tillsammans med X' names
        partners, a closing parenthesis the schedule."""
        text = squash(el.text)
        goals = self.current_goals()
        # '... Tidtabell: 2024. (mål A)': the goal it serves by its code, closing the paragraph
        # after its fields (`goal_reference_brackets`), no part of what is done
        coded = closing_goal_code(text, self.b.goals)
        if coded is not None:
            text, goals = coded[0], [coded[1]]
        # '... Ansvar: X i samarbete med Y. Tidtabell: 2024.': fields of who and when closing
        # the paragraph after its sentences (`records.trailing_fields`), as a list item's are
        inline = item_fields(text, el)
        if inline is not None and _lead_phrase(inline[0]) is not None and all(
                role in ("responsible", "actors", "partners", "schedule") for role, _, _ in inline[1]):
            resp, partners, when = _field_actors(inline[1])
            sched, start, end = parse_schedule(when)
            self.add_measure(inline[0].rstrip(".").strip(), el.page, goals, responsible=resp,
                             partners=partners, schedule=sched, start_year=start, end_year=end)
            return
        rest = _lead_phrase(text)[1]
        first = sentences(rest)[0] if sentences(rest) else rest
        paren = closing_parenthesis(text)
        sched, start, end = parse_schedule(paren.strip()) if paren else (None, None, None)
        self.add_measure(text.rstrip(".").strip(), el.page, goals,
                         responsible=subject_actors(first), partners=partners_in(rest),
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
        named = self._drop_rows_naming_text_actions()
        if any(m.id not in self.therefore_measures for m in self.b.measures) or not self.pending_actions:
            # the targets too: a programme that says what it does in its text states how it
            # knows it succeeded there ('Andelen ... ökar från 71 % (2022) till 80 % (2026)');
            # one with lists and tables tells figures in its text as background
            # ... but a step its text ties to the goal by a purpose or an added step ('För att
            # nå målet ska X …', a chapter written in prose by another body) is the goal's
            for text, page, goal, theme, section, kw in self.tied_steps:
                self.therefore_measures.add(self.add_measure(text, page, [goal], theme=theme, section=section, **kw))
            self.tied_steps = []
            # (after the tied steps: a goal they serve has its actions)
            self._settle_promises_of_unserved_goals()
            self._settle_actions_of_unlisted_goals()
            self.pending_actions, self.pending_targets = [], []
            return
        self.tied_steps = []
        kept: dict[str, list[str]] = {}
        made: dict[int, str] = {}
        for k in self._kept_pending():
            p = self.pending_actions[k]
            made[k] = self._measure_of_pending(p)
            kept.setdefault(p.goal, []).append(made[k])
        measures = {m.id: m for m in self.b.measures}
        for ind in self.b.indicators:
            if ind.measure in named:
                # a meter a table keyed to an action by its short name follows that action up
                ind.measure = made[named[ind.measure]]
                ind.goal, ind.goals = measures[ind.measure].goal, list(measures[ind.measure].goals)
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

    def _served_goals(self) -> set:
        """The goals some measure serves so far."""
        return {g for m in self.b.measures for g in (m.goals or [m.goal])}

    def _settle_promises_of_unserved_goals(self) -> None:
        """A programme whose actions are tables and lists may write one area in running text
        ('Målsättningen är att X.' / 'Under programperioden ska Y Ab ordna Z tillsammans med W,
        med början 2025.' / 'Stadsplaneringen ska höra ..., år 2027.'): a goal stated there that
        no list or table serves gets as its actions the sentences committing a named doer to
        act ('X ska <verb phrase>', `ProseAction.commits` with a doer and a clause) -- what the
        plan binds X to do, not how a service works today (the plain present stays background).
        The verb phrase is the action, the doer responsible, a cooperation phrase before the
        closing time the partners (as after 'Därför ska X', `partners_in_text.committed_action`)."""
        served = self._served_goals()
        for p in self.pending_actions:
            a = p.action
            if p.goal in served or not (a.commits and a.responsible and a.clause):
                continue
            text, partners = committed_action(a)
            self.add_measure(text, p.page, [p.goal], theme=p.theme, section=p.section,
                             responsible=a.responsible, partners=partners, schedule=a.schedule,
                             start_year=a.start_year, end_year=a.end_year, printed=a.printed or a.text)

    def _settle_actions_of_unlisted_goals(self) -> None:
        """The settlement is per goal: a programme may list the actions of one goal and write
        those of another in running text. A goal that no list, table, field or commitment
        serves keeps the action sentences its text states that name their doer ('Kommunen ordnar
        ...', 'Biblioteket erbjuder ...') as its measures, as a programme written wholly in
        running text does ('Vi ...' sentences stay text: too many describe); a goal a
        list serves keeps its text as description, and so does a goal stated before the first
        goal a list serves (the programme's overall aim over its themes)."""
        # (anew: the promises settled just before serve their goals)
        served = self._served_goals()
        order = {g.id: k for k, g in enumerate(self.b.goals)}
        # a goal stated before the first goal a list serves is the programme's overall aim,
        # the text under it describes the services the themes then work on
        first = min((order[g] for g in served if g in order), default=None)
        for k in self._kept_pending():
            p = self.pending_actions[k]
            if p.goal is None or p.goal in served or first is None or order.get(p.goal, -1) < first or not p.action.responsible:
                continue
            self._measure_of_pending(p)

    def _measure_of_pending(self, p) -> str:
        """The measure of a pending action sentence: a commitment's action from its verb on, the
        doer being `responsible`; the sentence as printed beside it (`ProseAction.clause`)."""
        a = p.action
        return self.add_measure(a.clause or a.text, p.page, [p.goal], theme=p.theme, section=p.section,
                                responsible=a.responsible, partners=a.partners, schedule=a.schedule,
                                start_year=a.start_year, end_year=a.end_year,
                                printed=(a.printed or a.text) if a.clause else a.printed)

    def _kept_pending(self) -> list[int]:
        """Indices of the pending action sentences that become measures: under a goal whose
        sentences commit someone to act ('Vi kommer att ...', 'X ska ...'), its sentences in
        the plain present ('Materialet uppdateras varje år', 'Uppgifterna sammanställs en
        gång per år') tell how the work is done or followed up around those commitments, they
        add no measure of their own."""
        committed = {p.goal for p in self.pending_actions if p.action.commits}
        return [k for k, p in enumerate(self.pending_actions) if p.goal not in committed or p.action.commits]

    def _drop_rows_naming_text_actions(self) -> dict[str, int]:
        """{measure id: index of the pending sentence it names} for a programme whose only
        measures so far are a table's short names of the actions its text states
        (`short_action_names`: a meter table's 'Åtgärd' column, 'Mobil rådgivning' for
        'Samkommunen kommer därför att ordna mobil rådgivning ...'): those rows are dropped, the
        sentences become the measures and the rows' meters follow them up. Empty, and
        nothing dropped, for any other programme."""
        rows = [m for m in self.b.measures if m.id not in self.therefore_measures]
        if not rows or not self.pending_actions or not all(m.id in self.b.measure_from_table for m in rows):
            return {}
        said = [(str(k), self.pending_actions[k].action.text) for k in self._kept_pending()]
        found = actions_named_short([(m.id, m.text) for m in rows], said)
        if not found:
            return {}
        self.b.measures = [m for m in self.b.measures if m.id not in found]
        for mid in found:
            self.b.measure_from_table.discard(mid)
            self.b.measure_table.pop(mid, None)
            self.b.measure_number.pop(mid, None)
        return {mid: int(k) for mid, k in found.items()}

    def _settle_subject_doers(self) -> None:
        """A section whose list items all name their doer as the sentence's subject
        ('Biblioteket köper in ...', 'Integrationshandledaren följer med ...') states who does
        each: those subjects are responsible. Where only some items have a named subject
        among passive and nominal ones ('Fadderverksamhet startas ...'), the list states
        what is done, not by whom, and the subjects stay unrecorded. Items a closing
        sentence already gave a responsible ('Ansvarig för åtgärderna ... är X') keep it."""
        open_items = {mid: who for mid, who in self.subject_doers.items() if not self._measure(mid).responsible}
        # an item in the first person plural ('Vi samlar ...') is active too: the writer, the
        # municipality, does it; it names no other doer, and leaves the others' subjects theirs
        open_items = {mid: who for mid, who in open_items.items()
                      if who or not _WE_SUBJECT_RE.match(self._measure(mid).text)}
        if open_items and all(open_items.values()):
            for mid, who in open_items.items():
                meas = self._measure(mid)
                meas.responsible = list(who)
                # '… tillsammans med Y, från hösten 2025.': whom the subject works with and
                # when, said inside the sentence (`partners_in_text.subject_sentence_fields`)
                partners, when = subject_sentence_fields(meas.text)
                if not meas.partners:
                    meas.partners = [p for p in partners if p not in meas.responsible]
                if meas.schedule is None and when:
                    meas.schedule, meas.start_year, meas.end_year = parse_schedule(when)
        self.subject_doers = {}

    def _owned_measures(self) -> list[str]:
        """The actions a closing sentence about 'the actions' speaks of: the latest list's
        since a heading, else those a table of this section gave (a theme page's 'Utmaningar
        | Åtgärder' table closed by 'Ansvar och samarbete: …', sixty-first set)."""
        if self.list_measures:
            return self.list_measures
        sec = self.section()
        tabled = [m for m in self.b.measures if m.id in self.b.measure_from_table] if sec is not None else []
        if not tabled:
            return []
        # (this section's or a section inside it: a table's caption may head a section of its own)
        parent = {x.id: x.parent for x in self.b.sections}

        def inside(s: str | None) -> bool:
            for _ in range(10):
                if s is None or s == sec:
                    return s == sec
                s = parent.get(s)
            return False
        return [m.id for m in tabled if inside(m.section)]

    def _assign_owner(self, text: str) -> bool:
        """'Sektorn för bildning ansvarar för åtgärderna (i samarbete med X).' (or 'Ansvarig
        för åtgärderna är X ...', 'Ansvaret för åtgärderna på denna sida har X', 'X har
        huvudansvaret') right after a list or a table of actions (`_owned_measures`): the
        responsible of its measures that name none (of the first or last N when it says 'de
        två första'); sentences naming some of the actions with their agent
        (`_assign_named_owner`) give those theirs, and after the doer sentences of the
        partners ('Samarbetet sker med Y.') and the time ('Åtgärderna genomförs 2025–2028.')
        of all of them add those. A paragraph labelled as the actions' responsibility
        ('Ansvar och samarbete: …') is read whole once it named the doer. True when the
        paragraph was such sentences alone (or so labelled)."""
        ids = self._owned_measures()
        flat = squash(text)
        label = _OWNER_LABEL_RE.match(flat)
        body = flat[label.end():] if label else text
        sents = sentences(body) or [body]
        first = squash(sents[0])
        m = _OWNER_RE.match(first)
        has = None if m else _OWNER_HAS_RE.match(first)
        bare = None if m or has else _OWNER_BARE_RE.match(first)
        if bare and not (label or bare.group("rest")):
            bare = None
        last = None if m or has or bare else (_OWNER_LAST_RE.match(first) or _OWNER_FIRST_RE.match(first))
        open_ids = [mid for mid in ids if not self._measure(mid).responsible]
        if not m and not last and not has and not bare:
            named, given = [], False
            for s in sents:
                ok = self._assign_named_owner(s, ids) or (given and self._rest_of_owner(s, open_ids))
                given = given or ok
                named.append(ok)
            return all(named) or (bool(label) and given)
        if last:
            who = last.group("who")
        else:
            one = m or has or bare
            who = f"{one.group('who')} {one.group('rest') or ''}".strip()
        who, when = split_time(who)
        resp, partners = split_actors(who.rstrip(" ,"))
        if not resp:
            return False
        owned = ids
        if m and (n := m.group("n")):
            k = int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]
            owned = ids[:k] if (m.group("end") or "").lower() == "första" else ids[-k:]
            open_ids = [mid for mid in open_ids if mid in owned]
        sched, start, end = parse_schedule(when) if when else (None, None, None)
        for mid in owned:
            meas = self._measure(mid)
            if not meas.responsible:
                meas.responsible, meas.partners = list(resp), list(partners)
                if meas.schedule is None and sched:
                    meas.schedule, meas.start_year, meas.end_year = sched, start, end
        named = [self._assign_named_owner(s, ids) or self._rest_of_owner(s, open_ids) for s in sents[1:]]
        return all(named) or bool(label)

    def _rest_of_owner(self, sentence: str, mids: list[str]) -> bool:
        """A sentence after the one naming the doer of the actions `mids` that gives their
        partners ('Samarbetet sker med Y och Z.', 'Y är samarbetspart.') or their time
        ('Åtgärderna genomförs 2025–2028.'): added where each names none. True when it was one."""
        partners = partners_of_all(sentence)
        when = None if partners else time_of_all(sentence)
        if not partners and not when:
            return False
        sched, start, end = parse_schedule(when) if when else (None, None, None)
        for mid in mids:
            meas = self._measure(mid)
            if partners:
                meas.partners = [*meas.partners, *(p for p in partners if p not in meas.partners)]
            elif meas.schedule is None and sched:
                meas.schedule, meas.start_year, meas.end_year = sched, start, end
        return True

    def _assign_named_owner(self, sentence: str, ids: list[str] | None = None) -> bool:
        """'Boenderådgivningen och avtalet om familjebostäder bereds av X i samarbete med Y
        under år 2026' after a list: the actions of the list it names by their first noun
        (`lead_phrase.agent_of_named`) are X's, with Y as partner and the time as schedule,
        where they name nobody and no time of their own. True when the sentence was one.
        `ids`: the actions spoken of (the latest list's by default)."""
        ids = self.list_measures if ids is None else ids
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
            return self._give_owner(list(ids), *together)
        texts = [self._measure_text(mid) for mid in ids]
        found = agent_of_named(sentence, texts)
        if found is None:
            return False
        picked, who, when = found
        resp, partners = split_actors(who)
        if not resp:
            return False
        sched, start, end = parse_schedule(when)
        for k in picked:
            meas = self._measure(ids[k])
            if not meas.responsible:
                meas.responsible, meas.partners = list(resp), list(partners)
            if meas.schedule is None and sched:
                meas.schedule, meas.start_year, meas.end_year = sched, start, end
        return True

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

    def _numbered_or_column_measure(self, number: str) -> str | None:
        """The measure printed with `number`, or numbered so by a table's number column."""
        return (self._numbered_measure(number) or self.column_numbered_measures.get(number)
                or self.heading_numbered_measures.get(number))

    def _goal_of_action_prefix(self, number: str) -> str | None:
        """The one goal of the actions numbered under `number` ('1' of '1.1', '1.2': printed
        with those numbers or numbered so in a table's number column), when no action
        carries `number` itself; else None."""
        if self._referred_measure(number):
            return None
        numbered = {**{n: mid for mid, n in self.b.measure_number.items() if n}, **self.column_numbered_measures}
        return self._sole_goal_of({mid for n, mid in numbered.items() if n.split(".")[0] == number and "." in n})

    # a heading that opens with an area's label and number ('Fokusområde 2 – Arbete',
    # 'Insatsområde 3: Boende'; the label words: label_vocab.THEME_NUMBERED)
    _AREA_HEADING_RE = re.compile(rf"^\W*{alt(THEME_NUMBERED, forms=False)}\s+(\d{{1,2}})\b", re.I)

    def _goal_of_area_number(self, number: str) -> str | None:
        """The goal of the area a follow-up list names by its label and number ('Fokusområde
        2: …'): the one top-level goal stated under the heading labelled so, else the goal
        numbered so (`goal_by_number`), else the one goal of the actions numbered '2.x'."""
        secs = {sec.id for sec in self.b.sections
                if (m := self._AREA_HEADING_RE.match(sec.heading)) and m.group(1) == number}
        # (the one top-level goal stated in those sections, read from their text, not a table)
        stated = self.goal_lookup.goals_stated_in(secs)
        return ((stated[0] if len(stated) == 1 else None) or self.goal_lookup.goal_by_number(number)
                or self._goal_of_action_prefix(number))

    def _referred_measure(self, number: str) -> str | None:
        """The measure a reference '(åtgärd N)' names: printed with that number, numbered so
        by a table's number column, or coded so ('3B' of a column group, 'AF-1' of a task)."""
        return self._numbered_or_column_measure(number) or self.coded_measures.get(number)

    _ACTION_REF_RE = re.compile(r"\båtgärd(?:erna)?\s+(\d{1,2}(?:\.\d{1,2})+)", re.I)

    def _named_measure(self, text: str) -> str | None:
        """The measure an indicator names by its number ('... (åtgärd 1.1)')."""
        m = self._ACTION_REF_RE.search(text)
        if not m:
            return None
        return next((mid for mid, n in reversed(self.b.measure_number.items()) if n == m.group(1)), None)

    @staticmethod
    def _structure_columns(t, layouts: dict[int, dict[int, str]] | None = None,
                           defined: dict[str, str] | None = None,
                           own_start: int | None = None,
                           actions: list[tuple[str, str]] | None = None) -> tuple[int, dict[int, str]] | None:
        """(header rows, column -> role) of a goal/measure table, None for any other table.
        `layouts`: roles read from the cells of the programme's tables without a header
        naming their columns (`content_roles.document_layouts`), by column count.
        `defined`: the roles the document's reading guide gives its own header words.
        `own_start`: the programme's first year, if known (a status table timed into the
        programme's own period is its plan, `past_series.timed_into_own_period`, as is one whose
        status column is dated inside it, `past_series.status_dated_into_own_period`).
        `actions`: (id, text) of the actions read so far, if known (a status table naming
        them short follows them up, `_follows_up_indicators`)."""
        n_hdr = t.header_rows
        headers = headers_of(t, n_hdr) if n_hdr else []
        # the work done already beside the new ('Det här gör vi redan | Nytt 2024–2027'):
        # only the new column holds measures (`new_and_ongoing`)
        new_col = new_work_column(headers or (list(t.rows[0]) if t.rows else []))
        if new_col is not None:
            t.header_rows = n_hdr or 1
            return t.header_rows, {new_col: "measure"}
        # a planning board ('Mål | Planeras | Pågår | Klart'): the cards still to do and under
        # way are the actions, the done ones past work (`board_columns`)
        # (its header found as such, or the first row of a table printed without rules)
        for hdr_rows, hdr in ((n_hdr, headers), (1, list(t.rows[0]) if t.rows and not n_hdr else [])):
            # (the header's words are mapped only when one names a stage: every table is asked)
            board = board_roles(hdr, next((c for c, r in map_columns(hdr, defined).items() if r == "goal"), None)) \
                if any(stage_of(h) for h in hdr) else None
            if board is not None:
                t.header_rows = hdr_rows
                return hdr_rows, joined_stage_cells(t, hdr_rows, board)
        # a lone card folded into a table of one column (records.py: an action whose doer is
        # in its parenthesis, `records._is_record`) names its column by the card's label: a
        # structure header by construction, though it names one role only
        folded = t.method == "label-value" and t.n_cols == 1 and bool(headers) and bool(map_columns(headers, defined))
        if not (headers and (folded or is_structure_header(headers, defined))):
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
        # a column of action names ('Insats': 'Welcome Office') beside what is done ('Vad gör vi?')
        roles = without_name_column(t.rows[n_hdr:], roles)
        # a question column ('Fråga': 'Hur får fler jobb?') naming the goal each indicator follows up
        roles = question_goal_column(headers, t.rows[n_hdr:], roles)
        # 'Mål': '1' beside 'Vad vi vill uppnå': '<goal>': the goal's number (`goal_action_ranges`)
        roles = without_goal_number_column(t.rows[n_hdr:], roles)
        if is_evaluation_table(headers, t.rows[n_hdr:]) and not _follows_up_indicators(roles, t.rows[n_hdr:], actions) \
                and not timed_into_own_period(t.rows[n_hdr:], roles, own_start) \
                and not status_dated_into_own_period(headers, own_start):
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
        if figures_beside_names(t.rows[1:]):
            # key figures ('Indikator | Exempelby 2024 | Hela landet 2024' over shares): the
            # state of things, not a table of the layout of the programme's action tables
            return None
        t.header_rows = 0
        return 0, dict(roles)

    def _structure_tables(self, elements: list[Element]):
        """(element, header rows, column roles) of each table read as structure, in order."""
        for el in elements:
            if el.kind != "table" or el.table is None:
                continue
            sc = self._structure_columns(el.table, self.layouts, self.defined, self.own_start)
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
            # ... or, numbered nowhere, the one parent of the goals numbered 'num.M'
            # ('Effektmål 1' over the result goals '1.1', '1.2': `GoalLookup.parent_of_numbered_sub_goals`)
            gid = (self.goal_heading_numbers.get(num) or self.coded_goals.get(num)
                   or self._goal_numbered_by_place(num) or self.numbered_goals.get(num)
                   or self.goal_lookup.parent_of_numbered_sub_goals(num))
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

    def measures_of_goal(self, gid: str) -> list[Measure]:
        """The measures read so far that serve goal `gid` (among their goals, or as their one goal)."""
        return [m for m in self.b.measures if gid in (m.goals or [m.goal])]

    def _measure_of_goal_named(self, gid: str, what: str | None) -> str | None:
        """The one measure of goal `gid` with a word of the stem of `what` ('svenskkurserna'
        names 'Svenskkurser ... ordnas'): one word a prefix of the other, five letters at least;
        or, a compound named by its first part's stem ('föreningsbidrag' names 'Tilläggsbidrag
        till föreningar'), a common start of seven letters at least."""
        if not what or len(what.split()) > 3:
            return None
        keys = [w.lower() for w in re.findall(r"\w{5,}", what)]
        own = self.measures_of_goal(gid)

        def hits_by(same) -> list[str]:
            return [m.id for m in own
                    if any(same(a, k) for a in (w.lower() for w in re.findall(r"\w{5,}", m.text)) for k in keys)]

        hits = hits_by(lambda a, k: a.startswith(k) or k.startswith(a))
        if not hits:
            hits = hits_by(lambda a, k: len(os.path.commonprefix([a, k])) >= _COMPOUND_STEM)
        return hits[0] if len(set(hits)) == 1 else None

    def _measure(self, mid: str):
        return next(m for m in reversed(self.b.measures) if m.id == mid)

    def _measure_text(self, mid: str) -> str:
        return next((m.text for m in reversed(self.b.measures) if m.id == mid), "")

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
