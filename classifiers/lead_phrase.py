"""Actions written as a paragraph of their own: a short lead phrase, a description, and a
sentence saying who carries it out.

    Språkcafé för föräldrar. Medan barnen leker övar föräldrarna svenska med frivilliga.
    Genomförs av stadsbiblioteket tillsammans med Folkhälsan från hösten 2025.

The lead phrase is the action's name (what a table would hold in its action column); the
passive 'Genomförs av X [i samarbete med / tillsammans med Y] [time]' is its record: X is
responsible, Y are partners, the time phrase is the schedule. A paragraph in the same
title-then-text form that names nobody carrying anything out (a glossary entry,
'Integration. Med integration avses ...') is not an action.
"""

from __future__ import annotations

import re

from .actors import opens_with_partners, split_actors
from .headers import field_label
from .schedule import TIME_PHRASE, opens_with_times
from .prose import names_actions
from .owner_brackets import owner_bracket
from .text import sentences, squash, words

# 'Genomförs av ...', 'Ordnas av ...', 'Arrangeras av ...': the passive of carrying out,
# with its agent
_CARRIED_OUT_RE = re.compile(
    r"^(?:genomförs|ordnas|arrangeras|förverkligas|verkställs|utförs|koordineras|drivs|"
    r"organiseras|anordnas)\s+av\s+(?P<rest>\S.*?)\s*\.?$", re.I)
# where the time phrase closing that sentence starts (schedule.TIME_PHRASE: 'under läsåren
# 2025–2028', 'från hösten 2025', 'årligen i maj', 'två gånger per år', 'vid behov'); 'under' /
# 'i' before a phrase that is one without them belong to neither part
_TIME_START_RE = re.compile(rf"\s+(?:(?:under|i)\s+)?(?={TIME_PHRASE})", re.I)
# a lead phrase is a name, not a sentence: a few words
LEAD_WORDS = 8


def carried_out(paragraph: str) -> tuple[str, list[str], list[str], str | None] | None:
    """(action, responsible, partners, schedule) of a paragraph that leads with the action's
    name and says who carries it out, else None."""
    sents = sentences(paragraph)
    if len(sents) < 2:
        return None
    lead = sents[0].strip()
    if not lead.endswith(".") or len(words(lead)) > LEAD_WORDS:
        return None
    done = next((m for s in sents[1:] if (m := _CARRIED_OUT_RE.match(s.strip()))), None)
    if done is None:
        return None
    who, when = split_time(done.group("rest"))
    resp, partners = split_actors(who)
    if not resp:
        return None
    return lead.rstrip(".").strip(), resp, partners, when


def split_time(text: str) -> tuple[str, str | None]:
    """'stadsbiblioteket under läsåren 2025–2028' -> ('stadsbiblioteket', 'läsåren
    2025–2028'): the actors, then the time phrase that closes the sentence."""
    m = _TIME_START_RE.search(text)
    if not m:
        return text.strip(), None
    return text[:m.start()].strip(), squash(text[m.end():]) or None


# 'Åtgärd 4.1.', 'Åtgärd 2:', 'Insats 3 –': a paragraph opening with the word for an action
# and its number labels the action it describes, as a numbered list item would
_ACTION_LABEL_RE = re.compile(
    r"^(?i:åtgärd|insats)\s+(?P<num>(?:[A-ZÅÄÖ]{1,2})?\d{1,2}(?:\.\d{1,2})*)(?:\s*[.:–-]\s+|"
    # 'Åtgärd 1.1.1 Kvällskurser ordnas ...': a code set as a label before the action, with
    # no stop after it -- the capital after the number tells it from a reference in running
    # text ('Åtgärd 4.1 genomfördes ...', which goes on in lower case)
    r"\s+(?=[A-ZÅÄÖ]))(?P<rest>\S.*)$", re.S)
