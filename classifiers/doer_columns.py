"""Action tables with one column per doer (thirty-seventh blind set): 'Det gör kommunen |
Det gör andra (vem)'.

A small municipality whose integration work is largely done by others shows, under each goal,
what it does itself beside what other bodies have promised to do: each column is headed by
what a doer does ('Det gör kommunen', 'Det här gör skolan', 'Vad gör kommunen?'), and every
cell of it is one action of that doer. The rows do not pair up -- a row is no unit, only the
cells are ('Raderna hör inte ihop parvis'). A column for several doers names them as 'andra'
(others) and asks who in its header ('Det gör andra (vem)'): each of its cells opens with its
doer before a colon ('ÅMS: Arbetsmarknadsutbildning ...').

Such a table is read as the action table it stands for, 'Åtgärd | Ansvarig', one row per
filled cell, column by column: the cell's text is the action, the column's doer its
responsible -- or, in a column of others, the name before the cell's colon.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.model import Table

from .actors import names_actor
from .label_vocab import COOP_LEAD
from .denied_actions import denied
from .elements import Element
from .headers import header_role
from .table_rows import one_header_table
from .text import fold, squash

# 'Det gör kommunen', 'Det här gör skolan', 'Detta gör X', 'Vad gör kommunen?': the header
# of the actions of the doer it names
_DOER_HEADER_RE = re.compile(
    r"^(?:det\s+här|det|detta|vad)\s+gör\s+(?P<who>[^?:]+?)\s*\??\s*:?$", re.I)
# '(vem)', '(vilka)': the header asks who, each cell names its own doer
_ASKS_WHO_RE = re.compile(r"\(\s*(?:vem|vilka|vilken)\s*\)", re.I)
# 'ÅMS: action', 'Långnäs hembygdsförening: action': a cell's doer before its colon
_CELL_DOER_RE = re.compile(r"^(?P<who>[^\W\d_][^:\n]{1,60}?):\s+(?P<what>\S.*)$", re.S)
_DOER_WORDS = 5
# the plan speaking of itself: no doer named
_PRONOUNS = frozenset(("vi", "man", "jag", "ni"))
# 'Vad gör kommunen konkret?', 'Vad gör staden för äldre?': a heading asking what the
# municipality itself does -- the plan's author, as 'vi' is -- with or without words after it
_OWN_QUESTION_RE = re.compile(r"^vad\s+gör\s+(?:kommunen|staden)\b", re.I)


def doer_header(header: str) -> tuple[str, bool] | None:
    """(the doer named, whether the cells name their own doer) of a header naming a doer's
    actions ('Det gör kommunen' -> ('kommunen', False); 'Det gör andra (vem)' -> ('andra',
    True)), else None."""
    flat = squash(header or "")
    m = _DOER_HEADER_RE.match(flat)
    if not m:
        return None
    who = m.group("who")
    asks = bool(_ASKS_WHO_RE.search(who))
    who = _ASKS_WHO_RE.sub("", who).strip()
    if not who or len(who.split()) > _DOER_WORDS or who.lower() in _PRONOUNS:
        # ('Det här gör vi': the plan's own 'what we do', a role heading over its actions,
        # `role_boxes` -- no column of one doer beside others)
        return None
    # a doer that is no body ('andra', 'övriga'): others, each cell naming which
    return who, asks or not names_actor(who)


def _cell_doer(cell: str) -> tuple[str, str]:
    """(doer, action) of a cell opening with its doer before a colon, else ('', cell)."""
    m = _CELL_DOER_RE.match(cell.strip())
    if not m or len(m.group("who").split()) > _DOER_WORDS:
        return "", cell.strip()
    return m.group("who").strip(), m.group("what").strip()


def fold_doer_columns(elements: list[Element]) -> list[Element]:
    """The element stream with each table of doers' columns read as 'Åtgärd | Ansvarig'."""
    return [_fold(el) or el for el in elements]


def _fold(el: Element) -> Element | None:
    t = one_header_table(el, 2)
    if t is None:
        return None
    doers = [doer_header(h) for h in t.rows[0]]
    if not doers or not all(doers):
        return None
    row_pages = el.body_pages()
    rows: list[list[str]] = [["Åtgärd", "Ansvarig"]]
    pages: list[int] = [el.pages[0] if el.pages else el.page]
    for c, (who, own) in enumerate(doers):
        for row, page in zip(t.rows[1:], row_pages):
            cell = row[c].strip() if c < len(row) else ""
            if not cell:
                continue
            doer, action = _cell_doer(cell) if own else ("", cell)
            if own and not doer:
                doer = "–"  # a cell of others naming none: no doer, not the one above
            rows.append([action, doer or who])
            pages.append(page)
    if len(rows) < 2:
        return None
    return replace(el, pages=pages, table=t.model_copy(update={"rows": rows, "spans": []}))


