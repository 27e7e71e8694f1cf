"""A list introduced as what is NOT among the programme's actions.

'Pågående verksamhet (ingår inte i planens åtgärder):', 'Följande hör inte till åtgärderna:':
a plan lists ordinary, ongoing work beside its actions and says in so many words that the
list is no part of them. The action noun is named only to be denied: the list is background
(the present services), no measures."""
from __future__ import annotations

import re

from .text import fold

# words that deny the clause they stand in ('inte', 'ej', 'icke'), folded
_NEGATIONS = frozenset(("inte", "ej", "icke"))
# how far before the action noun the negation may stand ('ingår inte i planens åtgärder':
# verb, negation, preposition, genitive, noun)
_REACH = 4


# 'någon', 'något', 'några': the determiner Swedish gives a noun in a denied clause ('inte
# kopplade till någon enskild insats'); the negation then reaches the noun phrase the
# determiner opens, so it is counted within _REACH of the determiner, not of the noun
_NEGATIVE_POLARITY = frozenset(("nagon", "nagot", "nagra"))
# words a determiner may stand before its noun (the determiner, an adjective)
_PHRASE_REACH = 2


# ... or the noun is the head of a relative clause that denies it a place in the programme:
# 'åtgärder som inte ryms i programmet', 'förslag som inte togs med', 'insatser som inte
# ingår' -- the ordinary Swedish verbs of being included ('ingå', 'rymmas', 'tas / komma
# med', 'inkluderas', 'omfattas'), folded; 'som inte kräver resurser' restricts the noun and
# denies nothing of it
_INCLUDED_RE = re.compile(r"^(?:ingar|ingick|ingatt|ryms|rymms|rymdes|rymts|inkluder\w*|omfattas|omfattades)$")
_INCLUDED_WITH_PARTICLE = frozenset(("tas", "togs", "tagits", "kom", "kommer", "kommit"))
# adverbs that may stand beside the negation ('som ännu inte', 'som inte längre', 'som tyvärr inte')
_NEGATION_ADVERBS = frozenset(("annu", "tyvarr", "langre", "alls", "heller"))


def _denied_by_relative(toks: list[str], i: int) -> bool:
    """toks[i] heads 'som inte <verb of being included>' ('åtgärder som inte ryms i
    programmet', 'som inte togs med')."""
    if toks[i + 1:i + 2] != ["som"]:
        return False
    k = i + 2
    while k < len(toks) and toks[k] in _NEGATION_ADVERBS:
        k += 1
    if k >= len(toks) or toks[k] not in _NEGATIONS:
        return False
    k += 1
    while k < len(toks) and toks[k] in _NEGATION_ADVERBS:
        k += 1
    verb = toks[k] if k < len(toks) else ""
    return bool(_INCLUDED_RE.match(verb)) or (verb in _INCLUDED_WITH_PARTICLE
                                              and toks[k + 1:k + 2] in (["med"], ["in"]))


def denied(toks: list[str], i: int) -> bool:
    """The noun at toks[i] (folded tokens) stands in a denied clause: a negation among the
    _REACH words before it, or before the 'någon' that opens the noun's phrase, or a relative
    clause after it that denies it a place in the programme (`_denied_by_relative`)."""
    if any(t in _NEGATIONS for t in toks[max(0, i - _REACH):i]):
        return True
    if _denied_by_relative(toks, i):
        return True
    return any(toks[j] in _NEGATIVE_POLARITY and any(t in _NEGATIONS for t in toks[max(0, j - _REACH):j])
               for j in range(max(0, i - _PHRASE_REACH), i))


# the determiners that deny the noun they stand before ('inga egna mål', 'ingen åtgärd'),
# folded; an adjective may stand between ('inga egna mål för hälsa')
_NONE_DETERMINERS = frozenset(("ingen", "inga", "inget"))


def denied_by_determiner(toks: list[str], i: int) -> bool:
    """The noun at toks[i] (folded tokens) follows 'ingen'/'inga'/'inget', right before it or
    one word (its adjective) apart: 'programmet innehåller inga egna mål'."""
    return any(t in _NONE_DETERMINERS for t in toks[max(0, i - 2):i])


