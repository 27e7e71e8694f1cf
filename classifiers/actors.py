"""Actors: splitting responsible/partner cells into names, and one canonical name per actor.

Splitting (`split_actors`):
- "X i samarbete med Y" / "X tillsammans med Y" -> responsible X, partner Y;
- a cell's lines are names when they are not wraps of each other (see text.is_wrap);
- a line is a list on commas, "och" and "samt", except where Swedish syntax says it is
  one name: a comma pair whose left part is an organisation ("Borgå stad, koncerntjänsterna",
  "Sektorn för fostran och utbildning, Kompetenscentret ..."), an "och"/"samt" inside a
  prepositional phrase ("tjänsterna för barn och familjer") or in a compound
  ("Kultur- och fritidssektorn"), or after a lone genitive ("Stadskansliets samt ..."), or
  before an indefinite conjunct ("X och en styrgrupp som ...", "organisationer och
  föreningar": one described group); a comma before an organisation of the same or a higher
  level ("... planeringsavdelning, Stadsmiljösektorn") or before an indefinite group lists
  two actors;
- a predicate is cut off: "invandrartjänsterna har ett särskilt ansvar" -> "invandrartjänsterna".

Canonical names (`actor_key`, `ActorRegistry`): case, diacritics and Swedish definite/plural
endings are folded into a key ('Integrationsservicen' ~ 'integrationsservice',
'TNO-tjänsterna' ~ 'TNO-tjänsten'); keys within a small edit distance (OCR variants) join
one actor. The warehouse fills `actors` / `measure_actors` from a registry.
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from .headers import label_role
from .label_vocab import COOP_EXTRA, COOP_LEAD, COOP_NOUNS, COOP_PHRASE, PARTNER_LABELS, PARTNER_NOUNS, RESPONSIBLE_LABEL, alt
from .checklist_items import deadline_tail
from .dot_leaders import leader_tail
from .schedule import opens_with_time, opens_with_times
from .text import DASH_ONLY_RE, LEGAL_FORMS, fold, squash
from .ticked_actors import ticked_names

# (a partner's abbreviation in brackets of its own inside them, '(i samarbete med Ålands
# arbetsmarknads- och studieservicemyndighet (AMS))', stays with the partner's name)
_COOP_PAREN_RE = re.compile(
    rf"\s*\(\s*({COOP_PHRASE}\s+(?:[^()]|\([^()]*\))+?)\s*\)", re.I)
# ... also opening the text: '(i samarbete med Y)' closing an action names partners only, and
# no responsible 'i samarbete med Y'
_BARE_COOP_RE = re.compile(rf"\s*[;,]\s*{alt(COOP_NOUNS, forms=False)}\s+med\s+", re.I)
# ... or with the word cut short, as a narrow cell writes it: 'NÄR 51 (samarb. KANS 12)',
# '(samarb. med Y)', '(i samarb. m. Y)' -- the partners in brackets all the same
_SHORT_COOP_PAREN_RE = re.compile(
    r"\s*\(\s*(?:i\s+)?samarb\.\s*(?:(?:med|m\.)\s+)?([^()]+?)\s*\)", re.I)
# ... or as a labelled field in the bracket, 'Sysselsättningsenheten (samarbete: Vamia)',
# 'X (samarbetspartner: Y, Z)': the label names what the names after it are, the partners
_LABELLED_COOP_PAREN_RE = re.compile(
    rf"\s*\(\s*(?:{alt(PARTNER_LABELS)}|stöd)\s*:\s*([^()]+?)\s*\)", re.I)
# ... or the label after the doer's comma, as a spreadsheet cell writes it: 'Biblioteket,
# stöd: Röda Korset' ('stöd': who supports the doer, a partner as 'med stöd av Y' names one),
# or after a slash, a dash or a line break, as a cell giving both roles labelled writes it
# ('Ansvarig: X / Stöd: Y, Z', 'Ansvar: X – Medverkande: Y', 'Ansvarig: X' / 'Samarbete: Y'
# on two lines: sixty-third set); the supporting and taking-part labels ('Stödjande part:',
# 'Medverkar:') name partners as 'Samarbete:' does
_PARTNER_PART_LABEL = (rf"(?:{alt(PARTNER_LABELS)}|stöd(?:jande|jer)?(?:\s+(?:part(?:er)?|aktör(?:er)?))?"
                       r"|medverka(?:nde|r)?|deltar|deltagare)")
# ... or after the full stop closing the doer's field, as a cell writing both roles as two
# sentences has it ('Ansvar: X. Samarbete: Y, Z')
_LABELLED_COOP_RE = re.compile(rf"(?:\s*[,;/]|\s+[–—]|\s*\n|\.\s+)\s*{_PARTNER_PART_LABEL}\s*:\s*"
                               # ... or, after the doers' semicolon, the noun that names a partner
                               # body standing before the names without a colon ('Ansvar: X;
                               # samarbetspartner Y och Z'): all the names after it are partners
                               rf"|\s*;\s*{alt(PARTNER_NOUNS)}\s+(?=\S)", re.I)
# ... and a field labelled after the doer the same way whose label names no actor: a time
# ('Ansvarig: X / Tid: 2025', 'Ansvar: X – Tidtabell: hösten 2026', 'X' / 'När: våren 2027')
# or a meter -- its value no name; a time is the row's schedule (`labelled_field_tail`)
_FIELD_AFTER_DOER_RE = re.compile(
    r"(?:\s*[,;/]|\s+[–—]|\s*\n)\s*(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*:\s*")
_NON_ACTOR_FIELD_ROLES = ("schedule", "indicator", "goal", "measure")


def labelled_field_tail(value: str) -> tuple[str, str | None]:
    """(the cell without its fields labelled by no actor, the time one of them names):
    'Ansvarig: X / Tidtabell: hösten 2026' -> ('Ansvarig: X', 'hösten 2026'). A field runs to
    the next labelled field or the cell's end; a partner field after it stays. Only after a
    doer: a cell opening with such a label is the field's own."""
    text, when, pos = value, None, 0
    while m := _FIELD_AFTER_DOER_RE.search(text, pos):
        role = label_role(m.group("label"))
        if role not in _NON_ACTOR_FIELD_ROLES or not text[:m.start()].strip():
            pos = m.end()
            continue
        nxt = _FIELD_AFTER_DOER_RE.search(text, m.end())
        end = nxt.start() if nxt else len(text)
        field = squash(text[m.end():end]).rstrip(".;,")
        if role == "schedule" and when is None and field:
            when = field
        text, pos = text[:m.start()] + text[end:], m.start()
    return text.strip() if text != value else value, when


# a responsible label opening the cell before the doer ('Ansvarig: X / Stöd: Y', 'Huvudansvar:
# X'): the label of the cell's first part, no part of the name
_OPENING_RESPONSIBLE_LABEL_RE = re.compile(rf"^\s*{RESPONSIBLE_LABEL}\s*:\s*(?=\S)", re.I)
# a lone consonant opening a line before a comma: the last letter of the name above, which a
# cell too narrow for it broke off ('Fritidsbyrå' / 'n, stöd: ...'); no Swedish word is a lone
# consonant. (Not yet at the cell's end: 'Familjecenterverksamhe' / 't' closing a cell of the
# golden vasa scan would be joined too, a change of its expected output left to decide.)
# 'Biblioteket i samarbete' / 'med Prästnäs Marthaförening': a narrow cell wrapped inside the
# phrase that joins doer and partner; the phrase is one, no line ends a name there
_WRAPPED_COOP_RE = re.compile(rf"\b{COOP_LEAD}\s*\n\s*med\b|\bi\s*\n\s*{alt(COOP_NOUNS, forms=False)}\s+med\b", re.I)
_BROKEN_LAST_LETTER_RE = re.compile(r"(?<=[a-zåäö])\s*\n\s*([bcdfghjklmnpqrstvwxz])(?=\s*[,;])")
# ... or with a plus sign, as a slide or a narrow column shortens it: 'Bildningsväsendet (+
# Marthaföreningen)', under a header 'Ansvar (+ partner)' -- the one added to the doer
_PLUS_PAREN_RE = re.compile(r"\s*\(\s*\+\s*([^()+]+?)\s*\)")
# ... or with 'med' alone, as a narrow 'Vem ansvarar' column shortens 'i samarbete med':
# 'Biblioteket (med Folkhälsan)' -- the one the doer works with (not 'med stöd av', a
# supporter named by `_COOP_RE` as it stands)
_WITH_PAREN_RE = re.compile(r"(?<=\S)\s*\(\s*med\s+(?!stöd\b)([^()]+?)\s*\)", re.I)
# ... or as a label of its own, 'med:' after the doer (on the cell's next line, as a narrow
# 'Ansvarig' column gives the partner a line: 'Biblioteket' / 'med: Röda Korset'; forty-second
# set): the label names the one the doer works with -- a name has no colon after 'med'
_WITH_LABEL_RE = re.compile(r"(?<=\S)\s*[,;]?\s+med\s*:\s*(?=\S)", re.I)
# a hyphen compound in lower case ('skola-föreningen'): its first part closes a phrase (`_split_conj`)
_PHRASE_COMPOUND_RE = re.compile(r"^[a-zåäö]+-[a-zåäö]{3,}")
# ('X med stöd av Y' in an actor field: Y supports the doer, a partner as 'tillsammans med Y'
# names one)
_COOP_RE = re.compile(rf"(?:^\s*|\s+)(?:{COOP_PHRASE}|{COOP_EXTRA})\s+", re.I)
# the join between a doer and its partners inside a phrase ('X i samarbete med Y', 'X
# tillsammans med Y'): split at it, the part before names the doer, those after partners
WITH_PARTNERS_RE = re.compile(rf"\s+{COOP_PHRASE}\s+", re.I)


# a bare plus sign between names ('Ungdomstjänsterna + lokala företag', 'X + Y + Z'): as in
# its bracketed form '(+ Y)', the names added after the doer are those it works with -- a
# narrow column's short way of writing 'i samarbete med'
_PLUS_JOIN_RE = re.compile(r"\s+\+\s+")
# (each part a name: two letters in a row, not a figure of a sum)
_TWO_LETTERS_RE = re.compile(r"[^\W\d_]{2}")


