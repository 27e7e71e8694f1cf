"""A statement measured right under it: a brochure states each goal as the state it aims at
('År 2028 har minst 65 procent av ... ett arbete.') and says right below how that state is
measured ('Så här mäter vi: a; b.', 'Mätare: ...'). The sentence a measuring field follows
is the goal the field measures -- a target state dated by the year it is to be reached, or
any sentence the goal vocabulary already marks as one (`prose.is_goal_sentence`)."""
from __future__ import annotations

import re

from .headers import ANSWER_RE, RUN_IN_LABEL_RE, header_roles
from .records import fields
from .text import sentences, squash

# 'År 2028 ...', 'Till år 2028 ...', 'Senast 2028 ...', 'Vid utgången av 2028 ...', 'Före
# 2028 ...': the opening names the year by which the state the sentence describes holds
_TARGET_YEAR_RE = re.compile(
    r"^(?:(?:till|senast|före|innan|vid\s+utgången\s+av|i\s+slutet\s+av)\s+)?(?:år\s+|året\s+)?"
    r"(?P<year>20\d\d)\b(?!\s*[–-])\s+\w", re.I)
# a quotation (a resident's words over the goal) or a question states no goal
_QUOTED_RE = re.compile(r"^\W*[”\"«»“„'–—]")


def target_year(sentence: str) -> int | None:
    """The year a target statement opens with ('År 2028 har ...' -> 2028), else None."""
    m = _TARGET_YEAR_RE.match(squash(sentence))
    return int(m.group("year")) if m else None


def measuring_items(text: str) -> list[str] | None:
    """The things a 'Så här mäter vi: a; b.' paragraph measures (['a', 'b']: split at ';',
    the closing full stop dropped), else None. Only the answer form of 'Hur mäter vi?' is
    read here; a labelled field 'Mätare: ...' is a record's (`records.fields`)."""
    # 'Så här mäter vi: a; b.' -- the run-in label a how-question's answer makes ('Hur
    # mäter vi?'), then what is measured
    m = RUN_IN_LABEL_RE.match(squash(text))
    if not m or not ANSWER_RE.match(m.group("label").lower()) or header_roles(m.group("label")) != ["indicator"]:
        return None
    items = [x.strip() for x in m.group("value").rstrip(".").split(";")]
    return items if all(items) else None


def measuring_field(text: str) -> bool:
    """A paragraph measuring what is stated above it: a labelled indicator field ('Mätare:
    a; b.') or the answer to 'Hur mäter vi?' ('Så här mäter vi: a; b.')."""
    if measuring_items(text):
        return True
    fs = fields(text)
    return bool(fs) and len(fs) == 1 and fs[0][0] == "indicator"


def measured_target(text: str, after: str | None, period_start: int | None = None) -> bool:
    """`text` is a one-sentence target statement dated by a year not before the programme's
    start and `after` (the paragraph right under it) is the field measuring it."""
    if after is None or not measuring_field(after):
        return False
    text = squash(text)
    if _QUOTED_RE.match(text) or text.endswith(("?", ":")) or fields(text) or len(sentences(text)) != 1:
        return False
    year = target_year(text)
    return year is not None and (period_start is None or year >= period_start)