# 'utan att' opens a clause that denies what it says ('…, utan att den kopplas till enskilda
# åtgärder:'): the ordinary Swedish 'without', whose reach is its clause -- from 'utan att' to
# the next comma, semicolon, colon or full stop -- however many words it runs. ('utan' alone
# is also 'but', 'inte X utan Y', which affirms Y: only the pair with 'att' denies.)
_CLAUSE_TOKEN_RE = re.compile(r"[a-z0-9]+|[,;:.!?]")


def without_clause_words(text: str) -> set[int]:
    """The positions, among the words of text folded ([a-z0-9]+ runs, as `prose.folded_tokens`
    counts them), that stand inside an 'utan att …' clause."""
    inside: set[int] = set()
    words = 0
    open_clause = False
    prev = None
    for tok in _CLAUSE_TOKEN_RE.findall(fold(text or "").lower()):
        if not tok[0].isalnum():
            open_clause = False
            prev = None
            continue
        if prev == "utan" and tok == "att":
            open_clause = True
        elif open_clause:
            inside.add(words)
        prev = tok
        words += 1
    return inside


# A paragraph may say of itself that what it describes is no action of the programme:
# 'Integrationsutbildningen ordnas av X enligt lagen och är ingen åtgärd i programmet.' -- a
# statutory service named beside the actions so that no reader counts it among them. The
# sentence's own verb phrase denies the action noun ('är ingen åtgärd', 'räknas inte som en
# åtgärd', 'hör inte till åtgärderna'); a noun the sentence opens with is its subject, not
# denied ('Åtgärden ingår inte i budgeten' is an action's sentence).
_SELF_NEGATIONS = _NEGATIONS | {"ingen", "inga", "inget"}
_ACTION_NOUNS = ("atgard", "insats")  # folded stems
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


# ... or a paragraph describing another body's work and closing with a sentence that points
# back at it to say it is no part of the programme: 'Välfärdsområdet gör X. Dessa tjänster
# ingår i välfärdsområdets plan och inte i detta program.', 'Det här arbetet hör inte till
# programmet.', 'Detta omfattas inte av planen.' -- the closing sentence opens with a
# demonstrative (what was just said) and denies it a place in this programme or plan
_POINTS_BACK_RE = re.compile(r"^(?:dessa|detta|denna|de\s+här|det\s+här|den\s+här)\b", re.I)
_NOT_IN_PROGRAMME_RE = re.compile(
    r"\b(?:inte|ej)\s+(?:i|till|av|en\s+del\s+av)\s+(?:(?:detta|det\s+här|denna|den\s+här)\s+)?"
    r"(?:integrations)?(?:program|plan)(?:met|en)?\b", re.I)


def _disowned_by_last_sentence(sents: list[str]) -> bool:
    """The paragraph's last sentence, after what it describes, points back at it and says it
    is no part of this programme (`_NOT_IN_PROGRAMME_RE`)."""
    last = sents[-1]
    return len(sents) >= 2 and bool(_POINTS_BACK_RE.match(last)) and bool(_NOT_IN_PROGRAMME_RE.search(last))


def denies_itself(text: str) -> bool:
    """A paragraph of one sentence whose predicate denies that it is an action ('… och är
    ingen åtgärd i programmet.'), or one whose closing sentence says what it describes is
    no part of the programme ('Dessa tjänster ingår i X:s plan och inte i detta program.');
    not a list's lead-in (ending with a colon)."""
    flat = " ".join((text or "").split())
    if not flat or flat.endswith(":"):
        return False
    sents = _SENTENCE_END_RE.split(flat)
    if _disowned_by_last_sentence(sents):
        return True
    if len(sents) != 1:
        return False
    toks = [fold(t) for t in re.findall(r"[^\W\d_]+", flat.lower())]
    nouns = [i for i, t in enumerate(toks) if i > 0 and t.startswith(_ACTION_NOUNS)]
    return bool(nouns) and any(t in _SELF_NEGATIONS for i in nouns for t in toks[max(0, i - _REACH):i])


