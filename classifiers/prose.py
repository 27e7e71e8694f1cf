"""Goals stated in running text, and what headings announce.

A goal sentence is a copular statement about a goal noun: "Målet är att ...", "Målet med X
är att ...", "Syftet är att ...", "Ett av målen för X är att ...", "I Borgå är målet att ...", "För X är det ett
viktigt mål att ...", "Målsättningen är ...". Not goals: "har som mål att" (a description
of someone's aim, no copula), "Målet är jämlikhet." (no content clause), relative clauses
("..., vars mål är att ...") which describe another thing's aim, the verb 'sträva efter' said of
someone else or qualified ("Staden strävar också efter att ...", "Vi strävar på alla tänkbara sätt
efter att ...": the corpus gold marks none of its four such sentences as a goal; "Vi strävar
efter att alla ..." opening a sentence is the programme's own aim and a goal), and statements of what a
text does ("Målet med programmet är att beskriva ...", "... är att ge en bild av ..."): their
content clause is a verb of describing, so they are about the document, not about integration.
"""

from __future__ import annotations

import re

from .action_number_rows import legend_names_action_fields, without_asides
from .quoted_speech import attributed_quote
from .denied_actions import denied, denied_by_determiner, without_clause_words
from .content_roles import is_indicator_cell
from .decision_intros import decision_intro_kind
from .headers import follow_up_label, header_role, header_roles, label_role
from .inline_lists import inline_items
from .schedule import year_spans
from .other_plans import placed_in_other_plans
from .label_vocab import FOLLOW_UP_PHRASE, FORMS, GOAL_NUMBERED, METER_NOUNS, THEME_LABELS, alt, plural_alt
from .text import GOAL_LABEL_WORDS, ROMAN_NUMERAL, fold, sentences, squash

# (also a sub-goal or main goal: 'Delmål:' over the sub-goals of the goal above)
_GOAL_NOUN = re.compile(
    r"^(?:del|huvud)?(mal|malet|malen|malsattning|malsattningen|malsattningar|malsattningarna|stravan|stravandet|ambitionen"
    r"|syftet)$")


# verbs of describing (diacritics folded): "att beskriva / redogöra för / presentera /
# sammanfatta / sammanställa / ge en bild av ..." says what a text does
_DESCRIBE_VERB = re.compile(r"^(beskriva|redogora|presentera|sammanfatta|sammanstalla|illustrera|aterge)$")
_OVERVIEW_NOUN = re.compile(r"^(bild|overblick|oversikt|inblick|lagesbild|sammanfattning|beskrivning)$")
# adverbs that may stand between 'att' and its verb ('att kort beskriva')
_ATT_ADVERB = frozenset("kort narmare aven ocksa bland annat framfor allt".split())


def _describes_text(clause: list[str]) -> bool:
    """The tokens after 'att' open with a verb of describing ('beskriva hur ...', 'ge en
    (kort) bild av ...')."""
    toks = [t for t in clause if t not in _ATT_ADVERB]
    if not toks:
        return False
    if _DESCRIBE_VERB.match(toks[0]):
        return True
    return toks[0] == "ge" and any(_OVERVIEW_NOUN.match(t) for t in toks[1:4])


def folded_tokens(s: str) -> list[str]:
    """The words of `s` folded (`text.fold`) as runs of [a-z0-9]: what the sentence patterns here match."""
    return re.findall(r"[a-z0-9]+", fold(s))


# the adverbs a wish's verb takes before what is wished ('Vi vill också att …', 'Vi vill
# särskilt att …' singling a part out), folded for the token patterns and as printed for the
# others: one list for every wish pattern below
_WISH_ADVERB = r"(?:ocksa|aven|dessutom|sarskilt)"
_WISH_ADVERB_SV = r"(?:också|även|dessutom|särskilt)"


# 'Vi vill att alla barn får ...', 'Vi vill (också) motverka ...': the programme's own wish,
# (also with the adverb 'särskilt', as with 'också': 'Under perioden vill vi särskilt att X' singles X out)
# at the start of the sentence; not 'Vi vill tacka ...', nor the writers turning to the
# reader ('Vi vill ändå berätta varför.', 'Vi vill förklara ...', 'Vi vill påminna om ...':
# what the text is about to say, no state the programme wants), nor a preference weighed
# against another ('Vi vill hellre ha färre teman … än …', 'Vi vill snarare …': the writers'
# choice between two ways of making the plan, no state aimed at)
_WISH_RE = re.compile(r"^(?:vi|kommunen|staden)\s+vill\s+"
                      r"(?!(?:(?:ocksa|aven|dessutom|sarskilt|anda|garna)\s+)?"
                      r"(?:tacka|beratta|forklara|informera|paminna|papeka|betona|understryka)\b)"
                      r"(?!(?:" + _WISH_ADVERB + r"\s+)?(?:hellre|snarare)\b)"
                      r"(?:" + _WISH_ADVERB + r"\s+)?\w")


# 'Vi lovar att du får hjälp ...', 'Staden lovar att ...': the programme's promise in its own
# voice (a programme written as promises to its residents, 'Löfte 1: ...'): the state it
# commits to bring about, a goal as its wish is
_PROMISE_RE = re.compile(r"^(?:vi|kommunen|staden)\s+lovar\s+(?:(?:ocksa|aven|dessutom)\s+)?att\s+\w")


# 'Vi strävar (också) efter att alla ...': the programme's own aim in its own voice, at the
# sentence's start (three blind writers' goals). Not an actor's effort described from outside
# ('Staden strävar också efter att bygga upp ...', 'I vägledningen strävar man efter att ...')
# nor a qualified one ('Vi strävar på alla tänkbara sätt efter att ...'): the corpus gold marks
# none of those four sentences as a goal
_STRIVE_RE = re.compile(r"^vi\s+stravar\s+(?:(?:ocksa|aven|dessutom)\s+)?efter\s+att\s+\w")
# 'Kommunen strävar efter att alla ...' opening its paragraph: the programme's municipality
# states its aim as the paragraph's point (a goal chapter's sub-section). Not mid-paragraph
# nor with 'också' ('... Staden strävar också efter att bygga upp ...' adds one more effort
# to those the paragraph describes: the corpus gold marks it no goal)
_OWN_STRIVE_RE = re.compile(r"^(?:kommunen|staden)\s+stravar\s+efter\s+att\s+\w")
# ... and after a sentence of background when its content clause names the state aimed at
# with 'ska' ('Den första tiden avgör mycket. Kommunen strävar efter att varje ny invånare
# ska få …'): the aim as the paragraph's point, as when it opens it. An effort said with a
# bare verb ('… Staden strävar efter att ge likvärdig information …') or a passive ('… att
# invandrare betjänas …') describes how work is done, no state aimed at
_OWN_STRIVE_STATE_RE = re.compile(r"^(?:kommunen|staden)\s+stravar\s+efter\s+att\s+(?:\w+\s+){1,10}?ska\s+\w")


# the same aim said after a fronted adverbial, subject and verb inverted as Swedish word order
# wants ('Inom området arbete strävar vi efter att X', 'I Dalsvik vill vi att X', 'Under
# perioden strävar kommunen efter att X', 'För barn och unga lovar vi att X'): a goal section's
# paragraph naming its area or time first. Read in straight order ('vi strävar efter att X')
# by the rules above. Only with the content clause ('efter att', 'att'): 'I kapitlet vill vi
# beskriva ...' turns to the reader. The adverbial is a prepositional phrase of at most eight
# words without a comma ('För att nå målet strävar vi ...' is a means, not an area)
_FRONTED_OWN_VOICE_RE = re.compile(
    r"^(?:inom|i|pa|under|for|bland|hos|infor|fram\s+till)\s+(?!att\b)(?:[a-z0-9]+\s+){0,7}?"
    r"(?P<verb>stravar|vill|lovar)\s+(?P<subj>vi|kommunen|staden)\s+"
    r"(?P<rest>(?:" + _WISH_ADVERB + r"\s+)?(?:efter\s+)?att\s+\w.*)$")
_FRONTED_COMMA_RE = re.compile(r"^[^,;:]*?\b(?:strävar|vill|lovar)\s+(?:vi|kommunen|staden)\b", re.I)


def as_own_municipality(sentence: str, own_name: str | None) -> str:
    """`sentence` with the programme's own municipality named by its name as the subject of
    'strävar efter att' ('Ramsö strävar efter att …', 'Dalby kommun strävar efter att …') said
    as 'Kommunen …': the name (metadata) stands for the municipality, so its aim reads as the
    municipality's own ('Kommunen strävar efter att …', `_OWN_STRIVE_RE`). Only that verb: 'X
    vill vara en kommun där …' is the vision a name opens, as 'Kommunen vill …' is a wish
    read by other rules. `sentence` unchanged without a name or when it does not open so."""
    if not own_name:
        return sentence
    m = re.match(rf"{re.escape(own_name)}(?:\s+(?:kommun|stad))?\s+(?=(?:också\s+)?strävar\s+efter\s+att\b)",
                 sentence.strip())
    if m is None:
        return sentence
    return "Kommunen " + sentence.strip()[m.end():]


def _straight_order(head: str, sentence: str) -> str:
    """`head` (folded tokens) in straight order when it opens with a fronted adverbial and the
    inverted 'strävar vi efter att' / 'vill vi att' / 'lovar vi att' ('inom omradet x stravar
    vi efter att y' -> 'vi stravar efter att y'); else `head` as it is."""
    m = _FRONTED_OWN_VOICE_RE.match(head)
    if m is None or not _FRONTED_COMMA_RE.match(squash(sentence)):
        return head
    verb, rest = m.group("verb"), m.group("rest")
    if verb != "stravar" and rest.split(" ", 1)[0] == "efter":
        return head
    if verb == "stravar" and "efter att" not in rest[:30]:
        return head
    return f"{m.group('subj')} {verb} {rest}"


# when the programme counts as a success, said at the sentence's start: 'Integrationen
# lyckas när ...', 'Vi har lyckats när ...', 'Arbetet är lyckat om ...' -- the state aimed at
_SUCCESS_RE = re.compile(r"^(?:\w+\s+){1,3}(?:lyckas|har\s+lyckats|ar\s+lyckad|ar\s+lyckat)\s+(?:nar|om)\s+\w")


# 'också' / 'även' right after the wish's 'att', qualifying its subject ('Vi vill att också
# nya invånare ...'); not after its verb ('Vi vill också motverka ...', 'Vi vill också att
# ...': one more wish of the programme, a goal wherever it stands)
_ADDING_RE = re.compile(r"^(?:\w+\s+){1,2}vill\s+att\s+(?:ocksa|aven)\b")


# the wish's verb followed by 'särskilt' ('Vi vill särskilt att Y', fronted 'Under perioden vill
# vi särskilt att Y'): Y singled out as the part wanted most, of the goal stated just before
_SINGLES_OUT_RE = re.compile(r"^(?:vi|kommunen|staden)\s+(?:vill|stravar|lovar)\s+sarskilt\s+")


def singles_out(sentence: str) -> bool:
    """A wish whose verb is followed by 'särskilt' ('Under perioden vill vi särskilt att X'):
    after a goal it singles X out of that goal, a part of it."""
    toks = folded_tokens(sentence)
    return bool(_SINGLES_OUT_RE.match(_straight_order(" ".join(toks), sentence)))


def _adds_to_description(toks: list[str]) -> bool:
    """A wish after other sentences of its paragraph that extends what they describe to
    others too ('Föreningslivet är ortens styrka. Vi vill att också nya invånare ska få vara
    med.'): it says the described state should include them, an aside of the description;
    the section's goal is stated in a sentence of its own."""
    return bool(_ADDING_RE.match(" ".join(toks)))


def states_success(sentence: str) -> bool:
    """'Integrationen lyckas när ...', 'Vi har lyckats när ...': when the work counts as a success."""
    return bool(_SUCCESS_RE.match(" ".join(folded_tokens(sentence))))


def states_wish(sentence: str) -> bool:
    """'Vi vill att ...', 'Kommunen vill ...': the programme's wish in its own voice."""
    return bool(_WISH_RE.match(" ".join(folded_tokens(sentence))))


# the purpose of the document itself ('Syftet med (detta) programmet / planen är att samordna
# arbetet ...'): what the text is written for, as 'Programmet beskriver ...' says, no state
# of the municipality aimed at (the goal of a programme is said with 'Målet med programmet')
_OF_THE_DOCUMENT_RE = re.compile(r"^med\s+(?:(?:detta|det|denna|den)\s+(?:har\s+)?)?\w*(?:programmet|planen|dokumentet)\b")


def _verb_ar_flags(sentence: str, toks: list[str]) -> list[bool]:
    """Per folded token of `sentence`: False where it is the noun 'år' (a year) printed with its
    ring, which folding makes 'ar' like the verb 'är'; True elsewhere (an OCR'd 'ar' may be
    either: read as the verb, as before). All True when the words do not line up."""
    flags: list[bool] = []
    for w in re.findall(r"[^\W_]+", sentence.lower()):
        for t in re.findall(r"[a-z0-9]+", fold(w)):
            flags.append(not (t == "ar" and w == "år"))
    return flags if len(flags) == len(toks) else [True] * len(toks)


# a participle in the plural after 'är' ('numrerade', 'ordnade', 'skrivna'): what is said of
# the goals as printed items ('Målsättningarna är numrerade …'), no goal stated
_PLURAL_PARTICIPLE_RE = re.compile(r"^[a-z]{3,}(?:ade|na)$")


# a goal sentence's opener: the goal noun (owned or qualified: 'Vårt mål', 'Kommunens
# målsättning', 'Målsättningen för perioden'), 'är' ('är också', 'är även') and 'att'
_GOAL_OPENER_RE = re.compile(
    r"^\s*(?:(?:vårt|vår|kommunens|stadens|programmets|det\s+övergripande|ett\s+annat|ett)\s+)?"
    # an adjective after the owner ('Programmets övergripande mål', 'Kommunens långsiktiga
    # mål', 'Vårt viktigaste mål'): the same goal noun, qualified
    r"(?:[^\W\d_]{3,}[ea]\s+)?"
    r"(?:del|huvud)?(?:målet|mål|målsättningen|målsättning|syftet)"
    r"(?:\s+(?:för|med|inom)\s+[^\W\d_][^,.:;]{0,40}?)?"
    r"\s+är\s+(?:(?:också|även|därför)\s+)?att\s+(?P<clause>[^\W\d_].*)$", re.I | re.S)


# ... or the programme's wish, promise or aim in its own voice ('Vi vill att X', 'Vi vill också
# att X', 'Kommunen strävar efter att X', 'Vi lovar att X'): the goal X, as after the goal noun
_OWN_VOICE_OPENER_RE = re.compile(
    r"^\s*(?:vi|kommunen|staden)\s+(?:vill|lovar|strävar(?:\s+(?:också|även|dessutom))?\s+efter)"
    r"\s+(?:" + _WISH_ADVERB_SV + r"\s+)?att\s+(?P<clause>[^\W\d_].*)$", re.I | re.S)
# ... and so after a fronted adverbial ('Inom området X strävar vi efter att Y': the goal Y,
# `_straight_order`)
_FRONTED_OPENER_RE = re.compile(
    r"^\s*(?:inom|i|på|under|för|bland|hos|inför|fram\s+till)\s+(?!att\b)[^,.:;]{1,80}?\s+"
    r"(?:strävar\s+(?:vi|kommunen|staden)\s+(?:(?:också|även|dessutom)\s+)?efter"
    r"|(?:vill|lovar)\s+(?:vi|kommunen|staden)\s+(?:" + _WISH_ADVERB_SV + r"\s+)?)"
    r"\s*att\s+(?P<clause>[^\W\d_].*)$", re.I | re.S)
# the programme's overarching goal named by its noun ('det övergripande målet', 'programmets
# övergripande mål', 'huvudmålet'), the goal every area's goal serves
_OVERARCHING_RE = re.compile(r"(?<!\w)(?:övergripande\s+mål(?:et|en)?|huvudmål(?:et|en)?)(?!\w)", re.I)


def overarching_goal_sentence(text: str) -> bool:
    """A goal sentence that states the overarching goal ('Programmets övergripande mål är
    att X', 'Huvudmålet är att X'): its opener names that noun."""
    m = _GOAL_OPENER_RE.match(squash(text or ""))
    return bool(m) and _OVERARCHING_RE.search(squash(text)[:m.start("clause")]) is not None


def refers_to_overarching_goal(text: str) -> bool:
    """A paragraph that speaks of the overarching goal without stating it ('Följande åtgärder
    gäller hela organisationen och stöder programmets övergripande mål.'): what it leads in
    serves that goal."""
    return _OVERARCHING_RE.search(squash(text or "")) is not None and not overarching_goal_sentence(text)


