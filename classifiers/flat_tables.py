"""Tables that OCR flattened into plain text, read back into rows.

A text dump of a table page (Tesseract, pdftotext without layout) has no cells: the header
survives as label lines ('MÅL', 'ÅTGÄRD', 'TIDTABELL ANSVARSPART' / 'OCH PARTNER', 'MÄTARE',
or one line 'Tyngdpunkt Åtgärd/metod Indikator Ansvar') and the cells follow as paragraphs
(blank-line separated), a row's cells one after another in column order:

    MÅL                     <- label: the next value is a goal
    Synligt kunnande
    ÅTGÄRD
    * CV-klinik: info ...   <- a bullet: a measure
    TIDTABELL ANSVARSPART
    OCH PARTNER
    2023 Sysselsättningens  <- starts with a schedule: schedule, the rest its actors
    MÄTARE
    Klinikverksamhet ...    <- the column after the last one filled: the indicator
    * Stödmöjligheter ...   <- a bullet after the indicator: the next row
    ...

The column order is learnt from the labels as they come. Each value goes to a column by
what it is (a label right before it names it; a bullet or a numbered action '4.1' is a measure; a value starting with
a time phrase (schedule.py: a year, 'Fortlöpande', 'från hösten 2025') is a schedule, and what follows the schedule its actors) or else
to the column after the last one filled; a value for a column the row already has, or one
left of the last filled column, starts the next row. A paragraph starting in lower case
(or with a remark in brackets, '(avslutas 12/2022)') goes on with the value before it; one of the same OCR block (no blank line between) is the
next item of the cell filled last. The rows become one table element with the labels as
header, so the table reading (builder.py) does the rest: bullets split into measures, an
empty goal cell means the goal above, actors split on 'i samarbete med'.

The reading by column order runs one cell behind where a row lost a cell (a goal printed once
over its rows, a first line OCR glued across the row): an action lands in the indicator or
actor column or as the next row's goal. A value that opens as an indicator ('Antalet ...', 'Uppföljning av
...') after such a cell, in a table whose indicator column follows its measure column, puts
that cell back as the row's action (`_behind_indicator`); not where labels stand over their
values, which name the columns.

A region starts at a label line naming a goal, measure or indicator column (or at a header
row naming only the indicator and actor columns: then unnamed goal and measure columns come
first) and ends at a heading that is no label, a table, a long prose paragraph or the end. Only plain-text
documents (.txt) are read so; a PDF keeps its cells.

A header row given up front may be followed by the cells column by column instead (OCR read
each column block top to bottom: every goal, then every measure, then every actor ...). That
shows as the labels coming back after the runs they end (the next table's header under the
columns of the one above) or as a run of actor cells longer than a row holds; the columns
then have as many cells each as the table has rows, and the k-th cell of each column is row k
(`_read_by_columns`). A header row followed by each label over its own run stays with the
field reading above.
"""

from __future__ import annotations

import re

from extractors.model import Table

from .content_roles import is_actor_cell, is_indicator_cell, is_schedule_cell
from .elements import Element
from .headers import structure_label_roles
from .schedule import opens_with_times
from .text import BULLET_RE, FUNCTION_WORDS, squash

_HEADER = {"goal": "Mål", "measure": "Åtgärd", "indicator": "Mätare", "responsible": "Ansvar",
           "partners": "Partner", "actors": "Ansvarspart och partner", "schedule": "Tidtabell"}
# a numbered action ('4.14. Verksamhetsställena ...'): a measure, as a bullet is
_ACTION_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+\S")
# a paragraph this long is prose, not a cell: the table is over
_PROSE_CHARS = 400
# a numbered caption or an appendix title ('Tabell 5. Budget ...', 'Figur 2:', 'Bilaga 1.')
# opens something else: the table before it has ended, though a dump shows no heading
_CAPTION_RE = re.compile(r"^\s*(?:tabell|figur|diagram|bild|bilaga)\s+\d{1,2}\s*[.:]", re.I)


def _label_roles(el: Element) -> list[str]:
    if el.kind not in ("heading", "para"):
        return []
    return structure_label_roles(el.text) or _qualified_label_roles(el.text)