def _plus_partners(item: str) -> str:
    parts = _PLUS_JOIN_RE.split(item)
    if len(parts) < 2 or not all(_TWO_LETTERS_RE.search(p) for p in parts) or _COOP_RE.search(item):
        return item  # no plus, a sum ('29 500 + ordinarie budget'), or partners said already
    return f"{parts[0]} i samarbete med {', '.join(parts[1:])}"


# ... or with 'med' alone between names, as a short plan's doer field writes 'i samarbete med':
# 'biblioteket med Röda Korset', 'näringslivsenheten med Företagarna rf och X' (the reading
# guide says 'samarbetsparterna efter ordet med'; sixty-ninth set) -- the names before it
# do the action, those after it take part, as in its bracketed form '(med Y)'. Every name
# on both sides one the actor reader knows by its words; 'med stöd av' is `_COOP_RE`'s.
_BARE_WITH_RE = re.compile(r"\s+med\s+(?!stöd\b)(?=\S)", re.I)


def _bare_with_partners(item: str) -> str:
    parts = _BARE_WITH_RE.split(item, maxsplit=1)
    if len(parts) != 2 or _COOP_RE.search(item):
        return item
    lead, rest = parts[0].strip(), parts[1].strip()
    sides = (split_names(lead), split_names(rest))
    if not all(names and all(_actor_like(n) or names_post(n) for n in names) for names in sides):
        return item
    return f"{lead} i samarbete med {rest}"


def opens_with_partners(text: str) -> bool:
    """`text` goes on with partners ('X ansvarar för åtgärden tillsammans med Y': the rest
    after the verb, ' tillsammans med Y och Z')."""
    return bool(_COOP_RE.match(text))
# Organisation-level head nouns: a comma after one of these introduces a sub-unit, not a
# list item ("Borgå stad, koncerntjänsterna").
_FINNISH_ORGS = ("hyvinvointialue", "kaupunki", "kunta")
_ORG_STEMS = (
    "stad", "kommun", "sektor", "forvaltning", "kansli", "enhet", "tjanst", "service",
    "avdelning", "verk", "central", "koncern", "region", "omrade",
    # a body's Finnish name quoted as the body gave it ('Itä-Uudenmaan hyvinvointialue,
    # perhepalvelut': the welfare area and its unit): welfare area, town, municipality
    *_FINNISH_ORGS,
)
_PREPOSITIONS = frozenset("för av i på inom med till om vid från hos under".split())
_PREDICATE_RE = re.compile(r"\s+(?:har|är|ska|skall|bär|ansvarar)\s+.*$", re.I)
_LIST_SPLIT_RE = re.compile(r"(?<![-–])\s+(och|samt)\s+")


def _split_commas(text: str) -> list[str]:
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if ch in ",;" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def _is_org(part: str) -> bool:
    """A single organisation that can own a sub-unit ('Borgå stad', 'Sektorn för ...');
    a quantified group ('Alla sektorer', 'övriga aktörer') is not one."""
    toks = fold(part).split()
    if toks and toks[0] in ("alla", "ovriga", "andra", "olika", "flera", "samtliga"):
        return False
    return any(any(s in t for s in _ORG_STEMS) for t in toks)


# Administrative levels of an organisation's head noun, top down: a comma introduces a
# sub-unit only when what follows is not of the same or a higher level than what precedes
# ('Stadskansliets ekonomi- och planeringsavdelning, Stadsmiljösektorn' lists two actors;
# 'Kultur- och fritidssektorn, kultur- och fritidssektorns utvecklingstjänster' is one).
_ORG_LEVELS = (
    ("stad", 1), ("kommun", 1), ("region", 1), ("koncern", 1), *((w, 1) for w in _FINNISH_ORGS),
    ("sektor", 2), ("forvaltning", 2), ("kansli", 2), ("verk", 2),
    ("avdelning", 3), ("enhet", 3), ("central", 3), ("tjanst", 3), ("service", 3), ("omrade", 3),
)


def _head_level(part: str) -> int | None:
    """Level of a phrase's head noun: the last word before a preposition ('Sektorn för
    fostran och utbildning' -> 'Sektorn'); in a compound the head is its last stem
    ('Stadsmiljösektorn' -> 'sektor')."""
    toks = fold(part).split()
    head_toks = []
    for i, t in enumerate(toks):
        if i and t in _PREPOSITIONS:
            break
        head_toks.append(t)
    if not head_toks:
        return None
    head = head_toks[-1]
    best, best_pos = None, -1
    for stem, level in _ORG_LEVELS:
        pos = head.rfind(stem)
        if pos > best_pos:
            best, best_pos = level, pos
    return best


# a legal form closing a name: a registered association or a company ('... rf', '... Ab';
# the forms: text.LEGAL_FORMS)
_LEGAL_FORM_END_RE = re.compile(rf"\s{LEGAL_FORMS}\.?$")
# a name by its initials alone ('FPA', 'AMS', 'ÅHS'); a unit named after the comma is a
# word of its own ('kultursektorn', 'TYP-tjänsten')
_ACRONYM_RE = re.compile(r"^[A-ZÅÄÖ]{2,6}$")


# a proper name, in the genitive or not, and one common noun: 'Exby församling', 'Exbys
# ungdomsförening' -- a body of its own named after its place
_PLACE_BODY_RE = re.compile(r"^([A-ZÅÄÖ][a-zåäö]+?)s?\s+[a-zåäö]{4,}$")


def _service_unit_after(left: str, right: str) -> bool:
    """'Välfärdsområdet X, familjetjänster', 'Kultursektorn, bibliotekstjänster': one word in
    lower case whose head is an organisation level ('-tjänster', '-enheter') below the name
    before the comma (or the name has no level word) is the unit that acts, in the plural
    a service takes -- no indefinite group ('organisationer', 'föreningar' have no level)."""
    words = right.split()
    if len(words) != 1 or not right[:1].islower():
        return False
    lv, rv = _head_level(left), _head_level(right)
    return rv is not None and (lv is None or rv > lv)


def _not_sub_unit(left: str, right: str) -> bool:
    """'X-avdelning, Y-sektorn': the right part is an organisation of its own (capitalised,
    not below the left one) or an indefinite group, not a sub-unit of the left."""
    r = right.strip()
    if _indefinite_start(r.split()[:1]) and not _service_unit_after(left, r):
        return True  # 'X, organisationer och föreningar': a group, not a sub-unit of X
    if _ACRONYM_RE.match(r):
        return True  # 'Eckerö kommun, AMS': an agency by its initials, no unit of the town
    if _LEGAL_FORM_END_RE.search(r):
        # 'X-området, Bygdens Företagare rf': a name closed by a legal form (an association's
        # 'rf', a company's 'Ab') is a body of its own, never a unit of the one before the comma
        return True
    if not r[:1].isupper():
        # a unit in lower case after the comma is a sub-unit of the name before it -- unless
        # its head is of a higher level than that name's ('Kultur- och fritidsenheten,
        # kommunkansliet': no office lies inside a unit, the two are side by side)
        lv, rv = _head_level(left), _head_level(r)
        return lv is not None and rv is not None and rv < lv
    if (named := _PLACE_BODY_RE.match(r)) and not any(
            w.rstrip("s") == fold(named.group(1)) for w in fold(left).split()):
        # 'Röda Korsets lokalavdelning, Exby församling': a body named by its own place (a
        # proper name and one common noun), not a unit of the name before the comma
        return True
    if (owner := _OWNER_GENITIVE_RE.match(r)) and not any(
            fold(w).rstrip("s") == fold(owner.group(1)) for w in left.split()):
        # 'Ekby näringslivsenhet, Åsby kommuns näringsombud': the part after the comma names
        # the town or municipality it belongs to, in the genitive -- another body's unit, no
        # unit of the name before the comma (which names no such place)
        return True
    lv, rv = _head_level(left), _head_level(r)
    return lv is not None and rv is not None and rv <= lv


# a unit named by its owner, a place's town, municipality or region in the genitive ('Åsby
# kommuns näringsombud', 'Ekby stads bibliotek')
_OWNER_GENITIVE_RE = re.compile(r"^([A-ZÅÄÖ][\w-]+)\s+(?:kommuns|stads|regionens|kommunens|stadens)\s+[a-zåäö]")


_INDEFINITE_ARTICLES = frozenset(("en", "ett"))


def _indefinite_start(words: list[str]) -> bool:
    """A conjunct that starts with an indefinite noun phrase ('en styrgrupp som ...',
    'föreningar'): it describes a group together with what precedes it, it is no named
    actor of its own; named actors are proper names or definite nouns."""
    if not words or not words[0][:1].islower():
        return False
    w = fold(words[0])
    if w in _INDEFINITE_ARTICLES:
        return True
    # an indefinite plural ('föreningar', 'organisationer'), not a definite one ('-arna')
    return len(words) == 1 and w.endswith(("ar", "er", "or")) and not w.endswith(("arna", "erna", "orna"))


# the endings of a Swedish noun in the definite form ('kommunikationen', 'sektorn',
# 'biblioteket', 'tjänsterna')
_DEFINITE_ENDS = ("en", "et", "na", "rn")


def _definite(word: str) -> bool:
    """Is `word` a noun in the definite form, by its ending (letters only, three at least)?"""
    w = fold(word.strip(".,;:()"))
    return len(w) > 3 and w.isalpha() and w.endswith(_DEFINITE_ENDS)


def ends_on_definite_noun(name: str) -> bool:
    """Does a name close on a noun in the definite form ('Näringslivstjänsterna', 'Stavsunds
    bibliotek' no, 'Personalenheten')? A unit's name so closed is whole: a wrap of it would go
    on in lower case ('… i Kustvik'), not with another capitalised name."""
    words = name.split()
    return bool(words) and _definite(words[-1])


def _prep_object(words: list[str]) -> list[str]:
    """The words after the last preposition of a phrase ('invandrare' of 'Rådgivningen för
    invandrare'); none when it has no preposition after its first word."""
    at = max((k for k, w in enumerate(words) if k and w.lower() in _PREPOSITIONS), default=None)
    return words[at + 1:] if at is not None else []