# a lead-in saying that what it introduces serves no one goal ('Följande åtgärder gäller hela
# programmet och är inte knutna till ett enskilt mål', 'Åtgärderna är inte kopplade till något
# särskilt mål', 'Seuraavat toimenpiteet eivät kohdistu yksittäiseen tavoitteeseen / eivät
# liity mihinkään yksittäiseen tavoitteeseen'): the common actions of a plan, of no goal
_NO_SINGLE_GOAL_RE = re.compile(
    r"(?:\b(?:inte|ej)\s+(?:är\s+|direkt\s+)?(?:knutna?|kopplade?|bundna?|riktade?|hänförda?)\s+(?:till\s+)?"
    r"(?:ett\s+|något\s+|någon\s+)?(?:enskilt|enskild|särskilt|visst|specifikt|enda)\s+mål"
    r"|\beivät\s+(?:kohdistu|liity|ole\s+sidottu|ole\s+sidottuja|kuulu)\s+(?:mihinkään\s+|yhteen\s+)?"
    r"(?:yksittäiseen|tiettyyn|yhteen)\s+tavoitteeseen)", re.I)


def leads_in_actions_of_no_goal(text: str) -> bool:
    """A paragraph saying the actions it leads in are tied to no single goal ('Följande
    åtgärder gäller hela programmet och är inte knutna till ett enskilt mål.')."""
    return _NO_SINGLE_GOAL_RE.search(squash(text or "")) is not None


# a chapter's title naming the actions of the whole organisation ('5 Stadsövergripande
# åtgärder', 'Kommunövergripande insatser', 'Åtgärder för hela kommunen', 'Läpileikkaavat
# toimenpiteet', 'Koko kaupunkia koskevat toimenpiteet'): after the goals' chapters, the
# common actions, of no one goal ('Gemensamma åtgärder' may be the goals' shared ones: not so)
_ACTIONS_OF_NO_GOAL_TITLE_RE = re.compile(
    r"^(?:(?:kommun|stads|sektors|förvaltnings|organisations)?övergripande\s+(?:åtgärder|insatser)"
    r"|(?:åtgärder|insatser)\s+för\s+hela\s+(?:kommunen|staden|organisationen|kommunorganisationen|stadsorganisationen)"
    r"|(?:läpileikkaavat|koko\s+(?:kuntaa|kaupunkia|organisaatiota)\s+koskevat)\s+toimenpiteet)\s*$", re.I)


def titles_actions_of_no_goal(heading: str) -> bool:
    """A heading (its number stripped) naming the whole organisation's common actions."""
    return _ACTIONS_OF_NO_GOAL_TITLE_RE.match(squash(heading or "")) is not None


def goal_clause(text: str) -> str | None:
    """The goal a goal sentence states, without its opener: 'Målsättningen är att fler
    inflyttare får arbete' -> 'fler inflyttare får arbete'. Writers of integration
    programmes' summaries quote a prose goal either way (most keep the opener, as koto's
    goal text does; some give the clause alone): koto keeps both readings (`Goal.clause`),
    as it does a measure's printed form. None for a goal with no such opener."""
    flat = squash(text or "")
    m = _GOAL_OPENER_RE.match(flat) or _OWN_VOICE_OPENER_RE.match(flat)
    if m is None:
        head = " ".join(folded_tokens(flat))
        if _straight_order(head, flat) != head:
            m = _FRONTED_OPENER_RE.match(flat)
    return m.group("clause") if m else None


# the municipality's aim added to a goal just stated ('Målet är att X. Dessutom strävar staden
# efter att Y.', '… Kommunen strävar också efter att Y.'): an additive adverb, fronted or after
# the verb, with the own-voice 'strävar efter att' (folded)
_ADDED_AIM_RE = re.compile(
    r"^(?:(?:dessutom|ocksa|aven|vidare|darutover)\s+stravar\s+(?:vi|kommunen|staden)\s+"
    r"|(?:kommunen|staden)\s+stravar\s+(?:ocksa|aven|dessutom)\s+)efter\s+att\s+\w")


# the parts of a table, as a reading guide names them ('cellen', 'kolumnen', 'raden', 'fältet')
_TABLE_PARTS = frozenset(("cell", "cellen", "cellerna", "kolumn", "kolumnen", "kolumnerna", "rad", "raden",
                          "raderna", "falt", "faltet", "falten", "ruta", "rutan", "rutorna"))


def is_goal_sentence(sentence: str, opens_paragraph: bool = True, after_goal: bool = False) -> bool:
    """`opens_paragraph`: the sentence is the first of its paragraph. A bare 'Syftet är att
    ...' after other sentences is the purpose of what they described ('De lutherska
    församlingarna bedriver ett uppsökande arbete ... Syftet är att stärka dialogen.'), not the
    programme's goal; opening its paragraph it states the section's aim. `after_goal`: the
    sentence right before it in its paragraph states a goal -- an aim it adds ('Dessutom
    strävar staden efter att Y.') is a second goal, where after a description ('Staden strävar
    också efter att bygga upp …') it is one more effort described."""
    if attributed_quote(sentence):
        # '"Vi vill att ...", säger hon.': someone's words quoted, not the programme's goal
        return False
    toks = folded_tokens(sentence)
    if sentence.rstrip().endswith(":") and _names_principles(toks):
        # 'I X vill vi att arbetet vilar på följande principer:': the wish introduces the
        # list of principles it names (`intro_kind` reads the list so), no goal stated
        return False
    if after_goal and not opens_paragraph and len(toks) >= 6 and _ADDED_AIM_RE.match(" ".join(toks)):
        return True
    head = _straight_order(" ".join(toks), sentence)
    toks = head.split(" ") if toks else toks
    if (_WISH_RE.match(head) or _SUCCESS_RE.match(head) or _STRIVE_RE.match(head)
            or _PROMISE_RE.match(head)) and len(toks) >= 5:
        return opens_paragraph or not _adds_to_description(toks)
    if opens_paragraph and _OWN_STRIVE_RE.match(head) and len(toks) >= 6:
        return True
    if _OWN_STRIVE_STATE_RE.match(head):
        return True
    verb_flags: list[bool] | None = None
    for i, t in enumerate(toks):
        if not _GOAL_NOUN.match(t):
            continue
        if i > 0 and toks[i - 1] in ("vars", "vilkas"):
            continue
        if 1 < i and toks[i - 1] == "dar" and t.endswith(("et", "en")) \
                and re.search(rf",\s*d[aä]r\s+{t}\b", fold(sentence)):
            # '…, där målet är att …', set off by its comma after the noun it describes
            # ('Integration betyder en växelverkan mellan X och Y, där målet är att …',
            # 'kommunstrategin, där målet är att …'): the non-restrictive relative clause states
            # that thing's aim, as 'vars mål är' does -- no goal of the programme's own (the
            # restrictive 'Vi bygger en kommun där målet är att …' still states one)
            continue
        if _reported(toks, i):
            continue
        if t == "syftet" and not opens_paragraph:
            continue
        if i > 0 and (toks[i - 1] in _TABLE_PARTS or (toks[i - 1] in ("for", "med") and i > 1
                                                       and toks[i - 2] in _TABLE_PARTS)):
            # 'Där cellen för målsättning är tom gäller samma målsättning som på raden
            # ovanför.', 'kolumnen mål': the goal noun names a column of a table, the sentence
            # says how the table is read -- no goal stated
            continue
        after = toks[i + 1 : i + 10]
        if t == "syftet" and _OF_THE_DOCUMENT_RE.match(" ".join(after[:4])):
            continue  # 'Syftet med programmet är att samordna ...': what the document is for
        
        # "<mål> ... är (även) att ..." / "Målsättningen är ..."
        # (not the noun 'år', which folds to the same token: 'varje mål innehåller ett tal och
        # ett år, så att ...' says what the goals look like, no goal)
        if verb_flags is None:
            verb_flags = _verb_ar_flags(sentence, toks)  # (once per sentence, at its first goal noun)
        k = next((j for j, (a, v) in enumerate(zip(after, verb_flags[i + 1 : i + 10])) if a == "ar" and v), None)
        if k is not None:
            rest = after[k + 1 : k + 4]
            if "att" in rest:
                if _NEGATION.intersection(rest[:rest.index("att")]):
                    # 'Målet är inte att ersätta X utan att Y': what the goal is not, said to
                    # explain the aim of what the paragraph describes -- no goal stated
                    return False
                if _INFINITIVE_ADJECTIVES.intersection(rest[:rest.index("att")]) \
                        and t.endswith(("et", "en")) and ":" not in sentence:
                    # 'Målsättningen om gemenskap är svår att mäta', 'Målet är lätt att följa
                    # upp': an adjective the 'att' completes ('hard to measure') says what the
                    # goal, the definite noun as the subject, is like to measure or reach -- a
                    # remark on it, no goal stated (not a label, 'Mål 5: Servicen är lätt att
                    # hitta', whose own subject is what is lätt)
                    continue
                j = i + 1 + k + 1 + rest.index("att") + 1
                return not _describes_text(toks[j : j + 6])
            if t.startswith("malsattning") and k == 0 and len(after) > 3:
                # ... but 'Målsättningarna är numrerade 1–5 i den ordning …': the goals in the
                # plural said to be numbered, ordered or listed -- a note on how they are
                # printed, no goal
                return not (t.endswith("arna") and _PLURAL_PARTICIPLE_RE.match(after[k + 1]))
            if (opens_paragraph and t != "syftet" and not t.endswith(("arna", "ar")) and rest[:1] in (["en"], ["ett"])
                    and any(w in ("som", "dar") for w in after[k + 2 : k + 6])
                    and not re.search(r"[:–—]", re.split(r"\s(?:är|ar)\s", sentence, maxsplit=1)[0])):
                # 'Vår målsättning för perioden är en rådgivning som når nya invånare …',
                # 'Målet är ett samhälle där alla …': the goal stated as the state reached, a
                # noun phrase with its relative clause, opening its paragraph (the goal noun
                # the subject: no label before it, 'Mål 5: Kommunen är en plats där …', whose
                # subject is the place)
                return True
        # "... är det ett (viktigt) mål att ..." / "I Borgå är målet att ..."
        if toks[i + 1 : i + 2] == ["att"] and "ar" in toks[max(0, i - 5) : i]:
            return not _describes_text(toks[i + 2 : i + 8])
    return False


# the negations between a goal noun's 'är' and its 'att' ('Målet är inte att …', 'Syftet är
# alltså inte att …'), folded as the sentence's tokens are
_NEGATION = frozenset(("inte", "icke", "ej", "aldrig"))


# the adjectives of ease, difficulty and possibility an infinitive 'att' completes ('svår att
# mäta', 'lätt att följa', 'möjligt att nå'), folded as the sentence's tokens are
_INFINITIVE_ADJECTIVES = frozenset(("svar", "svart", "svara", "svarare", "latt", "latta", "lattare", "enkel",
                                    "enkelt", "enkla", "mojlig", "mojligt", "mojliga", "omojlig", "omojligt",
                                    "omojliga", "komplicerat", "krangligt"))


# prepositions before 'att' that open a clause of purpose or means ('för att', 'genom att'),
# not a reported statement
_ATT_PREPOSITIONS = frozenset("for genom utan efter om till med pa i av".split())


def _infinitive_att(before: list[str], k: int) -> bool:
    """The 'att' at before[k] follows a reflexive verb of commitment ('Parterna förbinder
    sig att verka för följande mål:', 'Kommunen åtar sig att ...'): an infinitive marker
    whose clause is what the subject itself takes on, not a content clause reporting what
    another body said. An agreement-style programme states its own goals so. ('Det visade
    sig att ...', 'it turned out that', is a content clause: excluded.)"""
    return k >= 1 and before[k - 1] == "sig" and not (k >= 2 and before[k - 2].startswith("visa"))


# the documents other bodies adopt, whose goals a programme quotes ('Stadsstrategins mål som
# berör integrationen är:', 'Lagens syfte är:'); the programme's own goals are 'programmets'
_OTHER_DOCUMENTS = ("strategi", "lag", "policy", "redogorelse", "regeringsprogram", "forordning", "direktiv")


def _of_other_document(toks: list[str], i: int) -> bool:
    """The goal noun at toks[i] is owned by another document: a genitive right before it
    whose head is such a document ('stadsstrategins', 'lagens', 'policyns')."""
    if i == 0:
        return False
    owner = toks[i - 1]
    if owner.endswith("s") and any(owner[:-1].endswith(d + e) for d in _OTHER_DOCUMENTS
                                   for e in ("n", "en", "ns", "ens", "ets")):
        return True
    # 'I kommunstrategin (Jomala 2030) är målet att ...': the goal stated in that document
    return _in_other_document(toks[:i])


# how near before the goal noun the relative 'där' stands ('där ett av de strategiska målen')
_WHERE_REACH = 5
# the document words long enough to be told inside a compound ('kommunstrategin'; 'lag' is
# inside too many words, 'förslag', 'underlag')
_COMPOUND_DOCUMENTS = tuple(d for d in _OTHER_DOCUMENTS if len(d) > 3)


def _where_other_document(before: list[str]) -> bool:
    """The goal noun stands in a relative clause on another document: 'där' a few words
    before it, and that document named before 'där' ('... och på kommunstrategin Lappvik
    2030, där ett av de strategiska målen är att ...'): the strategy's goal, which the
    programme builds on, as 'vars mål är att ...' states another thing's aim."""
    # (a count inside the noun phrase adds no distance: 'där ett av de fyra strategiska målen')
    near = [j for j in range(len(before)) if not _is_count(before[j])]
    k = next((j for j in reversed(near[-_WHERE_REACH:]) if before[j] == "dar"), None)
    return k is not None and any(d in t for t in before[:k] for d in _COMPOUND_DOCUMENTS)


# the cardinal numbers up to ten (folded) and figures: how many goals a phrase counts
_COUNT_WORDS = frozenset(("tva", "tre", "fyra", "fem", "sex", "sju", "atta", "nio", "tio"))


def _is_count(tok: str) -> bool:
    return tok.isdigit() or tok in _COUNT_WORDS


def _opens_on_other_document(toks: list[str]) -> bool:
    """The sentence opens on another body's document in the definite form, its subject
    ('Stadsstrategin Sundmark 2030 har tre strategiska mål …', 'Strategin har …', 'Lagen
    anger …'): the goals it goes on to name are that document's."""
    if not toks:
        return False
    first = toks[0]
    return first in ("lagen", "lagarna") or any(first.endswith(d + e) for d in _COMPOUND_DOCUMENTS
                                                for e in ("n", "en", "et", "erna"))


def _in_other_document(before: list[str]) -> bool:
    """The sentence opens 'I <document>' ('I kommunstrategin', 'I lagen'): what it says
    next is that document's."""
    if len(before) < 2 or before[0] != "i":
        return False
    doc = before[1]
    return any(doc.endswith(d + e) for d in _OTHER_DOCUMENTS for e in ("n", "en", "et"))


# the verbs by which a document is said to hold or set goals ('Strategin har tre strategiska
# mål:', 'Lagen anger följande mål:', 'Stadsstrategin innehåller fyra mål:'), folded
_HOLDS_VERBS = frozenset(("har", "innehaller", "anger", "omfattar", "bestar", "faststaller", "stakar",
                          "listar", "namner", "uppstaller", "staller", "definierar", "pekar"))


def _other_document_subject(before: list[str]) -> bool:
    """The sentence's subject, opening it, is another document that is said to hold the goal
    noun after it ('Strategin har tre strategiska mål:', 'Kommunstrategin innehåller följande
    mål:'): that document's goals, as its genitive ('strategins mål') names them."""
    if len(before) < 2 or before[1] not in _HOLDS_VERBS:
        return False
    # (a short document word only alone, 'Lagen': inside a word it is another's, 'förslagen')
    doc = before[0]
    return any(doc == d + e or (d in _COMPOUND_DOCUMENTS and doc.endswith(d + e))
               for d in _OTHER_DOCUMENTS for e in ("n", "en", "et"))


def _reported(toks: list[str], i: int) -> bool:
    """The goal noun at toks[i] stands in what the sentence reports someone else saying or
    deciding: in a content clause after a verb ('Statsrådets redogörelse lyfter fram att
    målen för integrationspolitiken är att ...', 'Lagen anger att syftet är ...') or after
    'enligt' ('Enligt lagen är målet att ...'). A programme states its own goals in a main
    clause ('Målet är att ...', 'Vi vill att ...'); no goal of the golden or blind gold is
    so embedded."""
    before = toks[:i]
    if "enligt" in before or _of_other_document(toks, i) or _where_other_document(before) \
            or _other_document_subject(before):
        return True
    if _own_programme_clause(before):
        return False
    return any(t == "att" and (k == 0 or before[k - 1] not in _ATT_PREPOSITIONS)
               and not _infinitive_att(before, k)
               for k, t in enumerate(before))


def _own_programme_clause(before: list[str]) -> bool:
    """The content clause holding the goal noun has this programme as its subject: 'att
    programmet har följande mål' in the council's decision adopting it ('Stadsfullmäktige
    beslutade ... att godkänna integrationsprogrammet ... och att programmet har följande
    mål:'). The council adopts the programme's own goals, so they are no other body's goals
    reported: a programme whose goals are set only in the decision lists them there. The
    definite 'programmet' / 'planen' (a compound too: 'integrationsprogrammet') names the
    document itself; another body's is named by its genitive ('regeringsprogrammets mål')."""
    last_att = max((k for k, t in enumerate(before) if t == "att"), default=None)
    if last_att is None or last_att + 1 >= len(before):
        return False
    subject = before[last_att + 1]
    return subject.endswith(("programmet", "planen")) and not subject.startswith("regerings")