# who carries an action out, said of it in a sentence of its own: 'X ansvarar för åtgärden
# [tillsammans med Y][, som genomförs 2025]', 'Ansvaret ligger hos X', 'Ansvarig för
# åtgärden är X', and the passive with its agent after a subject ('Gruppen leds av X i
# samarbete med Y')
_RESPONSIBLE_FOR_RE = re.compile(
    r"^(?P<who>[A-ZÅÄÖ][^.:;]{2,100}?)\s+(?:ansvarar|svarar)\s+för\s+(?:åtgärden|insatsen|den|denna)\b,?"
    r"(?P<rest>.*)$|^(?:ansvaret(?:\s+för\s+(?:åtgärden|insatsen))?\s+ligger\s+hos"
    r"|ansvarig(?:\s+för\s+(?:åtgärden|insatsen))?\s+är)\s+(?P<who2>\S.*)$", re.I | re.S)
_AGENT_RE = re.compile(
    r"^(?:[A-ZÅÄÖ]\w+\s+)?(?:genomförs|ordnas|arrangeras|leds|koordineras|drivs|organiseras|anordnas)"
    r"\s+av\s+(?P<rest>\S.*)$", re.I | re.S)


def responsible_said(sentence: str) -> str | None:
    """The doers of a sentence that says in so many words who answers for the action ('Ansvaret
    ligger hos X i samarbete med Y.', 'Ansvarig för åtgärden är X.', 'X ansvarar för åtgärden
    tillsammans med Y.'), as a field 'Ansvar: X i samarbete med Y' gives them; else None."""
    m = _RESPONSIBLE_FOR_RE.match(squash(sentence).rstrip(". "))
    if m is None:
        return None
    if m.group("who2"):
        return m.group("who2").strip()
    rest = m.group("rest")
    if rest.strip(" ,") and not opens_with_partners(rest):
        return None  # 'X ansvarar för den del som …': the sentence goes on about something else
    return squash(f"{m.group('who')} {rest}")


# the action itself as the subject of a sentence giving its time ('Åtgärden genomförs
# årligen.', 'Åtgärden är fortlöpande.', 'Åtgärden inleds hösten 2025.')
_ACTION_SUBJECT_RE = re.compile(r"^(?:åtgärden|insatsen)\s+\w+\s+(?P<rest>\S.*)$", re.I | re.S)


# the action just described, named again as the subject of a sentence that gives only its
# time: 'Verksamheten inleds våren 2025.', 'Åtgärden genomförs årligen.', 'Insatsen pågår
# 2025–2026.'
_TIME_OF_BEFORE_RE = re.compile(r"^(?:åtgärden|insatsen|verksamheten|arbetet|projektet)\s+[a-zåäö]+\s+(?P<rest>\S.*?)\.?$",
                                re.I | re.S)


def time_of_action_before(sentence: str) -> str | None:
    """The time phrase of a sentence that says only when the action before it takes place
    ('Verksamheten inleds våren 2025.' -> 'våren 2025'), else None."""
    m = _TIME_OF_BEFORE_RE.match(squash(sentence))
    if not m:
        return None
    lead, when = split_time(" " + m.group("rest"))
    return when if when and not lead else None


# the labelled sentences after an action that give the fields of its row ('Ansvarig: X.')
_FIELD_SENTENCE_ROLES = ("responsible", "actors", "partners", "schedule")


def closes_with_fields(paragraph: str) -> bool:
    """The paragraph's last sentence is a labelled who/when field ('… Ansvarig: X.'): the
    action's fields begun in its own paragraph, which a narrow column may go on with on the
    line under it ('Samarbete: Y. Tidsplan: T.')."""
    sents = [x for x in sentences(squash(paragraph)) if x.strip()]
    field = field_label(sents[-1].strip()) if len(sents) >= 2 else None
    return field is not None and field[1] in _FIELD_SENTENCE_ROLES


