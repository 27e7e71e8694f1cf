"""Fallbacks for tables when a role comes out empty: the action tables and meter columns the
convention-based reading (`builder.Builder`) read nothing from, read by what their cells hold.

`empty_role_fallbacks` reads sentences and lists when no measure or indicator was read; it
leaves tables alone. A programme whose plan is a table the reader knows no convention for
then has no measure at all. These fallbacks read such tables, and only when the role they
fill is still empty after everything else:

- measures (none read), label tables: a two-column table of label | value rows whose labels
  repeat ('Åtgärder | X', 'Ansv. | Y', 'Tid | Z', 'Åtgärder | ...') is one record per
  repeat, as a card is: the value of the label that opens each record (the one naming the
  action when a label does, else the first) is the action, the others its fields by their
  label, else by what they hold (actor names -> responsible, a time -> schedule, a count ->
  indicator). A record opened by a goal or a meter label ('Mål', 'Mäts med') is no action.
- measures (none read), grid tables whose header no rule knows: a table with a header row,
  no column headed as the action, and a column of who or when (by its header or by its
  cells: actor names, times) is an action plan ('Steg | Vem | När', 'Projekt | Huvudman |
  Period'): a plan names who does each thing and when. Its leftmost text column not read as
  a field is the action column, each filled row one action; the other columns are fields as
  above. A table of names and tasks (both columns actors) or of terms and meanings (no who
  or when) has no action column and is left.
- measures (none read), action cards: a heading, a paragraph or two, then a line of labelled
  fields opening with who or when ('Tid: X · Partner: Y · Följs upp med: Z'): the heading is
  the action, the line its fields and meters.
- indicators (none read, not even under a follow-up heading): a table column whose cells
  mostly open with a count ('Antal …', 'Andelen …'), anywhere: a meter is named by what it
  counts. A cell of a grid read above that holds a '<meter label>: a; b' line gives its
  entries as the action's meters.
- indicators (some read): under a follow-up heading, an indicator holding two or more cells
  of a count-led column whole is the column glued into one text: one indicator per cell.

Each measure is linked to the goal in whose scope the table stands: the last goal a heading
or paragraph before it stated, until a heading of that goal's level or above.

classifiers/README.md, 'Fallbacks when a role comes out empty'.
"""

from __future__ import annotations

import re

from .actors import names_actor, split_actors
from .elements import Element
from .empty_role_fallbacks import count_columns, goal_stated_at, next_id, run_in_meters, under_follow_up
from .headers import header_role, label_role
from .model import Indicator, Measure
from .reader_shared import headers_of
from .schedule import opens_with_time, parse_schedule
from .text import fold, opens_with_count, squash

# a label cell: a few words, no digit, no sentence ('Åtgärder', 'Ansv.', 'Följs upp med')
_LABEL_MAX_WORDS = 4
# an actor cell names a doer in a few words ('Fritidsbyrån, Tjusterby Simsällskap'); a longer
# cell is a description that happens to open with a noun
_ACTOR_MAX_WORDS = 8
# a time cell: the whole cell is the time ('Läsåret 2025–2026', 'Fortlöpande'), a short phrase
_TIME_MAX_WORDS = 6


def _is_label(cell: str) -> bool:
    text = squash(cell).rstrip(":")
    words = text.split()
    if not words or len(words) > _LABEL_MAX_WORDS or any(c.isdigit() for c in text):
        return False
    # a full stop closes a sentence, or a one-word abbreviation ('Ansv.')
    return not text.endswith(".") or (len(words) == 1 and len(text) <= 8)


def _is_time(cell: str) -> bool:
    text = squash(cell)
    m = opens_with_time(text)
    return bool(m) and len(text.split()) <= _TIME_MAX_WORDS


def _is_actor(cell: str) -> bool:
    text = squash(cell)
    if not text or len(text.split()) > _ACTOR_MAX_WORDS or _is_time(text) or opens_with_count(text):
        return False
    if any(c.isdigit() for c in text):
        return False
    return names_actor(text)


def _content_role(cell: str) -> str | None:
    """The field a cell holds by what it says: a time, a count (a meter), actor names."""
    if _is_time(cell):
        return "schedule"
    if opens_with_count(cell):
        return "indicator"
    if _is_actor(cell):
        return "responsible"
    return None