# ... or one sentence says it of its own matter: 'Kommunen vill stödja sådana initiativ, men
# föreningarnas verksamhet är frivillig och därför inte en del av kommunens åtgärder.',
# '… ingår inte i programmet', '… hör inte till programmets åtgärder' -- a wish so qualified is
# background, no goal of the programme
_NO_PART_RE = re.compile(
    r"\b(?:inte|ej)\s+(?:en\s+del\s+av|bland|till|i)\s+(?:(?:detta|det\s+här|denna|den\s+här)\s+)?"
    r"(?:[^\W\d_]+s\s+)?(?:åtgärder(?:na)?|insatser(?:na)?|(?:integrations)?program(?:met)?|plan(?:en)?)\b", re.I)


def disowned_in_sentence(sentence: str) -> bool:
    """The sentence denies its matter a place among the programme's (or municipality's)
    actions or in the programme ('… och därför inte en del av kommunens åtgärder')."""
    return bool(_NO_PART_RE.search(" ".join((sentence or "").split())))


def without_self_denied_paragraphs(elements: list) -> list:
    """The element stream without the paragraphs that say they are no action (`denies_itself`),
    and without the list right above a paragraph that disowns it ('• …' / 'Staden ansvarar
    inte för dessa åtgärder, men …', `disowns_list_above`)."""
    out: list = []
    for el in elements:
        if el.kind == "para" and out and out[-1].kind == "bullet" and disowns_list_above(el.text):
            while out and out[-1].kind == "bullet":
                out.pop()
        if not (el.kind == "para" and denies_itself(el.text)):
            out.append(el)
    return out


def denies_list_below(text: str) -> bool:
    """A paragraph over a list that closes by denying the programme's actions ('När en familj
    anvisas följer mottagandet en fast ordning. Ordningen ingår därför inte bland planens
    åtgärder.'): the list under it details what the paragraph describes, which is no action --
    as a lead-in closed by a colon says it ('Pågående verksamhet (ingår inte i planens
    åtgärder):', `prose.intro_kind`). Every action noun of the closing sentence stands in a
    denied clause (`denied`), in the plural (the programme's actions as a whole), none as
    its subject (the sentence's first word: 'Åtgärderna ingår inte i budgeten' speaks of
    actions)."""
    flat = " ".join((text or "").split())
    if not flat or flat.endswith(":"):
        return False
    last = _SENTENCE_END_RE.split(flat)[-1]
    toks = [fold(t) for t in re.findall(r"[^\W\d_]+", last.lower())]
    nouns = [i for i, t in enumerate(toks) if t.startswith(_ACTION_NOUNS)]
    # (the actions as a whole, in the plural: 'bland planens åtgärder', 'till insatserna'; a
    # singular denied, 'följer upp målet och inte någon enskild åtgärd', says how an item
    # relates to one action, not that the list is none)
    return (bool(nouns) and 0 not in nouns and all(denied(toks, i) for i in nouns)
            and all(toks[i].endswith(("er", "erna")) for i in nouns))


# A lead-in that places the actions it lists in other documents: 'Flera åtgärder … finns redan
# i andra planer och genomförs oberoende av detta program. De nämns här för att ge en
# helhetsbild:', 'Följande åtgärder ingår i andra program:' -- the other plans' actions, named
# for the whole picture, carried out and followed up there: background, no measures. The
# sentence names the action noun and puts it in other (or the rest of the municipality's)
# plans or programmes, or independent of / outside this programme.
_ELSEWHERE_RE = re.compile(
    r"\bi\s+(?:andra|övriga)\s+(?:[\wåäö-]+\s+)?(?:planer(?:na)?|program(?:men)?|strategier(?:na)?)\b"
    r"|\b(?:oberoende\s+av|utanför)\s+(?:detta|det\s+här|denna|den\s+här)\s+(?:integrations)?(?:program|plan)",
    re.I)


