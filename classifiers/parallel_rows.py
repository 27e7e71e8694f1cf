"""A row printed as parallel line lists: one row holds several actions, one per line of its
action cell, and line k of every other cell (who, when, how it is followed up) belongs to
action k ('Vad gör vi? | Vem? | När? | Hur vet vi?' with three lines in each cell, '–' where
an action has no indicator). Word processors make such rows when a writer types a table
per goal and presses Enter in each cell instead of adding rows.

The time cell tells how many actions the row has: each of its lines that opens a time of its
own ('2026' / '2026–2029' / 'fortlöpande') is one action's; a line that goes on from the one
above ('från hösten' / '2026') is a wrap. The row is read line for line only when the action
cell splits into exactly that many items -- its lines joined where they wrap, by their words
(`text.is_wrap`) or, for a cell of lower-case items whose case says nothing, where a line
was too full to take the next word -- so a multi-line action beside one time stays one."""

from __future__ import annotations

import re

from .cells import split_lines_items, split_sure_wraps
from .schedule import opens_with_time
from .text import BULLET_RE, DASH_ONLY_RE, NUMBERED_RE, is_wrap, squash

_BROKE_OFF_RE = re.compile(r"(?:[,–—-]|\b(?:och|till|samt|eller|från|i|under))\s*$", re.I)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in (text or "").splitlines() if ln.strip()]


def time_items(cell: str) -> list[str]:
    """The times of a time cell, one per line that opens a time of its own."""
    out: list[str] = []
    prev = ""
    for ln in _lines(cell):
        # a line goes on from the one above when it opens no time, when the line above
        # broke off ('2025 och' / '2026', '2024–' / '2025'), or when it is the year the
        # line above had not given yet ('från hösten' / '2026')
        goes_on = (not opens_with_time(ln) or _BROKE_OFF_RE.search(prev)
                   or ln[:1].isdigit() and not any(ch.isdigit() for ch in prev))
        if out and goes_on:
            out[-1] = f"{out[-1]} {ln}"
        else:
            out.append(ln)
        prev = ln
    return out


def _full(prev: str, nxt: str, width: int) -> bool:
    """`prev` could not take `nxt`'s first word within the width: it wrapped."""
    return len(prev) + 1 + len(nxt.split()[0]) > width


def items_of(cell: str, n: int, width: int | None = None) -> list[str] | None:
    """The cell's n items, one per action in order ('–' alone: that action has none), or
    None when its lines do not make n items."""
    lines = _lines(cell)
    if not lines or any(BULLET_RE.match(ln) and not DASH_ONLY_RE.match(ln) or NUMBERED_RE.match(ln) for ln in lines):
        return None
    if len(lines) == n and not any(is_wrap(a, b[:1].upper() + b[1:]) for a, b in zip(lines, lines[1:])):
        # as many lines as actions, none breaking off ('Medborgarinstitutet i' / 'samarbete
        # med ...'): every action has its line, whatever case the next one opens with
        return lines
    items = split_lines_items(cell, width)
    if len(items) == n:
        return [squash(x) for x in items]
    # only the sure wraps joined (a lower-case start, a line ending on a comma or 'och'): a
    # full line ending on a name ('Sysselsättningstjänsterna') is a line of its own here
    strict = split_sure_wraps(cell)
    if len(strict) == n:
        return [squash(x) for x in strict]
    # lower-case items ('antal deltagare' / 'andel i arbete ...'): a line ends its item
    # when the next word would have fitted on it; a dash alone is an item of its own
    w = width or max(len(ln) for ln in lines)
    out: list[str] = []
    prev = ""
    for ln in lines:
        joined = (out and not DASH_ONLY_RE.match(ln) and not DASH_ONLY_RE.match(prev)
                  and (_full(prev, ln, w) or is_wrap(prev, ln, None) and not ln[:1].islower()))
        if joined:
            out[-1] = f"{out[-1]} {ln}"
        else:
            out.append(ln)
        prev = ln
    return [squash(x) for x in out] if len(out) == n else None


def parallel_actions(action_cell: str, time_cell: str, width: int | None = None,
                     beside: list[tuple[str, int | None]] | None = None) -> tuple[list[str], list[str]] | None:
    """(actions, their times) of a row whose time cell gives two times or more, one per
    line, and whose action cell holds exactly as many items; else None. `beside`: the row's
    other cells of that action (who, how it is followed up) with their column widths --
    each filled one must give as many items too, and one at least must be filled: a row
    printed line for line is so in every cell, while one action wrapped beside a time of
    several lines ('Hösten 2024' / 'och därefter' / 'varje läsår') has a doer that is one."""
    times = time_items(time_cell)
    if len(times) < 2:
        return None
    actions = items_of(action_cell, len(times), width)
    if actions is None:
        return None
    others = [(c, w) for c, w in (beside or []) if (c or "").strip()]
    if not others or any(items_of(c, len(times), w) is None for c, w in others):
        return None
    return actions, times


def is_none(item: str) -> bool:
    """A dash alone: the action of that line has nothing in this cell."""
    return bool(DASH_ONLY_RE.match(item.strip()))


def _code_lines(lines: list[str]) -> bool:
    """Every line of a cell (`_lines`) is a task's code alone ('AF-1', 'ED-1')."""
    from .action_goal_links import action_code

    return len(lines) >= 2 and all(action_code(ln) for ln in lines)


def _goes_on_in_lower_case(lines: list[str]) -> bool:
    """A line of a cell (`_lines`) after its first opens in lower case: the text above wrapped
    onto it ('… ett arbete inom' / 'ett år efter flytten'), one text, no list of lines."""
    return any(ln[:1].islower() for ln in lines[1:])


def split_code_parallel_rows(elements: list) -> list:
    """Tables with their rows of parallel line lists split into one row per line: a row whose
    filled cells all hold the same number of lines, one of them a code on each line ('Antal
    besökare … / Antal sidvisningar …' | 'AF / ED' | 'AF-1 / ED-1'). A borderless table
    running onto the next page may come back so, its rows there read as one (no rule parts
    them): each code names its own row, and the lines beside it are that row's. A cell whose
    line goes on in lower case holds one wrapped text: the row is as printed."""
    for el in elements:
        t = el.table if el.kind == "table" else None
        # (a table with merged cells is left as it is: its spans would have to move)
        if t is None or len(t.rows) <= t.header_rows or t.spans:
            continue
        new_rows, new_pages = [], []
        split = False
        paged = len(el.pages) == len(t.rows)
        for k, row in enumerate(t.rows):
            # (each cell's lines split once: the checks and the split rows all read them)
            lines = [_lines(c) if c.strip() else None for c in row]
            filled = [ls for ls in lines if ls is not None]
            counts = {len(ls) for ls in filled}
            if k >= t.header_rows and len(filled) >= 2 and len(counts) == 1 \
                    and len(filled[0]) >= 2 and any(_code_lines(ls) for ls in filled) \
                    and not any(_goes_on_in_lower_case(ls) for ls in filled):
                for j in range(len(filled[0])):
                    new_rows.append([ls[j] if ls is not None else "" for ls in lines])
                    if paged:
                        new_pages.append(el.pages[k])
                split = True
                continue
            new_rows.append(list(row))
            if paged:
                new_pages.append(el.pages[k])
        if split:
            t.rows = new_rows
            if paged:
                el.pages = new_pages
    return elements