# --- the same table printed without its grid -------------------------------------------------
#
# A page without rules may lose the grid: the column headers come out as headings of their
# own ('Det gör kommunen', 'Det gör andra (vem)') and the cells as paragraphs under them. A
# heading that names a doer's actions can only be such a column's header -- no chapter is
# called so -- so the paragraphs under it, up to the next heading that is no doer header,
# are that column's cells. Two doer headings stacked over the paragraphs are the whole header
# row, the cells read row by row across both columns: a cell of others opens with its doer
# before a colon, the others are the first column's; where a row's two cells were read as one
# paragraph, the second starts at the doer's name before its colon.

# '... den som vill Medborgarinstitutet: Samhällsorientering ...': a doer's name of up to
# four words, capitalised, before a colon inside a paragraph
_INNER_DOER_RE = re.compile(r"\s(?P<who>[A-ZÅÄÖ][^\s:]*(?:\s[^\s:]+){0,3}?):\s+\S")


def _split_cells(text: str) -> list[str]:
    """A paragraph of a gridless doer table as its cells: one, or two where a row's cells
    were read as one line (the second opening with its doer before a colon)."""
    flat = squash(text)
    m = _INNER_DOER_RE.search(flat)
    if m and m.start() > 0 and not _cell_doer(flat)[0]:
        return [flat[:m.start()].strip(), flat[m.start():].strip()]
    return [flat]


def _asks_own_doing(elements: list[Element], k: int) -> bool:
    """Heading k asks what the municipality itself does ('Vad gör kommunen konkret?') and
    stands alone, no doer heading beside it: the plan's own 'Vad gör vi?', a heading over its
    actions (or a question of its own), no column of one doer beside others'."""
    if not _OWN_QUESTION_RE.match(squash(elements[k].text)):
        return False
    nxt = elements[k + 1] if k + 1 < len(elements) else None
    return not (nxt is not None and nxt.kind == "heading" and doer_header(nxt.text))


def fold_doer_headings(elements: list[Element]) -> list[Element]:
    """The element stream with each doer heading and the paragraphs under it read as the
    doer table it was printed from (`fold_doer_columns` reads that)."""
    out: list[Element] = []
    k = 0
    while k < len(elements):
        el = elements[k]
        if el.kind != "heading" or doer_header(el.text) is None or _asks_own_doing(elements, k):
            out.append(el)
            k += 1
            continue
        heads = [el]
        j = k + 1
        while j < len(elements) and elements[j].kind == "heading" and doer_header(elements[j].text):
            heads.append(elements[j])
            j += 1
        paras: list[Element] = []
        while j < len(elements) and elements[j].kind == "para":
            paras.append(elements[j])
            j += 1
        if not paras or len(heads) > 2:
            out.extend(elements[k:j])
            k = j
            continue
        doers = [doer_header(h.text) for h in heads]
        rows: list[list[str]] = []
        pages = [el.page]
        for p in paras:
            for cell in _split_cells(p.text):
                if len(heads) == 2 and doers[1][1] and _cell_doer(cell)[0]:
                    rows.append(["", cell])
                else:
                    rows.append([cell, ""] if len(heads) == 2 else [cell])
                pages.append(p.page)
        table = Table(rows=[[h.text for h in heads], *rows], header_rows=1, method="doer-headings")
        out.append(Element(kind="table", page=el.page, table=table, pages=pages))
        k = j
    return out


# --- a goal's row across the actors' columns (thirty-ninth blind set) ------------------------
#
#     Mål                        | Kommunen                         | Välfärdsområdet | Föreningar
#     ARBETE                     | – Sommarjobb för unga [2026]     |                 | – Byaföreningen:
#     Invandrare har arbete ...  | – Jobbmässa (med företagarna)    |                 |   jobbcafé [2027]
#
# A responsibility matrix laid out as swimlanes ('Vem gör vad?'): one row per goal, its first
# cell the goal (its theme in capitals on the line(s) above it), and one column per actor,
# headed by the actor's name. A cell lists what that actor does for the row's goal, one action
# a dash line, its partner in '(med X)' and its time in square brackets; an empty cell says the
# actor has no action of its own for that goal. A column of several actors ('Föreningar och
# församling') names the one that answers for each line before a colon. A row whose first cell
# says its content is no part of the programme's actions ('GRUNDSERVICE ENLIGT LAG (ingår inte
# i programmets åtgärder)') lists the statutory services beside the plan: no actions.
#
# Such a table is read as the plain action table it lays out, Tema | Mål | Åtgärd | Ansvarig |
# Samarbetspartner | Tidtabell, one row per dash line. Gate: the first header names the goal,
# two headers after it at least, each naming an actor (no role word), and dash lines in the
# filled cells of those columns.

