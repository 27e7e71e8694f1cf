"""Points of a plan written as an e-mail or a memo: numbered points typed in one paragraph,
one line each, with no indent and no list glyph ('1. <goal>' / '1.a <action> – ansvar: X,
tid: Y' / '→ mäts: <meter>'). A word processor's or mail client's plain text has no list
formatting, so its writer marks each line by what opens it: the point's number, the
sub-point's number and letter, or an arrow for what follows from the point (its meter)."""
from __future__ import annotations

import re

from .text import NUMBERED_RE, numbering, squash

# a line opened by an arrow as its list marker ('→ mäts: antal ...', '-> Mätare: ...'): a line
# of its own, what the point above leads to, never the wrap of the line above it (a wrapped
# sentence does not go on with an arrow and a space)
ARROW_ITEM_RE = re.compile(r"^\s*(?:→|⟶|⇒|->|=>)\s+(?=\S)")

# a sub-point's number: the point's and a letter ('1.a'). (Sub-points numbered '1.1' under
# '1.' are a chapter's actions under their group's title, 'Åtgärdshelhet för ...', no goal.)
_LETTERED_RE = re.compile(r"^\d{1,2}\.[a-zåäö]$")

# the meter of a point, said with the verb ('mäts: antal ...', 'följs upp: ...', 'mäts med:
# ...'), as a memo writes it rather than a table's 'Mätare' column
_MEASURED_BY_RE = re.compile(r"^\s*(?:mäts|följs\s+upp)(?:\s+(?:med|genom))?\s*:\s*(?P<text>\S.*)$", re.I | re.S)


def arrow_item(text: str) -> str | None:
    """The text after the arrow of a line opened by one as its marker, else None."""
    m = ARROW_ITEM_RE.match(text)
    return text[m.end():].strip() if m else None


def measured_by(text: str) -> str | None:
    """The meter of a line 'mäts: <meter>' (after any arrow), else None."""
    body = arrow_item(text)
    m = _MEASURED_BY_RE.match(body if body is not None else text)
    return m.group("text").strip() if m else None


def points_over_sub_points(items: list[tuple[str, str]]) -> dict[int, bool]:
    """The numbered points of a list whose points head sub-points: of (kind, text) elements
    in order, {index: heads sub-points}. A list item numbered 'N.' whose next element is an
    item lettered under it ('N.a') heads them (True): the sub-points are what is done
    towards the point (the memo's 'how'), so the point is their goal, as a goal heading is
    over its numbered actions. The other points of the same list, numbered 'M.' without
    sub-points ('5. Boende och fritid – se bifogad tabell. Målet är att ...', '6. Uppföljning:
    ...'), stand at the goals' level too (False): no action, at most a goal stated in them.
    Only lists in which some point heads sub-points are read so."""
    out: dict[int, bool] = {}
    run: list[int] = []  # the current list's top-level points
    for i, (kind, text) in enumerate(items + [("end", "")]):
        num = numbering(text) if kind == "bullet" else None
        if (num is not None and "." in num) or (kind == "bullet" and arrow_item(text) is not None):
            continue  # a sub-point or a point's arrow line: the list goes on
        if num is not None:
            run.append(i)
            continue
        heads = {k for k in run if k + 1 < len(items) and items[k + 1][0] == "bullet"
                 and _LETTERED_RE.match(numbering(items[k + 1][1]) or "")
                 and (numbering(items[k + 1][1]) or "").startswith(numbering(items[k][1]) + ".")}
        if heads:
            out.update({k: k in heads for k in run})
        run = []
    return out


# a line in capitals over the points ('HANDLINGSPLAN – PUNKTER'): a memo has no headings, and
# its writer sets the title of a part in capitals, as a heading would be
_CAPS_TITLE_RE = re.compile(r"^[^\Wa-zåäö\d_][^a-zåäö]{2,60}$")
# the name a point opens with before a dash ('Boende och fritid – se bifogad tabell. ...')
_POINT_NAME_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ][^.:;–—()]{2,40}?)\s+[–—-]\s+\S")


def caps_title(text: str) -> str | None:
    """The title a paragraph in capitals sets ('HANDLINGSPLAN – PUNKTER'), else None."""
    t = squash(text)
    return t if _CAPS_TITLE_RE.match(t) and sum(ch.isalpha() for ch in t) >= 4 else None


def point_name(text: str) -> str | None:
    """The name a point opens with before a dash, of five words at most ('5. Boende och
    fritid – se bifogad tabell. Målet är att ...' -> 'Boende och fritid'), else None."""
    m = _POINT_NAME_RE.match(squash(NUMBERED_RE.sub("", text, count=1)))
    return m.group("name").strip() if m and len(m.group("name").split()) <= 5 else None
