"""Reading tables row by row: the goals, measures and indicators of each row by its
columns' roles, with 'same as above' cells, group, section and continuation rows, goals
referred to by code, number or label, roadmap tables, and the actors of each row.

`TableReader` is a mixin of `builder.Builder`: its methods read and change the builder's
state.
"""

from __future__ import annotations

import re

from .label_vocab import GOAL_REFERENCE_WORDS, GOAL_SUB
from .goal_short_names import name_key, short_name_column
from .table_halves import (coded_half_columns, doer_half_columns, half_key, half_key_column, numbered_actions, summary_key, summary_key_column,
                           titled_sentence)
from .part_references import is_part_reference, part_reference, referred_targets
from .goal_item_references import goal_item_column, goal_item_reference, item_under_goal
from .partners_in_text import bracketed_partners, comma_set_partners, partners_closing_item, partners_named_in_action
from .translated_columns import own_language, translated_header
from .actors import (actors_by_qualifier, labelled_field_tail, who_when_cell, actors_parenthesis_start, parenthesis_in_actors_place,
                     post_parenthesis, split_actors, trailing_actors)
from .align import align
from .organisation_columns import organisation_actors, organisation_columns
from .parallel_lines import lines_per_action
from .theme_rows import is_lettered_capital_theme, without_theme_letter
from .action_title_rows import action_title, capital_section_title, goal_spoken_of
from .named_action import action_named_by
from .key_column_carry import grouping_key_column
from .theme_lead_in import theme_lead_in
from .groups_not_actions import without_group_rows
from .grouping_columns import grouping_column
from .paren_numbers import actors_by_number, paren_number
from .number_ranges import NUMBER_LIST, expand_numbers
from .parallel_rows import is_none, items_of, parallel_actions
from .inline_lists import inline_list, lettered_reference, names_action_of_steps
from .past_series import follow_up_named, past_years_only
from .unit_columns import unit_column
from .goal_numbered_segments import goal_numbered_segments
from .group_rows import group_time, leading_group_time
from .cell_meters import split_cell_meters
from .cells import METER_HEADER_RE
from .cells import semicolon_parts as _semicolon_parts
from .closing_times import closing_time
from .semicolon_actions import semicolon_actions, serial_table
from .figure_meters import without_closing_target

# a meter column's header naming the target printed with each meter ('Mätare och målnivå',
# 'Indikator (målvärde 2028)', 'Mätare / mål')
_NAMES_TARGET_RE = re.compile(r"\b(?:mål|målnivå|målnivåer|målvärde|målvärden|målsättning)\b", re.I)
from .action_goal_links import action_code, first_goal_ref, goal_links
from .goal_tied_rows import goal_tied_cells, tied_goal
from .goal_action_ranges import action_range_column
from .action_references import action_number_column
from .cells import column_width, first_person_lines, split_goal_cell, split_indicator_cell, split_marked_items
from .elements import Element, _continues_row as continues_row
from .code_reference_columns import AREA_NAMED_RE, code_reference_column, dotted_numbers, letter_area_codes
from .heading_references import heading_reference, heading_reference_column, referred_part
from .goal_lookup import bare_code, bare_number, goals_carried_into, number_letter_code
from .ended_rows import follow_up_timetable, follow_up_timetable_caption
from .other_plans import keyed_by_other_plan, points_elsewhere, points_to_other_plan
from .parent_goal_fields import hang_under_higher_goal, names_higher_goal
from .name_columns import name_column
from .short_action_names import meter_column_names, name_key as action_name_key
from .goal_group_rows import (capital_area_goal, goal_group_rows, row_area_goal, group_row_goal, numbered_group_rows,
                              repeats_row_above)
from .headers import (without_effect_under_goal, follow_up_label, header_roles, is_label_cell, is_structure_header, labelled_as_theme, map_columns,
                      target_group_column, unit_header_column, theme_column)
from .matrix import mark_actors, mark_columns, marked_years, without_marked_phase_times, year_mark_columns
from .prose import count_and_share, count_list, followed_up_by, is_goal_heading, names_report_only
from .part_headings import part_label, part_label_column
from .theme_goal_references import theme_goal_reference
from .action_codes import CHAPTER_CODE, without_action_key
from .horizon_columns import cell_actions, horizon_columns, labelled_goal
from .roadmap import split_doer, starts_action, year_columns
from .schedule import parse_schedule
from .target_columns import names_no_words
from .titled_items import described_numbered_action, titled_action
from .action_number_rows import give_goal_to, labels_action_numbers
from .text import BULLET_RE, DASH_ONLY_RE, DITTO_RE, KEY_NUMBER_RE, NUMBERED_RE, numbering, sentences, squash, strip_marker, words
from .theme_labelled_meters import WHOLE_PROGRAMME_CELL_RE
from .reader_shared import (heading_number, theme_name, caption_theme, names_section, _GOAL_BY_LABEL_RE,
                            _GOAL_CODE, dotted_goal_label, labelled_item, headers_of,
                            as_printed, _without_tail, is_title_of_nouns, Head)


# a column headed by a sub-goal's label alone ('Delmål', 'Delmål nr'): the level below a goal
_SUB_GOAL_HEADER_RE = re.compile(rf"^(?:{'|'.join(GOAL_SUB)})(?:en)?(?:\s+(?:nr|nro|no)\.?)?\s*$", re.I)

def _merged_text(row: list[str], merged: set[str]) -> str | None:
    """The text of a row merged across the table (its one filled cell, one of `merged`)."""
    filled = [x.strip() for x in row if x.strip()]
    return filled[0] if len(filled) == 1 and filled[0] in merged else None


# a row's own number printed before its cell ('5. mål 3' in a print that numbers the rows)
_ROW_NUMBER_RE = re.compile(r"^\d{1,2}\.\s+(?=\D)")


def _glue_continuation_rows(rows: list[list[str]], pages: list[int], merged: set[str] = frozenset(),
                            header: list[str] | None = None) -> tuple[list[list[str]], list[int]]:
    """Rows that only continue the row above (a table finder that cut a row at its line
    breaks: cells starting mid-sentence) are glued back to it. A row merged across the
    table (its one text in `merged`) is a whole row of its own: nothing is glued to it, and
    it is glued to nothing (a goal's sub-goal in the next merged row may start lower-case)."""

    def is_merged(row: list[str]) -> bool:
        return _merged_text(row, merged) is not None

    out: list[list[str]] = []
    out_pages: list[int] = []
    for row, page in zip(rows, pages):
        if out and continues_row(row, out[-1], header) and not (is_merged(row) or is_merged(out[-1])):
            prev = out[-1]
            for c, cell in enumerate(row):
                if cell.strip() and c < len(prev):
                    prev[c] = f"{prev[c]}\n{cell}" if prev[c].strip() else cell
            continue
        out.append(list(row))
        out_pages.append(page)
    return out, out_pages


# (or a chapter's code and a letter, 'V.a kansliet', as `action_codes.CHAPTER_CODE`)
# (or the number a row's actions are counted by within the row, '1) X' / '2) Y' in the
# action cell and '1) Bildningsväsendet' / '2) Fritidsbyrån' beside it: `paren_numbers`)
_KEYED_LINE_RE = re.compile(rf"^\s*(\d{{1,2}}(?:\.\d{{1,2}})+|{CHAPTER_CODE}|\d{{1,2}}(?=\)))[.)]?(?:\s+(\S.*))?$")


# '1) Fortlöpande, 2) 2026, 3) Från 2026': the numbered parts of a cell run on in one line
_INLINE_PAREN_NUMBER_RE = re.compile(r"(?:^|(?<=[\s,;]))(\d{1,2})\)\s+(?=\S)")


def _inline_numbered_lines(text: str) -> list[str]:
    """The cell's lines, a line that runs on numbered parts counted from its start ('1) A, 2)
    B, 3) C', the parts a field printed in one line) cut into one line a part, without the
    comma or semicolon that joined them."""
    out: list[str] = []
    for ln in text.splitlines():
        marks = list(_INLINE_PAREN_NUMBER_RE.finditer(ln))
        if (len(marks) < 2 or ln[:marks[0].start()].strip()
                or [int(m.group(1)) for m in marks] != list(range(int(marks[0].group(1)),
                                                                   int(marks[0].group(1)) + len(marks)))):
            out.append(ln)
            continue
        ends = [m.start() for m in marks[1:]] + [len(ln)]
        out += [ln[m.start():end].strip().rstrip(",;").strip() for m, end in zip(marks, ends)]
    return out


