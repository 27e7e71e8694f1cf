"""Three conventions of how a programme names its parts (nineteenth blind set).

- **A titled action** ('Språkcafé – Biblioteket ordnar språkcafé två gånger i veckan.'): a
  list item that opens with a short name, a spaced dash and then one or more whole sentences
  describing it. The name is the action; the sentences after the dash explain it (what an
  action card's title and body are, printed on one line). A dash followed by a doer and a
  time ('– Ansvar: X, 2026', '– Föglö församling, årligen') is a tail read elsewhere
  (`actors.trailing_actors`), never a description: a description opens with a capital, has
  several words and ends a sentence.
- **A described numbered action** ('2.1 Kommunen erbjuder praktikplatser. Platserna finns
  inom äldreomsorgen. Ansvarig: X. Tidtabell: 2026.'): an action paragraph numbered under
  its goal (N.M) whose labelled fields close it: its first sentence is the action, the
  sentences between it and the fields explain it (`described_numbered_action`).
- **A goal coded by a single letter** ('A Nyinflyttade vuxna kommer snabbare in i
  arbetslivet', 'B Alla som vill ...'): lists coding their goals A–F, to which an
  implementation plan's goal column refers by the letter alone.
- **An easy-to-read restatement** ('Programmet på lättläst svenska'): a version of the
  programme for readers of plain Swedish (lättläst, the Finnish 'selkokieli') restates its
  goals in other words ('Du ska snabbt få jobb ...'); what it lists is no new goal, action
  or indicator. So does a chapter of readers' questions and their answers ('Frågor och svar').
"""
from __future__ import annotations

import re

from .prose import reads_as_clause
from .text import fold, sentences, squash

# the name: a few words, no sentence stop or label colon inside; the description: a capital,
# at least four words, a sentence's end
_TITLED_RE = re.compile(r"^(?P<title>[^.:;!?–]{2,80}?)\s+[–—]\s+(?P<desc>[A-ZÅÄÖ](?:(?!\s[–—]\s).)*)$", re.S)
_TITLE_MAX_WORDS = 8
_DESCRIPTION_MIN_WORDS = 4


def titled_action(text: str, closed: bool = False) -> str | None:
    """The name of a titled action ('Språkcafé' of 'Språkcafé – Biblioteket ordnar språkcafé
    två gånger i veckan.'), else None. The description after the dash must be whole
    sentences: at least four words ending on a full stop -- or on the item's end when
    `closed`: the caller cut the labelled fields that closed the item ('Ansvarig: X.'), and
    the stop with them."""
    m = _TITLED_RE.match(text.strip())
    if not m:
        return None
    title, desc = m.group("title").strip(), m.group("desc").strip()
    if len(title.split()) > _TITLE_MAX_WORDS or len(desc.split()) < _DESCRIPTION_MIN_WORDS:
        return None
    if ":" in desc.split(".", 1)[0]:
        return None  # a field label after the dash ('– Ansvar: X'): a tail, no description
    if not closed and not re.search(r"[.!?]", desc):
        return None  # no sentence after the dash: a phrase continuing the name
    return title


# a goal's code, one capital letter, then the goal's sentence opening with a capital
SINGLE_LETTER_ITEM_RE = re.compile(r"^([A-ZÅÄÖ])\s+([A-ZÅÄÖ][a-zåäö].*)$", re.S)
SINGLE_LETTER_CELL_RE = re.compile(r"^\s*([A-ZÅÄÖ])\s*$")

# the easy-to-read version: Swedish 'lättläst', Finnish 'selkokieli' / 'selkokielinen'
_EASY_READ = ("lattlast", "selkokiel")


def restates_programme(heading: str) -> bool:
    """A heading over the programme told again in easy-to-read language ('Programmet på
    lättläst svenska', 'Lättläst sammanfattning')."""
    folded = fold(heading)
    if any(w.startswith(_EASY_READ) for w in re.findall(r"\w+", folded)):
        return True
    # ... or in 'lätt svenska' / 'lätt språk' (the Finland-Swedish name of the same register,
    # Finnish 'selkosuomi', English 'easy to read' / 'plain language') when the heading names
    # the programme or a version of it ('Programmet på lätt svenska', 'Sammanfattning på lätt
    # språk') -- an action may be given in it ('Åtgärd 3. Introduktion på lätt svenska')
    return bool(_EASY_LANGUAGE_RE.search(folded) and _NAMES_PROGRAMME_RE.search(folded))


# the easy-to-read register by its other names
_EASY_LANGUAGE_RE = re.compile(r"\blatt (?:svenska|sprak)\b|\bselko(?:suomi|suomeksi|ruotsi)|\beasy[- ]to[- ]read\b"
                               r"|\beasy read\b|\bplain language\b")
