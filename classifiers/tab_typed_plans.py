"""Action plans typed with tab stops instead of a table (fortieth set: blind235).

Office staff often type a plan in a word processor with tabs, not a table:

    Nr<tab>Åtgärd<tab>Ansvarig<tab>Samarbetspart<tab>Tidtabell
    MÅL 1<tab>Vägledning och service<tab>Nyinflyttade får vägledning ...
    1.1<tab>Välkomstsamtal för alla nyinflyttade ...<tab>Integrationsenheten<tab>–<tab>från 2025
    1.2<tab>Välkomstmappen uppdateras ...<tab>d:o<tab>Kommunikationsenheten<tab>2025

A print keeps no tab character: each field starts at the next tab stop past the end of the one
before, so on a printed line the fields are pieces set apart by a gap (the extractor gives
each piece as a line of its own when the gap is wide); a field that does not fit wraps to the
margin (the next printed line may go on with the same field or start the next one), and a
field that ends just before a stop runs into the next with a space or none at all
('fem språkd:o').

The plan is known by its header: one paragraph of two pieces at least whose every word names a
column ('Nr' and role words: 'Åtgärd', 'Ansvarig', 'Samarbetspart', 'Tidtabell'). Each paragraph
after it that opens with an action number alone ('1.1') is an action of as many fields as the
header has; one that opens with a goal label and number ('MÅL 1') is a goal, its first field
the theme and the rest the goal. A paragraph of neither kind (a follow-up line) is left as
text, and a heading ends the plan. The fields of an action are found by where the print can
have broken them: a gap is a field break; a printed line's start at the margin and a known
field value run into the text before it ('d:o', a dash, a time, an actor's name at the end)
may be one -- the reading that gives the header's number of fields whose values fit their
columns best (a time in the time column, an actor in the actor columns) is taken. 'd:o'
(dito) is the value of the same field on the line above within the same goal.

The records are put back as the plain table they lay out, 'Nr | Tema | Mål | Åtgärd |
Ansvarig | ...', a goal row over its actions' rows, so the table reading takes them from there.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from extractors.model import BBox, Line, Table

from .actors import names_actor, time_only
from .headers import map_columns
from .text import DITTO_RE, FUNCTION_WORDS, GOAL_LABEL_WORDS

# a column header word that numbers the rows ('Nr', 'Nro', 'Nummer', '#')
_NUMBER_HEADER_RE = re.compile(r"^(?:nr|nro|nummer|n:o|#)\.?$", re.I)
# an action's number alone, the first field of its line ('1.1', '3', '2.1.4')
_ACTION_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\.?$")
# a goal's label and number opening its line ('MÅL 1', 'Mål 2', 'Delmål 3')
# (the label words: the shared main-goal list, text.GOAL_LABEL_WORDS)
_GOAL_OPEN_RE = re.compile(rf"^(?P<label>{GOAL_LABEL_WORDS}\s+\d{{1,2}})\b[\s.:]*(?P<rest>.*)$", re.I)
# 'd:o' (dito), the value of the line above (as any other "same as above", text.DITTO_RE),
# run into the text before or after it ('… kommunend:o', 'd:o 2025'): cut off (`_glued`)
_GLUED_DITTO_RE = re.compile(r"^(?P<head>.*?\S)\s*(?P<tail>d:o)$", re.I)
_LEAD_DITTO_RE = re.compile(r"^(?P<head>d:o)\s+(?P<tail>\S.*)$", re.I)
_DASH_RE = re.compile(r"^[–—-]$")
_LEAD_DASH_RE = re.compile(r"^(?P<head>[–—-])\s+(?P<tail>\S.*)$")
_TRAIL_DASH_RE = re.compile(r"^(?P<head>.*\S)\s+(?P<tail>[–—-])$")
# a name or a year run into the word before it without a space ('invandrarföreningarnaKommunstyrelsen',
# 'Åboland2025–2028'): a lower-case letter followed by a capital or a year inside one word
_RUN_IN_RE = re.compile(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ]|(?:19|20)\d\d)")
_Y_TOL = 2.0


@dataclass
class _Plan:
    header: list[str]  # the header's words: 'Nr', 'Åtgärd', ...
    roles: list[str | None]  # the role of each ('number' for the first)
    size: float  # the header's font size: a larger or bold line is a heading, ending the plan
    above: dict[int, str] = field(default_factory=dict)  # field -> value of the line above (d:o)
    # the header's lines, until a record under it is read (a header over no record stays text)
    header_lines: list[Line] = field(default_factory=list)


def _header_words(text: str) -> list[tuple[str, str | None]] | None:
    """(word, role) of each word of a header line whose every word names a column, else None."""
    words = text.split()
    if not words:
        return None
    out: list[tuple[str, str | None]] = []
    for w in words:
        role = map_columns([w]).get(0)
        if not (_NUMBER_HEADER_RE.match(w) or role):
            return None
        out.append((w, role))
    return out


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines on one baseline in one column, left to right: a printed row of pieces."""
    rows: list[list[Line]] = []
    for ln in lines:
        if rows and rows[-1][0].column == ln.column and abs(rows[-1][0].bbox.y0 - ln.bbox.y0) <= _Y_TOL:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return [sorted(r, key=lambda ln: ln.bbox.x0) for r in rows]