def labelled_action(paragraph: str) -> tuple[str, str, list[str], list[str], str | None] | None:
    """(number, action, responsible, partners, schedule) of a paragraph that labels an action
    with its number ('Åtgärd 4.1. En arbetsgivarträff ordnas varje vår. X ansvarar för
    åtgärden tillsammans med Y. Åtgärden genomförs årligen.'): the first sentence after the
    label is the action; the sentences after it say who carries it out and when (the
    responsible and schedule a table row would hold in its own cells). None for any other
    paragraph; a reference in running text ('Åtgärd 4.1 genomfördes ...') has no full stop,
    colon or dash after the number."""
    m = _ACTION_LABEL_RE.match(squash(paragraph))
    if not m:
        return None
    sents = sentences(m.group("rest"))
    if not sents:
        return None
    resp: list[str] = []
    partners: list[str] = []
    when: str | None = None
    for s in sents[1:]:
        s = s.strip().rstrip(".")
        if (field := field_label(s)) is not None and field[1] in _FIELD_SENTENCE_ROLES:
            # 'Ansvarig: X. Samarbete: Y. Tidsplan: T.' after the action sentence: its fields
            # as labelled sentences, the cells of a table row said in the paragraph
            role, value = field[1], squash(s.split(":", 1)[1])
            if role in ("responsible", "actors") and value and not resp:
                resp, more = split_actors(value)
                partners += more
            elif role == "partners" and value:
                partners += split_actors(value, role="partners")[1]
            elif role == "schedule" and value and when is None:
                when = value
            continue
        own = _RESPONSIBLE_FOR_RE.match(s) or _AGENT_RE.match(s)
        if own and not resp:
            who = own.groupdict().get("who")
            if who:
                rest = own.group("rest")
                # 'X ansvarar för åtgärden tillsammans med Y': the partners after the verb
                actors = f"{who}{rest}" if opens_with_partners(rest) else who
                actors, t = split_time(actors)
                when = when or t or split_time(rest)[1]
            else:
                actors, t = split_time(own.group("who2") if own.groupdict().get("who2") else own.group("rest"))
                when = when or t
            resp, partners = split_actors(actors)
            continue
        subj = _ACTION_SUBJECT_RE.match(s)
        if subj and when is None:
            when = split_time(" " + subj.group("rest"))[1]
    first = sents[0].strip().rstrip(".").strip()
    if not resp and (owned := owner_bracket(sents[0])):
        # 'Åtgärd 1.1.1 X ordnas (Ansvar: Y; i samarbete med Z).': the bracket is the
        # action's owner field (`owner_brackets`)
        first, resp, partners = owned
    return m.group("num"), first, resp, partners, when


def meter_of_labelled_action(paragraph: str) -> str | None:
    """The meter a labelled action's paragraph closes its fields with ('Åtgärd 3.1: X.
    Ansvarig: Y. Tidpunkt: T. Mätare: antal handledningskontakter.'): the follow-up cell of
    the action's row said as a field sentence, that action's indicator (forty-eighth blind
    set); None when the paragraph is no labelled action or names no meter."""
    m = _ACTION_LABEL_RE.match(squash(paragraph))
    if not m:
        return None
    for s in sentences(m.group("rest"))[1:]:
        s = s.strip().rstrip(".")
        if (field := field_label(s)) is not None and field[1] == "indicator":
            value = squash(s.split(":", 1)[1])
            return value or None
    return None


# 'Boenderådgivningen och avtalet om bostäderna bereds av X i samarbete med Y under år
# 2026': things as the subject, an s-passive (of a particle verb too: 'tas fram', 'sätts
# upp'), its agent after 'av'
_NAMED_AGENT_RE = re.compile(
    r"^(?P<subj>[A-ZÅÄÖ][^.:;()]{2,120}?)\s+[a-zåäö]{2,}s(?:\s+(?:fram|upp|ut|in|igång|om\s+hand))?"
    r"\s+av\s+(?P<rest>\S[^;]*)$", re.S)
