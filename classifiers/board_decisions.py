"""A board's minutes that state the programme as decisions, each followed by who executes it
('Beslut: En mentorverksamhet startas ...' / 'Verkställs av: sysselsättningstjänsterna i
samarbete med X; tidpunkt: hösten 2026.').

An extract from the minutes of a city board ('protokollsutdrag') may write out the
programme's actions as the decisions the board takes, each under the minutes' label
'Beslut:', and give each the field the minutes use for execution ('Verkställs av:',
'Verkställare:', 'Verkställighet:'): who carries the decision out and when. A decision that
names its executor is an action to be carried out, as an 'Åtgärd:' field over an 'Ansvar:'
field is; so each such pair is read as that record. The minutes' other 'Beslut:' (the
board's own decision on the item, 'Stadsstyrelsen godkände förslaget enhälligt.') names no
executor after it and stays prose: it records what was done, no action.

classifiers/README.md, 'Board minutes: decisions with their executor'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .elements import Element
from .headers import label_role

# the minutes' decision label: 'Beslut:', 'Beslutsförslag:' is a proposal, no decision
_DECISION_RE = re.compile(r"^\s*Beslut\s*:\s+(?=\S)")
# a field label opening a line: 'Verkställs av:', 'Ansvar:' ...
_LABEL_RE = re.compile(r"^\s*([A-ZÅÄÖ][\wåäö ]{1,40}?)\s*:\s+(?=\S)")
# the label the records reader knows for an action's field
_ACTION_LABEL = "Åtgärd: "


def _names_executor(el: Element) -> bool:
    """A paragraph opening with a field of who carries something out ('Verkställs av: X',
    'Ansvar: X')."""
    m = _LABEL_RE.match(el.text) if el.kind == "para" else None
    return bool(m) and label_role(m.group(1)) in ("responsible", "actors")


def fold_board_decisions(elements: list[Element]) -> list[Element]:
    """The elements with each 'Beslut: X' paragraph followed by its executor's field read as
    the action field 'Åtgärd: X' (its value as printed)."""
    out = list(elements)
    for k, el in enumerate(elements[:-1]):
        if el.kind == "para" and (m := _DECISION_RE.match(el.text)) and _names_executor(elements[k + 1]):
            out[k] = replace(el, text=_ACTION_LABEL + el.text[m.end():])
    return out
