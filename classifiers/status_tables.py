"""A plan's own status table: 'Nr | Åtgärd | Status | Kommentar', where the status says of
each action whether it is new or goes on ('ny', 'pågår') and a comment cell says, in short
sentences, who does it and from when ('Kultur- och fritidssektorn i samarbete med X. Varje
september.', 'X ansvarar. Start hösten 2025.'). A sector that wants to follow its actions up
keeps them so (a memo's attached table); it is no report on an earlier programme while its
statuses are mostly not outcomes (`headers.is_evaluation_table` tells those apart).

Such a table is read as the action table it is: a row whose status is an outcome ('klar
2024', 'genomförd') was done before, in the previous programme, and is no action of this one;
the status column goes; the comment column becomes the who and when columns its sentences
fill ('Ansvar', 'Tid'); a sentence that is neither (a remark, 'Fortsätter som tidigare.') is
not kept."""
from __future__ import annotations

import re
from dataclasses import replace

from .actors import WITH_PARTNERS_RE, names_actor
from extractors.model import Table

from .elements import Element
from .headers import is_evaluation_table, is_outcome_phrase, is_status_label, map_columns
from .schedule import time_phrases
from .table_rows import one_header_table
from .text import fold, sentences, squash

_COMMENT_HEADERS = frozenset({"kommentar", "kommentarer", "anmarkning", "anmarkningar", "noteringar"})
# the doer said with its verb: 'X ansvarar (tillsammans med Y)', 'X svarar för åtgärden'
_DOER_VERB_RE = re.compile(r"^(?P<who>.+?)\s+(?:ansvarar|svarar\s+för\s+(?:åtgärden|detta|det))\b\s*(?P<rest>.*)$", re.I)
# a time sentence is its time phrase and at most this many other words ('Start hösten 2025')
_TIME_OTHER_WORDS = 2


def _is_comment_header(header: str) -> bool:
    return fold(squash(header)).lower().rstrip(":") in _COMMENT_HEADERS


def comment_parts(cell: str) -> tuple[str, str]:
    """(who, when) of a comment cell: the sentence naming the doer ('X ansvarar tillsammans
    med Y.' -> 'X tillsammans med Y'; 'X i samarbete med Y.' as it stands) and the sentence
    that is a time ('Start hösten 2025.', 'Från 1.5.2025.', 'Varje september.'); '' where none."""
    who = when = ""
    for s in sentences(squash(cell)):
        s = s.strip().rstrip(".").strip()
        if not s:
            continue
        m = _DOER_VERB_RE.match(s)
        if m and names_actor(m.group("who")):
            who = who or squash(f"{m.group('who')} {m.group('rest')}")
            continue
        if names_actor(WITH_PARTNERS_RE.split(s, maxsplit=1)[0]):
            who = who or s
            continue
        found = time_phrases(s)
        if found and len(s.split()) - len(found[0].group(0).split()) <= _TIME_OTHER_WORDS:
            when = when or s
    return who, when


def fold_status_tables(elements: list[Element]) -> list[Element]:
    """The element stream with each own status table read as an action table (also one
    printed as records: each action's paragraph, then a line of its fields)."""
    return [_folded(el) or el for el in _records_as_tables(elements)]


# a field of a record line: 'Nr: B1.', 'Status: pågår.', 'Kommentar: X ansvarar. Start 2025.'
_FIELD_START_RE = re.compile(r"(?:^|(?<=\.)\s+)([A-ZÅÄÖ][a-zåäö]+):\s+")


def _record_fields(text: str) -> dict[str, str] | None:
    """{label: value} of a line of labelled fields that names a status and a comment ('Nr: B1.
    Status: ny. Kommentar: ...'), else None."""
    t = squash(text)
    found = list(_FIELD_START_RE.finditer(t))
    if not found or found[0].start() != 0:
        return None
    out = {m.group(1): t[m.end():(found[k + 1].start() if k + 1 < len(found) else len(t))].strip().rstrip(".")
           for k, m in enumerate(found)}
    labels = list(out)
    if sum(map(is_status_label, labels)) != 1 or sum(map(_is_comment_header, labels)) != 1:
        return None
    return out


def _records_as_tables(elements: list[Element]) -> list[Element]:
    """Runs of two or more records of a status table printed as paragraphs (the action, then
    'Nr: B1. Status: ny. Kommentar: ...') as the table they print: 'Åtgärd' and the labels."""
    out: list[Element] = []
    i = 0
    while i < len(elements):
        run: list[tuple[str, dict[str, str], int]] = []
        j = i
        while j + 1 < len(elements) and elements[j].kind == "para" and elements[j + 1].kind == "para" \
                and _record_fields(elements[j].text) is None \
                and (f := _record_fields(elements[j + 1].text)) is not None \
                and (not run or list(f) == list(run[0][1])):
            run.append((squash(elements[j].text), f, elements[j].page))
            j += 2
        if len(run) < 2:
            out.append(elements[i])
            i += 1
            continue
        labels = list(run[0][1])
        rows = [["Åtgärd", *labels]] + [[action, *(f[k] for k in labels)] for action, f, _ in run]
        table = Table(rows=rows, header_rows=1, method="records")
        out.append(Element("table", "", run[0][2], table=table, pages=[run[0][2]] + [p for _, _, p in run]))
        i = j
    return out


def _folded(el: Element) -> Element | None:
    t = one_header_table(el, 3)
    if t is None:
        return None
    header = list(t.rows[0])
    roles = map_columns(header)
    status = [c for c, h in enumerate(header) if is_status_label(h)]
    comment = [c for c, h in enumerate(header) if _is_comment_header(h)]
    if "measure" not in roles.values() or len(status) != 1 or len(comment) != 1:
        return None
    if set(roles.values()) - {"measure"}:
        return None  # who and when have columns of their own: the comment is a remark
    body = t.rows[1:]
    if is_evaluation_table(header, body):
        return None
    sc, cc = status[0], comment[0]
    pages = el.pages[1:] if len(el.pages) == len(t.rows) else [el.page] * len(body)
    keep = [c for c in range(len(header)) if c not in (sc, cc)]
    rows: list[list[str]] = [[header[c] for c in keep] + ["Ansvar", "Tid"]]
    kept_pages: list[int] = [el.pages[0] if el.pages else el.page]
    for row, page in zip(body, pages):
        cell = row[sc] if sc < len(row) else ""
        if cell.strip() and is_outcome_phrase(cell):
            continue  # done already ('klar 2024'): the previous programme's
        who, when = comment_parts(row[cc] if cc < len(row) else "")
        rows.append([row[c] if c < len(row) else "" for c in keep] + [who, when])
        kept_pages.append(page)
    return replace(el, table=t.model_copy(update={"rows": rows, "spans": []}), pages=kept_pages)