def run_on_numbered_cell(text: str) -> str:
    """A cell whose numbered parts run on across its wrapped lines ('1) X, i samarbete med Y' /
    'Z 2) W 3) V' / '…'), one part a line: a print that set a cell's numbered lines as one
    paragraph (a card's field) wraps them where the width ends, not at each number. Read only
    when the cell opens with the first number and the numbers run on from it, one after
    another; any other cell is returned as it is."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 1 or not _INLINE_PAREN_NUMBER_RE.match(lines[0].strip()):
        return text
    if all(len(list(_INLINE_PAREN_NUMBER_RE.finditer(ln.strip()))) <= 1 and _INLINE_PAREN_NUMBER_RE.match(ln.strip())
           for ln in lines):
        return text  # one part a line already
    parts = _inline_numbered_lines(squash(text))
    return "\n".join(parts) if len(parts) > 1 else text


def keyed_parts(text: str, numbers: list[str | None]) -> list[str] | None:
    """A cell beside numbered actions ('1.1 ...', '1.2 ...') that repeats their numbers
    ('1.1 Vuxeninstitutet' / '1.2 Integrationskoordinatorn', '1.1 Fortlöpande' / '1.2 2026'):
    its part for each action, in the actions' order and without the number, else None. A line
    without a number goes on the part above (a narrow cell wrapped it)."""
    if not text or len(numbers) < 1 or not all(numbers):
        return None
    parts: dict[str, list[str]] = {}
    last = None
    for ln in _inline_numbered_lines(run_on_numbered_cell(text)):
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


_ACTOR_ROLES = frozenset(("responsible", "actors", "partners"))


# a goal's label and number alone in a cell: 'Mål 3', 'Delmål 2.1:'
_BARE_GOAL_LABEL_RE = re.compile(rf"^\s*(?:del|huvud)?(?:mål|målsättning)\s+(?P<code>{_GOAL_CODE})\s*[.:]?\s*$", re.I)


def _goal_label_rows(rows: list[list[str]], roles: dict[int, str] | None = None) -> list[list[str]]:
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
        # (a meter beside 'Mål 3' -- 'Indikator | Hör till | Källa', its source the same as
        # the row above's -- is the meter of goal 3, no goal: the label refers to the goal
        # the meter follows up, sixty-eighth set)
        text_col = next((c for c in own if c not in labels), None)
        if (len(own) == 2 and len(labels) == 1 and any(ch.isalpha() for ch in text)
                and (roles or {}).get(text_col) != "indicator"):
            # a record prints the number as a field after the text ('Åtgärd: ...' / 'Nr: Mål 3')
            joined = [""] * len(row)
            joined[own[0]] = f"{squash(row[labels[0]]).rstrip('.:')}: {text}"
            out.append(joined)
        else:
            out.append(row)
        above = row
    return out


def _theme_row(row: list[str], above: list[str]) -> str | None:
    """The theme a group row names by a theme's label and code ('Tema A: Språk och lärande',
    'Insatsområde 2 – Arbete', `headers.labelled_as_theme`), its one cell of its own (the others
    empty or repeating the row above, a print that fills every cell 'as above'), else None."""
    own = [x for c, x in enumerate(row)
           if x.strip() and not (c < len(above) and squash(above[c]) == squash(x))]
    if len(own) != 1 or not labelled_as_theme(squash(own[0])):
        return None
    return theme_name(squash(own[0])) or None


def _goal_cell_below(rows: list[list[str]], k_row: int, goal_cols: list[int]) -> bool:
    """Whether the next row with any text states a goal of its own in a goal column (a theme
    row over goal rows, not a goal whose actions follow with their goal cells empty)."""
    for row in rows[k_row + 1:]:
        if any(x.strip() for x in row):
            return any(c < len(row) and row[c].strip() for c in goal_cols)
    return False


def _counts_of(indicator: str) -> list[str]:
    """An indicator cell's item as the counts it lists ('antal X, antal Y och antal Z', as a
    'Mätare:' line under a list of actions gives them), else the item as it is."""
    counts = count_list(indicator)
    return counts if len(counts) > 1 else [indicator]


def _count_and_share_of(indicator: str) -> list[str]:
    """The count and the share (or level) an indicator item names joined by 'och' / 'samt'
    (`prose.count_and_share`), else the item as it is, as printed."""
    parts = count_and_share(indicator)
    return parts if len(parts) > 1 else [indicator]


# a cell that names a goal by its number alone ('Mål 3', 'Delmål 2.1')
_ACTION_NUMBER_RE = re.compile(r"\d+(?:\.\d+)+")


def _refers_by_number(text: str) -> bool:
    """A cell of action numbers only ('4.1.1–4.1.3', '2.1, 2.2'): no word names an action."""
    return any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text)


# a cell naming actions by the label and numbers they were printed with ('Åtgärd 7',
# 'Åtgärd 8–9', 'Åtgärderna 3 och 4', 'Insats 2, 5'): only numbers after the label
_ACTION_LABEL_REF_RE = re.compile(
    rf"^(?:åtgärd(?:erna|er)?|insats(?:erna|er)?)\s+(?P<nums>{NUMBER_LIST})$", re.I)


# 'Mål C': a goal named by its letter alone
_LETTERED_GOAL_REF_RE = re.compile(r"(?i:mål)\s+[A-ZÅÄÖ]")
# a goal reference in brackets alone in an action cell ('(mål 3)' among task codes)
# (the label words: the shared goal-reference list, label_vocab.GOAL_REFERENCE_WORDS)
_BRACKETED_GOAL_REF_RE = re.compile(r"\((?i:" + GOAL_REFERENCE_WORDS + r")\s+[^()]+\)")


# a goal's number and a column group's letter ('3B'): the code of an action of a table of
# repeated column groups (`column_groups`)
_GROUP_CODE_RE = re.compile(r"\d{1,2}[A-Z]")


def _code_alone(cell: str) -> str | None:
    """The code a cell holds alone: a short code ('Å2.1', `goal_lookup.bare_code`), an
    action's own code ('INT-03', `action_goal_links.action_code`) or a goal's number with its
    column group's letter ('3B')."""
    flat = squash(cell or "")
    return bare_code(cell) or action_code(cell) or (flat if _GROUP_CODE_RE.fullmatch(flat) else None) \
        or lettered_reference(flat)


def repeats_group_key(rows: list[list[str]]) -> bool:
    """The table's first column, the one its rows are grouped by (an area, a unit), filled on
    every row and printing a value again in the row right under it ('Arbete' / 'Arbete' /
    'Språk'): the table repeats what it could have left empty as 'same as above', so an empty
    cell in another column ('Samarbete' left empty) says there is none, not that the row
    above's value goes on. A first column left empty under its group's first row ('Ansvarig
    enhet' filled once per unit) uses 'same as above', whatever a column right of it repeats
    (a goal or its number beside each action)."""
    keys = [squash(r[0]) if r else "" for r in rows if any(x.strip() for x in r)]
    return len(keys) >= 2 and all(keys) and any(a == b for a, b in zip(keys, keys[1:]))


def labelled_action_numbers(text: str) -> list[str] | None:
    """The action numbers a cell names after the word for an action ('Åtgärd 8–9' -> ['8',
    '9'], 'Åtgärd 4.2' -> ['4.2'], 'Åtgärderna 3 och 5' -> ['3', '5']): a range is each number in it
    (`number_ranges`). None for a cell that states an action."""
    # an item number a print gave the row ('6.1 Åtgärd 1') is no part of the reference
    m = _ACTION_LABEL_REF_RE.match(NUMBERED_RE.sub("", squash(text or ""), count=1).rstrip("."))
    if not m:
        return None
    return expand_numbers(m.group("nums"))


def _titles_goals_below(goal_texts: list[tuple[int, str]], rows: list[list[str]], k: int) -> bool:
    """A row whose one text, in a goal column, is a theme's name (`is_title_of_nouns`, no
    goal label) and whose next row states a goal in that column (more words than a title):
    the title of the goals below. A goal heading the rows below ('Öka kompetensen inom
    integration' over its sub-goals) names what is to change, and stays a goal."""
    if len(goal_texts) != 1 or k + 1 >= len(rows):
        return False
    c, text = goal_texts[0]
    below = squash(rows[k + 1][c]) if c < len(rows[k + 1]) else ""
    if is_lettered_capital_theme(text):
        # 'A. ARBETE OCH NÄRINGSLIV' over a goal however short, and whatever words the name
        # holds ('E. DELAKTIGHET OCH GODA RELATIONER'): the letter and the capitals say theme,
        # and a goal stated below in ordinary case is one of its goals
        return len(words(below)) > 1 and not is_lettered_capital_theme(below)
    # a lettered theme ('A. SPRÅK OCH UTBILDNING') is titled by its name (`theme_rows`)
    text = without_theme_letter(text)
    if not is_title_of_nouns(text) or is_goal_heading(text):
        return False
    return len(words(below)) > 4


# Tables of a text dump (tab-separated rows, HTML cells without paragraphs): a cell is one
# line however many lines the print gave it, so a cell of indicators listed one per line
# arrives as sentences run together.
_LINELESS_TABLES = ("tsv", "html")


def _inline_record_follow_up(method: str, ind_txt: str, inds: list[str], targets: list,
                             row_measure) -> bool:
    """A record's follow-up field (a label-value row: 'Så följer vi upp: antal X; andel Y')
    that runs several meters on one line, split at semicolons, beside several actions: an
    inline list is the record's, said of all its actions, no column parallel to them. (A
    wrapped line may break it: what counts is that no line opens with a list mark and the
    semicolons part it into exactly its meters.)"""
    if method != "label-value" or row_measure or len(targets) < 2 or len(inds) < 2:
        return False
    if any(BULLET_RE.match(ln) for ln in ind_txt.split("\n")):
        return False
    return len([x for x in squash(ind_txt).split(";") if x.strip()]) == len(inds)


def _sentence_lines(cell: str) -> str:
    """A cell's sentences one per line, for a cell whose printed line breaks were lost; lines
    it has (an HTML cell's paragraphs) stay where they are."""
    return "\n".join(s for ln in cell.split("\n") for s in sentences(ln))


# a whole number, or one dotted by its goal ('7', '3.1'): an action's number in a column of no role
_DOTTED_NUMBER_RE = re.compile(r"\d+(?:\.\d+)*")


# a bare number in an action column: the action's place in its area's list ('2')
_PLACE_NUMBER_RE = re.compile(r"^\s*\d{1,2}\.?\s*$")