# the words a label's lead may have before the function word that joins it to its label
_LEAD_WORDS = 3


def _qualified_label_roles(text: str) -> list[str]:
    """The roles of a label led by a word that names no column and joined to it by a function
    word ('Sammanfattning av åtgärderna'): the label of the line's rest. The same label as
    `_label_head` reads wrapped over two lines ('Sammanfattning av' / 'åtgärderna'), here on
    one. A lead that itself names a column ('Ansvar för åtgärderna') is that column's label,
    not the rest's: no roles. The rest names one column, as a label does."""
    ws = text.split()
    for k in range(1, min(_LEAD_WORDS, len(ws) - 1) + 1):
        if ws[k - 1].lower() in FUNCTION_WORDS:
            if k == 1 or any(structure_label_roles(w) for w in ws[:k - 1]):
                return []
            roles = structure_label_roles(" ".join(ws[k:]))
            # one column: a lead over several ('Sammanfattning om åtgärder, mätare och
            # ansvariga aktörer') is the title of a chapter about them
            return roles if len(roles) == 1 else []
    return []


def _label_head(elements: list[Element], j: int) -> bool:
    """elements[j] is the first line of a header label wrapped over two lines, the second a
    label ('Sammanfattning av' / 'åtgärderna'): a short line that cannot end (it stops on a
    function word) right above a label line of the same block."""
    el = elements[j]
    if el.kind not in ("heading", "para") or j + 1 >= len(elements) or len(el.text.split()) > 3:
        return False
    nxt = elements[j + 1]
    return nxt.blank_before is False and nxt.page == el.page and bool(_label_roles(nxt)) \
        and el.text.split()[-1].lower() in FUNCTION_WORDS


def split_schedule(text: str) -> tuple[str, str] | None:
    """('2023', 'Sysselsättningens ekosystem ...') for a value that starts with a schedule."""
    text = text.strip()
    m = opens_with_times(text)
    if not m:
        return None
    # the cell's closing '.' or ',' belongs to neither the schedule nor the actors after it
    rest = re.sub(r"^[.,]", "", text[m.end():])
    return m.group(0).strip(), rest.strip()


def _opens_its_field(roles: list[str], elements: list[Element], j: int) -> bool:
    """The value after the label line at elements[j] (and its wrapped second line) reads as
    a cell of the label's column: a bullet or numbered action under 'Åtgärd', a year under
    'Tidtabell', organisations under 'Ansvar', a count under 'Mätare'. A goal cell has no
    such form: a goal label always counts as opening its field."""
    k = j + 1
    while k < len(elements) and _label_roles(elements[k]):
        k += 1
    if k >= len(elements) or "goal" in roles:
        return True
    text = squash(elements[k].text)
    fits = {"measure": lambda t: bool(BULLET_RE.match(t) or _ACTION_RE.match(t)),
            "schedule": lambda t: split_schedule(t) is not None}
    return any(fits.get(r, lambda t, r=r: _cell_fits(r, t))(text) for r in roles)


def _in_stacked_labels(elements: list[Element], j: int) -> bool:
    """The label line at elements[j] has another label one value before or after it
    ('ÅTGÄRD' / cell / 'TIDTABELL' / cell / 'MÄTARE'): labels each under one cell, not a lone
    label in a run of values."""
    def label_at(k: int) -> bool:
        return 0 <= k < len(elements) and bool(_label_roles(elements[k]))

    first, last = j, j
    while label_at(first - 1):
        first -= 1
    while label_at(last + 1):
        last += 1
    return label_at(first - 2) or label_at(last + 2)


def _wraps_label(text: str) -> bool:
    """A label line going on with the label line above ('OCH PARTNER', 'partner')."""
    return text[:1].islower() or text.split()[:1] in (["och"], ["samt"], ["OCH"], ["SAMT"])


# a remark in brackets opening in lower case ('(avslutas 12/2022)', '(t.ex. pandemin)'):
# it qualifies the words before it, no cell opens with one
_REMARK_RE = re.compile(r"^\((?=[a-zåäö])")