# what stands before 'ska' in a sentence stating a requirement: its subject, a few words
_REQUIRED_SUBJECT_MAX = 6


def states_requirement(sentence: str) -> bool:
    """'Kommunen ska se till att alla ...', 'Barn med annat modersmål ska få ...': a main
    clause whose subject (a few words, no clause of its own, not 'vi') is followed by 'ska'
    / 'skall': what is to hold. Whether it is a goal depends on where it stands
    (`Builder._requirements_before_actions`)."""
    toks = folded_tokens(sentence)
    k = next((i for i, t in enumerate(toks) if t in ("ska", "skall")), None)
    if not k or k > _REQUIRED_SUBJECT_MAX or toks[0] in ("vi", "det", "de", "den", "detta", "dessa"):
        return False
    return not any(t in _SUBJECT_BREAKS for t in toks[:k]) and len(toks) - k >= 4


_SUBJECT_BREAKS = frozenset("som att nar om eftersom men ar har kan var finns".split())


def goal_sentences(paragraph: str) -> list[str]:
    """The goals a paragraph states, each its sentence -- or, for a main clause after a comma
    and a conjunction ('Samtidigt vill staden att …, och därför är målet att X.'), the goal X
    it states (`coordinated_goal_clause`). A paragraph naming its goals by the goal noun
    ('Målet är att …') says which of its sentences are goals: a wish leading up to them
    ('Staden vill att alla invånare ska kunna påverka. Målet är att …') is their motivation;
    one after them ('Vi vill också motverka …') adds a goal."""
    stated: list[tuple[str, bool]] = []
    goal_before = False  # the sentence before states a goal
    for k, s in enumerate(sentences(paragraph)):
        if is_goal_sentence(s, opens_paragraph=k == 0, after_goal=goal_before):
            stated.append((s, not states_in_own_voice(s)))
            goal_before = True
        elif (clause := coordinated_goal_clause(s)) is not None:
            stated.append((clause, True))
            goal_before = True
        else:
            goal_before = False
    first = next((k for k, (_, by_noun) in enumerate(stated) if by_noun), None)
    if first is not None and not adds_to_goal_before(stated[first][0]):
        # (a wish leading up to them; one after them, 'Vi vill också …', adds a goal, and so
        # does the wish a noun goal opening 'Dessutom …' adds to)
        stated = [(s, by_noun) for k, (s, by_noun) in enumerate(stated) if by_noun or k > first]
    return [s for s, _ in stated]


# 'Dessutom är målet att …', 'Också …', 'Vidare …': the sentence adds to a goal stated before it
_ADDITIVE_OPENING_RE = re.compile(r"^(?:dessutom|ocksa|aven|vidare|darutover|utover\s+detta)\b")


def adds_to_goal_before(sentence: str) -> bool:
    """The goal sentence opens with an additive adverb ('Dessutom är målet att …'): what came
    before it was a goal too, not its motivation."""
    return bool(_ADDITIVE_OPENING_RE.match(" ".join(folded_tokens(sentence))))


def states_in_own_voice(sentence: str) -> bool:
    """'Vi vill att …', 'Kommunen strävar efter att …', 'Vi lovar att …', 'Integrationen lyckas
    när …': a goal said in the programme's own voice, not by the goal noun."""
    head = _straight_order(" ".join(folded_tokens(sentence)), sentence)
    return bool(_WISH_RE.match(head) or _SUCCESS_RE.match(head) or _STRIVE_RE.match(head)
                or _PROMISE_RE.match(head) or _OWN_STRIVE_RE.match(head))


# the goal noun and its content clause: 'målet att <clause>', 'målet är (också) att <clause>'
_GOAL_CLAUSE_RE = re.compile(
    r"\b(?:del|huvud)?(?:mål(?:et)?|målsättning(?:en)?)\s+(?:(?:är|var)\s+(?:(?:även|också|dessutom)\s+)?)?att\s+(?P<clause>\w.*)$",
    re.I | re.S)
# a clause coordinated after a comma ('…, och därför är målet att …', '…, men målet är att …'):
# a main clause of its own, whatever the clause before it reports
_COORDINATED_RE = re.compile(r",\s+(?:och|men|så)\s+(?P<rest>\S.*)$", re.S)


def coordinated_goal_clause(sentence: str) -> str | None:
    """'Samtidigt vill staden att …, och därför är målet att andelen … ökar.': the goal the
    main clause after the comma and conjunction states, else None."""
    m = _COORDINATED_RE.search(sentence)
    if m is None:
        return None
    rest = m.group("rest")
    rest = rest[:1].upper() + rest[1:]
    if not is_goal_sentence(rest) or states_in_own_voice(rest):
        return None
    found = _GOAL_CLAUSE_RE.search(rest)
    return found.group("clause") if found else None


_TABLE_CAPTION_RE = re.compile(r"^\s*(?:tabell|tab\.)\s*(?:nr\.?\s*)?\d+", re.I)


def names_programme_and_plan(heading: str) -> bool:
    """A heading that names a programme and its plan as documents ('Integrationsprogram och
    åtgärdsplan 2026–2029'): the title of the whole document, which holds its background and
    goals as well as its actions -- it announces no list of actions ('4. Åtgärdsplan' does)."""
    words = re.findall(r"[^\W\d_]+", heading.lower())
    return any(w.endswith("program") for w in words) and any(w.endswith(("plan", "planen")) for w in words)


def coordinates_programme(heading: str) -> bool:
    """A heading that joins a part to the programme itself with 'och' ('Utvärdering och
    integrationsprogram 2026–2029', 'Utvärdering av perioden 2022–2025 och integrationsprogram
    2026–2029'): the title of a document that holds an evaluation *and* the whole programme
    (its goals, actions and meters), so it announces no one role. The programme named in the
    indefinite ('-program') is a document of its own; 'Uppföljning av programmet' (definite,
    the object of the follow-up) still heads the follow-up chapter."""
    words = re.findall(r"[^\W\d_]+", heading.lower())
    return any(w.endswith("program") and len(w) > len("program")
               and "och" in words[max(0, k - 1):k] for k, w in enumerate(words))


# an appendix's or a chapter's number before a heading's words ('Bilaga 1.', '3.2')
_APPENDIX_NUMBER_RE = re.compile(r"^(?:bilaga\s+\d+\s*[.:–-]?\s*|\d+(?:\.\d+)*\.?\s+)", re.I)


def _denies_actions(heading: str) -> bool:
    """Every action noun of the heading stands in a denied clause ('ingår inte i
    åtgärdsprogrammet', 'hör inte till planens åtgärder')."""
    toks = [fold(t) for t in re.findall(r"[^\W\d_]+", heading.lower())]
    nouns = [i for i, t in enumerate(toks) if _ACTION_WORD_RE.search(t)]
    return bool(nouns) and all(denied(toks, i) for i in nouns)


# an action noun, alone or as a compound's part ('åtgärder', 'åtgärdsprogrammet', 'insatser'), folded
_ACTION_WORD_RE = re.compile(r"atgard|insats")


# an introduction's nouns (background, introduction) and the purpose nouns a heading may join
# them with, Swedish and Finnish ('Bakgrund och syfte', 'Inledning och syfte', 'Tausta ja tarkoitus')
_INTRO_NOUN_RE = re.compile(r"^(?:bakgrund(?:en)?|inledning(?:en)?|tausta|johdanto)$")
_PURPOSE_NOUN_RE = re.compile(r"^(?:syfte(?:t|n)?|tarkoitus)$")


def _background_and_purpose(heading: str) -> bool:
    """A heading joining the background or the introduction with the purpose, and nothing
    else ('1. BAKGRUND OCH SYFTE', 'Syfte och bakgrund'): the opening chapter."""
    words = re.findall(r"[^\W\d_]+", heading.lower())
    content = [w for w in words if w not in ("och", "ja", "samt")]
    return len(content) == 2 and any(_INTRO_NOUN_RE.match(w) for w in content) \
        and any(_PURPOSE_NOUN_RE.match(w) for w in content)


def heading_kind(heading: str) -> str | None:
    """'goal' for a heading that announces a list of goals ('Strategins målsättningar'),
    'measure' for one announcing actions ('Åtgärder'), 'indicator' for one announcing how
    they are followed up ('Uppföljning', 'Mätare', 'Hur följer vi upp?'); None for mixed
    headings ('Mål och uppföljning'), a table's caption and all others."""
    if _TABLE_CAPTION_RE.match(heading):
        # 'Tabell 2. Programmets mål i sammandrag' names the table below it, whose own
        # header (or fields) say what its rows are: its lines are no list of goals
        return None
    roles = header_roles(heading)
    if roles == ["measure"] and names_programme_and_plan(heading):
        return None
    if roles == ["measure"] and _denies_actions(heading):
        # 'Befintlig service (ingår inte i åtgärdsprogrammet)': the heading names its
        # action noun only to deny it (`denied_actions`), as a list's lead-in does
        return None
    if len(roles) == 1 and coordinates_programme(heading):
        return None
    if roles == ["goal"] and _background_and_purpose(heading):
        # '1. Bakgrund och syfte': the introduction, the programme's purpose told beside its
        # background -- a chapter of prose, no list of goals
        return None
    if roles in (["goal"], ["measure"], ["indicator"]):
        return roles[0]
    # 'Mätare för strategiskt mål 1', 'Åtgärder inom delmål 2': the first word is the
    # heading's head, the rest a phrase about it
    # ... and 'Åtgärder per ansvarig aktör' (an appendix of the actions sorted by who does
    # them, 'Bilaga 1.' and a chapter number before it): 'per' says how they are ordered
    bare = _APPENDIX_NUMBER_RE.sub("", heading.strip())
    first, _, rest = bare.partition(" ")
    if rest.split(" ", 1)[0].lower() in ("för", "inom", "till", "under", "per") and len(roles) > 1:
        head = header_roles(first)
        if head in (["goal"], ["measure"], ["indicator"]):
            return head[0]
    # ... and commissions given to someone ('Uppdrag till föreningar genom serviceavtal',
    # 'Uppdragen till resultatenheterna'): what a purchaser's plan commissions, its actions
    # (the mission alone, 'Stadens uppdrag', is given to no one)
    if not roles and _COMMISSIONS_TO_RE.match(bare):
        return "measure"
    # ... and the goal tree ('2 Målträd', 'Målhierarkin'): the programme's goals drawn or
    # listed by level, main goals over their sub-goals -- a chapter of goals, though its head
    # word names the figure
    if not roles and names_goal_tree(heading):
        return "goal"
    # ... and the plan of carrying the programme out ('5 Verkställighetsplan 2025–2028',
    # 'Genomförandeplan', 'Implementeringsplanen'): the actions, each with who and when, as
    # 'Åtgärdsplan' heads them -- the compound's first part names the carrying out, whose
    # doer ('verkställare', 'genomförare') the header words read it as
    if names_plan_of_doing(heading):
        return "measure"
    return None


# a plan named by its carrying out: 'verkställighets-', 'genomförande-', 'implementerings-',
# 'förverkligande-' + 'plan(en)', the head of the heading after its number (a year may follow)
# (a year or span after the plan's name: 'Handlingsplan 2026–2029', 'Genomförandeplan för åren 2025–2028')
_PLAN_YEAR = r"(?:\s+(?:för\s+)?(?:åren\s+|år\s+)?(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)?\d\d)?)?\W*"
_PLAN_OF_DOING_RE = re.compile(
    r"(?:verkställighets|genomförande|implementerings|förverkligande|verkställande)plan(?:en)?" + _PLAN_YEAR, re.I)
# a heading whose head word is a plan of any name ('3 Handlingsplan 2026–2029', 'Bilaga 1.
# Åtgärdsplan', 'Verkställighetsplanen'): a compound ending in '-plan(en)', a year after it at most
_ANY_PLAN_RE = re.compile(r"[^\W\d_]{3,}plan(?:en)?" + _PLAN_YEAR, re.I)


def names_plan_of_doing(heading: str) -> bool:
    """A heading naming the plan the programme is carried out by ('Verkställighetsplan
    2025–2028', '5 Genomförandeplan'): it announces the actions. Not a plan of another
    document ('Genomförandeplan för kommunstrategin'), which names what it carries out."""
    return bool(_PLAN_OF_DOING_RE.fullmatch(_APPENDIX_NUMBER_RE.sub("", heading.strip()).strip()))


def names_plan(heading: str) -> bool:
    """A heading that names a plan and nothing else ('Handlingsplan 2026–2029'; the year
    headings under it head the plan's actions, `time_headings`)."""
    return bool(_ANY_PLAN_RE.fullmatch(_APPENDIX_NUMBER_RE.sub("", squash(heading)).strip()))


def names_goal_tree(heading: str) -> bool:
    """A heading naming the goal tree ('2 Målträd', 'Målhierarkin'). The tree states its goals
    by their level's label ('Huvudmål 1 (…): …', 'Delmål 1.1: …') or as a table of levels;
    a plain sentence in its chapter introduces or explains the tree, no goal of its own."""
    return bool(_GOAL_TREE_RE.fullmatch(_APPENDIX_NUMBER_RE.sub("", heading.strip()).strip()))


_GOAL_TREE_RE = re.compile(r"(?:programmets\s+|vårt\s+|vår\s+)?mål(?:träd|trädet|hierarki|hierarkin)", re.I)


_COMMISSIONS_TO_RE = re.compile(r"uppdrag(?:en)?\s+till\s+\w", re.I)


_GOAL_HEADING_RE = re.compile(
    # (a compound of 'mål' names a goal of its level: 'Resultatmål 1.1:', 'Effektmål 2:', as
    # a goal field's label does, reader_shared._GOAL_FIELD_RE; so does the Finnish 'Tavoite 2.'
    # a bilingual programme heads its goal with, as its goal field 'Tavoite 2:' is read; and
    # a balanced scorecard's goal, 'Kritisk framgångsfaktor 2: ...', as its field is read;
    # and the picture aimed at, 'Målbild 2: ...', as its field 'Målbild:' is)
    rf"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:[^\W\d_]+\s+)?(?:[^\W\d_]{{3,}}?)?(?:mål|målsättning|delmål|tyngdpunkt|tavoite|framgångsfaktor|målbild)\s+(?!(?:19|20)\d\d\b)((?-i:{ROMAN_NUMERAL}\.|[A-ZÅÄÖ])?\d+(?:\.\d+)*)"
    # (or a capital letter's code, the theme's letter and the goal's number: 'Mål A1: …',
    # 'Mål B2: …' under 'Tema A' / 'Tema B', as the goal field's code is read,
    # reader_shared._GOAL_CODE)
    # the whole number: 'Tyngdpunkt 2.1' alone is no goal '2' reading '1'; a year is no
    # goal's number ('Kortsiktiga mål 2025–2026' heads the goals to reach by then)
    r"(?!\.?\d)(?:\s*[:.–·-]\s*\S"
    # 'Delmål 1.1 Vuxna nyinflyttade lär sig svenska': the label and its code set apart by
    # type alone, no stop -- a capital opening the goal's own words after the number
    r"|\s+(?-i:[A-ZÅÄÖ])[^\W\d_]*\s+\S)", re.I)


def is_goal_heading(heading: str) -> bool:
    """A heading that *is* a goal: 'Mål 1: Stärka delaktigheten', 'Tyngdpunkt 2.1 – ...'
    (a focus area is a sub-goal), also with its section number or a qualifier ('3.1 Mål 1 –
    ...', 'Strategiskt mål 2: ...'); not the bare label 'Mål 1:'."""
    return bool(_GOAL_HEADING_RE.match(heading))


# 'Mål: Invandrarnas kompetens tas till vara', 'Tyngdpunkt: Språket stärks …': a goal label
# alone, then a colon and the goal's own words (a capital opening them) -- the unnumbered form
# of 'Mål 1: …' a programme heads each goal with (forty-sixth set). A qualifier before the
# label ('Tvärgående målsättning: kommunen som arbetsgivare') or a lower-case word after the
# colon names an area or a kind of goal, no goal.
# (the label words: the shared main-goal list, text.GOAL_LABEL_WORDS, so 'Framgångsfaktor: …'
# heads its goal as 'Målbild: …' does; in the definite singular too, 'Målet: …' /
# 'Målsättningen: …', the one goal of the part it heads -- a goal box set as a heading over
# the part's actions, ninety-second set -- not the plural, 'Målen: …' lists several)
_DEFINITE_GOAL_LABELS = alt([FORMS[word][1] for word in GOAL_NUMBERED], forms=False)
_LABELLED_GOAL_HEADING_RE = re.compile(
    rf"^\s*(?i:{GOAL_LABEL_WORDS}|{_DEFINITE_GOAL_LABELS})\s*:\s+(?P<goal>[A-ZÅÄÖ][^\W\d_]*\s+\S.*)$")


def labelled_goal_heading(heading: str) -> str | None:
    """The goal a heading 'Mål: X' / 'Tyngdpunkt: X' states (X, two words at least, without
    a closing full stop), else None."""
    m = _LABELLED_GOAL_HEADING_RE.match(" ".join(heading.split()))
    return m.group("goal").rstrip(" .") if m else None


