"""Reading headings: the stack of sections, goal headings ('Mål 1: ...') and the goals a
heading states for the list, actions or table under it, captions over tables, headings
that announce measures or indicators, and a heading printed again over its next page.

`HeadingReader` is a mixin of `builder.Builder`: its methods read and change the
builder's state.
"""

from __future__ import annotations

import re

from .actors import trailing_actors
from .dash_doers import dash_doer_tail
from .goal_reference_headings import goal_reference_heading
from .goal_number_headings import goal_number_heading
from .goal_number_references import goals_by_number
from .theme_rows import is_lettered_capital_theme, without_theme_letter
from .resident_questions import answer_goal
from .elements import Element
from .area_goal_headings import goal_then_reasons, goal_under_area_heading, goal_under_titled_heading
from .goal_outline import lettered_goal_heading, speaks_of_goal, stated_goal
from .goal_lookup import BARE_CODE_RE, NUMBER_LETTER_CODE_RE, number_letter_code
from .headers import field_label, header_roles, labelled_as_theme
from .theme_lead_in import theme_lead_in
from .question_goals import asks_how_outcome
from .model import Section
from .target_headlines import states_share_target
from .time_headings import time_heading
from .prose import (about_earlier_period, names_plan, titles_actions_of_no_goal, lists_what_was_left_out, asks_yes_or_no, goal_heading_number, heading_kind, is_goal_heading,
                    labelled_goal_heading, names_a_stretch_of_time, reads_as_clause)
from .caption_codes import names_heading_code
from .part_headings import label_number
from .own_goal_labels import without_own_goal_label
from .prose_actions import prose_action
from .records import names_own_fields
from .titled_items import SINGLE_LETTER_CELL_RE, answers_readers_questions, restates_programme
from .goal_follow_up_headings import goal_named_by_heading
from .label_vocab import GOAL_REFERENCE_WORDS, PARTNER_LABELS, RESPONSIBLE_LABELS, alt
from .text import (BULLET_RE, CAPTION_RE, DASH_ONLY_RE, GOAL_LABEL_RE, GOAL_LABEL_WORDS, NUMBERED_RE, is_question, numbering, sentences, squash,
                   strip_marker, words)
from .reader_shared import (heading_number, strip_heading_number, theme_name, _CONTINUATION_RE, _theme_key,
                            dotted_goal_label, _owner_sentences, is_title_of_nouns, Head)


# an appendix's label and number opening a heading ('Bilaga 1. Boende och fritid')
_APPENDIX_LABEL_RE = re.compile(r"^\s*(?:bilaga|appendix)\s*\d{1,2}\b", re.I)
# the label and number a table's caption opens with ('Tabell 1. ')
_CAPTION_LEAD_RE = re.compile(r"^\s*tabell\s+\d{1,2}[a-z]?\s*[.:]\s*", re.I)


_FIRST_ROMAN_RE = re.compile(r"^\s*I\.?\s+(?=[A-ZÅÄÖ])")


# A card printing an action table's goal-number column ('Mål nr': '4') under a label that
# counts the cards says the number alone after it: 'Mål 8: 4', 'Mål 8. 4', 'Mål 3: 1B' -- the action of goal
# 4 stated before, as a card 'Mål: 4' would say; no goal of its own.
_BARE_NUMBER_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\s*\.?\s*$")



# a heading made of the labels of who does the actions alone, a responsible label among them:
# 'Ansvar', 'Ansvar och samarbete', 'Ansvariga och samarbetsparter' (label_vocab's responsible
# and partner labels, as a run-in label naming a paragraph the actions' doers)
_OWNER_HEADING_WORD = alt(RESPONSIBLE_LABELS + PARTNER_LABELS)
_OWNER_HEADING_RE = re.compile(
    rf"^\s*(?=(?:\w+\W+){{0,3}}?{alt(RESPONSIBLE_LABELS)}\b){_OWNER_HEADING_WORD}"
    rf"(?:\s*(?:,|och|samt|&)\s*{_OWNER_HEADING_WORD}){{0,3}}\s*:?\s*$", re.I)

def _own_goal_number(heading: str) -> str | None:
    """The number a goal heading's text opens with when it differs from the label's ('Mål 1:
    5. Äldre inflyttade ...' -> '5'), or that is all its text ('Mål 8: 4' -> '4'), else None."""
    outer = goal_heading_number(heading)
    # the text after the label, past a section number in front of it ('3.1 Mål 1 – ...')
    label = GOAL_LABEL_RE.match(NUMBERED_RE.sub("", heading, count=1))
    rest = label.string[label.end():] if outer and label else ""
    bare = _BARE_NUMBER_RE.match(rest)
    # (or a goal's number and letter alone, 'Mål 3: 1B', as a 'Mål nr' column codes goals)
    inner = bare.group(1) if bare else number_letter_code(rest) or (numbering(rest) if rest else None)
    return inner if inner and inner != outer else None


# a heading of a goal's label and number alone: 'Tyngdpunkt 2.1', 'Mål 3', 'Delmål 1.2:'
# (the label words: the shared main-goal list, text.GOAL_LABEL_WORDS)
_BARE_HEADING_LABEL_RE = re.compile(rf"^\s*(?P<label>(?:[^\W\d_]+\s+)?{GOAL_LABEL_WORDS})\s+"
                                    r"(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*[.:]?\s*$", re.I)


# a goal heading's closing bracket that is a labelled cross-reference, '(Agenda 2030: mål 4)',
# '(Strategi: Växande staden)': a label and a colon inside the bracket tag the goal with the
# plan or aim it serves, no part of the goal's own words (its close may wrap past the heading's
# line in a print: the bracket left open at the end)
_LABELLED_TAG_RE = re.compile(r"\s*\((?:[^\W\d_][\w-]*)(?:\s+[\w-]+){0,2}\s*:\s*[^()]+\)?\s*$")


