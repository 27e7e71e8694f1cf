"""Measures written as sentences of running text: 'Kommunen ordnar ...', 'Vi erbjuder ...',
'Språkkurser ordnas ...', 'Därför inför bildningssektorn ...'.

Some programmes print no list or table of measures at all: a chapter states its goal in a
sentence ('Vårt mål är att ...') and then tells in plain sentences what is done about it.
Such a sentence is a main clause whose finite verb, second in the clause as Swedish puts it,
is a verb of doing (`_VERBS`: ordnar, erbjuder, inför, startar, anställer, ...) in the present
tense or after 'ska' / 'skall' / 'kommer att', and whose first part is

- the doer: an actor named by its head word (`actors.names_actor`: 'Bildningssektorn',
  'Kultur- och fritidsenheten', 'Integrationssamordnaren') -- the responsible -- or 'Vi'
  (the programme's writers: nobody named);
- or a noun phrase before the s-passive of such a verb ('Modersmålsundervisning ordnas ...':
  nobody named); a verb whose s-form also reads as a change that happens by itself
  ('utvecklas', 'stärks', 'förbättras') is read only in the active;
- or an adverbial ('Därför ...', 'Från hösten 2025 ...', 'I samarbete med X ...', a purpose
  clause 'För att nå dit ...'), then the doer comes right after the verb ('Därför utvidgar
  medborgarinstitutet ...', 'Dessutom kommer integrationsenheten att ...').

A commitment may carry a sentence adverb between 'kommer' and 'att' ('X kommer därför att
...'); its action from the verb on is `ProseAction.clause`.

What is no action: the present situation ('finns', 'har', 'är', 'ansvarar för': no verb of
doing), the past ('ordnades', 'har ordnat': no present form), a sentence that places itself
in the past or the present ('i dag', 'redan', 'sedan', 'tidigare', 'hittills'), a
negation ('ordnar inte'), a reflexive ('grundar sig på'), a pronoun first ('De erbjuds
...': about something described before), a subject that names no actor ('Programmet ger
...', 'Många föreningar ordnar ...'), and a verb of doing in a subordinate clause ('Kommunen
har en handledare som ordnar ...': the first part holds a verb).

`builder.Builder` reads these sentences only where nothing else gives the measures (README,
'Measures in running prose').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import dedupe_actors, names_actor, split_actors, split_names, time_only
from .label_vocab import COOP_PHRASE
from .schedule import YEAR, dated_phrase, opens_with_time, parse_schedule
from .text import fold, squash

# (infinitive or None, present tense, s-passive or None), diacritics folded; a particle verb keeps
# its particle ('tar fram'), which must follow the verb
_VERBS = (
    ("ordna", "ordnar", "ordnas"), ("anordna", "anordnar", "anordnas"),
    ("arrangera", "arrangerar", "arrangeras"), ("erbjuda", "erbjuder", "erbjuds"),
    ("infora", "infor", "infors"), ("inratta", "inrattar", "inrattas"),
    ("starta", "startar", "startas"), ("paborja", "paborjar", "paborjas"),
    # opening a service point or a place ('Vi öppnar en rådgivningspunkt ...'), as starting
    # one; only in the active ('Dörren öppnas' happens by itself)
    ("oppna", "oppnar", None),
    ("inleda", "inleder", "inleds"), ("lansera", "lanserar", "lanseras"),
    ("anstalla", "anstaller", "anstalls"), ("rekrytera", "rekryterar", "rekryteras"),
    ("tillsatta", "tillsatter", "tillsatts"), ("utse", "utser", "utses"),
    ("skapa", "skapar", "skapas"), ("grunda", "grundar", "grundas"),
    ("etablera", "etablerar", "etableras"), ("bygga", "bygger", "byggs"),
    ("genomfora", "genomfor", "genomfors"), ("gora", "gor", "gors"),
    ("utreda", "utreder", "utreds"), ("kartlagga", "kartlagger", "kartlaggs"),
    ("sammanstalla", "sammanstaller", "sammanstalls"), ("utarbeta", "utarbetar", "utarbetas"),
    ("ta fram", "tar fram", "tas fram"), ("uppdatera", "uppdaterar", "uppdateras"),
    # adding to what exists ('Webbplatsen kompletteras med en sida på engelska'), as updating
    ("komplettera", "kompletterar", "kompletteras"),
    # paying for a service ('Kommunen betalar deltagaravgiften ...'): done by someone, so
    # only in the active ('Ersättningen betalas av staten' tells how things are)
    ("betala", "betalar", None),
    ("oversatta", "oversatter", "oversatts"), ("publicera", "publicerar", "publiceras"),
    ("informera", "informerar", "informeras"), ("utbilda", "utbildar", "utbildas"),
    ("samordna", "samordnar", "samordnas"), ("tillhandahalla", "tillhandahaller", "tillhandahalls"),
    ("sakerstalla", "sakerstaller", "sakerstalls"), ("ge", "ger", "ges"),
    ("dela ut", "delar ut", "delas ut"), ("bjuda in", "bjuder in", "bjuds in"),
    ("stodja", "stoder", "stods"), ("stodja", "stodjer", None),
    # their s-form is also a change that happens by itself ('Språket utvecklas')
    ("utveckla", "utvecklar", None), ("starka", "starker", None),
    ("forstarka", "forstarker", None), ("forbattra", "forbattrar", None),
    ("framja", "framjar", None), ("utvidga", "utvidgar", None), ("utoka", "utokar", None),
    ("satsa", "satsar", None), ("fornya", "fornyar", None),
    # reporting to a body ('Arbetsgruppen rapporterar varje år till stadsstyrelsen'): a task
    # of the follow-up done by its doer; only in the active ('Rapporteras: årligen' is a
    # follow-up table's field)
    ("rapportera", "rapporterar", None),
    # following something up ('Staden följer upp befolkningsstrukturen ...'): active only,
    # 'följs upp med X' names how a goal is measured
    ("folja upp", "foljer upp", None),
    # reviewing an arrangement ('Vi ser över avgifterna', 'Under 2026 ser enheten över …')
    # and changing rules or a practice ('Sektorn ändrar grunderna för bidraget'): ordinary
    # verbs of a unit's doing, as updating and adding to are. 'Ses över' is mostly said of
    # the programme itself ('Programmet ses över 2027': its own follow-up, no measure) and
    # 'ändras' also happens by itself, so both only in the active; their infinitives, folded,
    # are other words ('Se bilaga 2', 'Andra aktörer'), so neither is read as one (None):
    # after 'ska' any infinitive is a commitment anyway (`_will`)
    (None, "ser over", None), (None, "andrar", None),
)
_ACTIVE = {v[1]: v for v in _VERBS}
_INFINITIVE = {v[0]: v for v in _VERBS if v[0]}
_PASSIVE = {v[2]: v for v in _VERBS if v[2]}

_MODALS = ("ska", "skall")
# a party committing itself ('Kommunen förbinder sig att ...', 'Kulturbron åtar sig att ...',
# 'X förpliktar sig att ...'): an agreement's way of saying 'ska', the commitment of the
# subject to what the infinitive after 'sig att' says
_COMMIT_VERBS = frozenset(("forbinder", "atar", "forpliktar"))
# a party's name before such a verb: a few words ('Rangsby församling'), not a clause
_PARTY_WORDS = 4


def _commitment_at(bare: list[str], j: int) -> int:
    """Length of the commitment phrase at bare[j] ('ska' 1, 'kommer att' 2, 'kommer därför
    att' 3, 'förbinder sig att' 3), 0 for none."""
    if bare[j] in _MODALS:
        return 1
    if bare[j] == "kommer":
        # a sentence adverb may stand between 'kommer' and 'att' ('X kommer därför / också
        # att ...'), as between 'ska' and its verb
        after = _att_after_adverbs(bare, j + 1)
        return after - j if after is not None else 0
    if bare[j] in _COMMIT_VERBS and bare[j + 1:j + 3] == ["sig", "att"]:
        return 3
    return 0
# adverbs that may stand between 'ska' and its verb, or alone before the verb ('Därför ...')
_ADVERBS = frozenset("ocksa aven dessutom darfor vidare dartill darutover framover fortsattningsvis "
                     "aktivt regelbundet arligen gemensamt".split())
# an adverbial opening the sentence: a preposition or a time word before the verb ('år',
# folded, is 'är': a clause word)
_OPENERS = frozenset("fran under inom i pa genom efter till med for infor senast varje hosten "
                     "varen sommaren vintern lasaret tillsammans".split())
# the first part is a clause, not a subject or an adverbial, when it holds one of these
_CLAUSE_WORDS = frozenset("som har hade ar var finns fanns blir blev kan kunde ska skall maste bor "
                          "att nar da om eftersom men medan innan dar vilket vilka".split())
# a sentence that places itself in the past or the present describes, it plans nothing
_NOT_NEW_RE = re.compile(r"\b(?:i\s+dag|idag|redan|sedan|tidigare|hittills|fortfarande|numera|"
                         r"nulaget|for\s+narvarande|traditionellt)\b")
# a doer said to have a plan of its own for the work ('… ordnas av välfärdsområdet, som har en
# egen plan för integrationen', 'X gör det enligt sin egen plan'): the work is that plan's,
# written and followed up there -- no action of this programme (forty-eighth blind set);
# so is work done by the body's own routines or guidelines ('Välfärdsområdets rådgivning
# följer upp barnens hälsa enligt sina egna rutiner', fifty-seventh set)
_OWN_PLAN_RE = re.compile(r"\b(?:har|i|enligt|inom)\s+(?:en|ett|sin|sitt|sina)\s+(?:egen|eget|egna)\s+"
                          r"\w*(?:plan|program|strategi|rutin|riktlinje)\w*")
# a commitment to the future ('kommer att', 'ska') and 'redan' opening a time in it ('redan
# under det första samtalet', 'redan vid inflyttningen'): 'as early as', a time of the action
# to come, not something that exists already
_FUTURE_RE = re.compile(r"\b(?:kommer\s+att|ska|skall)\b")
_AS_EARLY_AS_RE = re.compile(r"\bredan\s+(?=(?:under|vid|i|fran|pa|innan|fore)\b)")
# a Swedish infinitive ends in a vowel ('ordna', 'ge', 'arbeta'); a name or a noun mostly not
# -- but a noun's definite plural does ('invånarna', 'eleverna', 'skolorna': '-arna', '-erna',
# '-orna', as no infinitive ends), so 'ska stadsplaneringen höra invånarna …' has its verb in
# 'höra', not in the object after it (seventy-first set)
_INFINITIVE_RE = re.compile(r"(?![a-z]{3,}[aeo]rna$)[a-z]+[aeiouy]")


def known_infinitive(word: str) -> bool:
    """Whether a word is the infinitive of one of the verbs of doing (`_VERBS`: 'Ordna',
    'Starta', 'Kartlägga'), diacritics and case aside; a particle verb by its first word."""
    return any(kind == "infinitive" for kind, _ in _FORMS_BY_FIRST.get(fold(word).lower().strip(".,;:"), ()))


def reads_as_infinitive(word: str) -> bool:
    """Whether a folded, lower-case word ends as an infinitive does (in a vowel)."""
    return _INFINITIVE_RE.fullmatch(word) is not None


# a closing clause of result after a comma ('..., så att rätt stöd kan sättas in')
_SO_THAT_RE = re.compile(r",\s+så\s+att\s+")


def _without_as_early_as(bare: str) -> str:
    """The folded sentence without a 'redan' that opens a time of a future action."""
    return _AS_EARLY_AS_RE.sub("", bare) if _FUTURE_RE.search(bare) else bare


# a pronoun or demonstrative refers back to something described before ('De erbjuds
# dessutom ...'); 'man' is anyone
_PRONOUNS = frozenset("de den det detta dessa denna han hon man dom".split())
_NEGATIONS = frozenset(("inte", "ej", "aldrig"))
_COOP_RE = re.compile(rf"\b{COOP_PHRASE}\s+", re.I)
_COMPANY = frozenset(("rf", "ry", "ab", "oy", "r.f."))
# an article after 'i samarbete med X' starts the object of the sentence, not another name
_ARTICLES = frozenset(("en", "ett", "de", "den", "det"))

@dataclass
class ProseAction:
    text: str  # the sentence without its final full stop
    responsible: list[str]
    partners: list[str]
    schedule: str | None
    start_year: int | None
    end_year: int | None
    # the whole sentence when a clause of its own was cut off `text` (', och handledarna får
    # ...'): writers differ on whether it belongs to the measure (Measure.printed)
    printed: str | None = None
    # the sentence commits someone to act ('kommer att', 'ska'), as against one in the plain
    # present ('Materialet uppdateras varje år'), which may tell how something is done
    commits: bool = False
    # the action a committing sentence names, from its verb on ('ordna mobil rådgivning i
    # Kvarnsund ...' of 'Samkommunen kommer därför att ordna mobil rådgivning i Kvarnsund
    # ...'): the doer is in `responsible`; None for a sentence in the present or one whose
    # subject names no actor and is not 'vi'. Writers split on
    # whether the measure is the sentence or this part (tests/data/blind_programs/README.md)
    clause: str | None = None
    # the doer named as the passive's agent ('… ordnas av X'): the sentence says who does it
    by_agent: bool = False


def _bare(token: str) -> str:
    return fold(token).strip(".,;:!?()\"'”“")


def _forms_by_first_word() -> dict[str, list[tuple[str, str | None]]]:
    """Each verb form's first word -> [(kind, its particle or None)], active before passive
    before infinitive: _verb_at looks up the word it stands on instead of trying every form."""
    out: dict[str, list[tuple[str, str | None]]] = {}
    for table, kind in ((_ACTIVE, "active"), (_PASSIVE, "passive"), (_INFINITIVE, "infinitive")):
        for form in table:
            first, *rest = form.split()
            out.setdefault(first, []).append((kind, rest[0] if rest else None))
    return out


_FORMS_BY_FIRST = _forms_by_first_word()


def _verb_at(bare: list[str], i: int) -> str | None:
    """'active' | 'passive' | 'infinitive' for a verb of doing at position i (a particle
    verb with its particle right after it, perhaps after one word), else None."""
    for kind, particle in _FORMS_BY_FIRST.get(bare[i], ()):
        if particle is None or particle in bare[i + 1:i + 3] or _after_dated_adverbial(bare, i, particle):
            return kind
    return None


# a year closing a time adverbial ('från och med 2026')
_YEAR_TOKEN_RE = re.compile(rf"^{YEAR}(?:[–-](?:19|20)?\d{{2}})?$")


def _after_dated_adverbial(bare: list[str], i: int, particle: str) -> bool:
    """The particle follows a time adverbial put between it and its verb, which ends in a
    year ('Kulturtjänsterna delar från och med 2026 ut ...', 'tar under 2026 fram'):
    Swedish puts a short adverbial before the particle, and the year closes it."""
    for k in range(i + 2, min(i + 7, len(bare))):
        if bare[k] == particle and _YEAR_TOKEN_RE.match(bare[k - 1]):
            return True
    return False


def _modal_before(bare: list[str], i: int) -> int | None:
    """Index of 'ska' / 'skall' / 'kommer (att)' before the infinitive at i, with adverbs
    between; None without one."""
    j = i - 1
    while j >= 0 and bare[j] in _ADVERBS:
        j -= 1
    if j >= 0 and bare[j] in _MODALS:
        return j
    if j >= 1 and bare[j] == "att":
        # 'kommer att', perhaps with adverbs between ('kommer därför att')
        k = j - 1
        while k >= 1 and bare[k] in _ADVERBS:
            k -= 1
        if bare[k] == "kommer":
            return k
    if j >= 2 and bare[j] == "att" and bare[j - 1] == "sig" and bare[j - 2] in _COMMIT_VERBS:
        return j - 2
    return None


def _subject_after(toks: list[str], bare: list[str], start: int) -> list[str] | None:
    """The doer right after the verb of an inverted clause ('Därför inför kommunen ...'):
    [] for 'vi', the actor's name, or None when no actor stands there."""
    if start < len(bare) and bare[start] == "vi":
        return []
    for stop in range(start + 1, min(start + 5, len(toks) + 1)):
        phrase = " ".join(toks[start:stop]).strip(",;:")
        if names_actor(phrase) and not any(b in _CLAUSE_WORDS for b in bare[start:stop]):
            return split_names(phrase)
    return None


# the longest purpose clause read as the opening adverbial ('för att nå detta mål')
_PURPOSE_WORDS = 6


def _first_part(bare: list[str]) -> str | None:
    """What stands before the verb: 'vi', 'np' (a noun phrase, perhaps an actor) or
    'adverbial'; None for a clause or nothing."""
    if bare[:2] == ["for", "att"] and 3 <= len(bare) <= _PURPOSE_WORDS \
            and not any(b in _CLAUSE_WORDS for b in bare[2:]):
        # a purpose clause put first ('För att nå dit ska medborgarinstitutet erbjuda ...'):
        # an adverbial, so the subject follows the verb as after 'Därför'
        return "adverbial"
    if not bare or any(b in _CLAUSE_WORDS for b in bare):
        return None
    if bare == ["vi"]:
        return "vi"
    if bare[0] in _PRONOUNS:
        return None  # 'De erbjuds ...', 'Detta mål stöds av ...': about something named before
    if bare[0] in _OPENERS or (len(bare) == 1 and bare[0] in _ADVERBS):
        return "adverbial"
    return "np" if len(bare) <= 6 else None


def partners_in(sentence: str) -> list[str]:
    """The actors after 'i samarbete med' / 'tillsammans med': names (capitalised words, a
    word after a genitive, 'rf'), organisations by their head word, joined by 'och' / 'samt';
    the object of the sentence that follows is no partner ('... med kommunen
    hälsoinformation för ...')."""
    out: list[str] = []
    for m in _COOP_RE.finditer(sentence):
        words: list[str] = []
        for tok in sentence[m.end():].split():
            w = tok.rstrip(".,;:")
            is_name = (w[:1].isupper() or _bare(w) in _COMPANY or names_actor(w)
                       or (words and words[-1].endswith("s") and words[-1][:1].isupper()))
            if is_name and _bare(w) not in _ARTICLES:
                words.append(w)
            elif _bare(w) in ("och", "samt") and words:
                words.append(w)
            else:
                break
            if tok != w:
                break  # a comma or the full stop ends the name
        while words and _bare(words[-1]) in ("och", "samt"):
            words.pop()
        if words:
            out += split_names(" ".join(words))
    return out


def dated_schedule(sentence: str) -> tuple[str | None, int | None, int | None]:
    """The first time phrase with a year (schedule.dated_phrase: 'från hösten 2025', 'år 2026',
    'under 2026', 'Q1 2026'); in running text a phrase without one ('varje år', 'två gånger
    per år', 'fortlöpande') says how often the verb happens, not when the measure is due."""
    m = dated_phrase(sentence)
    return parse_schedule(squash(m.group(0))) if m else (None, None, None)


def _doer(first: str, kind: str, head: str, toks: list[str], bare: list[str],
          after: int) -> tuple[list[str], list[str]] | None:
    """(responsible, partners) named before or right after the verb; None when the clause
    names no doer it may have."""
    if kind == "passive":
        # 'Kurser ordnas ...': nobody named ('Vi ordnas' is no sentence)
        return None if first == "vi" else ([], [])
    if first == "vi":
        return [], []
    if first == "np":
        return split_actors(head) if names_actor(head) else None
    # an adverbial first: the doer stands right after the verb ('Därför inför kommunen ...');
    # after 'ska' it stands between 'ska' and the verb, which is not read
    if kind != "active":
        return None
    who = _subject_after(toks, bare, after)
    return None if who is None else (who, [])


# verbs after 'Vi ska' that state a condition or an ability, not something done: 'Vi ska
# vara ...', 'Vi ska kunna ...', 'Vi ska alla känna oss hemma' (a vision)
_STATE_VERBS = frozenset("vara ha bli finnas kunna kanna ma fa veta tro tycka hoppas vilja behova".split())
# a quantifier floating after the subject ('Vi ska alla ...', 'Vi ska båda ...')
_FLOATING = frozenset("alla bada samtliga sjalva gemensamt".split())
_REFLEXIVES = frozenset(("oss", "sig", "mig", "dig", "er"))


def _after_time_phrase(toks: list[str], k: int) -> int:
    """Index after a time phrase opening at k ('från och med hösten 2023 erbjuda ...', 'vid
    behov ordna ...', any phrase of schedule's vocabulary), or k."""
    rest = " ".join(toks[k:])
    m = opens_with_time(rest)
    return k + len(rest[:m.end()].split()) if m and m.end() else k


def _inverted_subject(toks: list[str], bare: list[str], k: int) -> tuple[tuple[list[str], list[str]], int] | None:
    """((responsible, partners), index after it) of the subject standing right after 'ska'
    in an inverted clause ('... ska kommunen ordna', '... ska vi ordna'), or None.

    The doer is a name (`names_actor`) followed by the infinitive, perhaps after sentence
    adverbs ('ska skolan också ordna …') or an inserted adverbial ('ska skolan i samarbete
    med X anordna …'), on which the name does not end. A verb of doing (`_VERBS`) right after
    it is read first (the shortest name before it); else any infinitive right after it, so
    that 'ska' after an adverbial and a doer is a commitment whatever the verb, as `_will`
    reads 'X ska <verb>' ('Därför ska biblioteket fortsätta med …': the longest name before
    a word ending as an infinitive, 'kommunens skola fortsätta'); else one after an inserted
    adverbial (the shortest name)."""
    if k < len(bare) and bare[k] == "vi":
        return ([], []), k + 1
    doing = after_adverbial = None
    other: tuple[tuple[list[str], list[str]], int] | None = None
    for stop in range(k + 1, min(k + 5, len(toks))):
        phrase = " ".join(toks[k:stop]).strip(",;:")
        if (bare[stop - 1] in _ADVERBS or bare[stop - 1] in _OPENERS or bare[stop - 1] in ("och", "samt")
                or _COOP_RE.search(phrase) or any(b in _CLAUSE_WORDS for b in bare[k:stop])
                or not names_actor(phrase)):
            continue
        j = stop
        while j < len(bare) and (bare[j] in _ADVERBS or bare[j] in _FLOATING):
            j += 1
        if j >= len(bare):
            break
        if _verb_at(bare, j) == "infinitive":
            doing = (split_names(phrase), []), stop
            break
        if (toks[j][:1].islower() and reads_as_infinitive(bare[j])
                and bare[j] not in _STATE_VERBS and bare[j] not in _NEGATIONS):
            other = (split_names(phrase), []), stop
            continue
        v = _after_inserted_adverbial(toks, bare, j)
        if after_adverbial is None and v != j and v < len(bare) and _verb_at(bare, v) == "infinitive":
            after_adverbial = (split_names(phrase), []), stop
    return doing or other or after_adverbial


def _inverted_commitment(toks: list[str], bare: list[str], before: int) -> tuple[tuple[list[str], list[str]], int] | None:
    """((responsible, partners), index after 'att') of 'kommer <subject> att' after an
    adverbial, standing before index `before` ('Dessutom kommer integrationsenheten att ta
    fram ...', 'Under 2026 kommer vi också att ...'): Swedish puts the subject after the
    finite verb when an adverbial opens the clause, and for 'kommer att' that verb is
    'kommer'; None for any other sentence."""
    for p in range(1, before):
        if bare[p] != "kommer" or _first_part(bare[:p]) != "adverbial":
            continue
        if bare[p + 1:p + 2] == ["vi"]:
            who: tuple[list[str], list[str]] = ([], [])
            k = p + 2
        else:
            stop = next((s for s in range(p + 2, min(p + 6, len(toks) + 1))
                         if names_actor(" ".join(toks[p + 1:s]).strip(",;:"))
                         and not any(b in _CLAUSE_WORDS for b in bare[p + 1:s])
                         and _att_after_adverbs(bare, s) is not None), None)
            if stop is None:
                continue
            who, k = (split_names(" ".join(toks[p + 1:stop]).strip(",;:")), []), stop
        after = _att_after_adverbs(bare, k)
        if after is not None:
            return who, after
    return None


def _att_after_adverbs(bare: list[str], k: int) -> int | None:
    """Index after an 'att' at k, sentence adverbs before it allowed ('också att'), or None."""
    while k < len(bare) and bare[k] in _ADVERBS:
        k += 1
    return k + 1 if bare[k:k + 1] == ["att"] else None


# the longest adverbial read between 'ska' and its verb ('ska i sina bidragsregler ge ...')
_INSERTED_MAX = 4


def _after_inserted_adverbial(toks: list[str], bare: list[str], k: int) -> int:
    """Index after an adverbial standing between 'ska' and its verb, or k. Swedish puts a
    clause adverbial there ('ska tillsammans med näringslivsenheten besöka ...', 'ska i sina
    bidragsregler ge ...'): 'tillsammans med' / 'i samarbete med' and the partner's name, or a
    phrase opened by a preposition, up to `_INSERTED_MAX` words, when a verb of doing follows
    it (`_VERBS`: without the verb nothing tells where the phrase ends)."""
    m = _COOP_RE.match(" ".join(toks[k:]))
    if m:
        j = k + len(m.group(0).split())
        named = 0
        while j < len(toks) and named < _INSERTED_MAX and re.fullmatch(r"[a-zåäö]+", bare[j] or "-") is not None:
            # the partner's name: words up to the infinitive ('besöka'): a name ends in no vowel
            # of an infinitive, so stop at the first word that reads as one
            if named and reads_as_infinitive(bare[j]):
                return j
            j += 1
            named += 1
        return k
    if k < len(bare) and bare[k] in _OPENERS and bare[k] != "tillsammans":
        for j in range(k + 1, min(k + 1 + _INSERTED_MAX, len(bare))):
            if bare[j] in _CLAUSE_WORDS or toks[j - 1].endswith((",", ";", ":")):
                return k
            if _verb_at(bare, j) == "infinitive":
                return j
    return k


def _committed_subject(toks: list[str], bare: list[str], p: int) -> tuple[tuple[list[str], list[str]], int] | None:
    """((responsible, partners), index after the commitment) of a clause whose commitment
    ('ska', 'kommer att', 'förbinder sig att') stands at p, with its subject before it or,
    after an adverbial, right after 'ska'; None when no doer it may have stands there."""
    k = p + _commitment_at(bare, p)
    if bare[:p] == ["vi"]:
        return ([], []), k
    first = _first_part(bare[:p])
    if first == "np" and (names_actor(" ".join(toks[:p]))
                          or (bare[p] in _COMMIT_VERBS and p <= _PARTY_WORDS)):
        # a named unit as the subject ('Medborgarinstitutet kommer att ...'): it answers for it
        # ... and whoever 'förbinder sig' / 'åtar sig' is a party by the verb itself, a name
        # the actor vocabulary need not know ('Kulturbron åtar sig att ...')
        return split_actors(" ".join(toks[:p])), k
    if first == "adverbial" and bare[p] in _MODALS:
        # an adverbial first puts the subject after 'ska' (Swedish verb-second order:
        # 'Tillsammans med församlingen ska kommunen ordna ...')
        return _inverted_subject(toks, bare, k)
    return None


def _will(toks: list[str], bare: list[str]) -> tuple[tuple[list[str], list[str]], int] | None:
    """'Vi ska (från hösten 2023) erbjuda ...', 'Kultur- och fritidsnämnden kommer att
    reservera ...': the writers, or a unit they name, commit to act, whatever the verb. First
    person plural or a subject naming an actor (`actors.names_actor`: the responsible), then
    'ska' / 'skall' / 'kommer att'; the verb after adverbs and a time phrase is no verb of
    state or ability ('vara', 'kunna', 'känna'), not negated, not reflexive ('Vi ska alla
    känna oss hemma' is a vision). The past ('Vi skulle ...', 'lovade vi att ...') is no such
    sentence. Returns ((responsible, partners) as the subject names them (nobody for 'Vi'),
    the index of the infinitive), else None."""
    p = next((j for j in range(len(bare)) if _commitment_at(bare, j)), None)
    found = _inverted_commitment(toks, bare, len(bare) if p is None else p)
    if found is None and p:
        found = _committed_subject(toks, bare, p)
    if found is None:
        return None
    who, k = found
    while True:
        nxt = _after_time_phrase(toks, k)
        while nxt < len(bare) and (bare[nxt] in _ADVERBS or bare[nxt] in _FLOATING):
            nxt += 1
        nxt = _after_inserted_adverbial(toks, bare, nxt)
        if nxt == k:
            break
        k = nxt
    if k >= len(bare) or bare[k] in _NEGATIONS or bare[k] in _STATE_VERBS:
        return None
    if bare[k:k + 3] == ["se", "till", "att"]:
        return None  # 'Kommunen ska se till att alla har ...': a state to be ensured, a requirement
    if not reads_as_infinitive(bare[k]):
        return None  # an infinitive ends in a vowel ('ordna', 'ge'); not 'inte', not a noun
    return None if any(b in _REFLEXIVES for b in bare[k + 1:k + 3]) else (who, k)


# a main clause of its own joined by a comma and 'och' ('..., och handledarna får en kort
# utbildning', '..., och vid behov används tolk'): Swedish sets no comma before the 'och' of a
# list, only before one that opens a new clause, which tells something besides the action
_AND_CLAUSE_RE = re.compile(r",\s+och\s+")


# the owner's clause after a semicolon closing an action sentence, in the passive with its
# agent: '…; utbildningen ordnas under 2025 av X' -- the thing done named back definitely, its
# s-passive verb, a time at most, then the agent
_OWNER_AGENT_RE = re.compile(r"^(?P<subj>[a-zåäö]+)\s+(?P<verb>[a-zåäö]+s)\s+(?:(?P<when>\S.*?)\s+)?av\s+(?P<who>\S.*)$")


def _semicolon_owner(text: str) -> tuple[str, list[str], list[str], str | None] | None:
    """(the action, responsible, partners, time) of a sentence whose last clause, after a
    semicolon, names who carries the action before it out: '…; ansvaret ligger hos X' (as the
    sentence of its own 'Ansvaret ligger hos X.' does, `lead_phrase.responsible_said`) or '…;
    kursen ordnas under 2025 av X' (the action named back as the passive's subject, its agent
    the doer). Else None."""
    from .lead_phrase import responsible_said  # (lead_phrase reads sentences with prose's words)

    head, sep, tail = text.rstrip(".").rpartition(";")
    head, tail = head.strip(), tail.strip()
    if not sep or len(head.split()) < 3 or not tail:
        return None
    who, when = responsible_said(tail), None
    if who is None:
        m = _OWNER_AGENT_RE.match(tail)
        if m is None or not m.group("subj").endswith(_DEFINITE_ENDS) or fold(m.group("verb")) not in _PASSIVE:
            return None
        who, when = m.group("who"), m.group("when")
        if when is not None and not time_only(when):
            return None
    resp, part = split_actors(who)
    if not resp or not all(names_actor(n) for n in resp + part):
        return None
    return head, dedupe_actors(resp), dedupe_actors(part), when


def prose_action(sentence: str) -> ProseAction | None:
    """The measure a sentence of running text states, or None (module docstring)."""
    text = squash(sentence)
    if not text or text.endswith(("?", ":")):
        return None
    if (owned := _semicolon_owner(text)) is not None \
            and (act := prose_action(owned[0])) is not None and not act.responsible:
        # 'Vi ordnar X; ansvaret ligger hos Y.': the action before the semicolon, its doer
        # the one the clause after it names (and its time, when the action gives none)
        _, resp, part, when = owned
        act.responsible = resp
        act.partners = dedupe_actors(act.partners + part)
        if when and act.schedule is None:
            act.schedule, act.start_year, act.end_year = parse_schedule(when)
            act.schedule = act.schedule or squash(when)
        act.printed = text.rstrip(".").strip()
        return act
    toks = text.split()
    bare = [_bare(t) for t in toks]
    said = " ".join(bare)
    if _NOT_NEW_RE.search(_without_as_early_as(said)) or _OWN_PLAN_RE.search(said):
        return None
    if (agent := _passive_agent(toks, bare)) is not None:
        # 'Läxhjälp för elever ordnas av biblioteket tillsammans med X varje vecka': the thing
        # done is the subject, the agent after 'av' its doer, the time closing the sentence
        # its schedule (the sentence as printed beside it)
        subject, resp, part, when = agent
        sched, start, stop = parse_schedule(when) if when else dated_schedule(subject)
        return ProseAction(text=subject, responsible=resp, partners=part, schedule=sched,
                           start_year=start, end_year=stop, printed=text.rstrip(".").strip(), by_agent=True)
    found = _verb_of_doing(text, toks, bare)
    will = _will(toks, bare)
    if found is None and will is not None:
        found = (*will[0], "infinitive", will[1])
    if found is None:
        return None
    responsible, partners, kind, at = found
    sched, start, stop = dated_schedule(text)
    whole = text.rstrip(".").strip()
    text = _action_part(text)
    # the doer kept apart (a named actor, or 'vi': the programme's writers), the action alone
    # says what is done; a subject that names no actor ('Handläggarna ska få utbildning')
    # stays in the text, which would not say who otherwise
    kept_apart = bool(responsible) or "vi" in bare[:at]
    clause = _action_part(" ".join(toks[at:])) if kind == "infinitive" and at > 0 and kept_apart else None
    tail_partners: list[str] = []
    if clause is not None and (tail := who_when_tail(clause)) is not None:
        # '..., i samarbete med X och Y, årligen 2025–2028': the action without the doer's
        # partners and time set off after it; the time so set off is the schedule, with a
        # year or without ('vår och höst')
        clause, tail_partners, tail_time = tail
        if tail_time and (sched is None or squash(sched) != squash(tail_time)):
            sched, start, stop = parse_schedule(tail_time)
            sched = sched or tail_time
    # (the partners set off whole, 'Företagarna i X och Y', else those the phrase reads)
    partners = partners + (tail_partners or partners_in(text))
    return ProseAction(text=text, responsible=dedupe_actors(responsible),
                       partners=dedupe_actors(partners), schedule=sched,
                       start_year=start, end_year=stop, printed=whole if whole != text else None,
                       commits=kind == "infinitive", clause=clause)


# a particle of a particle verb between the s-passive and its agent ('tas fram av X')
_PARTICLES = frozenset(("fram", "upp", "ut", "in", "igang"))


def _passive_agent(toks: list[str], bare: list[str]) -> tuple[str, list[str], list[str], str | None] | None:
    """(subject, responsible, partners, time) of a main clause in the s-passive with its agent
    ('<thing> ordnas / görs / erbjuds / reserveras av X [tillsammans med Y] [<time>]'): the
    subject a thing named indefinitely, as a new action is ('Ett välkomstsamtal med varje ny
    familj', 'Språkduschar i alla daghem'; a definite one, 'Kursen ordnas av X', names back
    a thing said before, `lead_phrase.owner_said_after`), no clause in it; the agent names
    actors and nothing but a time follows them. Else None."""
    from .lead_phrase import split_time  # (lead_phrase reads sentences with prose's words)

    at = next((k for k in range(1, min(len(bare), _AGENT_SUBJECT_WORDS + 1))
               if len(bare[k]) > 3 and bare[k].endswith("s") and toks[k][:1].islower()
               and (bare[k + 1:k + 2] == ["av"] or (bare[k + 1:k + 2] and bare[k + 1] in _PARTICLES
                                                    and bare[k + 2:k + 3] == ["av"]))), None)
    if at is None or not toks[0][:1].isupper():
        return None
    cut = at
    if bare[at - 1] in ("ska", "skall") or bare[max(0, at - 2):at] == ["kommer", "att"]:
        # '<thing> ska ordnas av X' / 'kommer att ordnas av X': the planned passive
        cut = at - (1 if bare[at - 1] in ("ska", "skall") else 2)
    subject = bare[:cut]
    if not subject:
        return None
    if subject[0] in _PRONOUNS or any(b in _CLAUSE_WORDS - {"om"} for b in subject) \
            or (subject[0] not in ("en", "ett") and subject[0].endswith(_DEFINITE_ENDS)):
        return None
    j = at + (2 if bare[at + 1] in _PARTICLES else 1)
    who, when = split_time(" ".join(toks[j + 1:]).rstrip(".").strip())
    resp, part = split_actors(who)
    if not resp or not all(names_actor(n) for n in resp + part):
        return None
    return " ".join(toks[:cut]).strip(), dedupe_actors(resp), dedupe_actors(part), when


# a subject of a few words at most before the passive; a definite noun first ('Kursen',
# 'Programmet', 'Arbetet') names something already known, not a new action
_AGENT_SUBJECT_WORDS = 14
_DEFINITE_ENDS = ("en", "et", "na", "an")  # ('Frågan', 'Skolan': -n after a vowel)


# the partners set off by a comma after the action ('ordna X, i samarbete med Y och Z, 2026'):
# the comma ends what is done, the phrase and the time after it say with whom and when
_AND_RE = re.compile(r"\s+(?:och|samt)\s+")
_SET_OFF_COOP_RE = re.compile(rf",\s+{COOP_PHRASE}\s+(?P<who>[^,]+?)\s*(?:,\s*(?P<time>[^,]+?))?\s*\.?\s*$", re.I)


def who_when_tail(clause: str) -> tuple[str, list[str], str | None] | None:
    """(the action, the partners, the time) of a commitment's action part followed by the
    doer's partners set off by a comma and / or a closing time: 'ordna en kurs varje termin,
    i samarbete med X, från hösten 2025' -> ('ordna en kurs varje termin', ['X'], 'från
    hösten 2025'); 'erbjuda X, löpande' -> ('erbjuda X', [], 'löpande'); 'ge stöd i alla
    daghem fr.o.m. augusti 2025' -> ('ge stöd i alla daghem', [], 'fr.o.m. augusti 2025').
    A time set off by a comma may be any time ('vår och höst', 'årligen i november'); one
    closing the action without a comma only a dated one ('fr.o.m. augusti 2025', 'under
    2026'), since 'varje termin' there says how often the thing is done. None when nothing
    closes the action so."""
    text = clause.rstrip(".").strip()
    partners: list[str] = []
    time: str | None = None
    m = _SET_OFF_COOP_RE.search(text)
    if m is not None and (m.group("time") is None or time_only(m.group("time"))):
        # (the names split at 'och' / 'samt' as a list of partners is, then each as a cell)
        partners = [n for part in _AND_RE.split(m.group("who")) for n in split_actors(part, "partners")[1]]
        if not partners:
            return None
        text, time = text[:m.start()].rstrip(), m.group("time")
    elif "," in text and (time_only(last := text.rsplit(",", 1)[1].strip())
                          or _WHEN_CLAUSE_RE.match(last)):
        # (a closing clause of time set off as well: 'ordna X, när minst fyra anmäler sig' --
        # the occasion the action waits for, when it is done)
        text, time = text.rsplit(",", 1)[0].rstrip(), last
    else:
        d = dated_phrase(text)
        if d is None or d.end() != len(text) or not time_only(d.group(0)) or d.start() == 0 \
                or _bare(text[:d.start()].split()[-1]) in _TIME_OBJECT_WORDS:
            return None
        text, time = text[:d.start()].rstrip(" ,"), d.group(0)
    if len(text.split()) < 2:
        return None
    return text, partners, squash(time) if time else None


# a subordinate clause of time closing the action after a comma ('när det finns minst fyra
# elever', 'så snart lokalen är klar', 'efter att kursen slutat')
_WHEN_CLAUSE_RE = re.compile(r"^(?:när|så\s+snart|så\s+fort|efter\s+att|innan|allteftersom)\s+\w+\s+\w+", re.I)


# a dated phrase after these names the thing's period, not the action's time ('en plan för
# 2026', 'inför läsåret 2026–2027' is kept: 'inför' is a time)
_TIME_OBJECT_WORDS = frozenset(("for", "om", "av", "over"))


def _action_part(text: str) -> str:
    """The text without a closing clause of result (', så att rätt stöd kan sättas in': what
    the action leads to, no part of what is done), a main clause joined by ', och', and the
    final full stop."""
    text = _SO_THAT_RE.split(text, maxsplit=1)[0]
    return _AND_CLAUSE_RE.split(text, maxsplit=1)[0].rstrip(".").strip()


def _verb_of_doing(text: str, toks: list[str], bare: list[str]) -> tuple[list[str], list[str], str, int] | None:
    """(responsible, partners, the verb's form: 'active' | 'passive' | 'infinitive' after
    'ska' / 'kommer att', the verb's index) of a main clause whose verb is a verb of doing
    (`_VERBS`) with a doer it may have, else None."""
    for i in range(len(bare)):
        kind = _verb_at(bare, i)
        carries_on = kind is None and bare[i] == "fortsatter" and bare[i + 1:i + 2] in (["att"], ["med"])
        if carries_on:
            kind = "active"
        if kind is None:
            continue
        modal = _modal_before(bare, i)
        if kind == "infinitive" and modal is None:
            continue  # 'att ordna ...' after another verb: no verb of its own clause
        end = i if modal is None else modal
        if any(b in _NEGATIONS for b in bare[end + 1:i + 3]):
            return None
        if bare[i + 1:i + 2] == ["sig"]:
            continue  # a reflexive states what something is ('grundar sig på lagen')
        first = _first_part(bare[:end])
        if first is None or (carries_on and first == "adverbial"):
            # carrying on with work ('Skolan fortsätter att ge ...', 'Vi fortsätter med
            # läxhjälpen'): its doer's decision to keep it, as starting it is -- with the doer
            # before the verb only; after an adverbial ('Inom X fortsätter också Y') a thing
            # goes on by itself
            continue
        doer = _doer(first, kind, " ".join(toks[:end]), toks, bare, i + 1)
        if doer is None:
            continue
        return doer[0], doer[1], kind, i
    return None