def _split_conj(part: str) -> list[str]:
    """Split on 'och'/'samt' unless the conjunction sits inside a prepositional phrase or
    follows a lone genitive."""
    out: list[str] = []
    rest = part
    start = 0
    # no split inside brackets: 'Kommunerna (vuxen- och medborgarinstitut, fritid och kultur)'
    masked = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(" ", "\x00"), part)
    pieces = [x.replace("\x00", " ") for x in _LIST_SPLIT_RE.split(masked)]
    # pieces = [text, conj, text, conj, text...]
    cur = pieces[0]
    for i in range(1, len(pieces), 2):
        nxt = pieces[i + 1]
        cur_words = cur.split()
        has_prep = any(w.lower() in _PREPOSITIONS for w in cur_words[1:])
        # 'Stadskansliets samt sektorernas ... personalavdelningar': a genitive needs the
        # head noun that follows the conjunction
        genitive = cur_words[-1].endswith("s") and cur_words[-1][:1].islower() or (
            len(cur_words) == 1 and cur_words[0].endswith("s"))
        # ... unless a definite organisation noun follows 'samt' ('Ansvarig för
        # integrationsarbetet samt fritidssektorn i kommunen')
        nxt_words = nxt.split()
        org_follows = pieces[i] == "samt" and bool(nxt_words) and _is_org(nxt_words[0]) \
            and fold(nxt_words[0]).endswith(("n", "en", "et", "na"))
        # 'X och en styrgrupp som ...' / 'organisationer och föreningar' (two bare nouns):
        # one described group, no list of named actors
        indefinite = _indefinite_start(nxt_words) and (
            nxt_words[0].lower() in _INDEFINITE_ARTICLES or _indefinite_start(cur_words))
        # 'Finska och svenska bildningsenheten': a lone attribute before the conjunction
        # shares the head noun after it (two attributes of one form, then the head)
        # ('Näringslivsombudet och sysselsättningsområdet X': a noun in the definite form
        # before the conjunction is a whole name, no attribute waiting for a head)
        shared_head = (len(cur_words) == 1 and len(nxt_words) == 2 and not _is_org(cur_words[0])
                       and len(cur_words[0]) > 3 and fold(cur_words[0])[-3:] == fold(nxt_words[0])[-3:]
                       and not _definite(cur_words[0]))
        # 'Vanda och Kervo välfärdsområde': two place names sharing the head noun of one
        # joint body (a lone name that is no organisation and no definite noun, then a name
        # and a lower-case head below a whole town's level: an area, a unit, a service);
        # 'Folkhälsan och Borgå stad' are two ('stad' is one town's, 'Folkhälsan' definite)
        shared_org = (len(cur_words) == 1 and cur_words[0][:1].isupper() and not _is_org(cur_words[0])
                      and not fold(cur_words[0]).endswith(("an", "en", "et", "na"))
                      and len(nxt_words) == 2 and nxt_words[0][:1].isupper() and not _is_org(nxt_words[0])
                      and nxt_words[1][:1].islower() and _head_level(nxt_words[1]) == 3)
        # 'Kultur och fritid', 'Vård och omsorg': a municipality's service area named by two
        # bare nouns of what it serves (one word each, no organisation word, neither in the
        # definite form a body's name takes, 'Biblioteket och ungdomsgården'): one unit
        service_area = (len(cur_words) == 1 and len(nxt_words) == 1 and pieces[i] == "och"
                        and nxt_words[0][:1].islower()
                        and not any(_is_org(w) or fold(w).endswith(("en", "et", "na", "an"))
                                    for w in (cur_words[0], nxt_words[0])))
        # 'Hem och skola-föreningen': a hyphen compound in lower case after the conjunction
        # takes the whole phrase before its hyphen as its first part -- the body named after
        # 'Hem och skola', one association
        phrase_compound = (len(cur_words) == 1 and pieces[i] == "och" and bool(nxt_words)
                           and _PHRASE_COMPOUND_RE.match(nxt_words[0]) is not None)
        # 'Rådgivningen för invandrare och kommunikationen': a unit named in the definite
        # form after the conjunction, where the object of the preposition before it is not
        # ('invandrare'), is a second unit, not part of what the first one is for (the
        # object shares its form: 'Sektorn för fostran och utbildning')
        definite_unit = (has_prep and pieces[i] == "och" and 1 <= len(nxt_words) <= 2
                         and _definite(nxt_words[-1])
                         and not any(_definite(w) for w in _prep_object(cur_words)))
        if (has_prep and not org_follows and not definite_unit) or genitive or indefinite or shared_head or shared_org \
                or service_area or phrase_compound:
            cur = f"{cur} {pieces[i]} {nxt}"
        else:
            out.append(cur)
            cur = nxt
    out.append(cur)
    del rest, start
    return out


def _clean(name: str, keep_qualifier: bool = False) -> str:
    n = squash(name).strip(" .,;:")
    n = _PREDICATE_RE.sub("", n)
    # a name does not start with a preposition: 'efter projektet X' names X
    m = re.match(r"^(?:efter|från|via|genom|inom)\s+(?:[a-zåäö]+\s+)*(?=[A-ZÅÄÖ])", n)
    if m:
        n = n[m.end():]
    # nor with the date from which it acts: 'TE-tjänsterna, från 2025 sysselsättningsområdet'
    # names the body that takes over, the year is when
    n = _SINCE_YEAR_RE.sub("", n)
    if not keep_qualifier:
        n = _ROLE_QUALIFIER_RE.sub("", n)
    return n.strip(" .,;:")


# lower-case words in brackets after a name say the part it plays or the branch that acts
# ('Övermark (värdkommun)', 'Biblioteket (samordnare)', 'Skolväsendet (gymnasiets
# elevvård)'): no part of the name. A bracket that spells the name out or shortens it
# ('(AMS)', '(Österbottens välfärdsområde)') or lists its units ('(vuxen- och
# medborgarinstitut, fritid och kultur)': a comma or 'och' between them) stays.
_ROLE_QUALIFIER_RE = re.compile(r"(?<=\S)\s*\((?![^)]*\boch\b)(?:[a-zåäö][a-zåäö-]*(?: [a-zåäö][a-zåäö-]*)*)\)$")


_SINCE_YEAR_RE = re.compile(r"^(?:från(?:\s+och\s+med)?|fr\.\s?o\.\s?m\.|efter)\s+(?:år\s+)?\d{4}\s+(?=\w)", re.I)


def _join_named_units(parts: list[str]) -> list[str]:
    """In a longer comma list, an organisation of several words followed by one capitalised
    word that names no organisation level is that organisation's named unit ('Youth
    Employment Services, Ohjaamo, The Migrant Youth Helsinki project')."""
    out: list[str] = []
    for part in parts:
        prev = out[-1] if out else ""
        words = part.split()
        if prev[:1].isupper() and "," not in prev and _is_org(prev) and len(prev.split()) > 1 \
                and len(_split_conj(prev)) == 1 and len(words) == 1 \
                and part[:1].isupper() and _head_level(part) is None:
            out[-1] = f"{prev}, {part}"
        else:
            out.append(part)
    return out


_SPACED_SLASH_RE = re.compile(r"\s+/\s+")

# 'Kommunerna Ekmora och Kärrvik', 'Städerna A, B och C': the plural of a municipality or
# town followed by the place names it counts is one collective actor (the bodies acting
# together), not a list -- 'Kommunerna och välfärdsområdet' (no names) still lists two
_PLACE_NAME = r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?"
_COLLECTIVE_PLACES_RE = re.compile(
    rf"\b(?:[Kk]ommunerna|[Ss]täderna)\s+{_PLACE_NAME}(?:\s*,\s*{_PLACE_NAME})*\s+(?:och|samt)\s+{_PLACE_NAME}\b(?![-\w])")
_COMMA_MASK, _SPACE_MASK = "\x01", "\x02"


def _mask_collective_places(text: str) -> str:
    return _COLLECTIVE_PLACES_RE.sub(
        lambda m: re.sub(r"\s+", _SPACE_MASK, m.group(0).replace(",", _COMMA_MASK)), text)


def _unmask(name: str) -> str:
    return name.replace(_COMMA_MASK, ",").replace(_SPACE_MASK, " ")


def split_names(text: str, keep_qualifier: bool = False) -> list[str]:
    """A list of actor names in one stretch of text (no 'i samarbete med' inside).
    `keep_qualifier`: keep a one-word bracket after a name ('Biblioteket (läxhjälpen)'), which
    may say whose action is whose (actors_by_qualifier) rather than the part a body plays."""
    if _SPACED_SLASH_RE.search(text):
        # 'Stadsbiblioteket / Medborgarinstitutet': a slash between spaces sets two actors
        # side by side, never an organisation and its unit ('JobCenter/Föregångarna' and
        # 'vuxen-/medborgarinstitut' without spaces stay one name)
        return [n for part in _SPACED_SLASH_RE.split(text) for n in split_names(part, keep_qualifier)]
    names: list[str] = []
    masked = _mask_collective_places(text)
    if masked != text:
        return [_unmask(n) for n in split_names(masked, keep_qualifier)]
    commas = _split_commas(text)
    # a bare definite noun ('Kommunen, tredje sektorn') is a generic actor in a list, not
    # a named organisation owning the sub-unit after the comma
    if len(commas) == 2 and _is_org(commas[0]) and len(commas[0].split()) > 1 \
            and all(len(_split_conj(c)) == 1 for c in commas) \
            and not _not_sub_unit(commas[0], commas[1]):
        commas = [text]  # "Organisation, sub-unit" is one name
    elif len(commas) > 2:
        commas = _join_named_units(commas)
    for part in commas:
        for piece in _split_conj(part):
            n = _clean(piece, keep_qualifier)
            if n:
                names.append(n)
    return names


def _owned_by(unit: str, org: str) -> bool:
    """`unit` names `org` as its owner, in the genitive ('kultur- och fritidssektorns
    utvecklingstjänster' after 'Kultur- och fritidssektorn'): a sub-unit, even where it acts
    alone elsewhere."""
    k = actor_key(org)
    return bool(k) and actor_key(unit).startswith(k)


def _split_units_acting_alone(names: list[str], alone: set[str]) -> list[str]:
    """Each 'X, Y' of `names` as X and Y when every part after the comma is in `alone` and
    names no part before it as its owner."""
    out: list[str] = []
    for name in names:
        parts = _split_commas(name)
        if len(parts) > 1 and all(actor_key(p) in alone and not _owned_by(p, parts[0]) for p in parts[1:]):
            out += parts
        else:
            out.append(name)
    return dedupe_actors(out)