# 'För träffen ansvarar X (tillsammans med Y)': the thing named by a definite noun, then who
_THING_ANSWERED_FOR_RE = re.compile(
    r"^för\s+(?:den\s+|det\s+)?[a-zåäö]+(?:en|et|na|n)\s+ansvarar\s+(?P<rest>\S[^;]*)$", re.I | re.S)


# 'Ansvarig är X i samarbete med Y, och vägledningen ges fortlöpande': who answers for the
# action just stated; a clause joined by ', och' after the names says how or when
_RESPONSIBLE_IS_RE = re.compile(r"^ansvarig(?:\s+för\s+(?:åtgärden|insatsen))?\s+är\s+(?P<rest>\S[^;]*)$", re.I)
_CLAUSE_JOINT_RE = re.compile(r",\s+(?:och|men)\s+")


def names_responsible(sentence: str) -> bool:
    """'Ansvarig är X ...': the sentence says in so many words who answers for the action
    (as a field 'Ansvar: X' does), not only who carries something out."""
    return _RESPONSIBLE_IS_RE.match(squash(sentence).rstrip(". ")) is not None


def owner_said_after(sentence: str) -> tuple[str, str | None] | None:
    """(actors, time) of a sentence right after an action sentence that says who carries
    out the thing the action spoke of, naming it back by one definite noun: a passive with
    its agent ('Välkomstpaketet delas ut av kommunkansliet från och med 2025') or 'För
    träffen ansvarar X tillsammans med Y'; or 'Ansvarig är X (i samarbete med Y)'. None for any other sentence (a subject of several
    words describes something of its own)."""
    text = squash(sentence).rstrip(". ")
    said = _RESPONSIBLE_IS_RE.match(text)
    if said is not None:
        # the names end where ', och' opens a clause of its own (a list of names is
        # joined by a bare 'och'); a time in that clause is the action's
        rest = said.group("rest")
        joint = _CLAUSE_JOINT_RE.search(rest)
        who, when = split_time(rest[:joint.start()] if joint else rest)
        if joint and when is None:
            when = split_time(rest[joint.end():])[1]
        return (who, when) if who else None
    m = _THING_ANSWERED_FOR_RE.match(text)
    if m is None:
        m = _NAMED_AGENT_RE.match(text)
        if m is None or len(words(m.group("subj"))) != 1 or not m.group("subj").lower().endswith(_DEFINITE_ENDINGS):
            return None
    who, when = split_time(m.group("rest"))
    return (who, when) if who else None


_SUBJECT_JOINT_RE = re.compile(r",\s*|\s+(?:och|samt)\s+")
_DEFINITE_ENDINGS = ("erna", "arna", "orna", "en", "et", "na", "n")


def _head_stem(phrase: str) -> str:
    """The first word of a noun phrase, folded, without a definite ending ('Avtalet om ...'
    -> 'avtal', 'Boenderådgivningen' -> 'boenderådgivning')."""
    w = (words(phrase) or [""])[0].casefold()
    for end in _DEFINITE_ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 4:
            return w[: -len(end)]
    return w


def agent_of_named(sentence: str, actions: list[str]) -> tuple[list[int], str, str | None] | None:
    """(indices of `actions`, actors, time) of a sentence after a list of actions that names
    some of them by the noun each opens with, as the subject of a passive with its agent
    ('Boenderådgivningen och avtalet om familjebostäder bereds av integrationsteamet i
    samarbete med X under år 2026' under 'Boenderådgivning på flera språk', 'Avtal med X om
    familjebostäder'). Every part of the subject must name exactly one action; else None."""
    m = _NAMED_AGENT_RE.match(squash(sentence).rstrip(". "))
    if not m:
        return None
    heads = [_head_stem(a) for a in actions]
    picked: list[int] = []
    for part in _SUBJECT_JOINT_RE.split(m.group("subj")):
        stem = _head_stem(part)
        hits = [k for k, h in enumerate(heads) if len(stem) >= 4 and len(h) >= 4
                and (h.startswith(stem) or stem.startswith(h))]
        if len(hits) != 1:
            return None
        picked.append(hits[0])
    who, when = split_time(m.group("rest"))
    return picked, who, when


