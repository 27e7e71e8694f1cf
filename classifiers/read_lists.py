"""Reading list items (bullets and numbered items): goals and sub-goals listed under a
goal heading or an intro, actions listed under a measure heading or a stated goal, and
indicators listed under a follow-up heading, with the doer and time an item names.

`ListReader` is a mixin of `builder.Builder`: its methods read and change the builder's
state.
"""

from __future__ import annotations

import re

from .action_number_rows import closing_action_number, without_target_group
from .goal_lookup import bare_number
from .goal_numbered_segments import closing_number
from .agreement_intros import agreed_doers
from .intro_bodies import subject_from_intro
from .dash_doers import dash_doer_tail
from .actors import (actors_parenthesis_start, laid_out_parenthesis_start, split_actors, doer_before_dash, leading_actors, parenthesis_in_actors_place, trailing_actors,
                     units_in_actors_place)
from .council_decision import area_goal, listed_area_goal
from .inline_lists import without_list_joint
from .cell_meters import closing_meter
from .follow_up_questions import follow_up_question, question_action, question_for_goal
from .meter_label_items import labelled_meter
from .goal_mark_columns import closing_goal_letter
from .elements import Element
from .model import Goal
from .goal_lookup import CODED_ITEM_RE  # a goal's code in front of a listed goal ('A1 alla barn ...')
from .goal_outline import numbered_goal_item, sub_goal_item
from .change_markers import revision_marks
from .closing_times import closing_dash_time, closing_dated_time, closing_time
from .assignments import assigned_actors
from .result_chains import action_named_by_link, chain_indicator
from .headers import header_role
from .memo_points import measured_by
from .reference_tails import (goal_in_brackets, goal_in_closing_parenthesis, goal_doer_time, goal_then_time,
                              goal_named_in_closing_parenthesis, number_reference, opens_with_role_field)
from .prose import about_earlier_period, grouped_by_area
from .partners_in_text import partners_before_tail, partners_before_time, partners_closing_item, partners_named_in_action
from .prose_actions import prose_action
from .records import item_fields
from .schedule import dates_a_step, parse_schedule
from .theme_lead_in import theme_lead_in
from .theme_labelled_meters import (action_named_in_bracket, bracket_reference, whole_programme_meter,
                                    cell_action, followed_action, goal_text_labelled_meter, matrix_cell_reference,
                                    theme_first_dash_meter, theme_labelled_meter)
from .titled_items import SINGLE_LETTER_ITEM_RE, described_numbered_action, titled_action
from .timeline_items import leading_time_label, numbered_step_label
from .actions_by_doer import person_named
from .checklist_items import checklist_item, coded_task
from .paren_numbers import paren_number
from .figure_meters import without_closing_target
from .text import BULLET_RE, fold, NUMBERED_RE, is_figure, is_question, numbering, squash, strip_marker
from .goal_labelled_meters import action_labelled_meter, area_labelled_meter, counted_action, goal_labelled_meter
from .goal_reference_brackets import goal_of_code
from .cells import semicolon_parts
from .goal_chapter_items import in_goal_chapter, labelled_goal_item
from .reader_shared import (goal_field, coded_item, _SUB_GOAL_INTRO_RE, _without_source, subject_actors,
                            as_printed, _without_tail, _field_actors)


# a meter's closing bracket holding a name ('(Arbete och utbildning)'): perhaps the theme of
# the area whose goal it follows up
_CLOSING_NAME_RE = re.compile(r"\s*\(([^()\d][^()]{1,60})\)\s*\.?\s*$")


# an item labelled as a sub-goal by its number: 'Tyngdpunkt 1.1: ...', 'Delmål 2.1 – ...'
_SUB_GOAL_ITEM_RE = re.compile(r"^\s*(?:delmål|tyngdpunkt)\s+(?P<code>\d{1,2}(?:\.\d{1,2})*)\s*[:.–-]\s+(?P<text>\S.*)$",
                               re.I | re.S)


def _speaks_of_indicators(item: str) -> bool:
    """An item opening on the indicators (or the follow-up) named by a definite noun
    ('Mätarna i tabellen nedan följs upp ...', 'Indikatorerna redovisas ...',
    'Uppföljningen görs ...'): a sentence about them, not one of them."""
    first = re.match(r"[^\W\d_]+", item.strip())
    if not first or len(item.split()) < 3:
        return False
    word = first.group()
    return word[:1].isupper() and header_role(word) == "indicator" and fold(word.lower()).endswith(("na", "en"))