def _goes_on(text: str) -> bool:
    """A paragraph that goes on with the value before it: it opens in lower case, or with a
    remark in brackets (OCR broke the cell with a blank line)."""
    return text[:1].islower() or bool(_REMARK_RE.match(text))


def _introduces_list(cell: list[str], k: int) -> bool:
    """cell[k] is the unmarked line over the printed list the cell opens with ('Huvudsakliga
    målsättningar' over its bullets): the list's introduction, which the table reading tells
    from an item (builder, `cells.split_marked_items`); marked, it would read as one more."""
    return k == 0 and len(cell) > 1 and bool(BULLET_RE.match(cell[1]))


class _Reader:
    def __init__(self) -> None:
        self.columns: list[str] = []
        self.rows: list[tuple[int, dict[str, list[str]]]] = []
        self.last: str | None = None  # column filled last in the current row
        self.named: str | None = None  # column named by the label right before
        self.sticky: str | None = None  # column of the last label, while its values go on
        self.numbered_measures = False  # the table's actions carry numbers ('1.1 ...')
        self.field_labels = False  # a label naming one column stood right over a value

    def add_labels(self, roles: list[str], joins_previous: bool, text: str = "") -> None:
        """A label line. Label lines in a row are one header row (the cells follow, row by
        row, from its first column); a label alone between values opens its field (the
        values after it are its items, as when OCR reads a table column by column)."""
        if "actors" in self.columns:
            # the header repeated on a later page: its 'ANSVARSPART' is the column of both
            roles = list(dict.fromkeys("actors" if r in ("responsible", "partners") else r for r in roles))
        wraps = _wraps_label(text)
        if joins_previous and "responsible" in self.columns and roles == ["partners"] and wraps:
            # 'ANSVARSPART' / 'OCH PARTNER' on two lines: one column of both (a label of its
            # own, 'Samarbetspartner' after 'Ansvarsinstans', is the next column)
            self.columns[self.columns.index("responsible")] = "actors"
            # the column the first line opened is the merged one
            self.named = "actors" if self.named == "responsible" else self.named
            self.sticky = "actors" if self.sticky == "responsible" else None
            return
        if joins_previous and wraps and roles == ["actors"] and "actors" in self.columns:
            # 'OCH PARTNER' under a repeated 'ANSVARSPART', 'partner' under 'Ansvarspart och':
            # the label above goes on, the column it opened stays open
            return
        for r in roles:
            if r not in self.columns:
                self.columns.append(r)
        if joins_previous:
            self.sticky = self.named = None  # a header row: no column is open
            return
        self.named = roles[0]
        self.sticky = roles[0] if len(roles) == 1 else None

    def under_its_cell(self, roles: list[str]) -> bool:
        """A lone label line naming the column filled last, right after its value."""
        if self.last is None or self.named is not None or not self.rows:
            return False
        merged = {"actors" if r in ("responsible", "partners") and "actors" in self.columns else r for r in roles}
        return self.last in merged

    def _row(self, page: int) -> dict[str, list[str]]:
        if not self.rows:
            self.rows.append((page, {}))
        return self.rows[-1][1]

    def _new_row(self, page: int) -> dict[str, list[str]]:
        self.rows.append((page, {}))
        self.last = None
        return self.rows[-1][1]

    def _after(self, col: str | None) -> str | None:
        if col is None:
            return self.columns[0] if self.columns else None
        k = self.columns.index(col) + 1 if col in self.columns else len(self.columns)
        return self.columns[k] if k < len(self.columns) else None

    def _put(self, col: str, text: str, page: int) -> None:
        row = self._row(page)
        order = self.columns.index
        if col in row and not (col == "measure" and self.last == "measure"):
            row = self._new_row(page)
        elif self.last is not None and col in self.columns and self.last in self.columns \
                and order(col) < order(self.last):
            row = self._new_row(page)
        row.setdefault(col, []).append(text)
        if col != self.sticky:
            self.sticky = None
        self.last = col

    def _add_item(self, col: str, text: str) -> None:
        """`text` as one more item of the current row's cell `col`: list cells mark each
        item as a bullet does, so that the table reading splits them."""
        cell = self.rows[-1][1][col]
        if col in ("measure", "indicator"):
            cell[:] = [x if BULLET_RE.match(x) or _introduces_list(cell, k) else f"• {x}"
                       for k, x in enumerate(cell)]
            text = text if BULLET_RE.match(text) else f"• {text}"
        cell.append(text)

    def add_value(self, el: Element, same_block: bool = False) -> None:
        """A paragraph of the table. `same_block`: it follows the value before it without a
        blank line (OCR keeps the lines of one cell in one block), so it is the next item of
        the cell filled last, not the next column."""
        text = squash(el.text)
        if _goes_on(text) and self.rows and (self.named or self.last) is not None:
            # a cell OCR broke with a blank line, or one going on under the header repeated
            # on the next page (the label names its column)
            cell = self.rows[-1][1].get(self.named or self.last)
            if not cell and self.named is not None and (before := self._unfinished(self.named)):
                # the first value under its column's label, in lower case, where this row has
                # no cell of the column yet: the end of the column's last cell, which broke
                # off on a function word ('… i samarbete med' / the next page:
                # 'välfärdsområdet'); the label still names the value after it
                before[-1] = f"{before[-1]} {text}"
                return
            if cell:
                cell[-1] = f"{cell[-1]} {text}"
                self.last, self.named = self.named or self.last, None
                return
        named, self.named = self.named, None
        if named is not None and named == self.sticky:
            self.field_labels = True
        if (BULLET_RE.match(text) or _ACTION_RE.match(text)) and "measure" in self.columns:
            self._put("measure", text, el.page)
            return
        sched = split_schedule(text) if "schedule" in self.columns else None
        if sched and named not in ("goal", "measure", "indicator"):
            when, rest = sched
            if not rest and named is None and self.sticky == "schedule" == self.last and self.rows:
                # the next schedule of a column read top to bottom under its 'Tidtabell'
                self._add_item("schedule", when)
                return
            self._put("schedule", when, el.page)
            actor_col = self._after("schedule")
            if rest and actor_col in ("responsible", "actors", "partners"):
                self._put(actor_col, rest, el.page)
            return
        if same_block and named is None and self.last is not None and self.rows \
                and self.rows[-1][0] == el.page and self.rows[-1][1].get(self.last):
            self._add_item(self.last, text)
            return
        if named is None and self.sticky is not None and self.last == self.sticky and self.rows:
            # the next value of the field its label opened ('MÄTARE' over three paragraphs;
            # a table OCR read column by column: 'Mål' and every goal, 'Åtgärd' and every
            # measure): a paragraph is an item, so list cells mark each one as a bullet does
            self._add_item(self.sticky, text)
            return
        col = named or self._after(self.last)
        if col == "measure" and self.numbered_measures and self.last == "goal" and self.rows:
            # this table numbers its actions ('1.1 ...'): a paragraph without a number after
            # the goal is the goal cell's next item (a cell of several goals), not a measure
            self._add_item("goal", text)
            return
        if col is None:
            col = self.columns[0]
        if col == "schedule" and not sched:
            col = self._after("schedule") or col
        if named is None and col != "indicator" and self._behind_indicator(text):
            # the cell filled last was this row's action, not a cell of its own column (a
            # goal printed once over its rows, a line OCR glued across the row left the row
            # one cell behind): it becomes the measure, this value its indicator
            row = self.rows[-1][1]
            moved = row.pop(self.last)
            if row:
                row = self._new_row(el.page)
            row["measure"] = moved
            self.last = "measure"
            col = "indicator"
        elif named is None and self._reads_as_later_indicator(col, text):
            # the row left its actor cell empty: a follow-up ('Antalet boende i bostadsrätt')
            # that names no organisation is the indicator the row goes on to
            col = "indicator"
        self._put(col, text, el.page)

    def _unfinished(self, col: str) -> list[str] | None:
        """The last filled cell of column `col` in the rows before, when it breaks off on a
        function word (its sentence goes on elsewhere); else None."""
        for _, row in reversed(self.rows[:-1]):
            cell = row.get(col)
            if cell:
                words = cell[-1].split()
                return cell if words and words[-1].lower() in FUNCTION_WORDS else None
        return None

    def _behind_indicator(self, text: str) -> bool:
        """`text` opens as an indicator, the table's indicator column comes
        right after its measure column, and the cell filled last (of a column other
        than the measure's: a goal, an actor cell, or an indicator cell that reads as
        none) reads as no indicator: in a table of actions each followed by its indicator,
        that cell is the action `text` measures."""
        cols = self.columns
        if "measure" not in cols or "indicator" not in cols \
                or cols.index("indicator") != cols.index("measure") + 1:
            return False
        if self.last in (None, "measure") or not self.rows \
                or self.field_labels:
            # a table whose labels stand over their values ('Mätare' / its paragraphs) names
            # its columns: a cell read under its label is no cell the row lost
            return False
        cell = self.rows[-1][1].get(self.last)
        if not cell or is_indicator_cell("\n".join(cell)):
            return False
        return _opens_as_indicator(text)

    def _reads_as_later_indicator(self, col: str, text: str) -> bool:
        """`text`, due in actor column `col` by column order, reads as an indicator and not
        as actors, and the indicator column comes after `col`."""
        if col not in _ACTOR_COLUMNS or "indicator" not in self.columns[self.columns.index(col) + 1:]:
            return False
        return is_indicator_cell(text) and not is_actor_cell(text)

    def table(self) -> Element | None:
        rows = [(p, r) for p, r in self.rows if r]
        if not any("measure" in r or "indicator" in r for _, r in rows):
            return None
        cols = [c for c in self.columns if any(c in r for _, r in rows)]
        if len(cols) < 2:
            return None
        body = [["\n".join(r.get(c, [])) for c in cols] for _, r in rows]
        table = Table(rows=[[_HEADER[c] for c in cols]] + body, header_rows=1, method="flat-text")
        pages = [rows[0][0]] + [p for p, _ in rows]
        return Element("table", "", rows[0][0], table=table, pages=pages)