def goal_heading_number(heading: str) -> str | None:
    """The goal's own number in a goal heading ('3.1 Mål 2 – Arbete' -> '2')."""
    m = _GOAL_HEADING_RE.match(heading)
    return m.group(1) if m else None


_INTRO_MEASURE = ("atgard", "insats", "utvecklingsomrad", "utvecklingsbehov", "utvecklingsarbete")
# 'aktivitet', the structure vocabulary's other word for an action (a column 'Aktiviteter'),
# names the list only as the intro's last word, the noun the list is of ('Därför genomför
# kommunen följande aktiviteter:'); inside the sentence it is a word of its argument
# ('... resurser omsätts i aktiviteter som ska leda till resultat:')
_LISTED_ACTIVITIES = "aktivitet"


# 'Så följer vi upp det strategiska målet:', 'Så här mäter vi målen:': the follow-up phrase
# with the part of the plan it follows up after it (an article, an adjective, the noun)
_FOLLOW_UP_OBJECT_INTRO_RE = re.compile(rf"^{FOLLOW_UP_PHRASE}(?:\s+[^\W\d_]+){{1,3}}$", re.I)


def names_actions(word: str) -> bool:
    """A noun that names a programme's actions ('Åtgärderna', 'Insatser',
    'Utvecklingsområdena'), as an intro naming them introduces a list of measures."""
    return fold(word).startswith(_INTRO_MEASURE) or header_roles(word) == ["measure"]
# (the measuring itself too: 'I mätningen används också kommunens invånarenkät:' introduces
# what is measured)
_INTRO_INDICATOR = ("matare", "indikator", "nyckeltal", "uppfoljning", "matning")
# an intro of at most so many words is a label (a noun and what qualifies it), no sentence
_LABEL_INTRO_WORDS = 5


# '... Därför ska vi:', 'Det här gör vi:', 'Under perioden kommer kommunen att:': what is
# going to be done; 'Det gör vi genom att:', 'Målet nås genom att:': the means to a goal;
# 'För att nå målet gör vi följande:', 'Under perioden görs följande:': what is done (also
# in the passive); 'Vi gör så här:' says how
_WILL_DO_RE = re.compile(r"\b(?:ska|skall|kommer)\s+(?:vi|kommunen|staden)(?:\s+att)?\W*$"
                         r"|\b(?:gor|genomfor)\s+(?:vi|kommunen|staden)(?:\s+foljande)?\W*$|\bgenom\s+att\W*$"
                         r"|\b(?:gors|genomfors)\s+foljande\W*$"
                         r"|\b(?:vi|kommunen|staden)\s+(?:ska|skall|kommer\s+att)\W*$"
                         # 'Vi gör så här:', 'Så här gör vi:': the way the goal is worked for
                         r"|\b(?:vi|kommunen|staden)\s+(?:gor|arbetar)\s+sa\s+har\W*$"
                         r"|\bsa\s+har\s+(?:gor|arbetar)\s+(?:vi|kommunen|staden)\W*$"
                         # ... after an opening adverbial, the verb before its subject
                         # ('Därför gör vi så här:', 'Nu arbetar kommunen så här:')
                         r"|\b(?:gor|arbetar)\s+(?:vi|kommunen|staden)\s+sa\s+har\W*$"
                         # 'Under perioden:' alone under a goal, the programme's period (its
                         # verb, 'gör vi', left out as in 'Under perioden gör vi följande:'):
                         # what is done in it
                         r"|^under\s+(?:program|plan)?perioden(?:\s+\d{4}){0,2}\W*$"
                         # 'Det här innebär:' alone under a goal or promise: what it means in
                         # practice, the work it commits to
                         r"|^(?:det(?:\s+har)?|detta)\s+innebar\W*$")


# the ordinary nouns for the steps of a process ('i tre steg', 'i följande faser', 'i två
# etapper'), folded: the list they name holds the steps
_STEP_NOUNS = frozenset(("steg", "stegen", "faser", "faserna", "etapper", "etapperna", "moment", "momenten"))


def _names_steps(toks: list[str]) -> bool:
    """The lead-in names its list as steps: 'i tre steg', 'i följande faser' (a number or
    'följande' before the step noun, after 'i')."""
    return any(t in _STEP_NOUNS and k >= 2 and toks[k - 2] == "i" for k, t in enumerate(toks))


def intro_kind(paragraph: str) -> str | None:
    """What a bullet list introduced by this paragraph (ending in ':') holds: 'goal',
    'measure', 'indicator', or 'background' -- a report on the past ('Följande åtgärder
    genomfördes inte:'), another body's goals quoted ('Statsrådets redogörelse lyfter fram
    att målen för integrationspolitiken är att:') or what goes on besides the actions
    ('Förutom åtgärderna ovan erbjuder kommunen:'), none of the programme's own structure."""
    text = paragraph.strip()
    if not text.endswith(":"):
        return None
    last = sentences(text)[-1] if sentences(text) else text
    # a parenthesis explains the list's notation ('Följande mätare används (åtgärdens nummer
    # inom parentes):'): an aside, not what the list holds (`action_number_rows`)
    toks = folded_tokens(without_asides(last))
    if reports_past(text):
        return "background"
    if placed_in_other_plans(text, " ".join(toks)):
        # 'Följande åtgärder … ingår i andra program och följs upp där:', '… hör till andra
        # planer:', '… finns i andra planer och genomförs oberoende av detta program. De nämns
        # här …:', '… hanteras i andra planer och följs upp där:': what the list holds is other
        # plans' own, carried out and followed up there -- no action, goal or meter of this
        # programme (`other_plans.placed_in_other_plans`)
        return "background"
    decided = decision_intro_kind(text)
    if decided:
        # minutes: the points or the goals a board decided ('Nämnden beslöt enhälligt:')
        return decided
    if legend_names_action_fields(last, header_role):
        # '... på följande sätt (ansvarig, samarbetspartner, tidtabell inom parentes):': the
        # legend of the items' brackets names an action's doer and time -- the items are
        # actions (`action_number_rows.legend_names_action_fields`)
        return "measure"
    if toks and toks[0].startswith(_INTRO_INDICATOR) and _names_steps(toks):
        # 'Uppföljningen görs i tre steg:', 'Utvärderingen sker i följande faser:': the list is
        # named as the steps of how the follow-up is done (who reports, who compiles, who
        # decides), no meter
        return "background"
    if toks and toks[0].startswith(_INTRO_INDICATOR) and len(toks) <= _LABEL_INTRO_WORDS:
        # a label whose head noun names indicators: what follows it only says whose they
        # are ('Mätare för insatsområdet:', 'Indikatorer för åtgärderna:')
        return "indicator"
    if follow_up_label(squash(text[:-1])) or _FOLLOW_UP_OBJECT_INTRO_RE.match(squash(text[:-1])):
        # 'Så vet vi att vi lyckats:', 'Så här följer vi upp:' alone over a list: the phrase
        # labelling how the goal is followed up, however many words it takes -- its list
        # holds the indicators, as under 'Mätare:' (also with the part of the plan it follows
        # up after it: 'Så följer vi upp det strategiska målet:')
        return "indicator"
    if _names_glossary(toks):
        # 'I åtgärdstabellerna anges de ansvariga med följande förkortningar:': the list is
        # named as abbreviations or terms explained, a key to the text's words; an action
        # noun before them only says where the words are used -- no action, goal or meter
        return "background"
    if not any(t.startswith(_INTRO_MEASURE) or t.startswith(_INTRO_INDICATOR) for t in toks) \
            and len(toks) <= _LABEL_INTRO_WORDS and header_role(text[:-1]) in ("measure", "indicator"):
        whole = folded_tokens(without_asides(text))
        nouns = [i for i, t in enumerate(whole) if t.startswith(_INTRO_MEASURE)]
        if nouns and all(denied(whole, i) for i in nouns):
            # '… beskrivs därför inte som insatser i detta program. Det gäller bland annat:':
            # the closing sentence names no role of its own and points back at the sentence
            # before it, which names the action noun only to deny it -- the list is no part
            # of the actions, as a denied noun in the closing sentence says below
            return "background"
        # a label alone naming its list's role in a phrase of its own ('Konkreta steg:',
        # 'Signaler på framsteg:', `headers._PHRASE_ROLES`), as 'Åtgärder:' does by its noun
        return header_role(text[:-1])
    if _names_division_of_work(toks):
        # 'Därför har integrationsgruppen kommit överens om följande arbetsfördelning med de
        # viktigaste samarbetsparterna:': the list is named as how the work or the
        # responsibility is divided among the actors -- each one's standing role, no action
        return "background"
    if _names_principles(toks):
        # 'Arbetet bygger på följande principer, som gäller för alla åtgärder i programmet:':
        # the list is named as the principles or values the work follows; an action noun
        # after them only says what they hold for -- no action, goal or meter of the plan
        return "background"
    if _states_document_content(toks):
        # 'Lagen innehåller bland annat bestämmelser om:', 'Strategin omfattar:': the list is
        # what the law or another document lays down, none of the programme's own actions
        return "background"
    # (an action noun after 'per' / 'för varje' groups the list, as a goal noun does: 'Följande
    # mätare följs per insatsområde:' lists meters sorted by area, no actions)
    measure_nouns = [i for i, t in enumerate(toks) if t.startswith(_INTRO_MEASURE) and not grouped_by(toks, i)]
    if measure_nouns and all(_set_apart(toks, i) for i in measure_nouns):
        # 'Utöver mätarna i åtgärdsplanen följs delmålen upp med följande uppgifter:': what
        # is followed up besides the action plan is more indicators, not ordinary services
        # ('Utöver mätarna i åtgärdstabellen följs följande mätare på programnivå:': the list
        # is named as indicators after the phrase that sets the table's apart)
        named_after = any(t.startswith(_INTRO_INDICATOR) for t in toks[max(measure_nouns) + 1:])
        return "indicator" if _follow_up(toks) or named_after else "background"
    if measure_nouns and all(_followed_up_goal(toks, i) for i in measure_nouns):
        # 'Åtgärderna följs upp med följande mätare:', 'Vi följer upp insatserna med dessa
        # indikatorer:': the actions are what is followed up, the list is named as the
        # indicators they are followed up by -- as for goals below
        return "indicator"
    if measure_nouns and _names_list_as_indicators(toks, measure_nouns):
        # 'För de åtgärder där det är möjligt används följande mätare:': the list is named by
        # its determiner as the meters ('följande mätare'); the actions are only what they
        # measure, named in a phrase of their own, not as the list's items
        return "indicator"
    without = without_clause_words(without_asides(last))
    if measure_nouns and all(denied(toks, i) or i in without for i in measure_nouns):
        # 'Pågående verksamhet (ingår inte i planens åtgärder):': the list is said to be no
        # part of the actions (`denied_actions`); so is one followed 'utan att den kopplas
        # till enskilda åtgärder' (the 'without' clause)
        return "background"
    if measure_nouns or _WILL_DO_RE.search(" ".join(toks)) or (toks and toks[-1].startswith(_LISTED_ACTIVITIES)):
        return "measure"
    # 'Följande indikatorer följs upp per mål:': a goal noun after 'per' ('för varje',
    # 'för respektive') says how the list is grouped, not what it holds
    goal_nouns = [i for i, t in enumerate(toks) if _GOAL_NOUN.match(t) and not grouped_by(toks, i)]
    if goal_nouns and all(_reported(toks, i) for i in goal_nouns):
        return "background"
    if goal_nouns and all(denied(toks, i) or denied_by_determiner(toks, i) for i in goal_nouns):
        # 'De ingår inte bland de mål som följs upp i detta program:': the goal noun is named
        # only to be denied, as an action noun is above -- the list is no goal of the plan
        # (so by its determiner: 'Programmet innehåller inga egna mål för hälsa, men kommunen
        # deltar i samarbetet på följande sätt:')
        return "background"
    if goal_nouns and _opens_on_other_document(toks):
        # 'Stadsstrategin Sundmark 2030 har tre strategiska mål som också styr
        # integrationsarbetet:': the goals the strategy, the sentence's subject, has -- another
        # document's, as 'Stadsstrategins mål är:' names them (`_of_other_document`)
        return "background"
    if goal_nouns and all(_numbered(toks, i) for i in goal_nouns) and _names_indicators(toks):
        # 'Mål 3 följs upp med följande mätare:': the goal named by its number is the one
        # the list follows up, the list holds its indicators
        return "indicator"
    if goal_nouns and all(_followed_up_goal(toks, i) for i in goal_nouns):
        # 'Därtill följs programmets målsättningar upp med följande indikatorer:', 'Målen
        # följs upp med hjälp av dessa mätare:': the goals are what is followed up, the list
        # is named as their indicators
        return "indicator"
    if goal_nouns and _names_list_as_indicators(toks, goal_nouns):
        # 'Följande mätare används för att följa hur målen nås:': the list is named by its
        # determiner as the meters; the goals are only what they follow, in a clause of their
        # own -- as for actions above
        return "indicator"
    if goal_nouns:
        return "goal"
    if _follow_up_denied(toks) and not any(t.startswith(_INTRO_INDICATOR) for t in toks):
        # '… följande uppgifter, som berör invånarna men som inte följs upp i detta program:':
        # the follow-up named only to be denied -- the list is no meter of the plan (another
        # body's tasks, background), as a denied action noun says above
        return "background"
    if _followed_up_elsewhere(toks) and not any(t.startswith(_INTRO_INDICATOR) for t in toks):
        # 'Dessa följs upp inom sina egna program:': the items are followed up in the documents
        # they come from -- other plans' tasks listed beside the programme, not its meters
        return "background"
    if any(t.startswith(_INTRO_INDICATOR) for t in toks) or _follow_up(toks) or _gathered(toks) \
            or _monitored(toks):
        return "indicator"
    return None


# 'Vi följer bland annat:', 'Kommunen mäter särskilt:', 'Följande följs årligen:': a verb of
# following or measuring closing the intro, only adverbs after it -- its object is the list,
# what is followed (the particle 'upp' left out, as everyday Swedish does)
_MONITOR_VERBS = frozenset(("foljer", "foljs", "folja", "mater", "mats", "mata"))
_LIST_ADVERBS = frozenset(("bland", "annat", "bl", "a", "sarskilt", "till", "exempel", "t", "ex", "ocksa",
                           "aven", "dessutom", "framfor", "allt", "regelbundet", "arligen", "kontinuerligt",
                           "fortlopande", "bara", "minst"))


def _monitored(toks: list[str]) -> bool:
    """The intro ends on a verb of following or measuring and adverbs alone ('Vi följer
    bland annat:'): the list is what is followed, the indicators. A subject must come before
    the verb ('Vi', 'Kommunen', 'Följande'); an object after it ('Vi följer principerna:')
    names what the list holds instead."""
    verbs = [i for i, t in enumerate(toks) if t in _MONITOR_VERBS]
    return bool(verbs) and verbs[-1] > 0 and all(t in _LIST_ADVERBS for t in toks[verbs[-1] + 1:])


# the verbs saying what a document holds, lays down or requires ('innehåller', 'omfattar',
# 'föreskriver', 'reglerar', 'stadgar', 'förutsätter', 'kräver', 'förpliktar', 'ålägger';
# Finnish 'sisältää', 'säätää', 'määrää', 'edellyttää', 'vaatii', 'velvoittaa')
_CONTENT_VERBS = frozenset(("innehaller", "omfattar", "foreskriver", "reglerar", "stadgar", "forutsatter", "kraver",
                            "forpliktar", "alagger", "sisaltaa", "saataa", "maaraa", "edellyttaa", "vaatii",
                            "velvoittaa"))


def _states_document_content(toks: list[str]) -> bool:
    """The intro has another document as its subject, opening the sentence ('Lagen', 'Lagen
    om främjande av integration', 'Strategin', 'Laki'), and a verb saying what it holds or
    lays down right after it: the list is that document's content."""
    if len(toks) < 2 or toks[1] not in _CONTENT_VERBS and not (toks[1] == "om" and _CONTENT_VERBS & set(toks)):
        return False
    return any(toks[0] == d + e for d in _OTHER_DOCUMENTS + ("laki", "strategia") for e in ("en", "n", "et", ""))


# the distributive words before a noun: 'per mål', 'för varje mål', 'för respektive mål'
_DISTRIBUTIVE = frozenset(("per", "varje", "respektive"))


# the nouns for a work's principles, values and starting points (as `read_paragraphs`'
# principles titles), in the plural a list of them is named by
_PRINCIPLE_NOUNS = ("principer", "principerna", "grundprinciper", "grundprinciperna", "varderingar",
                    "varderingarna", "utgangspunkter", "utgangspunkterna", "periaatteet", "periaatteita",
                    "periaatteisiin", "arvot", "arvoja", "arvoihin", "lahtokohdat", "lahtokohtia")
# the determiners naming a list by its items' noun ('följande principer', 'dessa värderingar',
# 'följande mätare', 'dessa indikatorer'; Finnish 'seuraaviin periaatteisiin')
_LIST_DETERMINERS = frozenset(("foljande", "dessa", "nedanstaende", "seuraavat", "seuraaviin", "seuraavia", "naihin",
                               "nama"))