def _goal_heading_text(text: str) -> str:
    """A goal heading's goal as printed, without a closing labelled cross-reference in
    brackets ('... (Agenda 2030: mål 4)'): the tag is no part of the goal's words."""
    text = squash(text)
    bare = _LABELLED_TAG_RE.sub("", text)
    if bare != text and len(bare.split()) >= 3:
        text = bare
    return text


def _restates_heading(text: str, above: str) -> bool:
    """The heading says the heading above it again, but for the mark between a label's number
    and the name ('Målområde 1 – Välkomnande' under 'Målområde 1: Välkomnande'); a heading
    with no number is no such restatement (a theme may head its sub-theme of the same name)."""
    def key(t: str) -> str:
        return re.sub(r"[\W_]+", " ", squash(t)).strip().casefold()
    return bool(re.search(r"\d", text)) and key(text) == key(above) and squash(text) != squash(above)


def _repeats_heading(text: str, above: str) -> bool:
    """The heading is the heading above it word for word (case and spacing apart)."""
    return squash(text).casefold() == squash(above).casefold()


def _names_its_doer(el: Element) -> bool:
    """An action printed with who carries it out: a list item with a who/when tail, or a
    paragraph stating an action whose next sentence is a field or clause naming the doer
    ('Ansvarig är X ...', 'Ansvar: X.')."""
    if el.kind == "bullet":
        item = strip_marker(el.text) if BULLET_RE.match(el.text) else el.text
        return names_own_fields(el, item) or bool(trailing_actors(item) and trailing_actors(item)[0])
    if el.kind != "para":
        return False
    sents = sentences(el.text)
    if len(sents) < 2:
        return False
    said = _owner_sentences(sents[1:])
    return said is not None and (prose_action(sents[0]) is not None or said[3])


# the number after a field label's word ('Effektmål 5:', 'Mål 2.1:', 'Delmål B:'): left out,
# the label is the word's ('Effektmål:')
_LABEL_NUMBER_RE = re.compile(r"^(\s*[A-ZÅÄÖ][a-zåäö]+)\s+(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[A-Z])(?=\s*:)")