# a cell's action line: a dash opening a line, alone or before the text
_LANE_ITEM_RE = re.compile(r"^[–—-](?:\s+|$)")
# '(med X)', '(i samarbete med X)', '(tillsammans med X)': the action's partner
_WITH_RE = re.compile(rf"\s*\(\s*(?:{COOP_LEAD}\s+)?med\s+(?P<who>[^()]+?)\s*\)", re.I)
# '[2026–2029]', '[varje vår]': the action's time, in square brackets
_TIME_BRACKET_RE = re.compile(r"\s*\[(?P<when>[^\[\]]+)\]")
# the theme over a goal: a line in capitals (letters all upper case, two at least)
_CAPITALS_RE = re.compile(r"^[^a-zåäöü]*[A-ZÅÄÖÜ][^a-zåäöü]*[A-ZÅÄÖÜ][^a-zåäöü]*$")


def lane_items(cell: str) -> list[str]:
    """The action lines of a swimlane cell, each joined from its wrapped lines ('– A …' /
    'B …' / '– C …' -> ['A … B …', 'C …']); [] when no line of the cell opens with a dash."""
    items: list[list[str]] = []
    for line in cell.splitlines():
        line = line.strip()
        if not line:
            continue
        if _LANE_ITEM_RE.match(line):
            items.append([_LANE_ITEM_RE.sub("", line, count=1)])
        elif items:
            items[-1].append(line)
        else:
            return []  # text before the first dash: no dash list
    return [squash(" ".join(x)) for x in items if squash(" ".join(x))]


def lane_action(item: str, column_actor: str) -> tuple[str, str, str, str]:
    """(action, responsible, partners, time) of one action line of an actor's column:
    '(med X)' the partner, '[…]' the time, a name of an actor before a colon the
    responsible instead of the column's actor."""
    when = "; ".join(m.group("when").strip() for m in _TIME_BRACKET_RE.finditer(item))
    text = _TIME_BRACKET_RE.sub("", item)
    # ('(med barnpassning)', '(med tolk)': what the action comes with, no partner -- a partner
    # is named as an actor or by a capitalised name)
    withs = [m for m in _WITH_RE.finditer(text) if _names_partner(m.group("who"))]
    partners = "; ".join(m.group("who").strip() for m in withs)
    for m in reversed(withs):
        text = text[:m.start()] + text[m.end():]
    text = text.strip().rstrip(".;,").strip()
    who = column_actor
    m = _CELL_DOER_RE.match(text)
    if m and len(m.group("who").split()) <= _DOER_WORDS and names_actor(m.group("who")):
        who, text = m.group("who").strip(), m.group("what").strip()
    return text, who, partners, when


def _names_partner(who: str) -> bool:
    who = who.strip()
    return bool(who) and (who[:1].isupper() or names_actor(who))


def _theme_and_goal(cell: str) -> tuple[str, str]:
    """(theme, goal) of a goal cell whose first line(s) in capitals name the theme."""
    lines = [x.strip() for x in cell.splitlines() if x.strip()]
    k = 0
    while k < len(lines) - 1 and _CAPITALS_RE.match(lines[k]):
        k += 1
    return squash(" ".join(lines[:k])), squash(" ".join(lines[k:]))


def _denies_actions(cell: str) -> bool:
    """The cell says its row is no part of the programme's actions ('(ingår inte i
    programmets åtgärder)')."""
    toks = re.findall(r"\w+", fold(cell))
    return any(t.startswith("atgard") and denied(toks, i) for i, t in enumerate(toks))


def fold_actor_lanes(elements: list[Element]) -> list[Element]:
    """The element stream with each swimlane matrix (goals as rows, actors as columns,
    dash-line actions in the cells) read as a plain action table."""
    return [_lanes_folded(el) or el for el in elements]


def _lanes_folded(el: Element) -> Element | None:
    t = one_header_table(el, 2)
    if t is None:
        return None
    header = [squash(h) for h in t.rows[0]]
    if len(header) < 3 or header_role(header[0]) != "goal":
        return None
    actors = header[1:]
    if not all(h and header_role(h) is None and names_actor(h) for h in actors):
        return None
    body = t.rows[1:]
    filled = [r[c] for r in body for c in range(1, len(header)) if c < len(r) and r[c].strip()]
    if not filled or sum(bool(lane_items(x)) for x in filled) * 2 <= len(filled):
        return None  # not a dash list in most filled cells: not this layout
    row_pages = el.body_pages()
    rows = [["Tema", "Mål", "Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell"]]
    pages = [el.pages[0] if el.pages else el.page]
    for r, page in zip(body, row_pages):
        if not r or _denies_actions(r[0]):
            continue
        theme, goal = _theme_and_goal(r[0])
        for c, actor in enumerate(actors, start=1):
            for item in lane_items(r[c] if c < len(r) else ""):
                text, who, partners, when = lane_action(item, actor)
                if text:
                    rows.append([theme, goal, text, who, partners, when])
                    pages.append(page)
    if len(rows) < 2:
        return None
    return replace(el, pages=pages, table=t.model_copy(update={
        "rows": rows, "spans": [], "header_rows": 1, "continued": False, "continues_row": False}))