def _column_role(cells: list[str]) -> str | None:
    """The role most (more than half) of a column's filled cells hold by content."""
    if not cells:
        return None
    roles = [_content_role(c) for c in cells]
    for role in ("schedule", "indicator", "responsible"):
        if 2 * roles.count(role) > len(cells):
            return role
    return None


def _reads_as_text(cells: list[str]) -> bool:
    """A column of running text: most cells of two words or more with letters, few numbers."""
    if not cells:
        return False
    wordy = sum(len(c.split()) >= 2 and sum(ch.isalpha() for ch in c) > 2 * sum(ch.isdigit() for ch in c)
                for c in cells)
    return 2 * wordy > len(cells)


def _groups_rows(cells: list[str]) -> bool:
    """A column repeating a cell's text in another row names the group each row belongs to
    (the area or theme a follow-up table's meters fall under: 'Delområde | Indikator |
    Utgångsvärde | Rapporteras till', 'Arbete och kompetens' over two rows), not the
    action: a plan lists each action once, an area spans several rows."""
    texts = [c.casefold() for c in cells]
    return len(set(texts)) < len(texts)


class _Scope:
    """The goal a table stands under: the last goal stated by a heading or paragraph, until a
    heading of that goal's level or above."""

    def __init__(self, goals) -> None:
        self.goals, self.goal, self.level, self.heading_level = goals, None, 0, 0

    def see(self, el: Element) -> None:
        stated = goal_stated_at(el, self.goals)
        # `level`: the heading level the goal's scope holds; a heading above it closes it
        if el.kind == "heading":
            if stated is not None:
                self.goal, self.level = stated, el.level + 1
            elif self.goal is not None and el.level < self.level:
                self.goal = None
            self.heading_level = el.level
        elif stated is not None:
            # a goal stated in a paragraph holds the subheadings under its heading
            self.goal, self.level = stated, self.heading_level + 1


def _add_action(built, n: int, i: int, text: str, fields: dict, meters: list[str], goal, page: int,
                meter_page: int | None = None) -> int:
    """Add measure m<n> (in the scope of `goal`) and its meters; the next indicator number."""
    ids = [goal.id] if goal is not None else []
    built.measures.append(Measure(id=f"m{n}", text=" ".join(text.split()).rstrip("."), goal=ids[0] if ids else None,
                                  goals=ids, page=page, section=goal.section if goal is not None else None,
                                  theme=goal.theme if goal is not None else None, **fields))
    for meter in meters:
        i = _add_meter(built, i, meter, f"m{n}", goal, page if meter_page is None else meter_page)
    return i


def _fields(pairs: list[tuple[str | None, str]]) -> tuple[dict, list[str]]:
    """A measure's fields and meters from (role or None, cell) pairs: a role from the label or
    header, else from what the cell holds."""
    fields: dict = {}
    meters: list[str] = []
    for role, cell in pairs:
        text = squash(cell)
        if not text or text in ("–", "-"):
            continue
        role = role or _content_role(text)
        if role == "responsible" and "responsible" not in fields:
            resp, partners = split_actors(cell)
            fields.update(responsible=resp, partners=partners)
        elif role == "partners" and "partners" not in fields:
            fields["partners"] = split_actors(cell, "partners")[1]
        elif role == "schedule" and "schedule" not in fields:
            schedule, first, last = parse_schedule(text)
            fields.update(schedule=schedule, start_year=first, end_year=last)
        elif role == "indicator":
            meters += run_in_meters(text) or [text.rstrip(".")]
        elif role is None:
            meters += run_in_meters(text)
    return fields, meters


def _add_meter(built, i: int, meter: str, measure: str, goal, page: int) -> int:
    """Add an action's meter (or link the same meter read by another fallback to the action);
    the next indicator number."""
    same = next((x for x in built.indicators if squash(x.text).casefold() == squash(meter).casefold()), None)
    if same is not None:
        same.measure = same.measure or measure
        return i
    built.indicators.append(Indicator(id=f"i{i}", text=meter, measure=measure, goal=goal.id if goal else None,
                                      goals=[goal.id] if goal else [], page=page))
    return i + 1


