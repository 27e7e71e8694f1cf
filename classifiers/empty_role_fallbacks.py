"""Fallbacks when a role comes out empty: what a programme plainly has, read by the most
common conventions, when the convention-based reading (`builder.Builder`) found none of it.

Every programme states measures and most state how they are followed up. When the reader
finds goals but not one measure, or no indicator at all, the document's layout is one no rule
knows yet -- and an empty role scores nothing. These fallbacks read the role by conventions
almost every programme shares, and only then:

- measures (none read, goals read from headings or paragraphs): in the scope of each goal --
  from the heading or paragraph stating it to the next goal or the next heading -- the
  sentences of running text that commit a doer to an action ('Biblioteket ska ordna ...',
  'Kommunen kommer att anställa ...'; `prose_actions.prose_action`, future form only) and
  the items of a list, are that goal's measures. A programme states a goal and then what is
  done about it; a goal with nothing under it but commitments has those as its measures.
- indicators (none read): under a follow-up heading ('Uppföljning', 'Så följer vi upp',
  'Nyckeltal', 'Mätare', 'Indikatorer'), a list or a table column whose entries mostly open
  with a count ('Antal …', 'Andelen …') is the programme's list of indicators: a meter is
  named by what it counts.
- measures, still none: a list right under a heading whose items mostly name their doer
  (at least two such lists) holds the heading's actions, the heading their goal or doer.
- indicators, still none: the entries of run-in meter lines ('Följs upp med: antal X',
  'Signaler på framsteg: antalet X; andelen Y'), also one field of a ' · '-separated line.

classifiers/README.md, 'Fallbacks when a role comes out empty'.
"""

from __future__ import annotations

import re

from .goal_follow_up_headings import goal_named_by_heading
from .elements import Element
from .figure_meters import without_closing_target
from .model import Goal, Indicator, Measure
from .actors import names_actor, parenthesis_in_actors_place, tail_start, trailing_actors
from .goal_number_references import goals_by_number, referenced_goal_number
from .prose_actions import prose_action
from .reader_shared import theme_name
from .records import trailing_fields
from .schedule import parse_schedule
from .label_vocab import FOLLOW_UP_PHRASE, SIGNS_PHRASE, SUCCESS_CLAUSE
from .text import fold, opens_with_count, sentences, squash, strip_marker

# a heading over the programme's follow-up: its lists and tables name what is measured;
# also said as how success is known ('Så här vet vi om vi lyckas', 'Hur vet vi att vi nått
# målet?'), as a programme in plain language heads its follow-up
_FOLLOW_UP_HEADING_RE = re.compile(
    r"uppfolj|folj\w*\s+(?:vi\s+)?upp|nyckeltal|matare|indikator|mats\b|matning"
    # (the phrases every label reader shares, folded: label_vocab.SUCCESS_CLAUSE -- 'vet vi om
    # det fungerar', 'ser man att kommunen lyckats' wherever the heading has it -- and the
    # signs and follow-up phrases, 'Tecken på att vi lyckats', 'Så här mäter vi')
    rf"|\b(?:{fold(SUCCESS_CLAUSE)}|{fold(SIGNS_PHRASE)}|{fold(FOLLOW_UP_PHRASE)})\b", re.I)
# an arrow opening a listed action ('→ Språkcafé ...'), a bullet's marker of its own
_ARROW_RE = re.compile(r"^[→➔➜⇒►▶]\s*")
# (an entry naming a count, 'Antal deltagare', 'Andelen elever som ...', '% av ...':
# `text.opens_with_count`, shared with the table reading)


def count_columns(table) -> list[list[tuple[int, str]]]:
    """The columns of a table whose filled cells mostly open with a count: (row, text) each."""
    body = table.rows[table.header_rows:]
    out = []
    for c in range(max((len(r) for r in body), default=0)):
        cells = [(table.header_rows + k, squash(row[c])) for k, row in enumerate(body) if c < len(row) and squash(row[c])]
        hits = sum(opens_with_count(t) for _, t in cells)
        if hits >= 2 and 2 * hits >= len(cells):
            out.append(cells)
    return out


def next_id(items, prefix: str) -> int:
    nums = [int(x.id[len(prefix):]) for x in items if x.id[len(prefix):].isdigit()]
    return max(nums, default=0) + 1


