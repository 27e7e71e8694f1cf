"""Who answers for which action, said in a paragraph of responsibility sentences after the
actions ('Ansvar: Föräldrakvällen ansvarar rektorerna för. Språkväskorna sköts av
biblioteket.', 'Tekniska chefen ansvarar för byggandet av hyreslägenheterna och
kartläggningen av tomma bostäder. Näringslivssekreteraren ansvarar för arbetsgivarträffen.').

Each sentence names the thing by a short name, the object put first ('X ansvarar Y för'),
made the subject of a passive of running it ('X sköts / ordnas / leds / beviljas av Y'), or
after the verb ('Y ansvarar för X och Z'); each short name goes to the one action whose words
it shares most (`responsibility_lists.named_action`), and the doer named for it becomes the
responsible of an action that has none yet. Partners after the doer ('i samarbete med
Y', 'tillsammans med Y', 'med stöd av Y') stay out.

Read only from a paragraph of two such sentences or more, so a lone background remark
('Välfärdsområdet ansvarar för hälsovården') hands out nothing unless its names name actions.

classifiers/README.md, 'Responsibility paragraphs' (last section).
"""

from __future__ import annotations

import re

from .responsibility_lists import _word_match, _words, named_action
from .text import squash

# the label opening the paragraph: 'Ansvar:', 'Ansvarsfördelning:', 'Ansvariga:'
_LABEL_RE = re.compile(r"^(?:ansvar|ansvaret|ansvarsfördelning|ansvariga)\s*:\s*", re.I)
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
# 'Föräldrakvällen ansvarar rektorerna för[, i samarbete med Y].'
_TOPICAL_RE = re.compile(r"^(?P<obj>[A-ZÅÄÖ][^.:;]*?)\s+(?:ansvarar|svarar)\s+(?P<who>(?!för\b)[^.:;]+)\s+för\s*(?:,.*)?$")
# 'Språkväskorna sköts av biblioteket[ i samarbete med Y].': the passives of running a thing
_PASSIVE_VERBS = ("sköts", "ordnas", "leds", "beviljas", "sammankallas", "tillsätts", "utses", "genomförs",
                  "hålls", "arrangeras", "samordnas", "koordineras", "administreras", "upprätthålls",
                  "uppdateras", "drivs", "förvaltas")
_PASSIVE_RE = re.compile(rf"^(?P<obj>[A-ZÅÄÖ][^.:;]*?)\s+(?:{'|'.join(_PASSIVE_VERBS)})\s+av\s+(?P<who>[^.:;]+)$")
# 'Biblioteksdirektören ansvarar för bokinköpen och sagostunderna.': a doer of one to four words
_SUBJECT_RE = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,3}?)\s+(?:ansvarar|svarar)\s+för\s+"
                         r"(?P<obj>[^.:;]+)$")
# the partners after the doer
_PARTNERS_RE = re.compile(r"\s*,?\s+(?:i\s+samarbete\s+med|tillsammans\s+med|med\s+stöd\s+av|i\s+samråd\s+med)\b.*$", re.I)
# a chapter headed only as who answers ('6 Ansvar', '6. ANSVARSFÖRDELNING', 'Vem ansvarar?')
_WHO_HEADING_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:ansvar|ansvaret|ansvarsfördelning(?:en)?|ansvariga|vem\s+ansvarar\s*\??)$", re.I)
_SPLIT_RE = re.compile(r"\s*,\s*|\s+och\s+")
_WHO_WORDS = 4


def _doer(text: str) -> str | None:
    who = _PARTNERS_RE.sub("", text).strip().rstrip(",")
    # 'X och i den ingår Y, Z': the doer is X, what the sentence goes on with no doer
    first = re.split(r"\s*,\s*|\s+och\s+(?=[a-zåäö]+\s+(?:den|det|de|där|som)\b)", who)[0].strip()
    if not first or len(first.split()) > _WHO_WORDS:
        return None
    return first


def responsibility_sentence(sent: str) -> tuple[list[str], str] | None:
    """(short names, doer) of one responsibility sentence ('Språkcaféet ansvarar X för',
    'Läxhjälpen sköts av Y', 'Z ansvarar för broschyren och webbsidan'), else None."""
    sent = sent.strip().rstrip(".").strip()
    m = _TOPICAL_RE.match(sent) or _PASSIVE_RE.match(sent) or _SUBJECT_RE.match(sent)
    if not m:
        return None
    who = _doer(m.group("who"))
    names = [n.strip() for n in _SPLIT_RE.split(m.group("obj")) if n.strip()]
    return (names, who) if who and names else None