_LOOKAHEAD = 6
# the words an indicator names what it counts or follows in ('Antalet besök', 'Uppföljning av
# ...', 'Projektets egen uppföljning'): an action may name a count further on ('... samt
# statistikföringen'), an indicator says so up front
_INDICATOR_LEAD = 3


def _opens_as_indicator(text: str) -> bool:
    return is_indicator_cell(" ".join(text.split()[:_INDICATOR_LEAD]))


def _header_row(elements: list[Element], i: int) -> list[str]:
    """The roles of the label lines in a row from elements[i] (one header row)."""
    roles: list[str] = []
    for el in elements[i:i + _LOOKAHEAD]:
        r = _label_roles(el)
        if not r:
            break
        roles += [x for x in r if x not in roles]
    return roles


def _unnamed_lead(elements: list[Element], i: int) -> bool:
    """A header row from elements[i] that names the indicator and actor columns but neither
    goal nor measure ('Ansvarsinstans' / 'Samarbetspartner' / 'Uppföljning'): the columns
    left of the named ones carry the row's intent unnamed (the theme is the table's
    title), as builder._fill_unnamed_leading reads such a header in a PDF."""
    if i > 0 and _label_roles(elements[i - 1]):
        return False
    roles = set(_header_row(elements, i))
    return not roles & {"goal", "measure"} and "indicator" in roles \
        and bool(roles & {"responsible", "partners", "actors"})