# the nouns for a division of work, responsibility or roles among actors (Swedish and Finnish)
_DIVISION_NOUNS = ("arbetsfordelning", "arbetsfordelningen", "ansvarsfordelning", "ansvarsfordelningen",
                   "rollfordelning", "rollfordelningen", "uppgiftsfordelning", "uppgiftsfordelningen",
                   "tyonjako", "tyonjaon", "tyonjakoon", "vastuunjako", "vastuunjaon", "vastuunjakoon")


def _names_division_of_work(toks: list[str]) -> bool:
    """The intro names its list as a division of work or responsibility, a determiner
    pointing at the list right before the noun ('… följande arbetsfördelning med
    samarbetsparterna:', 'Tämä työnjako:'): who does what among the actors, their standing
    roles, as principles are how the work is done."""
    return any(t in _DIVISION_NOUNS and i > 0 and toks[i - 1] in _LIST_DETERMINERS for i, t in enumerate(toks))


def _names_principles(toks: list[str]) -> bool:
    """The intro names its list as principles or values, a determiner pointing at the list
    right before the noun ('… bygger på följande principer, som gäller för alla åtgärder …',
    'Työ perustuu seuraaviin periaatteisiin:'): what the list holds, whatever other nouns
    the sentence goes on with. So does the noun in the definite form opening the intro's
    sentence as its subject ('Principerna är inte mål i sig, men de ska vägleda hur
    insatserna genomförs:'): the list is those principles, what the sentence says of them
    (that they guide the actions) no action of the plan."""
    if toks and toks[0] in _DEFINITE_PRINCIPLE_NOUNS:
        return True
    # (or a quantifier counting them, 'bygger på några principer som gäller alla åtgärder:',
    # '… på tre principer:': the list is the principles so counted, as 'följande' points at it)
    # (... also with an adjective in the plural between them, 'några enkla principer', 'följande
    # grundläggande värderingar': the determiner still points at the noun it qualifies)
    def counted(j: int) -> bool:
        return j >= 0 and (toks[j] in _LIST_DETERMINERS or toks[j] in _PRINCIPLE_QUANTIFIERS)
    return any(t in _PRINCIPLE_NOUNS and (counted(i - 1) or (counted(i - 2) and _PLURAL_ADJECTIVE_RE.match(toks[i - 1])))
               for i, t in enumerate(toks))


# an adjective in the Swedish plural or definite form ('enkla', 'viktiga', 'gemensamma',
# 'grundläggande'), as it stands between a determiner and its noun
_PLURAL_ADJECTIVE_RE = re.compile(r"^\w{3,}(?:a|e)$")


# the quantifiers counting a list's items before its noun: 'några', 'vissa', 'ett par', the
# numerals two to ten in words (`_COUNT_WORDS`) or figures (Swedish; Finnish 'muutamiin', 'muutamia')
_PRINCIPLE_QUANTIFIERS = _COUNT_WORDS | frozenset(("nagra", "vissa", "par", "muutamiin", "muutamia")) \
    | frozenset(str(n) for n in range(2, 11))


# the nouns for a key to a text's words -- its abbreviations, terms, concepts and definitions
# -- in the plural a list of them is named by (Swedish and Finnish)
_GLOSSARY_NOUNS = ("forkortningar", "forkortningarna", "begrepp", "begreppen", "termer", "termerna",
                   "definitioner", "definitionerna", "lyhenteet", "lyhenteita", "kasitteet", "kasitteita",
                   "termit", "termeja", "maaritelmat", "maaritelmia")


def _names_glossary(toks: list[str]) -> bool:
    """The intro names its list as abbreviations or terms explained, a determiner pointing at
    the list right before the noun ('… anges de ansvariga med följande förkortningar:',
    'Ohjelmassa käytetään seuraavia lyhenteitä:'): a key to the words used elsewhere."""
    return any(t in _GLOSSARY_NOUNS and i > 0 and toks[i - 1] in _LIST_DETERMINERS for i, t in enumerate(toks))


# the principle nouns in the definite plural, a subject pointing at the list ('Principerna
# …', 'Värderingarna …', 'Periaatteet …')
_DEFINITE_PRINCIPLE_NOUNS = frozenset(("principerna", "grundprinciperna", "varderingarna", "utgangspunkterna",
                                       "periaatteet", "lahtokohdat"))


def grouped_by(toks: list[str], i: int) -> bool:
    """The noun at toks[i] follows a distributive word ('... följs upp per mål:', '... för
    varje mål:'): the list is grouped by it, each item under one of them -- the noun names
    no item of the list."""
    return i > 0 and toks[i - 1] in _DISTRIBUTIVE


# the area nouns a list may be grouped by ('per insatsområde', 'för varje tema'): the theme
# labels of the shared vocabulary, and 'område' alone
_AREA_NOUN_RE = re.compile(rf"^(?:{alt(THEME_LABELS + ('område', 'området'), folded=True)})$")


# ... or owning the list's meters in the genitive ('Temanas mätare är:', 'Insatsområdenas
# indikatorer:', 'Temats nyckeltal'): the meters are the areas', each keyed by its area
_AREA_GENITIVE_RE = re.compile(rf"^(?:{alt(THEME_LABELS + ('område',), folded=True)})(?:nas|ts|s)$")


def grouped_by_area(intro: str) -> bool:
    """An intro saying its list is grouped by area ('Följande mätare följs per insatsområde:',
    '… för varje tema:', 'Temanas mätare är:'): each item is keyed by its area's name, the
    area's, no one action's."""
    toks = folded_tokens(without_asides(intro))
    return any(grouped_by(toks, i) and _AREA_NOUN_RE.match(t)
               or _AREA_GENITIVE_RE.match(t) and i + 1 < len(toks) and toks[i + 1].startswith(_INTRO_INDICATOR)
               for i, t in enumerate(toks))


def _gathered(toks: list[str]) -> bool:
    """'Följande uppgifter samlas in:', 'Vi samlar in följande uppgifter:': the data a
    follow-up gathers are what it measures -- the list holds indicators."""
    return any(t in ("samlas", "samlar", "samla") and "in" in toks[i + 1:i + 4] for i, t in enumerate(toks))


def _numbered(toks: list[str], i: int) -> bool:
    """The goal noun at toks[i] is named by its number ('mål 3', 'delmål 2.1'): a reference
    to one goal, not the list's content."""
    return i + 1 < len(toks) and toks[i + 1].isdigit()


def _followed_up_goal(toks: list[str], i: int) -> bool:
    """The goal (or action) noun at toks[i] is the subject of a follow-up verb ('följs ... upp', `_follow_up`)
    and the list is named after it by an indicator noun ('... följs programmets mål upp med
    följande indikatorer:'): the goals are followed up by the list. Not 'Följande mål följs
    upp ...', where the noun names the list's items."""
    return ((i == 0 or toks[i - 1] not in _LIST_DETERMINERS)
            and _follow_up(toks)
            and any(t.startswith(_INTRO_INDICATOR) for t in toks[i + 1:]))



def _names_list_as_indicators(toks: list[str], measure_nouns: list[int]) -> bool:
    """A list determiner stands right before an indicator noun ('... används följande
    mätare:') and before no action noun: the list is named as the indicators, whatever
    actions the sentence mentions besides ('För de åtgärder där det är möjligt ...') -- not
    'Följande åtgärder och mätare:', where the determiner names the actions too."""
    return (any(t in _LIST_DETERMINERS and toks[i + 1].startswith(_INTRO_INDICATOR)
                for i, t in enumerate(toks[:-1]))
            and not any(i > 0 and toks[i - 1] in _LIST_DETERMINERS for i in measure_nouns))


def _names_indicators(toks: list[str]) -> bool:
    return any(t.startswith(_INTRO_INDICATOR) for t in toks) or _follow_up(toks)


# prepositions that set what they govern apart from what the sentence is about: 'utöver',
# 'förutom', 'utom' ('besides', 'except'); 'vid sidan av' ('alongside')
_APART_PREPOSITIONS = frozenset(("utover", "forutom", "utom"))


def _set_apart(toks: list[str], i: int) -> bool:
    """The noun at toks[i] stands in a phrase that sets it apart from the list: governed by
    'utöver' / 'förutom' / 'utom' / 'vid sidan av' among the three words before it ('Utöver
    (de) åtgärderna i tabellen fortsätter sektorn med sin ordinarie verksamhet:'). Such an
    intro names the programme's actions only as what its list is not: what follows is what
    goes on besides them (ordinary services), no action of the programme."""
    for k in range(max(0, i - 3), i):
        if toks[k] in _APART_PREPOSITIONS or toks[max(0, k - 2):k + 1] == ["vid", "sidan", "av"]:
            return True
    # ... or in a prepositional phrase hung on a noun so set apart ('Utöver uppföljningen av de
    # enskilda åtgärderna följer gruppen två nyckeltal:', 'Förutom arbetet med åtgärderna i
    # tabellen …'): the phrase is part of what the list is set apart from
    for k in range(max(1, i - 3), i):
        if toks[k] in _OF_PREPOSITIONS and _set_apart(toks, k - 1):
            return True
    return False


# the prepositions that hang a phrase on the noun before them ('uppföljningen av åtgärderna',
# 'arbetet med åtgärderna')
_OF_PREPOSITIONS = frozenset(("av", "med", "kring", "om"))


# the past tense of a verb: the s-passive of the preterite ('genomfördes', 'ordnades',
# 'köptes'); an active preterite ('startade', 'gjorde') next to its subject ('vi startade',
# 'gjorde kommunen')
_PAST_PASSIVE_RE = re.compile(r"^[a-z]{3,}(?:ades|des|tes)$")
_PAST_ACTIVE_RE = re.compile(r"^[a-z]{2,}(?:ade|de|te)$")
_SUBJECTS = frozenset(("vi", "kommunen", "staden", "man"))
# verbs of carrying out or achieving in a past form ('genomfördes', 'genomförde', 'uppnåddes',
# 'förverkligades', 'slutfördes'): what was (not) done
_OUTCOME_PAST = ("genomford", "uppnadd", "forverkligad", "slutford", "fullfoljd")
# an earlier period or programme named: 'den förra programperioden', 'föregående plan'
_EARLIER = frozenset(("forra", "foregaende", "tidigare"))
_PERIOD_HEAD = ("program", "plan", "period", "strategi")


# the past of the copula closing a sentence, as a list's lead-in names what the listed things
# were ('Åtgärderna i det förra programmet var:', '... blev:'): 'var' elsewhere is also 'each'
# or 'where' ('var tredje år', 'var finns ...'), so only in the last place
_PAST_COPULA_LAST = frozenset(("var", "blev"))


def _past_tense(toks: list[str]) -> bool:
    if toks and toks[-1] in _PAST_COPULA_LAST:
        return True
    for k, t in enumerate(toks):
        if _PAST_PASSIVE_RE.match(t):
            return True
        near = set(toks[max(0, k - 1):k]) | set(toks[k + 1:k + 2])
        if _PAST_ACTIVE_RE.match(t) and near & _SUBJECTS:
            return True
    return False


def says_what_was_done(sentence: str) -> bool:
    """The sentence's finite verb, right after a subject of one or two words (a main clause's
    second place), is a past passive: 'Stadsstyrelsen ålades att se till att programmet
    genomförs ...', 'Programmet godkändes ...' ('-ades', '-des', '-tes'). It reports what was
    decided or done, as a council decision's account does; a goal says what is to hold,
    in the present ('Stadens information når alla invånare')."""
    toks = folded_tokens(sentence)
    return any(_PAST_PASSIVE_RE.match(t) for t in toks[1:3])


def _names_earlier_period(toks: list[str], comparisons: bool = True) -> bool:
    """`comparisons`: count the earlier period also where it is what the text compares with
    ('… snabbare än under föregående period')."""
    return any(t in _EARLIER and any(x.startswith(_PERIOD_HEAD) or x.endswith("perioden")
                                     for x in toks[k + 1:k + 3])
               and (comparisons or "an" not in toks[max(0, k - 3):k])
               for k, t in enumerate(toks))


def reports_past(paragraph: str) -> bool:
    """The paragraph's last sentence reports what was done in the past: its verb is in the
    past tense and says that something was (not) carried out or achieved ('Följande åtgärder
    genomfördes inte:', 'Dessa mål uppnåddes:'), or the paragraph names the earlier period it
    is about ('Under den förra programperioden ... Bland annat följande ordnades:'). A past
    tense alone is not enough: a plan tells how it was prepared ('... där följande
    utvecklingsområden identifierades:' introduces a golden programme's measures)."""
    sents = sentences(paragraph.strip()) or [paragraph]
    last = folded_tokens(sents[-1])
    if not _past_tense(last):
        return False
    return any(t.startswith(_OUTCOME_PAST) for t in last) or _names_earlier_period(folded_tokens(paragraph))


def about_earlier_period(heading: str, own_start: int | None = None) -> bool:
    """A heading about the previous programme or period ('Resultat av det förra programmet
    2019–2023', 'Vad vi åstadkom under förra planperioden', 'Uppföljning av föregående
    program'), one naming what it lists as carried out ('Genomförda åtgärder 2018–2021',
    'Förverkligade åtgärder'; a plan's own is 'Genomförande'), or one naming a period that
    ended before the programme's own began (`own_start`, its first year: 'Utvärdering av
    programmet 2019–2023' in a programme for 2024–2027): what is listed under it reports the
    past."""
    toks = folded_tokens(heading)
    # (not one comparing with it: 'Målsättning 2: Invandrare får arbete snabbare än under
    # föregående period' states what the programme wants now)
    return (_names_earlier_period(toks, comparisons=False) or any(t.startswith(_OUTCOME_PAST) for t in toks)
            or ended_before(heading, own_start))


# what was weighed and left out: 'Mätare som vi övervägde men valde bort', 'Bortvalda
# åtgärder', 'Förslag som inte togs med', 'Förslag som förkastades'
_LEFT_OUT_RE = re.compile(r"\b(?:valde|valdes|valts|valt)\s+bort\b|\bbortvald|\b(?:togs|tagits)\s+inte\s+med\b"
                          r"|\binte\s+(?:togs|tagits)\s+med\b|\bforkastad")


def lists_what_was_left_out(heading: str) -> bool:
    """A heading over what the writers considered and left out of the programme ('4
    Mätare som vi övervägde men valde bort', 'Bortvalda åtgärder'): its items, meters or
    actions by their words, are none of the programme's, as a past period's are not."""
    return bool(_LEFT_OUT_RE.search(fold(heading)))


def ended_before(text: str, own_start: int | None) -> bool:
    """The text names a span of years that ended before `own_start` ('... 2019–2023' for a
    programme that starts in 2024): a period, a programme or a plan of the past. A single
    year is no period ('Invånare 31.12.2023' dates a statistic)."""
    return own_start is not None and any(end is not None and end < own_start for _, end in year_spans(text))


def _follow_up(toks: list[str]) -> bool:
    """'... följs upp med följande uppgifter:', 'Så följer vi upp:', and with the subject
    between verb and particle ('Därför följs delmålen för arbete upp med följande:') -- a
    list of what is followed up."""
    return any(t in ("foljs", "foljer", "folja") and _particle_upp(toks[i + 1:])
               for i, t in enumerate(toks))


def _follow_up_denied(toks: list[str]) -> bool:
    """Every 'följs/följer upp' of the intro stands in a denied clause ('som inte följs upp i
    detta program'): what the list holds is said not to be followed up."""
    verbs = [i for i, t in enumerate(toks) if t in ("foljs", "foljer", "folja") and _particle_upp(toks[i + 1:])]
    return bool(verbs) and all(denied(toks, i) for i in verbs)


# the documents items may come from ('program', 'planer', 'strategier'), and the words placing
# the follow-up in documents not this one: 'inom sina egna program', 'i andra planer',
# 'i respektive plan'
_DOCUMENT_NOUN_RE = re.compile(r"^(?:\w*program(?:met|men|s)?|\w*plan(?:en|er|erna)?|\w*strategi(?:n|er|erna)?)$")
_ELSEWHERE_WORDS = frozenset(("sina", "egna", "andra", "respektive", "ovriga"))


def _followed_up_elsewhere(toks: list[str]) -> bool:
    """The intro says its items are followed up in other documents ('Dessa följs upp inom
    sina egna program', '… följs upp i respektive plan'): 'i'/'inom', then only words
    placing the document elsewhere, then a document noun."""
    if not _follow_up(toks):
        return False
    for i, t in enumerate(toks):
        if t not in ("i", "inom"):
            continue
        j = i + 1
        while j < len(toks) and toks[j] in _ELSEWHERE_WORDS:
            j += 1
        if j > i + 1 and j < len(toks) and _DOCUMENT_NOUN_RE.match(toks[j]):
            return True
    return False


# how far the particle may stand from its verb: a subject of a few words between them
_PARTICLE_REACH = 8