def responsibility_sentences(text: str) -> list[tuple[list[str], str]]:
    """The (short names, doer) of each responsibility sentence of a paragraph; none unless
    two or more and most of its sentences are such (a background paragraph that says in
    passing who answers for what, 'Välfärdsområdet ansvarar för hälsovården …', is no
    division of the plan's work)."""
    sents = _SENTENCE_RE.split(_LABEL_RE.sub("", squash(text)))
    out = [found for sent in sents if (found := responsibility_sentence(sent))]
    return out if len(out) >= 2 and len(out) * 2 > len(sents) else []


def names_whole(name: str, action: str) -> bool:
    """The short name's longest word is held by the action's words but for its ending
    ('Boendeguiden' / 'boendeguide', 'Kvinnogruppen' / 'grupp … kvinnor'), not only its first
    part ('Informationsmötena' holds 'information', 'Språkväskorna' 'språk'), nor only a
    word beside it ('… på svenska'): a name whose own action is not among those read names
    none."""
    words = _words(name)
    if not words:
        return False
    head = max(words, key=len)
    return sum(_word_match(head, a) for a in set(_words(action))) >= len(head) - 6


def _texts(el) -> list[str]:
    """A paragraph's text, or a table's cells (an 'Ansvar' column beside a list of actions)."""
    if el.kind == "table" and el.table is not None:
        return [c for row in el.table.rows for c in row if c]
    if el.kind in ("para", "line") or _LABEL_RE.match(el.text or ""):
        return [el.text or ""]
    return []


def read_responsibility_prose(built, elements) -> None:
    """Set the responsible of the actions a paragraph of responsibility sentences names."""
    actions = [(m.id, squash(m.text)) for m in built.measures]
    if not actions:
        return
    by_id = {m.id: m for m in built.measures}
    texts = dict(actions)
    given: dict[str, list[str]] = {}
    # the responsibility paragraphs' texts and short names: a doer read out of one of them
    # by another rule ('Ansvar: X ansvarar Y för.' taken as a field whose value is the
    # sentences themselves) is no doer
    misread: list[tuple[str, set[str]]] = []
    headed: set[str] = set()
    under = False
    for el in elements:
        if el.kind == "heading":
            under = bool(_WHO_HEADING_RE.match(squash(el.text).rstrip(":")))
            continue
        for text in _texts(el):
            found = responsibility_sentences(text)
            if found:
                misread.append((squash(text).lower(), {squash(n).lower() for names, _ in found for n in names}))
            for names, who in found:
                for n in names:
                    mid = named_action(n, actions)
                    if mid and names_whole(n, texts[mid]) and who not in given.setdefault(mid, []):
                        given[mid].append(who)
                        if under:
                            headed.add(mid)
    for mid, whos in given.items():
        # only an action no table, field or sentence gave a doer: where one was given, the
        # paragraph restates it or names a lead the reader already has (writing over given
        # doers cost 13 programmes whose background paragraphs say which body answers for
        # which service: 'Välfärdsområdet ansvarar för socialservicen …')
        m = by_id[mid]
        own = squash(m.printed or m.text).lower()
        subject = mid in headed and all(squash(r).lower() in own for r in m.responsible)
        if not m.responsible or subject or _misread(m.responsible, misread):
            by_id[mid].responsible = list(whos)


def _misread(responsible: list[str], paragraphs: list[tuple[str, set[str]]]) -> bool:
    """The doers were cut out of a responsibility paragraph itself: all of them are parts
    of its text and one is a thing it names ('Föräldrakvällen') or a whole sentence of it
    ('Kvinnogruppen ordnas av integrationskoordinatorn')."""
    rs = [squash(r).lower() for r in responsible]
    for text, names in paragraphs:
        if all(r in text for r in rs) and any(
                r in names or _PASSIVE_RE.match(r[:1].upper() + r[1:]) or _TOPICAL_RE.match(r[:1].upper() + r[1:])
                or re.search(r"\b(?:ansvarar|svarar)\b", r) for r in rs):
            return True
    return False