# an s-passive (of a particle verb too: 'tas fram', 'sätts upp') and 'av' before its agent
_S_PASSIVE_BY = r"[a-zåäö]{2,}s(?:\s+(?:fram|upp|ut|in|igång))?\s+av\s+"


# the actions of the list above named together, by a noun for actions in the definite plural
# ('Åtgärderna', 'Alla insatserna'; `prose.names_actions` tells it one): the subject of the
# sentences below giving them all their doer or time
_ALL_ACTIONS = r"(?:(?:alla|samtliga)\s+)?(?P<subj>[^\W\d_]+(?:na|erna|arna))"


# the actions of the list above named together as the subject of a passive with its agent:
# 'Utvecklingsområdena genomförs av X i samarbete med Y under läsåren 2025–2027', 'Åtgärderna
# ovan ordnas av X' (a definite plural: these actions, all of them)
_ALL_AGENT_RE = re.compile(
    rf"^{_ALL_ACTIONS}(?:\s+ovan)?\s+{_S_PASSIVE_BY}"
    r"(?P<rest>\S[^;]*)$", re.I)


def agent_of_all(sentence: str) -> tuple[str, str | None] | None:
    """(actors, time) of a sentence after a list that gives the agent of all its actions,
    named together by a noun for actions ('Utvecklingsområdena genomförs av X i samarbete
    med Y under läsåren 2025–2027'), else None. 'Kurserna ordnas av X' names things, not
    the list's actions, and is not read."""
    m = _ALL_AGENT_RE.match(squash(sentence).rstrip(". "))
    if not m or not names_actions(m.group("subj")):
        return None
    return split_time(m.group("rest"))


# A paragraph closing a list or table of actions may go on, after the sentence naming their
# doer, with sentences of their partners and their time, each of its own (sixty-first set):
# 'Samarbetet sker med Y och Z.', 'Y är samarbetspart.', 'Samarbetspartner är Y.' /
# 'Åtgärderna genomförs 2025–2028.', 'Åtgärderna inleds 2025–2026 och utvärderas därefter.'
_PARTNERS_OF_ALL_RE = re.compile(
    r"^(?:(?:samarbetet|samverkan|samarbete)\s+(?:sker|förs|bedrivs)\s+(?:främst\s+)?med\s+(?P<who>\S.*?)"
    r"|(?P<who2>[A-ZÅÄÖ][^.:;]{2,100}?)\s+är\s+(?:samarbetspart(?:ner|er|ners)?|partner|partners)"
    r"|(?:samarbetspart(?:ner|en|nern|erna|nerna|er|ners)?|partner(?:n|na)?)\s+är\s+(?P<who3>\S.*?))"
    r"\s*\.?$", re.I)
_TIME_OF_ALL_RE = re.compile(
    rf"^{_ALL_ACTIONS}(?:\s+ovan)?\s+"
    r"(?:genomförs|inleds|startar|börjar|påbörjas|pågår|löper|förverkligas|görs)\s+(?P<when>\S.*)$", re.I)


# a sentence stating who does the actions with a verb ('X ansvarar (för åtgärderna) …', 'X har
# huvudansvaret', 'Ansvaret för åtgärderna … har X', 'Åtgärderna genomförs av X …')
_DOER_SENTENCE_RE = re.compile(
    r"^(?:[A-ZÅÄÖ][^.:;]{2,100}?\s+(?:ansvarar|svarar|har\s+(?:huvud)?ansvaret)\b"
    r"|(?:huvud)?ansvaret\s+för\s+\S"
    rf"|{_ALL_ACTIONS}"
    r"\s+[a-zåäö]{2,}s\s+av\s)", re.I)


