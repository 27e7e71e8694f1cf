"""Meters given as endnotes: a bracketed number '[n]' closing a goal heading or an action,
and the closing notes list '[n] Mätare: …' (forty-first blind set).

A programme may keep its meters out of the plan's text and put them in the endnotes at its
end, beside the sources the background text cites ('[1] Källa: Statistikcentralen …'): the
goal heading 'Mål 1. Jag kan … [4]' or the action cell 'Vi inför distanstolkning … [5]'
carries the mark, the note '[4] Mätare: Andel …' says what is measured. A note whose text
opens with a meter label is that goal's or action's meter, as a 'Mätare: …' line under the
goal or a meter column beside the action would be: so the notes are read into the plan where
their marks stand (a 'Mätare: …' line after the heading or paragraph, a 'Mätare' column in
the table) and the marks are dropped. A note of any other kind (a source) stays where it is,
unread; the notes list goes once its meters were read into the plan.

Only a list of two notes at least (paragraphs or items each opening '[n] '), one at least a
meter whose mark stands in the text before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .headers import field_label
from .text import squash, strip_marker

# a note: '[4] Mätare: Andel …' (a bracketed number opening the item)
_NOTE_RE = re.compile(r"^\[(?P<num>\d{1,3})\]\s+(?P<text>\S.*)$", re.S)
# a mark closing a text: '… servicepunkten [5]' (also on a line of its own in a wrapped cell)
_MARK_END_RE = re.compile(r"\s*\[(?P<num>\d{1,3})\]\s*$")
_METER_LABEL = "Mätare"


def _note(el: Element) -> tuple[str, str] | None:
    if el.kind not in ("para", "bullet"):
        return None
    m = _NOTE_RE.match(squash(strip_marker(el.text)))
    return (m.group("num"), m.group("text")) if m else None


def _meter_text(note: str) -> str | None:
    """The meter a note states ('Mätare: Antal besök per år.' -> 'Antal besök per år'), else None."""
    label = field_label(note)
    if label is None or label[1] != "indicator":
        return None
    return note.split(":", 1)[1].strip().rstrip(".").strip() or None


def read_endnote_meters(elements: list[Element]) -> list[Element]:
    notes: dict[str, str] = {}
    note_at: dict[int, str] = {}
    k = 0
    while k < len(elements):
        run = []
        while k + len(run) < len(elements) and (n := _note(elements[k + len(run)])) is not None:
            run.append(n)
        if len(run) >= 2:
            for j, (num, text) in enumerate(run):
                note_at[k + j] = num
                notes.setdefault(num, text)
            k += len(run)
        else:
            k += 1
    meters = {num: m for num, text in notes.items() if (m := _meter_text(text))}
    if not meters:
        return elements
    first_note = min(note_at)
    out: list[Element] = []
    used: set[str] = set()
    for i, el in enumerate(elements):
        if i in note_at:
            continue
        if i > first_note:
            out.append(el)
            continue
        if el.kind == "table" and el.table is not None and el.table.rows:
            marked = _marked_table(el, meters)
            if marked is not None:
                out.append(marked[0])
                used |= marked[1]
                continue
        m = _MARK_END_RE.search(el.text) if el.kind in ("heading", "para", "bullet") else None
        if m and m.group("num") in meters:
            out.append(replace(el, text=el.text[:m.start()]))
            # the meter as a labelled list of one item under the text, as a goal's meters are
            # listed under it ('Mätare:' / '• Andel …'; a field line takes a quantity written in
            # capitals only after an action, `read_paragraphs._indicator_field`)
            out.append(Element(kind="para", text=f"{_METER_LABEL}:", page=el.page))
            out.append(Element(kind="bullet", text=f"• {meters[m.group('num')]}", page=el.page))
            used.add(m.group("num"))
            continue
        out.append(el)
    if not used:
        return elements
    # the notes list: its meters were read where their marks stand; the other notes stay
    return _with_kept_notes(out, elements, note_at, meters)


def _with_kept_notes(out: list[Element], elements: list[Element], note_at: dict[int, str],
                     meters: dict[str, str]) -> list[Element]:
    """`out` with the notes that state no meter back where the list stood."""
    result: list[Element] = []
    placed = False
    first = min(note_at)
    # the elements after the notes list keep their order in `out`; put the unread notes
    # before the first element that followed the list
    after = [el for i, el in enumerate(elements) if i > first and i not in note_at]
    after_ids = {id(el) for el in after}
    kept = [el for i, el in enumerate(elements) if i in note_at and note_at[i] not in meters]
    for el in out:
        if not placed and id(el) in after_ids:
            result += kept
            placed = True
        result.append(el)
    if not placed:
        result += kept
    return result


def _marked_table(el: Element, meters: dict[str, str]) -> tuple[Element, set[str]] | None:
    """The table with the marks out of its body cells and a meter column holding each marked
    row's meter (a row of several marks: its meters one a line)."""
    t = el.table
    n_hdr = t.header_rows
    if n_hdr < 1:
        return None  # no header to name the meter column under
    rows = [list(r) for r in t.rows]
    found: list[list[str]] = [[] for _ in rows]
    used: set[str] = set()
    for r in range(n_hdr, len(rows)):
        for c, cell in enumerate(rows[r]):
            m = _MARK_END_RE.search(cell or "")
            if m and m.group("num") in meters:
                rows[r][c] = cell[:m.start()]
                found[r].append(meters[m.group("num")])
                used.add(m.group("num"))
    if not used:
        return None
    width = max(len(r) for r in rows)
    for r in range(len(rows)):
        rows[r] += [""] * (width - len(rows[r]))
        if r < n_hdr:
            rows[r].append(_METER_LABEL if r == n_hdr - 1 else "")
        else:
            rows[r].append("\n".join(found[r]))
    return replace(el, table=t.model_copy(update={"rows": rows, "spans": []})), used
