"""Joining restatements: programs often print an action in the text and again, shortened,
in a summary table, and restate their goals in the table's goal column.

- Measures with the same action number are one measure: the longest text is kept (summary
  tables abbreviate), the table's links and actors win (a table row states them explicitly),
  indicators pointing at a dropped copy are re-pointed.
- Goals that are the same text (near-identical, or one's content words contained in the
  other's with at least five content words) are one goal: the first printed is kept. Only
  a goal of a table or a goal heading ('Mål 3: ...', a card) merges into an earlier goal
  of the running text; goals stated in running text stay apart.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .action_count_summaries import drop_short_forms
from .builder import Built
from .model import Section, enclosing_sections
from .numbered_per_chapter import numbered_per_chapter
from .question_goals import questions_answered_by_goals
from .joined_measures import drop_joined, take_row_fields
from .restated_in_order import join_restated_in_order
from .summary_tables import drop_summary_tables
from .table_halves import titled_sentence
from .text import GOAL_LABEL_WORDS, normalize_for_match, numbering, sentences, words

_SAME_RATIO = 85.0
_CONTAINED = 90.0
_MIN_CONTENT_WORDS = 5


def _content_words(t: str) -> int:
    return sum(1 for w in words(t) if len(w) >= 4)


def same_goal_text(a: str, b: str) -> bool:
    na, nb = normalize_for_match(a), normalize_for_match(b)
    if na == nb:
        return True
    if fuzz.ratio(na, nb) >= _SAME_RATIO:
        return True
    shorter = na if len(na) <= len(nb) else nb
    return _content_words(shorter) >= _MIN_CONTENT_WORDS and fuzz.token_set_ratio(na, nb) >= _CONTAINED


def merge(b: Built) -> Built:
    _merge_goals(b)
    # a question heading answered by goals of its own ('Vi vill att …'): their theme (after the
    # merge, which joined a follow-up table's 'Fråga' cells to the question)
    questions_answered_by_goals(b)
    drop_short_forms(b, b.goal_short_form)
    # goals listed short under 'Programmet i korthet', stated in full in the chapters
    drop_short_forms(b, b.goal_summary)
    # 'Programmet i korthet' (Mål | Viktigaste åtgärder) before the chapters: its action cells
    # summarise the chapters' actions (`summary_tables`), dropped before actions merge by number
    drop_summary_tables(b)
    _merge_measures(b)
    # an appendix table restating the text's unnumbered actions row by row, by short names
    join_restated_in_order(b)
    return b


def _goal_similarity(a: str, b: str) -> float:
    na, nb = normalize_for_match(a), normalize_for_match(b)
    return max(fuzz.ratio(na, nb), fuzz.token_set_ratio(na, nb) - 5)


def _merge_goals(b: Built) -> None:
    """Identical goals merge anywhere (a heading repeated as a caption); a goal in a table
    also merges into its most similar earlier goal (a restatement in a summary table).
    Two goals stated in running text stay two even when they resemble each other: the
    program states them in different places, on purpose."""
    keep: list = []
    remap: dict[str, str] = {}
    for g in b.goals:
        ng = normalize_for_match(g.text)
        # (a chapter's goal stays its own beside the summary's short form of it, however
        # alike: the summary's goes, `summary_goal_lists`)
        hit = next((k for k in keep if normalize_for_match(k.text) == ng
                    and (k.id not in b.goal_summary or g.id in b.goal_summary)), None)
        summary = b.goal_from_table | b.goal_from_heading
        if hit is None and g.id in summary:
            # a table, or a card's goal heading, restates goals stated in the text, never
            # the goals of another table or card
            # (nor the short forms of a summary list, `summary_goal_lists`)
            cands = [k for k in keep if k.id not in summary and k.id not in b.goal_summary
                     and same_goal_text(k.text, g.text)]
            if cands:
                hit = max(cands, key=lambda k: _goal_similarity(k.text, g.text))
        if hit is None:
            keep.append(g)
        else:
            remap[g.id] = hit.id
    if not remap:
        return
    b.goals = keep
    for g in b.goals:
        if g.parent in remap:
            g.parent = remap[g.parent]
        if g.parent == g.id:
            g.parent = None
    for x in list(b.measures) + list(b.indicators):
        x.goals = _dedupe([remap.get(i, i) for i in x.goals])
        x.goal = x.goals[0] if x.goals else (remap.get(x.goal, x.goal) if x.goal else None)


def _dedupe(ids: list[str]) -> list[str]:
    out: list[str] = []
    for i in ids:
        if i not in out:
            out.append(i)
    return out


# below this token-set similarity two texts share no more than a function word or two
_UNRELATED = 50.0


def _renumbered(num: str, ms: list, b: Built, repeating: set) -> bool:
    """Table rows that share a number but are different actions: two of them rows of one
    table (a table states each action once: a number it gives two rows -- its caption's, or
    a rank or priority printed in front of the actions, '1. ...', '1. ...', '2. ...' -- names
    no action, so it joins none in the other tables either), or rows that print the number
    in front of their texts ('1.2 ...') but share no words (tables that each number their
    actions from 1 again; a restatement, even shortened, repeats the action's words).
    `repeating`: the tables that give one number to two of their rows (`_tables_repeating_numbers`)."""
    if not all(m.id in b.measure_from_table for m in ms):
        return _numbered_anew(num, ms, b)
    tables = [b.measure_table.get(m.id) for m in ms]
    if len(set(tables)) < len(tables):
        return True
    if any(t is not None and t in repeating for t in tables):
        # a table that gave some other number to two of its rows numbers the items of each
        # cell from 1 again ('1) ...', '2) ...' under each goal): its numbers name no action,
        # so they join none in the other tables either
        return True
    if not all(numbering(m.text) == num for m in ms):
        return False
    texts = [normalize_for_match(m.text) for m in ms]  # (without the number)
    return all(fuzz.token_set_ratio(a, c) < _UNRELATED for i, a in enumerate(texts) for c in texts[i + 1:])


def _tables_repeating_numbers(b: Built) -> set:
    """The tables that give one number to two of their rows (`Built.measure_table`)."""
    seen: set = set()
    out: set = set()
    for mid, num in b.measure_number.items():
        t = b.measure_table.get(mid)
        if t is None or mid not in b.measure_from_table:
            continue
        if (t, num) in seen:
            out.add(t)
        seen.add((t, num))
    return out


# a goal printed with its label and number ('Mål 1. Barn och unga ...', a goal row of a table;
# 'Tyngdpunkt 3. ...', a sub-goal by any of the shared goal labels, `text.GOAL_LABEL_WORDS`)
_LABELLED_GOAL_RE = re.compile(rf"^\s*{GOAL_LABEL_WORDS}\s+(\d{{1,2}})\s*[.:–-]", re.I)


def _section_numbers(section: str | None, by_id: dict[str, Section]) -> set[str]:
    """The numbers of a section and of the sections it stands in ('5.2' in '5')."""
    return {sec.number.rstrip(".") for sec in enclosing_sections(section, by_id) if sec.number}


def _numbered_anew(num: str, ms: list, b: Built) -> bool:
    """Actions sharing a number that a table numbered from 1 again under goals of its own:
    one copy stands under a goal printed as 'Mål N' (N the number's first part: 'Mål 1. Barn
    och unga ...' over '1.1 Förberedande undervisning ...'), the copies sit under different
    goals and share no words. The text's 'Åtgärd 1.1: Vi inför ...' under its own goal 1 is
    another action: a restatement repeats the action's words, and its goal (a summary table's
    goal cell merges into the goal it restates)."""
    goals = [tuple(m.goals or [m.goal]) for m in ms]
    if not all(g and g[0] for g in goals) or any(set(a) & set(c) for i, a in enumerate(goals) for c in goals[i + 1:]):
        return False
    text_of = {g.id: g.text for g in b.goals}
    first = num.split(".")[0]
    labelled = [m_ for m_ in (_LABELLED_GOAL_RE.match(text_of.get(g, "")) for gs in goals for g in gs) if m_]
    if "." not in num and len(goals) == len(labelled) and all(len(g) == 1 for g in goals) \
            and len({m_.group(1) for m_ in labelled}) == len(labelled):
        # 'Mål 1. …' / '1. Varje ny kund …' and 'Mål 2. …' / '1. Språkkurser …': each copy
        # of a list number stands under its own goal printed with its own label and number --
        # the list numbers its items from 1 again under every goal, so the copies are that
        # many actions, whatever words two of them happen to share ('svenska och finska'); a
        # restatement would stand under the goal it restates, not under another numbered one
        return True
    if not any(m_.group(1) == first for m_ in labelled):
        # ... or one copy stands in the chapter numbered N and another outside it: '3.1' numbering
        # the first row of the table in '3 Arbete', 'Åtgärd 3.1:' an action of goal 3 stated in
        # '5 Hälsa och välfärd' -- one number by chapter, one by goal (forty-eighth blind set)
        by_id = {sec.id: sec for sec in b.sections}
        in_chapter = [first in _section_numbers(m.section, by_id) for m in ms]
        if not (any(in_chapter) and not all(in_chapter)):
            return False
    texts = [normalize_for_match(m.text) for m in ms]
    return all(fuzz.token_set_ratio(a, c) < _UNRELATED for i, a in enumerate(texts) for c in texts[i + 1:])


def _merge_measures(b: Built) -> None:
    by_num: dict[str, list] = {}
    for m in b.measures:
        num = b.measure_number.get(m.id)
        if num:
            by_num.setdefault(num, []).append(m)
    remap: dict[str, str] = {}
    repeating = _tables_repeating_numbers(b)  # (once: the loop changes no number or table)
    for num, ms in by_num.items():
        if len(ms) < 2 or _renumbered(num, ms, b, repeating) or numbered_per_chapter(num, ms, b.measure_from_table):
            continue
        first = ms[0]
        # the running text states the action in full; a summary table shortens it
        prose = [m for m in ms if m.id not in b.measure_from_table]
        kept = max(prose or ms, key=lambda m: len(m.text))
        first.text, first.printed = kept.text, kept.printed  # the printed form of the text kept
        table = next((m for m in ms if m.id in b.measure_from_table), None)
        if prose and table is not None and kept is not table:
            # the summary's short title names the paragraph's first sentence; the sentences
            # after it explain the action (`table_halves.titled_sentence`)
            if (cut := titled_sentence(kept.text, table.text, sentences)) is not None:
                first.text, first.printed = cut, first.printed or kept.text
        if table is not None and table is not first:
            first.goals, first.goal = list(table.goals), table.goal
            take_row_fields(first, table)
        for m in ms[1:]:
            remap[m.id] = first.id
    drop_joined(b, remap)