def _label_records(table) -> list[list[tuple[str, str, int]]] | None:
    """The records of a label table: (label, value, row) runs, each opened by the label
    opening the first; None when the table is no label table or no label repeats."""
    rows = [(r, k) for k, r in enumerate(table.rows) if len([c for c in r if squash(c)]) == 2]
    if len(rows) < 3 or len(rows) < 0.8 * len([r for r in table.rows if any(squash(c) for c in r)]):
        return None
    pairs = [([c for c in r if squash(c)], k) for r, k in rows]
    if not all(_is_label(cells[0]) for cells, _ in pairs):
        return None
    labels = [squash(cells[0]).rstrip(":") for cells, _ in pairs]
    # the action's label opens each record when a label names the action, else the first label
    opener = next((lab for lab in labels if label_role(lab) == "measure"), labels[0])
    # a label that opens one record only is a term of a glossary or a one-off fact sheet
    if labels.count(opener) < 2:
        return None
    # the records give their actions fields: a label naming one, or a who, a when, a count
    if not any(label_role(lab) in ("responsible", "schedule", "indicator") or _content_role(cells[1])
               for (cells, _), lab in zip(pairs, labels) if lab != opener):
        return None
    records: list[list[tuple[str, str, int]]] = []
    for (cells, k), lab in zip(pairs, labels):
        if lab == opener:
            records.append([])
        if records:
            records[-1].append((lab, cells[1], k))
    return records


def measures_in_label_tables(built, elements: list[Element]) -> None:
    """The records of label tables whose labels repeat."""
    n, i = next_id(built.measures, "m"), next_id(built.indicators, "i")
    scope = _Scope(built.goals)
    for el in elements:
        scope.see(el)
        if el.kind != "table" or el.table is None:
            continue
        records = _label_records(el.table)
        if not records:
            continue
        for record in records:
            label, action, k = record[0]
            # a record opened by a goal or a meter states no action ('Mål | ...', 'Mäts med | ...')
            if label_role(label) in ("goal", "indicator") or not _reads_as_text([squash(action)]):
                continue
            fields, meters = _fields([(label_role(lab), value) for lab, value, _ in record[1:]])
            page = el.pages[k] if k < len(el.pages) else el.page
            i = _add_action(built, n, i, squash(action), fields, meters, scope.goal, page)
            n += 1


def _plan_columns(table) -> tuple[int, dict[int, str]] | None:
    """(action column, {column: field role}) of a grid table read as an action plan, else None."""
    if table.header_rows < 1 or len(table.rows) - table.header_rows < 2:
        return None
    header = [squash(h) for h in headers_of(table, table.header_rows)]
    body = table.rows[table.header_rows:]
    if any(header_role(h) == "measure" for h in header if h):
        return None  # a column headed as the action: the reader's own conventions read it
    roles: dict[int, str] = {}
    texts: list[int] = []
    for c, h in enumerate(header):
        cells = [squash(r[c]) for r in body if c < len(r) and squash(r[c])]
        role = header_role(h) if h else None
        if role in ("responsible", "partners", "schedule", "indicator"):
            roles[c] = role
        elif role is None and (by_content := _column_role(cells)) is not None:
            roles[c] = by_content
        elif role is None and _reads_as_text(cells) and not _groups_rows(cells):
            texts.append(c)
    if not texts or not any(r in ("responsible", "schedule") for r in roles.values()):
        return None  # no who or when beside the text: no plan
    return texts[0], roles


def measures_in_unknown_tables(built, elements: list[Element]) -> None:
    """Each row of a table laid out as an action plan under a header no rule knows."""
    n, i = next_id(built.measures, "m"), next_id(built.indicators, "i")
    scope = _Scope(built.goals)
    for el in elements:
        scope.see(el)
        if el.kind != "table" or el.table is None:
            continue
        plan = _plan_columns(el.table) if not _label_records(el.table) else None
        if plan is None:
            continue
        action_col, roles = plan
        for k, row in enumerate(el.table.rows[el.table.header_rows:], start=el.table.header_rows):
            action = squash(row[action_col]) if action_col < len(row) else ""
            if not action:
                continue
            fields, meters = _fields([(role, row[c]) for c, role in roles.items() if c < len(row)])
            page = el.pages[k] if k < len(el.pages) else el.page
            i = _add_action(built, n, i, action, fields, meters, scope.goal, page)
            n += 1


