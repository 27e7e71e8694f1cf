"""Who does a section's actions, said once for the whole section in a closing sentence.

A chapter of a welfare plan, or a theme of a short programme, often lists its actions
without naming anyone and then says once who does them all:

    Ansvaret för åtgärderna i detta kapitel har näringslivsenheten i samarbete med X.
    Alla åtgärder under detta tema sköts av integrationsteamet.

or, one line for the section, who does which of its numbered actions:

    Ansvar: åtgärd 1 ungdomstjänsterna, åtgärd 2 bildningsväsendet, åtgärd 3 personalenheten.
    Ansvar: fritidsenheten för åtgärderna 1–2, biblioteket för åtgärd 3.

The sentence points at the section it stands in ('i detta kapitel', 'under detta tema'), so
it is the responsible field of every listed action of that section, back to the section's
heading: each item carries the field (`Element.fields`, read as an item's 'Ansvar: X.' after
its sentence is, records.trailing_fields), its text as printed, and the list reading takes it
from the element (splitting 'X i samarbete med Y' into responsible and partner). The
per-number line gives each numbered item its own; it is consumed. A list headed as something other than actions
(recommendations not adopted, work given up) is left as it is: its intro is read first.
An item that names its own responsible keeps it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .actors import trailing_actors
from .label_vocab import RESPONSIBLE_LABEL
from .elements import Element
from .prose import intro_kind
from .records import closing_fields
from .responsibility_lists import named_action
from .responsibility_prose import names_whole, responsibility_sentence
from .start_stop_lists import start_stop_kind
from .text import item_text, squash

_HERE = r"(?:i|inom|under|för)\s+(?:detta|det\s+här|denna|den\s+här)\s+(?:kapitel|avsnitt|tema|område|insatsområde|del)"
_ACTIONS = r"(?:alla\s+)?(?:åtgärderna|åtgärder|insatserna)"
# 'Ansvaret för åtgärderna i detta kapitel har X.', 'Alla åtgärder under detta tema sköts av X.',
# 'För åtgärderna i detta avsnitt ansvarar X.', 'X ansvarar för åtgärderna i detta kapitel.'
_WHOLE_RES = [
    re.compile(rf"^ansvar(?:et)?\s+för\s+{_ACTIONS}\s+{_HERE}\s+(?:har|bär|ligger\s+(?:hos|på))\s+(?P<who>[^.]+?)\s*\.?$", re.I),
    re.compile(rf"^{_ACTIONS}\s+{_HERE}\s+(?:sköts|genomförs|leds|samordnas)\s+av\s+(?P<who>[^.]+?)\s*\.?$", re.I),
    re.compile(rf"^för\s+{_ACTIONS}\s+{_HERE}\s+ansvarar\s+(?P<who>[^.]+?)\s*\.?$", re.I),
    re.compile(rf"^(?P<who>[^.]+?)\s+ansvarar\s+för\s+{_ACTIONS}\s+{_HERE}\s*\.?$", re.I),
]
# ... or said before the list as the doer of every item that names none: 'Ansvaret ligger hos
# fritidsnämnden om inget annat sägs.', 'X ansvarar om inte annat anges.' The exception clause
# points at the items after it, some of which name another doer ('– biblioteket, 2025')
# The clause may say where the other doer stands ('om inte annat anges vid åtgärden'), and the
# actions may be named as the programme's ('X ansvarar för de åtgärder som nämns i detta
# program, om inte annat anges'): then the doer holds for every item after it in the document,
# not only to the section's end.
_UNLESS = (r",?\s+(?:om|där|när)\s+(?:inget|inte|ej)\s+annat\s+(?:sägs|anges|nämns|står|framgår)"
           r"(?:\s+(?:vid|för|i)\s+(?:åtgärden|insatsen|respektive\s+åtgärd))?")
_PROGRAMME = r"(?:i\s+(?:detta|det\s+här)\s+program|i\s+programmet)"
_ACTIONS_NAMED = (rf"(?:de\s+|alla\s+)?(?:åtgärderna|åtgärder|insatserna|insatser)"
                  rf"(?:\s+som\s+(?:nämns|ingår|beskrivs|finns|anges)\s+{_PROGRAMME}|\s+{_PROGRAMME})?")
_DEFAULT_RES = [
    re.compile(rf"^(?:huvud)?ansvar(?:et)?\s+(?:ligger\s+(?:hos|på)|har|bärs\s+av)\s+(?P<who>[^.]+?){_UNLESS}\s*\.?$", re.I),
    re.compile(rf"^(?P<who>[^.,]+?)\s+ansvarar(?:\s+för\s+{_ACTIONS_NAMED})?{_UNLESS}\s*\.?$", re.I),
]
_PROGRAMME_RE = re.compile(_PROGRAMME, re.I)
# a numbered action paragraph of a numbered goal ('2.1 En kurs i svenska ordnas …')
_SUB_NUMBER_ITEM_RE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s+\S")
# 'Ansvar: åtgärd 1 X, åtgärd 2 Y' / 'Ansvar: X för åtgärderna 1–2, Y för åtgärd 3'
_BY_NUMBER_LINE_RE = re.compile(rf"^{RESPONSIBLE_LABEL}\s*:\s*(?P<rest>.*\båtgärd(?:erna|en)?\s+\d.*?)\s*\.?$", re.I)
_NUM = r"(?P<a>\d{1,2})(?:\s*[–-]\s*(?P<b>\d{1,2})|(?:\s*(?:,|och)\s*(?P<c>\d{1,2})))?"
_NUMBER_FIRST_RE = re.compile(rf"^åtgärd(?:erna|en)?\s+{_NUM}\s+(?P<who>\S.*)$", re.I)
_WHO_FIRST_RE = re.compile(rf"^(?P<who>\S.*?)\s+för\s+åtgärd(?:erna|en)?\s+{_NUM}$", re.I)
_ITEM_NUMBER_RE = re.compile(r"^\s*(?:[•●▪■◦‣∙○*–-]\s+)?(\d{1,2})[.)]\s+\S")
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
# the line's parts, one a responsible: split before 'åtgärd …' or before '<who> för åtgärd …'
_BY_NUMBER_PART_RE = re.compile(r"\s*[,;]\s*(?=åtgärd|\S+(?:\s+\S+){0,4}\s+för\s+åtgärd)", re.I)
# (any 'Ansvar…' label with a capital, or one of the shared responsible labels: 'huvudansvar:')
_OWN_RESPONSIBLE_RE = re.compile(rf"\b(?:Ansvar\w*|(?i:{RESPONSIBLE_LABEL}))\s*:")
# a subsection headed as who answers ('Ansvar', 'Ansvariga', 'Vem ansvarar?') in a section
# whose other subsections hold its actions ('Så här gör vi') and follow-up
_WHO_HEADING_RE = re.compile(r"^(?:ansvar|ansvaret|ansvarig|ansvariga|ansvarsfördelning|vem\s+ansvarar\s*\??|vem\s+gör\s+vad\s*\??)$", re.I)
# a verb in the doer: a sentence saying who does what, not a bare list of doers
_DOER_VERB_RE = re.compile(r"\b(?:ansvarar|svarar|sköter|sköts|ordnar|ordnas|leder|leds|har|är|gör|genomför)\b", re.I)


def whole_section_responsible(sentence: str) -> str | None:
    """X of a sentence giving every action of its section to X, else None."""
    s = squash(sentence)
    for rx in _WHOLE_RES:
        if (m := rx.match(s)):
            return m.group("who").strip()
    return None


def responsible_by_number(paragraph: str) -> dict[int, str] | None:
    """{action number: responsible} of an 'Ansvar: åtgärd 1 X, åtgärd 2 Y' line, else None."""
    m = _BY_NUMBER_LINE_RE.match(squash(paragraph))
    if not m:
        return None
    out: dict[int, str] = {}
    for part in _BY_NUMBER_PART_RE.split(m.group("rest")):
        p = part.strip().rstrip(".")
        g = _NUMBER_FIRST_RE.match(p) or _WHO_FIRST_RE.match(p)
        if not g:
            return None
        a = int(g.group("a"))
        nums = range(a, int(g.group("b")) + 1) if g.group("b") else [a] + ([int(g.group("c"))] if g.group("c") else [])
        for n in nums:
            out[n] = g.group("who").strip()
    return out or None


def default_responsible(sentence: str) -> str | None:
    """X of a sentence making X the doer of the items after it that name no other ('Ansvaret
    ligger hos X om inget annat sägs.'), else None."""
    s = squash(sentence)
    for rx in _DEFAULT_RES:
        if (m := rx.match(s)):
            return m.group("who").strip()
    return None


def _names_own_doer(el: Element) -> bool:
    """The item closes with a doer of its own ('… – biblioteket, 2025', '(kansliet)')."""
    found = trailing_actors(item_text(el.text))
    return bool(found and (found[0] or found[1]))


def _is_item(el: Element) -> bool:
    return el.kind == "bullet" or (el.kind == "para" and bool(_ITEM_NUMBER_RE.match(el.text)))


def _with_field(el: Element, who: str) -> Element:
    if _OWN_RESPONSIBLE_RE.search(el.text) or any(role == "responsible" for role, _, _ in el.fields):
        return el  # the item names its own responsible
    found = closing_fields(f"Ansvar: {who}.")
    return replace(el, fields=[*el.fields, *found]) if found else el


def bare_doers(paragraph: str) -> str | None:
    """The doers of a paragraph that only names them ('Ansvar: X och Y i samarbete med Z.',
    'X och Y.', 'Ansvariga: X, i samarbete med Y. Partner: Z.'), else None: what it
    says in its first sentence when that sentence has no verb; a later sentence saying who
    does one action ('Y ansvarar för välkomstkvällarna.') is that action's own word."""
    text = squash(paragraph)
    labelled = closing_fields(text if _OWN_RESPONSIBLE_RE.match(text) else f"Ansvar: {text}")
    if not labelled:
        return None
    who = next((v for role, _, v in labelled if role == "responsible"), None)
    if not who:
        return None
    first = _SENTENCE_SPLIT_RE.split(who)[0].strip().rstrip(".")
    if not first or _DOER_VERB_RE.search(first) or len(first.split()) > 24:
        return None
    rest = [f"{lbl}: {v}" for role, lbl, v in labelled if role != "responsible"]
    return ". ".join([first, *rest])


# 'Kommunens tekniska sektor ordnar trygghetsvandringarna i samarbete med polisen.': the
# doer (one to four words) running the named thing, in the active
_RUNNING_RE = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,3}?)\s+"
                         r"(?:ordnar|sköter|leder|driver|arrangerar|samordnar|håller\s+i)\s+(?P<obj>[^.:;]+?)"
                         r"(?:,?\s+(?:i\s+samarbete\s+med|tillsammans\s+med|med\s+stöd\s+av|i\s+samråd\s+med)\b.*)?$")