def _starts_region(elements: list[Element], i: int) -> bool:
    """A header starts here: this label line and the label lines among the next few
    elements name two of the goal, measure and indicator columns (a lone 'Åtgärder' heading
    over prose is no table, nor 'Mätare' / 'Ansvariga aktörer' fields under a numbered
    action, which the record reading takes)."""
    roles = set(_label_roles(elements[i]))
    if _unnamed_lead(elements, i):
        return True
    if not roles & {"goal", "measure"}:
        return False  # a header starts at its left: the goal or measure column
    for el in elements[i + 1:i + 1 + _LOOKAHEAD]:
        if el.kind == "table":
            break
        roles |= set(_label_roles(el))
    return len(roles & {"goal", "measure", "indicator"}) >= 2


def _numbers_actions(elements: list[Element], i: int) -> bool:
    """The region from elements[i] holds numbered actions ('1.1 ...', '4.2. ...') and no
    bullets: its measures are told by their numbers."""
    numbered = False
    for el in elements[i + 1:]:
        if el.kind in ("heading", "table") or len(el.text) > _PROSE_CHARS:
            break
        if BULLET_RE.match(el.text):
            return False
        numbered = numbered or bool(_ACTION_RE.match(squash(el.text)))
    return numbered


# the paragraphs a label of a stacked header stands over: its cell, which OCR may break in two
_STACKED_CELL = 2