class HeadingReader:
    """`Builder.on_heading` and what only it calls."""

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
        return self._stated_goal_above(fields_only=True)

    def _stated_goal_above(self, fields_only: bool = False) -> str | None:
        """The one goal an enclosing section stated in its running text ('Tema 1: Arbete' /
        'Målet är att ...'): the goal a sub-goal numbered under it ('Tyngdpunkt 1.1 ...', a
        dotted code, `dotted_goal_label`) is a level of; None when it stated none or several
        (`fields_only`: or when it stated it otherwise than as a labelled field)."""
        for h in reversed(self.stack[:-1]):
            stated = self.stated_goals.get(h.section)
            if stated:
                return stated[0] if len(stated) == 1 and (not fields_only or h.section in self._field_sections) \
                    else None
        return None

    def _follow_up_area(self, heading: str) -> list[str] | None:
        """The goals whose theme a heading names (`GoalLookup.goals_of_theme`), when the heading
        sits right under one announcing indicators ('Så följer vi upp' > 'Språk'); else None.
        Asked with the heading on the stack's top: the announcing heading is right under it.
        Right under one announcing actions ('Det här gör vi' > 'Språk', the goals listed
        before led in by their areas' names, 'Språk: Alla kan …'), a name of one goal's area
        sorts the actions by goal the same way (forty-eighth blind set); an area of several
        goals there says nothing of which goal (None)."""
        if len(self.stack) < 2 or self.stack[-2].kind not in ("indicator", "measure") \
                or heading_kind(heading) is not None:
            return None
        goals = self.goal_lookup.goals_of_theme(squash(strip_heading_number(heading)))
        if self.stack[-2].kind == "measure" and len(goals) != 1:
            return None
        if not goals and self.stack[-2].kind == "indicator" \
                and (same := goal_named_by_heading(self.b.goals, heading)) is not None:
            # 'Uppföljning och mätare' > 'Alla vuxna kan studera svenska' : the heading repeats
            # a goal stated earlier word for word (`goal_follow_up_headings`), the follow-up
            # sorted by goal as by its area's name
            goals = [same]
        return goals or None

    def _goal_of_number_heading(self, text: str) -> str | None:
        """The goal stated earlier that a heading names by its number alone ('Till mål 1'),
        else None."""
        num = goal_number_heading(text)
        if num is None:
            return None
        if num in self.numbered_goals:
            return self.numbered_goals[num]
        listed = goals_by_number(self.b.goals).get(num)  # (a pass over the goals: only when needed)
        return listed.id if listed is not None else None

    def on_heading(self, el: Element, nxt: Element | None, after: Element | None = None) -> None:
        popped: Head | None = None
        # (the goals the items above a continued heading served: `_continued_heading`)
        goals_above = self.current_goals() if _CONTINUATION_RE.search(strip_heading_number(el.text)) else []
        level = self._caption_level(el, nxt)
        caption = level is not None
        cap = next((h for h in reversed(self.stack) if h.caption), None)
        if (level is None and cap is not None and heading_kind(el.text) == "goal"
                and el.level == self._card_captions.get(cap.section) and CAPTION_RE.match(cap.text or "")):
            # 'Tabell 1. Arbete' / 'Mål 1. X' / 'Mål 2. Y' set in one size: a table printed as
            # one titled block per goal row under its caption -- the goals are the table's
            # rows, inside the caption that names their theme, not beside it
            level = cap.level + 1
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
                    caption=caption,
                    # (what was weighed and left out is as little the programme's own)
                    earlier=about_earlier_period(el.text, self.own_start) or lists_what_was_left_out(el.text),
                    restated=restates_programme(el.text) or self._answers_after_goals(el.text), theme=el.theme)
        # headings printed in one style: 'Åtgärder' then '1. ...', '2. ...' at the same level;
        # the numbered ones are the groups the measure heading announced
        # (a numbered measure heading, '4. Programmets åtgärder', is a chapter like its
        # siblings: '5. Uppföljning' after it is the next chapter, not a group)
        if (popped is not None and popped.level == el.level and number and number.isdigit()
                and head.kind != "goal"
                and ((popped.kind == "measure" and not popped.number) or popped.measure_group)):
            head.measure_group = True
        head.sibling_goals = self._goals_of_sibling_heading(popped, head)
        if caption and nxt is not None and nxt.kind != "table":
            # (a caption over the table printed as titled blocks, no table under it, and the
            # size it is printed in)
            self._card_captions[sid] = el.level
        if head.kind is None and self.stack and time_heading(el.text) is not None \
                and names_plan(self.stack[-1].text):
            # '3 Handlingsplan 2026–2029' > '2026': the plan's actions started that year, by
            # whatever name the plan goes (`time_headings`)
            head.kind = "measure"
        self.stack.append(head)
        if not caption and self.b.goals and not any(h.goal_id for h in self.stack[:-1]) \
                and titles_actions_of_no_goal(strip_heading_number(el.text)):
            # '5 Stadsövergripande åtgärder' after the goals' chapters: the whole organisation's
            # common actions, of no goal, not the goal read last (`prose.titles_actions_of_no_goal`;
            # a lead-in saying so does the same, `read_paragraphs`)
            head.no_goal = True
            self.last_goal_list = []
        self._field_goal = None
        self._follow_up_goal = None
        self.list_mode = None
        self.agreement_list = False
        self.list_intro = False
        self._target_group_brackets = False
        self._action_number_brackets = False
        self._action_name_brackets = False
        self._area_brackets = False
        self._baseline_brackets = False
        self.list_continues = False
        self.group_had_items = False
        self._settle_subject_doers()
        # 'Åtgärder' / '• …' then 'Ansvar och samarbete' / 'Ansvarig: X. Samarbete: Y.': a heading
        # that is only the labels of who does the actions heads their fields, given once for
        # the list above it (`_fields_of_listed_actions`), as those fields under the list would be
        self.list_measures = self.list_measures if _OWNER_HEADING_RE.match(squash(el.text)) else []
        self._doer_in_parenthesis = False
        self._outline_goal = None
        if (stated := self._goal_of_number_heading(el.text)) is not None:
            # 'Till mål 1' over a list of actions, the goals stated numbered before it: that
            # goal's actions, no goal of its own (`goal_number_headings`)
            head.kind = "measure"
            head.goal_id = stated
            head.names_stated_goal = True
            self.last_goal_list = [stated]
        elif is_goal_heading(el.text) and DASH_ONLY_RE.match(GOAL_LABEL_RE.sub("", squash(el.text), count=1)):
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
            if own is not None and number_letter_code(own) and own not in self.numbered_goals:
                # 'Mål 1. 2a' where goal 2a was printed with its code ('2a Varje vuxen …'),
                # numbered by no goal table: read as before, by the goal's opening code
                own = None
            if own is not None:
                # 'Mål 1: 5. Äldre inflyttade ...': the goal printed with its own number
                # under a label that counts the cards; its number is the inner one
                listed = self.numbered_goals.get(own)
            else:
                listed = self._named_goal(el.text) or self.numbered_goals.get(goal_heading_number(el.text) or "") \
                    or self._actions_of_stated_goal(el.text, nxt)
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
                    or self._field_goal_above() \
                    or (self._stated_goal_above() if "." in (goal_heading_number(el.text) or "") else None)
                card_theme = self._title_card[1] if self._title_card and self._title_card[0] == el.level else None
                # 'Mål 1 – Arbete' over 'Invandrare ... får arbete snabbare.': the heading names
                # the goal's area, the sentence under it is the goal (`area_goal_headings`)
                under = (goal_under_area_heading(el.text, nxt.text)
                         if not inner and nxt is not None and nxt.kind == "para" else None)
                if under is None and not inner and self._element_at in self._titled_goal_series:
                    # 'Strategiskt mål 1. Snabbare väg till arbete' over its sentence, among
                    # siblings naming their areas over theirs: the title, the sentence the goal
                    under = goal_under_titled_heading(el.text, nxt.text)
                # 'Mål 1: Språk: Alla som bor här kan ...': past its label, the goal led in by
                # its theme's name (`theme_lead_in`), as in a goal column or list
                lead = (theme_lead_in(GOAL_LABEL_RE.sub("", squash(el.text), count=1))
                        if not inner and not under else None)
                head.goal_id = self.add_goal(inner[1] if inner else under[0] if under else
                                             lead.text if lead else _goal_heading_text(el.text),
                                             el.page, parent=parent,
                                             theme=card_theme or (under[1] if under else lead.theme if lead else None))
                if under:
                    # (a sentence after the goal's telling how it is followed up is read on as
                    # text: the goal's meter, and so are the reasons after 'Målet är att …';
                    # `area_goal_headings.goal_then_reasons`)
                    self._answer_paragraph, self._answer_rest = nxt, goal_then_reasons(nxt.text)[1]
                if inner:
                    self.coded_goals.setdefault(inner[0], head.goal_id)
                self.b.goal_from_heading.add(head.goal_id)
                self.goal_heading_numbers.setdefault(goal_heading_number(el.text) or "", head.goal_id)
                if len(self.stack) > 1:
                    # ('Tema A' / 'Staden vill att de som kommer hit ska stanna.' / 'Målsättning 1
                    # – X': the wish in the theme's text before the goal headings under it leads
                    # up to them, as before a labelled goal, `_drop_prose_goals_of`; a goal the
                    # text names by the noun, 'Målet är att …', stays theirs)
                    self._drop_prose_goals_of(self.stack[-2].section, wishes_only=True)
            self.last_goal_list = [head.goal_id]
        elif (labelled := labelled_goal_heading(el.text)) is not None:
            # 'Mål: X' (a goal heading without a number) over 'Åtgärder:' and its list; a
            # 'Tyngdpunkt: Y' heading under it is its sub-goal, over its own actions
            # (`prose.labelled_goal_heading`): the goal is X, no heading announcing goals
            # (the same words stated before, in a summary of the goals: that goal again)
            head.kind = None
            head.goal_id = self.goal_lookup.goal_by_text(labelled)
            if head.goal_id is None:
                head.goal_id = self.add_goal(labelled, el.page, parent=self._goal_above(),
                                             theme=self.theme(skip_top=True))
                self.b.goal_from_heading.add(head.goal_id)
                if parent is not None:
                    # ('Tema 4' / 'Staden vill att …' / 'Målet: X.': the wish in the theme's
                    # text before its labelled goal is background to it, as before a goal
                    # field, `_on_goal_field`)
                    self._drop_prose_goals_of(parent)
            else:
                head.names_stated_goal = True
            self.last_goal_list = [head.goal_id]
        elif (lettered := lettered_goal_heading(el.text)) is not None:
            # 'Huvudmål A – Arbete och kompetens' over the goal's sentence and its coded
            # sub-goals 'A1 ...' (`goal_outline`): the goal is the sentence, its area the theme
            head.kind = None
            letter, area = lettered
            said = stated_goal(nxt.text) if nxt is not None and nxt.kind == "para" else None
            if said and reads_as_clause(area):
                # 'Mål F. Kommunen är en rättvis arbetsgivare': the heading states the goal
                # itself, a clause with its verb, not an area's name; the paragraph under it
                # says why ('Kommunen ska föregå med gott exempel ...'), no goal of its own
                said = None
            if said and speaks_of_goal(nxt.text, letter):
                said = None  # 'Mål F behandlades separat ...': about the goal, not its statement
            # (a heading that is the goal itself names no area: the goal's theme is the heading
            # above it, 'Service' over 'Mål A. Alla nyinflyttade får ...', not the goal's own
            # words)
            head.goal_id = self.add_goal(said or area, el.page, parent=self._goal_above(),
                                         theme=area if said else self.theme(skip_top=True))
            if said:
                self._answer_paragraph, self._answer_rest = nxt, ""
            self.coded_goals.setdefault(letter, head.goal_id)
            self.b.goal_from_heading.add(head.goal_id)
            self.last_goal_list = [head.goal_id]
            self._outline_goal = (letter, head.goal_id, area if said else None)
        elif (again := self._goal_heading_again(el.text)) is not None:
            # 'Tyngdpunkt 2.1' alone (a table's caption) after the heading 'Tyngdpunkt 2.1:
            # Vuxna ...': that goal again, whose actions follow, no goal of its own
            head.kind = None
            head.goal_id = again
            head.names_stated_goal = True
            self.last_goal_list = [again]
        elif head.kind is None and (restated := self._summary_goal_restated(el.text)) is not None:
            # 'Sammanfattning' (Tema | Mål, every goal once) before the chapters, then '3.1 <goal>'
            # over that goal's action table and meters: the heading states the listed goal
            # again, word for word; what follows is that goal's (before, the summary's goals in
            # scope kept the heading a theme and every action went to the last goal listed)
            head.goal_id = restated
            head.names_stated_goal = True
            self.last_goal_list = [restated]
        elif (area := self._follow_up_area(el.text)) is not None:
            # 'Så följer vi upp' > 'Språk': a heading that names the area of one goal stated
            # earlier (a goal table's 'Målområde'), right under a heading announcing
            # indicators, sorts the follow-up by goal, as one naming the goal itself does;
            # an area of several goals ('Arbete och utkomst' over two) sorts it by area: its
            # figures follow those goals up (`area_counts` tells which)
            head.kind = None
            if len(area) == 1:
                head.goal_id = area[0]
            else:
                head.area_goals = list(area)
            head.names_stated_goal = True
            head.area_follow_up = self.stack[-2].kind == "indicator"
            self.last_goal_list = list(area)
        elif (ref := goal_reference_heading(strip_heading_number(el.text))) is not None:
            # 'Arbete (indikatormål 1)': a field's heading that names the numbered goals it
            # serves (`goal_reference_headings`): no list of goals; the field is the theme
            # of the goals it names, its actions serve the one goal it names
            field, nums = ref
            head.kind = heading_kind(field)
            named = [self.numbered_goals[n] for n in nums if n in self.numbered_goals]
            for g in self.b.goals:
                if g.id in named:
                    g.theme = theme_name(field)
            if len(named) == 1 and len(nums) == 1:
                head.goal_id = named[0]
            # (several goals named: the section's actions serve those, not the goal before)
            self.last_goal_list = named
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
            elif goals_above:
                # ... and when that heading stated none, the goal the items above the break
                # served goes on: 'Handlingsplan (fortsättning)' over the cards of a table
                # printed as cards, whose goal was the group row's card before the break
                self.last_goal_list = goals_above
        elif (head.kind is None and nxt is not None and nxt.kind == "para"
              # (not in a chapter of readers' questions, 'Frågor och svar': its answers
              # state no goal, `titled_items.answers_readers_questions`)
              and not any(h.restated for h in self.stack)
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
        elif head.kind is None and not is_question(el.text) and (self._heads_measures(head, nxt, parent)
                                    or self._states_goal_of_table(head, nxt, after, parent)
                                    or self._states_goal_of_actions(head, nxt, parent, after)
                                    or self._target_headline(head, nxt, after, parent)):
            # (a question, 'Vad har vi gjort 2021–2024?' over the earlier period's items,
            # asks: it states no goal, whatever stands under it -- a slide's or a chapter's title)
            # 'Servicelöfte 5: ...': the document's own word and number label the goal
            # (`own_goal_labels`), no part of what it states
            text, own_num = without_own_goal_label(squash(strip_heading_number(el.text)))
            head.goal_id = self.add_goal(text, el.page,
                                         parent=self._goal_above(), theme=self.theme(skip_top=True))
            if own_num is not None:
                self.numbered_goals.setdefault(own_num, head.goal_id)
            self.b.goal_from_heading.add(head.goal_id)
            self.last_goal_list = [head.goal_id]
        elif head.kind in (None, "measure") and asks_how_outcome(el.text):
            # 'Hur får fler jobb?' over 'Vårt svar' and its actions: the question asks how an
            # outcome comes about (`question_goals`), the goal the answer's actions serve;
            # one that nothing answers is dropped at the end, as a yes-or-no question goal is
            head.kind = None
            head.goal_id = self.add_goal(squash(strip_heading_number(el.text)), el.page,
                                         parent=self._goal_above(), theme=self.theme(skip_top=True))
            self.b.goal_from_heading.add(head.goal_id)
            self._question_goals.append(head.goal_id)
            self._state_goal(head.goal_id)
        elif head.kind is None and asks_yes_or_no(el.text):
            # 'Får alla barn en god start i småbarnspedagogiken?': a goal set as a question
            # to answer yes to, stated for the text under it (its 'Vi ska ...' sentences and
            # targets); one that nothing answers is dropped at the end
            head.goal_id = self.add_goal(squash(strip_heading_number(el.text)), el.page,
                                         parent=self._goal_above(), theme=self.theme(skip_top=True))
            self.b.goal_from_heading.add(head.goal_id)
            self._question_goals.append(head.goal_id)
            self._state_goal(head.goal_id)

        # ('Föreningarnas åtaganden (delmål C1)': the actions announced without the bracket
        # naming their goal, which the heading's roles otherwise mix with a goal's)
        bare_roles = header_roles(re.sub(r"\s*\([^()]*\)\s*$", "", el.text))
        announces_actions = head.kind == "measure" or (
            head.kind is None and "measure" in bare_roles and not {"goal", "indicator"} & set(bare_roles))
        if not announces_actions and head.kind in (None, "goal") and head.goal_id is None:
            # (its 'mål' makes the heading's kind a goal's, which no goal under it bears out)
            # 'Årsklocka för mål 5', 'Tidsplan för mål 2': a heading naming a goal by number
            # and, before it, no part of the structure but a form the goal's work is given in
            # (a year wheel, a plan) heads that goal's actions, as 'Åtgärder för mål 5' does
            announces_actions = _names_form_for_goal(el.text)
        if announces_actions and head.goal_id is None and (named := self._goal_of_measure_heading(el.text)):
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

    def _titles_goal_headings(self, el: Element, nxt: Element | None) -> str | None:
        """The title of a goal heading that states no goal but titles the goal headings
        after it: 'Mål 1: Arbete och sysselsättning' (a theme's name, `is_title_of_nouns`)
        with nothing under it, the next heading at its level a goal stated in
        full ('Mål 2: Invandrare som bor här hittar ...'): a table's theme row printed as
        a card of its own (`_titles_goals_below`). None for any other heading."""
        if nxt is None or nxt.kind != "heading" or nxt.level != el.level or not is_goal_heading(nxt.text):
            return None
        # (a lettered theme, 'Delmål 1: A. SPRÅK OCH UTBILDNING', by its name: `theme_rows`)
        lettered = GOAL_LABEL_RE.sub("", squash(el.text), count=1)
        title = without_theme_letter(lettered)
        below = squash(GOAL_LABEL_RE.sub("", squash(nxt.text), count=1))
        if is_lettered_capital_theme(lettered):
            # 'Mål 1: A. ARBETE OCH NÄRINGSLIV' over a goal however short, whatever words the
            # name holds (as `read_tables._titles_goals_below` reads the row)
            return title if len(words(below)) > 1 and not is_lettered_capital_theme(below) else None
        if not is_title_of_nouns(title) or len(words(below)) <= 4:
            return None
        return title

    def _actions_of_stated_goal(self, text: str, nxt: Element | None = None) -> str | None:
        """The goal an earlier goal heading stated under the same number ('Mål 1: Inflyttade
        ...'), when this heading gives that number again and names actions ('Mål 1. Arbete
        och utbildning – åtgärder 2026', over a plan's table for goal 1): the title of that
        goal's actions, no goal of its own. So too when it gives the number again with a
        short name, no statement ('Mål 1: Information och vägledning'), right over a table
        of actions without a goal column (an action plan's table per goal, captioned by the
        goal's number and a short name, after the goals were stated as sentences): the
        caption names the stated goal. Else None."""
        num = goal_heading_number(text)
        if not num:
            return None
        if "measure" in header_roles(text):
            return self.goal_heading_numbers.get(num)
        stated = self.goal_heading_numbers.get(num) or self._goal_under_bare_heading(num)
        if stated is None or nxt is None or nxt.kind != "table" or nxt.table is None \
                or not self._goalless_measure_table(nxt.table):
            return None
        name = GOAL_LABEL_RE.sub("", squash(text), count=1).strip(" :.–-")
        said = next((g.text for g in self.b.goals if g.id == stated), "")
        said = GOAL_LABEL_RE.sub("", squash(said), count=1).strip(" :.–-")
        if not name or reads_as_clause(name) or not reads_as_clause(said) \
                or len(words(name)) >= len(words(said)):
            return None
        return stated

    def _goal_under_bare_heading(self, num: str) -> str | None:
        """The one goal stated in the section of an earlier heading of only a goal label and
        this number ('Målsättning 1' over the goal's sentence and its meters): the goal that
        number names, as 'Mål 1: <sentence>' would have named it. Else None."""
        for sec in self.b.sections:
            m = _BARE_HEADING_LABEL_RE.match(squash(sec.heading or ""))
            if m and m.group("num") == num:
                said = [g.id for g in self.b.goals if g.section == sec.id]
                return said[0] if len(said) == 1 else None
        return None

    def _goal_heading_again(self, text: str) -> str | None:
        """The goal a heading of only a goal label and number names ('Tyngdpunkt 2.1', 'Mål
        3'), when a goal heading printed before had that label and number, else None."""
        m = _BARE_HEADING_LABEL_RE.match(squash(text))
        if not m:
            return None
        label = re.compile(rf"^\s*{re.escape(m.group('label'))}\s+{re.escape(m.group('num'))}(?!\.?\d)\s*[:.–-]\s*\S", re.I)
        return next((g.id for g in self.b.goals if g.id in self.b.goal_from_heading and label.match(g.text)), None)

    def _answers_after_goals(self, text: str) -> bool:
        """A chapter of readers' questions answered ('Frågor och svar') after the programme
        stated its goals: the answers tell it again (`titled_items.answers_readers_questions`).
        A programme written as questions and answers from its title on ('Frågor och svar om
        integrationen i X' over every chapter) states its goals in the answers."""
        return bool(self.b.goals) and answers_readers_questions(text)

    def _summary_goal_restated(self, text: str) -> str | None:
        """The goal a table listed earlier (a summary 'Tema | Mål' of all the goals, a goal
        table before the action chapters) that this heading repeats word for word, number
        apart (`goal_follow_up_headings.goal_named_by_heading`: one goal, three words or
        more); else None."""
        listed = [g for g in self.b.goals if g.id in self.b.goal_from_table]
        return goal_named_by_heading(listed, text) if listed else None

    def _continued_heading(self, text: str) -> str | None:
        """The theme key of an earlier heading that this one marks as going on ('Boende
        (forts.)' after 'Boende'), else None."""
        if not _CONTINUATION_RE.search(strip_heading_number(text)):
            return None
        key = _theme_key(text)
        return key if key in self._heading_goals else None

    def _caption_level(self, el: Element, nxt: Element | None) -> int | None:
        """The level of a numbered caption right over its table ('Tabell 2. Mottagande och
        handledning', `text.CAPTION_RE`): inside the section it is printed in, whatever its
        type size (a layout that sets captions as large as its sub-headings). A caption names
        a table; it opens no section beside the one it sits in, so the goals stated in that
        section's text stay the goals of the table's measures; and what follows the table is
        that section's again (`run`). None for any other heading."""
        # the section the caption is printed in: the heading under which the last caption
        # (and the cards it titled) sat, or the innermost heading
        first = next((k for k, h in enumerate(self.stack) if h.caption), len(self.stack))
        top = self.stack[first - 1] if first > 0 else None
        if top is not None and nxt is not None and nxt.kind in ("bullet", "para") \
                and _restates_heading(el.text, top.text):
            # 'Målområde 1 – Välkomnande' under 'Målområde 1: Välkomnande': the part's name
            # again, the title of its table printed as a list or cards -- a caption, no
            # section beside the part (the goal the part's text stated is its items')
            return max(el.level, top.level + 1)
        if top is not None and nxt is not None and nxt.kind in ("table", "bullet", "para") \
                and el.level <= top.level and _repeats_heading(el.text, top.text) \
                and any(g.section == top.section for g in self.b.goals):
            # 'Tema A: Boende' over the goal's line, then 'Tema A: Boende' again over the
            # goal's table (or its cards or list), set as large as the heading or larger: the
            # table's caption naming its section word for word, no section beside it (a
            # section of its own would share its parent and name); the goal the section's
            # text stated is the table's
            return top.level + 1
        if nxt is None or (nxt.kind != "table" and not CAPTION_RE.match(el.text)):
            # 'Tabell 2. ...' over cards (a table printed as one titled block per goal) is a
            # caption as well: it names the table, no section beside the one it is printed in
            return None
        if not CAPTION_RE.match(el.text) and not self._names_actions_of(el, top) \
                and not self._names_own_part(el, nxt, top):
            return None
        return max(el.level, top.level + 1) if top is not None else None

    @staticmethod
    def _names_own_part(el: Element, nxt: Element | None, top: Head | None) -> bool:
        """A heading right over a table naming, by its label and number, the part it is
        printed in ('Uppgifter i arbetspaket 1' under 'Arbetspaket 1: Mottagning och
        handledning'): the title of that part's table, no section beside it, whatever its
        type size (a layout may set it larger than the part's own heading)."""
        if nxt is None or nxt.kind != "table" or top is None:
            return False
        if names_heading_code(el.text, top.text):
            return True  # 'Strategiskt mål S1 b' under 'S1 Livskraft' (`caption_codes`)
        own = label_number(top.text)
        return own is not None and label_number(el.text) is None \
            and re.search(rf"\b{re.escape(own)}\b", squash(el.text).lower()) is not None

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
        """The goal a goal heading names by a code or a short name alone ('Mål 4: M2', 'Mål 1: 2a',
        'Mål 5: Jobb': a card titled by its row's goal cell): the goal so coded or the
        one goal under the heading so named, no goal of its own."""
        name = GOAL_LABEL_RE.sub("", heading, count=1).strip()
        if not name or name == heading.strip():
            return None
        m = BARE_CODE_RE.match(name)
        # ... or by a single letter ('Mål 1: A'), the goal a list coded so ('A Nyinflyttade ...')
        letter = self.goal_lookup.goal_by_number(name) if SINGLE_LETTER_CELL_RE.match(name) else None
        # ... or by a number and a small letter ('Mål 1: 2a'), the goal listed '2a Varje vuxen …'
        letter = letter or (self.goal_lookup.goal_by_number(name) if NUMBER_LETTER_CODE_RE.match(name) else None)
        # or by its number and a short form of its words ('Tyngdpunkt 1: 1.1 Klienten ...')
        # or by several codes ('Mål 4: K3, L1'): the first, the goal the action chiefly serves
        several = self.goal_lookup.goals_by_numbers(name)
        return ((self.numbered_goals.get(m.group(1)) if m else None) or letter or self.goal_lookup.goal_by_short_name(name)
                or self.goal_lookup.goal_by_theme(name) or (several[0] if several else None))

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
        if _APPENDIX_LABEL_RE.match(head.text):
            return False  # 'Bilaga 1. Boende och fritid': an appendix's title names what it holds
        if nxt.table.method == "label-value" and CAPTION_RE.match(head.text) \
                and len(words(_CAPTION_LEAD_RE.sub("", head.text))) < 4:
            # 'Tabell 1. Handlingsplan 2025–2028' over the cards it captions: a title naming
            # the table, no statement (fifty-fifth set)
            return False
        if labelled_as_theme(head.text):
            return False  # 'Tema 3: Delaktighet …': a theme's caption (`headers.labelled_as_theme`)
        if CAPTION_RE.match(head.text) and _CAPTION_LEAD_RE.match(head.text) \
                and not reads_as_clause(_CAPTION_LEAD_RE.sub("", head.text)):
            # 'Tabell 2. Delaktighet och goda relationer' under 'Strategiskt mål 3: …': the
            # caption names its table's field in nouns, no statement -- the theme of the
            # goals in the table, not a sub-goal between them and the goal heading above
            # (seventy-third set; a caption phrased as a clause may still state one)
            return False
        if names_a_stretch_of_time(head.text):
            # '4.2 Under det första året': the phase of the newcomer's path the actions under
            # it fall in (`prose.names_a_stretch_of_time`), no goal they serve
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
            if (field_label(nxt.text) or field_label(_LABEL_NUMBER_RE.sub(r"\1", nxt.text, 1)) or ("", ""))[1] == "goal":
                # ('Målgrupp 3: Vuxna i arbetsför ålder' over 'Vårt mål: …' and the table: the
                # paragraph states the table's goal, the heading names the part; so does a
                # numbered goal label, 'Effektmål 5: …', 'Mål 2.1: …')
                return False
        if table is None or table.table is None or not self._goalless_measure_table(table.table):
            return False
        text = strip_heading_number(head.text)
        if header_roles(head.text) or head.text.rstrip().endswith(":") or len(words(text)) < 4 \
                or not reads_as_clause(text) or names_a_stretch_of_time(text):
            return False
        listed = [g for g in self.last_goal_list if g not in self.b.goal_from_heading]
        return not (self.stated_goals_in_scope() or listed or self._goal_above())

    def _states_goal_of_actions(self, head: Head, nxt: Element | None, parent: str | None,
                                after: Element | None = None) -> bool:
        """A numbered sub-heading ('3.2 Utbildade inflyttade får jobb inom vården', '3.3 Fler
        invandrare i föreningarna': a dotted number, four words or more, no structure word,
        not closed by a colon) directly over an action that names who carries it out -- a
        list item with its doer in a tail ('• Kurs i ... – Ansvar: X, 2026', '(X, hösten
        2026)') or a paragraph whose opening sentence states an action and whose next ones
        say who answers for it ('Ansvarig är X.', 'Ansvar: X.') -- while no goal is in
        scope: the goal of the actions under it, as a heading over a table of actions is
        (`_states_goal_of_table`). A heading over background text, or over items naming
        nobody, stays a theme: the doer named under it tells a goal from a title. A line
        introducing the items ('För detta mål görs följande:', 'Så här gör vi:') may stand
        between the heading and them. So is such a heading phrased as a clause right over
        (or one paragraph of background over) the outline's next level numbered under it
        ('5.1 Fler invandrare får arbete' / '5.1.1 Rekryteringsdagar'): the actions are
        headed one level down.
        The number may also be a list's ('1. Alla barn får …', '2) …') under a numbered chapter
        ('4 Mål och åtgärder'): the goals numbered 1–N inside the chapter, their actions
        lettered or listed under each (`_list_numbered_sub_heading`)."""
        if parent is None or nxt is None or not head.number:
            return False
        if "." not in head.number and not self._list_numbered_sub_heading(head, parent):
            return False
        if nxt.kind == "para" and nxt.text.rstrip().endswith(":") and len(sentences(nxt.text)) == 1 \
                and after is not None and after.kind == "bullet":
            nxt = after  # the list's intro line, then its items
        else:
            # '3.1 Alla barn deltar …' / (a paragraph of background) / 'Åtgärder' / '• … – X':
            # a bare label line announcing actions, without its colon, stands between the
            # heading and the items as an intro line does
            nxt = self._items_after_action_label(nxt) or nxt
        text = strip_heading_number(head.text)
        if header_roles(head.text) or head.text.rstrip().endswith(":") or len(words(text)) < 4:
            return False
        if self.stated_goals_in_scope() or self._goal_above():
            return False
        outline = nxt.kind == "heading" or (
            nxt.kind == "para" and after is not None and after.kind in ("heading", "para", "bullet")
            and self._numbered_under(head, after))
        if outline and nxt.kind == "para":
            nxt = after  # one paragraph of background between the goal and its first action
        if outline:
            # '5.1 Fler invandrare får arbete' over '5.1.1 Rekryteringsdagar' (or over a
            # paragraph of background and then '5.1.1 …' as a heading or a numbered item):
            # the outline's next level numbered under it, the heading stating an outcome as a
            # clause -- the goal of the actions numbered one level down, whatever they say
            head.outline_goal = self._numbered_under(head, nxt) and reads_as_clause(text)
            return head.outline_goal
        named = _names_its_doer(nxt)
        if not named and nxt.kind == "bullet" and self._doers_after_dashes:
            # '• … – elevhandledningen' in a document closing its items with the doer after a
            # dash (`dash_doers.doers_after_dashes`): the item names its doer there, as a
            # who/when tail does
            item = strip_marker(nxt.text) if BULLET_RE.match(nxt.text) else nxt.text
            named = dash_doer_tail(item) is not None
        # (a heading phrased as a clause states the goal in full: a wish in the background
        # under it, 'Staden vill bättre ta tillvara …', says what it takes, no goal of its
        # own, as under an outline's clause heading, `read_paragraphs._heading_states_goal`)
        head.clause_goal = named and reads_as_clause(text)
        return named

    def _items_after_action_label(self, nxt: Element) -> Element | None:
        """The first list item after the heading read now when a bare label line announcing
        actions ('Åtgärder', 'Toimenpiteet': a short paragraph whose only role is the
        measure's, no colon) stands right before it, with at most one paragraph of
        background between the heading and the label."""
        els, at = self._run_elements, self._element_at
        if at < 0 or at + 1 >= len(els) or els[at + 1] is not nxt:
            return None
        for k in (1, 2):
            if at + k + 1 >= len(els):
                return None
            label, item = els[at + k], els[at + k + 1]
            if label.kind != "para":
                return None
            if (len(words(label.text)) <= 4 and header_roles(label.text) == ["measure"]
                    and not label.text.rstrip().endswith((":", ".")) and item.kind == "bullet"):
                return item
            if label.text.rstrip().endswith(":"):
                return None
        return None

    @staticmethod
    def _numbered_under(head: Head, el: Element) -> bool:
        """el opens with a number one level under the heading's own ('5.1.1' under '5.1')."""
        sub = heading_number(el.text)
        return bool(sub) and sub.startswith(head.number + ".") and sub.count(".") == head.number.count(".") + 1

    def _list_numbered_sub_heading(self, head: Head, parent: str) -> bool:
        """A heading numbered as a list item ('1. …', '2) …': a number and its stop) inside a
        chapter that has a number of its own ('4 Mål och åtgärder'): its numbering starts
        again under the chapter, so it counts the chapter's items (goals), no chapter of the
        outline."""
        if not _LIST_NUMBER_RE.match(head.text):
            return False
        sec = next((s for s in self.b.sections if s.id == parent), None)
        return sec is not None and bool(sec.number) and not head.number.startswith(f"{sec.number}.")

    def _target_headline(self, head: Head, nxt: Element | None, after: Element | None,
                         parent: str | None) -> bool:
        """A sub-heading stating a share to reach ('75 % av invånarna … är sysselsatta år
        2030', `target_headlines`) directly over an action that names its doer, or over one
        paragraph on where the share stands now and then such an action: the goal of the
        actions under it, numbered or not."""
        if parent is None or nxt is None or not states_share_target(head.text):
            return False
        if nxt.kind == "para" and not nxt.text.rstrip().endswith(":") and after is not None:
            nxt = after  # the baseline sentence between the goal and its actions
        return _names_its_doer(nxt)

    def _goalless_measure_table(self, t) -> bool:
        sc = self._structure_columns(t, defined=self.defined)
        return sc is not None and "measure" in sc[1].values() and "goal" not in sc[1].values()


# a list item's number opening a heading: '1. ', '2) ' (no dotted outline number)
_LIST_NUMBER_RE = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")


# 'Årsklocka för mål 5': a few words, then 'för' / 'inom' and a goal named by its number
# (the label words: the shared goal-reference list, label_vocab.GOAL_REFERENCE_WORDS)
_FORM_FOR_GOAL_RE = re.compile(r"^(?P<form>[^\W\d_][\w\s-]{2,40}?)\s+(?:för|inom)\s+" + GOAL_REFERENCE_WORDS + r"\s+\d{1,2}(?:\.\d{1,2})*\s*$",
                               re.I)


def _names_form_for_goal(heading: str) -> bool:
    """A heading 'Årsklocka för mål 5' whose words before the goal name no goal, indicator
    or other part of the structure: the form the goal's actions are given in."""
    m = _FORM_FOR_GOAL_RE.match(squash(strip_heading_number(heading)))
    return bool(m) and not header_roles(m.group("form")) and len(m.group("form").split()) <= 3
