"""A meter listed in the follow-up with the theme of the goal it follows up as its label
('Arbete: antal deltagande företag i jobbmässan', 'Boende: antal hushåll som fått
boenderådgivning').

A programme whose goals each carry a theme name ('Arbete', 'Barn och familj') may list its
meters by that name, the way 'mål 3: ...' labels one by the goal's number
(`goal_labelled_meters`). The label names the goal; the meter is the text after it, in lower
case as a running meter is. Read only when the label is the theme of exactly one goal read so
far: a label naming nothing the document set up is left as printed. Of that goal's actions,
the meter follows up the one it names -- by the head noun a counting meter opens with
(`counted_action`), or by two words or more shared with that action alone (`named_action`);
a meter naming two of them ('antal deltagare i språkcaféet och mentorskapet') or none is the
goal's."""

from __future__ import annotations

import re

from .goal_labelled_meters import counted_action
from .headers import label_role
from .named_action import action_named_by

# the name: one to three words, a capital first, no digit; the meter after the colon in lower case
_THEME_LABEL_RE = re.compile(r"^\s*(?P<name>[A-ZÅÄÖ][^\W\d_]*(?:\s+[^\W\d_]+){0,2})\s*:\s+(?P<text>[a-zåäö].*)$", re.S)


def theme_labelled_meter(text: str) -> tuple[str, str] | None:
    """(meter, theme name) of an item 'Name: <meter in lower case>', else None (a field
    label such as 'Mätare:' or 'Ansvar:' is no theme name)."""
    m = _THEME_LABEL_RE.match(text)
    if not m or label_role(m.group("name")) is not None:
        return None
    return " ".join(m.group("text").split()).rstrip("."), m.group("name").strip()


def followed_action(meter: str, actions: list[tuple[str, str]]) -> str | None:
    """The one action (id, text) of a goal's `actions` the meter names, else None."""
    return counted_action(meter, actions) or action_named_by(meter, actions)