def _ends_region(el: Element) -> bool:
    return el.kind in ("heading", "table") or len(el.text) > _PROSE_CHARS or bool(_CAPTION_RE.match(el.text))


def _stacked_last_label(elements: list[Element], i: int) -> int | None:
    """The index of the header's last label when the header is stacked over the first row:
    each label stands over its first cell ('Tyngdpunkt' / cell / 'Metod' / cell /
    'Indikator' / cell / 'Ansvar' / cell, as OCR reads a column's label and the cell under it
    as one block) and the rows after it come row by row. Told from a table read column by
    column ('Mål' and every goal, 'Åtgärd' and every measure) by the length of what follows
    the last label: a column holds as many cells as the columns before it, while after a
    stacked header the remaining rows follow, far more paragraphs than any label stood over."""
    labels: list[int] = []
    j = i
    while j < len(elements):
        el = elements[j]
        if _label_roles(el):
            labels.append(j)
        elif _ends_region(el):
            break
        j += 1
    lone = [a for a, b in zip(labels, labels[1:] + [j]) if b - a > 1]  # labels with values under them
    if len(lone) < 2 or lone[-1] != labels[-1]:
        return None
    roles = [tuple(_label_roles(elements[a])) for a in lone]
    gaps = [b - a - 1 for a, b in zip(lone, lone[1:])]
    if len(set(roles)) < len(roles) or max(gaps) > _STACKED_CELL:
        return None  # a label named again, or one over a run of cells: no header over one row
    tail = j - lone[-1] - 1
    return lone[-1] if tail > 2 * max(gaps) else None


_ACTOR_COLUMNS = ("responsible", "partners", "actors")


def _header_columns(elements: list[Element], i: int) -> tuple[list[str], int]:
    """The columns of a header row given up front from elements[i] (label lines one after
    another, no value between) and the index after it; ([], i) when none."""
    reader = _Reader()
    if _unnamed_lead(elements, i):
        reader.columns = ["goal", "measure"]
    j = i
    while j < len(elements) and _label_roles(elements[j]):
        reader.add_labels(_label_roles(elements[j]), j > i, elements[j].text)
        j += 1
    return reader.columns, j


def _column_stream(elements: list[Element], j: int) -> tuple[list[str], list[tuple[int, list[str]]], int]:
    """The cells after a header row: paragraphs (a line in lower case, or one in the OCR
    block of the cell above, goes on with that cell), the lone label lines among them as
    (number of cells before it, its roles), and the index where the run stops: the region's
    end or the next header row (two label lines in a row)."""
    cells: list[str] = []
    marks: list[tuple[int, list[str]]] = []
    n = len(elements)
    while j < n:
        el = elements[j]
        roles = _label_roles(el)
        if roles:
            if j + 1 < n and _label_roles(elements[j + 1]):
                break  # the next table's header row
            marks.append((len(cells), roles))
        elif _ends_region(el):
            break
        else:
            text = squash(el.text)
            after_label = j > 0 and bool(_label_roles(elements[j - 1]))
            if cells and not after_label and (text[:1].islower() or el.blank_before is False):
                cells[-1] = f"{cells[-1]} {text}"
            else:
                cells.append(text)
        j += 1
    return cells, marks, j


