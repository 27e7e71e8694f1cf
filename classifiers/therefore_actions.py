"""Actions stated in running text as what follows from the goal before them: 'Vi vill att
alla nyinflyttade ska kunna få undervisning i svenska ... Därför samordnar vi
språkkurserna med medborgarinstitutet ...'. A programme that writes its goals as wishes
('Vi vill att ...') writes what it does about each as the consequence, opened by 'Därför'
('therefore'); the connective ties the sentence to the goal stated last, so it is that goal's
action even in a programme that lists other actions in a table (unlike a sentence describing
a service, `Builder._settle_prose_actions`).

The action is the sentence after the connective. A comma before 'och' joins two main
clauses in Swedish ('... när minst fyra elever anmäler sig, och läxhjälp ges på två
skolor'), each an action of its own; 'och' without a comma joins parts of one."""

from __future__ import annotations

import re

from .inline_lists import inline_items
from .text import fold

# (the same tie said as the purpose, 'För att nå målet ska X …' / 'För att uppnå detta
# ordnar vi …', or as one more step, 'Dessutom ska Y …' / 'Därtill ska …' / 'Vidare kommer
# Z att …': an added step commits a doer with 'ska' / 'kommer', as the steps before it did;
# 'Dessutom finns …' / 'Dessutom har kommunen …' tells a fact)
_THEREFORE_RE = re.compile(r"^\s*(?:därför|för\s+att\s+(?:nå|uppnå|förverkliga|klara)\s+(?:målet|målen|dit|detta|det)"
                           r"|(?:dessutom|därtill|vidare|därutöver)(?=\s*,?\s+(?:ska|skall|kommer)\s))"
                           r"\s*,?\s+(?P<rest>\S.*?)\s*\.?\s*$", re.I | re.S)
# ', och ' between two main clauses
_CLAUSE_JOINT_RE = re.compile(r",\s+och\s+")
# a 'därför' sentence that states a need or a reason, not what is done ('Därför är det
# viktigt att ...', 'Därför behövs ...', 'Därför krävs ...'): its verb is a copula or a verb
# of need
_NOT_DOING = frozenset(("ar", "var", "behovs", "kravs", "finns", "maste", "bor", "behover", "galler"))


# ... the added step said with the subject first ('Tekniska avdelningen ska dessutom ordna …',
# 'Biblioteket kommer därtill att …'): the same step as 'Dessutom ska Tekniska avdelningen
# ordna …', the adverb after the modal as Swedish puts it when the subject opens the clause
_SUBJECT_FIRST_STEP_RE = re.compile(
    r"^\s*(?P<subj>(?-i:[A-ZÅÄÖ])[^,.;:]{1,60}?)\s+(?P<modal>ska|skall|kommer)\s+"
    r"(?:dessutom|därtill|därutöver)\s+(?P<rest>\S.*)$", re.I | re.S)


def _step_first(sentence: str) -> str:
    """'X ska dessutom V …' said as 'Dessutom ska X V …' (`_SUBJECT_FIRST_STEP_RE`)."""
    m = _SUBJECT_FIRST_STEP_RE.match(sentence)
    return f"Dessutom {m.group('modal')} {m.group('subj')} {m.group('rest')}" if m else sentence


def therefore_actions(sentence: str) -> list[str] | None:
    """The actions a sentence opened by 'Därför' states (its text after the connective,
    split at ', och ' between main clauses, without the full stop), else None."""
    sentence = _step_first(sentence)
    m = _THEREFORE_RE.match(sentence)
    if not m or sentence.rstrip().endswith((":", "?")):
        return None
    rest = m.group("rest")
    if inline_items(rest) is not None:
        return None  # '… kommer kommunen att (1) X, (2) Y och (3) Z': the items, read as such (`inline_lists`)
    first = re.findall(r"[a-z]+", fold(rest.split()[0]))
    if not first or first[0] in _NOT_DOING:
        return None
    parts = [p.strip().rstrip(".").strip() for p in _CLAUSE_JOINT_RE.split(rest)]
    parts = [p for p in parts if len(p.split()) >= 3]
    return parts or None


_ADDED_STEP_RE = re.compile(r"^\s*(?:dessutom|därtill|vidare|därutöver)\b", re.I)


def adds_step(sentence: str) -> bool:
    """The sentence opens by adding to what was said before ('Dessutom ska Y …'): a step of
    the goal only right after a sentence tying a step to it ('För att nå målet ska X …')."""
    return bool(_ADDED_STEP_RE.match(_step_first(sentence)))


def says_therefore(sentence: str) -> bool:
    """The sentence opens with 'Därför' itself (not a purpose or an added step)."""
    return bool(re.match(r"^\s*därför\b", sentence, re.I))