def _paragraphs(rows: list[list[Line]]) -> list[list[list[Line]]]:
    """Rows joined into printed paragraphs: a gap clearly wider than the line pitch, a new
    column or a step back up the page starts the next one."""
    out: list[list[list[Line]]] = []
    for r in rows:
        if out:
            last = out[-1][-1][0]
            size = last.font_size or 10.0
            dy = r[0].bbox.y0 - last.bbox.y0
            if r[0].column == last.column and 0 < dy <= 1.6 * size:
                out[-1].append(r)
                continue
        out.append([r])
    return out


def _would_fit(prev: Line, ln: Line, right: float) -> bool:
    """The first word of `ln` would have fitted after `prev` on its printed line: a word
    processor wraps a field only when its next word does not fit, so the line was broken at a
    tab (the next field too long to follow the stop)."""
    text = ln.text.strip()
    word = text.split()[0] if text else ""
    if not word:
        return False
    per_char = (ln.bbox.x1 - ln.bbox.x0) / len(text)
    return prev.bbox.x1 + per_char * (len(word) + 1) < right - per_char


def _tokens(para: list[list[Line]], margin: float, right: float) -> list[tuple[str, str]]:
    """The paragraph's pieces as (kind of break before it, text): 'tab' a gap (a field break),
    'wrap' a printed line's start at the margin (maybe one), 'glue' a known value run into the
    text before it (maybe one); the first piece's kind is ''."""
    pieces: list[tuple[str, str]] = []
    prev: Line | None = None
    for k, row in enumerate(para):
        for j, ln in enumerate(row):
            text = " ".join(ln.text.split())
            if not text:
                continue
            if not pieces:
                kind = ""
            elif j == 0 and ln.bbox.x0 <= margin + 2.0 and not (prev is not None and _would_fit(prev, ln, right)):
                kind = "wrap"
            else:
                kind = "tab"
            pieces.append((kind, text))
            prev = ln
    out: list[tuple[str, str]] = []
    for kind, text in pieces:
        out += [(kind if i == 0 else "glue", t) for i, t in enumerate(_glued(text))]
    return out