def states_doer_in_prose(value: str) -> bool:
    """The text opens with a sentence that says who does the actions by a verb ('Fritidsenheten
    har huvudansvaret.', 'X ansvarar i samarbete med Y.', 'Åtgärderna genomförs av X.'),
    where a card's field of who holds the doer's name alone."""
    m = _DOER_SENTENCE_RE.match(squash(value))
    return bool(m) and (not m.group("subj") or names_actions(m.group("subj")))


def partners_of_all(sentence: str) -> list[str] | None:
    """The partners a sentence of their own names for all the actions before it ('Samarbetet
    sker med Y och Z.', 'Y är samarbetspart.'), else None."""
    m = _PARTNERS_OF_ALL_RE.match(squash(sentence).rstrip(". "))
    if not m:
        return None
    _, partners = split_actors(m.group("who") or m.group("who2") or m.group("who3"), "partners")
    return partners or None


def time_of_all(sentence: str) -> str | None:
    """The time a sentence of its own gives all the actions before it ('Åtgärderna genomförs
    2025–2028.', 'Insatserna inleds hösten 2025 och utvärderas därefter.'): the time phrase
    after the verb, else None."""
    m = _TIME_OF_ALL_RE.match(squash(sentence).rstrip(". "))
    if not m or not names_actions(m.group("subj")):
        return None
    t = opens_with_times(m.group("when"))
    return t.group(0).strip() if t else None


# actions named by their numbers, each with its doer: 'Åtgärderna 5.2.1 och 5.2.2 genomförs av
# X under hela planperioden', 'Åtgärd 5.2.3 ansvarar X för från hösten 2025' (the object put
# first), and after 'och' with the verb left out, '... och åtgärd 5.2.4 Y årligen'
_ACTION_NUMBER = r"\d{1,2}(?:\.\d{1,2})+"
_NUMBERED_CLAUSE_RE = re.compile(
    rf"(?:^|,\s*|\s+och\s+)(?:åtgärd|åtgärderna|insats|insatserna)\s+"
    rf"(?P<nums>{_ACTION_NUMBER}(?:\s*(?:,|och|samt)\s*{_ACTION_NUMBER})*)\s+", re.I)
_PASSIVE_AGENT_RE = re.compile(rf"^{_S_PASSIVE_BY}(?P<who>\S.*)$")
_ANSWERS_FOR_RE = re.compile(r"^(?:ansvarar|svarar)\s+(?P<who>\S.*?)\s+för\b\s*(?P<when>.*)$")


def agents_by_number(sentence: str) -> list[tuple[list[str], str, str | None]] | None:
    """[(action numbers, actors, time), ...] of a sentence made of clauses that each name
    actions by their numbers and say who carries them out ('Åtgärderna 5.2.1 och 5.2.2
    genomförs av X under hela planperioden.', 'Åtgärd 5.2.3 ansvarar X för från hösten 2025
    och åtgärd 5.2.4 Y årligen.'), else None. A clause without a verb repeats the verb of
    the clause before it."""
    text = squash(sentence).rstrip(". ")
    starts = list(_NUMBERED_CLAUSE_RE.finditer(text))
    if not starts or starts[0].start() != 0:
        return None
    out: list[tuple[list[str], str, str | None]] = []
    for k, m in enumerate(starts):
        rest = text[m.end():starts[k + 1].start() if k + 1 < len(starts) else len(text)].strip()
        nums = re.findall(_ACTION_NUMBER, m.group("nums"))
        passive, answers = _PASSIVE_AGENT_RE.match(rest), _ANSWERS_FOR_RE.match(rest)
        if passive:
            who, when = split_time(passive.group("who"))
        elif answers:
            who, when = answers.group("who"), squash(answers.group("when")) or None
        elif out:
            who, when = split_time(rest)  # the verb of the clause before, left out
        else:
            return None
        if not who or not split_actors(who)[0]:
            return None
        out.append((nums, who, when))
    return out
