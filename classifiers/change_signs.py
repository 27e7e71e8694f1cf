"""'Vi ser förändringen när ...': the sign by which a goal's change will be seen.

A theory of change states each effect it aims at and then the sign that tells the change has
come ('Effekt: X.' / 'Vi ser förändringen när sysselsättningsgraden stiger.', 'Vi vet att vi
har lyckats när ...', 'Förändringen syns när ...'). What follows 'när' is what is followed up:
an indicator of the goal stated right before it, of no one action.

A follow-up chapter may gather the signs of every area ('5 Hur vet vi att vi har lyckats?'),
a paragraph per area opened by the area's name as a run-in label and then one or more such
sentences ('Första tiden. Vi vet att vi har lyckats när X. Vi vet också att vi har lyckats
när Y.'; sixty-ninth set): each sentence a sign, of the goal of the area the label names
(`labelled_signs`)."""
from __future__ import annotations

import re

from .text import sentences, squash

# (an adverb may stand after the verb: 'Vi vet också att …', 'Vi ser även förändringen när …',
# a second sign of the same goal)
_ALSO = r"(?:(?:också|även|dessutom)\s+)?"
_SIGN_RE = re.compile(
    rf"^\s*(?:vi\s+(?:ser|märker)\s+{_ALSO}(?:förändringen|att\s+(?:vi\s+(?:har\s+)?lyckats|målet\s+(?:är\s+)?nåtts))"
    rf"|vi\s+vet\s+{_ALSO}att\s+(?:vi\s+(?:har\s+)?lyckats|målet\s+(?:är\s+)?nått)"
    r"|förändringen\s+(?:syns|märks))"
    r"\s+när\s+(?P<text>[^.!?]+?)\s*\.?\s*$", re.I | re.S)


def change_sign(paragraph: str) -> str | None:
    """What a sentence of the form 'Vi ser förändringen när X.' says is followed up (X,
    without the opener and the full stop); None for any other text."""
    m = _SIGN_RE.match(" ".join(paragraph.split()))
    return m.group("text") if m else None


# a run-in label: a name of a few words closed by a full stop or a colon, no figure in it
_LABEL_WORDS = 6
_RUN_IN_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][^\W\d_]*(?:[\s-]+[^\W\d_]+){0,%d})\s*[.:]\s+(?P<rest>\S.*)$"
                        % (_LABEL_WORDS - 1), re.S)


def labelled_signs(paragraph: str) -> tuple[str | None, list[str]] | None:
    """(the run-in label or None, the signs) of a paragraph made of sign sentences alone
    ('Vi vet att vi har lyckats när X.'), perhaps after a short run-in label naming an area
    ('Språk och studier. Vi vet att … X. Vi vet också att … Y.' -> ('Språk och studier', [X,
    Y])); None when any sentence is no sign."""
    text = squash(paragraph)
    label = None
    m = _RUN_IN_RE.match(text)
    if m and change_sign(text) is None and change_sign(sentences(m.group("rest"))[0]) is not None:
        label, text = m.group("label").strip(), m.group("rest")
    sents = sentences(text)
    signs = [change_sign(s) for s in sents]
    if not signs or any(s is None for s in signs):
        return None
    return label, signs
