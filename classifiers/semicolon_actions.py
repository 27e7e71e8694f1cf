"""Several actions in one action cell, set off by semicolons ('Svenskkurs på arbetsplatsen
under arbetstid; Samtalsgrupp i svenska på biblioteket'): one action each, sharing the row's
responsible and time.

A programme that keeps its action table short puts the actions of one goal in one cell and
separates them with semicolons, as a list run on in a line. Each part is then a noun phrase of
its own that opens with a capital letter; a semicolon inside a sentence joins two clauses and
the clause after it runs on in lower case ('... i skolan; de följs upp i maj'). A cell of
several sentences is prose, no list.

A card's action field run on in lower case, each action closed by a bracket of its own
doers and time ('välkomstsamtal … (integrationskoordinatorn, från 2025); läxklubb …
(biblioteket tillsammans med Röda Korset, 2026)'), is such a list too.

A cell written as orders, each action opening with its verb in the infinitive ('Kartlägga
behoven; förmedla platser till kursen', 'Ordna praktik i enheterna samt handleda praktikanterna'),
runs the second action on in lower case after ';' or ' samt ': a part opening with an
infinitive again is a second action of its own, as is an object of the opening verb added with
' samt en / ett' ('Ordna kvällskurser samt en kurs med barnpassning': the verb said once for
both). ' samt ' before anything else joins the parts of one thing ('kurser för föräldrar samt
barn')."""

from __future__ import annotations

import re

from .prose_actions import known_infinitive, reads_as_infinitive
from .text import fold, semicolon_parts, squash

# a running number before the first part ('1.1 A; B') numbers the row, no part of it
_ROW_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")
# a sentence ending and another opening inside a part: prose
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


# words ending in a vowel as an infinitive does that open no order: pronouns, determiners,
# quantifiers and adverbs ('… ; de följs upp', '… ; alla får …')
_NOT_VERBS = frozenset("de du ni vi jag hon han hen den det dem dessa denna detta alla andra manga "
                       "inga bara nya sina vara dina egna hela samma flera sedan ocksa aven dessutom "
                       "da sa ja nu inte vilka vilken vilket varje var hur".split())
# ' samt ' joining two orders, or the opening verb's second object ('samt en kurs …')
_SAMT_RE = re.compile(r"\s+samt\s+(?=[a-zåäö])")


def _opens_with_order(part: str, capital: bool) -> bool:
    """The part opens with a verb in the infinitive: the first part with a capital and a
    verb of doing the action reader knows ('Ordna …', 'Starta …'; many nouns end in a vowel
    as an infinitive does, 'Lovskola', 'Nätverksmöte'), a later one in lower case with a word
    ending as an infinitive does ('… ; förmedla …', the order set by the first)."""
    first = next(iter(part.split()), "")
    if not first or first[:1].isupper() != capital:
        return False
    if capital:
        return known_infinitive(first)
    word = fold(first.strip(",.;:")).lower()
    return len(word) >= 2 and word not in _NOT_VERBS and reads_as_infinitive(word)


def _orders(parts: list[str]) -> bool:
    return _opens_with_order(parts[0], True) and all(_opens_with_order(p, False) for p in parts[1:])


def _samt_actions(text: str) -> list[str] | None:
    """'Ordna X samt handleda Y' / 'Ordna X samt en Y': two actions, the cell an order."""
    parts = _SAMT_RE.split(text)
    if len(parts) != 2 or any(len(p.split()) < 2 for p in parts) or not _opens_with_order(parts[0], True):
        return None
    second = parts[1].split()[0].lower()
    if second in ("en", "ett") or _opens_with_order(parts[1], False):
        return [p.rstrip(".").strip() for p in parts]
    return None


# A serial list of actions run on in one cell: 'A, b samt c' ('Intervju med varje ny arbetstagare,
# kontaktperson för arbetsgivarna samt gemensam rekryteringsmässa'), 'A, b och c', or two named
# things joined by ' samt ' alone ('Kartläggning av tomma bostäder samt bostadsförmedling på
# webbplatsen'). A programme that keeps its plan to one table per goal writes a goal's actions so,
# as a sentence lists things. Each part is a thing done of its own (two words or more, the first
# no function word: a comma before 'där', 'som', 'i', 'under', 'varje', 'två' ... goes on with
# the part before it, a relative clause, a place, a time or a count); the parts after the first
# run on in lower case (capitals after commas list names). The 'och' inside a part stays
# ('talkon och byafester'): the list's last joint is its ' samt ', or, with no ' samt ' in the
# cell, the one ' och ' of the part after the last comma.
_SERIAL_OPENERS_NOT = frozenset(
    "och eller samt att i med av för till på om som från vid inom under över mellan genom efter "
    "hos utan mot enligt den det de dess deras är har ska kan bör så både även man vilka vars när där "
    "vilket vilken varje varav bland exempelvis såsom inklusive däribland dvs d.v.s. alltså t.ex. bl.a. "
    "särskilt främst framför speciellt "
    "minst högst cirka ca två tre fyra fem sex sju åtta nio tio "
    "tillsammans senast fram samtidigt dessutom också alltid ofta främst bara endast".split())
# a part that is a time alone ('hösten 2025', 'varje vår'): the time of what came before
_TIME_ONLY_RE = re.compile(r"^(?:(?:från|fr\.o\.m\.|under|hela|våren|hösten|sommaren|vintern|januari|februari|"
                           r"mars|april|maj|juni|juli|augusti|september|oktober|november|december|år|"
                           r"läsåret|årligen|kvartal\w*|termin\w*)\s*)+(?:(?:19|20)\d{2}\S*)?$", re.I)