# ... and what is told in it: the programme (plan), a summary or a version of it
_NAMES_PROGRAMME_RE = re.compile(r"program|plan|sammanfatt|version|ohjelm|tiivist|summary")

# a chapter answering readers' questions: 'Frågor och svar', 'Vanliga frågor', Finnish
# 'Kysymyksiä ja vastauksia', 'Usein kysytyt kysymykset', English 'Questions and answers', 'FAQ'
_QUESTIONS_ANSWERED_RE = re.compile(r"\bfragor och svar\b|\bvanliga fragor\b|\bkysymyksia ja vastauksia\b"
                                    r"|\busein kysyt|\bquestions and answers\b|\bfrequently asked\b|\bfaq\b")


def answers_readers_questions(heading: str) -> bool:
    """A heading over the readers' questions answered ('Frågor och svar', 'Vanliga frågor'):
    the answers tell what the programme already says or where to turn ('Ja. Myndigheterna
    ordnar tolk …', 'Du kan kontakta …'); no new goal, action or indicator."""
    return bool(_QUESTIONS_ANSWERED_RE.search(fold(heading)))


# an action's number under its goal's ('2.1', '2.1.'), opening the paragraph -- or a number
# running through the chapter ('7. ', '7) ')
_SUB_NUMBER_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}\.?|[.)])\s+(?=[A-ZÅÄÖ])")


# a sentence explaining the action before it takes it up: it opens with a definite noun
# ('Kursen omfattar …', 'Platserna finns …', 'Vid träffarna presenteras …') or a pronoun
# ('Den hålls …', 'Detta sker …') -- not with a bare noun that adds a part ('Information till …')
_TAKES_UP_RE = re.compile(
    r"^(?:(?:Vid|I|På|Under|För|Med|Efter|Inom)\s+(?:[a-zåäö]+\s+)?(?:[a-zåäö]+(?:en|et|na|an|yn|n))\b"
    r"|(?:Den|Det|De|Dessa|Denna|Detta)\s"
    # (a noun borrowed with its accent too: 'Caféet leds …')
    r"|[A-ZÅÄÖ][^\W\d_]+(?:en|et|na|an|yn|un)\s"
    # ... or with a definite noun as the subject after an adverb and a finite verb, the word
    # order of a clause opened by its adverb ('Hittills har kurserna ordnats …', 'Tidigare
    # var träffarna …')
    r"|[A-ZÅÄÖ][a-zåäö]+\s+(?:har|hade|är|var|blir|blev|ska|skall|kan|kommer|får|måste)\s+"
    r"[a-zåäö]{2,}(?:en|et|na)\s)")
# ... a noun in -tion / -sion ('Information', 'Integration') is no definite form
_NOMINAL_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]*(?:tion|sion)\s")


def takes_up(sentence: str) -> bool:
    """The sentence opens by taking up what the one before it named ('Kursen omfattar …',
    'Den hålls …', 'Mentorerna är …'): it explains it, adds no part of its own."""
    return bool(_TAKES_UP_RE.match(sentence)) and not _NOMINAL_RE.match(sentence)


def described_numbered_action(text: str) -> str | None:
    """The action of a numbered action paragraph whose labelled fields were cut off
    (or printed on a line of their own below it) ('2.1 Kommunen erbjuder fem praktikplatser. Platserna finns inom äldreomsorgen.' before
    'Ansvarig: X. Tidtabell: T.'): its number and first sentence, when the paragraph opens
    with an action number N.M (or a running 'N.') and runs on in whole sentences (each opening with a capital,
    at least four words) and the sentence after the first takes it up ('Kursen omfattar …',
    'Vid träffarna …', 'Den hålls …') or both are clauses with a finite verb
    (`prose.reads_as_clause`: 'Kommunen öppnar en servicepunkt. Nu är infon öppen två
    dagar.'): the sentences after it describe how or where it is
    done. None for one sentence or no such number; a short second sentence ('Kl. 18.') or
    one adding a part of the action ('Information till vårdnadshavare …') cuts nothing."""
    m = _SUB_NUMBER_RE.match(text)
    if not m:
        return None
    parts = sentences(text[m.end():])
    if len(parts) < 2 or any(len(p.split()) < _DESCRIPTION_MIN_WORDS for p in parts):
        return None
    if not takes_up(parts[1]) and not all(reads_as_clause(p) for p in parts[:2]):
        # (a second sentence of its own subject and finite verb after an action stated as a
        # clause explains it as well: 'Nu är servicen öppen två dagar …', 'Många som arbetar
        # … har tid …' -- a part of the action is named without a verb)
        # an action listed in parts ('22.1 Intensifierat samarbete med vårdnadshavarna.
        # Information till vårdnadshavare om … . Evenemang varje vecka …'): each sentence a
        # part of the one action, none explaining the one before it
        return None
    return squash(text[:m.end()]) + " " + parts[0]
