"""Follow-up written as one paragraph per area: 'Arbete och näringsliv: Vi mäter antal X;
andel Y.' A programme whose goals belong to named areas (a table's 'Område' column, the
chapters' themes) may list what it measures per area in prose, the area's name as a run-in
label, then 'Vi mäter' / 'Vi följer upp' and the indicators separated by semicolons. The
indicators follow up the area's goals as a whole, no single action: the document lists them
per area, not per action, even where an indicator's words echo an action's."""

from __future__ import annotations

import re

from pydantic import BaseModel

from .label_vocab import FOLLOW_UP_NOUNS, MEASURING_NOUNS, METER_NOUNS, alt
from .text import squash

# '<Area>: Vi mäter a; b.' -- a capitalised name of a few words without a stop, a colon, the
# programme's 'we measure' / 'we follow up', then the list
_AREA_MEASURED_RE = re.compile(
    r"^(?P<area>[A-ZÅÄÖ][^:;.?!]{1,60}?)\s*:\s+(?:vi|här)\s+(?:mäter|följer\s+upp|följer)\s+(?:vi\s+)?"
    r"(?P<items>\S.*?)\s*\.?\s*$", re.I | re.S)
# ... or the area in a parenthesis after the follow-up label: 'Uppföljning (arbete och
# kompetens): a; b.' -- one such paragraph per area after a plan table (the label a meter or
# follow-up noun, 'mätning' too, in any form: label_vocab)
_LABEL_AREA_RE = re.compile(
    rf"^{alt(METER_NOUNS + FOLLOW_UP_NOUNS + MEASURING_NOUNS)}\s*\((?P<area>[^()]{{2,60}})\)\s*:\s+"
    r"(?P<items>\S.*?)\s*\.?\s*$", re.I | re.S)
_AREA_WORDS = 6  # an area's name is a few words ('Fritid och goda relationer')


class AreaFollowUp(BaseModel):
    area: str
    indicators: list[str]


def area_follow_up(paragraph: str) -> AreaFollowUp | None:
    """The area named and the indicators listed of a paragraph 'Area: Vi mäter a; b.', else
    None. Items are separated by semicolons (commas may stand inside one)."""
    m = _AREA_MEASURED_RE.match(squash(paragraph))
    if not m or not m.group("area")[0].isupper():
        m = _LABEL_AREA_RE.match(squash(paragraph))
    if not m or len(m.group("area").split()) > _AREA_WORDS:
        return None
    items = [x.strip().rstrip(".").strip() for x in m.group("items").split(";")]
    if not items or not all(items):
        return None
    return AreaFollowUp(area=m.group("area").strip(), indicators=items)