class TableReader:
    """`Builder.on_table` and what only it calls."""

    # {action cell's key: the measure} of the table being read whose action column names,
    # short, actions read before (`short_action_names.meter_column_names`)
    _named_short: dict[str, str] = {}

    def _caption_theme(self, caption: str, above: list[Head]) -> str | None:
        """The theme a caption over a table names, among the headings `above` it: the
        section's, when the caption names the table after it (`names_section`), else the one
        the caption names (`caption_theme`), else None."""
        section = self._theme_among(above)
        if section and names_section(caption, section):
            return section
        return caption_theme(caption)

    def _names_own_section(self, text: str, row: list[str], col: dict) -> bool:
        """A table row's action cell `text` is only the name of the section the table stands
        in (its heading without the number), in a row whose goal cell is filled and whose
        other cells are empty."""
        if "goal" not in col or not self.stack:
            return False
        if not (0 <= col["goal"] < len(row)) or not row[col["goal"]].strip():
            return False
        if any(c.strip() for k, c in enumerate(row) if k not in (col["goal"], col.get("measure"))):
            return False
        name = squash(theme_name(self.stack[-1].text)).rstrip(".").casefold()
        return bool(name) and squash(text).rstrip(".").casefold() == name

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

    def _on_roadmap(self, el: Element, prev: Element | None) -> bool:
        """A roadmap table (`roadmap.py`: 'Mål | 2025 | 2026 | ...'): each row a goal, each
        year cell with words an action starting that year, its doer in the parenthesis
        closing it; arrows and empty cells start nothing. True when the table was one."""
        t = el.table
        n_hdr = t.header_rows or 1
        headers = [h.strip() for h in headers_of(t, n_hdr)]
        years = year_columns(headers)
        horizons = None if years else horizon_columns(headers)
        years = years or horizons
        body = t.rows[n_hdr:]
        if not years or not any(starts_action(r[c]) for r in body for c in years if c < len(r)):
            return False
        caption = prev.text if prev is not None and prev.kind == "heading" else None
        theme = self.table_theme(caption)
        pages = el.pages[n_hdr:] if len(el.pages) >= len(t.rows) else [el.page] * len(body)
        gid: str | None = None
        # horizons alone ('Kort sikt | Lång sikt'): no goal column, the goal stated above
        # the table is the goal of every action (`horizon_columns`)
        goal_above = 0 in years
        if goal_above:
            gid = next(iter(self.current_goals()), None) or self.heading_goal()
            if gid is None:
                return False
        for row, page in zip(body, pages):
            goal = squash(row[0]) if row and not goal_above else ""
            if goal:
                # 'Målområde:\nGoal' in a horizon plan: the area is the goal's theme
                area, goal = labelled_goal(row[0]) if horizons else (None, goal)
                gid = self.add_goal(goal, page, parent=self.heading_goal(), theme=area or theme,
                                    from_table=True)
            if gid is None:
                continue  # an empty goal cell: the rest of the row above cut at a page end
            for c, year in years.items():
                if c >= len(row) or not starts_action(row[c]):
                    continue
                for item in (cell_actions(row[c]) if horizons else [row[c]]):
                    self._roadmap_action(item, year, page, gid, theme)
        return True

    def _roadmap_action(self, cell: str, year: str, page: int, gid: str, theme: str | None) -> None:
        """One action of a roadmap or horizon cell 'Text (Ansvarig)', scheduled by its column."""
        text, doer = split_doer(cell)
        resp, partners = split_actors(doer) if doer else ([], [])
        if doer and (closing := partners_closing_item(text)):
            # 'X byggs upp tillsammans med församlingen (fritidssekreteraren)': the phrase
            # right before the doer's bracket is whom the doer works with, part of the tail
            # (`partners_in_text.partners_closing_item`)
            text, partners = closing[0], [*partners, *closing[1]]
        sched, start, end = parse_schedule(year)
        # 'Text (Ansvarig)': the cell as printed, its doer in parentheses
        self.add_measure(text, page, [gid], from_table=True, theme=theme, responsible=resp,
                         partners=partners, schedule=sched, start_year=start, end_year=end,
                         printed=as_printed(squash(cell)) if doer else None)

    def _labelled_whole_numbers(self) -> set[str]:
        """The whole numbers actions were given, by which a table names them with their label
        ('Hör till': 'Åtgärd 7'): a card heading's ('Åtgärd 7' over the action's text) or a
        numbered list's ('7. <action>'), `code_reference_columns`."""
        printed = {n for n in self.b.measure_number.values() if n and "." not in n}
        return set(self.heading_numbered_measures) | printed

    def _coded_meter_table(self, t) -> tuple[int, dict[int, str]] | None:
        """(1, roles) of a table whose header names its meter column alone and a column of
        which refers to coded actions ('Leverans | Beskrivning | Mätare | Uppgift'),
        `code_reference_columns`; else None."""
        if len(t.rows) < 3:
            return None
        roles = map_columns(list(t.rows[0]), self.defined)
        if code_reference_column(t.rows[1:], roles, self.coded_measures, self._labelled_whole_numbers()) is None \
                and goal_item_column(t.rows[1:], roles) is None:
            # ('Mätare | Gäller | Uppgiftslämnare' with 'Mål 1 / åtgärd 2': the actions named
            # by their place under their goal, `goal_item_references`)
            return None
        t.header_rows = 1
        return 1, roles

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
        # (a column the document's reading guide names, 'Lösningarna i tabellen är
        # arbetsgruppens förslag', is that role's: a table holding it names no owners)
        roles = map_columns(headers, self.defined)
        kinds = set(roles.values())
        rest = {c: r for c, r in roles.items() if c != 0}
        if roles.get(0) in (None, "goal") and set(rest.values()) == {"partners"} and len(rest) == 1:
            # 'Spår | Samarbetsparter': the partners of each part alone, the part's actions
            # naming their own doers -- the row's partners take part in all of them (the
            # first column names the part, perhaps by the word the text defined as its goal's)
            part_col = next(iter(rest))
            for row in t.rows[n_hdr:]:
                name = squash(row[0]) if row else ""
                if name and part_col < len(row) and row[part_col].strip():
                    self.partners_by_part[theme_name(name).casefold()] = squash(row[part_col])
            return bool(self.partners_by_part)
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

    def unit(self) -> str | None:
        """The unit a heading in scope names as responsible for its actions."""
        return next((h.unit for h in reversed(self.stack) if h.unit), None)

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

    # ---- tables --------------------------------------------------------------------
    def on_table(self, el: Element, prev: Element | None) -> None:
        t = el.table
        # the goals the table read last ended with, for this one alone (`goal_lookup.goals_carried_into`)
        end_goals, self._table_end_goals = self._table_end_goals, None
        if t is None or not t.rows:
            return
        self._n_tables += 1
        self._coded_half = None
        self._quoted_tables.append([list(r) for r in t.rows])


        if self._note_owners_by_part(t) or self._on_roadmap(el, prev):
            return
        if (links := goal_links(t.rows, self.coded_measures, self.goal_lookup.goal_by_number)) is not None:
            # 'Åtgärd | Bidrar till mål': each coded action's main goal (`action_goal_links`)
            for mid, gid in links.items():
                m = self._measure(mid)
                m.goal, m.goals = gid, [gid]
            return
        # 'Åtgärd | Ansvarig | Tidtabell' over 'B1 | …': who does the coded actions and when,
        # the action column naming each by its code (`table_halves.coded_half_columns`)
        sc = self._coded_half = coded_half_columns(t, self.coded_measures, map_columns)
        sc = sc or self._structure_columns(t, self.layouts, self.defined, self.own_start,
                                       [(m.id, m.text) for m in self.b.measures]) or self._coded_meter_table(t)
        if sc is None:
            # 'Nr | Ansvarig | Tillsammans med | När': who does the numbered actions and when,
            # a half with no action column of its own (`table_halves.doer_half_columns`)
            sc = doer_half_columns(t, numbered_actions(self.column_numbered_measures, self.b.measure_number),
                                   self.b.measure_number, map_columns)
        if sc is None:
            return
        n_hdr, roles = sc
        hdrs = headers_of(t, n_hdr) if n_hdr else []  # the header cells, read once
        if n_hdr and keyed_by_other_plan(hdrs, roles, t.rows[n_hdr:]):
            # 'Plan | Åtgärd som stöder integrationen | Ansvarig': other plans' actions
            # (`other_plans.keyed_by_other_plan`)
            return
        heading_over = prev.text if prev is not None and prev.kind == "heading" else ""
        if n_hdr and (follow_up_timetable(hdrs, roles, [heading_over, *(h.text for h in self.stack[-1:])])
                      or follow_up_timetable_caption(heading_over)):
            # 'Tidpunkt | Uppföljning': when the programme is reported on, no meters; a table
            # captioned 'Tidplan för uppföljningen': the follow-up's events, no actions
            # (`ended_rows.follow_up_timetable`, `follow_up_timetable_caption`)
            return
        if n_hdr:
            # 'Första året' over crosses: a phase of the path marked, no time (`matrix`)
            roles = without_marked_phase_times(hdrs, t.rows[n_hdr:], roles)
        # 'Åtgärder': '1–3' in a goal table: the numbers of each goal's actions, no action
        # (`goal_action_ranges`)
        range_key = tuple(squash(h).lower() for h in hdrs)
        range_col = action_range_column(t.rows[n_hdr:], roles,
                                        bool(hdrs) and self._range_header == range_key)
        self._range_header = range_key if range_col is not None else None
        if range_col is not None:
            roles = {c: r for c, r in roles.items() if c != range_col}
        if (n_hdr and past_years_only(hdrs, self.own_start)
                and not follow_up_named([prev.text if prev is not None and prev.kind == "heading" else "",
                                         *(h.text for h in self.stack[-1:])])):
            # 'Indikator | 2021 | 2023 | 2025' before a programme for 2026–, under no heading
            # or caption of a follow-up: background statistics (`past_series`)
            return
        # (also by the dotted numbers a numbered list or an action table's 'Nr' column gave)
        numbered = {**{n: mid for mid, n in self.b.measure_number.items() if n}, **self.column_numbered_measures}
        if (ref_col := code_reference_column(t.rows[n_hdr:], roles,
                                             {**dotted_numbers(numbered), **self.coded_measures},
                                             self._labelled_whole_numbers())) is not None:
            # 'Mätare | Uppgift: U1.1': the meters of the actions coded so before
            roles = {**roles, ref_col: "measure"}
        elif (ref_col := action_number_column(t.rows[n_hdr:], roles, set(self.b.measure_number.values()))) is not None:
            # 'Indikator | … | Följer upp: åtgärd 4': the meters of the actions numbered so
            # before (`action_references`)
            roles = {**roles, ref_col: "measure"}
        elif (ref_col := heading_reference_column(t.rows[n_hdr:], roles, self.b.sections,
                                                  hdrs or None)) is not None:
            # 'Indikator | Följer upp: Nyckelåtgärd 1 / Insatsområde 3': the meters of the
            # parts headed so -- an action's box, an area's goal (`heading_references`)
            roles = {**roles, ref_col: "measure"}
        elif (ref_col := goal_item_column(t.rows[n_hdr:], roles)) is not None:
            # 'Mätare | Gäller: Mål 1 / åtgärd 2': the meters of the actions named by their
            # place under their goal, or of a whole goal (`goal_item_references`)
            roles = {**{c: r for c, r in roles.items() if c != ref_col}, ref_col: "measure"}
        if n_hdr and (unit_col := unit_column(hdrs, t.rows[n_hdr:], roles)) is not None:
            # 'Enhet | Åtgärder (mål) | ...': the unit answers for its row's actions (`unit_columns`)
            roles = {**roles, unit_col: "responsible"}
        caption = prev.text if prev is not None and prev.kind == "heading" else None
        # a follow-up table's action column naming actions read before by a short name
        # ('Indikator | Insatsområde | Åtgärd': 'Simundervisning'): each cell refers to that
        # action, states none (`short_action_names.meter_column_names`)
        mc0 = next((c for c, r in sorted(roles.items()) if r == "measure"), None)
        self._named_short = (meter_column_names([r[mc0] for r in t.rows[n_hdr:] if mc0 < len(r)],
                                                [(m.id, m.text) for m in self.b.measures])
                             if mc0 is not None and "indicator" in roles.values() else None) or {}
        theme = self.table_theme(caption)
        cap_num = heading_number(caption) if caption else None
        cap_num = cap_num if cap_num and cap_num.isdigit() else None
        heading_goal = self.heading_goal()
        if heading_goal and n_hdr:
            # 'Förväntad effekt' beside the actions under their goal's heading: no goal
            roles = without_effect_under_goal(hdrs, roles)
        goal_cols = [c for c, r in roles.items() if r == "goal"]
        col = {r: c for c, r in sorted(roles.items(), reverse=True)}  # first column of each role

        name_col = name_column(hdrs, roles) if n_hdr else None
        # a table of goals alone ('Nr | Nuläge | Önskat läge 2029'): each row a goal of its
        # own, none the heading of the rows under it (it has no rows of actions to head)
        goals_only = bool(goal_cols) and set(roles.values()) == {"goal"}
        sections = self._section_rows(t, n_hdr) if not goal_cols else set()
        body = _goal_label_rows(t.rows[n_hdr:], roles) if "goal" not in roles.values() else t.rows[n_hdr:]
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
            rows, pages = _glue_continuation_rows(body, body_pages, sections,
                                                  list(t.rows[0]) if n_hdr == 1 else None)
        widths = {c: column_width([r[c] for r in rows if c < len(r)]) for c in roles}
        if n_hdr:
            # an actor column too short to measure (a table of two rows) is as wide as the same
            # column of the programme's other tables under the same header: one layout,
            # repeated, whose names wrap alike. (Not the goal and action columns: a table fitted
            # to its text gives them the width their own text needs.)
            seen = self._widths_by_header.setdefault(tuple(squash(h).lower() for h in hdrs), {})
            for c, w in widths.items():
                if w is not None and roles.get(c) in _ACTOR_ROLES:
                    seen[c] = max(w, seen.get(c, 0))
            widths = {c: w if w is not None else seen.get(c) for c, w in widths.items()}
        # a responsibility matrix: the actors are the header's names, marked row by row
        # (a card of a matrix printed as cards names only the parties it marks: one alone, a
        # party of the matrix's cards read before, is a party still)
        mark_cols = mark_columns(hdrs, rows, roles, known=self._matrix_parties) if n_hdr else {}
        self._matrix_parties.update(mark_cols.values())
        # years as columns, marked 'x' in the years an action is carried out: its schedule
        year_cols = year_mark_columns(hdrs, rows, roles) if n_hdr else {}
        org_cols = organisation_columns(hdrs, roles, t.rows[n_hdr:]) if n_hdr and not mark_cols else []
        # two or more columns of who answers, one per organisation ('Ansvar inom kommunen |
        # Ansvar inom välfärdsområdet', 'Kommunens ansvar | Välfärdsområdets ansvar'): the
        # responsibility of a joint action split by who carries it; every column's unit
        # (a dash: that party none) is responsible, in the columns' order (sixty-eighth set)
        resp_cols = [c for c, r in sorted(roles.items()) if r == "responsible"] \
            if n_hdr and not mark_cols and not org_cols else []
        resp_cols = resp_cols if len(resp_cols) >= 2 else []
        self._widths = widths
        self._col = col
        # a table read back from a text dump's paragraphs (`flat_tables`): each line of a cell
        # is a whole paragraph, its wraps already joined -- no line goes on from the one above
        self._paragraph_lines = t.method == "flat-text"
        # 'Ansvar / Responsible': a column in two languages, its cells the same (`translated_columns`)
        self._translated_cols = ({c for c, h in enumerate(hdrs) if translated_header(h)}
                                 if n_hdr else set())
        # a table without a header has none to be printed again
        header_key = [squash(h).lower() for h in headers_of(t, 1)] if n_hdr else None
        # a caption alone between two pieces of one table ('Tema 3: … (sida 6)' over the
        # piece going on with the goal of the piece above, its merged goal cell printed on
        # the goal's first page only): the pieces are one table still, as across a repeated
        # header (`goals_carried_into`). A caption is set as the piece above's was (the same
        # heading level) and carries no section number; a section's heading between them
        # ('2.2 Arbete') or a caption stating a goal heads rows of its own
        captioned = (prev is not None and prev.kind == "heading" and end_goals is not None
                     and self._element_at - self._table_end_at == 2
                     and prev.level == self._table_caption_level
                     and heading_number(prev.text) is None
                     and not is_goal_heading(prev.text) and self.heading_goal() is None)
        cur_goals: list[str] = (self.current_goals() if not goal_cols
                                else goals_carried_into(self._last_table_el if captioned else prev,
                                                        header_key, end_goals))
        level_goal: dict[int, str] = {}  # goal column -> current goal (parents across columns)
        group_goal: str | None = None
        group_lower_run = False
        carry: dict[str, str] = {}
        # 'Vem och när': one column of who and when, its cells '<actor>, <time> (med <partner>)'
        # (`actors.who_when_cell`), where the table has no column of when
        who_when = bool(n_hdr) and "responsible" in col and "schedule" not in col \
            and "schedule" in header_roles(hdrs[col["responsible"]])
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
        theme_col = theme_column(hdrs) if n_hdr else None
        if n_hdr and goal_cols and theme_col is None:
            # ... or the target group of each goal ('Målgrupp | Mål | ...'), its theme as well
            theme_col = target_group_column(hdrs)
        if n_hdr and goal_cols and theme_col is None:
            # ... or a column of areas left of the goals, filled once per group
            # ('Landskapsregeringens riktlinje | Kommunens mål | ...', `grouping_columns`)
            theme_col = grouping_column(hdrs, rows, roles)
        area_above = ""  # an empty area cell: the area of the row above (filled once per group)
        # a column of the goals' short names beside them ('Kortnamn': 'Första tiden'), by
        # which the chapters after the table refer to each goal (`goal_short_names`)
        short_col = short_name_column(rows, roles, {theme_col} if theme_col is not None else set()) \
            if goal_cols else None
        if n_hdr and not goal_cols and theme_col is None:
            # ... or the word the programme numbers its parts with ('Steg' over rows naming
            # 'Steg 1. Ankomst ...' by its name, `part_headings`)
            theme_col = part_label_column(hdrs,
                                          {x for s in self.b.sections if (x := part_label(s.heading))})
        if n_hdr and not goal_cols and theme_col is None and self.item_units:
            # ... or the department ('Sektor': 'Bildningssektorn') in a programme whose parts
            # are headed by the department answering for them (`headers.unit_header_column`)
            theme_col = unit_header_column(hdrs)
        if theme_col is not None and not goal_cols:
            # a group the programme says holds no actions ('Uppgifter i bucket ”Administration”
            # ... är inte åtgärder', `groups_not_actions`): its rows go
            rows, pages = without_group_rows(rows, pages, theme_col, self.groups_not_actions)
        # actions numbered by their goal ('Nr': '3.1' beside the action of goal 3)
        number_goals = self.goal_lookup.goals_of_action_numbers(rows, roles, col.get("measure")) if not goal_cols else {}
        # goals stated alone in the action column over their actions (`goal_group_rows`)
        group_rows = goal_group_rows(rows, col.get("measure")) if not goal_cols and not sections else set()
        # ... or in the number column, led by the number its actions' numbers extend ('1.
        # Vägledning: <goal>' over '1.1', `numbered_group_rows`)
        numbered_groups = numbered_group_rows(rows, roles, col.get("measure")) if not goal_cols else {}
        row_theme = ""
        titled_goals: list[str] = []  # the goals of the theme a title row named (`action_title`)
        group_when = ""  # the time a group row gave the rows under it (`group_time`)
        # the right half of an action table printed in two halves: its rows are the actions
        # the left half numbered (`table_halves`)
        halves = numbered_actions(self.column_numbered_measures, self.b.measure_number)
        # (and the coded actions, 'B1', a table naming them by code gives doers and times to,
        # `table_halves.coded_half_columns`)
        halves.update({k: v for k, v in self.coded_measures.items() if k not in halves})
        coded_half = self._coded_half is not None and half_key_column(rows, roles, halves) is not None
        half_col = half_key_column(rows, roles, halves)
        # a summary restating the actions listed before, keyed by their numbers ('Nr': '1.1'
        # beside a short title): each row is the action so numbered (`table_halves`)
        summary_col = summary_key_column(rows, roles, self.b.measure_number) if half_col is None else None
        summary = {n: mid for mid, n in self.b.measure_number.items()} if summary_col is not None else {}
        # actions tied to their goal by a closing '(mål N)' in a table of no goal column
        # (`goal_tied_rows`)
        goal_tied = (not goal_cols and col.get("measure") is not None
                     and goal_tied_cells([r[col["measure"]] for r in rows if col["measure"] < len(r)],
                                         self.goal_lookup.goal_by_number))
        # an implementation table whose action column names only actions printed before, by
        # their numbers or codes ('Aktivitet': '1.1.1' | 'Huvudansvar' | 'Tidsperiod'): a plan
        # of those actions, each row giving its doers and time to the action it names
        mc = col.get("measure")
        named_cells = [r[mc] for r in rows if mc is not None and mc < len(r) and r[mc].strip()]
        refers_only = (not goal_cols and len(named_cells) >= 2
                       and all(_refers_by_number(squash(x)) and self._action_cell_reference(x)[0]
                               for x in named_cells))
        # a table printing its group's key again on every row ('Arbete' over 'Arbete'): it
        # leaves nothing to 'same as above', so an empty cell is empty (`repeats_group_key`)
        repeats_key = repeats_group_key(rows)
        # a follow-up list printed as a table: the meter and the area it belongs to, no other
        # column. A table giving each figure's source, frequency, baseline or target ('Tema |
        # Mätare | Källa', 'Avsnitt | Indikator | Frekvens') tracks statistics, which follow the
        # area's goals up whatever action words they use (blind23, blind77, blind106 ... keep
        # them the goal's)
        # ... with the meter first and its area named beside it ('Det här mäter vi | Område'):
        # a table keyed by its area first ('Område | Mätare', the area repeated down the first
        # column) lists each area's follow-up, as a goal-keyed table lists the goal's, its
        # meters the area's goal's and no one action's (fifty-ninth set)
        bare_area_list = (theme_col is not None and not goal_cols and "indicator" in col
                          and len(hdrs) == 2 and set(col.values()) | {theme_col} == {0, 1}
                          and col["indicator"] < theme_col)
        # a goal column of bare numbers counting goals stated unnumbered, in their order
        # ('Indikator | Mål | Källa': '1', '2', '2', '3'; `GoalLookup.goals_counted_in_order`)
        counted_goals = (self.goal_lookup.goals_counted_in_order([r[goal_cols[0]] for r in rows if goal_cols[0] < len(r)])
                         if len(goal_cols) == 1 and "measure" not in roles.values() else {})
        # a row stating its own goal with a list of actions and fewer meters than actions
        # reads its meters as the goal's; the meters other such rows pair with their actions
        # by count alone (`_goal_row_meters`)
        goal_row_meters: list[str] = []
        goal_level_row = False
        # the texts of the labelled goal rows ('Mål: <goal>'), which a title row may stand over
        # (`action_title`)
        goal_row_texts = {x for x, f in field_rows.items() if f[0] == "goal"}
        # a goal column headed with a year ('Mål 2029') holds the levels to reach, no goal keys
        dated_goal_cols = any(c < len(hdrs) and any(ch.isdigit() for ch in hdrs[c]) for c in goal_cols)
        # an action column listing a goal's actions in a sentence ('A, b samt c') in some cell
        # (`semicolon_actions.serial_table`): its 'A samt b' cells list two actions too
        # (or an earlier table of the document did: a table printed as cards is a run of them)
        serial_cells = getattr(self, "_serial_action_cells", False) or (
            "measure" in col and serial_table([r[col["measure"]] for r in rows if col["measure"] < len(r)]))
        self._serial_action_cells = serial_cells
        for k_row, (row, page) in enumerate(zip(rows, pages)):
            if not any(x.strip() for x in row):
                continue
            # the goal codes of this row that named no goal read so far (a legend after the table)
            unnamed_codes: list[str] = []
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
            if (not goal_cols or _goal_cell_below(rows, k_row, goal_cols)) and (
                    area := _theme_row(row, rows[k_row - 1] if k_row else [])):
                # 'TEMA A: SPRÅK OCH LÄRANDE' alone in its row (in the number column of a word
                # processor's unmerged group row, or merged across): the theme of the goal rows
                # and actions under it, no goal or action of its own; actions right under it
                # serve the goals the text gave under that theme, as under a title row
                # (in a table with a goal column, 'TEMAOMRÅDE 1: BOENDE' in the goal column over
                # rows that state their goals: the theme of those goals, no goal itself)
                theme = area
                if not goal_cols:
                    cur_goals = self.goal_lookup.goals_of_theme(area) or cur_goals
                continue
            if k_row in numbered_groups:
                # '1. Vägledning och service: <goal>' alone in the number column over actions
                # '1.1', '1.2': the group's goal (its lead-in its theme), goal 1 to a 'Mål nr'
                # column; a title of nouns alone ('2. Arbete') names the theme of the goals the
                # text stated, as a title row in the action column does (`action_title_rows`)
                num, text = numbered_groups[k_row]
                if is_title_of_nouns(text):
                    theme = text
                    titled_goals = self.goal_lookup.goals_of_theme(text)
                    cur_goals = titled_goals or cur_goals
                    continue
                goal_text, lead_theme = group_row_goal(text)
                gid = self.add_goal(goal_text, page, parent=heading_goal, theme=lead_theme or theme,
                                    from_table=True)
                if num:
                    self.numbered_goals.setdefault(num, gid)
                cur_goals = [gid]
                self.last_goal_list = [gid]
                carry = {}
                continue
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
            if (t.method == "label-value" and k_row == len(rows) - 1 and k_row and col.get("measure") is not None
                    and (area_title := capital_section_title(cell("measure", row)))
                    and repeats_row_above(row, rows[k_row - 1], col["measure"])):
                # '2 SPRÅK OCH UTBILDNING' closing records whose print filled its empty cells
                # "as above": a section row of the table, the area of the goal under it
                # (`action_title_rows.capital_section_title`)
                self._title_theme = (area_title, self._element_at)
                continue
            title = (action_title(row, col["measure"], rows, k_row, goal_row_texts,
                                  above=rows[k_row - 1] if t.method == "label-value" and k_row else None)
                     if not goal_cols and col.get("measure") is not None else None)
            if title is not None:
                # 'Arbete och vardag' alone in the action column over numbered actions: the
                # theme of the rows below, whose actions serve the goals the text gave under
                # that theme (`action_title_rows`)
                theme = title
                titled_goals = self.goal_lookup.goals_of_theme(title)
                cur_goals = titled_goals or cur_goals
                continue
            if (k_row not in group_rows and not goal_cols and col.get("measure") is not None and k_row
                    and (area_goal := row_area_goal(NUMBERED_RE.sub("", cell("measure", row), count=1)))
                    and repeats_row_above(row, rows[k_row - 1], col["measure"])):
                # 'BARN OCH UNGA: <goal>' over the actions of that area, its other cells the
                # row above's repeated: the table's group row as a print that reads an empty
                # cell as "same as above" gives it, numbered among the actions or not
                # (`goal_group_rows.capital_area_goal`)
                gid = self.add_goal(area_goal[0], page, parent=heading_goal, theme=area_goal[1], from_table=True)
                cur_goals = [gid]
                self.last_goal_list = [gid]
                carry = {}
                continue
            if k_row in group_rows:
                # a goal alone in the action column over the actions serving it: their goal,
                # no action of its own (`goal_group_rows`)
                # ('SPRÅK: <goal>': the theme's name leading the goal in is its theme)
                goal_text, lead_theme = group_row_goal(cell("measure", row))
                gid = self.add_goal(goal_text, page, parent=heading_goal, theme=lead_theme or theme,
                                    from_table=True)
                cur_goals = [gid]
                self.last_goal_list = [gid]
                carry = {}
                continue
            goal_texts = [(c, row[c].strip()) for c in goal_cols if c < len(row) and row[c].strip()]
            # a goal cell holding a dash alone says the row serves no goal ('–', none), as a
            # dash says in any cell; an empty one is the goal above. So does a cell naming the
            # programme as a whole ('Hela planen', 'Hela programmet', `WHOLE_PROGRAMME_CELL_RE`):
            # the row is the programme's, of no one goal
            no_goal = bool(goal_texts) and all(DASH_ONLY_RE.match(x) or WHOLE_PROGRAMME_CELL_RE.match(squash(x))
                                               for _, x in goal_texts)
            if no_goal and heading_goal and all(c < len(hdrs) and _SUB_GOAL_HEADER_RE.match(squash(hdrs[c]))
                                                for c, _ in goal_texts):
                # ... but a dash under a sub-goal's label ('Delmål': '–') says the row serves no
                # sub-goal: it serves the goal its section's heading states, as a row with no
                # goal column does
                no_goal, goal_texts, cur_goals = False, [], [heading_goal]
            if no_goal:
                goal_texts, cur_goals = [], []
            if (t.method == "label-value" and heading_goal and goal_texts
                    and all(c < len(hdrs) and names_higher_goal(hdrs[c]) for c, _ in goal_texts)):
                # 'Delmål 1: ...' over a card whose field 'Övergripande mål: X' names the goal
                # it serves: X is the heading goal's parent, and the card's actions serve the
                # heading goal (`parent_goal_fields`)
                for _, txt in goal_texts:
                    hang_under_higher_goal(self, heading_goal, txt, page)
                goal_texts, cur_goals = [], [heading_goal]
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
            refs = [lookup.goal_by_number(t) or counted_goals.get(t.split()[0] if t.split() else "")
                    or lookup.goal_by_short_name(t) or lookup.goal_by_theme(t)
                    or (n[0] if n else None)
                    or (lookup.goal_by_words(t) if "measure" not in roles.values() else None)
                    for (_, t), n in zip(goal_texts, named)]
            listed = [[r] if r else lookup.goals_by_numbers(t) or lookup.goals_by_themes(t)
                      for (_, t), r in zip(goal_texts, refs)]
            # (a row keyed to goals read before, by number, name or theme: its meters follow
            # those goals up, `area_statistics` below)
            keyed_row = bool(goal_texts) and all(listed)
            if goal_texts and all(listed):
                # a goal column holding only the numbers of goals listed before ('Mål nr':
                # '3', or '1, 2' for an action serving two) refers to them: the row's
                # measures are theirs, no new goals
                goal_texts = []
                cur_goals = list(dict.fromkeys(g for gs in listed for g in gs))
            elif goal_texts and all(r or bare_number(t) or bare_code(t) or names_no_words(t) or KEY_NUMBER_RE.match(t)
                                    for (_, t), r in zip(goal_texts, refs)):
                # a number or code naming no goal read so far ('4' where goal 4 was lost or
                # never printed) is a reference still, no goal's words: the row serves the
                # goals it does name. So is a figure with no word ('100', '12 %') in a
                # column headed 'Mål 2029': the level to reach that year, no goal
                unnamed_codes = [squash(t) for (_, t), r in zip(goal_texts, refs)
                                 if not r and (bare_number(t) or bare_code(t))]
                if not all(names_no_words(t) and not r for (_, t), r in zip(goal_texts, refs)):
                    # (a key naming a goal, known or not: the table is sorted by goal, its
                    # meters follow those goals up, `Builder._counted_actions`)
                    self.goal_keyed_elements.add(self._element_at)
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
                # "same as above" runs within one goal's rows -- but for a column left of the
                # goal and action columns, the key a table sorted by unit groups its rows by
                # ('Ansvarig enhet | Åtgärd | ... | Mål'): its merged cell spans the goals
                carry = {r: v for r, v in carry.items() if grouping_key_column(col, r, goal_cols)}
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
                        it_theme = gtheme
                        if len(items) == 1 and not label and not dotted and (lead := theme_lead_in(it)):
                            # 'Språk: Alla som bor här kan ...' alone in a goal cell: the goal's
                            # theme named before it, as in a goal list (`theme_lead_in`)
                            it, it_theme = lead.text, lead.theme
                        gid = self.add_goal(it, page, parent=p, theme=it_theme, from_table=True)
                        if short_col is not None and len(items) == 1 and short_col < len(row):
                            self.b.goal_names.setdefault(name_key(row[short_col]), gid)
                        if dotted:
                            self.coded_goals.setdefault(dotted[0], gid)
                        elif (num := numbering(it)):
                            # '1. Nyinflyttade får stöd' in a goal column: goal 1, as a numbered
                            # list's item is, to the follow-up that names it 'Mål 1'; so is a
                            # goal numbered within its area ('1.2 Vuxna invandrare …' in a
                            # 'Mål | Mätare' table): goal 1.2 to an action plan's 'Mål' column
                            # of such numbers (seventy-third set)
                            self.numbered_goals.setdefault(num, gid)
                        new_ids.append(gid)
                    if items:
                        level_goal[c] = new_ids[-1] if len(items) == 1 else new_ids[-len(items)]
                        for deeper in [g for g in goal_cols if g > c]:
                            level_goal.pop(deeper, None)
                if not others and not goals_only:
                    # a group row: its goal heads the rows below; a bare number beside it
                    # numbers it as it numbers a goal row with its other cells filled (the
                    # last goal of a summary table 'Nr | Mål | Mätare' whose meter cell is
                    # empty: the cards refer to it by that number as to the others)
                    nums = [x for c in range(len(row)) if c not in roles
                            and (x := bare_number(row[c]) or bare_code(row[c]))]
                    if len(nums) == 1 and len(new_ids) == 1:
                        self.numbered_goals.setdefault(nums[0], new_ids[0])
                    group_goal = new_ids[0] if new_ids else group_goal
                    group_lower_run = False
                    cur_goals = new_ids
                    self.last_goal_list = new_ids
                    continue
                # a bare number or code beside the goal in a column of no role ('Nr | Mål |
                # Indikator', 'A1 | ... | Önskat läge', 'Mål nr': '1A') is the goal's number, by which an action
                # table may refer to it later
                free = [row[c] for c in range(len(row)) if c not in roles]
                nums = [x for x in (bare_number(v) or bare_code(v) for v in free) if x]
                if not nums:
                    # a number and a letter ('1A') only where no plainer number stands: beside a
                    # goal's '1' the codes '1A', '1B' number its actions (folded column groups)
                    nums = [x for x in map(number_letter_code, free) if x]
                if len(nums) == 1 and len(new_ids) == 1:
                    self.numbered_goals.setdefault(nums[0], new_ids[0])
                    # ('1' | main goal over '1.1' | sub-goal, 'Nr | Mål | Tema': the goal
                    # numbered by the number's first part is the parent of the one numbered
                    # under it, as a dotted goal label's level is -- sixty-ninth set)
                    self._number_under_parent(nums[0], new_ids[0], heading_goal)
                if range_col is not None and range_col < len(row) and len(new_ids) == 1:
                    for num in expand_numbers(squash(row[range_col])):
                        self.b.goal_of_action_number.setdefault(num, new_ids[0])
                deepest = max(c for c, _ in goal_texts)
                cur_goals = [g for g in new_ids if self._goal_col(g, new_ids, goal_texts) == deepest] or new_ids
                self.last_goal_list = cur_goals
            links = [] if no_goal else cur_goals or ([heading_goal] if heading_goal else [])
            area_row = False  # the row's goals are those of the area its theme cell names
            if theme_col is not None and theme_col < len(row) and not goal_cols:
                # an empty theme cell: the theme of the row above
                row_theme = row[theme_col].strip() or row_theme
                area_links = self.goal_lookup.goals_of_theme(row_theme)
                if not area_links and len(links) == 1 and links[0] in self.b.goal_from_heading \
                        and t.method == "label-value" and squash(row_theme) \
                        and links[0] not in self._row_themed_goals:
                    # a goal heading over its actions' cards, each card naming the area
                    # ('Mål 1: X' / 'Åtgärd: …' / 'Område: Mottagande'): the table's area column
                    # printed on the cards, the goal's theme (fifty-fifth set)
                    self._row_themed_goals.add(links[0])
                    next(g for g in self.b.goals if g.id == links[0]).theme = squash(row_theme)
                links, area_row = area_links or links, bool(area_links)
            if k_row in number_goals:
                links = [number_goals[k_row]]
            if titled_goals and links == titled_goals and len(links) > 1:
                # a theme's title over actions, the theme holding several goals: the one goal
                # the action speaks of, if only one (`action_title_rows.goal_spoken_of`)
                texts = {g.id: g.text for g in self.b.goals if g.id in links}
                spoken = goal_spoken_of(cell("measure", row), [(g, texts[g]) for g in links if g in texts])
                links = [spoken] if spoken else links

            # schedule and actors: an empty cell under a filled one = same as above; but a
            # record (records.py) with its own measure is a whole card: a field it does not
            # print ('Samarbete:' left out) is none, not the card above's
            whole_card = t.method == "label-value" and bool(cell("measure", row))
            vals = {}
            for role in ("schedule", "responsible", "actors", "partners"):
                v = cell(role, row)
                if v and DITTO_RE.match(v):
                    # '"', '–"–', 'se ovan': printed "same as above", the value of the row
                    # above -- in a card too, which says so by the sign (`text.DITTO_RE`)
                    v = carry.get(role, "")
                if v:
                    carry[role] = v
                # (a table naming its coded actions one a row, `coded_half_columns`, gives each
                # action its own fields: an empty cell there is no value)
                vals[role] = v or ("" if whole_card or repeats_key or coded_half else carry.get(role, ""))
            if who_when and vals["responsible"] and not vals["schedule"]:
                who, partners_said, when_said = who_when_cell(vals["responsible"])
                vals["responsible"], vals["schedule"] = who, when_said or ""
                vals["partners"] = vals["partners"] or partners_said
            if vals["responsible"] and not vals["schedule"]:
                # 'Ansvarig: X / Tid: 2025': the time labelled in the doer's cell, the row's
                # schedule when it has none (`actors.labelled_field_tail`)
                vals["schedule"] = labelled_field_tail(vals["responsible"])[1] or ""
            if group_when and not vals["schedule"]:
                vals["schedule"] = group_when
            if year_cols and not vals["schedule"]:
                # the years the row marks, not "same as above": an unmarked year is not done
                vals["schedule"] = marked_years(row, year_cols) or ""
            sched, start, end = parse_schedule(squash(vals["schedule"]) if vals["schedule"] else None)

            measure_txt = cell("measure", row)
            tied = tied_goal(measure_txt, self.goal_lookup.goal_by_number) if goal_tied and measure_txt else None
            if goal_tied and measure_txt and tied is None:
                continue  # the programme's own upkeep among goal-tied actions: no action
            if tied:
                measure_txt, links = tied[0], [tied[1]]
            # '–' in the action column: the row names no action (an indicator table's goal-level
            # indicator beside the ones naming the action they follow up)
            no_measure = bool(DASH_ONLY_RE.match((measure_txt or "").rstrip(".")))
            if no_measure:
                measure_txt = ""
            # a row's goal cell beside 'Åtgärd 13' (an appendix grouping actions printed
            # elsewhere under the goals, Tema and Mål filled once per group): the cell still
            # names the action by its number and states none (`action_number_rows`)
            ref_measures, cell_goal = self._action_cell_reference(measure_txt) \
                if not goal_texts or labels_action_numbers(measure_txt) else ([], None)
            if not ref_measures and area_row and len(links) == 1 and _PLACE_NUMBER_RE.match(measure_txt or ""):
                # 'Sektor | Nyckeltal | Gäller åtgärd': '2' beside the area (a department, a
                # theme) the row names -- the second action listed under that area's goal, as
                # 'Mål 1 / åtgärd 2' names it in one cell (`goal_item_references`)
                hit = self._goal_action_at(links[0], "", int(measure_txt.strip().rstrip(".")))
                ref_measures = [hit] if hit else []
            if half_col is not None and (key := half_key(row, half_col)) in halves:
                ref_measures = [halves[key]]
                if coded_half:
                    # the table's doer columns name the one who answers for the coded action,
                    # over the administration whose heading the action stood under
                    (resp, partners), = self._actor_items(vals, 1)
                    if mark_cols and (marked := mark_actors(row, mark_cols)):
                        # (or the matrix's columns marked in the coded action's row)
                        resp, partners = marked
                    m = self._measure(ref_measures[0])
                    if resp:
                        m.responsible, m.partners = list(resp), list(partners)
                self._give_row_to(ref_measures, vals, sched, start, end)
            elif summary_col is not None and (key := summary_key(row, summary_col)) in summary:
                # the summary's row of the action numbered so: its fields, and its short title
                # naming the paragraph's first sentence (the sentences after explain it)
                ref_measures = [summary[key]]
                m = self._measure(ref_measures[0])
                # the summary's doer columns answer for the action, over a subject the
                # paragraph's sentence opened with ('Kommunen ordnar …')
                (resp, partners), = self._actor_items(vals, 1)
                if resp or partners:
                    m.responsible, m.partners = list(resp), list(partners)
                self._give_row_to(ref_measures, vals, sched, start, end)
                if (cut := titled_sentence(m.text, measure_txt, sentences)) is not None:
                    m.text, m.printed = cut, m.printed or m.text
                measure_txt = ""
            if cell_goal:
                # an indicator table's 'Åtgärd' cell 'Mål 3': the row's indicator is the
                # goal's, of no one action (and the cell states no action of its own)
                measure_txt, links = "", [cell_goal]
            elif ref_measures:
                links = list(dict.fromkeys(self._measure(m).goal for m in ref_measures if self._measure(m).goal)) \
                    or links
                if action_name_key(measure_txt) in self._named_short:
                    measure_txt = ""  # the action named short: no action of its own
                elif labelled_action_numbers(measure_txt) is not None or refers_only:
                    # 'Åtgärd 8–9 | X | ... | 2026': the row gives the actions printed above
                    # their actors and schedule, and states no action of its own
                    self._give_row_to(ref_measures, vals, sched, start, end)
                    # ... and, under a goal of its own table, that goal (`action_number_rows`)
                    give_goal_to(ref_measures, self._measure, cur_goals if goal_cols else [])
                    measure_txt = ""
            if measure_txt and points_to_other_plan(measure_txt):
                # 'Se sysselsättningsplanen 2025–2027, åtgärd 4': another plan's action,
                # pointed to, no action of this programme (`other_plans`)
                measure_txt = ""
            if measure_txt and (_refers_by_number(measure_txt) or _code_alone(measure_txt)
                                or is_part_reference(measure_txt)):
                # '4.1.1–4.1.3' in a summary's action column: the actions printed elsewhere,
                # named by their numbers, not an action of its own; nor is a code alone
                # ('Å2.1'), which names an action and states none
                measure_txt = ""
            new_measures: list[str] = []
            parallel = None  # the row's actions and times, line for line (`parallel_rows`)
            action_numbers: list[str | None] = []  # the numbers of the row's actions
            if (measure_txt and not goal_texts and page != prev_page and last_measures
                    and numbering(measure_txt) is None and self.b.measure_number.get(last_measures[-1])
                    # (an item numbered '3)' goes on with the list of the row above, '1)', '2)':
                    # an action of its own, numbered, as '1.3' under '1.2' would be)
                    and paren_number(measure_txt) is None
                    and not BULLET_RE.match(measure_txt)):
                # the rest of a numbered action carried over to the next page
                m = self._measure(last_measures[-1])
                m.text = f"{m.text}\n{measure_txt}"
                measure_txt = ""
                new_measures = []
                row = list(row)
                row[col["measure"]] = ""
            prev_page = page
            if measure_txt and self._names_own_section(measure_txt, row, col):
                # 'Mål 1 … | Språk och utbildning | | |': a goal row whose action cell holds only
                # the name of the section it stands in, every other cell empty -- the caption of
                # the actions under it ('Åtgärder: <theme>') set into the row, no action
                measure_txt = ""
            # 'Action.\nMätare: ...' in the action cell: the action's meters (`cell_meters`)
            measure_txt, cell_meters = split_cell_meters(measure_txt) if measure_txt else (measure_txt, [])
            if measure_txt:
                # '1) X 2) Y' run on over the cell's wrapped lines: one part a line
                measure_txt = run_on_numbered_cell(measure_txt)
            # ('• 1) …' too: a card printing the cell's numbered lines as a list)
            card_numbered = bool(measure_txt) and paren_number(strip_marker(measure_txt)) == "1"
            if measure_txt:
                intro, items = split_marked_items(measure_txt)
                inline = inline_list(measure_txt) if len(items) == 1 else None
                owner_said: list[str] = []
                if inline and (not inline[0] or inline[0].endswith(":")) \
                        and not names_action_of_steps(inline[0]):
                    # '(a) ...; (b) ...; (c) ... . Ansvarig för åtgärderna är X.': a list run
                    # in the cell's sentence holds one action per item, as a bulleted cell
                    # would; a sentence after it may name who carries them all out
                    items = [(it, None) for it in inline[1]]
                    owner_said = inline[2]
                if intro and "goal" in header_roles(intro):
                    items = []  # the cell restates goals ('Huvudsakliga målsättningar • ...')
                seg_goals: list[str] = []
                if len(items) == 1 and not intro and not items[0][1] and not inline:
                    # 'a (1); b (1); c (2)': one action per part, each of the goal its closing
                    # number names (`goal_numbered_segments`)
                    segs = goal_numbered_segments(measure_txt, self.goal_lookup.goal_listed_or_labelled)
                    if segs:
                        items = [(t, None) for t, _ in segs]
                        seg_goals = [g for _, g in segs]
                semicolon_split = False
                if len(items) == 1 and not intro and not inline and not seg_goals \
                        and (parts := semicolon_actions(items[0][0], pair=serial_cells)):
                    # 'A; B; C': one action per capitalised part (`semicolon_actions`); a
                    # running number printed before them ('1.1 A; B') numbers the row, none
                    # of its actions
                    items = [(t, None) for t in parts]
                    semicolon_split = True
                if len(items) == 1 and not intro and not items[0][1]:
                    # several actions as the lines of one row, their times the lines of its
                    # time cell ('Vad gör vi? | Vem? | När? | Hur vet vi?', `parallel_rows`)
                    beside = [(cell(r, row), widths.get(col[r])) for r in ("responsible", "actors", "indicator")
                              if r in col]
                    parallel = parallel_actions(measure_txt, cell("schedule", row), widths.get(col["measure"]), beside)
                    if parallel:
                        items = [(a, None) for a in parallel[0]]
                if len(items) == 1 and not intro and not items[0][1] and not parallel \
                        and (lined := first_person_lines(measure_txt, widths.get(col["measure"]))):
                    # 'Vi startar …' / 'Vi tar emot …': one 'Vi …' action a line (`cells`)
                    items = [(a, None) for a in lined]
                single_number = cap_num if len(items) == 1 and not items[0][1] else None
                actor_items = self._actor_items(vals, len(items), [t for t, _ in items],
                                                numbers=[nb for _, nb in items], line_for_line=bool(parallel))
                if seg_goals or semicolon_split:
                    # the parts run on in one text, no line each: the row's actors are all of them
                    actor_items = self._actor_items(vals, 1) * len(items)
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
                if resp_cols and (owners := organisation_actors(
                        [x if not DASH_ONLY_RE.match(x.strip()) else "" for x in row], resp_cols)):
                    # one column of who per organisation: each column's unit is responsible,
                    # the partners as the row gives them
                    actor_items = [(owners, ps) for _, ps in actor_items]
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
                    time_cut = False
                    if when[0] is None and (dated := closing_time(txt)) is not None:
                        # '... för chefer (2025–2026)' in a row with no time of its own: the
                        # parenthesis dates the action (`closing_times`)
                        time_cut = True  # (the time alone closed the item, its doer in a column)
                        printed = printed or as_printed(squash(txt))
                        txt, when = dated[0], parse_schedule(dated[1])
                    titled = titled_action(squash(txt)) if printed is None else None
                    if titled is None and printed is None and t.method == "label-value":
                        # a numbered action paragraph whose field lines were folded into its
                        # record ('1.3 X uppdateras. Mappen delas ut …' over 'Ansvarig: …'):
                        # its first sentence, as the list reader cuts it
                        # (`titled_items.described_numbered_action`)
                        titled = described_numbered_action(squash(txt))
                    if titled:
                        # 'Språkcafé – Biblioteket ordnar ...' in an action cell: the name
                        # is the action, the sentences after it describe it (`titled_items`)
                        printed, txt = as_printed(squash(txt)), titled
                    if not partners and "partners" not in self._col and "actors" not in self._col \
                            and (cut := bracketed_partners(txt)) is not None:
                        # 'Ordnar kvällskurser (i samarbete med X, Y)' in a table with no partner
                        # column: the bracket names the partners, no part of what is done
                        printed = printed or as_printed(squash(txt))
                        txt, partners = cut
                    if time_cut and "partners" not in self._col and "actors" not in self._col \
                            and (with_cut := partners_closing_item(txt)) is not None \
                            and (not partners or {p.casefold() for p in partners} == {p.casefold() for p in with_cut[1]}):
                        # '– Välkomstkväll i samarbete med X (varje höst)': the cooperation
                        # phrase right before the time closing the item (its doer in a column of
                        # its own) is part of that tail, cut off the action with it (as a list item's is,
                        # `partners_in_text.partners_before_time`); the printed form keeps the
                        # phrase without the tail, as the writers keeping the phrase read the
                        # action (partners the item's actors already gave are the same names)
                        printed, txt, partners = as_printed(squash(txt)), with_cut[0], partners or with_cut[1]
                    if (resp and not partners and "partners" not in self._col and "actors" not in self._col
                            and vals["responsible"]):
                        # 'Validering ... i samarbete med Luksia' beside a responsible column:
                        # the partner the action's own text names (`partners_in_text`)
                        partners = partners_named_in_action(txt)
                        if partners and (comma_cut := comma_set_partners(txt)) is not None:
                            # '…, i samarbete med X och Y': the comma sets the phrase apart
                            # from what is done, a partner field appended to the action
                            printed = printed or as_printed(squash(txt))
                            txt, partners = comma_cut
                    txt, ref_goal = self._goal_reference(txt)
                    mid = self.add_measure(txt, page, [ref_goal] if ref_goal else
                                           [seg_goals[k]] if seg_goals else links,
                                           # (the '1)', '2)' of a card printed as labelled
                                           # fields count its own actions, each card from 1
                                           # and each card a table of its own: no number the
                                           # document knows the action by, which a restatement
                                           # would share; a grid's are `merge._renumbered`'s)
                                           number=(None if card_numbered and t.method == "label-value"
                                                   else num or single_number),
                                           from_table=True,
                                           theme=theme, responsible=resp, partners=partners, schedule=when[0],
                                           start_year=when[1], end_year=when[2], printed=printed)
                    new_measures.append(mid)
                for meter in cell_meters:
                    self.add_indicator(meter, page, new_measures[0] if len(new_measures) == 1 else None, links)
                if new_measures and owner_said:
                    self._owner_of_inline_list(owner_said, new_measures)
                if new_measures and unnamed_codes and not links:
                    # 'Mål': 'M1' where the goals coded so are explained after the table
                    # ('Mål (förklaring till kolumnen Mål):' / '• M1 …'): linked when the
                    # document is read (`Builder._goals_coded_later`)
                    for mid in new_measures:
                        self.goal_codes_later[mid] = unnamed_codes
                if new_measures:
                    last_measures = new_measures
                    table_measures += new_measures
                    self._note_action_code(row, roles, new_measures)
                    if name_col is not None and len(new_measures) == 1 and name_col < len(row) and row[name_col].strip():
                        # 'Insats': 'Welcome Office' beside what is done: the action's name (`name_columns`)
                        self.measure_names[new_measures[0]] = squash(row[name_col])

            ind_txt = cell("indicator", row)
            if ind_txt and points_elsewhere(ind_txt):
                # 'Se mätare på målnivå': the meters are the goal's, read where they stand
                ind_txt = ""
            if ind_txt and not DASH_ONLY_RE.match(ind_txt):  # '–': no indicator
                if t.method in _LINELESS_TABLES:
                    ind_txt = _sentence_lines(ind_txt)
                # a goal's row (no action in it) under a 'Mätare' header: one meter a line
                # where a line opens with a count or share (`cells._quantity_lines`); an
                # action's follow-up cell is read whole, as before
                # (or by the phrase saying how it is followed up, 'Så följer vi upp', 'Så mäter
                # vi', 'Hur följs målet upp': the meters of the goal, as under 'Mätare')
                meters_header = not measure_txt and bool(hdrs) and col["indicator"] < len(hdrs) \
                    and bool(METER_HEADER_RE.match(squash(hdrs[col["indicator"]]))
                             or follow_up_label(squash(hdrs[col["indicator"]])))
                inds = [part for item in split_indicator_cell(ind_txt, self.listed_cells, widths.get(col["indicator"]),
                                                              meters_header)
                        for each in _semicolon_parts(item) for part in _counts_of(each)]
                if len(new_measures) > 1:
                    # a meter line shared by the row's several actions naming a count and a
                    # share or level ('antalet X och deltagarnas språknivå'): two meters of the
                    # goal, as a goal's follow-up paragraph gives them (`prose.count_and_share`);
                    # one action's line counts that action from two sides, one meter
                    inds = [part for x in inds for part in _count_and_share_of(x)]
                # a bare figure in the indicator column ('2' under 'Mätare' in a summary of
                # the goals with how many meters and actions each has) counts the meters, it
                # names none: a meter says what is measured, in words
                # ... nor does a report named alone ('Leveransrapport', `prose.names_report_only`)
                inds = [x for x in inds if any(ch.isalpha() for ch in x) and not names_report_only(x)]
                if len(inds) == 1 and (spoken := followed_up_by(squash(inds[0]))) and len(spoken[1]) > 1:
                    # 'Vi följer andelen X och antalet Y.' in the follow-up field of a card (the
                    # run-in phrase 'Så här följer vi upp:' its label): a sentence naming the
                    # figures followed, each one indicator -- as the same sentence reads in a
                    # paragraph (`prose.followed_up_by`), not one meter of the whole sentence
                    inds = spoken[1]
                if bool(hdrs) and col["indicator"] < len(hdrs) and _NAMES_TARGET_RE.search(hdrs[col["indicator"]]):
                    # 'Mätare och målnivå': the column gives each meter its target in a closing
                    # bracket ('Andelen X (mål 2028: 60 %)'), no words of the meter (`figure_meters`)
                    inds = [without_closing_target(x) or x for x in inds]
                targets = new_measures if measure_txt else last_measures
                if ref_measures or cell_goal or no_measure:
                    # the row names the action it follows up by its number ('2.1'), or
                    # a goal, or none ('–'): that action, or none
                    targets = ref_measures
                elif not measure_txt and not goal_texts:
                    # a continuation row: the indicator belongs to the measure above
                    targets = last_measures[-1:] if last_measures else []
                elif not measure_txt and goal_cols and any(c in goal_cols for c, _ in goal_texts):
                    # a row stating a goal of its own and no action ('| Delmål 1.2 | | antal
                    # X'): the indicator is that goal's, of none of the actions above it
                    targets = []
                owner = self._owners(inds, targets) if not row_measure else [row_measure] * len(inds)
                by_count = (not row_measure and not ref_measures and not cell_goal and not no_measure
                            and bool(measure_txt) and bool(targets)
                            # (the actions and the meters each a marked list, '– X' / '• X', even
                            # one alone: the goal's list of actions and its list of meters; one
                            # action printed bare is that action's row, and meter lines printed
                            # bare may answer the actions line by line)
                            and bool(BULLET_RE.match(measure_txt)) and bool(BULLET_RE.match(ind_txt))
                            # (the row's own goal: in its goal cell, or the heading over a table
                            # of this one row, a goal's card printed under its goal)
                            and (bool(goal_texts) or (len(rows) == 1 and heading_goal is not None))
                            # (actions numbered in the cell, '9.3 …' / '9.4 …', are each a unit
                            # the meter lines follow up one by one, as the plan numbers them)
                            and not any(action_numbers)
                            and not any(numbering(squash(self._measure_text(m))) for m in targets))
                goal_level_row = goal_level_row or (by_count and 0 < len(inds) < len(targets))
                if measure_txt and self._keys_all_but_indicators(vals, action_numbers, ind_txt):
                    # the row's other cells name each action by its number ('1.1 X', '1.2
                    # 2026'), its indicator cell does not: its indicators are the goal's
                    owner = [None] * len(inds)
                if t.method == "transposed" and len(targets) > 1:
                    # a goal's column of a table printed on its side: its meters, as its
                    # responsible and time, are said of the column's actions together,
                    # none of one action by its place in the list
                    owner = [None] * len(inds)
                if card_numbered and len(targets) > 1 and not row_measure:
                    # a card's actions numbered '1)', '2)' and its follow-up lines unnumbered:
                    # the lines are no list parallel to the actions; a line follows up the one
                    # action it names by its words, else the card's goal (`paren_numbers`)
                    acts = [(m, self._measure_text(m)) for m in targets]
                    owner = [action_named_by(x, acts) for x in inds]
                if _inline_record_follow_up(t.method, ind_txt, inds, targets, row_measure):
                    # a goal's record whose follow-up field runs its meters on one line ('Så
                    # följer vi upp: antal X; andel Y' under the goal's bullets and its one
                    # 'Ansvar:' / 'Tidtabell:' line): the field is said of the goal's actions
                    # together, as its responsible and time are; a count that happens to match
                    # the actions pairs nothing (actions and meters each listed one a line do)
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
                    iid = self.add_indicator(txt, page, own, ind_goals)
                    if unnamed_codes and own is None and not ind_goals and not dated_goal_cols:
                        # 'Mål': '3' in a follow-up table printed before the goals it keys
                        # ('Mål 3. <goal>' rows of an appendix plan): linked once the document
                        # is read, as an action's code is (`Builder._goals_coded_later`)
                        self.goal_codes_later[iid] = unnamed_codes
                    if by_count and not per_line and own is not None:
                        goal_row_meters.append(iid)
                    if area_row and own is None and bare_area_list:
                        # a follow-up table sorted by area and nothing else ('Det här mäter vi |
                        # Område'): a count names the area's action it counts (`area_counts`,
                        # as under area headings)
                        self.area_indicators.add(iid)
                    elif (area_row or keyed_row) and own is None and "measure" not in roles.values():
                        # ... one giving each figure's source or frequency too, or keyed by a goal
                        # column naming goals read before ('Fokusområde | Indikator | Datakälla'
                        # with the areas' names) tracks the goals' statistics: theirs, even where a
                        # figure names an action's title (`Builder._indicators_naming_projects`)
                        self.area_statistics.add(iid)
        self._goal_row_meters(tuple(header_key or ()), goal_row_meters, goal_level_row)
        self._table_end_goals = (header_key, list(cur_goals)) if goal_cols else None
        self._table_end_at, self._last_table_el = self._element_at, el
        # (a piece right under the piece above keeps that one's caption level)
        self._table_caption_level = (prev.level if prev is not None and prev.kind == "heading"
                                     else self._table_caption_level
                                     if prev is not None and prev.kind == "table" else None)

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

    def _number_under_parent(self, num: str, gid: str, heading_goal: str | None) -> None:
        """A goal numbered 'N.M' in a goal table's number column, under the row numbered 'N':
        that goal is its parent (unless the table gave it another than the heading's)."""
        above = self.numbered_goals.get(num.rsplit(".", 1)[0]) if "." in num else None
        goal = next((g for g in self.b.goals if g.id == gid), None)
        if above and above != gid and goal is not None and goal.parent in (None, heading_goal):
            goal.parent = above

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
        if (named := self._named_short.get(action_name_key(cell))) is not None:
            # 'Simundervisning' in a follow-up table's action column: the action so named
            return [named], None
        if _BRACKETED_GOAL_REF_RE.fullmatch(cell):
            cell = cell[1:-1]  # '(mål 3)' among task codes: goal 3 (`code_reference_columns`)
        if (item_ref := goal_item_reference(cell)) is not None:
            # 'Mål 1 / åtgärd 2': the second action under goal 1 (`goal_item_references`)
            goal = (self.goal_lookup.goal_listed_or_labelled(item_ref[0])
                    or self.goal_lookup.goal_by_number(item_ref[0]))
            if goal is None:
                return [], None
            hit = self._goal_action_at(goal, item_ref[0], item_ref[1])
            return ([hit] if hit else []), goal
        ref = part_reference(cell)
        if ref is not None:
            # 'kap. 3, punkt 2' / 'kap. 6': the action or chapter named by where the document
            # states it (`part_references`)
            return referred_targets(ref, self.b.sections, self.b.goals, self.b.measures, self.b.measure_number)
        if (area_goal := self._goal_of_lettered_area(cell)) is not None:
            # 'A' beside 'A1', 'A2': the area whose actions are coded with that letter, a meter
            # of its goal and no one action (`code_reference_columns._area_code`)
            return [], area_goal
        code = _code_alone(cell)
        if code:
            # 'Å2.1': the action printed beside that code (`_note_action_code`)
            return ([self.coded_measures[code]] if code in self.coded_measures else []), None
        # ('5. mål 3': a print numbering the rows puts the row's number before the reference)
        m = _GOAL_BY_LABEL_RE.match(cell) or _GOAL_BY_LABEL_RE.match(_ROW_NUMBER_RE.sub("", cell, count=1))
        if m and m.group("num") and not m.group("what"):
            # (or a goal numbered by its field's label, 'Mål 2: Fler …' over the paragraphs of
            # its actions: `GoalLookup.goal_by_number` knows the number so printed)
            return [], (self.goal_lookup.goal_listed_or_labelled(m.group("num"))
                        or self.goal_lookup.goal_by_number(m.group("num"))
                        or self._goal_of_numbered_actions(m.group("num")))
        if area := AREA_NAMED_RE.fullmatch(cell):
            # 'område 2' among 'åtgärd 2.1' references: the goal set for area 2 (`code_reference_columns`)
            return [], self.goal_lookup.goal_listed_or_labelled(area.group("num"))
        if _LETTERED_GOAL_REF_RE.fullmatch(cell) and (ref := first_goal_ref(cell)):
            # 'Mål C': a lettered goal ('Mål C. Barn och familjer: ...'), as 'Mål 3' names a numbered one
            return [], self.goal_lookup.goal_by_number(ref)
        if (href := heading_reference(cell)) is not None \
                and (part := referred_part(href, self.b.sections, self.b.goals, self.b.measures)) is not None:
            # 'Nyckelåtgärd 1' / 'Insatsområde 3': the action boxed under the heading so
            # labelled and numbered, or the goal of the part so headed (`heading_references`)
            return part
        if (themed := theme_goal_reference(cell, self.b.goals)
                or theme_goal_reference(_ROW_NUMBER_RE.sub("", cell, count=1), self.b.goals)) is not None:
            # 'Barn och unga, mål 2': the second goal stated under that part (`theme_goal_references`)
            return [], themed
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
        found = [self._numbered_or_column_measure(num) for num in nums]
        return [f for f in found if f], None

    def _goal_action_at(self, goal: str, number: str, item: int) -> str | None:
        """The measure that is action `item` of goal `goal` (printed '<number>.<item>', else
        the item-th of the goal's actions read; `goal_item_references.item_under_goal`)."""
        own = [(m.id, self.b.measure_number.get(m.id)) for m in self.measures_of_goal(goal)]
        return item_under_goal(own, number, item)

    def _goal_of_lettered_area(self, cell: str) -> str | None:
        """The one goal of the actions coded '<letter><number>' ('A1', 'A2') when `cell` is
        that letter alone ('A'), else None."""
        mids = {self.coded_measures[k] for k in letter_area_codes(cell, self.coded_measures)}
        return self._sole_goal_of(mids) if mids else None

    def _sole_goal_of(self, mids: set[str]) -> str | None:
        """The one goal the measures `mids` stand under (those under none aside), else None."""
        goals = {m.goal for m in self.b.measures if m.id in mids and m.goal}
        return goals.pop() if len(goals) == 1 else None

    def _goal_of_numbered_actions(self, num: str) -> str | None:
        """The goal 'mål 3' names where no goal was printed with that number: the one goal
        of the actions an action table's number column numbered '3.1', '3.2' (the first part
        of an action's dotted number is its goal's; fortieth set), else None."""
        mids = {mid for n, mid in self.column_numbered_measures.items() if n.split(".")[0] == num}
        goals = [m.goal for m in self.b.measures if m.id in mids]
        # (a goal given to each row of its group is read once a row, the same words each time)
        texts = {squash(g.text) for g in self.b.goals if g.id in goals}
        return goals[0] if goals and None not in goals and len(texts) == 1 else None

    def _note_action_code(self, row: list[str], roles: dict[int, str], mids: list[str]) -> None:
        """A row of one action with a code alone in a column of no role ('Kod': 'Å2.1' |
        'Åtgärd' | ...): the action's code, by which a later table refers to it. A row of
        several actions, or with several codes, names none of them by it."""
        # (or an action's own code, 'INT-03', `action_goal_links`)
        codes = [_code_alone(row[c]) for c in range(len(row)) if c not in roles]
        codes = [x for x in codes if x]
        if len(codes) == 1 and len(mids) == 1:
            self.coded_measures.setdefault(codes[0], mids[0])
        # ... or a whole number alone ('Nr': '7'): the number by which a later table refers to
        # it ('Följer upp åtgärd nr': '7'), kept apart from the numbers printed in the action
        # cell itself (those also tell a row carried over to the next page)
        nums = [bare_number(row[c]) for c in range(len(row)) if c not in roles]
        # ... or dotted by its goal ('Nr': '3.1', the first action of goal 3), as a later
        # table refers to it ('Åtgärd': '3.1, 3.2')
        nums = [x for x in nums if x and _DOTTED_NUMBER_RE.fullmatch(x)]
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
            elif partners and not m.partners and (not resp or resp == m.responsible):
                # an appendix giving the partners of actions that named their doer where they
                # were printed ('Åtgärd nr | Samarbetspartner'): the partners, the doer kept
                m.partners = list(partners)
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

    def _goal_row_meters(self, header: tuple[str, ...], iids: list[str], goal_level: bool) -> None:
        """A table of one goal a row ('Nuläge | Mål | Åtgärder | Mätare'), each row listing
        the goal's actions and, apart, its meters: where a row lists fewer meters than actions
        the meter column is plainly the goal's, and so it is on every row of the table, and of
        the programme's other tables under the same header (one layout, repeated) -- a row of
        one action and one meter, or of as many meters as actions, pairs them by count alone,
        not by anything the table says. Those meters are their row's goal's."""
        seen, level = self._goal_row_meters_by_header.get(header, ([], False)) if header else ([], False)
        seen, level = seen + iids, level or goal_level
        if header:
            self._goal_row_meters_by_header[header] = (seen, level)
        if level:
            unlink = set(seen)
            for ind in self.b.indicators:
                if ind.id in unlink:
                    ind.measure = None

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
        if rc in self._translated_cols:
            # 'Näringslivstjänsterna / business services': the names before the translation
            role_text = own_language(role_text)
        width = self._widths.get(rc) if rc is not None else None
        if self._paragraph_lines and n > 1:
            lines = [ln.strip() for ln in role_text.split("\n") if ln.strip()]
        else:
            lines = lines_per_action(role_text, n, width, vals.get("schedule") or "")
        if line_for_line and n > 1:
            # a row of parallel line lists (`parallel_rows`): its actor cell too, line k action k's
            lines = items_of(role_text, n, width) or lines
        keyed = keyed_parts(role_text, numbers or [])
        # 'Servicepunkten (1, 3), biblioteket (2)': each name with the numbers of its actions
        by_number = actors_by_number(role_text, numbers or []) if not keyed else None
        per: list[tuple[list[str], list[str]]] = []
        named, named_partners = split_actors(role_text, role, width)
        # the names with their brackets: a one-word bracket may say whose action is whose
        by_qualifier = (actors_by_qualifier(split_actors(role_text, role, width, keep_qualifier=True)[0], texts)
                        if n > 1 and texts else None)
        if keyed:
            per = [split_actors(part, role, width) for part in keyed]
        elif by_number:
            per = by_number
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