def goal_stated_at(el: Element, goals) -> object | None:
    """The goal a heading or paragraph states (its text holds the goal's whole text)."""
    if el.kind not in ("heading", "para"):
        return None
    text = fold(squash(el.text))
    best = None
    for g in goals:
        gt = fold(squash(g.text)).rstrip(".")
        if len(gt) >= 12 and gt in text and (best is None or len(gt) > len(fold(best.text))):
            best = g
    return best


def _listed_measure(item: str) -> dict | None:
    """A list item under a goal as a measure's fields: its who/when tail ('(X, 2026)',
    '– ansvar: X') cut off the text as the reader cuts it elsewhere (`actors.tail_start`),
    or the '(X, <time>)' shape of a doer's place; None for a count (a meter) or a stub."""
    text = _ARROW_RE.sub("", strip_marker(squash(item))).rstrip(".").strip()
    if len(text.split()) < 3 or opens_with_count(text):
        return None
    return action_fields(text)


def action_fields(text: str, placed_doer: bool = True) -> dict:
    """A listed action's fields: its who/when tail ('(X, 2026)', '– ansvar: X') cut off the
    text (`actors.tail_start`) -- or, with `placed_doer`, the '(X, <time>)' shape of a doer's
    place -- as its responsible, partners and schedule; the text alone when it has none."""
    fields: dict = {"text": text}
    start, found = tail_start(text), trailing_actors(text)
    if placed_doer and (start is None or found is None):
        placed = parenthesis_in_actors_place(text)
        start, found = placed if placed is not None else (None, None)
    if start is not None and found is not None and text[:start].strip(" –-,"):
        responsible, partners, when = found
        schedule, first, last = parse_schedule(when)
        fields.update(text=text[:start].strip(" –-,.").strip(), printed=text, responsible=responsible,
                      partners=partners, schedule=schedule, start_year=first, end_year=last)
    return fields


def _lists_mostly_naming_doers(elements: list[Element]) -> set[int]:
    """Indices of the bullets of every list (a run of bullets) at least half of whose items
    name their doer (`_item_names_doer`). (Not the structure reader's
    `builder._lists_where_an_item_names_its_doer`, for which one item naming its doer is enough.)"""
    out: set[int] = set()
    run: list[int] = []
    for i, el in enumerate(elements + [Element(kind="para")]):
        if el.kind == "bullet":
            run.append(i)
            continue
        doers = sum(_item_names_doer(elements[k]) for k in run)
        if run and doers and 2 * doers >= len(run):
            out.update(run)
        run = []
    return out


def measures_under_goals(built, elements: list[Element]) -> None:
    """No measure read, goals read: each goal's committing sentences and list items."""
    if built.measures or not built.goals:
        return
    n = next_id(built.measures, "m")
    goal = None
    acting = _lists_mostly_naming_doers(elements)
    for i, el in enumerate(elements):
        stated = goal_stated_at(el, built.goals)
        if stated is not None:
            goal = stated
            rest = fold(squash(el.text)).split(fold(squash(goal.text)).rstrip("."), 1)[-1]
            if len(rest.strip(" .:")) < 20:  # the goal alone: nothing of it to read as actions
                continue
        elif el.kind == "heading" or el.kind == "table":
            # a heading closes the goal's scope; a table is read by its own conventions
            goal = None
            continue
        if goal is None:
            continue
        if el.kind == "bullet":
            # a list of which no item names a doer may be background ('Många familjer bor ...')
            measure = _listed_measure(el.text) if i in acting else None
            if measure is not None:
                built.measures.append(Measure(id=f"m{n}", goal=goal.id, goals=[goal.id], section=goal.section,
                                              theme=goal.theme, page=el.page, **measure))
                n += 1
            continue
        for sentence in sentences(el.text):
            if stated is not None and fold(squash(goal.text)).rstrip(".") in fold(sentence):
                continue
            found = prose_action(sentence)
            # a commitment ('ska', 'kommer att'): the plain present may tell what is done now
            if found is None or not found.commits:
                continue
            built.measures.append(Measure(
                id=f"m{n}", text=found.text, printed=found.printed, goal=goal.id, goals=[goal.id],
                section=goal.section, theme=goal.theme, responsible=found.responsible,
                partners=found.partners, schedule=found.schedule, start_year=found.start_year,
                end_year=found.end_year, page=el.page))
            n += 1


def _names_doer(item: str) -> bool:
    """A list item that names who does it: a who/when tail, labelled fields, the
    '(X, <time>)' shape, or a sentence committing its subject ('X ska ordna ...')."""
    text = _ARROW_RE.sub("", strip_marker(squash(item)))
    if trailing_actors(text) is not None or parenthesis_in_actors_place(text) is not None:
        return True
    if trailing_fields(text):
        return True
    found = prose_action(text)
    return found is not None and bool(found.responsible)


