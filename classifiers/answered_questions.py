"""A list introduced as questions whose answers the follow-up reports (thirty-seventh blind
set): 'Svaren på följande frågor redovisas i verksamhetsberättelsen varje år:'.

A small municipality may follow its plan up by answering a few questions in its annual report
instead of keeping a table of indicators: the intro names the items as questions and says that
they are answered or their answers reported ('Följande frågor besvaras i bokslutet:', 'Svaren
på frågorna nedan rapporteras till nämnden'). Each question is what the follow-up measures --
an indicator. (A survey's questions, 'Enkäten innehöll följande frågor:', are not answered
by the follow-up and say nothing of reporting.)
"""

from __future__ import annotations

import re

from .text import fold, sentences

# the items are questions: 'frågor', 'frågorna'
_QUESTIONS_RE = re.compile(r"\bfrag(?:or|orna)\b")
# ... whose answers are given or reported: 'besvaras', 'svaren ... redovisas / rapporteras'
_ANSWERED_RE = re.compile(r"\bbesvar(?:as|ar)\b|\bsvar(?:en|et)\b.*\b(?:redovisas|rapporteras|presenteras)\b"
                          r"|\b(?:redovisas|rapporteras|presenteras)\b.*\bsvar(?:en|et)\b")


def introduces_answered_questions(paragraph: str) -> bool:
    """The paragraph (ending in ':') introduces questions whose answers the follow-up gives."""
    text = paragraph.strip()
    if not text.endswith(":"):
        return False
    # the intro is the paragraph's last sentence (text.sentences keeps 'bl.a.' / 't.ex.' whole)
    last = fold(sentences(text)[-1])
    return bool(_QUESTIONS_RE.search(last) and _ANSWERED_RE.search(last))