class ListReader:
    """`Builder.on_bullet` and what only it calls."""

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

    def _outline_sub_goal(self, text: str, page: int) -> bool:
        """'A1 Vägen till arbete blir kortare' under 'Huvudmål A – Arbete ...' and its goal
        sentence (`goal_outline`): a sub-goal of that goal, known by its code to the action
        plan. True when the item was one."""
        if self._outline_goal is None or self.list_intro:
            return False
        letter, parent, area = self._outline_goal
        found = sub_goal_item(text, letter)
        if not found:
            return False
        gid = self.add_goal(found[1], page, parent=parent, theme=area)
        # (a goal column's bare code, 'A1', names it as it names a coded list item)
        self.numbered_goals.setdefault(found[0], gid)
        self.coded_goals.setdefault(found[0], gid)
        return True

    def _sub_goal_parent(self) -> str | None:
        """The goal whose sub-goals a list introduced as such ('Delmål:') holds: the one goal
        stated in the section's text ('Målsättning: ...' above it), else None."""
        if not (self.list_intro and _SUB_GOAL_INTRO_RE.match(self._intro_text)):
            return None
        stated = self.stated_goals_in_scope()
        return stated[0] if len(stated) == 1 else None

    def _parent_by_number(self, num: str | None) -> Goal | None:
        """The goal a sub-goal's dotted number names by its first part ('Delmål 1.2: ...'
        listed under 'Huvudmål 1 (Arbete): ...'): the top-level goal numbered so before it,
        whose sub-goal it is and whose theme it shares; else None."""
        # (a sub-goal's number, its goal's and its own, '1.2': the builder's `_GOAL_DOTTED_RE`)
        m = self._GOAL_DOTTED_RE.fullmatch(num or "")
        gid = self.numbered_goals.get(m.group(1)) if m else None
        goal = next((g for g in self.b.goals if g.id == gid), None) if gid else None
        return goal if goal is not None and goal.parent is None else None

    def _in_goal_outline(self) -> bool:
        """The item stands in a goal outline flattened into one list, under a goal item of it
        (`goal_outline.goal_outline_lists`), and no paragraph introduced the list as
        indicators or as the past."""
        return (self._element_at in self._goal_outline_runs and self._outline_item_goal is not None
                and self._outline_list_open())

    def _outline_list_open(self) -> bool:
        """No paragraph introduced the list as indicators or as the past: a goal outline's
        items are read as its goals and actions (`_in_goal_outline`, `_flattened_outline_goal`)."""
        return self.list_mode in (None, "goal", "measure") and not self.indicator_mode()

    def _flattened_outline_goal(self, text: str, page: int) -> bool:
        """'• Strategiskt mål 1 – Area: <goal>' / '• Delmål 1.1: <sub-goal>' / '• <action>'
        in one list: a goal item of the outline, a sub-goal of the item numbered by its
        number's stem ('1' over '1.1') or, with a number of one part, of no goal; the area
        named after the number is its theme (a sub-goal's, its parent's). The plain items
        after it are its actions (`_in_goal_outline`). True when the item was one."""
        start = self._goal_outline_runs.get(self._element_at)
        if start is None or not self._outline_list_open():
            return False
        if start == self._element_at:
            self._outline_items, self._outline_item_goal = {}, None
        head = numbered_goal_item(text)
        if head is None:
            return False
        stem = head.number.rpartition(".")[0]
        # (a list per sub-goal under its goal's heading, 'Strategiskt mål 1' > '• Delmål 1.1: …':
        # the heading's goal, or the goal numbered by the stem before the list)
        parent = (self._outline_items.get(stem) or (self.stack[-1].goal_id if self.stack else None)
                  or getattr(self._parent_by_number(head.number), "id", None)) if stem else None
        theme = head.theme or next((g.theme for g in self.b.goals if g.id == parent), None)
        gid = self.add_goal(head.text, page, parent=parent, theme=theme)
        self._outline_items[head.number] = gid
        # (known by its number to the tables keyed by it: 'Delmål | Mätare' with '1.1')
        self.numbered_goals.setdefault(head.number, gid)
        self._outline_item_goal = gid
        return True

    def _labelled_sub_goal(self, text: str, page: int) -> bool:
        """An item labelled as a sub-goal ('Tyngdpunkt 1.1: ...', 'Delmål 2.1: ...') listed
        right under a heading that is a goal ('Strategiskt mål 1: ...'), with no paragraph
        introducing the list as anything else: a sub-goal of the heading's goal, known by its
        number to the action tables that name it ('1.1 Klienten ...'). True when it was one."""
        m = _SUB_GOAL_ITEM_RE.match(text)
        head_goal = self.stack[-1].goal_id if self.stack else None
        if head_goal is None and self.stack:
            # (... or right under the one goal its heading's own text stated, 'Mål: ...' over
            # '• Tyngdpunkt 1: ...': that goal is the heading's)
            stated = self.stated_goals.get(self.stack[-1].section) or []
            head_goal = stated[0] if len(stated) == 1 else None
        if not m or head_goal is None or self.list_mode is not None or self.list_intro:
            return False
        gid = self.add_goal(squash(m.group("text")).rstrip(".").strip(), page, parent=head_goal)
        self.numbered_goals.setdefault(m.group("code"), gid)
        return True

    def on_bullet(self, el: Element) -> None:
        if self.list_mode == "background":
            return  # a list introduced as the past or as another body's goals (prose.intro_kind)
        if self.list_mode == "parts":
            return  # the steps of the action above ('Delåtgärder:'), parts of that one measure
        if self.list_mode is None and self.stack and about_earlier_period(self.stack[-1].text):
            return  # listed under a heading about the previous programme: its results
        text = strip_marker(el.text) if BULLET_RE.match(el.text) else el.text
        if (marks := revision_marks(text)) is not None:
            # '... (ny 2026)', '... (Tidigare: ...) (ändrad)': the item as it now reads;
            # '... (struken)' is struck out of the programme (`change_markers`)
            if marks[1]:
                return
            text = marks[0]
        if self.indicator_mode() and (bare := without_closing_target(text)) is not None:
            # 'Mätare och målnivå:' / '• Andelen X (utgångsläge 2023: 41 %, mål 2028: 60 %)': the
            # bracket gives the level to reach (or that none is set), no words of the meter; its
            # colon and figures would read the item as a statistic (`figure_meters`)
            text = bare
        if self.read_milestone(text, el.page):
            return  # '◆ Milstolpe efter steg 3: …': a meter of the step (`milestone_items`)
        if (chain := chain_indicator(text)) is not None:
            # 'Språkstig ... → fler i arbete → Mätare: antal ...': the meter of the action the
            # chain opens with (`result_chains`)
            mid = action_named_by_link(chain[0], [(m.id, m.text) for m in self.b.measures])
            goals = [self._measure(mid).goal] if mid and self._measure(mid).goal else self.current_goals()
            self.add_indicator(chain[1], el.page, mid, goals)
            return
        if (meter := measured_by(text)) is not None:
            # '→ mäts: antal ...' closing a point: the meter of the point's goal, not of its
            # last sub-point (the arrow leads from the point; `memo_points`)
            self.add_indicator(meter, el.page, None, self.current_goals())
            return
        if self.list_continues and not text[:1].islower():
            # no item finishing the sentence broken off above (that one runs on in lower
            # case): a list of its own, the paragraph above only broke off
            if self.list_mode == "goal":
                # (after goals finishing a stem, 'Vi vill att' / '• …': the section stated
                # its goals, and a list after them is no part of the stem's)
                self.list_intro = False
            self.list_mode, self.list_continues = None, False
        if self._flattened_outline_goal(text, el.page):
            return
        num = numbering(text)
        if self._coded_sub_goal(text, el.page) or self._labelled_sub_goal(text, el.page) \
                or self._outline_sub_goal(text, el.page):
            return
        # an assignment to a committee ('Bildningsnämnden ges i uppdrag att ...') is an action
        # whatever the heading above announces ('Mål och uppdrag', `assignments`)
        assignment = assigned_actors(text) is not None
        # a list a paragraph introduced as actions ('Åtgärder:') holds actions also under a
        # heading announcing goals ('Resultat – mål 1' over a goal's results table, then
        # 'Åtgärder:' and the goal's actions); and one introduced as indicators holds the goal's
        # indicators under the goal's heading ('Målsättning 1' / its sentence / 'Så här följer
        # vi upp målsättningen:' and its list)
        goal_list = self.goal_mode() and self.list_mode not in ("measure", "indicator")
        if not goal_list and self.list_mode is None and in_goal_chapter(self.stack) \
                and labelled_goal_item(text):
            # '• Mål 3: ...' under a theme sub-heading of the goal chapter (`goal_chapter_items`)
            goal_list = True
        if not goal_list and (coded := CODED_ITEM_RE.match(text)) \
                and coded.group(1) in {c for cs in self.goal_codes_later.values() for c in cs} \
                and not self.goal_lookup.goal_by_number(coded.group(1)):
            # '• M1 Språk: Vuxna invånare …' after an action table whose goal column held 'M1'
            # naming no goal: the legend of the table's goal codes, whatever its lead-in
            # calls it -- a goal, known by the code to the table's rows (`_goals_coded_later`)
            goal_list = True
        if not assignment and (goal_list or self.list_mode == "goal"
                               or self._numbered_goal_under_theme(num)):
            # the first of these readings that fits, in this order
            gf = goal_field(text)
            named = lead = coded = None
            if gf:
                if gf[1]:
                    # 'Mål 2: ...' in a list of goals: the goal without its label, which numbers
                    # it for the tables and sections that refer to it ('Mål': '2', 'stöder mål 2')
                    text, num = gf
            elif named := area_goal(text) or listed_area_goal(text):
                # 'Mål 1. Språk och utbildning: ...': numbered so, and the area named is its theme
                text, num = named.text, named.number
            elif lead := theme_lead_in(text):
                # 'Språk: Vuxna invandrare kan ...': the goal's theme named before it (`theme_lead_in`)
                text = lead.text
            elif coded := CODED_ITEM_RE.match(text):
                # 'K1 Alla nyinflyttade har ...' in a list of goals: the goal without its code, known
                # by it to the action table's goal column ('Mål': 'K1', 'K3, L1')
                text, num = squash(coded.group(2)), coded.group(1)
                if lead := theme_lead_in(text):
                    # 'M1 Språk: Vuxna invånare …': the theme named after the code, as before a
                    # goal with no code ('Språk: …' above)
                    text = lead.text
            parent = self.heading_goal() or self._sub_goal_parent()
            by_number = None if parent else self._parent_by_number(num)
            gid = self.add_goal(text, el.page,
                                parent=parent or (by_number.id if by_number else None) or self._broken_down_parent,
                                theme=named.area if named else lead.theme if lead else
                                by_number.theme if by_number else None)
            self.last_goal_list.append(gid)
            if self.list_continues and self.list_mode == "goal":
                # a goal finishing the stem 'Vi vill att' (`read_paragraphs.goal_stem_over_items`):
                # the section states it as a sentence of its text would
                self._state_goal(gid)
            if num and ("." not in num or coded):
                self.numbered_goals.setdefault(num, gid)
            elif num and gf:
                # 'Delmål 1.1 …' in a list of goals: a goal printed with a dotted number as its
                # label, known by it to the action plan that names it ('Mål': 'Mål 1.1'), as a
                # goal cell's 'Mål 3.1 …' is (eighty-second set)
                self.coded_goals.setdefault(num, gid)
            return
        # '... (Infopunkten, mål 6)': the goal of the numbered list the action serves, named
        # after its doer; the parenthesis is read for the doer without it (a follow-up item
        # closed by '(mål 2)' is kept as printed, below)
        paren_goal = paren_time = paren_doer = None
        # ('... [Mål 1]. Ansvar: X': the same said in square brackets before the fields)
        goal_ref = None if self.indicator_mode() else (goal_in_closing_parenthesis(text) or goal_in_brackets(text))
        if goal_ref and (found_goal := self.goal_lookup.goal_by_number(goal_ref[1])
                         or self._stated_goal_by_place(goal_ref[1])):
            text, paren_goal = goal_ref[0], found_goal
        elif not self.indicator_mode() and (first := goal_then_time(text)) \
                and (found_goal := self.goal_lookup.goal_by_number(first[1])):
            # '... (mål 5, 2025–2028)': the goal named first, then the action's time
            text, paren_goal, paren_time = first[0], found_goal, first[2]
            if opens_with_role_field(first[2]):
                # '... (mål 5, ansvar: biblioteket, fortlöpande)': labelled fields after the
                # goal -- who and when, read as a parenthesis of them alone is
                text, paren_time = f"{first[0]} ({first[2]})", None
        elif not self.indicator_mode() and (three := goal_doer_time(text)) \
                and (found_goal := self.goal_lookup.goal_by_number(three[1])):
            # '<action>. (Mål 5 – X tillsammans med Y – vår och höst)': the goal, the doer
            # and the time, in this order, set apart by dashes (`reference_tails`)
            text, paren_goal, paren_doer, paren_time = three[0], found_goal, three[2], three[3]
        step = None if self.indicator_mode() else numbered_step_label(text)
        if step is not None:
            # 'Steg 2 (hösten 2025): X. Ansvar: Y.': the step's time in brackets is its
            # schedule, its number known to the milestones after it (`timeline_items`)
            text, paren_time = step[2], paren_time or step[1]
        inline = item_fields(text, el)
        body = inline[0] if inline else text  # 'Tidtabell: 2022' at its end is no statistic
        if self.indicator_mode() and not num and (asked := question_for_goal(body)) is not None \
                and (goal := self.goal_lookup.goal_by_number(asked[1])):
            # 'Hur många deltog i kursen? (mål 1)': the question follows up goal 1, and the one
            # action of that goal it asks about, if it names one (`follow_up_questions`)
            mid = question_action(asked[0], [(m.id, m.text) for m in self.measures_of_goal(goal)])
            self.add_indicator(asked[0], el.page, mid, [goal])
            return
        if self.indicator_mode() and not num and (question := follow_up_question(body)) is not None:
            # '☐ Har kursen ordnats? Ja / Delvis / Nej' under a follow-up heading: the
            # question follows up the action it asks about (`follow_up_questions`)
            mid = question_action(question, [(m.id, m.text) for m in self.b.measures])
            own = self._measure(mid).goal if mid else None
            goals = ([own] if own
                     else self.stated_goals_in_scope() or ([self.heading_goal()] if self.heading_goal() else []))
            self.add_indicator(question, el.page, mid, goals)
            return
        if is_question(body) or is_figure(body):
            # a numbered question (a survey's) or a statistic ('Ryska: 701') is no action
            return
        if self.indicator_mode() and dates_a_step(body):
            # 'Årlig rapport: april' in a follow-up: when a step of the follow-up falls, no
            # meter (as 'Slututvärdering: våren 2028', a figure by its year, above)
            return
        if self._numbered_focus_area(text, num, inline, el.page):
            return
        if self.indicator_mode() and not num and self.list_mode != "indicator" and _speaks_of_indicators(text):
            # 'Mätarna i tabellen nedan följs upp varje år' under 'Så följer vi upp': an item
            # whose subject is the indicators themselves tells how they are followed up, so
            # its list is the follow-up routine ('Rapport till nämnden i maj'), no indicators
            # -- nor were the items of the same list read before it ('Gruppen rapporterar
            # årligen till styrelsen' over 'Mätarna följs upp i bokslutet')
            self.list_mode = "background"
            k = self._element_at - 1
            while (iid := self._routine_candidates.pop(k, None)) is not None:
                self.b.indicators = [i for i in self.b.indicators if i.id != iid]
                k -= 1
            return
        if self.indicator_mode() and not num:
            # a list under 'Uppföljning' / 'Mätare' / '... följs upp med:': indicators, of
            # the goals stated in the section (none in a follow-up chapter of their own)
            # ... or of the goal its chapter gave under a sibling heading ('Vad vill vi uppnå?'
            # before 'Hur vet vi att vi lyckats?')
            # ... or of a sub-goal's heading inside the section that stated its goal ('Målet är
            # att ...' under 'Tema 1', then 'Tyngdpunkt 1.1 ...' over its table and 'Så följer
            # vi upp:'): the innermost goal is the one followed up
            goals = ([self._follow_up_goal] if self._follow_up_goal else self._sub_goal_heading_goals()
                     or self.stated_goals_in_scope()
                     or ([self.heading_goal()] if self.heading_goal() else [])
                     or list(self.stack[-1].sibling_goals) or list(self.stack[-1].area_goals))
            if self._target_group_brackets:
                # 'antal X (barn och unga)' under 'Målgruppen inom parentes.': the meter is X
                text = without_target_group(text)
            keyed = area_labelled_meter(text)
            if keyed is not None and (goal := self._goal_of_area_number(keyed[1])):
                # 'Fokusområde 2: antal X; andelen Y': meters of the goal of area 2, of no one
                # action, one per part (`goal_labelled_meters.area_labelled_meter`)
                for part in semicolon_parts(keyed[0]):
                    self.add_indicator(part, el.page, None, [goal])
                return
            labelled = goal_labelled_meter(text)
            if labelled is not None and (goal := self.goal_lookup.goal_by_number(labelled[1])):
                # 'mål 3: antalet deltagare i ...': the meter of goal 3, and of the action of
                # it that it counts (`goal_labelled_meters`)
                # (several meters after one label, 'mål 3: antal X; andelen Y': one each)
                own = [(m.id, m.text) for m in self.measures_of_goal(goal)]
                for part in semicolon_parts(labelled[0]):
                    self.add_indicator(part, el.page, counted_action(part, own), [goal])
                return
            by_action = action_labelled_meter(text)
            if by_action is not None and (found := self._referred_measure(by_action[1])):
                # 'Åtgärd 4: antal sommarjobb …': the meter of the action printed with that
                # number, of its goal (`goal_labelled_meters.action_labelled_meter`)
                goal = self._measure(found).goal
                self.add_indicator(by_action[0], el.page, found, [goal] if goal else goals)
                return
            if (whole := whole_programme_meter(text)) is not None:
                # 'Alla teman: <meter> (kommunenkät)' in a list keying its meters by area: the
                # programme's meter, of no goal; under a legend saying the brackets name the
                # actions, a bracket naming none is a note, no part of the meter
                self.add_indicator(bracket_reference(whole)[0] if self._action_name_brackets else whole,
                                   el.page, None, [])
                return
            themed = theme_labelled_meter(text)
            tops = self.goal_lookup.goals_of_theme(themed[1]) if themed is not None else []
            if not tops and (first := theme_first_dash_meter(text)) is not None:
                # 'Arbete – antal nya företag': the theme's name set off by a dash, as by a colon
                themed, tops = first, self.goal_lookup.goals_of_theme(first[1])
            if tops and len({squash(g.text) for g in self.b.goals if g.id in tops}) == 1:
                # 'Arbete: antal deltagande företag i jobbmässan': the meter of the one goal of
                # that theme (stated again on each table row of its actions, merged later), and
                # of the action of it that it names (`theme_labelled_meters`)
                # (a list its intro groups by area, 'Följande mätare följs per insatsområde:',
                # keys each meter to its area as a whole: the area's goal, of no one action,
                # as a key naming the area by number is, `area_labelled_meter`)
                by_area = self.list_intro and grouped_by_area(self._intro_text)
                own = [] if by_area else [(m.id, m.text) for gid in tops for m in self.measures_of_goal(gid)]
                for part in semicolon_parts(themed[0]):
                    ref = number_reference(part)
                    if ref is not None and ref[1] == "measure" and (found := self._referred_measure(ref[2])):
                        # 'Arbete: Antal X (åtgärd 1.3)': the action the bracket names by its
                        # number, as in a list without area keys (kept as printed, below)
                        goal = self._measure(found).goal or tops[0]
                        self.add_indicator(_without_source(part), el.page, found, [goal])
                        continue
                    if self._action_name_brackets:
                        # 'Arbete: antal X (språkcafé)' under a legend saying a meter of one
                        # action names it in brackets: the action of the area whose text holds
                        # the bracket's words; an item without one follows up the area as a
                        # whole (`theme_labelled_meters.action_named_in_bracket`)
                        meter, ref = bracket_reference(part)
                        every = [(m.id, m.text) for gid in tops for m in self.measures_of_goal(gid)]
                        mid = action_named_in_bracket(ref, every) if ref else None
                        self.add_indicator(meter, el.page, mid, [tops[0]])
                        continue
                    if self._action_number_brackets:
                        # 'Arbete: antal X (1.3)' under a legend saying the brackets hold the
                        # actions' numbers: the action so numbered; an item without one follows
                        # up the area as a whole, whatever words it shares with an action
                        closing = closing_action_number(
                            part, self._numbered_or_column_measure,
                            self.goal_lookup.goal_by_number, True)
                        mid = closing[1] if closing else None
                        goal = (self._measure(mid).goal if mid else None) or tops[0]
                        self.add_indicator(_without_source(closing[0]) if closing else part, el.page, mid, [goal])
                        continue
                    self.add_indicator(part, el.page, followed_action(part, own) if own else None, [tops[0]])
                return
            by_goal = goal_text_labelled_meter(text)
            if by_goal is not None and (goal := self.goal_lookup.goal_by_text(by_goal[1], label_aside=True)):
                # 'Nya invånare får ett gott mottagande: antal välkomstsamtal per år': the
                # meter of the goal so stated, of no one action (`theme_labelled_meters`)
                for part in semicolon_parts(by_goal[0]):
                    self.add_indicator(part, el.page, None, [goal])
                return
            cell_ref = matrix_cell_reference(text)
            if cell_ref is not None and any(g.theme for g in self.b.goals):
                # '... (rad Arbete, sysselsättningsområdet)': the meter of the goal of the
                # matrix row so named, and of the action in that actor's cell it counts; a row
                # naming no goal (a row of services beside the plan) has no meter of the plan
                rows = self.goal_lookup.goals_of_theme(cell_ref[1])
                if not rows:
                    return
                own = [(m.id, m.text, m.responsible) for gid in rows for m in self.measures_of_goal(gid)]
                mid = cell_action(cell_ref[0], cell_ref[2], own) if cell_ref[2] else None
                self.add_indicator(cell_ref[0], el.page, mid, [rows[0]])
                return
            ref = number_reference(text)
            if ref is not None:
                # '... (åtgärd 11)' / '... (mål 2)': the action or goal it follows up, by number
                # (the item is kept as printed: programmes' gold keeps the reference, or reads
                # the item without it as the same indicator)
                found = self._referred_measure(ref[2]) if ref[1] == "measure" else None
                if ref[1] == "measure" and found is None \
                        and (found := self._action_by_place(ref[2], goals)) is not None:
                    # ('(åtgärd 2)' counting the section's unnumbered actions: a note on the
                    # place, no words of the meter -- no number printed beside any action)
                    text = ref[0]
                goal = (self._measure(found).goal if found else
                        self.goal_lookup.goal_by_number(ref[2]) if ref[1] == "goal" else None)
                if not found and not goal and ref[1] == "goal" and ref[2].isalpha():
                    # '(mål C)': the goal listed with that letter opening its text ('C. Vuxna …')
                    goal = goal_of_code(self.b.goals, ref[2])
                if found or goal:
                    self.add_indicator(_without_source(text), el.page, found, [goal] if goal else goals)
                    return
            closing = closing_action_number(
                text, self._numbered_or_column_measure,
                self.goal_lookup.goal_by_number, self._action_number_brackets)
            if closing is not None and self._action_number_brackets:
                # the lead-in said the brackets are the actions' numbers: the section links
                # its meters to actions by number, and says so of each it links
                self._meters_numbered_in = self.section()
            if closing is not None:
                # 'antal besök i läxhjälpen (7)': the meter of action 7 (`action_number_rows`)
                goal = self._measure(closing[1]).goal
                self.add_indicator(_without_source(closing[0]), el.page, closing[1], [goal] if goal else goals)
                return
            area = closing_number(text) if self._action_number_brackets else None
            if area is not None and (goal := self._goal_of_action_prefix(area[1])):
                # '... (1)' in a list whose brackets hold the actions' dotted numbers ('(1.1)'):
                # the number the actions are numbered under, the meter of that area's goal and
                # of no one action (fifty-fifth set)
                self.add_indicator(_without_source(area[0]), el.page, None, [goal])
                return
            named_area = _CLOSING_NAME_RE.search(text)
            if named_area and self._area_brackets and text[:named_area.start()].strip() \
                    and not bare_number(named_area.group(1)):
                tops = self.goal_lookup.goals_of_theme(named_area.group(1))
                if tops and len({squash(g.text) for g in self.b.goals if g.id in tops}) == 1:
                    # '... (Arbete och utbildning)': the area it follows up named by its
                    # theme, a meter of that area's goal; a bracket naming only the area
                    # ties it to no one action, whatever words it shares with one
                    # (fifty-fifth set)
                    self.add_indicator(_without_source(text[:named_area.start()].rstrip()), el.page, None,
                                       [tops[0]])
                    return
            lettered = closing_goal_letter(text)
            if lettered is not None and (goal := self.goal_lookup.goal_by_number(lettered[1])):
                # '... efter tre år (A)': the goal known by the letter (`goal_mark_columns`)
                self.add_indicator(_without_source(lettered[0]), el.page, None, [goal])
                return
            iid = self.add_indicator(_without_source(text), el.page, self._named_measure(text), goals)
            if text[:1].isupper() and not num:
                # (an item in capitals may be a sentence of the routine: dropped again if a
                # later item of the list speaks of the indicators themselves)
                self._routine_candidates[self._element_at] = iid
            if self.stack and self.stack[-1].area_goals:
                self.area_indicators.add(iid)
            return
        own_meter = None
        if (metered := closing_meter(text)) is not None \
                and (trailing_actors(metered[0]) is not None or item_fields(metered[0], el) is not None):
            # '<action> – ansvar: X; tidtabell: T. Mätare: M': the item's who and when, then
            # its meter as the last field -- that action's indicator, no part of its fields
            # (`cell_meters.closing_meter`)
            text, own_meter = metered
            inline = item_fields(text, el)
        timed = leading_time_label(text)
        if timed and self._timeline_of_stated_goal(trailing_actors(timed[1]) is not None):
            # 'Hösten 2025: X (kommundirektören).' under the paragraph stating the goal: an
            # action of the timeline, its time label its schedule (`timeline_items`)
            # (the sentence's full stop after the doer's bracket set off, so the bracket
            # closes the item as a tail does)
            paren_time = paren_time or timed[0]
            text = re.sub(r"\)\s*\.\s*$", ")", timed[1])
            inline = item_fields(text, el)
        else:
            timed = None
        # (a doer in the place the document's items put theirs, '(småbarnspedagogiken; 2026)',
        # names one as a known doer does: `parenthesis_doers`)
        own_doer = bool(inline) or trailing_actors(text) is not None \
            or (self._doers_in_parentheses and parenthesis_in_actors_place(text) is not None) \
            or (self._doers_after_dashes and dash_doer_tail(text) is not None)
        # (an action of a goal outline flattened into the list: of the goal item above it)
        outline_goal = self._outline_item_goal if self._in_goal_outline() else None
        if timed or outline_goal or self.in_measure_scope() or self.list_mode == "measure" or (num and "." in num) \
                or self._list_of_goal_heading(own_doer=own_doer) \
                or self._action_of_stated_goal(own_doer=own_doer, item=text) \
                or self._list_after_goal_heading(own_doer=own_doer):
            if (task := coded_task(text)) is not None:
                # 'AF-1 Uppgift: <task> (tillsammans med X) (5) – 2026' under the heading of the
                # person doing it: the task, of goal 5, its code kept for the follow-up table
                # (`checklist_items.coded_task`)
                goal = next((g for n in task.goal_numbers if (g := self.goal_lookup.goal_by_number(n))), None)
                unit = self.unit()
                resp = [person_named(unit)] if unit and unit in self.item_units else []
                sched, start, end = parse_schedule(task.schedule)
                mid = self.add_measure(task.text, el.page, [goal] if goal else self.current_goals(),
                                       responsible=resp, partners=task.partners, schedule=sched,
                                       start_year=start, end_year=end, printed=as_printed(squash(text)))
                self.coded_measures.setdefault(task.code, mid)
                self.list_measures.append(mid)
                return
            grp = self.group_number()
            if num and grp and num == grp and not self.group_had_items:
                num = f"{grp}.1"  # 'N.' opening the actions of group N is its first action, N.1
            if self.list_continues:
                text = without_list_joint(text)
            printed = None  # the item with the who/when tail cut off its text, if one is
            subject_doer: list[str] = []
            closed_by_doer = False  # the item's doer read in a tail closing it
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
                # (a tail closing the sentence is cut off -- unless all the fields came on
                # lines printed apart from the item, `item_fields`: the layout gave the doer
                # its own place, and a bracket closing the item, '… skoldagen
                # (Finlandsmodellen)', is the action's wording)
                if len(fs) > len(el.fields):
                    text = _without_tail(text)
                # 'Språkcafé – Biblioteket ordnar ... Ansvarig: X.': the name before the dash
                # is the action, the sentences after it describe it (`titled_items`)
                text = titled_action(text, closed=True) or text
                # '2.1 Kommunen erbjuder ... . Platserna finns inom ... . Ansvarig: X.': the
                # first sentence of a numbered action paragraph is the action, the sentences
                # before its fields explain it (`titled_items.described_numbered_action`)
                text = described_numbered_action(text) or text
                if not resp:
                    # 'X ordnar ... Samarbete: Y.': only partners in the fields, the doer the
                    # subject of the sentence (settled with the section's other items)
                    subject_doer = subject_actors(squash(text))
                if resp and not partners \
                        and (with_cut := partners_closing_item(text)) is not None:
                    # '<action> tillsammans med X och Y. Ansvar: Z. Tidtabell: 2026.': the fields
                    # closing the item name its doer and no partner, so the cooperation phrase
                    # closing the action's sentence right before them is the partner part of
                    # that who/when record (`partners_in_text.partners_closing_item`), cut off
                    # the action; the sentence with the phrase stays its printed form, as the
                    # writers keeping the phrase read it. A field naming partners
                    # ('Samarbete: W') leaves the phrase in what is done.
                    printed = squash(text).rstrip(".").strip()
                    text, partners = with_cut
                if text == printed:
                    printed = None  # fields the element carried (`item_fields`): nothing was cut
            else:
                unit_partners: list[str] = []
                if self.unit() in self.item_units and (cut := partners_before_time(text)) is not None:
                    # '… i samarbete med X (2026)', '… (med X) – 2026' under the heading of the
                    # body that does it: the partner in the item's tail, cut off the action
                    # with its time (`partners_before_time`)
                    printed = squash(text)
                    text, unit_partners = cut
                elif checklist_item(el.text) and (cut := partners_before_tail(text)) is not None:
                    # '☐ Vi ordnar X i samarbete med Y och Z (enheten, 2026)': a checklist's
                    # task, whom it is done with said right before its doer and time -- part
                    # of that tail, no part of the task (`partners_before_tail`)
                    printed = squash(text)
                    text, unit_partners = cut
                tail = trailing_actors(text)
                # '(småbarnspedagogiken, fortlöpande)', or units alone with no time
                # ('(småbarnspedagogiken och skolan)', `units_in_actors_place`)
                same_place = parenthesis_in_actors_place(text) or units_in_actors_place(text)
                from_place = tail is None and same_place is not None and (self._doer_in_parenthesis
                                                                          or self._doers_in_parentheses)
                if tail is None and not from_place and self._doers_after_dashes \
                        and (dashed := dash_doer_tail(text)) is not None:
                    # '… – biblioteket' in a document closing its items with the doer after a
                    # dash (`dash_doers`): that doer, cut off the action as a parenthesis is
                    same_place, from_place = dashed, True
                    if not dashed[1][2] and (timed := closing_dated_time(text[:dashed[0]])) is not None:
                        # '<action>, från januari 2027 – <doer>': the dated time said between
                        # the action and its doer is the item's (`closing_times`)
                        same_place = (len(timed[0]), (dashed[1][0], dashed[1][1], timed[1]))
                if from_place:
                    # such a parenthesis among items whose closing parenthesis holds their
                    # doer and time: its doer, in that place
                    tail = same_place[1]
                elif actors_parenthesis_start(text) is not None and tail and tail[2]:
                    self._doer_in_parenthesis = True
                resp, partners, when = tail or ([], [], None)
                if unit_partners and not partners and resp:
                    partners = unit_partners  # the checklist task's partners, cut off above
                closed_by_doer = bool(resp)
                if not resp and paren_doer:
                    # the doer the goal's parenthesis named ('(Mål 5 – X – våren)')
                    resp, partners = split_actors(paren_doer)
                if not resp and (assigned := assigned_actors(text)) is not None:
                    # 'Bildningsnämnden ges i uppdrag att ...': the body assigned (`assignments`)
                    resp, partners = assigned
                if not resp and self.unit() in self.item_units:
                    # listed under the heading of the body that does it ('Bilaga 1. Åtgärder
                    # per ansvarig aktör' > 'Medborgarinstitutet'): that body, and the partner
                    # the item names ('... i samarbete med X')
                    resp = [self.unit()]
                    partners = partners or unit_partners or partners_named_in_action(text)
                if not resp:
                    # no doer at its end: its subject may name one, with partners
                    resp, partners = leading_actors(text) or (resp, partners)
                dash_doer = doer_before_dash(text) if not resp else None
                if dash_doer:
                    # 'X rf – simskola för vuxna (2025–2027)': the body named before the dash
                    # does what the lower-case rest says (`actors.doer_before_dash`)
                    resp = [dash_doer[0]]
                if not resp:
                    # nor with partners: perhaps the named subject doing it ('Biblioteket
                    # köper in ...'), settled when the section ends (`_settle_subject_doers`)
                    subject_doer = (subject_actors(squash(text))
                                    or subject_from_intro(squash(text), self._intro_text if self.list_intro else ""))
                # the tail read for who and when is cut off the action: a doer read in the
                # actors' place (a name the actor reader does not know) at its parenthesis
                action = text[:same_place[0]].rstrip() if from_place else _without_tail(text)
                if action == text and tail and (self._doers_in_parentheses or self._doer_in_parenthesis) \
                        and (cut := laid_out_parenthesis_start(text)) is not None:
                    # '... (integrationskoordinatorn).' among items closing with '(X, <time>).':
                    # the doer alone in the list's who/when place, closed by the full stop as
                    # its siblings are -- metadata, no apposition (`laid_out_parenthesis_start`)
                    action = text[:cut].rstrip()
                # 'Språkcafé – Biblioteket ordnar språkcafé ... finska.' (its fields on lines
                # of their own): the name is the action (`titled_items`)
                action = titled_action(action) or action
                if dash_doer and (cut := doer_before_dash(action)):
                    action = cut[1]
                inner = trailing_actors(action) if tail else None
                if inner and not inner[0] and inner[1] and not inner[2]:
                    # '... (tillsammans med X) – ansvar: Y': the partners in brackets closing the
                    # sentence, its doer in the tail after it
                    partners = [*partners, *(p for p in inner[1] if p not in partners)]
                    action = _without_tail(action)
                if action != text:
                    printed, text = text, action
            if not resp and self.agreement_list:
                # an item completing 'Vi har kommit överens om att': its subject does it
                said = prose_action(squash(text))
                resp, partners = agreed_doers(said)
                subject_doer = []
                when = when or (said.schedule if said is not None else None)
            dated = None
            if not (when or paren_time) and (dated := closing_time(text) or closing_dash_time(text)) is not None:
                # '... (2026)': the time alone in parentheses closing the item is its schedule,
                # no part of what is done (`closing_times`, as in a table's action cell)
                printed = printed or text
                text, paren_time = dated
            if closed_by_doer and dated is not None and not partners \
                    and (with_cut := partners_closing_item(text)) is not None:
                # '… i samarbete med X och Y – fortlöpande (biblioteket)': the partners said
                # between the action and its time, the doer closing the item, belong to the
                # who/when tail, cut off the action (`partners_in_text.partners_closing_item`).
                # Right before the doer ('… i samarbete med Medis – Medis, hösten 2026', '… i
                # samarbete med föreningarna (fritidssektorn)') the phrase ends the action's
                # sentence and stays in it, as writers keep it
                printed = printed or text
                text, partners = with_cut
            sched, start, end = parse_schedule(when or paren_time)
            text, ref_goal = self._goal_reference(text)
            if not ref_goal and (named_ref := goal_named_in_closing_parenthesis(text)) is not None \
                    and (found_goal := self.goal_lookup.goal_named_by_field(named_ref[1])):
                # '… (Mål: Fler i arbete året om) – ansvar: X – 2026': the goal named by its
                # words in the parenthesis closing the action (`reference_tails`), no part of it
                printed = printed or text
                text, ref_goal = named_ref[0], found_goal
            # 'Mål: Språk.' among the item's fields: the goal so named (by its theme, its
            # words or its number), as a table's goal column names it
            named_goal = next((v for role, _, v in (inline[1] if inline else []) if role == "goal"), None)
            if named_goal and not ref_goal:
                ref_goal = (self.goal_lookup.goal_by_number(named_goal)
                            or self.goal_lookup.goal_named_by_field(named_goal))
            goals = ([ref_goal] if ref_goal else [paren_goal] if paren_goal
                     else [outline_goal] if outline_goal
                     else self.goal_lookup.goals_by_action_number(num, self.current_goals()))
            # ('3) Språkcafé …': an item numbered with a bracket is numbered so too, for a
            # table keying its fields by the actions' numbers, `paren_numbers`)
            mid = self.add_measure(text, el.page, goals, number=num or paren_number(text), responsible=resp,
                                   partners=partners, schedule=sched, start_year=start, end_year=end,
                                   printed=as_printed(printed))
            if own_meter:
                self.add_indicator(own_meter, el.page, mid, goals)
            if step is not None:
                self.step_measures.setdefault((self.section(), step[0]), mid)
            if not resp:
                self.subject_doers[mid] = subject_doer
            self.list_measures.append(mid)
            self.group_had_items = True
            if self.stack and self.stack[-1].goal_id is not None:
                self._goal_heading_actions = True
            return
        if (meter := labelled_meter(text)) is not None and (goal := self.heading_goal() or self._one_stated_goal()):
            # '• Så mäter vi: andelen ...' under a slide's goal heading, read as nothing else:
            # the label names its role, the heading its goal (`meter_label_items`)
            # ... or the one goal its section's text stated ('Målsättning: …' over the
            # objective's '• Nyckelresultat: …' items, `guide_codes`)
            self.add_indicator(meter, el.page, None, [goal])
            return
        coded = CODED_ITEM_RE.match(text) or SINGLE_LETTER_ITEM_RE.match(text)
        if coded:
            self.coded_items[coded.group(1)] = (squash(coded.group(2)), el.page, self.theme())

    def _action_by_place(self, num: str, goals: list[str]) -> str | None:
        """The N-th action of the goals a follow-up list is under ('(åtgärd 2)' below a
        section's unnumbered action table or list): where no action bears a printed number,
        the reference counts the section's own actions in the order printed."""
        own = [m for g in goals for m in self.measures_of_goal(g)]
        k = int(num) if num.isdigit() else 0
        if not 1 <= k <= len(own) or any(self.b.measure_number.get(m.id) for m in own):
            return None
        return own[k - 1].id

    def _stated_goal_by_place(self, num: str) -> str | None:
        """The K-th goal its section stated ('[mål 2]' under a section whose text listed its
        goals unnumbered, 'Vi vill att' / '• a' / '• b'): where no goal of the programme bears
        the number, the reference counts the section's own goals, in the order stated."""
        stated = self.stated_goals_in_scope()
        k = int(num) if num.isdigit() else 0
        return stated[k - 1] if 1 <= k <= len(stated) else None

    def _one_stated_goal(self) -> str | None:
        """The goal stated in the running text of the section, when it stated one."""
        stated = self.stated_goals_in_scope()
        return stated[0] if len(stated) == 1 else None

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
        # ... or whose items are dated, one closing with its time alone in parentheses
        # ('... (2026)'): when an item is carried out, an action's schedule (`timed_goal_lists`)
        return (bool(self.stack) and self.stack[-1].goal_id is not None and not self.list_intro
                and self.list_mode is None and (self._goal_heading_actions or own_doer or self._in_dated_list))

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
        # (an item its label calls a meter, 'Nyckelresultat: Alla … erbjuds …', states the
        # result looked for, no action, however its sentence reads: `meter_label_items`)
        # (... or another item of its list states one: a list holds items of one kind,
        # `builder._lists_where_an_item_states_an_action`)
        return own_doer or (self._stated_goals_had_actions()
                            and (prose_action(item) is not None or self._in_actions_list)
                            and labelled_meter(item) is None)

    def _timeline_of_stated_goal(self, own_doer: bool) -> bool:
        """An item opening with a time label and naming its doer ('Hösten 2025: En
        integrationskoordinator anställs (kommundirektören).') in the section that stated its
        goal ('Målet är att ... Arbetet är planerat som en tidslinje:'), in no list read as
        anything else: a timeline of the actions towards that goal. The time before the colon
        says when, the bracket who -- a list of past events has no doers to come."""
        return (own_doer and self.list_mode is None and bool(self.stack)
                and bool(self.stated_goals.get(self.stack[-1].section)))

    def _stated_goals_had_actions(self) -> bool:
        """Did the goals other sections stated in their text get actions (a list or table
        under them)? Then the programme prints its actions under its goal statements."""
        here = self.stack[-1].section if self.stack else None
        return any(self._have_measures(gs) for sec, gs in self.stated_goals.items() if sec != here)

    def _right_under_stated_goal(self) -> bool:
        """A list item in the section whose text stated its goal, introduced by no paragraph."""
        # (under a caption, the section it is printed in: a caption opens no section of its own)
        head = next((h for h in reversed(self.stack) if not h.caption), None)
        return head is not None and bool(self.stated_goals.get(head.section)) and not self.list_intro