def _particle_upp(rest: list[str]) -> bool:
    """'upp' closes the verb's phrase: right after it (past 'vi' / 'man'), or after a noun
    phrase of the inverted clause when 'med' follows ('följs delmålen för arbete upp med');
    no other verb of a clause stands between."""
    if [x for x in rest[:2] if x not in ("vi", "man")][:1] == ["upp"]:
        return True
    for k, x in enumerate(rest[:_PARTICLE_REACH]):
        if x in _CLAUSE_BREAKS:
            return False
        if x == "upp":
            return rest[k + 1:k + 2] == ["med"]
    return False


_CLAUSE_BREAKS = frozenset("som att nar om eftersom men ar har kan ska".split())


# Words that open or link the parts of a noun phrase: after one of them a word ending like a
# verb ('tjänster', 'familjer') is the noun of the phrase, not its predicate.
_PHRASE_LINKS = frozenset(
    "och samt eller för med av i på till om vid inom mellan under efter från genom mot utan hos "
    "kring bland åt en ett den det de alla flera fler många våra vår vårt deras dess sin sina "
    "som att".split())
# finite verbs that end like no noun: copula, auxiliaries and a few of the commonest verbs
_FINITE_VERBS = frozenset("är har kan ska skall vill bör måste får blir finns går gör ger ser tar vet".split()
                          # short presents and s-passives too short for the endings below
                          # ('Informationen når alla', 'Kompetensen tas till vara', 'Stöd ges …')
                          + "når tas ges ses nås fås".split()
                          # common presents of goal statements that no noun or adjective shares
                          # ('Invandrare hittar ...', 'Nyanlända känner till ...', 'Unga lär
                          # sig ...'): after an opening adjective-like subject the endings
                          # alone cannot tell them from a title's plural noun ('Digitala tjänster')
                          + "hittar känner deltar använder talar förstår behöver klarar lär bor "
                            "arbetar söker kommer mår upplever studerar".split())
# pronouns among the link words that also stand as a subject ('Alla kan ...', 'Det finns ...',
# 'De får ...'), and the copula and auxiliaries that only a verb is: opening a heading, such a
# pronoun and verb are its subject and predicate (an article or preposition there could not
# take a verb after it)
_SUBJECT_PRONOUNS = frozenset("det den de alla många flera".split())
_AUXILIARIES = frozenset("är har kan ska skall vill bör måste blir finns får".split())
# quantifiers before a plural noun ('Fler invandrare', 'Alla invånare'): a word in -are after
# one is the noun (an agent noun: 'invånare', 'deltagare', 'lärare'), no adjective before it
_PLURAL_QUANTIFIERS = frozenset("alla fler flera många färre samtliga inga".split())
# a present-tense ending ('hittar', 'känner', 'når') or a deponent/passive -s ('möts',
# 'stärks'); not a genitive ('kommunens', 'invånares', 'tjänsters')
_PRESENT_RE = re.compile(r"^[a-zåäö]{2,}(?:ar|er|ir|ur|år|är|ts|ks|ds|ns|ls|ps|rs|gs|vs|ms|as)$")
_GENITIVE_RE = re.compile(r"(?:ens|ets|nas|es|ars|ers|ors)$")
_DEPONENT_RE = re.compile(r"^[a-zåäö]{2,}(?:ts|ks|ds|ns|ls|ps|rs|gs|vs|ms)$")
_CONJUNCTIONS = frozenset(("och", "samt", "men", "eller"))


# a heading that is nothing but a stretch of time: 'De första månaderna', 'Under det första
# året', 'Efter två år', 'Inom sex månader', 'Första veckan' -- a programme ordering its
# actions by the phase of the newcomer's path (or of its period) heads each phase so
_STRETCH_OF_TIME_RE = re.compile(
    r"^(?:(?:under|efter|inom|före|inför|från|senast|redan)\s+)?(?:(?:de|den|det|ett|en|två|tre|fyra|fem|sex|"
    r"sju|åtta|nio|tio|tolv|\d{1,2})\s+)?(?:(?:första|andra|tredje|fjärde|femte|sista|närmaste|kommande|"
    r"följande|halvt|hela)\s+)?(?:år|året|åren|månad|månaden|månader|månaderna|vecka|veckan|veckor|veckorna|dag|dagen|"
    r"dagar|dagarna|termin|terminen|terminer|terminerna|tid|tiden|perioden)"
    r"(?:\s+(?:efter|i)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?$", re.I)
# the heading's number before it ('4.2 ')
_STRETCH_NUMBER_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")


def names_a_stretch_of_time(heading: str) -> bool:
    """The heading (its number aside) names only a stretch of time ('4.2 Under det första
    året', 'Efter två år i kommunen'): a phase the actions under it fall in, no goal they
    serve, however many words it takes."""
    text = _STRETCH_NUMBER_RE.sub("", squash(heading)).rstrip(".:")
    return bool(_STRETCH_OF_TIME_RE.match(text))


def reads_as_clause(heading: str) -> bool:
    """A heading phrased as a statement ('Nya invånare hittar arbete som motsvarar deras
    kompetens', 'Familjer får stöd i föräldraskapet') rather than a title ('Service för
    nyanlända familjer', 'Digitala tjänster'): some word after the first is a finite verb
    -- one of the commonest, or a word with a present-tense or deponent ending that does
    not stand where a noun phrase puts its noun (after a preposition, conjunction or
    determiner, after a genitive, or after an adjective that opens the heading or follows
    such a link word). Swedish puts the verb right after the subject (the second place), so
    a title made of noun phrases has no such word. Without a lexicon a subject of one
    adjective-like word ('Nyanlända hittar ...') is missed: the heading then stays a theme."""
    toks = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", heading)
    for k in range(1, len(toks)):
        w, prev = toks[k].lower(), toks[k - 1].lower()
        if prev in _CONJUNCTIONS and _DEPONENT_RE.match(w) and not _GENITIVE_RE.search(w) \
                and toks[k][0].islower():
            return True  # '... och trivs': a second predicate (no noun ends so)
        if prev in _PHRASE_LINKS:
            if k == 1 and prev in _SUBJECT_PRONOUNS and w in _AUXILIARIES:
                return True  # 'Alla kan bo tryggt', 'Det ska gå att ...': the subject, its verb
            continue
        if w in _FINITE_VERBS or (k + 1 < len(toks) and toks[k + 1].lower() == "sig"
                                  and toks[k][0].islower() and _PRESENT_RE.match(w)):
            # (a present form before the reflexive 'sig' is a verb whatever stands before it:
            # 'Nyanlända etablerar sig ...' -- no noun takes 'sig' after it)
            # (after a noun that only looks like a genitive as well: 'Invandrares kompetens
            # tas till vara' -- no noun stands in these forms)
            return True
        if _GENITIVE_RE.search(prev) and prev.endswith("s"):
            continue
        before = toks[k - 2].lower() if k >= 2 else None
        if prev.endswith("are") and before in _PLURAL_QUANTIFIERS:
            pass  # 'Fler invandrare startar …', 'Alla invånare känner …': the noun, then its verb
        elif prev.endswith(("a", "e")) and (before is None or before in _PHRASE_LINKS):
            continue  # 'Digitala tjänster', 'för nyanlända familjer': an adjective and its noun
        if toks[k][0].islower() and _PRESENT_RE.match(w) and not _GENITIVE_RE.search(w):
            return True
    return False


# a goal stated without a verb, as the change it aims at: a comparative of amount or degree,
# or a participle of increase or improvement, opens it and what it is of follows ('Fler
# invandrare i arbete eller utbildning', 'Färre unga utan examen', 'Ökad delaktighet bland
# unga') -- the target itself, as a clause would state it, not an area's name
_TARGET_OPENER_RE = re.compile(
    r"^(?:fler|färre|mer|mindre|bättre|större|högre|lägre|kortare|snabbare"
    r"|ökad|ökat|ökade|minskad|minskat|minskade|förbättrad|förbättrat|förbättrade)\s+[^\W\d_]", re.I)


def states_change_target(heading: str) -> bool:
    """A heading (its label and number cut off) that states a goal as a change to reach,
    without a verb ('Fler invandrare i arbete eller examensinriktad utbildning'), of at
    least three words: the goal stated in full, as a clause is (`reads_as_clause`)."""
    text = squash(heading)
    return _TARGET_OPENER_RE.match(text) is not None and len(text.split()) >= 3


# words that open a question asking for content ('Vad är integration?', 'Hur följer vi upp?')
# (not folded: 'når', a verb, folds to 'när')
_INTERROGATIVES = frozenset("vad hur varför vem vems vilka vilken vilket när var vart".split())


def asks_yes_or_no(heading: str) -> bool:
    """A heading that asks a yes-or-no question: the finite verb first, as Swedish puts it in
    such a question ('Får alla barn en god start i småbarnspedagogiken?', 'Klarar de unga
    övergången till andra stadiet?', 'Når servicen ... ?'). A programme that sets its goals
    as questions it wants to answer yes to at the end of its period writes them so. A
    question with an interrogative word asks for content ('1.1 Vad är integration?', 'Hur
    följer vi upp?'): background, or what the section under it announces. The verb is told
    by its form: one of the commonest finite verbs, a present tense (Swedish presents end in
    '-r') or a deponent in '-s'."""
    text = re.sub(r"^\s*\d+(?:\.\d+)*\.?\s+", "", heading).strip()
    if not text.endswith("?"):
        return False
    toks = re.findall(r"[^\W\d_]+", text)
    # the question word opens the question, or its part after a dash or colon ('Integration
    # – vad är det?'); inside it 'när' / 'var' are conjunctions ('... stöd när livet känns svårt?')
    openers = [re.findall(r"[^\W\d_]+", part)[:1] for part in re.split(r"\s[–—-]\s|:", text)]
    if len(toks) < 4 or any(o and o[0].lower() in _INTERROGATIVES for o in openers):
        return False
    first = toks[0].lower()
    return first in _FINITE_VERBS or first.endswith("r") or bool(_DEPONENT_RE.match(first))


# a quantity going from a baseline to a target: '... ökar från 71 % (2022) till 80 % (2026)',
# '... sjunker från 24 % till 17 %' -- the verb in the present (a plan), right before 'från'
_FROM_TO_RE = re.compile(r"\b(?P<verb>[a-zåäö]+)\s+från\s+(?:ca\s+|cirka\s+)?\d[\d\s,.]*(?:%|procent)?.{0,20}?"
                         r"\btill\s+(?:minst\s+|högst\s+|ca\s+|cirka\s+)?\d", re.I)
# a quantity held to a bound: '... är minst 40 per år', '... är högst 10 %'
_BOUND_RE = re.compile(r"\b(?:är|blir|ska\s+vara|ska\s+bli)\s+(?:minst|högst|över|under|mer\s+än|mindre\s+än)\s+\d",
                       re.I)
_PAST_AUX = frozenset(("har", "hade", "var", "blev"))


def states_target(sentence: str) -> bool:
    """A sentence that states where a measured quantity is to be: from a baseline to a target
    with the verb in the present ('Andelen ... ökar från 71 % (2022) till 80 % (2026)'), or
    a bound ('Antalet deltagare ... är minst 40 per år'). The sentence opens with its
    subject (a capitalised word that is no link word: not 'Om andelen ökar ...'). A change
    told in the past ('har ökat från 9,6 procent 2016 till 14,5 procent 2021', 'ökade från
    ...') is a statistic, not a target."""
    text = sentence.strip()
    toks = text.split()
    if len(toks) < 4 or not toks[0][:1].isupper() or toks[0].lower() in _PHRASE_LINKS \
            or toks[0].lower() in _INTERROGATIVES or text.endswith("?"):
        return False
    m = _FROM_TO_RE.search(text)
    if m:
        verb = m.group("verb").lower()
        before = text[:m.start()].split()
        if before and before[-1].lower() in _PAST_AUX:
            return False
        return bool(_PRESENT_RE.match(verb)) and not _GENITIVE_RE.search(verb) or verb in _FINITE_VERBS
    m = _BOUND_RE.search(text)
    return bool(m) and not any(t.lower() in _PAST_AUX for t in text[:m.start()].split()[-1:])


# 'Målsättning 4 är att ...', 'Mål 2 är att ...', 'Delmål 1.2 är att ...': a goal known by its
# number, stated as a sentence; the number is the goal's label, as in a heading 'Målsättning 4 –
# ...', and the content clause after 'att' is the goal
_NUMBERED_GOAL_SENTENCE_RE = re.compile(
    # (the label words: the shared main-goal list, text.GOAL_LABEL_WORDS)
    rf"^\s*(?:[^\W\d_]+\s+)?{GOAL_LABEL_WORDS}\s+(?P<num>\d{{1,2}}(?:\.\d{{1,2}})*)\s+är\s+att\s+"
    r"(?P<clause>\S.*?)\s*[.!]?\s*$", re.I | re.S)


def numbered_goal_clause(sentence: str) -> tuple[str, str] | None:
    """(number, goal) of a goal sentence whose subject is a numbered goal ('Målsättning 4 är
    att det finns lämpliga hyresbostäder.' -> ('4', 'det finns lämpliga hyresbostäder')),
    else None. Asked of sentences `is_goal_sentence` took for goals."""
    m = _NUMBERED_GOAL_SENTENCE_RE.match(sentence)
    return (m.group("num"), m.group("clause")) if m else None


def enumerated_actions(sentence: str) -> tuple[str | None, list[str]] | None:
    """(doer, actions) of a sentence that announces what is going to be done and lists it
    inline, marked (1), (2), (3) ... or (a), (b), (c) ... (`inline_lists.inline_items`:
    'För att nå dit kommer kommunen att (1) starta ..., (2) bjuda in ... och (3) ordna
    ...'): the part before the first marker is an intro that would end a paragraph over a
    list of actions ('... kommer kommunen att:', `intro_kind`), or a label naming actions
    ('Åtgarder: (a) ...; (b) ...', as a label over a bulleted list would). The doer is the
    subject of that intro ('kommunen'; None for 'vi', the programme's writers, and for a
    label). None for any other sentence."""
    found = inline_items(sentence)
    if found is None:
        return None
    lead, items = found
    toks = folded_tokens(lead)
    if not (_WILL_DO_RE.search(" ".join(toks))
            or (lead.endswith(":") and label_role(lead[:-1]) == "measure")):
        return None
    # the subject the intro names ('kommunen', 'staden'); 'vi' names nobody in particular
    doer = next((w for w in reversed(re.findall(r"[^\W\d_]+", lead))
                 if fold(w) in ("kommunen", "staden")), None)
    return doer, items


# a measured quantity opening a conjunct or a list ('antalet ...', 'andelen ...')
_QUANTITY_HEAD = r"(?:antal|antalet|andel|andelen|mängd|mängden|nivå|nivån|grad|graden)\b"
# ... or a rate named by a compound ('sysselsättningsgraden', 'utbildningsnivån', 'röstningsandelen')
# after the verb of a follow-up sentence: a measured quantity as 'graden' alone is
_RATE_HEAD = rf"(?:{_QUANTITY_HEAD}|[^\W\d_]{{3,}}(?:graden|andelen|nivån)\b)"
# a measured result ('elevernas resultat i svenska som andra språk', 'vitsorden i modersmålet'):
# pupils' results and grades are measured values, as a count or a share is (a source, 'enkäten
# X', is none), when it says whose (a genitive before it) or in what ('resultaten i ...'):
# bare 'resultaten' says no more than that the work is followed up
_RESULT_WORD = r"(?:resultat(?:en|et)?|vitsord(?:en)?|medeltal(?:et)?)"
_MEASURED_RESULT = rf"(?:[^\W\d_]+s\s+{_RESULT_WORD}\b|{_RESULT_WORD}\s+(?:i|på|inom)\s)"
_MEASURED_RESULT_RE = re.compile(_MEASURED_RESULT, re.I)
# ... or a survey's answers joined to a quantity ('antalet X och svaren i enkäten Y', '… och
# invånarenkätens svar'): the values the survey measures, one more thing followed up -- alone
# after the verb ('genom svaren i enkäten') they may name only the source, so they part a list
# but open none
_SURVEY_ANSWERS = r"(?:[^\W\d_]+s\s+svar\b|svar(?:en|et)?\s+(?:i|på)\s)"
# 'två mätare:', 'tre indikatorer:', 'följande nyckeltal:' opening the list after 'följs upp med'
# (the meter nouns' indefinite plurals, the form after a count: label_vocab.plural_alt)
_COUNTED_METERS = rf"(?:två|tre|fyra|fem|sex|\d{{1,2}}|följande)\s+{plural_alt(METER_NOUNS, definite=False)}\s*:\s*"
_COUNTED_METERS_RE = re.compile(rf"^{_COUNTED_METERS}", re.I)
# ... or without the colon, as the object's head the list stands in apposition to ('följs upp
# med mätarna antal X, Y och Z', 'med följande indikatorer andelen X och antalet Y'): the
# meters' noun, definite or counted, names what the list is, no part of its first meter
# (seventieth set); a quantity must follow ('med indikatorerna i tabell 2' names where they are)
_NAMED_METERS_RE = re.compile(
    rf"^(?:(?:två|tre|fyra|fem|sex|\d{{1,2}}|följande)\s+{plural_alt(METER_NOUNS, definite=False)}"
    rf"|{plural_alt(METER_NOUNS)})\s+(?=(?:{_QUANTITY_HEAD}|{_RATE_HEAD}))", re.I)