def indicators_in_count_columns(built, elements: list[Element]) -> None:
    """No indicator read: every table column whose cells mostly open with a count."""
    if built.indicators:
        return
    n = next_id(built.indicators, "i")
    for el in elements:
        if el.kind != "table" or el.table is None:
            continue
        for cells in count_columns(el.table):
            for r, t in cells:
                built.indicators.append(Indicator(id=f"i{n}", text=t.rstrip("."),
                                                  page=el.pages[r] if r < len(el.pages) else el.page))
                n += 1


# the fields of one line set side by side ('Ansvar: X · Tid: 2025 · Följs upp med: Y')
_FIELD_SEP_RE = re.compile(r"\s+[·|]\s+|\n")
_FIELD_RE = re.compile(r"^\W*(?P<label>[A-ZÅÄÖ][^:;.]{0,30}\.?):\s*(?P<value>.*)$")
# paragraphs of description allowed between a card's title and its line of fields
_CARD_PARAS = 2


def _labelled_fields(parts: list[str], field_re: re.Pattern, role_of) -> list[tuple[str | None, str]] | None:
    """The (role, value) fields of a paragraph's parts when every part is a labelled field
    ('<label>: <value>', the role `role_of(label)`), two or more, the first of who or when;
    else None."""
    fields = []
    for part in parts:
        if not part.strip():
            continue
        m = field_re.match(part.strip())
        if not m:
            return None
        fields.append((role_of(m.group("label")), m.group("value").strip()))
    if len(fields) < 2 or fields[0][0] not in ("responsible", "partners", "schedule"):
        return None
    return fields


def _field_line(text: str) -> list[tuple[str | None, str]] | None:
    """The (role, value) fields of a paragraph that is all labelled fields and opens with who
    or when ('Ansvar: X · Partner: Y · Tid: Z · Följs upp med: W'), else None."""
    return _labelled_fields(_FIELD_SEP_RE.split(squash(text) if "·" in text or "|" in text else text),
                            _FIELD_RE, label_role)


def measures_on_cards(built, elements: list[Element]) -> None:
    """An action card: a heading naming the action, a paragraph or two telling it, and a line
    of its fields ('Ansvar: X · Tid: Y'), as brochures and web pages print a plan: the
    heading is the action, the line its who, when and meters."""
    n, i = next_id(built.measures, "m"), next_id(built.indicators, "i")
    scope = _Scope(built.goals)
    title, paras = None, 0
    for el in elements:
        scope.see(el)
        if el.kind == "heading":
            # a heading stating a goal or naming the follow-up titles no action
            title = el if goal_stated_at(el, built.goals) is None and not _FOLLOW_UP_RE.search(el.text.lower()) else None
            paras = 0
            continue
        if el.kind != "para" or title is None:
            title = None
            continue
        fields = _field_line(el.text)
        if fields is None:
            paras += 1
            if paras > _CARD_PARAS:
                title = None
            continue
        found, meters = _fields(fields)
        action = squash(title.text)
        if len(action.split()) >= 2 and not opens_with_count(action):
            i = _add_action(built, n, i, action, found, meters, scope.goal, title.page, meter_page=el.page)
            n += 1
        title = None


# the fields of a line printed under the paragraph stating an action: set side by side, or
# run on after a semicolon when a label follows it ('Verkställs av: X; tidpunkt: 2026')
_RUN_ON_FIELD_SEP_RE = re.compile(r"\s+[·|]\s+|\n|;\s+(?=[A-ZÅÄÖa-zåäö][^:;.]{0,30}:)")
_RUN_ON_FIELD_RE = re.compile(r"^\W*(?P<label>[A-ZÅÄÖa-zåäö][^:;.]{0,30}\.?):\s*(?P<value>\S.*)$")
# a label in the s-passive with its agent ('Verkställs av', 'Genomförs av', 'Utförs av'):
# Swedish names the doer of a passive verb with 'av', so the field is who does it
_PASSIVE_AGENT_RE = re.compile(r"^\w+s\s+av$")
# a run-in label opening the paragraph that states the action ('Beslut: ', 'Åtgärd: ')
_RUN_IN_LABEL_RE = re.compile(r"^[A-ZÅÄÖ]\w*(?:\s\w+)?:\s+(?=\S)")