def _running_sentence(sent: str) -> tuple[list[str], str] | None:
    m = _RUNNING_RE.match(sent.strip().rstrip(".").strip())
    if not m:
        return None
    names = [n.strip() for n in re.split(r"\s*,\s*|\s+och\s+", m.group("obj")) if n.strip()]
    return (names, m.group("who").strip()) if names else None


def _own_doers(paragraph: str, items: list[tuple[int, str]]) -> dict[int, str]:
    """{item index: doer} of the sentences of a paragraph (after its bare list of doers) that give
    one action its own ('Y ansvarar för välkomstkvällarna.', `responsibility_sentence`),
    each name going to the one item it names (`named_action`, `names_whole`)."""
    sents = _SENTENCE_SPLIT_RE.split(squash(paragraph))
    out: dict[int, str] = {}
    texts = dict(items)
    for sent in sents:
        found = responsibility_sentence(sent) or _running_sentence(sent)
        if not found:
            continue
        names, who = found
        for n in names:
            k = named_action(n, [(str(k), t) for k, t in items])
            if k is not None and names_whole(n, texts[int(k)]):
                out[int(k)] = who
    return out


def _who_subsection(elements: list[Element], i: int) -> tuple[int, str | None] | None:
    """(start of the enclosing section, doers) when elements[i] is a heading 'Ansvar' over
    one paragraph; the doers when that paragraph only names them (`bare_doers`), else None
    (its sentences say who does which action, `_own_doers`). The section runs back to the
    heading above of a higher level."""
    h = elements[i]
    if h.kind != "heading" or not _WHO_HEADING_RE.match(squash(h.text).rstrip(":")):
        return None
    if i + 1 >= len(elements) or elements[i + 1].kind != "para":
        return None
    if i + 2 < len(elements) and elements[i + 2].kind not in ("heading",):
        return None
    who = bare_doers(elements[i + 1].text)
    for k in range(i - 1, -1, -1):
        e = elements[k]
        if e.kind == "heading" and e.level < h.level:
            return k + 1, who
    return None