# ... or any things so counted ('några enkla saker:', 'följande tal:', 'ett par uppgifter:')
_COUNTED_THINGS = r"(?:några|följande|ett\s+par|två|tre|fyra|fem|sex|\d{1,2})\s+(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s*:\s+"
# what a meter named in 'Som mätare … används' is of: the goal or area in scope, by its noun
# ('för målsättningen', 'för detta mål', 'för insatsområdet', 'på målet') -- a few words, no clause
_METER_OF = r"(?:\s+(?:för|på)\s+(?:(?:detta|det|denna|den|varje|respektive)\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?)?"
# the programme's own voice as the subject of following up ('vi', 'kommunen', 'staden')
_SPEAKER = r"(?:vi|kommunen|staden|regionen)"
# a quantity asked as an indirect question ('hur många av eleverna som …', 'hur stor andel
# av personalen som …', 'hur ofta …'): a measured quantity, as 'antalet' or 'andelen' is
_ASKED_QUANTITY = r"(?:hur\s+(?:många|mycket|ofta|stor|stort|stora)\b)"
# ... one of its own: not a part of the quantity before it named back by a pronoun ('antalet
# deltagare och hur många av dem som får arbete': the share of those counted, one figure)
_ASKED_OWN_QUANTITY = rf"(?:{_ASKED_QUANTITY}(?!(?:\s+[^\W\d_]+)?\s+av\s+(?:dem|dessa|de)\b))"
# '<what> följs upp genom / med / via <list>' ('... mäts med ...'): what a goal's follow-up
# measures, said in a sentence; also with the thing followed up first ('För arbete följs antalet ...', the
# indicator as the subject after the verb, as Swedish puts it after an opening adverbial)
_FOLLOWED_UP_RE = re.compile(
    # (an adverb adding this follow-up to the others may stand between verb and particle:
    # 'Målet följs dessutom upp med andelen …', 'följs också upp genom …')
    r"^(?P<what>.*?)\s*\b(?:följs\s+(?:(?:dessutom|också|även|därtill)\s+)?upp|mäts)\s+"
    r"(?P<prep>genom|med\s+hjälp\s+av|med|via|utifrån)\s+"
    r"(?P<list>\S.*?)\s*[.!]?\s*$"
    # (an adverb adding it to what else is followed, 'följs dessutom antal ...', is no part of it)
    r"|^(?P<what2>(?:för|inom|i)\s+.*?)\s+följs\s+(?:(?:dessutom|också|även|därtill)\s+)?(?P<list2>(?!upp\b)\S.*?)\s*[.!]?\s*$"
    # ... or after an adverbial adding it to the meters named elsewhere ('Dessutom följs antalet
    # X och andelen Y.', 'Utöver mätarna i tabellerna följs andelen Z.'): a measured quantity
    # after the verb is one more indicator, as after 'För X följs'
    r"|^(?P<what10>(?:dessutom|därtill|därutöver|vidare|också|även|utöver\s+.*?))\s*,?\s+följs\s+"
    rf"(?:(?:dessutom|också|även|därtill)\s+)?(?:upp\s+)?(?P<list10>(?={_RATE_HEAD})\S.*?)\s*[.!]?\s*$"
    # ... or naming the goal it follows before the quantity ('Därtill följs det övergripande
    # målet med sysselsättningsgraden bland ...'): the goal is what, the quantity its meter
    # (or by its label and code: 'Därtill följs delmål 1.2 upp med andelen …')
    # ... or the programme as a whole ('Därutöver följs hela programmet med två nyckeltal: X och
    # Y'): the meters of no one goal, the count and noun of the meters a label before the list
    r"|^(?:dessutom|därtill|därutöver|vidare|också|även|utöver\s+.*?)\s*,?\s+följs\s+"
    r"(?P<what11>(?:\S[^,]*?\s)?(?:(?:del)?mål\w*(?:\s+\d{1,2}(?:\.\d{1,2})*(?=\s+upp\b))?|\w*programmet|planen))\s+"
    rf"(?:upp\s+)?med\s+(?:{_COUNTED_METERS})?(?P<list11>(?={_RATE_HEAD}|{_QUANTITY_HEAD})\S.*?)\s*[.!]?\s*$"
    # ... or the figures announced between the verb and its particle and listed after a colon
    # ('Dessutom följs två övergripande tal upp för hela programmet: X och Y.', 'Följande
    # nyckeltal följs upp årligen: X, Y och Z.'): the list after the colon, when it opens with
    # a measured quantity (sixty-third set)
    r"|^(?P<what14>(?:[^:]{0,80}?\s)?följs\s+(?:[^:]{0,60}?\s)?upp(?:\s+[^:]{0,60}?)?)\s*:\s+"
    rf"(?P<list14>(?={_RATE_HEAD})\S.*?)\s*[.!]?\s*$"
    # 'Som mätare används antalet X, antalet Y och antalet Z.': the indicators named as such,
    # of the goals in scope (the sentence names no goal)
    # (or naming what they measure: 'Som mätare för huvudmål 2 används …', 'Som indikatorer
    # för målet används …': the goal so named is what is followed up)
    r"|^som\s+(?:mätare|indikator(?:er)?|nyckeltal)(?:\s+för\s+(?P<what4>[^,:]{1,60}?))?\s+(?:används|tillämpas|följs)\s+(?P<list4>\S.*?)\s*[.!]?\s*$"
    # the same said in the active voice, or of a measure of success ('Som mått på framgång
    # använder vi andelen X och antalet Y.'): what the speaker uses as a measure, when it is
    # a measured quantity
    rf"|^som\s+(?:mått|mätare|indikator(?:er)?|nyckeltal)(?:\s+på\s+[^\W\d_]+|{_METER_OF})\s+(?:används|använder\s+(?:vi|kommunen))\s+"
    rf"(?P<list5>(?={_QUANTITY_HEAD})\S.*?)\s*[.!]?\s*$"
    # the speaker following the work up ('Vi följer upp arbetet genom antalet X', 'För
    # kvällskurserna följer vi antalet X'), or the follow-up or progress resting on a
    # quantity ('Uppföljningen bygger på andelen X', 'Framstegen följs genom antalet X'):
    # only a measured quantity after it names an indicator, as a source names none
    r"|^(?P<what6>(?:vi|kommunen)\s+följer\s+upp\s+.*?)\s+(?P<prep6>genom|med\s+hjälp\s+av|med|via|utifrån)\s+"
    rf"(?P<list6>(?={_QUANTITY_HEAD}|{_MEASURED_RESULT})\S.*?)\s*[.!]?\s*$"
    r"|^(?P<what7>(?:för|inom|i)\s+.*?)\s+följer\s+(?:vi|kommunen)\s+(?:upp\s+)?"
    rf"(?P<list7>(?={_QUANTITY_HEAD})\S.*?)\s*[.!]?\s*$"
    # ... or adding figures of its own to the meters named elsewhere, or at a level of its own
    # ('Därtill följer staden på programnivå två nyckeltal: andelen X och andelen Y.', 'På
    # programnivå följer kommunen dessutom arbetslöshetsgraden bland X.', 'Kommunen följer
    # också sysselsättningsgraden …'): the active voice of 'Därtill följs …' (what10), the
    # speaker after the verb when an adverbial opens the sentence; a measured quantity or rate
    # after it, a counted meter label ('två nyckeltal:') before the list
    rf"|^(?P<what15>(?:dessutom|därtill|därutöver|därför|vidare|också|även|utöver\s+.*?|(?:på|för|inom|i)\s+\S.*?)"
    rf"\s*,?\s+följer\s+{_SPEAKER}|{_SPEAKER}\s+följer)\s+"
    rf"(?:(?:dessutom|också|även|därtill)\s+)?(?:på\s+[^\W\d_]+nivå\s+)?(?:(?:dessutom|också|även|därtill)\s+)?"
    # ('följer med', the Finland-Swedish 'follow', as 'följer upp'; the things followed counted
    # before a colon, 'Vi följer med några enkla saker: hur många …', 'följande tal:', announce
    # the list as a counted meter label does -- a definite object, 'den allmänna utvecklingen:',
    # names a trend kept in view, no list of the programme's figures)
    rf"(?:(?:upp|med)\s+)?(?:{_COUNTED_METERS}|{_COUNTED_THINGS})?"
    rf"(?P<list15>(?={_RATE_HEAD}|{_ASKED_QUANTITY})\S.*?)\s*[.!]?\s*$"
    # ('Uppföljningen sker genom antalet X': the follow-up done by a quantity, as 'följs genom')
    r"|^(?P<what8>uppföljning(?:en)?|framsteg(?:en)?)\s+(?:bygger\s+på|(?:följs|sker)\s+(?P<prep8>genom|med|via))\s+"
    rf"(?P<list8>(?={_QUANTITY_HEAD})\S.*?)\s*[.!]?\s*$"
    # '... Vi följer upp genom att räkna antalet X och antalet Y.': the speaker counting or
    # measuring quantities to follow up, each quantity an indicator
    # (a rate named by its compound is measured as a count is: 'genom att mäta
    # sysselsättningsgraden bland X och antalet Y')
    # (how often said before the verb, 'genom att varje år räkna hur många som X': a count
    # asked as a question is a quantity as 'antalet' is)
    r"|^(?P<what9>(?:vi|kommunen)\s+följer\s+upp(?:\s+\S.*?)?)\s+genom\s+att\s+"
    r"(?:(?:varje|var|vart|en\s+gång\s+(?:per|om|i))\s+[^\W\d_]+\s+|årligen\s+)?(?:räkna|mäta|följa|jämföra)\s+"
    rf"(?P<list9>(?={_RATE_HEAD}|{_ASKED_OWN_QUANTITY})\S.*?)\s*[.!]?\s*$"
    # ... the thing followed up put first, subject and verb inverted as Swedish wants
    # ('Läxhjälpen följer vi upp genom att räkna antalet X', 'Kurserna följer kommunen upp
    # genom att mäta andelen Y'): the topic is what is followed up -- an action it names
    r"|^(?P<what16>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s+följer\s+(?:vi|kommunen)\s+upp\s+genom\s+att\s+"
    rf"(?:räkna|mäta|följa|jämföra)\s+(?P<list16>(?={_RATE_HEAD})\S.*?)\s*[.!]?\s*$"
    # ... or the speaker measuring one more quantity, in the active voice ('Dessutom mäter vi
    # andelen X.', 'Vi mäter också antalet Y.', 'Därtill räknar kommunen antalet Z.'): as
    # 'Dessutom följs andelen X' -- only a measured quantity after the verb names an indicator
    r"|^(?P<what17>(?:dessutom|därtill|därutöver|vidare|också|även)\s*,?\s+(?:mäter|räknar)\s+(?:vi|kommunen)"
    r"|(?:vi|kommunen)\s+(?:mäter|räknar)\s+(?:dessutom|också|även|därtill))\s+"
    rf"(?:(?:också|även|dessutom)\s+)?(?P<list17>(?={_RATE_HEAD}|{_ASKED_OWN_QUANTITY})\S.*?)\s*[.!]?\s*$"
    # ... or a unit of the municipality as the one who counts or follows the figure ('Skolan
    # följer hur många elever …', 'Fritidssekreteraren räknar antalet …'): a doer named by
    # one noun in its definite form, the verb of counting or following, a measured quantity
    # after it -- the same indicator as the speaker's own 'Vi räknar …'
    r"|^(?P<what19>[^\W\d_]{3,}(?:n|et|na))\s+(?:följer|räknar|mäter)\s+"
    rf"(?:(?:också|även|dessutom|årligen)\s+)?(?P<list19>(?={_RATE_HEAD}|{_ASKED_OWN_QUANTITY})\S.*?)\s*[.!]?\s*$"
    # ... or the speaker using the meters it counts or calls 'följande', the list run on after
    # the colon in the same sentence ('För att följa hur målen nås använder vi följande
    # mätare: andelen X, antalet Y och Z.', 'Kommunen använder tre mätare: …'): each measured
    # quantity an indicator, as after 'Som mätare används'
    rf"|^(?P<what20>(?:[^:]*?\s)?){_SPEAKER}\s+använder\s+(?:(?:också|även|dessutom)\s+)?{_COUNTED_METERS}"
    rf"(?P<list20>(?={_RATE_HEAD}|{_QUANTITY_HEAD}|{_ASKED_QUANTITY})\S.*?)\s*[.!]?\s*$"
    # (or in the passive after an opening adverbial: 'Vid uppföljningen används följande
    # mätare: X; Y; Z.')
    rf"|^(?P<what21>[^:]*?)\s+(?:använder\s+{_SPEAKER}|används)\s+(?:(?:också|även|dessutom)\s+)?{_COUNTED_METERS}"
    rf"(?P<list21>(?={_RATE_HEAD}|{_QUANTITY_HEAD}|{_ASKED_QUANTITY})\S.*?)\s*[.!]?\s*$"
    # 'Uppföljningen (av målet) görs med indikatorn X': the follow-up named as a noun and X
    # called an indicator ('Uppföljningen sker genom skolans elevenkät' names a source)
    r"|^(?P<what3>uppföljning(?:en)?(?:\s+av\s+.*?)?)\s+(?:görs|sker)\s+(?P<prep3>med\s+hjälp\s+av|med|genom|via|utifrån)\s+"
    r"(?:indikatorn|indikatorerna|mätaren|mätarna|nyckeltalet|nyckeltalen)\s+(?P<list3>\S.*?)\s*[.!]?\s*$"
    # the follow-up's own report or evaluation as the subject that measures or reports the
    # figures ('Utvärderingen 2028 mäter bland annat andelen X och antalet Y.',
    # 'Uppföljningsrapporten redovisar hur långt X kommit samt antalet Y.'): each thing it
    # measures is an indicator, as after 'följs upp genom'
    r"|^(?P<what12>(?:den\s+|det\s+)?(?:[^\W\d_]+\s+)?[^\W\d_]*(?:utvärdering|uppföljning|rapport)[^\W\d_]*"
    r"(?:\s+(?:19|20)\d\d)?)\s+(?:mäter|redovisar)\s+(?:(?:bland\s+annat|även|också|dessutom)\s+)?"
    r"(?P<list12>\S.*?)\s*[.!]?\s*$"
    # the quantities themselves the subject of a passive of reporting ('Antal barn i X och
    # antal deltagare i Y rapporteras till integrationsenheten i december.'), after a
    # follow-up label or not ('Uppföljning av föreningarnas åtaganden: ...'): each quantity
    # reported is an indicator, as after 'följs upp genom'
    r"|^(?:(?P<what13>(?:uppföljning|utvärdering)[^:]{0,80}):\s+)?"
    rf"(?P<list13>(?={_QUANTITY_HEAD})\S.*?)\s+(?:rapporteras|redovisas|sammanställs|följs\s+upp|mäts)\b.*?\s*[.!]?\s*$"
    # the meters named as the subject complement ('Mätare är antalet X och Y.', 'Indikatorerna
    # är andelen Z.'): each measured quantity an indicator, as after 'Som mätare används'
    rf"|^(?:mätare|mätarna|mätaren|indikator(?:n|er|erna)?|nyckeltal(?:en|et)?)\s+(?:är|blir)\s+"
    rf"(?P<list18>(?={_RATE_HEAD}|{_ASKED_QUANTITY})\S.*?)\s*[.!]?\s*$",
    re.I | re.S)
# a measured quantity opening a conjunct ('och antalet ...', 'och andelen ...'), or the list's
# preposition said again ('... och genom X'): where 'och' starts another indicator
# a list item that names where the indicators are, or how the follow-up is done, rather than
# an indicator ('indikatorerna i tabell 2', 'mätarna ovan', 'att ...', 'årliga rapporter')
# ... or that quotes a label of the layout ('står det efter ”Följs upp:”': a reading guide
# telling where each action's own meter is printed)
_NOT_AN_INDICATOR_RE = re.compile(
    r"^att\b|\b(?:indikator|mätar|nyckeltal|tabell|kapitel|bilaga|avsnitt|rapport)"
    r"|[”\"“'’][^”\"“'’]{1,40}:\s*[”\"“'’]", re.I)
# ... or that names only the kind of data the follow-up draws on ('Effektmålen följs upp med
# statistik och resultatmålen med stadens egna uppgifter', 'med registeruppgifter'): a source,
# as 'Källa' in a meter table, no figure -- unless it says which figure ('statistik över
# antalet …', 'uppgifter om sysselsättningsgraden': a quantity in it)
_SOURCE_ONLY_RE = re.compile(
    r"^(?:[^\W\d_]+\s+){0,2}(?:[^\W\d_]*statistik|[^\W\d_]*uppgifter|data|[^\W\d_]*register)(?:en|na|n)?\b", re.I)
# a measured quantity or rate anywhere in it, opening a word
_RATE_IN_RE = re.compile(rf"(?<!\w){_RATE_HEAD}", re.I)


def _names_source_only(part: str) -> bool:
    """The list part names the data the follow-up uses, no measured quantity (`_SOURCE_ONLY_RE`)."""
    return bool(_SOURCE_ONLY_RE.match(part)) and not _RATE_IN_RE.search(part)


