"""Ended actions in a plan's own status column (thirty-first blind set).

A plan revised during its period, or one that shows the whole picture, keeps a Status column
in its action tables: 'Ny' for an action new in this period, 'Pågår' for one that goes on,
'Avslutad' for one that ended ('Avslutade åtgärder finns med för att visa helheten men ingår
inte i programmet'). The column is the plan's own -- an action marked new is no report on an
earlier programme (`headers.is_evaluation_table` reads such a column as a plan's) -- and a
row whose status is an outcome ('Avslutad', 'Genomförd') holds no action of the plan.

Such a row goes. The goal cell it carried (a goal column filled once per goal, on the goal's
first row) is still the goal of the rows under it: it passes to the next row when that row's
goal cell is empty; else the row stays as the goal's own, without its action and fields.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .change_markers import is_struck_status
from .elements import Element, bullet_runs
from .headers import is_outcome_phrase, is_status_label, is_status_phrase, map_columns, marks_new_action
from .table_rows import one_header_table
from .text import BULLET_RE, DASH_ONLY_RE, squash
from .label_vocab import FOLLOW_UP_NOUNS, alt

# a status saying the action ended: done or closed, wholly ('Avslutad', 'Genomförd 2024',
# 'Klar'); not one done in part or not at all ('Genomförd delvis', 'Delvis genomförd', 'Inte
# genomförd'): that action goes on in the plan, as one under way does; nor a traffic light
# ('Grön': on track)
_ENDED_RE = re.compile(r"^(?:avslutad|avslutats|avslutades|genomförd|genomfört|genomförts|slutförd|slutförts"
                       r"|klar|förverkligad|förverkligats|upphört|upphörde|nedlagd)\b", re.I)
_PART_RE = re.compile(r"\b(?:delvis|inte|ej|nästan|största|pågår|fortsätter)\b", re.I)


def is_ended(cell: str) -> bool:
    """A status saying the action ended ('Avslutad', 'Genomförd 2024'). A narrow status
    column breaks a long word at its edge ('Avsluta' / 'd'): a cell of one-word lines whose
    lines joined make such a status is one."""
    text = " ".join(cell.split())
    if not _ENDED_RE.match(text) and "\n" in cell.strip() and all(
            len(ln.split()) == 1 for ln in cell.strip().splitlines()):
        text = "".join(cell.split())
    return bool(_ENDED_RE.match(text)) and not _PART_RE.search(text)


def without_ended_rows(elements: list[Element]) -> list[Element]:
    """The element stream with the ended rows of a plan's status-column tables taken out."""
    return [_without_ended(el) or el for el in elements]


def status_cells(el: Element) -> list[str] | None:
    """The cells of a plan table's one Status column, row by row (a table of one header row
    with an action column and exactly one status column), else None."""
    t = one_header_table(el, 2)
    if t is None:
        return None
    header = list(t.rows[0])
    status = [c for c, h in enumerate(header) if is_status_label(h)]
    if len(status) != 1 or "measure" not in map_columns(header).values():
        return None
    sc = status[0]
    return [r[sc] if sc < len(r) else "" for r in t.rows[1:]]


def _without_ended(el: Element) -> Element | None:
    cells = status_cells(el)
    if cells is None:
        return None
    if not any(marks_new_action(x) for x in cells):
        return None  # no action marked new: not the plan's own statuses
    ended = [is_ended(x) for x in cells]
    if not any(ended):
        return None
    return without_rows(el, ended)