def split_units_acting_alone(measures: list) -> None:
    """'Organisation, unit' read as one name (`split_names`: 'Borgå stad,
    koncerntjänsterna') is two actors when the document has the unit answer for an action on
    its own elsewhere ('ansvar: integrationsenheten'): a sub-unit named only to place it in
    its organisation does not act alone in the same programme, an actor of its own does.
    Reads the responsible and partners of all `measures` and rewrites them in place."""
    alone = {actor_key(n) for m in measures for n in (*m.responsible, *m.partners) if "," not in n}
    for m in measures:
        m.responsible = _split_units_acting_alone(m.responsible, alone)
        m.partners = _split_units_acting_alone(m.partners, alone)


# a company's or association's legal form closes its name ('Billnäs bostäder Ab', 'Taklax
# företagare rf'): alone on a line it is the end of the name the line above began, wrapped
# by a narrow cell, never an actor of its own
_FORM_LINE_RE = re.compile(rf"\s*\n\s*(?={LEGAL_FORMS}\s*(?:$|\n|[,;.)]))")


# ... and a company named by what it owns in the genitive, its form, then its own name ('Bostads
# Ab Exhem', 'Fastighets Ab X'): a line of the genitive and the form alone opens that name, the
# own name wrapped onto the next line -- no name ends in a genitive and its form alone
_FORM_OPENS_NAME_RE = re.compile(r"(?m)^(\s*[A-ZÅÄÖ][a-zåäö]+s\s+(?:Ab|Oy))[ \t]*\n\s*(?=[A-ZÅÄÖ])")


def _cell_items(text: str, width: int | None = None) -> list[str]:
    """Lines of a cell joined where they are wraps; each remaining item may list names."""
    from .cells import split_lines_items

    return split_lines_items(_FORM_OPENS_NAME_RE.sub(r"\1 ", _FORM_LINE_RE.sub(" ", text)), width)


def split_actors(text: str | None, role: str = "actors", width: int | None = None,
                 keep_qualifier: bool = False) -> tuple[list[str], list[str]]:
    """(responsible, partners) from one cell. role 'partners' puts every name in partners.
    `width`: the column's width in characters (tells wrapped lines from one name per line);
    `keep_qualifier` as for split_names."""
    if not text or not text.strip():
        return [], []
    if (ticked := ticked_names(text)) is not None:
        # '☒ kommunen ☐ välfärdsområdet': the ticked actors of a tick-box form (`ticked_actors`)
        text = ticked
    if role != "partners" and (marked := lead_marked(text)) is not None:
        # 'X, Y (huvudansvar)': the actor marked as lead is responsible, the others partners
        rest, leads = marked
        resp, part = split_actors(rest, role, width, keep_qualifier)
        return dedupe_actors(leads), dedupe_actors(resp + part)
    if (funded := funder_marked(text)) is not None:
        # 'X, Y (finansiering)': Y pays, X does it (`_FUNDER_MARK_RE`)
        rest, funders = funded
        resp, part = split_actors(rest, role, width, keep_qualifier)
        return dedupe_actors(resp), dedupe_actors(part + funders)
    responsible: list[str] = []
    partners: list[str] = []
    text = _WRAPPED_COOP_RE.sub(lambda m: " ".join(m.group(0).split()), text)
    text = _SHORT_COOP_PAREN_RE.sub(r" i samarbete med \1", text)
    text = _PLUS_PAREN_RE.sub(r" i samarbete med \1", text)
    text = _WITH_PAREN_RE.sub(r" i samarbete med \1", text)
    text = _WITH_LABEL_RE.sub(" i samarbete med ", text)
    text = _LABELLED_COOP_PAREN_RE.sub(r" i samarbete med \1", text)
    text = labelled_field_tail(text)[0]
    text, labelled = _LABELLED_COOP_RE.subn(" i samarbete med ", _BROKEN_LAST_LETTER_RE.sub(r"\1", text))
    if labelled:
        text = _joined_partner_tail(text)
    text = _OPENING_RESPONSIBLE_LABEL_RE.sub("", text)
    for item in _cell_items(text, width):
        # 'Biblioteket (i samarbete med Finlands Röda Kors)': the partners in brackets
        item = _COOP_PAREN_RE.sub(r" \1", item)
        # 'kundservicen; samarbete med välfärdsområdet': the partners as a noun phrase of their
        # own after the doers' semicolon or comma, as 'i samarbete med' says it in the sentence
        item = _BARE_COOP_RE.sub(" i samarbete med ", item)
        item = _bare_with_partners(_plus_partners(item))
        halves = _COOP_RE.split(item, maxsplit=1)
        left = halves[0]
        right = halves[1] if len(halves) > 1 else ""
        if role == "partners":
            partners += split_names(left, keep_qualifier) + split_names(right, keep_qualifier)
            continue
        for name in split_names(left, keep_qualifier):
            # 'X och Optima som partner': the name so qualified is a partner, not responsible
            as_partner = _AS_PARTNER_RE.search(name)
            partner_first = _PARTNER_FIRST_RE.match(name)
            if as_partner:
                partners.append(name[:as_partner.start()])
            elif partner_first:
                # 'X, partner Y' / 'X, samarbetspartner Y': the name so labelled a partner
                partners.append(name[partner_first.end():])
            else:
                responsible.append(name)
        partners += split_names(right, keep_qualifier)
    # ('Kommunen, 2024, 2025': a year alone among the names is a time, as a matrix's year
    # columns printed into one field with its party columns say when -- it names no actor)
    return (dedupe_actors([n for n in responsible if not _BARE_YEAR_RE.match(n)]),
            dedupe_actors([n for n in partners if not _BARE_YEAR_RE.match(n)]))


_BARE_YEAR_RE = re.compile(r"^\s*(?:19|20)\d{2}\s*$")


_LABELLED_TAIL_RE = re.compile(r"(?s)(?P<head> i samarbete med )(?P<tail>.*)$")


def _joined_partner_tail(text: str) -> str:
    """The partners a label introduces after the doer ('X; samarbetsparter: välfärdsområdet\n
    Kustlandet, Y'), their lines joined where commas part the names: a narrow column wraps the
    list, it does not print one name a line (a tail of a name a line, no comma, is kept)."""
    m = _LABELLED_TAIL_RE.search(text)
    if m is None or "\n" not in m.group("tail").strip() or "," not in m.group("tail"):
        return text
    return text[:m.start("tail")] + " ".join(m.group("tail").split())


# A cell naming the lead and the others together marks the lead ('Biblioteket, församlingen
# (huvudansvar)', 'X (ansvarig), Y', 'X (ansvar), Y'): the marked actor is responsible,
# wherever it stands in the cell, and the others are its partners
_LEAD_MARK_RE = re.compile(r"\s*\((?:huvudansvar(?:ig)?|huvudansvarig\s+part|ansvarig|ansvar|leder|lead)\)", re.I)
# the name a mark follows: back to the cell's start or the separator before it
_MARKED_NAME_RE = re.compile(r"(?:^|[,;\n]|\s(?:och|samt)\s)\s*([^,;\n()]+?)\s*$", re.I)


# ... and a body that pays for an action, marked so ('Bildningsavdelningen, Svenska
# kulturfonden (finansiering)'), is no doer of it: a partner, as 'i samarbete med' makes one
_FUNDER_MARK_RE = re.compile(r"\s*\((?:med)?(?:finansiering|finansiär|finansierar)\)", re.I)


def funder_marked(text: str) -> tuple[str, list[str]] | None:
    """(the cell without its funder marks, the names marked as paying) of a cell that marks a
    funder, else None."""
    return lead_marked(text, _FUNDER_MARK_RE)


def lead_marked(text: str, mark_re: re.Pattern = _LEAD_MARK_RE) -> tuple[str, list[str]] | None:
    """(the cell without its lead marks, the names marked) of a cell that marks its lead
    ('Företagarna, näringslivsombudet (huvudansvar)'), else None."""
    if not mark_re.search(text):
        return None
    # a line going on in lower case is a name a narrow cell wrapped ('Uppsökande' /
    # 'ungdomsarbetet (huvudansvar)'); a line in capitals starts a name of its own
    text = re.sub(r"\s*\n\s*(?=[a-zåäö])", " ", text)
    marks = list(mark_re.finditer(text))
    leads, rest, at = [], [], 0
    for m in marks:
        name = _MARKED_NAME_RE.search(text[at:m.start()])
        if not name:
            return None
        leads.append(squash(name.group(1)))
        rest.append(text[at:at + name.start(1)])
        at = m.end()
    rest.append(text[at:])
    # the others, without the separators the leads leave behind
    others = re.sub(r"^[\s,;]+|[\s,;]+$", "", re.sub(r"(?:\s*[,;\n]\s*){2,}", ", ", "".join(rest)))
    others = re.sub(r"\s+(?:och|samt)\s*$", "", others)
    return others, leads


# '... som partner' / 'som samarbetspartner' after a name: its role in the action
_AS_PARTNER_RE = re.compile(rf"\s+som\s+{alt(PARTNER_NOUNS)}$", re.I)
# ... or labelled so before it, as a field's label would: 'partner Y', 'samarbetspartner: Y'
_PARTNER_FIRST_RE = re.compile(rf"^{alt(PARTNER_NOUNS)}\s*:?\s+(?=\S)", re.I)