def _fields_under_action(text: str) -> list[tuple[str | None, str]] | None:
    """The (role, value) fields of a paragraph that is all labelled fields, two or more,
    opening with who or when ('Verkställs av: X; tidpunkt: Y', 'Ansvar: X · Tid: Y'), else None."""
    fields = _labelled_fields(_RUN_ON_FIELD_SEP_RE.split(squash(text)), _RUN_ON_FIELD_RE, _run_on_role)
    return None if fields is None else [(role, value.rstrip(".")) for role, value in fields]


def _run_on_role(label: str) -> str | None:
    label = label.strip()
    return label_role(label) or ("responsible" if _PASSIVE_AGENT_RE.match(fold(label)) else None)


def measures_over_field_lines(built, elements: list[Element]) -> None:
    """An action stated in a paragraph of its own with the line of its fields right under
    it ('Beslut: En mentorverksamhet startas …' over 'Verkställs av: X; tidpunkt: hösten
    2026'), as minutes and decision lists print a plan -- the action card without a heading:
    the paragraph (its run-in label cut) is the action, the line its who and when; two such
    pairs at least (one says nothing of a layout), each under the goal in whose scope it stands."""
    pairs = []
    scope = _Scope(built.goals)
    prev = None
    for el in elements:
        scope.see(el)
        if el.kind != "para":
            prev = None
            continue
        fields = _fields_under_action(el.text)
        if fields is not None and prev is not None:
            pairs.append((prev, fields, scope.goal))
            prev = None
            continue
        # a goal line or a field line states no action
        prev = el if fields is None and goal_stated_at(el, built.goals) is None else None
    if len(pairs) < 2:
        return
    n, i = next_id(built.measures, "m"), next_id(built.indicators, "i")
    for para, fields, goal in pairs:
        action = _RUN_IN_LABEL_RE.sub("", squash(para.text), count=1)
        if len(action.split()) < 3 or opens_with_count(action):
            continue
        found, meters = _fields(fields)
        i = _add_action(built, n, i, action, found, meters, goal, para.page)
        n += 1


# a heading over the follow-up, the sources or the contacts: its paragraphs are no card
_FOLLOW_UP_RE = re.compile(r"uppf[oö]lj|f[oö]lj\w*\s+upp|kontakt|nyckeltal|m[aä]tare|indikator")


def measures_in_tables(built, elements: list[Element]) -> None:
    """Still no measure read, not even from sentences and lists (`empty_role_fallbacks`):
    the plans laid out as tables no rule knows."""
    if built.measures:
        return
    # each reads elements of its own kind: all of them, when the role was empty at the start
    measures_in_label_tables(built, elements)
    measures_in_unknown_tables(built, elements)
    measures_on_cards(built, elements)
    # still none: the cards printed without a heading, a paragraph over its line of fields
    if not built.measures:
        measures_over_field_lines(built, elements)


def _split_glued_column(built, cells: list[tuple[int, str]]) -> None:
    """An indicator read as a whole column's cells glued into one (it holds two or more of them
    whole) becomes one indicator per cell, keeping its links: the column lists its meters one
    a cell."""
    texts = [t.rstrip(".") for _, t in cells]
    for k, ind in enumerate(built.indicators):
        whole = fold(squash(ind.text))
        held = [t for t in texts if fold(t) in whole]
        if len(held) < 2:
            continue
        n = next_id(built.indicators, "i")
        parts = [ind.model_copy(update={"text": held[0]})]
        for t in held[1:]:
            parts.append(ind.model_copy(update={"id": f"i{n}", "text": t}))
            n += 1
        built.indicators[k:k + 1] = parts
        return


def indicators_of_follow_up_columns_glued(built, elements: list[Element]) -> None:
    """Under a follow-up heading, a count-led table column read as one indicator (its cells
    glued into one text): one indicator per cell (`_split_glued_column`)."""
    for el, under in under_follow_up(elements):
        if not under or el.kind != "table" or el.table is None:
            continue
        for cells in count_columns(el.table):
            _split_glued_column(built, cells)


def indicators_in_tables(built, elements: list[Element]) -> None:
    """Still no indicator read after every other fallback: count-led table columns; a
    follow-up table's column of meters read as one indicator: one per cell."""
    indicators_in_count_columns(built, elements)
    indicators_of_follow_up_columns_glued(built, elements)