def _item_names_doer(el: Element) -> bool:
    """A list item naming its doer in its text (`_names_doer`) or in fields of who and when
    the layout printed apart from its text (`Element.fields`)."""
    return _names_doer(el.text) or bool(el.fields)


def measures_under_headings(built, elements: list[Element]) -> None:
    """Still no measure read: a list right under a heading (an intro paragraph or two
    between) whose items mostly name their doer is that heading's actions, and the heading
    names what they are for -- the goal (or, when no goal was read at all, is taken as it)."""
    if built.measures:
        return
    groups: list[tuple[Element, list[Element], list[str]]] = []
    heading, items, paras = None, [], []
    for el in elements + [Element(kind="heading", text="", level=0)]:
        if el.kind == "heading" or el.kind == "table":
            if heading is not None and items:
                groups.append((heading, items, paras))
            heading, items, paras = (el if el.kind == "heading" else None), [], []
        elif el.kind == "para":
            paras = paras + [el.text]
            if items or len(paras) > 2:  # prose after the list, or no list right under the heading
                if items:
                    groups.append((heading, items, paras[:-1]))
                heading, items = None, []
        elif el.kind == "bullet" and heading is not None:
            items.append(el)
    groups = [(h, its, ps) for h, its, ps in groups
              if h.text.strip() and 1 <= (doers := sum(_item_names_doer(el) for el in its)) and 2 * doers >= len(its)]
    if len(groups) < 2:  # one list under one heading says nothing of a layout
        return
    n, g = next_id(built.measures, "m"), next_id(built.goals, "g")
    make_goals = not built.goals
    numbered = goals_by_number(built.goals)
    # the goals each section names by number in its opening text ('Artikeln genomför
    # avtalets mål 1.'): its list is that goal's actions, its heading the goal's theme
    served = {id(h): numbered.get(referenced_goal_number(" ".join(ps)) or "") for h, _, ps in groups}
    themed = [x.id for x in served.values() if x is not None]
    for h, its, _ in groups:
        title = squash(h.text)
        goal = goal_stated_at(h, built.goals) or served[id(h)]
        if goal is not None and goal is served[id(h)] and themed.count(goal.id) == 1:
            goal.theme = theme_name(title)
        doer = None
        if goal is None and names_actor(title):
            doer = title  # 'Biblioteket' over its list: the list's doer, no goal
        elif goal is None and make_goals:
            goal = Goal(id=f"g{g}", text=title, page=h.page)
            built.goals.append(goal)
            g += 1
        for el in its:
            measure = _listed_measure(el.text)
            if measure is None:
                continue
            if not measure.get("responsible") and (said := prose_action(strip_marker(squash(el.text)))) is not None \
                    and said.responsible:
                # the item's own subject commits itself ('Kulturbron åtar sig att ...')
                measure["responsible"], measure["partners"] = said.responsible, said.partners
            if doer and not measure.get("responsible"):
                measure["responsible"] = [doer]
            ids = [goal.id] if goal is not None else []
            built.measures.append(Measure(id=f"m{n}", goal=ids[0] if ids else None, goals=ids, page=el.page,
                                          section=goal.section if goal is not None else None,
                                          theme=goal.theme if goal is not None else None, **measure))
            n += 1


def under_follow_up(elements: list[Element]):
    """Each element, and whether it stands under a follow-up heading: from that heading to
    the next heading of its level or above."""
    level = None  # the follow-up heading's level while in its scope
    for el in elements:
        if el.kind == "heading":
            if level is not None and el.level <= level:
                level = None
            if level is None and _FOLLOW_UP_HEADING_RE.search(fold(el.text)):
                level = el.level
        yield el, level is not None


