"""Action plans whose actions carry footnote marks, and plans typed as an indented outline.

A plan typed in a word processor without bullets, labels or table often lays out its levels
by indentation alone, one line per item: the theme at the margin (in capitals), each goal
indented one step, each action two ('ARBETE' / '    Fler vuxna i arbete' / '        Mentor-
program …'). `elements._outline_step` keeps those lines apart as paragraphs with their indent
(`Element.indent`); `fold_indented_plans` reads a run of them as the plan it is: the top level
names a theme (a heading), the next the goals, the deepest the actions -- the table
'Mål | Åtgärd' the same plan would be as a table, one row per action.

Such a plan, or a table of it ('Delmål | Aktiviteter', several actions in a cell, one a line),
keeps who does an action and when out of the plan's lines: each action ends with a footnote
mark ('… utländska examina¹') and the notes under the plan say it ('¹ Vuxenutbildningen vid
Svartå medborgarinstitut, 2025–2027'). A footnote mark stands after the text it annotates, so
in a cell of several lines each mark closes an action (`_marked_items`); the note is the
action's responsible, partners and time (`note_fields`), as an 'Ansvar' cell would be. The
notes are read into the plan's table and are no paragraphs of their own."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.model import Table

from .actors import WITH_PARTNERS_RE
from .elements import Element
from .label_vocab import PARTNER_NOUNS, alt
from .footnote_marks import MARK_END_RE, NOTE_RE, mark_number
from .headers import map_columns
from .schedule import opens_with_time
from .text import squash

# the partner phrases of a note: 'X i samarbete med Y' (`actors.WITH_PARTNERS_RE`), 'Y som
# samarbetspart', 'A och frivilliga från Y' (volunteers of an organisation), 'köps av Y' (a service bought from Y)
_AS_PARTNER_RE = re.compile(rf"^(?P<who>.+?)\s+som\s+{alt(PARTNER_NOUNS)}$", re.I)
_BOUGHT_RE = re.compile(r"^(?:köps|upphandlas|beställs)\s+(?:av|från)\s+(?P<who>.+)$", re.I)
_VOLUNTEERS_RE = re.compile(r"^(?:frivilliga|volontärer)\s+(?:från|i|inom)\s+(?P<who>.+)$", re.I)
# a part that says on what grounds or terms, no actor ('enligt …', 'med stöd av …')
_TERMS_RE = re.compile(r"^(?:enligt|med\s+stöd\s+av|inom\s+ramen\s+för|vid\s+behov)\b", re.I)

_HEADER = ["Mål", "Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell"]


def _marked_items(cell: str) -> list[tuple[str, int]] | None:
    """The actions of a cell whose lines close on footnote marks, each (text, mark): a mark
    ends an action, the lines before it are its wrapped text. None unless every action has
    its mark (the cell's last line closes on one)."""
    out: list[tuple[str, int]] = []
    buf: list[str] = []
    for line in (cell or "").split("\n"):
        if not line.strip():
            continue
        buf.append(line.strip())
        m = MARK_END_RE.search(line)
        if m:
            out.append((MARK_END_RE.sub("", squash(" ".join(buf))).rstrip(".").strip(), mark_number(m.group(1))))
            buf = []
    return out if out and not buf else None


def notes_of(text: str) -> dict[int, str] | None:
    """The notes a paragraph holds ('¹ Vuxenutbildningen …, 2025–2027'), by mark; None when it
    opens with no mark."""
    text = squash(text)
    found = list(NOTE_RE.finditer(text))
    if not found or found[0].start() != 0:
        return None
    out: dict[int, str] = {}
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        out[mark_number(m.group(1))] = text[m.end():end].strip().rstrip(".").strip()
    return out


def note_fields(note: str) -> tuple[list[str], list[str], str]:
    """(responsible, partners, time) a note names: its parts after commas and semicolons;
    a part that opens with a time is the time; partner phrases name partners (module
    docstring); the first part's actors, joined by 'och', are responsible."""
    responsible: list[str] = []
    partners: list[str] = []
    when = ""
    for k, part in enumerate(p.strip() for p in re.split(r"[;,]\s+", note)):
        if not part:
            continue
        if k and opens_with_time(part):
            when = when or part
            continue
        if _TERMS_RE.match(part):
            continue
        m = _AS_PARTNER_RE.match(part) or _BOUGHT_RE.match(part) or _VOLUNTEERS_RE.match(part)
        if m:
            partners.append(m.group("who"))
            continue
        lead, *withs = WITH_PARTNERS_RE.split(part)
        partners += withs
        names = [n.strip() for n in re.split(r"\s+(?:och|samt)\s+", lead) if n.strip()]
        for n in names:
            v = _VOLUNTEERS_RE.match(n)
            if v:
                partners.append(v.group("who"))
            elif k == 0:
                responsible.append(n)
            else:
                partners.append(n)
    return responsible, partners, when


def _notes_after(elements: list[Element], i: int) -> tuple[dict[int, str], list[int]]:
    """The notes in the paragraphs right after element i (up to the next heading or other
    text), and their indexes."""
    notes: dict[int, str] = {}
    taken: list[int] = []
    for j in range(i + 1, len(elements)):
        el = elements[j]
        got = notes_of(el.text) if el.kind == "para" else None
        if got is None:
            break
        notes.update(got)
        taken.append(j)
    return notes, taken


def _plan_table(rows: list[tuple[str, str, int | None]], notes: dict[int, str]) -> Table:
    body = []
    for goal, action, mark in rows:
        who, partners, when = note_fields(notes.get(mark, "")) if mark is not None else ([], [], "")
        body.append([goal, action, " och ".join(who), " och ".join(partners), when])
    return Table(rows=[list(_HEADER)] + body, header_rows=1, method="footnoted-plan")


def _levels(indents: list[float]) -> list[int]:
    """Each indent's level: indents within 3 pt are one level."""
    steps: list[float] = []
    for x in sorted(indents):
        if not steps or x - steps[-1] > 3.0:
            steps.append(x)
    return [max(k for k, s in enumerate(steps) if x >= s - 3.0) for x in indents]


def _fold_outline(run: list[Element], heading_level: int, notes: dict[int, str]) -> list[Element] | None:
    """A run of outline paragraphs as theme headings and plan tables; None when it is no plan
    of goals and actions (fewer than two levels, or an action level without actions)."""
    levels = _levels([el.indent or 0.0 for el in run])
    depth = max(levels) + 1
    if depth < 2 or depth > 3:
        return None
    out: list[Element] = []
    rows: list[tuple[str, str, int | None]] = []
    goal = ""
    page = run[0].page

    def flush() -> None:
        if rows:
            out.append(Element("table", "", page, table=_plan_table(rows, notes), pages=[page] * (len(rows) + 1)))
            rows.clear()

    for el, lv in zip(run, levels):
        text = squash(el.text)
        if depth == 3 and lv == 0:
            flush()
            out.append(Element("heading", text, el.page, level=heading_level + 1))
            page = el.page
        elif lv == depth - 2:
            goal = text.rstrip(".").strip()
        elif goal:
            m = MARK_END_RE.search(text)
            rows.append((goal, MARK_END_RE.sub("", text).rstrip(".").strip(), mark_number(m.group(1)) if m else None))
        else:
            return None
    flush()
    return out if any(e.kind == "table" for e in out) else None


def fold_footnoted_plans(elements: list[Element]) -> list[Element]:
    """The element stream with indented outline plans read as theme headings and plan tables,
    and footnote-marked action cells read one action a row with their notes (module
    docstring)."""
    out: list[Element] = []
    heading_level = 0
    i = 0
    while i < len(elements):
        el = elements[i]
        if el.kind == "heading":
            heading_level = el.level
        if el.kind == "para" and el.indent is not None:
            j = i
            while j < len(elements) and elements[j].kind == "para" and elements[j].indent is not None \
                    and notes_of(elements[j].text) is None:
                j += 1
            notes, taken = _notes_after(elements, j - 1)
            folded = _fold_outline(elements[i:j], heading_level, notes) if j - i >= 3 else None
            if folded is not None:
                out += folded
                i = j + len(taken)
                continue
        if el.kind == "table" and el.table is not None:
            notes, taken = _notes_after(elements, i)
            table = _split_marked_cells(el.table, notes)
            if table is not None:
                out.append(replace(el, table=table, pages=[el.page] * len(table.rows)))
                i += 1 + len(taken)
                continue
        out.append(el)
        i += 1
    return out


def _split_marked_cells(t: Table, notes: dict[int, str]) -> Table | None:
    """A goal | action table whose action cells close each action on a footnote mark: one row
    per action, with the note's fields. None for other tables."""
    if t.header_rows != 1 or len(t.rows) < 2:
        return None
    roles = map_columns(list(t.rows[0]))
    gcol = next((c for c, r in roles.items() if r == "goal"), None)
    mcol = next((c for c, r in roles.items() if r == "measure"), None)
    if gcol is None or mcol is None or set(roles.values()) - {"goal", "measure"}:
        return None
    rows: list[tuple[str, str, int | None]] = []
    notes = dict(notes)
    for row in t.rows[1:]:
        cells = [squash(c) for c in row if c and c.strip()]
        in_row = [notes_of(c) for c in cells]
        if cells and all(n is not None for n in in_row):
            # notes set under the plan in the table's grid (a print that reads the notes
            # beside each other as the table's last rows): the notes, no row of actions
            for n in in_row:
                notes.update(n or {})
            continue
        items = _marked_items(row[mcol] if mcol < len(row) else "")
        if items is None:
            return None
        goal = squash(row[gcol] if gcol < len(row) else "")
        rows += [(goal, text, mark) for text, mark in items]
    if not any(mark in notes for _, _, mark in rows):
        return None
    table = _plan_table(rows, notes)
    table.rows[0][0], table.rows[0][1] = t.rows[0][gcol], t.rows[0][mcol]
    return table