def _read_by_columns(columns: list[str], cells: list[str], marks: list[tuple[int, list[str]]]) -> list[dict[str, str]] | None:
    """Rows of a table OCR read column by column (each column's cells top to bottom, then
    the next column), or None when the cells read row by row.

    Two things show it: a column label met again after a run of cells (the header of the
    next table on the page, under the column whose run it ends), or a run of actor cells
    longer than the header has actor columns (row by row, a row's actors stand together,
    never more of them than it has actor columns). Every column of a table has as many cells
    as the table has rows, R: the length of a run between two such labels, else the cells
    divided by the columns. A run ended by a column's label is that column's last R cells
    (a table's caption that OCR put among them, 'Hälsa och välbefinnande' in a run, is
    left out); the columns before it take R cells each in order. A label naming the last
    column ends the table: the cells after it are the next table's, in the same columns."""
    index = {c: k for k, c in enumerate(columns)}
    marks = [(at, [r for r in roles if r in index]) for at, roles in marks]
    marks = [(at, roles) for at, roles in marks if len(roles) == 1]
    if not cells:
        return None
    if marks:
        if not _labels_end_runs(cells, marks):
            return None  # each label opens its column's run: the field reading (_Reader) takes it
    else:
        run, longest = 0, 0
        for c in cells:
            run = run + 1 if is_actor_cell(c) else 0
            longest = max(longest, run)
        actor_cols = sum(c in _ACTOR_COLUMNS for c in columns)
        if not actor_cols or longest <= actor_cols:
            return None
    rows: list[dict[str, str]] = []
    start = 0
    pending = list(marks)
    while start < len(cells):
        table_marks = []
        while pending:
            at, roles = pending.pop(0)
            table_marks.append((at, index[roles[0]]))
            if index[roles[0]] == len(columns) - 1:
                break
        end = table_marks[-1][0] if table_marks and table_marks[-1][1] == len(columns) - 1 else len(cells)
        rows += _table_rows(columns, cells[start:end], [(at - start, k) for at, k in table_marks if at <= end])
        start = end
    return rows


_NEAR = 3  # cells looked at on each side of a label


def _cell_fits(role: str, cell: str) -> bool:
    if role in _ACTOR_COLUMNS:
        return is_actor_cell(cell)
    if role == "indicator":
        return is_indicator_cell(cell)
    if role == "schedule":
        return is_schedule_cell(cell)
    return False


def _labels_end_runs(cells: list[str], marks: list[tuple[int, list[str]]]) -> bool:
    """The labels among the cells stand under their columns' runs (the header of the next
    table on the page, 'Ansvarsinstans' after the actors above it), not over them ('Tidtabell'
    and then the years): the cells just before the labels of actor, schedule and indicator
    columns read as such more often than the cells just after them. The runs must be long
    enough to tell (two cells or more before a label)."""
    before = after = 0
    prev = 0
    for at, roles in marks:
        if at - prev >= 2:
            before += sum(_cell_fits(roles[0], c) for c in cells[max(prev, at - _NEAR):at])
            after += sum(_cell_fits(roles[0], c) for c in cells[at:at + _NEAR])
        prev = at
    return before > after


def _table_rows(columns: list[str], cells: list[str], marks: list[tuple[int, int]]) -> list[dict[str, str]]:
    """The rows of one table read column by column (see _read_by_columns)."""
    # runs: (first cell, past the last, first column, last column, ended by its label)
    runs = []
    at, col = 0, 0
    for end, k in marks:
        if k < col:
            continue
        runs.append((at, end, col, k, True))
        at, col = end, k + 1
    if col < len(columns) and at < len(cells):
        runs.append((at, len(cells), col, len(columns) - 1, False))
    single = [b - a for a, b, c0, c1, _ in runs if c0 == c1 and b > a]
    if single:
        r = max(single)
    else:
        span = sum(c1 - c0 + 1 for *_, c0, c1, _ in runs) or len(columns)
        r = max(1, round(len(cells) / span))
    chunks: dict[str, list[str]] = {}
    for a, b, c0, c1, ended in runs:
        seg = cells[a:b]
        if ended:
            chunks[columns[c1]] = seg[-r:]
            if c1 == c0:
                continue
            seg = seg[:-r]
            chunks[columns[c0]] = seg[:r]
            seg = _without_extra(seg[r:], (c1 - c0 - 1) * r)
            c0 += 1
        for k in range(c0, c1 if ended else c1 + 1):
            chunks[columns[k]] = seg[:r]
            seg = seg[r:]
    nrows = max((len(v) for v in chunks.values()), default=0)
    return [{c: v[k] for c, v in chunks.items() if k < len(v)} for k in range(nrows)]


