"""Page furniture printed in the running text: a page number line ('Sida 4 (10)', 'Sida 4 av
10', 'Sid. 4/10') and a running head ('STORSAND KOMMUN | INTEGRATIONSPROGRAM 2025–2027 |
Barn, unga och delaktighet') that a document exported page by page carries as paragraphs of
the body, not in the margin bands `elements._furniture` removes. Neither is content: a page
number states no goal, and a running head set between two parts of a table split by a page
break is what stands between them. A running head is known by its parts: separated by '|',
all but the last the same in another such line of the document (the last part names where
the page is: its chapter or theme)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from typing import TYPE_CHECKING

from .table_rows import drop_table_rows
from .text import squash

if TYPE_CHECKING:
    from .elements import Element

# 'Sida 4 (10)', 'Sida 4 av 10', 'Sid. 4/10', 'S. 4', 'Page 4 of 10'
_PAGE_NUMBER_RE = re.compile(
    r"^(?:sida|sid\.?|s\.|page)\s*\d{1,3}(?:\s*(?:\(\s*\d{1,3}\s*\)|(?:av|of)\s+\d{1,3}|/\s*\d{1,3}))?$", re.I)


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(squash(text)))


def looks_like_running_head(text: str) -> bool:
    """A short line of three parts or more separated by '|' ('KOMMUN | PROGRAM 2025–2027 |
    Tema'): a running head's shape, before the document shows it repeated."""
    parts = [p.strip() for p in squash(text).split("|")]
    return len(parts) >= 3 and all(parts) and len(squash(text)) <= 160


# a running head's last part names a place (a chapter, a theme), never a quotation or a
# sentence: 'VI SKA | ”Vi ska ge alla barn ... .”' repeated is a quote box's caption and its
# quoted goal (`boxed_goals`), content in the body, however often the caption recurs
_SENTENCE_PART_RE = re.compile(r"^[\"”“„»«]|[.!?][\"”“»«]?$")


_FIELD_PART_RE = re.compile(r"^[A-ZÅÄÖ][\w ÅÄÖåäö-]{0,30}:\s+\S")


# the separators of a running head's parts: a bar, or a middle dot between spaces ('Exby
# kommun · Integrationsprogram 2025–2029 · Arbete'), as a running foot's (`_FOOT_SEP_RE`)
_HEAD_SEP_RE = re.compile(r"\s*\|\s*|\s+·\s+")


def _head_key(text: str) -> tuple[str, ...] | None:
    parts = [p.strip() for p in _HEAD_SEP_RE.split(squash(text))]
    if len(parts) < 2 or not all(parts) or _SENTENCE_PART_RE.search(parts[-1]):
        return None
    if all(_FIELD_PART_RE.match(p) for p in parts):
        # 'Tid: 2026 | Med i arbetet: – | Kontaktperson: …': an action's line of labelled
        # fields, two actions alike in their first fields, no running head (a head names
        # the document and its chapter, it labels no values)
        return None
    return tuple(p.casefold() for p in parts[:-1])


# a running foot's parts: 'Furuviks stad · Integrationsprogram 2026–2029 · sida 6' (a middle
# dot or a bar between spaces)
_FOOT_SEP_RE = re.compile(r"\s+[·|]\s+")


def closes_on_page_number(text: str) -> bool:
    """A line of parts whose last part is a page number ('Furuviks stad · Integrationsprogram
    2026–2029 · sida 6', 'Program 2025 | Sida 3 (12)'): a running foot, whatever its other
    parts say -- content does not end by numbering its page."""
    parts = _FOOT_SEP_RE.split(squash(text))
    return len(parts) >= 2 and all(parts) and is_page_number(parts[-1]) and len(squash(text)) <= 160


# a bare page or row number: one whole number and nothing else ('9', '12')
BARE_NUMBER_RE = re.compile(r"^\d{1,3}$")


def numbered_foot_key(text: str) -> tuple[str, ...] | None:
    """The leading parts of a line of parts whose last is a bare number ('Lappviks kommun ·
    Integrationsprogram 2025–2028 · 9' -> its first two parts): a running foot's shape, which
    the document shows by printing the same leading parts again with another number. None
    for other lines."""
    parts = _FOOT_SEP_RE.split(squash(text))
    if len(parts) < 2 or not all(parts) or len(squash(text)) > 160 or not BARE_NUMBER_RE.match(parts[-1]):
        return None
    return tuple(p.casefold() for p in parts[:-1])


def is_foot_line(text: str) -> bool:
    """A line shaped as a running foot: parts closing on a page number, bare or labelled
    ('Lappviks kommun · Integrationsprogram 2025–2028 · 9', '... · sida 6')."""
    return numbered_foot_key(text) is not None or closes_on_page_number(text)


def _lone_cell(row: list[str]) -> str | None:
    """The one filled cell of a table row, else None."""
    filled = [c for c in row if c.strip()]
    return filled[0] if len(filled) == 1 else None


def _without_foot_rows(el: Element, is_foot) -> Element:
    """A table without its rows that hold a running foot alone in one cell (a borderless
    table's finder took the foot line below it as a row of its own)."""
    t = el.table
    if t is None:
        return el
    drop = [k for k, r in enumerate(t.rows) if k >= t.header_rows and (c := _lone_cell(r)) and is_foot(c)]
    return drop_table_rows(el, drop) if drop else el


# the tail of a running foot the layout set apart: its separator and the page number, bare or
# labelled ('· sida 4', '| 4'), a line of its own or a list item of its own ('·' read as a bullet)
_FOOT_TAIL_RE = re.compile(r"^[·|]\s*(\S.*)$")


def _foot_tail(text: str) -> str | None:
    """'· sida 4' -> 'sida 4': the page number of a foot's tail, else None."""
    m = _FOOT_TAIL_RE.match(squash(text))
    if not m or not (is_page_number(m.group(1)) or BARE_NUMBER_RE.match(m.group(1))):
        return None
    return m.group(1)


def join_split_feet(elements: list[Element]) -> list[Element]:
    """The element stream with a running foot split in two put together again: a line of parts
    ('Norrviks stad · Integrationsprogram 2026–2029 · Utkast 3') followed by its separator and
    page number as an element of its own ('· sida 4'), as a two-column page prints a foot
    across the columns' line and the text layer gives each column its piece. Joined, the two
    are one foot line (`is_foot_line`) and go as one; the tail alone is no content either."""
    out: list[Element] = []
    for el in elements:
        prev = out[-1] if out else None
        tail = _foot_tail(el.text) if el.kind in ("para", "bullet") else None
        if (tail is not None and prev is not None and prev.kind == "para"
                and len(_FOOT_SEP_RE.split(squash(prev.text))) >= 2
                and is_foot_line(f"{squash(prev.text)} · {tail}")):
            out[-1] = replace(prev, text=f"{squash(prev.text)} · {tail}")
            continue
        out.append(el)
    return out


def drop_page_furniture(elements: list[Element]) -> list[Element]:
    """The element stream without page number paragraphs, running heads and running feet."""
    elements = join_split_feet(elements)
    heads = [_head_key(el.text) if el.kind == "para" else None for el in elements]
    seen = Counter(k for k in heads if k)
    # a running foot closing on a bare page number, the same leading parts on two pages or
    # more (one such line alone may be content: 'Mål · 3'); counted also where a table
    # took the line in as a row of one cell
    feet = [numbered_foot_key(el.text) if el.kind == "para" else None for el in elements]
    seen_feet = Counter(k for k in feet if k)
    for el in elements:
        if el.kind == "table" and el.table is not None:
            seen_feet.update(k for r in el.table.rows if (c := _lone_cell(r)) and (k := numbered_foot_key(c)))

    # a running head naming the programme by its title ('Storvik · Integrationsprogram för
    # Storviks kommun 2026–2029', the title the document opens with as its first heading):
    # a page's head, also where a borderless table running onto the page took it in as a row
    first = next((el.text for el in elements if el.kind == "heading"), "")
    title = squash(first).casefold() if len(squash(first)) >= 20 else ""

    def repeated_foot(text: str) -> bool:
        f = numbered_foot_key(text)
        if title and title in (p.casefold() for p in _FOOT_SEP_RE.split(squash(text))[1:]):
            return True
        return bool(f) and seen_feet[f] >= 2

    def furniture(el: Element, k, f) -> bool:
        return el.kind == "para" and bool(is_page_number(el.text) or k and seen[k] >= 2
                                          or f and seen_feet[f] >= 2 or closes_on_page_number(el.text))

    gone = [furniture(el, k, f) for el, k, f in zip(elements, heads, feet)]
    for i, el in enumerate(elements):
        if gone[i] or el.kind != "para":
            continue
        if BARE_NUMBER_RE.match(squash(el.text)) and any(
                0 <= j < len(elements) and gone[j] and heads[j] for j in (i - 1, i + 1)):
            # '4' on a line of its own right over (or under) a running head: the page's
            # number, printed apart from the head ('4' then 'Exby kommun · Program · Arbete')
            gone[i] = True
        elif (parts := tuple(p.strip().casefold() for p in _HEAD_SEP_RE.split(squash(el.text)))) \
                and len(parts) >= 2 and seen[parts] >= 2:
            # the head without its place on a page that has none (the first page: 'Exby
            # kommun · Program 2025–2029' where later pages add the chapter's name)
            gone[i] = True
    out = [el for el, g in zip(elements, gone) if not g]
    return [_without_foot_rows(el, repeated_foot) if el.kind == "table" else el for el in out]