def dedupe_actors(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for n in names:
        k = actor_key(n)
        if k and k not in seen:
            seen.add(k)
            out.append(n)
    return out


_SUFFIXES = ("erna", "arna", "orna", "ernas", "arnas", "ens", "ets", "en", "et", "na", "er", "ar", "or", "n")


def _stem(word: str) -> str:
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            word = word[: -len(suf)]
            break
    # 'service'/'servicen' -> 'servic': a final vowel is part of the inflection too
    if len(word) >= 6 and word[-1] in "ea":
        word = word[:-1]
    return word


def actor_key(name: str) -> str:
    """Comparison key: folded case/diacritics, punctuation dropped, definite/plural endings
    stripped from every word."""
    t = re.sub(r"[^\w\s-]", " ", fold(name))
    t = t.replace("-", " ")
    return " ".join(_stem(w) for w in t.split())


def canonical_name(name: str) -> str:
    """Display form of one name: whitespace squashed, first letter upper-case."""
    n = squash(name).strip(" .,;:")
    return n[:1].upper() + n[1:] if n else n


class ActorRegistry:
    """Collects raw names across programs and gives each the canonical name of its actor."""

    def __init__(self, threshold: float = 92.0) -> None:
        self.threshold = threshold
        self._keys: list[str] = []
        self._forms: dict[str, Counter] = {}

    def _find(self, key: str) -> str | None:
        if key in self._forms:
            return key
        best, best_score = None, 0.0
        for k in self._keys:
            if min(len(k), len(key)) < 6:
                continue  # short names (acronyms) only match exactly
            s = fuzz.ratio(k, key)
            if s > best_score:
                best, best_score = k, s
        return best if best_score >= self.threshold else None

    def add(self, raw: str) -> str:
        key = actor_key(raw)
        found = self._find(key)
        if found is None:
            found = key
            self._keys.append(key)
            self._forms[key] = Counter()
        self._forms[found][canonical_name(raw)] += 1
        return found

    def canonical(self, raw: str) -> str:
        key = self._find(actor_key(raw))
        if key is None:
            return canonical_name(raw)
        # most frequent printed form; ties -> the one with the most capitals (proper form)
        forms = self._forms[key]
        return max(forms, key=lambda f: (forms[f], sum(c.isupper() for c in f)))

    def names(self) -> list[str]:
        return sorted({self.canonical(next(iter(self._forms[k]))) for k in self._keys})


def same_actor(a: str, b: str, threshold: float = 90.0) -> bool:
    ka, kb = actor_key(a), actor_key(b)
    if ka == kb:
        return True
    if min(len(ka), len(kb)) < 6:
        return False
    return fuzz.ratio(ka, kb) >= threshold


# fields of a who/when parenthesis: set apart by semicolons, or by middle dots with space
# around them ('(X · medverkar: Y · 2026)', as a tag line sets its fields apart; not
# `elements.FIELD_SEP_RE`, a tag line's own separators)
_DOT_SEP_RE = re.compile(r"\s+·\s+")
_PAREN_FIELD_SEP_RE = re.compile(rf";|{_DOT_SEP_RE.pattern}")
# Who does an action, appended to a list item: '... (integrationsteamet)', '... (sektorn för
# bildning i samarbete med föreningarna)', '... – ansvar: bildningssektorn', '... (ansvar: X;
# samarbete: Y; 2026)'.
_TRAILING_PAREN_RE = re.compile(r"\(([^()]{2,160})\)\s*[.;]?\s*$")
# '... – bildningssektorn, fortlöpande': who and when after a spaced dash closing the item
# (a dash with spaces, not the hyphen of 'kultur- och fritidsnämnden')
_TRAILING_DASH_RE = re.compile(r"\s[–—]\s+((?:(?!\s[–—]\s)[^()]){2,160}?)\s*[.;]?\s*$")
# '... – kommunikationsenheten – 2025': who and when as two dash fields of their own, the
# item's parts set apart by spaced dashes throughout (read as '– who, when')
_TRAILING_DASHES_RE = re.compile(r"\s[–—]\s+((?:(?!\s[–—]\s)[^()]){2,120}?)\s[–—]\s+"
                                 r"((?:(?!\s[–—]\s)[^()]){2,60}?)\s*[.;]?\s*$")
# the last sentence of an item holding a field after a semicolon, no colon nor bracket
# ('… veckan. Integrationskoordinatorn tillsammans med X; 2025–2028.'): read as an
# unlabelled parenthesis is (`_unlabelled_actors`), and only with its time
_TRAILING_SENTENCE_RE = re.compile(r"(?<=[.!])\s+([A-ZÅÄÖ][^.;:()!?]{1,100};[^.;:()!?]{2,60})\.?\s*$")
_TRAILING_LABEL_RE = re.compile(rf"(?:[–—-]|\s)\s*({RESPONSIBLE_LABEL})\s*:\s*([^()]{{2,160}}?)\s*[.;]?\s*$",
                                re.I)
# heads of organisation names beyond _ORG_STEMS: teams, boards, associations, churches,
# schools, libraries, companies ('rf', 'ab', 'ry')
_ACTOR_STEMS = _ORG_STEMS + (
    "team", "grupp", "namnd", "styrelse", "fullmaktig", "forening", "forsamling", "skola",
    "skolor", "bibliotek", "institut", "rad", "radet", "kontor", "byra", "centrum", "vasend",
    "foretag", "organisation", "aktor", "arbetsgivar", "polis", "fpa", "kela", "ntm",
    # federations and unions ('Marthaförbund', 'fackförbunden'), centres ('familjecentret')
    "forbund", "center", "centret",
    # the care services by their domain ('barnomsorgen', 'äldreomsorgen'), units that act
    "omsorg",
    # day-care centres and schools' sites ('daghemmet Bromarv', 'Daghemmet Solrosen')
    "daghem",
    # an upper-secondary school by its name ('Fagerviks gymnasium', 'gymnasiet'): a school
    "gymnasium", "gymnasiet",
)
_COMPANY_TOKENS = frozenset(("rf", "ry", "ab", "oy", "ltd", "r.f.", "rf."))


def _actor_like(name: str) -> bool:
    """A name that reads as an organisation or a unit: a head word of one (any case), or a
    capitalised name ('Novago Företagsutveckling', 'Röda Korset')."""
    toks = name.split()
    if not toks or len(toks) > 6:
        return False
    folded = [fold(t).strip(".,;:") for t in toks]
    if any(t in _COMPANY_TOKENS for t in folded):
        return True
    if any(any(s in t for s in _ACTOR_STEMS) for t in folded):
        return True
    if len(folded) == 1 and _SERVICE_FIELD_RE.search(folded[0].casefold()):
        # a municipal service named by its field in one compound ('småbarnspedagogiken',
        # 'ungdomsarbetet'): the unit that provides it, in a who field as in a sentence's
        # subject (`names_actor`); a phrase ('grundläggande utbildningen') stays as it was
        return True
    if len(folded) == 1 and folded[0].endswith("n") and names_post(name):
        # one person by their post in the definite singular ('skolföreståndaren', 'rektorn'),
        # who acts for the organisation; not a plural list of staff ('lärare, kuratorer')
        return True
    return toks[0][:1].isupper() and all(t[:1].isupper() or t in _PREPOSITIONS or t in ("och",) for t in toks)


# people by their post, who act for the organisation ('Integrationssamordnaren ordnar ...',
# 'Näringslivsombudet ger ...'): a sentence's subject names an actor by one of these too
_POST_STEMS = ("samordnare", "koordinator", "ombud", "handledare", "radgivare", "handlaggare",
               "rektor", "larare", "kurator", "chef", "direktor", "sekreterare", "personal", "forestandare",
               # 'fritidsledaren', 'projektledaren', 'ungdomsledarna': who leads an activity
               "ledare")
# a quantified or indefinite group ('Många föreningar', 'Flera företag') is no named actor
# the same posts in the definite plural ('Studiehandledarna', 'Samordnarna', 'Rådgivarna'):
# the holders of a post as a group, who act for the organisation as one does; a noun in -are
# makes its definite plural in -arna
_POST_PLURALS = tuple(s[:-1] + "na" for s in _POST_STEMS if s.endswith("are"))
POST_STEMS = _POST_STEMS
_QUANTIFIERS = frozenset("manga flera vissa nagra alla samtliga olika andra ovriga de flesta varje en ett".split())


# A municipal service named by its field, in the definite form, is the unit that provides it:
# Finnish municipalities organise (and name) their units by the fields of service the law
# gives them -- early childhood education, basic and adult education, youth work, social and
# family work, pupils' guidance, day care ('Småbarnspedagogiken utser ...', 'Ungdomsarbetet
# startar ...', 'Den grundläggande utbildningen ordnar ...'). The field's compound head word
# makes it a field; the bare nouns ('Arbetet', 'Utbildningen') name no unit
_SERVICE_FIELD_RE = re.compile(
    r"(?:^|\s)(?:\w+pedagogiken|(?:ungdoms|social|vuxensocial|familje)arbetet"
    r"|(?:vuxen|yrkes)utbildningen|grundlaggande\s+utbildningen|(?:elev|studie)handledningen"
    r"|dagvarden)$")


def names_actor(phrase: str) -> bool:
    """A noun phrase that names an actor, as a sentence's subject: a head word of an
    organisation or a post ('Bildningssektorn', 'Tekniska sektorn', 'Integrationssamordnaren'),
    a company ('... rf'), an acronym ('FPA') or a name of capitalised words ('Röda Korset').
    One capitalised word without such a head says nothing: every sentence starts with a capital
    ('Programmet', 'Eleverna'); nor does a quantified group ('Många föreningar')."""
    toks = [t.strip(".,;:()") for t in phrase.split()]
    toks = [t for t in toks if t]
    if not toks or len(toks) > 6:
        return False
    # the head is before any preposition: 'Sektorn för fostran ...' names a sector,
    # 'Bristen på hyresbostäder' no actor although 'bostäder' holds 'stad'
    cut = next((i for i, t in enumerate(toks) if i and t.lower() in _PREPOSITIONS), len(toks))
    toks = toks[:cut]
    folded = [fold(t) for t in toks]
    if folded[0] in _QUANTIFIERS:
        return False
    if any(t in _COMPANY_TOKENS for t in folded):
        return True
    if any(any(s in t for s in _ACTOR_STEMS + _POST_STEMS) for t in folded):
        return True
    if any(t.endswith(_POST_PLURALS) for t in folded):
        return True
    if _SERVICE_FIELD_RE.search(" ".join(folded).casefold()):
        return True
    if len(toks) == 1:
        # an acronym ('FPA'), or a post by its agent noun in the definite singular
        # ('Hälsovårdaren', 'Handledaren'): one person acting for the organisation
        return (len(toks[0]) >= 2 and toks[0].isupper()) or (len(folded[0]) > 7 and folded[0].endswith("aren"))
    return all(t[:1].isupper() or t in _PREPOSITIONS or t == "och" for t in toks)


def split_time_after_actors(value: str) -> tuple[str, str | None]:
    """'kommunikationen, 2024' -> ('kommunikationen', '2024'): a schedule written after the
    actors in the same field. A semicolon sets the time off as a comma does ('ansvar:
    servicepunkten; från 2025'): a plan's list item closes with its who and, after the
    stronger stop, its when, so no time is an actor's name."""
    parts = [x.strip() for x in value.split(",")]
    if len(parts) > 1 and (opens_with_time(parts[-1]) or _GOES_ON_RE.fullmatch(parts[-1])):
        return ", ".join(parts[:-1]), parts[-1]
    head, semi, last = value.rpartition(";")
    if semi and head.strip() and time_only(last):
        return head.strip(), last.strip()
    return value, None


# '(med AMS)', '(tillsammans med X)' closing a cell of who and when: the partners
_WITH_PARTNERS_RE = re.compile(rf"\s*\((?:med|{COOP_PHRASE})\s+([^()]+)\)\s*$", re.I)


def who_when_cell(value: str) -> tuple[str, str, str | None]:
    """(actors, partners, time) of a cell answering 'Vem och när': 'Medborgarinstitutet,
    hösten 2025 (med kommunens bildningskansli)' -> ('Medborgarinstitutet', 'kommunens
    bildningskansli', 'hösten 2025'): the doer first, its time after a comma, the partners
    in a closing bracket after 'med'."""
    text = squash(value)
    partners = ""
    m = _WITH_PARTNERS_RE.search(text)
    if m:
        partners, text = m.group(1).strip(), text[:m.start()].rstrip()
    who, when = split_time_after_actors(text)
    return who, partners, when


# 'pågår' / 'pågående' in the time's place after the actors ('(ungdomstjänsterna, pågår)',
# a planning board's card for work under way): the action runs now and on, its schedule as
# 'fortlöpande' would say it -- only there, after a comma closing the actors
_GOES_ON_RE = re.compile(r"pågår|pågående", re.I)


# ', tidtabell: 2024' inside a dash tail: the next field of the tail, set off by a comma
# (or a semicolon, '– ansvar: X i samarbete med Y; tidtabell: 2026': eighty-fourth set)
_COMMA_FIELD_RE = re.compile(r"([,;])\s*(?=[^\W\d][\w-]*(?:\s+[\w-]+){0,2}\s*:)")


def time_only(content: str) -> bool:
    """A parenthesis that holds a time and nothing else ('från hösten 2024', '2025–2027')."""
    t = opens_with_times(content.strip())
    return bool(t) and t.end() == len(content.strip())


def _comma_fields(value: str) -> list[tuple[str | None, str]]:
    """'kommunkansliet, tidtabell: 2024' -> [('responsible', 'kommunkansliet'), ('schedule',
    '2024')]: a tail '– ansvarig: X, tidtabell: Y' runs its fields in one sentence, each
    after a comma and a label of its own; a comma before a text that is no label ('X, Y')
    stays inside the field."""
    parts = _COMMA_FIELD_RE.split(value)
    fields: list[tuple[str | None, str]] = [("responsible", parts[0])]
    for sep, part in zip(parts[1::2], parts[2::2]):
        label, _, rest = part.partition(":")
        role = label_role(label.strip())
        if role is None:
            fields[-1] = (fields[-1][0], f"{fields[-1][1]}{sep} {part}")
        else:
            fields.append((role, rest.strip()))
    return fields


def _comma_listed(value: str) -> bool:
    """The names of an actor field are listed with commas ('X, Y'), not joined by 'och' as
    equals ('X och Y'): the first is the lead, the rest its partners."""
    squashed = squash(value)
    return "," in squashed and not re.search(r"\b(?:och|samt)\b", squashed)


def trailing_actors(text: str) -> tuple[list[str], list[str], str | None] | None:
    """(responsible, partners, schedule) named at the end of a list item, or None. A
    parenthesis counts only when every name in it reads as an organisation (a parenthesis
    that explains the action, '(informering om invånardemokrati ...)', is part of the text);
    a label 'ansvar:' always counts, with its partners after 'samarbete:' / 'i samarbete
    med', and a schedule after the actors ('– ansvar: X, 2024') or in a field of its own."""
    found = _trailing_tail(text)
    return found[2] if found else None


def _trailing_tail(text: str) -> tuple[int, str, tuple[list[str], list[str], str | None]] | None:
    """(where the tail starts, its kind, what `trailing_actors` reads in it) of the who/when
    tail closing a list item, or None. Kinds: 'labelled' (a parenthesis of labelled fields
    or a trailing 'ansvar: X'), 'dash' ('– X, 2025') and 'parenthesis' (an unlabelled one)."""
    slashed = slash_field_bracket(text) or semicolon_field_parenthesis(text)
    if slashed is not None:
        return slashed[0], "bracket", slashed[1]
    deadline = deadline_tail(text)
    if deadline is not None:
        # '... (fritidssekreteraren) – klart senast 30.11.2026': a checklist item's doer in
        # brackets and its deadline after them (`checklist_items`)
        resp, partners = split_actors(deadline[1])
        if resp:
            return deadline[0], "deadline", (dedupe_actors(resp), dedupe_actors(partners), deadline[2])
    leader = leader_tail(text)
    if leader is not None:
        # 'Språkcafé ........ bildningsavdelningen': the doer the dots lead to
        value, when = split_time_after_actors(leader[1])
        resp, partners = split_actors(value)
        if resp or partners:
            return leader[0], "leader", (dedupe_actors(resp), dedupe_actors(partners), when)
    m = _TRAILING_PAREN_RE.search(text)
    content = m.group(1) if m else None
    labelled = None
    # 'Kurs i svenska – Ansvar: medborgarinstitutet (från hösten 2024)': a labelled tail whose
    # when follows its actors in a parenthesis of its own; the parenthesis holds a time and
    # nothing else, so it is the tail's schedule, and the tail is read before it
    paren_when = None
    if content and time_only(content) and _TRAILING_LABEL_RE.search(text[:m.start()]):
        paren_when, content = squash(content), None
    if content:
        parts = [f.strip() for f in _PAREN_FIELD_SEP_RE.split(content) if f.strip()]
        lab = [f.split(":", 1) for f in parts]
        if lab and len(lab[0]) == 2:
            labelled = [(label_role(x[0].strip()), x[1].strip()) if len(x) == 2 else ("schedule", x[0].strip())
                        for x in lab]
        elif (len(lab) > 1 and not time_only(parts[0])
              and any(len(x) == 2 and label_role(x[0].strip()) for x in lab[1:])):
            # '(medborgarservicen · medverkar: X · från 2026)': the first field unlabelled and
            # a later one labelled -- the labels name the fields after the first, which
            # stands where the doer stands, and an unlabelled field after it says when
            labelled = [("responsible", parts[0])] + [
                (label_role(x[0].strip()), x[1].strip()) if len(x) == 2 else ("schedule", x[0].strip())
                for x in lab[1:]]
    else:
        lm = _TRAILING_LABEL_RE.search(text[:m.start()] if paren_when else text)
        if lm:
            labelled = [("responsible", lm.group(2))]
            labelled += _comma_fields(labelled.pop()[1])
            m = lm
    if labelled is not None:
        resp: list[str] = []
        partners: list[str] = []
        schedule = None
        for role, value in labelled:
            if role in ("responsible", "actors", "partners"):
                value, when = split_time_after_actors(value)
                schedule = schedule or when
                if role == "partners":
                    partners += split_actors(value, "partners")[1]
                else:
                    r, p = split_actors(value)
                    if content and role == "responsible" and len(r) > 1 and _comma_listed(value):
                        # '(ansvar: bildningssektorn, medborgarinstitutet; 2025)': a labelled
                        # parenthesis names the lead first and, after a comma, the bodies it
                        # works with (`_comma_listed`)
                        r, p = r[:1], r[1:] + p
                    resp += r
                    partners += p
            elif role == "schedule" and opens_with_time(value):
                schedule = schedule or value
        if not (resp or partners):
            return None
        schedule = schedule or paren_when
        return m.start(), "labelled", (dedupe_actors(resp), dedupe_actors(partners), schedule)
    if content is None:
        dm = _TRAILING_DASH_RE.search(text)
        found = dash_tail_actors(dm.group(1)) if dm and ":" not in dm.group(1) else None
        if found is None and (dd := _TRAILING_DASHES_RE.search(text)) is not None \
                and ":" not in dd.group(0) and "," not in dd.group(1) and opens_with_time(dd.group(2)):
            # '<action> – <doer> – <time>': the two last dash fields, who and then when
            found = dash_tail_actors(f"{dd.group(1)}, {dd.group(2)}")
            if found is not None:
                dm = dd
        if found is None and (sm := _TRAILING_SENTENCE_RE.search(text)) is not None:
            # '1. Läxhjälp i högstadiet. Bildningsavdelningen tillsammans med X; läsåret
            # 2025–2026.': a closing sentence of who, then when after a semicolon -- the
            # unlabelled fields of a parenthesis, set as a sentence of their own
            found = _unlabelled_actors(sm.group(1))
            return (sm.start(), "sentence", found) if found and found[2] else None
        return (dm.start(), "dash", found) if found else None
    if ":" in content:
        return None
    found = _unlabelled_actors(content)
    return (m.start(), "parenthesis", found) if found else None


# '… [Näringslivsenheten / Arbetskraftsservicen / 2026–2029]': a square bracket closing an
# item, its fields set apart by spaced slashes
_SLASH_BRACKET_RE = re.compile(r"\s*\[([^\[\]]{3,240})\]\s*[.;]?\s*$")
_SLASH_SEP_RE = re.compile(r"\s+/\s+")
# (a field given as empty is a dash alone, '[X / – / 2026]': no partner, text.DASH_ONLY_RE)


def _three_closing_fields(text: str, bracket_re: re.Pattern, sep_re: re.Pattern
                          ) -> tuple[int, tuple[str, str, str]] | None:
    """(where the bracket starts, (doer, partners, time)) of a bracket (`bracket_re`) closing
    an item after some words, holding three fields set apart by `sep_re`, none empty: the
    doer a name (letters, no dash alone), neither doer nor partners holding a digit; else
    None. What `slash_field_bracket` and `semicolon_field_parenthesis` share."""
    m = bracket_re.search(text)
    if m is None or not any(ch.isalpha() for ch in text[:m.start()]):
        return None
    parts = [squash(x) for x in sep_re.split(m.group(1).strip())]
    if len(parts) != 3 or not all(parts):
        return None
    who, partners, when = parts
    if DASH_ONLY_RE.match(who) or any(ch.isdigit() for ch in who + partners) or not any(ch.isalpha() for ch in who):
        return None
    return m.start(), (who, partners, when)


def slash_field_bracket(text: str) -> tuple[int, tuple[list[str], list[str], str | None]] | None:
    """(where the tail starts, (responsible, partners, schedule)) of a square bracket closing
    an item that holds three fields set apart by spaced slashes, '[ansvarig / samarbetspart /
    tid]': a reading guide's pattern, positional as a table row's cells are -- the doer, the
    partners (listed with commas; a dash alone: none) and when, whatever its words ('varje
    termin'). The doer is a name (no digits, not empty); else None."""
    found = _three_closing_fields(text, _SLASH_BRACKET_RE, _SLASH_SEP_RE)
    if found is None:
        return None
    start, (who, partners, when) = found
    others = [] if DASH_ONLY_RE.match(partners) else [x.strip() for x in re.split(r",\s+|\s+och\s+", partners) if x.strip()]
    return start, ([who], dedupe_actors(others), None if DASH_ONLY_RE.match(when) else when)


# '… (fritidsenheten; Idrottsföreningen; 2026)': a round parenthesis closing an item, three
# fields set apart by semicolons
_SEMICOLON_PAREN_RE = re.compile(r"\s*\(([^()]{3,240})\)\s*[.;]?\s*$")
_SEMICOLON_SEP_RE = re.compile(";")


def semicolon_field_parenthesis(text: str) -> tuple[int, tuple[list[str], list[str], str | None]] | None:
    """(where the tail starts, (responsible, partners, schedule)) of a parenthesis closing an
    item that holds three fields set apart by semicolons, '(ansvarig; samarbetspartner;
    tidtabell)' -- the round-bracket form of `slash_field_bracket`'s '[X / Y / tid]', as a
    legend over the list often says ('ansvarig, samarbetspartner, tidtabell inom
    parentes'): positional, the doer first, the partners (a dash alone: none) second and when
    last. The doer and partners are names (no digits, no label colon), and the last field
    says when (`opens_with_time`: '2025', 'årligen från 2026', 'fortlöpande') or is a dash;
    else None."""
    found = _three_closing_fields(text, _SEMICOLON_PAREN_RE, _SEMICOLON_SEP_RE)
    if found is None or ":" in text[found[0]:]:  # (a label colon in the parenthesis: no positional fields)
        return None
    start, (who, partners, when) = found
    if not (DASH_ONLY_RE.match(when) or opens_with_time(when)):
        return None
    resp, others = split_actors(who)
    if not resp:
        return None
    if not DASH_ONLY_RE.match(partners):
        others += split_actors(partners, "partners")[1]
    return start, (dedupe_actors(resp), dedupe_actors(others), None if DASH_ONLY_RE.match(when) else when)


def labelled_owner_tail(text: str) -> bool:
    """The text closes with a labelled who/when tail naming its responsible ('... (ansvar:
    X, 2026).', '... (ansvarig: X i samarbete med Y, från hösten 2026).'): the label that
    marks a sentence of running text as one of the plan's actions, whatever its verb
    ('All personal deltar i ...', 'Vid planläggningen bedöms ...')."""
    found = _trailing_tail(text)
    return found is not None and found[1] == "labelled" and bool(found[2][0])


def tail_start(text: str) -> int | None:
    """Where the who/when tail closing a list item starts, the tail `trailing_actors` reads
    ('(ansvar: X; samarbete: Y)', '– Ansvar: X, 2025', '– X i samarbete med Y, 2026', an
    actor parenthesis), else None: the item's text before it is the action, the same kind of
    thing whichever way a writer printed who and when (blind writers who cut such tails
    cut them all; `Measure.printed` keeps the item as printed for those who keep them). A
    dash clause that is no who/when ('– en del av skolans arbete') is no tail; an unlabelled
    parenthesis is one only as `actors_parenthesis_start` says (not an apposition the
    sentence's full stop closes); nothing is cut that would leave no words."""
    found = _trailing_tail(text)
    if found is None:
        return None
    start = actors_parenthesis_start(text) if found[1] == "parenthesis" else found[0]
    if start is None or not any(ch.isalpha() for ch in text[:start]):
        return None
    return start


def laid_out_parenthesis_start(text: str) -> int | None:
    """Where the unlabelled actor parenthesis closing a list item starts (the one
    `trailing_actors` reads its doer from), also when the sentence's full stop closes it
    ('... för alla som behöver det (integrationskoordinatorn).'); else None. Alone such a
    parenthesis may be an apposition (`actors_parenthesis_start`): only a list whose items
    put their doer and time in that place (`parenthesis_doers`) makes it the item's metadata,
    cut off the action as its siblings' '(X, <time>).' are."""
    found = _trailing_tail(text)
    if found is None or found[1] != "parenthesis" or not any(ch.isalpha() for ch in text[:found[0]]):
        return None
    return found[0]


def source_parenthesis_start(text: str) -> int | None:
    """Where the parenthesis closing an indicator starts when it names who gives the
    figure: names with how often ('(Statistikcentralen, årligen)'), or one actor or post
    alone ('(näringslivsombudet)'); else None. Each name's head, before any preposition,
    names an actor or a post. A bracket saying how the figure is got ('(enkät till
    föreningarna)', '(enligt personalenkäten och skolornas anmälningar)') stays part of the
    indicator."""
    m = _TRAILING_PAREN_RE.search(text)
    if not m or ":" in m.group(1) or not text[:m.start()].strip() or not text.rstrip().endswith(")"):
        return None
    actors, when = split_time_after_actors(m.group(1).strip())
    if any(ch.isdigit() for ch in actors):
        return None
    names = split_names(actors)
    if not names or not (when or (len(names) == 1 and len(names[0].split()) == 1)):
        return None
    return m.start() if all(_names_source(n) for n in names) else None


def _names_source(name: str) -> bool:
    toks = name.split()
    cut = next((i for i, t in enumerate(toks) if i and t.lower() in _PREPOSITIONS), len(toks))
    head = " ".join(toks[:cut])
    return _actor_like(head) or names_post(head)


def closing_parenthesis(text: str) -> str | None:
    """What the parenthesis closing `text` holds ('... ordnar språkcafé (fortlöpande).' ->
    'fortlöpande'), else None: where a list item's or a paragraph's who and when stand."""
    m = _TRAILING_PAREN_RE.search(text)
    return m.group(1) if m else None


# a unit's code in the organisation's register, as a plan names its doers by phone-book
# codes explained in a legend ('BILD 21', 'NÄR 51', 'KANS 12'): capitals and a number
UNIT_CODE_RE = re.compile(r"^[A-ZÅÄÖ]{2,6}\s\d{1,3}$")


def dash_tail_actors(tail: str) -> tuple[list[str], list[str], str | None] | None:
    """(responsible, partners, schedule) of a dash tail, 'X tillsammans med Y, fortlöpande',
    or None when it is no 'who, when' (a dash clause of the text, '– en del av arbetet').
    Its comma parts are actors and, last, when; a part that opens with a time and goes on
    with an actor names who takes over then ('TE-byrån, från 2025 Västra Nylands
    sysselsättningsområde': both responsible)."""
    parts = [p.strip() for p in tail.split(",") if p.strip()]
    # the when closes the tail: a dash clause without one is the text's own aside
    # ('– en del av skolans arbete'), whatever its words
    if len(parts) < 2 or not opens_with_time(parts[-1]):
        return None
    schedule = parts.pop().rstrip(".").strip()
    names: list[str] = []
    for part in parts:
        t = opens_with_time(part)
        names.append(part[t.end():].strip() if t and t.end() < len(part) else part)
    if not names or any(not UNIT_CODE_RE.match(n) and any(ch.isdigit() for ch in n) for n in names):
        return None
    resp: list[str] = []
    partners: list[str] = []
    for n in names:
        r, p = split_actors(n)
        resp += r
        partners += p
    if resp and all(_actor_like(n) or names_post(n) or UNIT_CODE_RE.match(n) for n in resp) \
            and _partners_read(partners, schedule):
        return dedupe_actors(resp), dedupe_actors(partners), schedule
    return None


def _partners_read(partners: list[str], schedule: str | None) -> bool:
    """The partners of a tail or parenthesis that names its doer ('X tillsammans med Y och Z')
    count as actors: each reads as one, or the tail closes with when it is done, so that it
    says who and when and the cooperation phrase names who works with the doer ('fritidsnämnden
    tillsammans med Norrby hembygdsförening och Norrby frivilliga idrottslag, årligen':
    'frivilliga idrottslag' has no head word the actor reader knows, yet one works together
    with actors).
    Without a time the parenthesis may be an apposition about what the action speaks of, and
    each name must read as an actor itself."""
    return bool(schedule) or all(_actor_like(n) or names_post(n) for n in partners)


def names_post(name: str) -> bool:
    """A post named alone ('fritidssekreteraren', 'rektorn'): in a dash tail that closes
    with a time, the one who does the action, as an organisation would be."""
    toks = [fold(t).strip(".,;:") for t in name.split()]
    # the post's holders as a group ('fritidsledarna', 'handledarna') name it as the singular does
    return len(toks) <= 3 and (any(s in toks[-1] for s in _POST_STEMS)
                               or toks[-1].endswith(_POST_PLURALS)) if toks else False


def _unlabelled_actors(content: str) -> tuple[list[str], list[str], str | None] | None:
    """(responsible, partners, schedule) of an unlabelled parenthesis: its actors, then a
    schedule after a comma ('kommunikationen, 2024') or in a field of its own after a
    semicolon ('bildningsväsendet i samarbete med X; somrarna 2025–2028', 'kommunstyrelsen;
    två gånger per år': the field after the actors says when, whatever its words)."""
    actors, sep, when = content.partition(";")
    if not sep and (dot := _DOT_SEP_RE.search(content)):
        # '(kommunikationsenheten · 2026)': a middle dot sets the fields apart as a semicolon does
        actors, sep, when = content[:dot.start()], dot.group(), content[dot.end():]
    schedule = squash(when) or None if sep else None
    actors, comma_when = split_time_after_actors(actors.strip())
    schedule = schedule or comma_when
    if any(ch.isdigit() for ch in actors):
        return None
    resp, partners = split_actors(actors)
    # a post named alone ('näringsombudet') counts when a time follows it, as in a dash tail
    # (`dash_tail_actors`): '(X, årligen)' says who and when; a post alone may be what the
    # sentence speaks of
    # ... or when partners follow it ('(rektor, i samarbete med Marthaföreningen)'): a post
    # working together with named bodies is the one who does the action, no topic
    if resp and all(_actor_like(n) or ((schedule or partners) and names_post(n)) for n in resp) \
            and _partners_read(partners, schedule):
        return resp, partners, schedule
    if not resp and partners and opens_with_partners(actors) and all(_actor_like(n) for n in partners):
        # '(i samarbete med X)': partners alone; who answers for the action is said elsewhere
        return [], partners, schedule
    return None


def parenthesis_in_actors_place(text: str) -> tuple[int, tuple[list[str], list[str], str | None]] | None:
    """(start, (responsible, partners, schedule)) of an unlabelled closing parenthesis of the
    shape '(X, <time>)' whatever X's words ('(småbarnspedagogiken, fortlöpande)'), else None.
    Its words alone do not tell that X is a doer (a service's name reads as what is done):
    only a list whose other items put their doer there (`Builder`) says so."""
    m = _TRAILING_PAREN_RE.search(text)
    if not m or ":" in m.group(1) or m.group(1).count(";") > 1 or not text[:m.start()].strip():
        return None
    # ('(X; <time>)': one semicolon setting the time off the doer, as a comma does)
    actors, when = split_time_after_actors(m.group(1).strip().replace(";", ","))
    if not when or not actors or any(ch.isdigit() for ch in actors) or len(actors.split()) > 6:
        return None
    resp, partners = split_actors(actors)
    return (m.start(), (resp, partners, when)) if resp else None


def units_in_actors_place(text: str) -> tuple[int, tuple[list[str], list[str], str | None]] | None:
    """(start, (responsible, partners, None)) of an unlabelled closing parenthesis that names
    units of the municipality and nothing else, no time ('(småbarnspedagogiken och skolan)'):
    every name one the actor reader knows by its head word (`names_actor`: a service's
    unit, 'skolan', 'daghemmet'), no digit (a code, '(S2)'), no label; else None. Such words
    also name the service itself, so only a list whose other items put their doer there
    (`Builder`, `parenthesis_doers`) says the parenthesis holds one."""
    m = _TRAILING_PAREN_RE.search(text)
    if not m or not text[:m.start()].strip():
        return None
    inner = squash(m.group(1))
    if any(ch.isdigit() or ch in ":;," for ch in inner) or len(inner.split()) > 6:
        return None
    resp, partners = split_actors(inner)
    if not resp or not all(names_actor(n) for n in resp + partners):
        return None
    return m.start(), (resp, partners, None)


def post_parenthesis(text: str) -> tuple[int, tuple[list[str], list[str], str | None]] | None:
    """(start, ([post], [], None)) of a closing parenthesis naming one post alone
    ('(näringslivsombudet)'), else None. A post alone may be what the sentence speaks of: only
    a list whose other items put their doer there (`Builder`) makes it the doer."""
    m = _TRAILING_PAREN_RE.search(text)
    if not m or not text[:m.start()].strip():
        return None
    name = squash(m.group(1)).strip()
    if not name or any(ch in name for ch in ",;:") or any(ch.isdigit() for ch in name) or not names_post(name):
        return None
    return m.start(), ([name], [], None)


def actors_parenthesis_start(text: str) -> int | None:
    """Where an unlabelled trailing parenthesis that holds only actors (and a schedule)
    starts, else None. Such a parenthesis is the item's metadata, set apart from its text
    ('Sommarskola i svenska (bildningsväsendet i samarbete med X; 2025–2028)'): the writers
    who put it there leave it out of the action's text. A labelled one ('(ansvar: X)', '–
    ansvar: X') is written as part of the item and stays, and so does one the sentence's
    full stop closes: it names what the sentence speaks of ('... i samarbete med andra
    sektorer (kultur- och fritidssektorn, social- och hälsovårdssektorn).'). One that also
    says when ('(kultur- och fritidstjänsterna, årligen).') is the metadata even so: an
    apposition names things, it does not give a time."""
    m = _TRAILING_PAREN_RE.search(text)
    if not m or ":" in m.group(1) or not text[:m.start()].strip():
        return None
    found = _unlabelled_actors(m.group(1))
    if not found or not (text.rstrip().endswith(")") or found[2]):
        return None
    return m.start()


# '<Name> – <what it does>': a name of at most six words, a spaced dash, the task in lower case
_DOER_DASH_RE = re.compile(r"^(?P<who>[A-ZÅÄÖ][^\d()–—:;,.]{1,80}?)\s+[–—]\s+(?P<rest>[a-zåäö].*)$", re.S)
_DOER_DASH_WORDS = 6


def doer_before_dash(text: str) -> tuple[str, str] | None:
    """(doer, task) of a list item that names who does it before a spaced dash and what it
    does after it in lower case ('Skogsnäs Idrottsförening rf – simskola för vuxna (2025–2027)',
    a service agreement listed by the association that carries it out), else None. The name
    must read as an organisation by its head word (`names_actor`: '-förening', 'rf', '-tjänsterna');
    a capital after the dash starts a sentence of its own ('Språkcafé – Biblioteket ordnar …',
    the name the action's title, `titled_items`)."""
    m = _DOER_DASH_RE.match(squash(text))
    if not m:
        return None
    who = m.group("who").strip()
    if len(who.split()) > _DOER_DASH_WORDS or not names_actor(who):
        return None
    return who, m.group("rest").strip()


# 'Kommunen i samarbete med X (AMS) sammanställer ...': an item opening with its doer and the
# partners it works with, then the verb
_LEADING_COOP_RE = re.compile(
    rf"^(?P<who>\S+(?:\s+\S+){{0,3}}?)\s+{COOP_PHRASE}\s+(?P<rest>\S.*)$", re.S)
# a present-tense verb ending ('sammanställer', 'ordnar', 'gör', 'får')
_PRESENT_END_RE = re.compile(r"(?:ar|er|ör|år|ir)$")


def leading_actors(text: str) -> tuple[list[str], list[str]] | None:
    """(responsible, partners) of an item whose subject is its doer with partners, 'Kommunen i
    samarbete med Ålands arbetsmarknads- och studieservicemyndighet (AMS) sammanställer ...':
    the partners end before the first lower-case present-tense verb that follows a name
    (`names_actor`) or a closing parenthesis ('(AMS)'); 'lokala föreningar ordnar' reads
    'lokala föreningar', not 'lokala'. None when the subject names no actor or no verb follows."""
    m = _LEADING_COOP_RE.match(squash(text))
    if not m or not names_actor(m.group("who")):
        return None
    if any(t[:1].islower() and _PRESENT_END_RE.search(t) and t not in ("och", "samt", "eller")
           for t in m.group("who").split()[1:]):
        # 'Arbetskraftsservicen ordnar rekryteringsevenemang tillsammans med företag …': a verb
        # before the phrase ended the subject; the cooperation is said in the predicate, of
        # the subject's action (its doer the subject, settled as any subject doer)
        return None
    toks = m.group("rest").split()
    for k in range(1, len(toks)):
        tok = toks[k]
        if not tok[:1].islower() or not _PRESENT_END_RE.search(tok) or tok in ("och", "samt", "eller"):
            continue
        partners = " ".join(toks[:k])
        if toks[k - 1].endswith(")") or names_actor(partners):
            resp, part = split_actors(f"{m.group('who')} i samarbete med {partners}")
            return (resp, part) if resp and part else None
    return None


# an actor qualified by what it does, in parentheses: 'Medborgarinstitutet (kvällskursen)'
_QUALIFIED_RE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<what>[^()]+)\)$")