# a report named alone ('Leveransrapport', 'Årsrapporten', 'Verksamhetsberättelse'): the
# document in which the result is reported, no figure
_REPORT_ONLY_RE = re.compile(r"^[^\W\d_]*(?:rapport|redovisning|berättelse)(?:en|er|erna|n)?\.?$", re.I)


def names_report_only(text: str) -> bool:
    """The follow-up cell names a report and nothing else ('Leveransrapport' where other rows
    of an 'Uppföljs genom' column name a count): the doer only reports that the action was
    delivered, how it is followed up, no indicator -- an indicator says what is measured."""
    return bool(_REPORT_ONLY_RE.match(squash(text)))


# 'Tryggheten följs upp i enkäten X 2025 och 2027 (andel invandrare som känner sig trygga).':
# where the figure comes from in the sentence, the figure itself in the closing brackets
_FIGURE_IN_BRACKETS_RE = re.compile(
    rf"^(?P<what>[^()]*?)\s*\b(?:följs\s+upp|mäts)\b[^()]*\((?P<figure>{_QUANTITY_HEAD}[^()]+)\)\s*[.!]?\s*$",
    re.I | re.S)


_FOLLOW_UP_TAIL_RE = re.compile(r"(?:\s+(?:årligen|regelbundet|kontinuerligt)|\s*\((?:år\s+)?(?:19|20)\d\d:\s*[^()]*\))\s*$",
                                re.I)


def is_population_rate(item: str) -> bool:
    """A meter that is a rate named by a compound ('sysselsättningsgraden bland invånare med
    främmande modersmål'), not a count or share of something done (`_QUANTITY_HEAD`)."""
    text = squash(item)
    return not re.match(_QUANTITY_HEAD, text, re.I) and bool(re.match(_RATE_HEAD, text, re.I))


# the subject followed up named as statistics ('Följande nationella statistik',
# 'Befolkningsstatistiken'; Finnish 'tilasto')
_STATISTICS_SUBJECT_RE = re.compile(r"statistik|tilasto", re.I)


def followed_up_by(sentence: str) -> tuple[str, list[str]] | None:
    """(what, indicators) of a sentence naming what a goal is followed up by ('Målen för
    språk följs upp genom antalet deltagare och antalet språkvänpar samt antalet besök på
    webbsidorna.' -> ('Målen för språk', ['antalet deltagare och antalet språkvänpar',
    'antalet besök på webbsidorna'])). The list splits at commas and 'samt'; at 'och' too
    where no 'samt' joins it (Swedish joins the larger parts with 'samt' when 'och' joins
    inside them) and the next part opens with a quantity or repeats the list's preposition
    ('... genom X och genom Y'). None unless at least one part counts or measures something
    (`content_roles.is_indicator_cell`), or when a part names where indicators are listed or
    how the follow-up is done ('med hjälp av indikatorerna i tabell 2'), or when the sentence
    introduces a list instead (ends in ':'). A sentence that says where the figure comes from
    and gives the figure in its closing brackets ('... följs upp i enkäten X (andel
    invandrare som ...).') names that one indicator."""
    bracketed = _FIGURE_IN_BRACKETS_RE.match(squash(sentence))
    if bracketed:
        return bracketed.group("what").strip(), [bracketed.group("figure").strip()]
    m = _FOLLOWED_UP_RE.match(squash(sentence))
    if not m or sentence.rstrip().endswith(":"):  # '... följs upp med följande uppgifter:' opens a list
        return None
    what = m.group("what") if m.group("list") else (
        (m.group("what2") or "") if m.group("list2") else (
            m.group("what3") or m.group("what4") or m.group("what6") or m.group("what7") or m.group("what8") or m.group("what9")
            or m.group("what10") or m.group("what11") or m.group("what12") or m.group("what13")
            or m.group("what14") or m.group("what15") or m.group("what16") or m.group("what17") or m.group("what19")
            or m.group("what20") or m.group("what21") or ""))
    if m.group("list18"):
        what = "Mätare"
    if m.group("list") and re.match(rf"(?:{_QUANTITY_HEAD}|{_RATE_HEAD})", what.strip(), re.I):
        # 'Andelen barn med hobby mäts med skolhälsoenkäten och X med Y.': a measured quantity
        # the subject, what it is measured with is its source (and an elliptic 'X med Y' one
        # more quantity's source), no indicator of its own -- a source is no meter
        return None
    if _STATISTICS_SUBJECT_RE.search(what or ""):
        # 'Följande nationella statistik följs också upp: X, Y och Z.': what the sentence
        # follows is statistics, the figures of the setting kept in view beside the
        # programme's meters -- as a source named in the list is no meter (`_names_source_only`)
        return None
    text = next(m.group(g) for g in ("list", "list2", "list3", "list4", "list5", "list6", "list7", "list8", "list9", "list10",
                                     "list11", "list12", "list13", "list14", "list15", "list16", "list17", "list18", "list19", "list20", "list21")
                if m.group(g))
    # how often, or the figure so far, closing the sentence ('... årligen', '(2023: 61 %)'):
    # said of the following-up, no part of what is measured
    text = _FOLLOW_UP_TAIL_RE.sub("", text)
    # 'följs upp med två mätare: X samt Y': the count of the meters and their noun, a label
    # before the list, no part of the first meter
    text = _COUNTED_METERS_RE.sub("", text, count=1)
    text = _NAMED_METERS_RE.sub("", text, count=1)
    prep = (m.group("prep") or m.group("prep3") or m.group("prep6") or m.group("prep8") or "").split()[:1]
    # (', enligt enkäten X': the source of the quantity before it, no part of the list)
    # (', mitt i vintern', ', i februari': a part opening with a preposition of time or place
    # and naming no quantity of its own is an adverbial of the figure before it, no indicator --
    # a figure is named by a noun phrase)
    # (a semicolon parts the longer items of a list as a comma does: 'X; Y; Z')
    parts = re.split(rf",\s+(?!enligt\s|(?:mitt\s+)?(?:i|på|under|efter|före|vid|inom)\s(?![^,]*?\b{_RATE_HEAD}))"
                     r"|\s*;\s+|\s+samt\s+", text)
    if not re.search(r"\ssamt\s", text):
        # (a rate named by its compound opens a measured quantity too, as in `count_list`:
        # '… och sysselsättningsgraden bland X'; and so does a quantity asked, '… och hur
        # många av X som …', and so do a survey's answers, '… och svaren i enkäten X')
        again = rf"(?:{re.escape(prep[0])}\s+|{_RATE_HEAD}|{_ASKED_OWN_QUANTITY}|{_SURVEY_ANSWERS})" if prep \
            else rf"(?:{_RATE_HEAD}|{_ASKED_OWN_QUANTITY}|{_SURVEY_ANSWERS})"
        parts = [p for part in parts for p in re.split(rf"\s+och\s+(?={again})", part, flags=re.I)]
    if prep:
        parts = [re.sub(rf"^{re.escape(prep[0])}\s+", "", p, flags=re.I) for p in parts]
    # ', som mottagningspunkten själv för statistik över': a relative clause telling more of
    # the quantity before it (its source, what it is compared with), no indicator of its own
    # (so is a concessive or causal clause closing the sentence, ', även om det talet inte kan
    # mätas förrän …', ', eftersom …': said of the following-up, no figure)
    parts = [p.strip() for p in parts
             if not re.match(r"(?:som|även\s+om|trots\s+att|eftersom|fast(?:än)?)\s", p.strip(), re.I)]
    if m.group("list12") and not any(re.match(_QUANTITY_HEAD, p, re.I) for p in parts):
        # a report telling what it covers ('Rapporten redovisar hur åtgärderna har genomförts
        # och ...') names no figure: a figure of its own opens with its quantity
        return None
    if not all(parts) or any(_NOT_AN_INDICATOR_RE.search(p) or _names_source_only(p) for p in parts) \
            or not any(is_indicator_cell(p) or _MEASURED_RESULT_RE.match(p) or re.match(_RATE_HEAD, p, re.I)
                       or re.match(_ASKED_QUANTITY, p, re.I) for p in parts):
        return None
    return what.strip(), parts


def followed_up_topic(sentence: str) -> str | None:
    """The thing a follow-up sentence puts first as its topic ('Läxhjälpen följer vi upp genom
    att räkna antalet X' -> 'Läxhjälpen'), else None: the sentence follows up what it names
    there -- one of the actions listed above it, when it names one by its words."""
    m = _FOLLOWED_UP_RE.match(squash(sentence))
    return m.group("what16") if m and m.group("list16") else None


def reports_counts(sentence: str) -> bool:
    """'Antal X och antal Y rapporteras till ...': quantities the subject of a passive of
    reporting (`followed_up_by`'s last form)."""
    m = _FOLLOWED_UP_RE.match(squash(sentence))
    return bool(m and m.group("list13"))


def count_list(text: str) -> list[str]:
    """The counts a serial list of counts names, each opening with its quantity ('antal
    nyinflyttade som deltagit, antal fadderpar och antal evenemang' -> three); the text alone
    when it is no such list: one count, a pair joined by 'och' alone ('Antal
    rekryteringsträffar och antal anställningar som följt av dem' may count one thing from
    two sides), counts joined by a comma alone (a golden programme's cell 'Antal deltagare,
    antal områden med odlingsverksamhet' is one indicator: a label, not an enumeration), or a
    part that opens with no quantity ('antal deltagare, varav kvinnor')."""
    text = squash(text).rstrip(".").strip()
    # (a rate named by its compound counts as a quantity: 'sysselsättningsgraden bland X,
    # antalet Y och andelen Z' lists three measured things, as 'graden' alone would open one)
    parts = [p.strip() for p in re.split(rf"(?:,|\s+och|\s+samt)\s+(?={_RATE_HEAD})", text, flags=re.I)]
    # 'A, B och C': commas and a closing 'och' / 'samt', as an enumeration in running text ends
    serial = (re.search(rf",\s+{_RATE_HEAD}", text, re.I)
              and re.search(rf"\s(?:och|samt)\s+{_RATE_HEAD}", text, re.I))
    if serial and all(re.match(_RATE_HEAD, p, re.I) for p in parts):
        return parts
    # 'andelen X, antalet Y och hur de Z samt resultatet av W': counts listed on commas, the
    # last member after a closing 'samt' -- the conjunction that closes an enumeration, where
    # 'och' may join words inside one member -- whatever measured thing it names
    head, also, tail = text.rpartition(" samt ")
    if also and tail[:1].islower():
        firsts = [p.strip() for p in re.split(rf",\s+(?={_RATE_HEAD})", head, flags=re.I)]
        if len(firsts) > 1 and all(re.match(_RATE_HEAD, p, re.I) for p in firsts) \
                and " samt " not in head:
            return firsts + [tail.strip()]
    # 'andelen X som …, och andelen Y': two quantities parted by a comma before the 'och' --
    # the comma closes the first member, so the pair is two measured things (no one thing
    # counted from two sides, which 'och' alone may join)
    pair = [p.strip() for p in re.split(rf",\s+(?:och|samt)\s+(?={_RATE_HEAD})", text, flags=re.I)]
    if len(pair) == 2 and all(re.match(_RATE_HEAD, p, re.I) for p in pair):
        return pair
    return [text]


# a count opening a part ('antalet anställda som ...')
_COUNT_HEAD_RE = re.compile(r"(?:antal|antalet)\b", re.I)
# ... and a share or rate opening one, whose it may say first, a genitive ('kommunens andel av
# positiva svar', 'elevernas andel'), or named by its compound ('sysselsättningsgraden')
_SHARE_HEAD_RE = re.compile(r"(?:(?:[^\W\d_]{3,}s\s+)?(?:andel|andelen|grad|graden|nivå|nivån)\b"
                            r"|[^\W\d_]{3,}(?:graden|andelen|nivån)\b"
                            # ... or a level or rate named by its compound after whose it is, a
                            # genitive ('deltagarnas språknivå', 'kvinnornas sysselsättningsgrad')
                            r"|[^\W\d_]{3,}s\s+[^\W\d_]{2,}(?:nivå|grad)\b)", re.I)
# the conjunction joining the two
_AND_OR_ALSO_RE = re.compile(r"\s+(?:och|samt)\s+")


def count_and_share(text: str) -> list[str]:
    """A count and a share joined by 'och' / 'samt', each opening its part ('antalet
    anställda som gått kursen och kommunens andel av positiva svar i enkäten', 'andelen X
    samt antalet Y') -> the two meters; the text alone otherwise. Two counts joined so may
    count one thing from two sides (`count_list` keeps such a pair whole); a count and a
    share measure two things, of two kinds."""
    text = squash(text).rstrip(".").strip()
    for m in _AND_OR_ALSO_RE.finditer(text):
        left, right = text[:m.start()].strip(), text[m.end():].strip()
        if (_COUNT_HEAD_RE.match(left) and _SHARE_HEAD_RE.match(right)) \
                or (_SHARE_HEAD_RE.match(left) and _COUNT_HEAD_RE.match(right)):
            return [left, right]
    return [text]


# 'Som delmål eftersträvar vi att ...', 'Som delmål eftersträvas att ...': a sentence that
# opens by naming what it states as a (sub-)goal; the content clause after 'att' is the goal
_AS_GOAL_RE = re.compile(
    r"^som\s+(?P<sub>del)?(?:mål|målsättning)\s+[^\W\d_]+(?:\s+(?:vi|kommunen|staden))?\s+(?:efter\s+)?att\s+"
    r"(?P<clause>\S.*?)\s*[.!]?\s*$", re.I | re.S)


def goal_named_as(sentence: str) -> tuple[bool, str] | None:
    """(sub-goal?, goal) of a sentence opening 'Som delmål / Som mål' + a verb + 'att ...'
    ('Som delmål eftersträvar vi att fler kvinnor hittar arbete.' -> (True, 'fler kvinnor
    hittar arbete')): the label says what the clause is, as 'Delmål: ...' would; a
    'delmål' is a part of the goal stated before it. None for any other sentence."""
    m = _AS_GOAL_RE.match(squash(sentence))
    return (bool(m.group("sub")), m.group("clause")) if m else None


# the text saying how its sections are written: each paragraph opens with the goal, the
# actions after it ('Under varje rubrik inleds stycket med målet i fetstil.', 'Varje stycke
# börjar med målet')
_PARAGRAPHS_OPEN_WITH_GOAL_RE = re.compile(
    r"\b(?:(?:inleds|börjar)\s+(?:varje\s+|vart\s+)?(?:stycke|stycket|styckena)"
    r"|(?:varje\s+|vart\s+)?(?:stycke|stycket|styckena)\s+(?:inleds|börjar))\s+med\s+(?:målet|målen|ett\s+mål)\b", re.I)


def says_paragraphs_open_with_goal(text: str) -> bool:
    """Does this paragraph say that the paragraphs under its section's headings open with
    their goal?"""
    return bool(_PARAGRAPHS_OPEN_WITH_GOAL_RE.search(squash(text)))


def goal_led_headings(elements) -> set[int]:
    """Indices of the headings under a section whose text said that each paragraph under
    its headings opens with the goal (`says_paragraphs_open_with_goal`): up to the next
    heading of that section's level or above. Such a heading names a theme, no action."""
    out: set[int] = set()
    level = None  # the level of the heading over the statement, while inside its section
    last_level = None
    for i, el in enumerate(elements):
        if el.kind == "heading":
            if level is not None and el.level <= level:
                level = None
            if level is not None:
                out.add(i)
            last_level = el.level
        elif el.kind == "para" and last_level is not None and says_paragraphs_open_with_goal(el.text):
            level = last_level
    return out


# a verb saying a text repeats what was said elsewhere ('upprepar', 'sammanfattar', 'återger')
_RESTATE_VERB_RE = re.compile(r"^(?:upprepar|sammanfattar|aterger)$")
# what it repeats: the actions ('åtgärderna', 'insatserna'), in their definite plural
_ACTIONS_NOUN_RE = re.compile(r"^(?:atgarderna|insatserna)$")


def speaks_of_all_actions(sentence: str) -> bool:
    """The sentence's subject is the programme's actions as a whole, the action noun in its
    definite plural opening it ('Åtgärderna genomförs inom sektorernas budgetar.',
    'Insatserna finansieras …'): it says something of all the actions, states none."""
    ws = fold(squash(sentence)).split()
    return bool(ws) and bool(_ACTIONS_NOUN_RE.match(ws[0].strip(".,:;")))


def says_actions_restated(text: str) -> bool:
    """A sentence saying that what follows repeats the programme's actions, stated in full
    elsewhere ('Sammanfattningen upprepar åtgärderna i kortform.', 'Tabellen nedan
    sammanfattar insatserna.'): a verb of repeating as the predicate (among the sentence's
    first words, right after its subject) with the actions as its object."""
    for s in sentences(text):
        ws = fold(squash(s)).split()
        if any(_RESTATE_VERB_RE.match(w) for w in ws[1:4]) and any(_ACTIONS_NOUN_RE.match(w.strip(".,:;")) for w in ws):
            return True
    return False

