"""A goal printed as a highlighted quote box: a short capitalised caption, then the goal
quoted as the council adopted it -- 'VI SKA | ”Vi ska ge alla barn samma möjligheter att
lyckas i skolan.”', 'VÅRT MÅL: ”Alla nyinflyttade ...”'. Layout-heavy programmes set a
chapter's commitment apart from its body text so: a box whose caption is set in capitals and
whose whole text is one quotation. The body text around it explains; the box states what the
chapter aims at, so its quoted sentence is a goal even where its wording ('Vi ska ...') would
elsewhere be read as one action. The caption ('VI SKA') only labels the box."""

from __future__ import annotations

import re

from .text import squash

# the caption: one to four words in capitals (no lower-case letter), then a box rule printed
# as '|' or a colon or a dash, then the quotation filling the rest of the paragraph
_CAPTION = r"[A-ZÅÄÖ][A-ZÅÄÖ]+(?:\s+[A-ZÅÄÖ]+){0,3}"
_RULE = r"\s*[|:–-]?\s*"
_QUOTE = r"[”“\"«»]"
_BOX_RE = re.compile(
    rf"^(?P<label>{_CAPTION}){_RULE}"
    r"[”“\"«»](?P<body>[A-ZÅÄÖ][^”“\"«»]{10,}?)\s*\.?\s*[”“\"«»]\s*\.?$")

# what a caption must say for the quotation to be a goal: the programme's aim or promise
# ('MÅL', 'MÅLSÄTTNING', 'VÅR VISION', 'VI SKA', 'VI VILL', 'VI LOVAR'), not a resident's
# voice ('CITAT', 'RÖSTER') nor a fact box
_GOAL_LABEL_RE = re.compile(r"\b(?:MÅL\w*|VISION\w*|VI\s+(?:SKA|VILL|LOVAR|STRÄVAR)|LÖFTE\w*)\b")


def boxed_goal(text: str) -> str | None:
    """The goal a quote box 'CAPTION | ”Goal sentence.”' states (the sentence without its
    quotation marks and full stop) when its caption names an aim; else None."""
    m = _BOX_RE.match(squash(text))
    if not m or not _GOAL_LABEL_RE.search(m.group("label")):
        return None
    return m.group("body").strip().rstrip(".").strip()


# two boxes set one under the other with no gap read as one paragraph: a new caption in
# capitals right after a closing quotation mark starts the next box
_NEXT_BOX_RE = re.compile(rf"(?<={_QUOTE})\s+(?={_CAPTION}{_RULE}{_QUOTE})")


def boxed_goals(text: str) -> list[str]:
    """The goals of a paragraph made of quote boxes only ('VI SKA | ”A.” VI SKA | ”B.”'),
    each as `boxed_goal` reads it; [] when any part is no such box."""
    parts = _NEXT_BOX_RE.split(squash(text))
    goals = [boxed_goal(p) for p in parts]
    return [g for g in goals if g] if all(goals) else []