def actors_by_qualifier(names: list[str], items: list[str]) -> list[list[str]] | None:
    """The actors of each of `items` when one field names the actors of several actions and
    qualifies each by the action it carries out ('Ansvar: Medborgarinstitutet (kvällskursen)
    och Biblioteket (språkvänner).' under '• En kvällskurs i svenska ...' and '• ... en
    språkvän-verksamhet ...'): the qualifier names its item by a word of the same stem (one a
    prefix of the other, five letters at least, also a part of a hyphenated compound). The
    names lose their qualifier, which only said which action is whose. None unless every
    actor is qualified, each qualifier names exactly one item and every item gets one."""
    if len(names) < 2 or len(items) < 2:
        return None
    item_words = [{p for w in re.findall(r"[\w-]+", it.casefold()) for p in w.split("-") if len(p) >= 5}
                  for it in items]
    out: list[list[str]] = [[] for _ in items]
    for name in names:
        m = _QUALIFIED_RE.match(squash(name))
        if not m:
            return None
        keys = [w for w in re.findall(r"\w+", m.group("what").casefold()) if len(w) >= 5]
        hits = [k for k, ws in enumerate(item_words)
                if any(a.startswith(b) or b.startswith(a) for a in keys for b in ws)]
        if len(hits) != 1:
            return None
        out[hits[0]].append(m.group("name").strip())
    return out if all(out) else None