def without_rows(el: Element, dropped: list[bool]) -> Element:
    """The table `el` without the body rows marked in `dropped`; a goal cell a dropped row
    carried passes to the next row (or stays on a row of its own)."""
    t = el.table
    header = list(t.rows[0])
    roles = map_columns(header)
    body = [list(r) for r in t.rows[1:]]
    goal_cols = [c for c, r in roles.items() if r == "goal"]
    pages = list(el.pages[1:]) if len(el.pages) == len(t.rows) else [el.page] * len(body)
    rows: list[list[str]] = [header]
    kept_pages: list[int] = [el.pages[0] if el.pages else el.page]
    for k, (row, page) in enumerate(zip(body, pages)):
        if not dropped[k]:
            rows.append(row)
            kept_pages.append(page)
            continue
        goal_cells = {c: row[c] for c in goal_cols if c < len(row) and row[c].strip()}
        if not goal_cells:
            continue
        nxt = body[k + 1] if k + 1 < len(body) else None
        if nxt is not None and not dropped[k + 1] and all(c < len(nxt) and not nxt[c].strip() for c in goal_cells):
            for c, v in goal_cells.items():
                nxt[c] = v
            continue
        rows.append([row[c] if c in goal_cells else "" for c in range(len(row))])
        kept_pages.append(page)
    return replace(el, table=t.model_copy(update={"rows": rows, "spans": []}), pages=kept_pages)


# The same plan may list a theme's actions as bullets with their fields after a dash, in the
# order its lead-in names them ('Åtgärder (kod, resurser, status):' / 'Temavecka mot rasism –
# BILD 21, 2024–2027, 2 000 €/år, pågår'): the status closes the line, the resources before
# it are a sum of money. Both go (the model keeps neither); a line whose status says the
# action ended is no action of the plan.
_DASH_TAIL_RE = re.compile(r"\s+[–—-]\s+(?!.*\s[–—-]\s)")
_MONEY_RE = re.compile(r"€|\beuro\b|\beur\b", re.I)
_GOES_ON_RE = re.compile(r"pågår|pågående|fortsätter", re.I)


def _status_word(field: str) -> bool:
    text = " ".join(field.split()).rstrip(".").strip()
    return bool(marks_new_action(text) or is_ended(text) or _GOES_ON_RE.fullmatch(text))


def without_status_tail(text: str) -> tuple[str, bool] | None:
    """(the item without its tail's money and status fields, whether its status says it
    ended) of a list item whose dash tail closes with a status, else None."""
    m = _DASH_TAIL_RE.search(text)
    if not m:
        return None
    fields = [f.strip() for f in text[m.end():].split(",")]
    if len(fields) < 2 or not _status_word(fields[-1]):
        return None
    status = fields.pop()
    fields = [f for f in fields if not _MONEY_RE.search(f)]
    if not fields:
        return None
    return f"{text[:m.start()]} – {', '.join(fields)}", is_ended(status)


# ... or the status first, as the item's label ('Avslutad: Föräldragruppen – gruppen avslutades',
# beside 'Ny: …' and 'Fortsätter: …' items, `change_markers.without_lead_revision_mark`): an
# item labelled as ended is no action of the plan either
_LEAD_STATUS_RE = re.compile(r"^\s*(?P<status>[^\W\d_]+(?:\s+(?:19|20)\d\d)?)\s*:\s+\S")


def ended_by_label(text: str) -> bool:
    """The item opens with a status label saying it ended ('Avslutad: X', 'Genomförd 2024: X')."""
    m = _LEAD_STATUS_RE.match(BULLET_RE.sub("", text or "", count=1))
    return bool(m) and is_ended(m.group("status"))


# ... or each item of a list reporting how an earlier programme's action went, the status
# alone after the dash ('Välkomstbrev på tre språk – genomfört 2021', 'Mentorprogram – inte
# genomfört', 'Språkcafé – genomfört, fortsätter'): the list form of an evaluation table
# (`headers.is_evaluation_table`), whose items are neither this plan's actions nor its meters
def _status_report_tail(text: str) -> str | None:
    m = _DASH_TAIL_RE.search(text)
    if not m or not text[:m.start()].strip():
        return None
    first = text[m.end():].split(",")[0].strip().rstrip(".")
    return first if is_status_phrase(first) and not marks_new_action(first) else None


def _status_report_items(elements: list[Element]) -> set[int]:
    """The indices of the bullet items of status-report lists: a run of two or more list items,
    each one's dash tail opening with a status, one at least an outcome ('genomfört')."""
    found: set[int] = set()
    for run in bullet_runs(elements):
        tails = [_status_report_tail(BULLET_RE.sub("", elements[k].text or "", count=1)) for k in run]
        if len(run) >= 2 and all(tails) and any(is_outcome_phrase(x) for x in tails):
            found.update(run)
    return found