def read_section_responsibility(elements: list[Element]) -> list[Element]:
    out = list(elements)
    # 'Så här gör vi' (bullets) / 'Ansvar' ('Ansvar: X i samarbete med Y') / 'Så här följer
    # vi upp': the doers named under the section's own 'Ansvar' heading are those of the
    # actions listed in the section before it
    for i in range(len(elements)):
        found = _who_subsection(elements, i)
        if not found:
            continue
        begin, who = found
        items = [(k, squash(item_text(out[k].text))) for k in range(begin, i) if _is_item(out[k])]
        para = elements[i + 1].text
        if who:
            # the sentences after the bare list give single actions their own
            own = _own_doers(" ".join(_SENTENCE_SPLIT_RE.split(squash(para))[1:]), items)
        else:
            own = _own_doers(para, items)
        for k, _ in items:
            e = out[k]
            if (k in own or who) and not _names_own_doer(e):
                out[k] = _with_field(e, own.get(k, who))
    drop: set[int] = set()
    start = 0
    for i, el in enumerate(elements):
        if el.kind == "heading":
            start = i + 1
            continue
        if el.kind != "para":
            continue
        sentences = _SENTENCE_SPLIT_RE.split(squash(el.text))
        said, default = next(((s, w) for s in sentences if (w := default_responsible(s))), (None, None))
        if said:
            # the items after it, to the section's end (to the document's end when the
            # sentence names the programme's actions), that name no doer of their own
            whole = bool(_PROGRAMME_RE.search(said))
            for k in range(i + 1, len(elements)):
                e = out[k]
                if e.kind == "heading" and not whole:
                    break
                is_item = _is_item(e) or (e.kind == "para" and bool(_SUB_NUMBER_ITEM_RE.match(e.text)))
                if is_item and not _names_own_doer(e):
                    out[k] = _with_field(e, default)
            continue
        who = next((w for s in sentences if (w := whole_section_responsible(s))), None)
        by_number = None if who else responsible_by_number(el.text)
        if not who and not by_number:
            continue
        # the section's listed actions: items back to its heading, except lists whose intro
        # names them as something else than the plan's actions
        skipping = False
        changed = False
        for k in range(start, i):
            e = out[k]
            if e.kind == "para" and not _is_item(e):
                kind = intro_kind(e.text) or start_stop_kind(e.text)
                skipping = kind not in (None, "measure")
                continue
            if not _is_item(e) or skipping:
                continue
            if who:
                out[k] = _with_field(e, who)
                changed = True
            elif (m := _ITEM_NUMBER_RE.match(e.text)) and int(m.group(1)) in by_number:
                out[k] = _with_field(e, by_number[int(m.group(1))])
                changed = True
        if changed and by_number:
            drop.add(i)
    return [e for i, e in enumerate(out) if i not in drop]
