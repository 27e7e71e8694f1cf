"""Actions promised in the running text under a goal given as a field: 'Mål: Fler inflyttade i
arbete ...' over a paragraph 'I Vessö fanns i slutet av 2024 ... Integrationstjänsterna ska
erbjuda varje ny invånare ... Många arbetsgivare har efterfrågat ...'.

A section that labels its goal ('Mål:', 'Önskat läge:') writes its other text as background to
that goal: the situation today, what was done before, what others answer for. A programme
printed from a web page, or written as plain text without lists, puts its actions in that
same text, as sentences in which a named doer promises to act: '<Aktör> ska <verb> …',
'<Aktör> kommer att …' (`prose_actions`: a commitment, `ProseAction.commits`). The present
('ansvarar för', 'erbjuder') and the past ('ordnades') describe; only the promise plans. Those
sentences are the goal's actions when the programme gives its measures in no other way
(`Builder._settle_prose_actions`).

A semicolon joins two main clauses ('Vi vill också att fler ska rösta i kommunalvalet 2025;
valnämnden ska därför ordna röstningsinformation …'): a wish and then what is done about it.
Each clause is read as a sentence of its own, so the action is the clause that promises it.

A promise may name those who will receive what is done rather than who does it: 'Chefer ska
få stöd i att rekrytera …' (the managers are given support; someone unnamed gives it). The
subject names a group by its post or body (`actors.names_actor`), 'ska få' is followed by
what they receive, a noun ('stöd', 'utbildning', 'handledning'), not a verb ('få arbeta' is
permission): an action of nobody named (`received_clauses`)."""

from __future__ import annotations

import re

from .actors import names_actor
from .prose_actions import prose_action, reads_as_infinitive
from .text import fold

# a semicolon between two clauses (not inside a parenthesis or a list of a few words)
_SEMICOLON_RE = re.compile(r"\s*;\s+")


def main_clauses(sentence: str) -> list[str]:
    """The clauses a sentence joins with semicolons, each as written (one for most)."""
    return [c for c in _SEMICOLON_RE.split(sentence) if c.strip()]


def promised_clauses(sentence: str) -> list[str]:
    """The clauses of `sentence` in which a doer promises to act ('X ska ordna ...', 'Vi
    kommer att ...'), as written; [] when none does."""
    return [c for c in main_clauses(sentence)
            if (a := prose_action(c)) is not None and a.commits]


# '<group> ska få <noun> …': the subject receives what is done
_RECEIVES_RE = re.compile(r"^(?P<who>\S+(?:\s+\S+){0,3}?)\s+(?:ska|skall|kommer\s+att)\s+få\s+(?P<what>[^\W\d_]+)\b")
# what follows 'få' when it is a verb of permission or a state ('få vara', 'få möjlighet')
_NOT_RECEIVED = frozenset("vara bli ha finnas mojlighet ratt tillgang".split())


def received_clauses(sentence: str) -> list[str]:
    """The clauses of `sentence` that promise a named group something it will receive ('Chefer
    ska få stöd i att …'), as written; [] when none does."""
    out = []
    for c in main_clauses(sentence):
        m = _RECEIVES_RE.match(c.strip())
        if not m or not names_actor(m.group("who")):
            continue
        what = fold(m.group("what").lower())
        # an infinitive ends in a vowel ('arbeta', 'delta'): 'få' of permission, no thing given
        if what in _NOT_RECEIVED or reads_as_infinitive(what):
            continue
        out.append(c)
    return out