def without_status_tails(elements: list[Element]) -> list[Element]:
    """The element stream with the status tails of list items read off (`without_status_tail`)
    and the items that ended left out (by their tail or by their leading label), and the items
    of a list reporting an earlier programme's statuses (`_status_report_items`)."""
    out: list[Element] = []
    reported = _status_report_items(elements)
    for k, el in enumerate(elements):
        if k in reported:
            continue
        if el.kind == "bullet" and ended_by_label(el.text):
            continue
        found = without_status_tail(el.text) if el.kind == "bullet" else None
        if found is None:
            out.append(el)
        elif not found[1]:
            out.append(replace(el, text=found[0]))
    return out


# A time cell that gives no time but says the row is a standing basic task of its doer
# ('jatkuva perustehtävä', 'Grunduppgift', 'lagstadgad uppgift' -- a welfare area's statutory
# service listed beside its programme actions, fortieth blind set): the row is the doer's
# ordinary work, no action of the plan. The word is the task's kind in Swedish or Finnish, with
# at most a word of 'ongoing' or 'statutory' beside it; a time cell naming a period besides
# ('grunduppgift, 2025–2027') is a time.
_BASIC_TASK_RE = re.compile(
    r"^(?:(?:jatkuva|pysyvä|lakisääteinen|lagstadgad|permanent|fortlöpande|fortgående|stående)\s+)?"
    r"(?:perustehtävä|perustyö|perustoiminta|grunduppgift|basuppgift|lagstadgad\s+uppgift|"
    r"lakisääteinen\s+tehtävä|ordinarie\s+verksamhet|peruspalvelu)$",
    re.I)


def is_basic_task(cell: str) -> bool:
    """A time cell saying its row is a standing basic task ('jatkuva perustehtävä')."""
    return bool(_BASIC_TASK_RE.match(" ".join((cell or "").split()).rstrip(".").strip()))


def without_basic_task_rows(elements: list[Element]) -> list[Element]:
    """The element stream with the rows of an action table whose time cell names a standing
    basic task taken out -- when another row of the table gives a time (the column is a time
    column, not a column of task kinds)."""
    out = []
    for el in elements:
        t = one_header_table(el, 3)
        if t is None:
            out.append(el)
            continue
        roles = map_columns(list(t.rows[0]))
        times = [c for c, r in roles.items() if r == "schedule"]
        if len(times) != 1 or "measure" not in roles.values():
            out.append(el)
            continue
        cells = [r[times[0]] if times[0] < len(r) else "" for r in t.rows[1:]]
        basic = [is_basic_task(x) for x in cells]
        if not any(basic) or all(b or not x.strip() for b, x in zip(basic, cells)):
            out.append(el)
            continue
        out.append(without_rows(el, basic))
    return out


# A revised plan keeps an earlier period's indicator in its table for comparison and marks it
# struck in a column of its own values ('Målnivå 2028': '(utgår)', explained in the note
# before the table): a cell holding nothing but the word for struck out ('(utgår)',
# 'Stryks', `change_markers`) says the row is no longer followed up -- no indicator (nor
# action) of the plan. A marker after words ('– (målet utgår)') is a cell's own note.
# A plan revised halfway keeps its dropped actions in the table too, with the reason after the
# status word: 'struken – för få deltagare', 'Utgår: ersätts av …', 'Slopad (2025), ingen
# finansiering'. A struck word opening the cell and set off from its reason by a dash, colon,
# comma or bracket says the same; and in the plan's status column ('Status', 'Läge 2026',
# `headers.is_status_label`) a cell opening with the word says it however it goes on.
_STRUCK_REASON_RE = re.compile(r"^\(?\s*\w+\s*\)?\s*(?:[–—:,(]|-\s)")


