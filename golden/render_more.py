"""More typesettings of a golden ``source.json``: layouts real municipal programs use that the
three base styles of :mod:`golden.render` do not.

The structure-extraction code was written against ``ruled``, ``borderless`` and ``twocolumn``;
these styles exist to check that it does not depend on those three.  The content (and so the hand
gold in ``source.json``) is the same; only the typesetting changes.  Styles:

``landscape``
    A4 landscape.  Goal/measure tables with their columns in another order (goal, responsible,
    measure, schedule, indicator, partner — responsibility *before* the measure, the schedule in
    the middle), header words swapped for other structural words of the same role (MÅLSÄTTNING,
    ANSVARSINSTANS, ÅTGÄRD/METOD, TIDTABELL, MÄTARE, SAMARBETSPARTNER), upper-case, white on a
    dark shaded header row with no ruling lines; body rows with a full grid.
``booktabs``
    Portrait, tables with horizontal rules only (a heavy rule above and below the header, a
    light one at the end of the table) and zebra-shaded body rows; no vertical lines, original
    header words.
``cards``
    No goal/measure tables: every table row becomes a "card" — a bold heading "Mål 1: …" (or
    "Tyngdpunkt 2: …", the singular of the table's own goal word) when the row starts a goal,
    followed by label–value paragraphs ("Åtgärd: …", "Ansvar: …", "Samarbetspartner: …",
    "Tidtabell: …", "Indikator: …").  A value of several items is a bullet list under its
    label.  A goal cell listing several goals gives one heading per goal.  Schedule and
    actors left empty under a filled cell ("same as above" in a table) are printed again.
``keyvalue``
    Like ``cards``, but each row's fields are a small two-column ruled table, the labels
    (Åtgärder, Ansvarig aktör, Samarbetspartner, Tidsplan, Mätare) in a shaded first column.
``numbered``
    Prose: under a heading "Mål 1. <goal>" the measures as numbered paragraphs "1.1 …"
    (a number already in the text is kept; several actions of one cell, each with its own actor
    line, are numbered each), each followed by one line "Ansvarig: X.
    Tidtabell: Y." and one "Mätare: …".  The numbering goes on across a continued table;
    a table's own numbers ('Nr' counting the rows) are kept, a rank ('Prioritet' 1, 1, 2)
    is a field; a goalless list of actions that names no one responsible, no time and no
    indicator (a past plan's actions and how far they got) is printed unnumbered.  A row
    whose number cell names a goal ('Mål 2' among '1.1', '2.1') and which fills nothing but
    its text is that goal's heading "Mål 2. <goal>" over the actions below it.

A goal column that only refers to goals stated elsewhere (codes 'A1', numbers with their word
'Mål 3', or the names of the document's sections: 'Jobb' under '4.1 Jobb') is a field of each
record, not goal headings; only that column: the table's other goal columns keep their goals.
A goal tree ('Övergripande mål | Delmål | Åtgärder') heads its records with its last goal
column (the goals the row's actions serve); a goal column before it is printed as a heading
over its sub-goals, labelled with its own goal word as they are ('Mål 1: …' over 'Delmål 1:
…'), when it is filled once per group (or on the table's first row only, one goal over all),
else as a field of each record. A goal cell opening with its own number ('1.2 Unga …') is
labelled by that number ('Delmål 1.2: Unga …', its actions numbered 1.2.1, … in the numbered
style), not by the running count. A row whose goal cell holds two goals on lines that match
the action cell's lines (an empty line: the goal above) is one record per line, each goal
over its own actions.

A measure table broken over a page whose second part has no header row (its first row stored as
the part's ``columns``) goes on as records under the header of the first part
(``continued_table``): a card-style programme does not switch to a bare table mid-list.

Tables that carry no measures (a list of indicators, a glossary) stay tables in every style;
so does a table whose measure column only names actions by number ('1.1', 'Mål 3' beside
each indicator of a follow-up table).
Column roles come from the header words of the source table (``column_roles``); a table whose
header cells are empty gets goal, measure by position, as such tables are read.

CLI::

    python -m golden.render_more SLUG --style cards --out FILE
    python -m golden.render_more --all       # the regression fixtures listed in FIXTURES
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from rapidfuzz import fuzz

from . import render as R
from .render import BLACK, GRAY, Item, Renderer, Style, _w, load_source, wrap

STYLES = ("landscape", "booktabs", "cards", "numbered", "keyvalue")

ROLE_ORDER = ("goal", "responsible", "measure", "schedule", "indicator", "partner", "other")
LANDSCAPE_WORDS = {
    "goal": "Målsättning", "measure": "Åtgärd/metod", "indicator": "Mätare",
    "responsible": "Ansvarsinstans", "partner": "Samarbetspartner", "schedule": "Tidtabell",
}
CARD_LABELS = {
    "measure": "Åtgärd", "indicator": "Indikator", "responsible": "Ansvar",
    "partner": "Samarbetspartner", "schedule": "Tidtabell",
}
KV_LABELS = {
    "measure": "Åtgärder", "indicator": "Mätare", "responsible": "Ansvarig aktör",
    "partner": "Samarbetspartner", "schedule": "Tidsplan",
}
NUMBERED_LABELS = {
    "responsible": "Ansvarig", "partner": "Samarbetspartner", "schedule": "Tidtabell",
    "indicator": "Mätare",
}


def _role(header: str) -> str:
    """The role of a column from its header text (the first structural word decides)."""
    h = header.casefold()
    # partners before responsibility: "Ansvarspart och partner" names the responsible first
    words = re.findall(r"[\wåäö]+", h)
    for w in words:
        if re.fullmatch(r"\w{3,}?områd(?:e|et|en|ena)", w):
            # 'Insatsområde', 'Åtgärdsområde': an area (the head of the compound is last),
            # no action column
            return "other"
        if w.startswith(("ansvar",)):
            return "responsible"
        if w.startswith(("samarbetspart", "partner")):
            return "partner"
        if w.startswith(("tidtabell", "tidsplan", "aikataulu")):
            return "schedule"
        # a balanced scorecard ('styrkort') names its measuring figures 'Styrtal' and its
        # goals 'Kritisk framgångsfaktor' (what the organisation must succeed in)
        if w.startswith(("mätare", "indikator", "uppföljning", "styrtal")):
            return "indicator"
        if w.startswith(("åtgärd", "metod", "sammanfattning", "insats")):
            return "measure"
        if w.startswith(("målvärde", "målnivå", "målgrupp")):
            continue  # a target value or a target group ('Målvärde 2029'), no goal
        if w.startswith(("mål", "delmål", "huvudmål", "tyngdpunkt", "framgångsfaktor")):
            return "goal"
        if re.fullmatch(r"\w{3,}mål(?:et|en)?", w) and not re.search(r"(?:moders|tal|skrift|riks|brott|tviste)mål", w):
            # a compound whose head is 'mål' ('Verksamhetsmål', 'Resultatmål'): a kind of
            # goal, as the column of a budget book's goals is headed -- not a speech
            # ('Modersmål') or a court case
            return "goal"
    return "other"


def column_roles(columns: list[str], n: int) -> list[str]:
    cols = list(columns) + [""] * (n - len(columns))
    roles = [_role(c) for c in cols]
    if "measure" not in roles and "goal" not in roles and cols and not any(c.strip() for c in cols[:2]) \
            and any(r != "other" for r in roles):
        roles[0], roles[1] = "goal", "measure"  # unlabelled leading columns: goal, measure
    return roles


def _is_measure_table(b: dict) -> bool:
    """A table that states measures: one with a measure column whose cells are not all
    references to actions stated elsewhere ('1.1', 'Mål 3' in the 'Åtgärd' column of a
    table of indicators or schedules): such a table follows the actions up, it states none,
    and stays a table in the text styles as any other table that states no measure does."""
    rows = b.get("rows") or []
    n = max([len(b.get("columns") or [])] + [len(r) for r in rows] + [0])
    roles = column_roles(list(b.get("columns") or []), n)
    return "measure" in roles and not _refs_only(rows, roles.index("measure"))


# a goal cell opening with the goal's own number ('1.2 Unga …', '3. Arbete …'), then its words.
# A code with a letter ('R1 Invandrare …', a regional goal) stays in the goal's text under
# the running number ('Mål 1: R1 …'): the labels the styles print number goals
_OWN_CODE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=[^\W\d_])")


def _own_code(goal: str) -> tuple[str, str]:
    """The code a goal cell opens with and the goal without it ('' and the cell if none)."""
    m = _OWN_CODE.match(goal.strip())
    return (m.group(1), goal.strip()[m.end():]) if m else ("", goal)


def _goal_word(header: str) -> str:
    h = header.strip()
    if not h or _role(h) != "goal":
        return "Mål"
    words = re.findall(r"[\wåäöÅÄÖ]+", h)
    w = words[0]
    if w.casefold().startswith("målsättning"):
        return "Målsättning"
    k = next((i for i, x in enumerate(words) if _role(x) == "goal"), 0)
    if k and "mål" in words[k].casefold():
        # 'Kommunens mål', 'Stadens mål', 'Lokalt delmål': the word before the goal noun
        # qualifies it; the label is the noun ('Mål 1:', 'Delmål 1:'), as a programme numbers
        # its goals ('Kommunens 1:', 'Lokalt 1:' names nothing)
        w = words[k]
    elif k:
        # a scorecard's term for its goal is the noun with its qualifier ('Kritisk
        # framgångsfaktor'): the heading names the goal by the whole term ('Kritisk 1:'
        # names nothing)
        w = " ".join(words[:k + 1])
    return w[:1].upper() + w[1:]


# --------------------------------------------------------------------------------------------
# Table styles: landscape (reordered, renamed, shaded header) and booktabs (horizontal rules)
# --------------------------------------------------------------------------------------------


def _reordered(b: dict) -> dict:
    rows = [list(r) for r in (b.get("rows") or [])]
    n = max([len(b.get("columns") or [])] + [len(r) for r in rows] + [1])
    roles = column_roles(list(b.get("columns") or []), n)
    if not any(r != "other" for r in roles):
        return b
    order = sorted(range(n), key=lambda j: (ROLE_ORDER.index(roles[j]), j))
    cols = list(b.get("columns") or []) + [""] * n
    seen: dict[str, int] = {}
    heads = []
    for j in order:
        word = LANDSCAPE_WORDS.get(roles[j])
        if word is None or seen.get(roles[j]):
            word = cols[j]  # a second column of the same role keeps its own words
        seen[roles[j]] = 1
        heads.append(word.upper())
    rows = [[(r + [""] * n)[j] for j in order] for r in rows]
    return {**b, "columns": heads, "rows": rows}


class TableStyleRenderer(Renderer):
    """landscape / booktabs: the base renderer with other page geometry and table drawing."""

    def __init__(self, source: dict, style: str):
        super().__init__(source, "ruled")
        self.kind = style
        self.page_w, self.page_h = (R.PAGE_H, R.PAGE_W) if style == "landscape" else (R.PAGE_W, R.PAGE_H)
        c = (0.16, 0.33, 0.24) if style == "landscape" else (0.35, 0.12, 0.2)
        self.st = Style(
            style, 50, 60, self.page_h - 56, 1, 0, 10, 13.4, 6.5,
            {1: ("bold", 15, 16, c), 2: ("bold", 13, 12, c), 3: ("bold", 11.5, 10, c),
             4: ("bold", 10.5, 8, BLACK), 5: ("bi", 10, 7, BLACK)},
            c, 8.5, 10.5,
        )
        if style == "landscape":
            src = dict(source)
            src["blocks"] = [_reordered(b) if b.get("type") == "table" else b
                             for b in source.get("blocks") or []]
            self.src = src

    @property
    def x1(self) -> float:
        return self.page_w - self.st.margin_x

    def new_page(self):
        if self.cv:
            self.cv.finish()
        page = self.doc.new_page(width=self.page_w, height=self.page_h)
        self.cv = R.Canvas(page)
        n = page.number + 1
        st = self.st
        self.cv.text(self.x0, 32, self.running, "reg", 8, st.head_color)
        s = f"{n}"
        self.cv.text(self.x1 - _w(s, "reg", 8), self.page_h - 28, s, "reg", 8, GRAY)
        self.y = st.top

    def table_plan(self, b: dict, idx: int) -> dict:
        plan = super().table_plan(b, idx)
        plan.update(kind=self.kind, repeat=True, split_rows=False)
        return plan

    def draw_row(self, tm, cells, kind: str, header=False, last=False):
        cv, st = self.cv, self.st
        xs = self._xs(tm)
        h = self._row_h(tm, cells, header)
        y0 = self.y
        x_end = xs[-1] + tm["widths"][-1]
        if header:
            self.zebra = 0
        color = BLACK
        if kind == "landscape" and header:
            cv.rect((self.x0, y0, x_end, y0 + h), fill=st.head_color, color=None)
            color = (1, 1, 1)
        elif kind == "booktabs" and not header:
            if self.zebra % 2:
                cv.rect((self.x0, y0, x_end, y0 + h), fill=(0.93, 0.93, 0.95), color=None)
            self.zebra += 1
        for j, lines in enumerate(cells):
            for k, (ind, ln) in enumerate(lines):
                top = y0 + tm["pad"] + k * tm["lead"]
                cv.text(xs[j] + tm["pad"] + ind, R._baseline(top, tm["lead"], tm["size"]), ln,
                        R.cell_font(lines, header), tm["size"], color)
        if kind == "landscape" and not header:
            for j in range(tm["n"]):
                cv.rect((xs[j], y0, xs[j] + tm["widths"][j], y0 + h), color=(0.55, 0.6, 0.55), width=0.4)
        elif kind == "booktabs" and header:
            cv.line((self.x0, y0), (x_end, y0), 1.2, BLACK)
            cv.line((self.x0, y0 + h), (x_end, y0 + h), 0.8, BLACK)
        self.y = y0 + h

    zebra = 0

    def place_table(self, b: dict):
        super().place_table(b)
        if self.kind == "booktabs":  # closing rule under the last row
            self.cv.line((self.x0, self.y - 6), (self.x1, self.y - 6), 0.8, BLACK)


# --------------------------------------------------------------------------------------------
# Text styles: cards and numbered prose
# --------------------------------------------------------------------------------------------


_MARK = re.compile(r"^(?:[•\-–]\s|\d+(?:\.\d+)+\.?\s|\d+\.\s)")
_LIST_MARK = re.compile(r"^[•–-]\s+")


def _items(text: str, marked_only: bool = False) -> list[str]:
    """The lines of a cell as items: a line starting in lower case goes on from the line
    above (a wrap kept in the source), every other line is an item of its own. With
    ``marked_only`` (measure cells: one action unless bullets or numbers mark several) only
    a marked line starts an item."""
    out: list[str] = []
    for ln in text.split("\n"):
        ln = ln.strip()
        if not ln:
            continue
        if out and (ln[:1].islower() or (marked_only and not _MARK.match(ln))):
            out[-1] = f"{out[-1]} {ln}"
        else:
            out.append(ln)
    return out


def _key(text: str) -> str:
    return " ".join(re.sub(r"^[•\-–]\s+", "", text).split()).casefold()


def gold_keys(source: dict) -> list[str]:
    gold = source.get("gold") or {}
    return [_key(x["text"]) for kind in ("goals", "measures", "indicators") for x in gold.get(kind) or []]


def _in_gold(text: str, gold: list[str]) -> bool:
    """A gold item reads so (the scorer's test: similarity 0.85; the gold was corrected by
    hand, so the cell's words may differ a little)."""
    k = _key(text)
    return any(fuzz.ratio(k, g, score_cutoff=85) for g in gold)


def _value_items(text: str, gold: list[str]) -> list[str]:
    """The items a cell holds, as a list in a card would print them. A table cell's lines
    may be wraps or separate items, and programs differ (one indicator per line in one, a
    two-line indicator in another); the hand gold says which, so the card keeps what the
    gold reads: one line per item when most lines are gold items of their own, else the
    items that bullets or numbers mark (wraps starting in lower case always go on)."""
    per_line = _items(text)
    if len(per_line) > 1 and not _in_gold(" ".join(per_line), gold) \
            and sum(_in_gold(x, gold) for x in per_line) * 2 >= len(per_line):
        return per_line
    return _items(text, marked_only=True)


def _cell(text: str) -> str:
    text = R.bold_marked(text or "") or text or ""  # the text styles print no bold marks
    return "\n".join(ln.strip() for ln in text.split("\n") if ln.strip())


def _bold_row(row: list[str]) -> str | None:
    """The text of a row whose one filled cell is typed bold ('**X**' with the other cells
    empty): a line across the table naming what the rows below it belong to (a goal over its
    actions), as a word processor's table prints it. A text style has no table row to set
    bold, so it prints the line as a bold heading over the records below it."""
    filled = [c for c in row if _cell(c)]
    if len(row) > 1 and len(filled) == 1 and R.bold_marked(filled[0]) is not None:
        return " ".join(_cell(filled[0]).split("\n"))
    return None


# a cell that only refers to something numbered elsewhere: a goal's number or code ('3',
# 'A1'), a measure's own number ('12', '1.4'), or the number with the word the document
# numbers its goals by ('Mål 3', 'Delmål 1.2'): a cell holding nothing but 'Mål 3' names
# goal 3, it states no goal of its own, so the text styles print it as a field, not as a
# goal heading ('Mål 2: Mål 3' would be a goal called "Mål 3"). So does a list of such
# numbers ('1, 2', '2 och 6': an action serving two goals), no goal called "1, 2"
_NUM = r"\d{1,2}(?:\.\d{1,2})*"
_REF = re.compile(rf"^(?:[A-ZÅÄÖ]{{1,2}}\s?|[A-ZÅÄÖ][a-zåäö]+\s)?{_NUM}(?:\s*(?:,|och)\s*{_NUM})*\.?$"
                  # ... or set off in brackets as a remark among the bare numbers ('(mål 2 och
                  # 3)': one action serving two goals), the label in lower case as a remark has it
                  rf"|^\((?:[A-ZÅÄÖa-zåäö][a-zåäö]+\s)?{_NUM}(?:\s*(?:,|och)\s*{_NUM})*\)$")
# ... or goals lettered ('Mål A', 'Mål C, B': an action serving two goals, the first its main
# one) and actions named by their own code ('INT-03'): a table linking coded actions to the
# goals they serve ('Åtgärd | Bidrar till mål') states neither, and stays a table -- a card
# style printed it as goal cards 'Mål 1: Mål A', no programme's layout
_LETTER_REF = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+\s[A-ZÅÄÖ](?:\s*(?:,|och)\s*[A-ZÅÄÖ])*\.?$|^[A-ZÅÄÖ]{2,5}-\d{1,3}$")
_NUMBERS_OR_DASH = re.compile(r"\d{1,3}(?:\s*(?:,|och)\s*\d{1,3})*|[–—-]")
# the marks of a responsibility matrix: 'X' responsible, '(X)' a partner
_MARKS = {"x": "responsible", "(x)": "partner"}


# a cell that names its own role with a label ('Mål 2: …', 'Mätare: …', 'Delmål 1.1: …')
_SELF_LABELLED = re.compile(r"^[A-ZÅÄÖ][\wåäö]*(?:\s\d{1,2}(?:\.\d{1,2})*)?:\s")


# a square or shade glyph opening a cell ('▓ MÅL: …'): the mark of a shaded row across the
# table (a goal row of an alternating goal / action table, dark shading in the print). The
# row labels itself after the mark as one without it does; a line between the cards has no
# cell to shade, so the line is printed without the mark
_SHADE_MARK = re.compile(r"^[■▪█▓▒░]\s+")


def _spanning_label(row: list[str]) -> str | None:
    """The text of a row that is no record but a line across the table: one filled cell that
    labels itself ('Mål 1: …' over the actions of a goal, 'Mätare: …' under them). Such a
    row prints as a line of its own between the records; a lone unlabelled cell is an action
    whose empty cells repeat the ones above."""
    filled = [_SHADE_MARK.sub("", _cell(c)) for c in row if _cell(c)]
    if len(row) > 1 and len(filled) == 1 and _SELF_LABELLED.match(filled[0]):
        return " ".join(filled[0].split("\n"))
    return None


def _column_cells(rows: list[list[str]], j: int) -> list[str]:
    return [_cell(r[j]) for r in rows if j < len(r) and _cell(r[j])]


# a cell that refers to an action by the chapter it stands in and its place in that chapter's
# list ('kap. 3, punkt 2'), or to a whole chapter ('kap. 6'): a programme whose lists restart
# their numbers in every chapter can name its actions no other way. Such a cell states no
# action either: a follow-up table of them stays a table
_CHAPTER_REF = re.compile(rf"^(?:kap(?:itel|\.)?|avsnitt)\s*{_NUM}(?:,?\s*(?:punkt|p\.)\s*{_NUM})?\.?$", re.I)


def _refs_only(rows: list[list[str]], j: int) -> bool:
    cells = _column_cells(rows, j)
    return bool(cells) and all(_REF.match(c) or _CHAPTER_REF.match(c) or _LETTER_REF.match(c) for c in cells)


def _is_matrix_column(rows: list[list[str]], j: int) -> bool:
    cells = _column_cells(rows, j)
    return bool(cells) and all(c.casefold() in _MARKS for c in cells)


# a time-plan (Gantt) column: headed by a period ('2025', '2025 V', '2026 H', 'Q1 2026',
# '2025/1', 'HT 2025'), its cells a mark where the action runs ('■', 'X', '●') or empty
_PERIOD_HEADER = re.compile(r"^(?:(?:Q|K|HT|VT|kv\.?)\s?\d?\s*)?(?:19|20)\d\d(?:\s*(?:[/:.]\s*\d|[VHvh]|Q\d|kv\.?\s?\d))?$")
_PERIOD_MARKS = frozenset("■□●○◼▪xX✓✔*")


def _period_columns(cols: list[str], rows: list[list[str]], extra: list[int]) -> list[int]:
    """The columns of a time plan drawn as a chart ('2025 V' | '2025 H' | ..., a mark in the
    half-years an action runs): together they are each action's schedule. A card, a
    numbered list or a key-value table has no chart to draw them in, so the text styles
    print the marked periods as the action's time ('Tidtabell: 2025 V–2026 H')."""
    out = [j for j in extra if _PERIOD_HEADER.match(" ".join(cols[j].split()))
           and _column_cells(rows, j) and all(c in _PERIOD_MARKS for c in _column_cells(rows, j))]
    return out if len(out) >= 2 else []


def _marked_periods(r: list[str], cols: list[str], periods: list[int]) -> str:
    """The periods a row marks, runs of neighbouring columns as 'first–last'."""
    runs: list[list[int]] = []
    for k, j in enumerate(periods):
        if _cell(r[j]):
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
    name = [" ".join(cols[j].split()) for j in periods]
    return ", ".join(name[x[0]] if len(x) == 1 else f"{name[x[0]]}–{name[x[-1]]}" for x in runs)


def _group_column(cols: list[str], rows: list[list[str]], roles: list[str], extra: list[int],
                  trees: list[int] = ()) -> int | None:
    """A column left of the goal column naming the group the goals below it belong to
    ('Perspektiv': 'Invånare' | goal | ..., then empty until the next group): filled at
    two rows at least, each of them a row that starts a goal, and left empty on others. A
    table prints the group once and leaves the cells below it empty; the text styles have
    no cell to leave empty, so they print the group as a heading over its goals (as a
    scorecard in text form heads its perspectives), not as a field of the first action.
    A goal tree's higher goal column (`trees`) filled on its first row only is such a column
    too: that goal is the one above every sub-goal of the table ('R3' over '3.1' and '3.2'),
    and printed as a field it would stand among the first action's fields alone."""
    if "goal" not in roles:
        return None
    g = roles.index("goal")
    for j in extra:
        if j >= g or not cols[j].strip():
            continue
        filled = [r for r in rows if j < len(r) and _cell(r[j])]
        least = 1 if j in trees and rows and filled and filled[0] is rows[0] else 2
        if least <= len(filled) < len(rows) and all(g < len(r) and _cell(r[g]) for r in filled):
            return j
    return None


def _line_rows(rows: list[list[str]], roles: list[str]) -> list[list[str]]:
    """Rows whose multi-line cells match line for line, each line a row of its own. A goal
    cell of two goals set apart by an empty line beside an action cell of as many lines
    ('goal 1' / '' / 'goal 2' beside 'action 1' / 'action 2' / 'action 3') lines each goal
    up with the actions beside it, the empty line meaning "same as above" as an empty cell
    does. A card programme prints each goal over its own actions; printed as one record
    the goals would stand one after another over all the actions, the first with none.
    Cells of another line count (a note, one actor for all) stay whole on the first line.
    Only a goal cell padded with an empty line says its lines stand level with the actions':
    a cell in two languages ('Tavoite' / 'Mål' line under line) matches an action cell in
    the same two languages, one goal and one action, no two of either."""
    if "goal" not in roles or "measure" not in roles:
        return rows
    g, m = roles.index("goal"), roles.index("measure")
    out: list[list[str]] = []
    for r in rows:
        lines = [(c or "").split("\n") for c in r]
        if max(g, m) >= len(r) or len(lines[m]) < 2 or len(lines[g]) != len(lines[m]) \
                or not lines[g][0].strip() or sum(bool(x.strip()) for x in lines[g]) < 2 \
                or all(x.strip() for x in lines[g]) \
                or not all(x.strip() for x in lines[m]):
            out.append(r)
            continue
        n = len(lines[m])
        for k in range(n):
            out.append([(ls[k] if len(ls) == n else (c if k == 0 else "")) for c, ls in zip(r, lines)])
    return out


def _title_row(r: list[str], roles: list[str], number: int | None) -> str | None:
    """The text of a row of a numbered action table that has no number and nothing but
    its action cell filled ('' | 'Arbete och vardag' | '' | ...): no action but the title
    of the rows below it (a time plan groups its numbered actions so). It prints as a
    heading over them, and its empty cells are not the actions' "same as above"."""
    if number is None or _cell(r[number]) or "measure" not in roles:
        return None
    filled = [j for j in range(len(r)) if _cell(r[j])]
    m = roles.index("measure")
    return " ".join(_items(_cell(r[m]))) if filled == [m] else None


# a number given with the word for what it numbers ('Mål 2', 'Delmål 1.3')
_LABELLED_NUMBER = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+\s\d{1,2}(?:\.\d{1,2})*\.?$")


def _goal_row_label(r: list[str], roles: list[str], own_number: int | None) -> str | None:
    """The label of a row that numbers a goal in a column of action numbers ('Mål 2' over
    '2.1', '2.2'): the row's text is the goal and it names no actor, time or indicator, so
    it is a line across the table over the actions below it, not an action of its own."""
    if own_number is None or not _LABELLED_NUMBER.match(_cell(r[own_number])):
        return None
    filled = {role for j, role in enumerate(roles) if role != "other" and _cell(r[j])}
    return _cell(r[own_number]).rstrip(".") if filled == {"measure"} else None


def _counts_up(rows: list[list[str]], j: int) -> bool:
    """A column of numbers that count the rows ('Nr': 1, 2, 3, or 9, 10, 11 in a continued
    table; '1.1', '1.2', '2.1'): each filled cell a number after the one above. A column of
    ranks ('Prioritet': 1, 1, 2) repeats its numbers; it is a field of each record, not the
    actions' numbering."""
    # a number with its word ('Mål 2') in the column numbers a row of another kind, the goal
    # the actions below it serve: the actions' numbers count up around it
    cells = [c for c in _column_cells(rows, j) if not _LABELLED_NUMBER.match(c)]
    if not cells or not all(re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*\.?", c) for c in cells):
        return False
    nums = [tuple(int(x) for x in c.rstrip(".").split(".")) for c in cells]
    return all(b > a for a, b in zip(nums, nums[1:]))


def _names_headings(rows: list[list[str]], j: int, headings: set[str]) -> bool:
    """A goal column whose every cell is the name of a section of the document ('Jobb'
    under '4.1 Jobb'): the cells refer to goals stated under those headings, they state no
    goal of their own."""
    cells = _column_cells(rows, j)
    return bool(cells) and bool(headings) and all(_key(c) in headings for c in cells)


def _links_to_goals(header: str) -> bool:
    """A goal column headed as a link to goals ('Kopplar till mål', 'Koppling till mål',
    'Anknyter till mål'): its cells name goals the programme states elsewhere (their short
    names), a field of each record, not goals of their own to head the records with."""
    return bool(re.match(r"(?:kopp|anknyt|hänvis|hänför)\w*\s+(?:till\s+)?(?:\w+\s+)?mål", header.strip().casefold()))


def _asks_what_is_done(header: str) -> bool:
    """A header asking what is done ('Vad gör vi?', 'Vad görs?', 'Vad ska göras?')."""
    return bool(re.match(r"vad\s+(?:gör\s+vi|görs|ska\s+göras)\b", header.strip().casefold()))


def _name_columns(rows: list[list[str]], roles: list[str]) -> list[int]:
    """Of several action columns, all but the one with the longest cells: the short ones
    name the action ('Welcome Office') that the longest one states as a sentence."""
    ms = [j for j, role in enumerate(roles) if role == "measure"]
    if len(ms) < 2:
        return []
    def mean_len(j: int) -> float:
        cells = _column_cells(rows, j)
        return sum(len(c) for c in cells) / len(cells) if cells else 0.0
    keep = max(ms, key=mean_len)
    return [j for j in ms if j != keep]


def heading_names(blocks: list[dict]) -> set[str]:
    """The headings of a document without their numbers ('4.1 Jobb' -> 'jobb')."""
    out = set()
    for b in blocks:
        if b.get("type") == "heading":
            name = re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+", "", (b.get("text") or "").strip())
            if name:
                out.add(_key(name))
    return out


def _field_label(header: str) -> str:
    """A column's own header as the label of its field ('Status', 'Hur mäts det?')."""
    return " ".join(header.split()).rstrip(":") or "Uppgift"


def _section_number(heading: str) -> str | None:
    """The number a heading gives its section ('2.1 Mottagande', 'Delmål 1.2: ...',
    'Insatsområde 3: ...'), None for an unnumbered one."""
    m = re.match(r"^(?:[A-ZÅÄÖ][\wåäö]*\s+)?(\d{1,2}(?:\.\d{1,2})*)\.?(?:[:\s]|$)", heading.strip())
    return m.group(1) if m else None


# a table's label before its name ('Tabell 3.', 'Tabell 3b:', 'Taulukko 2.'): the label numbers
# the table, it is not part of what the caption names
_TABLE_LABEL = re.compile(r"^(?:tabell|taulukko|table)\s+\w{1,3}[.:]?\s+", re.IGNORECASE)


def _caption_level(caption: str, section: tuple[int, str] | None) -> int:
    """The heading level a measure table's caption prints at in the text styles. A caption
    of its own ('Vårt svar' under the question it answers, 'Åtgärder för mål 1') is part of
    the section the table sits in: a heading a level below the section's heading, as a card
    programme heads the cards of a section (printed at the section's level it would end the
    section and the cards would stand under no heading of their own). A caption that only
    restates the section's heading ('Mål 1: Stärka delaktigheten' under that heading,
    'Tabell 2. Mottagande' under '2.1 Mottagande') is that heading again: it keeps the
    level every caption printed at before (2), which the programmes printed so were read at."""
    if section is None:
        return 2
    level, heading = section
    name = _key(_TABLE_LABEL.sub("", caption.strip()))
    own = _key(re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+", "", heading.strip()))
    if name == own or name == _key(heading):
        return 2  # the restated heading, printed where the styles always printed captions
    return level + 1


def _card_blocks(b: dict, mode: str, counter: list, gold: list[str],
                 numbers: dict | None = None, headings: set[str] = frozenset(),
                 section: tuple[int, str] | None = None, carried: dict | None = None) -> list[dict]:
    """The records of a measure table in one of the text styles. Every column of the table
    reaches the print: a column the styles have a label for under that label, a goal column
    that only refers to goals stated elsewhere ('A1', '3') and any other column ('Nr',
    'Status', 'Utfall') as a field under the column's own header, and a responsibility
    matrix (actors as columns, 'X' / '(X)' in the cells) as the responsible and partner
    fields it states. `numbers` (numbered style) carries the section a goalless table sits
    in and how many actions were numbered there; `counter` the goals numbered so far, the
    groups of goalless actions, and the actions numbered under the current goal (a table
    whose first row has no goal continues the goal above, and its numbering), the higher
    goals of a goal tree numbered so far, and the number of the current goal ('' before the
    first)."""
    numbered = mode == "numbered"
    numbers = numbers if numbers is not None else {}
    rows = [list(r) for r in (b.get("rows") or [])]
    cols = list(b.get("columns") or [])
    n = max([len(cols)] + [len(r) for r in rows] + [1])
    cols += [""] * (n - len(cols))
    roles = column_roles(cols, n)
    # an action column holding only whole numbers or dashes ('Följer upp åtgärd nr': '7', '–')
    # names actions of another table by their numbers: a field of each record as well, no
    # action of its own (the numbered style would number '7' as an action '6.1 7')
    roles = [("other" if role == "measure" and _column_cells(rows, j)
              and all(_NUMBERS_OR_DASH.fullmatch(c) for c in _column_cells(rows, j)) else role)
             for j, role in enumerate(roles)]
    matrix = [j for j, role in enumerate(roles) if role == "other" and cols[j].strip()
              and _is_matrix_column(rows, j)]
    if len(matrix) < 2:
        matrix = []  # a single column of crosses is a yes / no column, a field of its own
    extra = [j for j, role in enumerate(roles) if role == "other" and j not in matrix]
    # a goal column holding only numbers or codes refers to goals stated elsewhere: it is a
    # field of each record (printed first, where the table has its goal), not a goal heading.
    # Any goal column may be the one that refers ('Mål' | 'Delmål': '1.1'), and only that
    # column becomes the field: another goal column of the table (the sub-goals beside a
    # column of main goals that the follow-up chapter repeats as its headings) still states
    # goals of its own, which a card programme prints as the cards' headings
    ref = next((j for j, role in enumerate(roles) if role == "goal"
                and (_refs_only(rows, j) or _links_to_goals(cols[j]) or _names_headings(rows, j, headings))), None)
    if ref is not None:
        roles[ref] = "other"
    # a goal tree ('Övergripande mål | Delmål | Åtgärder'): read left to right, each goal
    # column is a level below the one before it, and the row's actions serve the last one.
    # That one heads the records; a column of goals above it is a column of the table like
    # any other (a heading over its sub-goals when it is filled once per group, as
    # `_group_column` prints a scorecard's perspectives, else a field of each record): a
    # record has one goal heading, and a second goal column must not overwrite the first
    trees = [j for j, role in enumerate(roles) if role == "goal"][:-1]
    for j in trees:
        roles[j] = "other"
    extra = sorted(extra + trees)
    # two action columns ('Insats': 'Welcome Office' | 'Vad gör vi?': the action's sentence):
    # the one of shorter cells names the action the other one states; it is printed as a
    # field of its own first, under its own header, and the action is the longer text
    doing = [j for j, c in enumerate(cols) if roles[j] == "other" and _asks_what_is_done(c)]
    if roles.count("measure") == 1 and len(doing) == 1:
        # 'Insats' beside 'Vad gör vi?': the question asks what is done, its answer states
        # the action, and the column the styles took for the action may only name it
        roles[doing[0]] = "measure"
        extra = [j for j in extra if j != doing[0]]
    rows = _line_rows(rows, roles)
    names = _name_columns(rows, roles)
    roles = [("other" if j in names else role) for j, role in enumerate(roles)]
    extra = [j for j in extra if j not in names]
    groups = _group_column(cols, rows, roles, extra, trees)
    extra = [j for j in extra if j != groups]
    periods = _period_columns(cols, rows, extra) if "schedule" not in roles else []
    extra = [j for j in extra if j not in periods]
    # a column of the measures' own numbers ('Nr': 1, 2, ...) numbers the numbered actions
    counting = next((j for j in extra if _counts_up(rows, j)), None)
    own_number = counting if numbered else None
    # a table with no goals that names no one responsible, no partner, no time and no
    # indicator lists actions with something else to say of them (how far a past plan's
    # actions got): nothing numbers them, so the numbered style prints its rows as records
    # without inventing an action numbering
    plan = "goal" in roles or bool(matrix) or any(
        role in roles for role in ("responsible", "partner", "schedule", "indicator"))
    gword = _goal_word(cols[roles.index("goal")]) if "goal" in roles else "Mål"
    # a column headed in two languages whose cells are written in both ('Ansvar /
    # Responsible': 'Näringslivstjänsterna / business services') keeps its header as the
    # field's label: a bilingual programme labels the field as it heads the column, never
    # in one language over a value in two
    own = {role: cols[j] for j, role in enumerate(roles) if role in CARD_LABELS and _translated_column(cols[j], rows, j)}
    out: list[dict] = []
    if b.get("caption"):
        out.append({"type": "heading", "level": _caption_level(b["caption"], section), "text": b["caption"]})
    goalless = "goal" not in roles
    if numbered and goalless and plan and not numbers.get("section"):
        # no goal heading and no numbered section: each table is a group of its own
        counter[1] += 1
        numbers.update(section=str(counter[1]), count=0, group=True)
    sub = counter[2]  # a table opening without a goal goes on under the goal above
    # `carried`: what the part of the table before a page break left in its goal-reference
    # column ('ref'), for a continued part (`continued_table`) whose first row leaves that cell
    # empty: the same goal as above, which every card states again
    # A first row filling nothing but its action cell is no card of its own but the rest of
    # the row the page break cut ('stadiet och högskolorna …' going on from '… vid andra'):
    # it is given no goal field it never had.
    carried = carried if carried is not None else {}
    first = (rows[0] + [""] * n)[:n] if rows else []
    rest_of_row = bool(first) and all(not _cell(c) for j, c in enumerate(first) if roles[j] != "measure")
    ref_above = carried.get("ref", "") if b.get("continued") and not rest_of_row else ""
    above: dict[str, str] = {}
    for r in rows:
        r = r + [""] * (n - len(r))
        bold = _bold_row(r)
        if bold:
            # the group's heading: the cells above it are not repeated below it
            above = {}
            out.append({"type": "heading", "level": 3, "text": bold})
            continue
        spanning = _spanning_label(r)
        if spanning:
            # a new part of the table: the cells above it are not repeated below it
            above = {}
            out.append({"type": "paragraph", "text": spanning})
            continue
        title = _title_row(r, roles, counting)
        if title:
            sub, above = 0, {}
            out.append({"type": "heading", "level": 3, "text": title})
            continue
        vals = {role: _cell(r[j]) for j, role in enumerate(roles) if role != "other" and _cell(r[j])}
        if periods and _marked_periods(r, cols, periods):
            vals["schedule"] = _marked_periods(r, cols, periods)
        goal_label = _goal_row_label(r, roles, own_number)
        if goal_label:
            # the goal heading the numbered style gives a goal ('Mål 2. …'); its empty cells
            # are not the actions' "same as above", and the actions below start afresh
            sub, above = 0, {}
            out.append({"type": "heading", "level": 3,
                        "text": f"{goal_label}. {' '.join(_items(vals['measure']))}"})
            continue
        if matrix:
            for role in ("responsible", "partner"):
                named = [_field_label(cols[j]) for j in matrix if _MARKS.get(_cell(r[j]).casefold()) == role]
                if named and role not in vals:
                    vals[role] = "\n".join(named)
        others = [(_field_label(cols[j]), _cell(r[j])) for j in extra if _cell(r[j]) and j != own_number]
        refers = []
        if ref is not None:
            # an empty cell under a filled one is the same goal (as for the actors below)
            ref_above = _cell(r[ref]) or ref_above
            refers = [(_field_label(cols[ref]), ref_above)] if ref_above else []
        refers += [(_field_label(cols[j]), " ".join(_items(_cell(r[j])))) for j in names if _cell(r[j])]
        goal = vals.pop("goal", "")
        if groups is not None and _cell(r[groups]):
            # the group's name over its goals ('Invånare' over the scorecard's goals of that
            # perspective), a level above the goal headings
            text = " ".join(_items(_cell(r[groups])))
            if groups in trees:
                # a goal tree's higher goal, labelled as the goals under it are ('Mål 1: …'
                # over 'Delmål 1: …'): a card programme names both levels of its goals
                counter[3] += 1
                code, text = _own_code(text)
                text = f"{_goal_word(cols[groups])} {code or counter[3]}{'.' if numbered else ':'} {text}"
            out.append({"type": "heading", "level": 2 if numbered else 3, "text": text})
        if goal:
            sub = 0
            above = {}
            # one heading per goal: a cell listing several goals, one per line, gives
            # several headings (the rows' measures then sit under the last one)
            for g in _value_items(goal, gold):
                counter[0] += 1
                # the goal's own code labels it ('1.2 Unga …' -> 'Delmål 1.2: Unga …'), not the
                # running count: 'Delmål 2: 1.2 …' would number one goal twice, and a reference
                # elsewhere ('(delmål 1.2)') names it by its code
                code, g = _own_code(g)
                counter[4] = code or str(counter[0])
                sep = "." if numbered else ":"
                # a goal heading stands under the section the table sits in ('2.1
                # Koncernförvaltningen' at level 3 over 'Verksamhetsmål 1. ...'): at the
                # section's own level it would end the section, as `_caption_level` says
                level = 3 if numbered else 4
                if numbered and section is not None and section[0] >= 3:
                    level = min(section[0] + 1, 5)
                out.append({"type": "heading", "level": level,
                            "text": f"{gword} {counter[4]}{sep} {g}"})
        if "measure" in vals:
            # an empty cell under a filled one means "same as above" in the table; a card
            # has no cell above, so it prints the value again
            for k in ("responsible", "partner", "schedule"):
                if k in vals:
                    above[k] = vals[k]
                elif k in above:
                    vals[k] = above[k]
        if numbered:
            measure = vals.pop("measure", "")
            lines: list[str] = []
            numbered_here = False

            def next_number() -> str:
                nonlocal sub
                if goalless:
                    # no goal heading numbers these actions: they take the number of the
                    # section they are listed in ('2.1' -> 2.1.1, 2.1.2, ...), counted on
                    # over the section's tables (the goal's number would repeat 1.1 in
                    # every table: '1.1' names one action of a programme, not several)
                    numbers["count"] = numbers.get("count", 0) + 1
                    return f"{numbers['section']}.{numbers['count']}"
                sub += 1
                return f"{counter[4] or 1}.{sub}"  # (no goal yet: under goal 1)
            if measure:
                lines = _value_items(measure, gold)
                # a cell that already numbers its actions keeps them, one that opens with a
                # label over a list ('Huvudsakliga målsättningar' / '• ...') is left as it
                # is; otherwise the cell's action gets the goal's number
                if own_number is not None and _cell(r[own_number]):
                    # the table numbers its measures itself: the action keeps that number
                    lines[0] = f"{_cell(r[own_number]).rstrip('.')}. {lines[0]}"
                elif plan and not re.match(r"\d+\.\d+", lines[0]) and not (len(lines) > 1 and _MARK.match(lines[1])):
                    # a lone action marked as a list item ('– Kommunen erbjuder ...') takes
                    # the number in its mark's place: a numbered programme prints '2.1
                    # Kommunen erbjuder ...', never a number and a dash before the text
                    lines[0] = f"{next_number()} {_LIST_MARK.sub('', lines[0])}"
                    numbered_here = True
            actors = _items(vals.get("responsible", ""))
            if measure and len(lines) > 1 and len(actors) == len(lines):
                # one actor line per action in the table: each action with its own fields,
                # and each with its own number as the first one got (a numbered programme
                # numbers every action it lists; one left bare under a numbered one reads
                # as the numbered action's text going on), unless it numbers itself
                for k, (ln, actor) in enumerate(zip(lines, actors)):
                    if k and numbered_here and not re.match(r"\d+\.\d+", ln):
                        ln = f"{next_number()} {ln}"
                    out.append({"type": "lines", "lines": [ln]})
                    out.append({"type": "lines", "indent": 18,
                                "lines": [_tail({**vals, "responsible": actor}, refers, others, own)]})
            else:
                if measure:
                    out.append({"type": "lines", "lines": lines})
                if _tail(vals, refers, others, own):
                    out.append({"type": "lines", "lines": [_tail(vals, refers, others, own)], "indent": 18})
            if "indicator" in vals:
                # the meters of a cell's unnumbered list of actions follow up the list as a
                # whole: printed at the margin under it, not in its last item's hanging indent
                group = bool(measure) and len(lines) > 1 and not numbered_here and all(_MARK.match(x) for x in lines)
                out.append({"type": "label", "label": "Mätare", "indent": 0 if group else 18,
                            "items": _value_items(vals["indicator"], gold)})
            counter[2] = sub
        elif mode == "keyvalue":
            kv = [[label, value] for label, value in refers]
            for k in ("measure", "responsible", "partner", "schedule", "indicator"):
                if k not in vals:
                    continue
                items = _value_items(vals[k], gold) if k in ("measure", "indicator") else _items(vals[k])
                if k in ("measure", "indicator") and len(items) > 1:
                    items = [it if _MARK.match(it) else f"• {it}" for it in items]
                kv.append([own.get(k, KV_LABELS[k]), "\n".join(items)])
            kv += [[label, value] for label, value in others]
            if kv:
                out.append({"type": "table", "caption": None, "columns": [], "rows": kv, "kv": True})
        else:
            for label, value in refers:
                out.append({"type": "label", "label": label, "items": [value]})
            for k in ("measure", "responsible", "partner", "schedule", "indicator"):
                if k not in vals:
                    continue
                n_measures = len(_value_items(vals.get("measure", ""), gold))
                if k == "responsible" and n_measures > 1 and len(_items(vals[k])) == n_measures:
                    # one actor line per action in the table: a list in the same order
                    items = _items(vals[k])
                elif k in ("responsible", "partner", "schedule"):
                    # actors one per line in a table cell: a comma list on one line
                    items = [", ".join(x.rstrip(",") for x in _items(vals[k]))]
                else:
                    items = _value_items(vals[k], gold)
                out.append({"type": "label", "label": own.get(k, CARD_LABELS[k]), "items": items})
            for label, value in others:
                out.append({"type": "label", "label": label, "items": [" ".join(_items(value))]})
    carried["ref"] = ref_above
    return out


# the join of a header's or a cell's two languages: a slash with spaces ('Ansvar / Responsible'),
# not the slash of 'ggr/år'
_TWO_LANGUAGES = re.compile(r"\s+/\s+")


def _translated_column(header: str, rows: list[list[str]], j: int) -> bool:
    """A column headed 'A / B' in two languages (B names no role the styles know, the same
    word in the other language) whose every filled cell is written the same way, 'a / b'."""
    halves = _TWO_LANGUAGES.split(" ".join((header or "").split()))
    if len(halves) != 2 or _role(halves[0]) == "other" or _role(halves[1]) != "other":
        return False
    cells = _column_cells(rows, j)
    return bool(cells) and all(len(_TWO_LANGUAGES.split(" ".join(c.split()))) == 2 for c in cells)


def _tail(vals: dict[str, str], refers: list[tuple[str, str]] = (),
          others: list[tuple[str, str]] = (), own: dict[str, str] | None = None) -> str:
    """'Ansvarig: X. Samarbetspartner: Y. Tidtabell: Z.' under a numbered action ('Mål: A1.'
    first when the table refers each row to a goal stated elsewhere)."""
    parts = [f"{label}: {value}" for label, value in refers]
    parts += [f"{(own or {}).get(k, NUMBERED_LABELS[k])}: {', '.join(x.rstrip(',') for x in _items(vals[k]))}"
              for k in ("responsible", "partner", "schedule") if vals.get(k)]
    # the table's other columns ('Status: Ny. Resurser / kostnad €: 1 500.') close the line
    parts += [f"{label}: {' '.join(_items(value))}" for label, value in others]
    return " ".join(p.rstrip(".") + "." for p in parts)


def continued_table(b: dict, above: dict) -> dict:
    """A table printed without a header row of its own, as wide as the measure table above
    it with nothing but paragraphs between them (the running footer and header of a page
    break), is that table continued on the next page: its first line (stored as its
    `columns`) is a row like the others, and the header above names its columns. A
    programme that prints its actions as records goes on printing them as records after a
    page break: no real one switches to a bare table in the middle of its action list.
    A table naming any column of its own (a measure table, or one whose header the styles
    know a role for) is a table of its own and is returned unchanged."""
    cols = list(b.get("columns") or [])
    rows = [list(r) for r in (b.get("rows") or [])]
    head = list(above.get("columns") or [])
    n = max([len(cols)] + [len(r) for r in rows] + [0])
    if not head or n != len(head) or any(_role(c) != "other" for c in cols):
        return b
    # the caption a headerless part carries, if any, is the continued table's ('Tabell 2
    # (forts.)'); an empty one prints nothing
    return {**b, "columns": head, "rows": ([cols] if any(_cell(c) for c in cols) else []) + rows, "continued": True}


def join_cut_rows(blocks: list[dict]) -> list[dict]:
    """A row a page break cut in two, given back as one row: a measure table's part after
    the break (its header repeated, or none: `continued_table`) whose first row fills no
    action, no goal and no first (number) cell, only cells the last row above left empty
    ('' | '' | '' | 'Bildningssektorn' | '' | 'Fortlöpande' under '7' | '' | 'Tolk vid …' |
    '' | …), is the rest of that row: its cells go into the row above. A table breaks its
    rows over pages; a card does not -- no programme prints a card with no action, its
    responsible and time a card of their own over the next action's."""
    out: list[dict] = []
    last: int | None = None  # index in `out` of the measure table above, paragraphs between
    for b in blocks:
        if b.get("type") == "table" and last is not None:
            above = out[last]
            b2 = continued_table(b, above)
            head = list(above.get("columns") or [])
            same = list(b2.get("columns") or []) == head
            rows = [list(r) for r in (b2.get("rows") or [])]
            a_rows = [list(r) for r in (above.get("rows") or [])]
            n = len(head)
            roles = column_roles(head, n)
            if same and rows and a_rows and not _cell(b2.get("caption") or "") and "measure" in roles:
                first = (rows[0] + [""] * n)[:n]
                prev = (a_rows[-1] + [""] * n)[:n]
                keys = {j for j, role in enumerate(roles) if role in ("measure", "goal")} | {0}
                filled = [j for j in range(n) if _cell(first[j])]
                if filled and not any(_cell(first[j]) for j in keys) and _cell(prev[roles.index("measure")]) \
                        and all(not _cell(prev[j]) for j in filled):
                    for j in filled:
                        prev[j] = first[j]
                    out[last] = {**above, "rows": a_rows[:-1] + [prev]}
                    b = {**b2, "rows": rows[1:]}
        if b.get("type") == "table" and _is_measure_table(b):
            last = len(out)
        elif b.get("type") != "paragraph":
            last = None
        out.append(b)
    return out


class TextStyleRenderer(Renderer):
    """cards / keyvalue / numbered: goal/measure tables rewritten as headings and label–value
    text (or label–value tables)."""

    def __init__(self, source: dict, style: str):
        super().__init__(source, "ruled")
        self.kind = style
        c = {"cards": (0.05, 0.3, 0.55), "keyvalue": (0.1, 0.35, 0.3)}.get(style, (0.3, 0.2, 0.05))
        self.st = Style(
            style, 60, 62, R.PAGE_H - 62, 1, 0, 10, 13.4, 6.5,
            {1: ("bold", 16, 16, c), 2: ("bold", 13, 12, c), 3: ("bold", 11, 10, c),
             4: ("bold", 10.5, 9, c), 5: ("bi", 10, 7, BLACK)},
            c, 8.5, 10.5,
        )
        blocks: list[dict] = []
        # goals numbered so far, groups of goalless actions, actions of the goal, higher goals,
        # and the number of the goal the actions are printed under ('' before the first)
        counter = [0, 0, 0, 0, ""]
        headings = heading_names(source.get("blocks") or [])
        gold = gold_keys(source)
        heads: list[tuple[int, str | None]] = []  # (level, number) of the headings above
        section: tuple[int, str] | None = None  # (level, text) of the nearest heading above
        numbers: dict = {}
        last: dict | None = None  # the measure table above, while nothing but paragraphs follow it
        carried: dict = {}  # what that table's last row left in its goal-reference column
        for b in join_cut_rows(list(source.get("blocks") or [])):
            if b.get("type") == "heading":
                level = int(b.get("level") or 1)
                heads = [h for h in heads if h[0] < level] + [(level, _section_number(b.get("text") or ""))]
                section = (level, b.get("text") or "")
                numbers = {"section": next((num for _, num in reversed(heads) if num), None), "count": 0}
            if b.get("type") == "table" and last is not None:
                b = continued_table(b, last)
                if list(b.get("columns") or []) == list(last.get("columns") or []) and not _cell(b.get("caption") or ""):
                    # the header repeated over the rest of the table after a page break, with no
                    # caption of its own: the same table going on
                    b = {**b, "continued": True}
            if b.get("type") == "table" and _is_measure_table(b):
                last = b
            elif b.get("type") != "paragraph":
                last = None
            if b.get("type") == "table" and _is_measure_table(b):
                blocks.extend(_card_blocks(b, style, counter, gold, numbers, headings, section, carried))
                if numbers.get("group"):
                    numbers = {}  # the next goalless table is a group of its own
            else:
                blocks.append(b)
        self.src = {**source, "blocks": blocks}

    def new_page(self):
        if self.cv:
            self.cv.finish()
        page = self.doc.new_page(width=R.PAGE_W, height=R.PAGE_H)
        self.cv = R.Canvas(page)
        n = page.number + 1
        s = f"– {n} –"
        self.cv.text((R.PAGE_W - _w(s, "reg", 8)) / 2, R.PAGE_H - 30, s, "reg", 8, GRAY)
        self.cv.text(self.x0, 34, self.running, "ital", 8, GRAY)
        self.y = self.st.top

    def table_plan(self, b: dict, idx: int) -> dict:
        plan = super().table_plan(b, idx)
        plan.update(kind="kv" if b.get("kv") else "grid", repeat=True, split_rows=False)
        return plan

    def draw_row(self, tm, cells, kind: str, header=False, last=False):
        if kind != "kv":
            return super().draw_row(tm, cells, kind, header, last)
        # a label–value table: the label column shaded and bold, thin grid
        cv, xs, y0 = self.cv, self._xs(tm), self.y
        h = self._row_h(tm, cells)
        cv.rect((xs[0], y0, xs[0] + tm["widths"][0], y0 + h), fill=(0.86, 0.91, 0.96), color=None)
        for j, lines in enumerate(cells):
            for k, (ind, ln) in enumerate(lines):
                top = y0 + tm["pad"] + k * tm["lead"]
                cv.text(xs[j] + tm["pad"] + ind, R._baseline(top, tm["lead"], tm["size"]), ln,
                        "bold" if j == 0 else "reg", tm["size"], BLACK)
        for j in range(tm["n"]):
            cv.rect((xs[j], y0, xs[j] + tm["widths"][j], y0 + h), color=(0.5, 0.55, 0.6), width=0.4)
        self.y = y0 + h

    def block_items(self, b: dict, width: float) -> list[Item]:
        t = b.get("type")
        st = self.st
        if t == "lines":
            ind = float(b.get("indent") or 0)
            out: list[Item] = []
            for k, text in enumerate(b.get("lines") or []):
                for i, (hang, ln) in enumerate(wrap(text, "reg", st.body_size, width - ind)):
                    before = (st.para_space if k == 0 else 1.5) if i == 0 else 0
                    out.append(Item(st.leading, before, [(ind + hang, ln, "reg", st.body_size, BLACK)]))
            return out
        if t == "label":
            return self.label_items(b["label"], b["items"], width, float(b.get("indent") or 0))
        return super().block_items(b, width)

    def label_items(self, label: str, lines: list[str], width: float, ind: float) -> list[Item]:
        """"Label: value" with a bold label; a value of several items is a bullet list under
        its label."""
        value = " ".join(lines)
        st = self.st
        size = st.body_size
        lab = f"{label}:"
        lw = _w(lab + " ", "bold", size)
        out: list[Item] = []
        if len(lines) == 1:
            wrapped = wrap(value, "reg", size, width - ind - lw)
            for i, (hang, ln) in enumerate(wrapped):
                runs = [(ind + lw + hang, ln, "reg", size, BLACK)]
                if i == 0:
                    runs.insert(0, (ind, lab, "bold", size, BLACK))
                out.append(Item(st.leading, 3.0 if i == 0 else 0, runs, keep=1 if i == 0 and len(wrapped) > 1 else 0))
            return out
        out.append(Item(st.leading, 3.0, [(ind, lab, "bold", size, BLACK)], keep=1))
        for text in lines:  # the items of a list value as bullets
            text = re.sub(r"^[•\-–]\s+", "", text)
            for i, (hang, ln) in enumerate(wrap(text, "reg", size, width - ind - 24)):
                runs = [(ind + 24 + hang, ln, "reg", size, BLACK)]
                if i == 0:
                    runs.insert(0, (ind + 12, "•", "reg", size, st.head_color))
                out.append(Item(st.leading, 0, runs))
        return out


# The typesettings kept in golden/ as regression fixtures (golden/<slug>/<style>.pdf, each
# with its expected.<style>.json): the programs whose tables differ most in shape (five
# named columns; unnamed goal/measure columns; goal groups with sub-goals).
FIXTURES: dict[str, tuple[str, ...]] = {
    "vasa-2023-2026": ("landscape", "cards", "keyvalue", "numbered"),
    "gemensamt-2023-2026": ("landscape", "cards", "keyvalue"),
    "borga-2022-2024": ("cards", "numbered"),
}


def render(source: dict, style: str) -> bytes:
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; expected one of {STYLES}")
    cls = TableStyleRenderer if style in ("landscape", "booktabs") else TextStyleRenderer
    return cls(source, style).render()[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m golden.render_more", description=__doc__.split("\n")[0])
    ap.add_argument("slug", nargs="?")
    ap.add_argument("--style", choices=STYLES)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--all", action="store_true", help="rebuild the fixtures in FIXTURES under golden/")
    a = ap.parse_args(argv)
    if a.all:
        for slug, styles in FIXTURES.items():
            src = load_source(slug)
            for style in styles:
                out = R.GOLDEN_DIR / slug / f"{style}.pdf"
                data = render(src, style)
                out.write_bytes(data)
                print(f"{out.relative_to(R.GOLDEN_DIR.parent)}  {len(data) // 1024} KB")
        return 0
    if not (a.slug and a.style and a.out):
        ap.error("give SLUG --style STYLE --out FILE, or --all")
    data = render(load_source(a.slug), a.style)
    a.out.write_bytes(data)
    print(f"{a.out}  {len(data) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