def _without_extra(cells: list[str], keep: int) -> list[str]:
    """The cells of the columns between a run's first and last column, less the cells too
    many: a caption OCR put among them (the title of the next table, 'Barn och unga', read
    where its column block ended) is the shortest of them; cell texts are longer."""
    cells = list(cells)
    while len(cells) > keep > 0:
        cells.pop(min(range(len(cells)), key=lambda k: len(cells[k].split())))
    return cells


def _columns_table(columns: list[str], rows: list[dict[str, str]], page: int) -> Element | None:
    cols = [c for c in columns if any(c in r for r in rows)]
    if len(cols) < 2 or not any("measure" in r or "indicator" in r for r in rows):
        return None
    body = [[r.get(c, "") for c in cols] for r in rows]
    table = Table(rows=[[_HEADER[c] for c in cols]] + body, header_rows=1, method="flat-columns")
    return Element("table", "", page, table=table, pages=[page] * (len(body) + 1))


def _column_major_table(elements: list[Element], i: int) -> tuple[Element, int] | None:
    """A table from elements[i] whose header row comes first and whose cells OCR read column
    by column: the table element and the index after it; None when it reads row by row."""
    columns, j = _header_columns(elements, i)
    if len(columns) < 3:
        return None
    cells, marks, end = _column_stream(elements, j)
    rows = _read_by_columns(columns, cells, marks)
    if not rows:
        return None
    t = _columns_table(columns, rows, elements[i].page)
    return (t, end) if t is not None else None


def read_flat_tables(elements: list[Element]) -> list[Element]:
    """The element stream with each flattened table replaced by one table element."""
    out: list[Element] = []
    i, n = 0, len(elements)
    while i < n:
        if not _starts_region(elements, i):
            out.append(elements[i])
            i += 1
            continue
        by_columns = _column_major_table(elements, i)
        if by_columns is not None:
            out.append(by_columns[0])
            i = by_columns[1]
            continue
        reader = _Reader()
        if _unnamed_lead(elements, i):
            reader.columns = ["goal", "measure"]  # the unnamed columns, left of the named ones
        reader.numbered_measures = _numbers_actions(elements, i)
        stacked_last = _stacked_last_label(elements, i)
        j = i
        prev_label = False
        while j < n:
            el = elements[j]
            roles = _label_roles(el)
            if roles and not prev_label and reader.under_its_cell(roles) \
                    and not _opens_its_field(roles, elements, j) and _in_stacked_labels(elements, j):
                # the label stands under the cell just read, of its own column, one of a
                # header stacked under a row (OCR read each label after the cell above it):
                # it names no value after it; its wrapped second line goes with it
                j += 1
                while j < n and _label_roles(elements[j]) and _wraps_label(elements[j].text):
                    j += 1
                continue
            if roles:
                reader.add_labels(roles, prev_label, el.text)
                if j == stacked_last:
                    reader.sticky = None  # its field is one cell: the rows follow
                prev_label = True
                j += 1
                continue
            if _label_head(elements, j):
                j += 1  # the label's first line: the label below names the column
                continue
            same_block = not prev_label and j > i and el.blank_before is False \
                and elements[j - 1].kind in ("para", "bullet") and elements[j - 1].page == el.page
            prev_label = False
            if _ends_region(el):
                break
            reader.add_value(el, same_block)
            j += 1
        t = reader.table()
        if t is None:
            out.append(elements[i])
            i += 1
            continue
        out.append(t)
        i = j
    return out