def _struck_cell(cell: str, status_column: bool = False) -> bool:
    flat = " ".join((cell or "").split()).rstrip(".")
    inner = flat[1:-1].strip() if flat.startswith("(") and flat.endswith(")") else flat
    if not inner or not is_struck_status(inner):
        return False
    return len(inner.split()) == 1 or status_column or bool(_STRUCK_REASON_RE.match(inner))


def without_struck_rows(elements: list[Element]) -> list[Element]:
    """The element stream with the table rows a struck marker alone in a cell takes out, in
    tables of one header row that hold indicators or actions."""
    out = []
    for el in elements:
        if (t := one_header_table(el, 3)) is not None:
            roles = map_columns(list(t.rows[0]))
            text_cols = {c for c, r in roles.items() if r in ("indicator", "measure")}
            if text_cols:
                status = {c for c, h in enumerate(t.rows[0]) if is_status_label(h or "")}
                struck = [any(_struck_cell(x, c in status) for c, x in enumerate(r) if c not in text_cols)
                          for r in t.rows[1:]]
                if any(struck) and not all(struck):
                    el = without_rows(el, struck)
        out.append(el)
    return out


# --- a timetable's events that are no actions ----------------------------------------------
#
# A small programme may be written as its timetable, 'När | Vad händer | Mål | Ansvar' sorted
# by date. Beside the actions, each citing the goal it serves, the timeline holds the
# programme's own milestones -- the law entering into force, the council's approval, the
# annual report, the final evaluation -- which serve no goal and say so with a dash under the
# goal column; and an action going on is set again at a later date with a reference back to
# its first row ('Språkcaféet fortsätter (se v. 33/2025)'). Neither is an action: a row whose
# goal cell is a dash while other rows cite goals, and a row closing on '(se <time>)' where
# <time> is the time cell of another row, go. Only a table whose first column is the time
# (a timetable) is read so: in an action table a dash under the goal may be an action for all.

_SEE_ROW_RE = re.compile(r"\(\s*se\s+(?P<ref>[^()]{1,40}?)\s*\)\s*\.?$", re.I)


def _dash(cell: str) -> bool:
    lines = [ln for ln in cell.split("\n") if ln.strip()]
    return bool(lines) and all(DASH_ONLY_RE.match(ln) for ln in lines)


def without_timetable_events(elements: list[Element]) -> list[Element]:
    """The element stream with a timetable's goal-less events and repeat rows taken out."""
    return [_without_events(el) or el for el in elements]


def _without_events(el: Element) -> Element | None:
    t = one_header_table(el, 3)
    if t is None:
        return None
    roles = map_columns(list(t.rows[0]))
    goal_cols = [c for c, r in roles.items() if r == "goal"]
    measure_cols = [c for c, r in roles.items() if r == "measure"]
    if roles.get(0) != "schedule" or len(goal_cols) != 1 or len(measure_cols) != 1:
        return None
    gc, mc = goal_cols[0], measure_cols[0]
    body = [list(r) for r in t.rows[1:]]
    goals = [r[gc] if gc < len(r) else "" for r in body]
    if not any(g.strip() and not _dash(g) for g in goals):
        return None
    times = {squash(r[0]).casefold() for r in body if r and r[0].strip()}
    dropped = []
    for r, g in zip(body, goals):
        ref = _SEE_ROW_RE.search(squash(r[mc])) if mc < len(r) else None
        dropped.append(_dash(g) or bool(ref and ref.group("ref").casefold() in times
                                         and ref.group("ref").casefold() != squash(r[0]).casefold()))
    if not any(dropped):
        return None
    pages = list(el.pages[1:]) if len(el.pages) == len(t.rows) else [el.page] * len(body)
    rows = [list(t.rows[0])] + [r for r, d in zip(body, dropped) if not d]
    kept = [el.pages[0] if el.pages else el.page] + [p for p, d in zip(pages, dropped) if not d]
    return replace(el, table=t.model_copy(update={"rows": rows, "spans": []}), pages=kept)