def places_actions_elsewhere(text: str) -> bool:
    """A list's lead-in (closed by a colon) one of whose sentences names the action noun and
    places it in other plans or programmes, or outside this one (`_ELSEWHERE_RE`)."""
    flat = " ".join((text or "").split())
    if not flat.endswith(":"):
        return False
    for sent in _SENTENCE_END_RE.split(flat):
        toks = [fold(t) for t in re.findall(r"[^\W\d_]+", sent.lower())]
        if any(t.startswith(_ACTION_NOUNS) for t in toks) and _ELSEWHERE_RE.search(sent):
            return True
    return False


# ... and a paragraph right under a list that opens by disowning what the list named: 'Staden
# ansvarar inte för dessa åtgärder, men …', 'Dessa åtgärder ingår inte i programmet.' -- the
# clause points back at the items ('dessa/de här åtgärder'), denies them (a negation) and the
# denied verb is one of answering for or belonging to ('ansvarar', 'ingår', 'hör till',
# 'omfattas'): the list was another body's actions, no measures of the programme.
_DEMONSTRATIVES = frozenset(("dessa", "denna", "detta"))
_OWNING_VERBS = ("ansvar", "ingar", "hor", "tillhor", "omfattas")
_CLAUSE_SPLIT_RE = re.compile(r"[,;:]|\s(?:men|utan)\s", re.I)


def disowns_list_above(text: str) -> bool:
    """The paragraph's first sentence has a clause pointing back at the actions above ('dessa
    åtgärder', 'de här insatserna') and denying that the programme answers for or holds them."""
    flat = " ".join((text or "").split())
    if not flat:
        return False
    first = _SENTENCE_END_RE.split(flat)[0]
    for clause in _CLAUSE_SPLIT_RE.split(first):
        toks = [fold(t) for t in re.findall(r"[^\W\d_]+", clause.lower())]
        pointed = any(t.startswith(_ACTION_NOUNS) and k > 0
                      and (toks[k - 1] in _DEMONSTRATIVES or toks[max(0, k - 2):k] == ["de", "har"])
                      for k, t in enumerate(toks))
        if pointed and any(t in _NEGATIONS for t in toks) and any(t.startswith(_OWNING_VERBS) for t in toks):
            return True
    return False


# ... and a sentence right after one that states a task, pointing back at it and setting it
# outside the programme: 'De beskrivs inte närmare här, eftersom de bereds som separata
# dokument.', 'Den ingår inte i detta program.', 'Dessa planer behandlas i ett eget dokument.'
# -- the task named is carried out and described in a document of its own, no measure of the
# programme. The sentence opens with a pronoun pointing back ('de', 'dessa', 'den', 'det' …,
# or 'dessa/de här' and a noun) and either denies that the task is described, treated or
# included here (a negated verb of describing or belonging, 'här' / 'i detta program' after
# it) or places it in a document of its own ('som separata dokument', 'i en egen plan').
_POINTS_BACK_SUBJECT_RE = re.compile(
    r"^(?:de|dessa|den|denna|det|detta|de\s+här|den\s+här|det\s+här|dessa\s+\w+|de\s+här\s+\w+)\s", re.I)
_NOT_HERE_RE = re.compile(
    r"\b(?:beskrivs|behandlas|tas|redovisas|ingår|presenteras)\s+(?:\w+\s+){0,2}?(?:inte|ej)\s+"
    r"(?:\w+\s+){0,2}?(?:här|i\s+(?:detta|det\s+här|denna|den\s+här)\s+(?:program|plan|dokument)\w*)\b"
    # ('i välfärdsområdets egen plan': another body's own plan, named by its genitive)
    r"|\b(?:som|i)\s+(?:ett\s+|en\s+|[^\W\d_]+s\s+)?(?:separata?|egen|egna|eget|fristående)\s+(?:dokument|planer|plan|program)\b",
    re.I)


def disowns_sentence_before(sentence: str) -> bool:
    """The sentence points back at what the one before it named and sets it outside the
    programme: described not here, or in a document of its own (`_NOT_HERE_RE`)."""
    flat = " ".join((sentence or "").split())
    return bool(_POINTS_BACK_SUBJECT_RE.match(flat)) and bool(_NOT_HERE_RE.search(flat))