def _top_level_split(text: str, sep: str) -> list[str]:
    """`text` split at `sep` outside brackets."""
    out, depth, cur, i = [], 0, [], 0
    while i < len(text):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if depth == 0 and text.startswith(sep, i):
            out.append("".join(cur))
            cur = []
            i += len(sep)
            continue
        cur.append(ch)
        i += 1
    out.append("".join(cur))
    return [p.strip() for p in out]


# a part closing on a name's genitive ('… över kommunernas, välfärdsområdets och …
# tjänster'): the genitives share the noun after the last one, one thing; a lone letter closing
# a part is a word broken by the print ('sysselsättningsområde ts')
_GENITIVE_END_RE = re.compile(r"(?:[^\W\d_]{3,}(?:ens|ets|nas|ns|ts)|\s[^\W\d_])$")
# 'en gång på svenska och en gång på finska': how often, no thing done
_HOW_OFTEN_RE = re.compile(r"^(?:en|ett|två|tre|fyra|några|flera)\s+(?:gång|gånger)\b", re.I)
# 'Främja mottagligheten t.ex. genom att undanröja X, utveckla Y och påverka Z': the list gives
# examples or the ways of one action (an 'att' clause's verbs), no actions of their own
_EXAMPLES_RE = re.compile(r"\b(?:t\.\s?ex\.|till exempel|bl\.\s?a\.|bland annat|exempelvis|såsom|genom att)(?!\w)", re.I)
# 'Språkcafé – Biblioteket ordnar …': a title and its description, one action
_TITLE_DASH_RE = re.compile(r"\s[–—-]\s")


def _serial_part(part: str, last: bool) -> bool:
    toks = part.split()
    if len(toks) < 2 or _TIME_ONLY_RE.match(part) or _HOW_OFTEN_RE.match(part):
        return False
    if not last and _GENITIVE_END_RE.search(part):
        return False
    first = toks[0].lower().strip(",.;:")
    return first not in _SERIAL_OPENERS_NOT and not first[:1].isdigit() and first[:1].isalpha()


def serial_actions(text: str, pair: bool = True) -> list[str] | None:
    """The actions of a cell listing them as a sentence lists things ('A, b samt c', 'A, b och
    c', and with `pair` 'A samt b'), each as printed; else None. Two things joined by ' samt '
    alone are two actions only where the table lists its actions so (`pair`, `serial_table`):
    elsewhere they are as often one offer of two parts ('Lättlästa böcker samt handledning
    varje tisdag')."""
    text = text.strip().rstrip(".").strip()
    if not text[:1].isupper() or _SENTENCE_BREAK_RE.search(text) or ":" in text or "\n" in text \
            or _TITLE_DASH_RE.search(text) or _EXAMPLES_RE.search(text):
        return None
    commas = _top_level_split(text, ", ")
    if len(commas) == 1 and not pair:
        return None
    last = commas[-1]
    # (the last joint ' samt ' only: 'A, b och c' is as often one action of three parts --
    # Vasa's 'Kartläggning av X, utnyttjande av dem och utvecklande av Y' -- as three)
    joint = _top_level_split(last, " samt ")
    if len(joint) != 2:
        return None  # no last joint, or several: no list of this shape
    parts = commas[:-1] + joint
    if len(parts) < 2 or not all(_serial_part(p, k == len(parts) - 1) for k, p in enumerate(parts)):
        return None
    if not all(p[:1].islower() for p in parts[1:]):
        return None
    return parts


def serial_table(cells: list[str]) -> bool:
    """An action column where some cell lists three actions or more as a sentence lists things
    ('A, b samt c'): the table writes a goal's actions so, and two joined by ' samt ' alone in
    another of its cells are two actions too."""
    return any(len(serial_actions(_ROW_NUMBER_RE.sub("", squash(c)), pair=False) or []) >= 3 for c in cells if c)


# a closing bracket of its own ('… (kansliet, 2026)'), no bracket inside it
_OWN_BRACKET_RE = re.compile(r"\([^()]{2,}\)$")


def _each_with_own_tail(parts: list[str]) -> bool:
    """Every part closes with a bracket of its own, its doers and time ('välkomstsamtal med
    alla nyinflyttade (integrationskoordinatorn, från 2025); läxklubb i biblioteket
    (biblioteket tillsammans med Röda Korset)'): a list of actions run on in lower case, as a
    card's 'Åtgärder:' field prints it -- clauses joined by a semicolon close with no bracket
    each."""
    return all(_OWN_BRACKET_RE.search(p) and p[:p.rfind("(")].strip() for p in parts)


def semicolon_actions(cell: str, pair: bool = False) -> list[str] | None:
    """The actions of a cell listing two or more capitalised parts between semicolons, or
    orders run on in lower case after ';' or ' samt ' (the infinitive opening each), or things
    listed as a sentence lists them ('A, b samt c', `serial_actions`; 'A samt b' with `pair`),
    each without its closing full stop; else None."""
    text = _ROW_NUMBER_RE.sub("", squash(cell))
    parts = [p.rstrip(".").strip() for p in semicolon_parts(text)]
    if len(parts) < 2 and not _SENTENCE_BREAK_RE.search(text) and ":" not in text:
        # ('1.5 Kartläggning av X, främjande av Y och Z': an action's own dotted number opening
        # the cell numbers one action, whose short title lists its parts)
        numbered = re.match(r"^\s*\d{1,2}\.\d", squash(cell))
        return _samt_actions(text.rstrip(".")) or (None if numbered else serial_actions(text, pair))
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return None
    if not all(p[:1].isupper() for p in parts) and not _orders(parts) and not _each_with_own_tail(parts):
        return None
    if any(_SENTENCE_BREAK_RE.search(p) for p in parts):
        return None  # sentences: prose, no list of actions
    if any(":" in p for p in parts):
        return None  # a labelled field inside ('Källa: X; Y'): the cell lists no actions
    return parts