def _glued(text: str) -> list[str]:
    """A piece cut where a known field value runs into the text before it: 'd:o' or a dash
    at either end, a time or an actor's name closing it ('Företagarna i X varje vår',
    '... för invandrarföreningarna Kommunstyrelsen'). Each cut is a maybe-break."""
    if DITTO_RE.match(text) or _DASH_RE.match(text) or time_only(text):
        return [text]
    for rx in (_GLUED_DITTO_RE, _LEAD_DITTO_RE, _LEAD_DASH_RE, _TRAIL_DASH_RE):
        m = rx.match(text)
        if m:
            return _glued(m.group("head")) + _glued(m.group("tail"))
    run_in = _RUN_IN_RE.search(text)
    if run_in and (time_only(text[run_in.start():]) or names_actor(text[run_in.start():])):
        return _glued(text[:run_in.start()]) + _glued(text[run_in.start():])
    words = text.split()
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if time_only(tail) and not time_only(" ".join(words[:k])):
            return _glued(" ".join(words[:k])) + [tail]
    # every cut before a name of an actor closing the piece is a maybe-break ('... på Storö
    # Biblioteket': 'Storö Biblioteket' or 'Biblioteket'); which one, the reading decides
    cuts = [k for k in range(max(1, len(words) - 4), len(words))
            if words[k][:1].isupper() and words[k - 1][-1:].isalpha() and names_actor(" ".join(words[k:]))]
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(words)]
    return [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:])]


def _fits(role: str | None, value: str) -> float:
    if DITTO_RE.match(value):
        return 1.0 if role in ("responsible", "partners", "actors", "schedule") else -3.0
    if role == "number":
        return 0.0 if _ACTION_NUMBER_RE.match(value) else -5.0
    if role == "schedule":
        return 2.0 if time_only(value) else -2.0
    if role in ("responsible", "partners", "actors"):
        if _DASH_RE.match(value):
            return 1.0 if role != "responsible" else 0.0
        if time_only(value):
            return -2.0
        return 1.0 if names_actor(value) else 0.0
    if role == "measure":
        return -3.0 if (_DASH_RE.match(value) or time_only(value)) else 0.0
    return 0.0


def _fields(tokens: list[tuple[str, str]], roles: list[str | None]) -> list[str] | None:
    """The action's fields, one per header column, or None when no reading gives as many."""
    n = len(roles)
    sure = [i for i, (k, _) in enumerate(tokens) if k == "tab"]
    maybe = [i for i, (k, _) in enumerate(tokens) if k in ("wrap", "glue")]
    need = n - 1 - len(sure)
    if need < 0 or need > len(maybe) or len(maybe) > 14:
        return None
    best: tuple[float, list[str]] | None = None
    for chosen in itertools.combinations(maybe, need):
        cuts = set(sure) | set(chosen)
        parts: list[list[str]] = []
        cost = 0.0
        for i, (kind, text) in enumerate(tokens):
            if i == 0 or i in cuts:
                parts.append([text])
                if kind == "glue":
                    cost -= 0.3
                elif kind == "wrap" and text[:1].islower() and not (time_only(text) or DITTO_RE.match(text)):
                    cost -= 1.5  # a line going on in lower case: a field wrapped, more likely
            else:
                parts[-1].append(text)
        vals = [" ".join(p) for p in parts]
        cost += sum(_fits(r, v) for r, v in zip(roles, vals))
        # no field ends with a preposition or a conjunction ('... i filialbiblioteken i')
        cost -= 2.0 * sum(1 for v in vals[:-1] if v.split()[-1].lower() in FUNCTION_WORDS)
        if best is None or cost > best[0]:
            best = (cost, vals)
    return best[1] if best else None


def _goal_fields(rest: list[tuple[str, str]]) -> tuple[str, str]:
    """(theme, goal) of a goal line's fields after its label: the first field the theme when
    a break sets it apart, else cut before the first capitalised word after a word ending in a
    lower-case letter (the gap between them lost in print); no such cut: no theme."""
    if not rest:
        return "", ""
    if len(rest) > 1 and rest[1][0] == "tab":
        return rest[0][1], " ".join(t for _, t in rest[1:])
    text = " ".join(t for _, t in rest)
    words = text.split()
    for k in range(1, min(len(words), 8)):
        if words[k][:1].isupper() and words[k - 1][-1:].islower():
            return " ".join(words[:k]), " ".join(words[k:])
    return "", text


def _table(rows: list[list[str]], lines: list[Line], plan: _Plan) -> Table:
    header = [plan.header[0], "Tema", "Mål", *plan.header[1:]]
    x0 = min(ln.bbox.x0 for ln in lines)
    y0 = min(ln.bbox.y0 for ln in lines)
    x1 = max(ln.bbox.x1 for ln in lines)
    y1 = max(ln.bbox.y1 for ln in lines)
    return Table(rows=[header, *rows], bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y1), header_rows=1,
                 method="tab-typed")