# an abbreviation a legend explains: one word with two capitals or more ('NB', 'KOO', 'KST',
# 'AMS'), then '=' and what it stands for
_ABBREVIATION = r"[A-ZÅÄÖ][\wÅÄÖåäö-]{0,9}"
_LEGEND_PAIR_RE = re.compile(rf"(?:^|(?<=[,;:]))\s*({_ABBREVIATION})\s*=\s*")


def legend_abbreviations(text: str) -> dict[str, str]:
    """{abbreviation: what it stands for} of a legend ('Förkortningar: NB = Norrvik Bostäder
    Ab, KOO = integrationskoordinatorn, VO = Välfärdsområdet Norra Exempelland.'): after an
    optional label, two pairs 'X = Y' or more, set off by commas or semicolons, each X one
    word with two capitals or more; {} for any other text. A table's cells may then print the
    short forms ('NB, KOO'): the legend says whom they name. A name spelled out once in the
    text ('Kommunernas socialtjänst (KST)') is no legend: the writers record that short form
    as printed."""
    text = squash(text).rstrip(".").strip()
    _, colon, rest = text.partition(":")
    body = rest if colon and "=" not in _ else text
    marks = list(_LEGEND_PAIR_RE.finditer(body))
    if len(marks) < 2 or body[:marks[0].start()].strip():
        return {}
    out: dict[str, str] = {}
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(body)
        abbr, value = m.group(1), body[m.end():end].strip().rstrip(",;").strip()
        if sum(ch.isupper() for ch in abbr) < 2 or not value or "=" in value:
            return {}
        out[abbr] = value
    return out
