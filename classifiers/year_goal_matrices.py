"""A plan laid out as a calendar: one row per year, one column per goal, each cell listing
the actions that start that year under that goal (thirty-fourth blind set).

    År   | Mål 1. Fler ... i arbete               | Mål 2. Barn och unga ...  | …
    2025 | Kartläggning av kunnande (A + B)       | –                         | …
    2026 | Arbetsplatsbesök ... (C + D)           | Studiehandledning ... (E) | …
         | kartläggningen fortsätter              |                           |

A programme that plans its period year by year prints its action plan so: the goals head the
columns by their label ('Mål 1. …'), the first column names the year, and each cell holds
'Action (responsible + partners)' items, '–' for a year with none. A line that only says an
earlier action goes on ('kartläggningen fortsätter', lower case, no doer) is no new action.
Read as printed, the year column would be taken for goals and the goal headers for column
labels; the matrix is read as the plain action table it lays out -- Mål | Åtgärd | Ansvarig |
Samarbetspartner | Tidtabell, one row per action, its year the schedule.

Gate: the first header cell is blank or names the year ('År', 'År / mål'), two header cells
at least after it are goal labels with their goal ('Mål 1. X'), and every body row opens with
a year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .actors import split_actors
from .elements import Element
from .prose import is_goal_heading
from .text import squash

_YEAR_HEAD_RE = re.compile(r"^(?:år|året|årtal|tidpunkt|tid)?(?:\s*/\s*\w+)?$", re.I)
_YEAR_RE = re.compile(r"^(?:19|20)\d\d(?:\s*[–-]\s*(?:(?:19|20)?\d\d))?$")
# the goal's label and number before its text: 'Mål 1.', 'Delmål 2:', 'Mål 3 –'
_GOAL_LABEL_RE = re.compile(r"^(?:[^\W\d_]+\s+)?[^\W\d_]*mål\w*\s+\d{1,2}(?:\.\d{1,2})*\s*[.:–-]?\s*", re.I)
# one item of a cell: its text and the bracket naming who does it
_ITEM_RE = re.compile(r"(?P<text>[^()]+?)\s*\((?P<who>[^()]+)\)")
_EMPTY = {"", "–", "-", "—", "x"}
# the space before a capital: where a lower-case note run in before an item ends
_BEFORE_CAPITAL_RE = re.compile(r"\s(?=[A-ZÅÄÖ])")


def fold_year_goal_matrices(elements: list[Element]) -> list[Element]:
    """The element stream with each year × goal matrix read as a plain action table."""
    return [_folded(el) or el for el in elements]


def cell_actions(cell: str) -> list[tuple[str, list[str], list[str]]]:
    """(action, responsible, partners) of each item of a matrix cell 'A (X + Y) B (Z)': the
    doers before '+' answer for the action, those after it take part. Text outside a bracket
    that opens in lower case ('kartläggningen fortsätter') only notes that an earlier action
    goes on; one that opens with a capital is an action with no doer named."""
    text = squash(cell)
    if text in _EMPTY:
        return []
    out: list[tuple[str, list[str], list[str]]] = []
    pos = 0
    for m in _ITEM_RE.finditer(text):
        head = text[pos:m.start()].strip()
        pos = m.end()
        item = (head + " " + m.group("text")).strip() if head and not head[:1].isupper() else m.group("text").strip()
        if head and head[:1].isupper():
            # a doerless action before this one (`item` is this one's text alone)
            out.append((head.rstrip(".;,").strip(), [], []))
        # a continuation note run into the next item's line ('... fortsätter Byaföreningarna ...')
        item = _without_note(item)
        who, _, partners = m.group("who").partition("+")
        resp, also = split_actors(who)
        out.append((item.rstrip(".;,").strip(), resp, split_actors(partners)[0] + also if partners else also))
    rest = text[pos:].strip()
    if rest and rest[:1].isupper():
        out.append((rest.rstrip(".;,").strip(), [], []))
    return [x for x in out if x[0]]


def _without_note(item: str) -> str:
    """The item without a lower-case note before its capitalised text ('kartläggningen
    fortsätter Studiehandledning ...' -> 'Studiehandledning ...')."""
    if item[:1].isupper():
        return item
    m = _BEFORE_CAPITAL_RE.search(item)
    return item[m.end():] if m else item


def _folded(el: Element) -> Element | None:
    t = el.table
    if el.kind != "table" or t is None or len(t.rows) < 3:
        return None
    header = [squash(x) for x in t.rows[0]]
    if not _YEAR_HEAD_RE.match(header[0]) or len(header) < 3:
        return None
    goals = {c: h for c, h in enumerate(header) if c > 0 and h and is_goal_heading(h)}
    if len(goals) < 2 or len(goals) != len(header) - 1:
        return None
    body = [r for r in t.rows[1:] if any(squash(x) for x in r)]
    if not body or not all(_YEAR_RE.match(squash(r[0])) for r in body):
        return None
    rows = [["Mål", "Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell"]]
    for c, goal in goals.items():
        label_free = _GOAL_LABEL_RE.sub("", goal, count=1).rstrip(".").strip() or goal
        for r in body:
            for text, resp, partners in cell_actions(r[c] if c < len(r) else ""):
                rows.append([label_free, text, ", ".join(resp), ", ".join(partners), squash(r[0])])
    if len(rows) < 2:
        return None
    return replace(el, table=t.model_copy(update={"rows": rows, "spans": [], "header_rows": 1,
                                                   "continued": False, "continues_row": False}))