# --- the follow-up's own timetable ---------------------------------------------------------
#
# 'Tidpunkt | Uppföljning' over 'Mars varje år | Sektorerna rapporterar …', 'Hösten 2027 |
# Halvtidsseminarium …': a table of two columns, the time first and the follow-up noun over
# the other, names no action and no goal: it says when the programme is reported on and
# evaluated -- the follow-up's timetable, its rows events, no indicators (a meter table names
# its column 'Mätare' / 'Indikator', and the right half of an action table keys its rows by
# the actions' numbers).
_FOLLOW_UP_HEADER_RE = re.compile(rf"^{alt(FOLLOW_UP_NOUNS)}$|^(?:seuranta|arviointi)$", re.I)


# ... and so with any second column ('Tidpunkt | Vad görs'), when the caption or heading right
# over the table names it the follow-up's timetable: 'Uppföljningskalender', 'Tidtabell för
# uppföljningen', 'När programmet följs upp' -- its rows the reports and evaluations of the
# programme, no actions of it
_FOLLOW_UP_TITLE_RE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:"
    r"(?:uppföljnings|utvärderings)(?:kalender|kalendern|schema|schemat|tidtabell|tidtabellen)"
    r"|(?:tidtabell|tidtabellen|kalender|kalendern|schema|schemat)\s+för\s+(?:uppföljning|utvärdering)(?:en)?"
    r"|(?:när|hur)\s+(?:programmet|planen)\s+(?:följs\s+upp|utvärderas)"
    r")\b", re.I)


def follow_up_timetable(headers: list[str], roles: dict[int, str], titles: list[str] = ()) -> bool:
    """Two columns, the first a time and the second headed by the follow-up noun alone
    ('Uppföljning', 'Utvärdering'), or under a caption or heading naming the follow-up's
    timetable (`titles`): the follow-up's timetable, no indicator or action table."""
    if len(headers) != 2 or roles.get(0) != "schedule" or roles.get(1) not in ("indicator", "measure"):
        return False
    if any(_FOLLOW_UP_TITLE_RE.match(squash(t or "")) for t in titles):
        return True
    return roles.get(1) == "indicator" and bool(_FOLLOW_UP_HEADER_RE.match(squash(headers[1] or "").rstrip(":")))


# ... and a table, whatever its columns, whose caption names it the follow-up's timetable
# ('Tidplan för uppföljningen', 'Uppföljningens tidtabell', 'Tidsschema för utvärderingen',
# Finnish 'Seurannan aikataulu'): when reports are gathered, discussed and the programme
# evaluated -- events of the follow-up ('Vad görs' / 'Vem' over 'Uppföljningsrapport till
# stadsstyrelsen | Integrationschefen'), no actions of the programme and no meters.
# (... or its year wheel, the reports of every year by month: 'Årsklocka för uppföljningen',
# 'Uppföljningens årscykel', Finnish 'Seurannan vuosikello')
_TIMETABLE = r"(?:(?:tidplan|tidsplan|tidtabell|tidsschema)(?:en)?|årsklockan?|årscykeln?|årshjul(?:et)?)"
_FOLLOW_UP = rf"(?:{alt(FOLLOW_UP_NOUNS)})(?:en)?"
_FOLLOW_UP_TIMETABLE_CAPTION_RE = re.compile(
    rf"^(?:tabell\s+\d+[.:]?\s*)?(?:{_TIMETABLE}\s+för\s+{_FOLLOW_UP}\b"
    rf"|(?:{alt(FOLLOW_UP_NOUNS)})(?:ens|s)\s*{_TIMETABLE}\b"
    r"|(?:taulukko\s+\d+[.:]?\s*)?(?:seurannan|arvioinnin)\s+(?:aikataulu|vuosikello))", re.I)


def follow_up_timetable_caption(caption: str | None) -> bool:
    """The caption over a table names it the follow-up's timetable ('Tabell 2. Tidplan för
    uppföljningen'): its rows are the follow-up's events, no actions and no meters."""
    return bool(caption and _FOLLOW_UP_TIMETABLE_CAPTION_RE.match(squash(caption)))