def indicators_under_follow_up(built, elements: list[Element]) -> None:
    """No indicator read: the count-led lists and table columns under a follow-up heading."""
    if built.indicators:
        return
    n = next_id(built.indicators, "i")
    run: list[Element] = []
    goal_of_heading: str | None = None

    def flush() -> None:
        nonlocal n
        # a list mostly of counts: all its items name what is followed up; under a heading
        # that names a goal again ('Uppföljning' / 'Alla får en bra start' / '• Antalet ...',
        # `goal_follow_up_headings`), one count is enough: the heading says whose meters they are
        counts = sum(opens_with_count(el.text) for el in run)
        if (counts >= 2 or (counts and goal_of_heading)) and 2 * counts >= len(run):
            goals = [goal_of_heading] if goal_of_heading else []
            for el in run:
                built.indicators.append(Indicator(id=f"i{n}", text=strip_marker(squash(el.text)).rstrip("."),
                                                  goal=goal_of_heading, goals=goals, page=el.page))
                n += 1
        run.clear()

    for el, under in under_follow_up(elements):
        if el.kind != "bullet":
            flush()
        if el.kind == "heading":
            goal_of_heading = goal_named_by_heading(built.goals, el.text) if under else None
        if el.kind == "heading" or not under:
            continue
        if el.kind == "bullet":
            run.append(el)
        elif el.kind == "table" and el.table is not None:
            for cells in count_columns(el.table):
                for r, t in cells:
                    built.indicators.append(Indicator(id=f"i{n}", text=t.rstrip("."),
                                                      page=el.pages[r] if r < len(el.pages) else el.page))
                    n += 1
    flush()


# a run-in label naming what follows as meters: 'Mäts:', 'Mätare:', 'Följs upp med:',
# 'Indikatorer:', 'Nyckeltal:'
# ('Uppföljning:' alone names a topic: what follows is often how the follow-up is done)
_METER_LABEL_RE = re.compile(r"\bmat(?:s|are|arna|ning)?\b|folj\w*\s+upp\s+(?:(?:detta|det|dem|dessa)\s+)?(?:med|genom)|indikator|nyckeltal")
# a finite verb of being or having: the entry is a sentence ('Avtalet är undertecknat'), no meter
_CLAUSE_VERB_RE = re.compile(r"\b(?:ar|var|har|hade|far|fick|blir|blev|ska|skall|kan|finns|sker|gors)\b")
_PRONOUNS = frozenset("jag vi ni de den det detta dessa man".split())
# the fields of one line set side by side ('Ansvar: X · Tid: 2025 · Följs upp med: Y')
_FIELD_SEP_RE = re.compile(r"\s+[·|]\s+")
_RUN_IN_RE = re.compile(r"^\W*(?P<label>[A-ZÅÄÖa-zåäö][^:;.]{0,40}):\s+(?P<rest>\S.*)$")


def run_in_meters(line: str) -> list[str]:
    """The meters of a run-in line '<label>: a; b; c': its ';'-separated entries when the
    label names meters, or when there are two or more and every one opens with a count."""
    m = _RUN_IN_RE.match(squash(line))
    if not m:
        return []
    entries = [e.strip(" .") for e in m.group("rest").split(";") if e.strip(" .")]
    if not entries:
        return []
    if _METER_LABEL_RE.search(fold(m.group("label"))):
        # 'Mätare: andelen X (utgångsläge 48 %, mål 60 %)': the closing bracket gives the
        # meter's baseline and target, no words of what is measured (`figure_meters`)
        entries = [without_closing_target(e) or e for e in entries]
    if _METER_LABEL_RE.search(fold(m.group("label"))):
        # a label naming meters: each entry a count or a short noun phrase ('valdeltagandet
        # bland ...'), not a sentence telling how the follow-up is done ('jag sammanställer ...')
        return [e for e in entries if opens_with_count(e) or (
            2 <= len(e.split()) <= 8 and fold(e.split()[0]) not in _PRONOUNS and not any(c.isdigit() for c in e)
            and not _CLAUSE_VERB_RE.search(fold(e)))]
    return entries if len(entries) >= 2 and all(opens_with_count(e) for e in entries) else []


def indicators_in_run_in_lines(built, elements: list[Element]) -> None:
    """Still no indicator read: the entries of run-in lines of meters in paragraphs
    ('Signaler på framsteg: antalet X; andelen Y.', '→ mäts: andel Z')."""
    if built.indicators:
        return
    n = next_id(built.indicators, "i")
    for el in elements:
        if el.kind != "para":
            continue
        fields = [f for line in el.text.split("\n") for f in _FIELD_SEP_RE.split(line)]
        for field in fields:
            for entry in run_in_meters(_ARROW_RE.sub("", field.strip())):
                built.indicators.append(Indicator(id=f"i{n}", text=entry, page=el.page))
                n += 1


def fill_empty_roles(built, elements: list[Element]) -> None:
    measures_under_goals(built, elements)
    measures_under_headings(built, elements)
    indicators_under_follow_up(built, elements)
    indicators_in_run_in_lines(built, elements)