def rebuild_tab_typed(items: list, plan: _Plan | None) -> tuple[list, _Plan | None]:
    """Page items with the records of a tab-typed plan put back as tables; the plan still
    open at the page's end (for the next page)."""
    lines = [it for it in items if isinstance(it, Line) and it.bbox is not None and it.text.strip()]
    if not lines:
        return items, plan
    margins: dict[int, float] = {}
    ends: dict[int, list[float]] = {}
    for ln in lines:
        margins[ln.column] = min(margins.get(ln.column, ln.bbox.x0), ln.bbox.x0)
        ends.setdefault(ln.column, []).append(ln.bbox.x1)
    # a column's right edge: where most of its lines end (a title over both columns of a
    # page counts as the first column's, and ends far right of it)
    rights = {c: sorted(xs)[int(0.8 * (len(xs) - 1))] for c, xs in ends.items()}
    paras = _paragraphs(_rows(lines))
    replace: dict[int, Table | None] = {}  # id of a line -> the table standing there (None: gone)
    run_rows: list[list[str]] = []
    run_lines: list[Line] = []

    def close_run() -> None:
        if run_rows:
            t = _table(list(run_rows), list(run_lines), plan)
            for ln in run_lines + plan.header_lines:
                replace[id(ln)] = None
            replace[id(run_lines[0])] = t
            plan.header_lines = []
        run_rows.clear()
        run_lines.clear()

    for para in paras:
        para_lines = [ln for row in para for ln in row]
        first = para[0][0]
        if plan is None:
            found = _header_words(" ".join(ln.text for ln in para_lines))
            pieces = sum(len(r) for r in para)
            words = [w for w, _ in found] if found else []
            roles = [r for _, r in found] if found else []
            if words and pieces >= 2 and len(words) >= 3 and "measure" in roles and len(set(roles)) >= 3:
                plan = _Plan(header=words, roles=["number" if _NUMBER_HEADER_RE.match(w) else r
                                                   for w, r in zip(words, roles)],
                             size=first.font_size or 10.0, header_lines=list(para_lines))
            continue
        if any(ln.bold or (ln.font_size or plan.size) > plan.size + 0.5 for ln in para_lines):
            close_run()
            plan = None  # a heading: the plan has ended
            continue
        toks = _tokens(para, margins.get(first.column, first.bbox.x0), rights.get(first.column, 0.0))
        if not toks:
            continue
        head = toks[0][1]
        goal = _GOAL_OPEN_RE.match(head)
        if goal and not _ACTION_NUMBER_RE.match(head):
            rest = ([("", goal.group("rest"))] if goal.group("rest") else []) + toks[1:]
            theme, text = _goal_fields(rest)
            if not text or not (rest[0][1][:1].isupper()):
                # 'Mål 2 följs upp med …': a sentence about a goal, no goal line of the plan
                close_run()
                continue
            num = re.sub(r"\D", "", goal.group("label"))
            run_rows.append([num, theme, text] + [""] * (len(plan.header) - 1))
            run_lines.extend(para_lines)
            plan.above = {}
            continue
        if plan.roles[0] == "number" and _ACTION_NUMBER_RE.match(head):
            vals = _fields(toks, plan.roles)
            if vals is not None:
                for c, v in enumerate(vals):
                    if DITTO_RE.match(v):
                        vals[c] = plan.above.get(c, "")
                plan.above = dict(enumerate(vals))
                run_rows.append([vals[0], "", ""] + vals[1:])
                run_lines.extend(para_lines)
                continue
        close_run()
    close_run()
    if not replace:
        return items, plan
    out = []
    for it in items:
        if isinstance(it, Line) and id(it) in replace:
            if replace[id(it)] is not None:
                out.append(replace[id(it)])
            continue
        out.append(it)
    return out, plan
