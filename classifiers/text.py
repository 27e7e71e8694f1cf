"""Small text helpers shared by the classifiers: normalising for comparison, bullets, numbering.

Everything here is about the *shape* of text (markers, numbers, whitespace, case), never
about a particular document.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .label_vocab import GOAL_NUMBERED, NOT_GOAL_MAL_FIRST, alt

# Characters printed as list markers in the programs and in PDF renderings of them.
BULLET_CHARS = "•●▪■◦‣∙·○-–—*"
# A checklist prints a box to tick in the marker's place ('☐ Tolk är bokad'), or after the
# marker a layout puts in front of every item ('• ☐ ...'): a list item like any other, the box
# no part of its text (what the list is -- routine steps or the chapter's actions -- its
# heading and text say, not the box)
# (a tick alone, '✓ X' / '✔ X', is a box printed ticked: `checklist_items`)
CHECKBOX_CHARS = "☐☑☒□▢❏❑✓✔"
# (an arrow right after the marker, '• → Hembesök …', is the programme's own list sign under
# the print's bullet: part of the marker, as a checkbox there is)
# A block or shade glyph ('█', '▓', '▒', '░') opening a line is a square marker as '■' is:
# a word processor's list sign, or the mark a copy keeps of a row the programme shaded to set
# it apart (a goal row over its actions); the glyph is no part of the text.
BULLET_RE = re.compile(rf"^\s*(?:[•●▪■█▓▒░◦‣∙·○\-–—*]\s+(?:[→➔➜⇒►▶]\s+)?(?:[{CHECKBOX_CHARS}]\s+)?|[{CHECKBOX_CHARS}]\s+)")
# a cell or field saying "the same as above" instead of repeating the value of the row above:
# 'd:o', 'dito', a ditto sign ('"', '”', '〃', "''") alone or between dashes ('–"–', '-”-'), or
# the words ('se ovan', 'samma som ovan', 'som ovan', 'ks. yllä' in Finnish)
DITTO_RE = re.compile(r"^\s*(?:d:o|d\.o\.?|dito|ditto"
                      r"|[–—-]?\s*(?:[\"”“〃]|''|’’)\s*[–—-]?"
                      r"|\(?(?:se|samma\s+som|som|sama\s+kuin|ks\.?)\s+(?:ovan|ovanför|yllä)\)?)\s*\.?\s*$", re.I)
# a table's numbered caption ('Tabell 5. Budget ...', 'Tabell 3a:'): it names the table
# under it, it is no section heading (an appendix title, 'Bilaga 1.', is one)
CAPTION_RE = re.compile(r"^\s*tabell\s+\d{1,2}[a-z]?\s*(?:[.:]|[,–-]?\s*\(?\s*forts\b)", re.I)
# a caption that says the table goes on from the one above: 'Tabell 3 (forts.)', 'Tabell 3.
# Åtgärder (forts.)', 'Tabell 3, forts.'; also a caption that names the table by its theme
# alone, the mark in brackets ('Boende och hälsa (forts.)')
# the mark itself: 'forts.', 'fortsättning', 'fortsatt', and the verb 'fortsätter' ('Tabell 2.
# Åtgärdsplan (fortsätter)': the table goes on), as a writer may put any of them
CONTINUED_WORD = r"forts(?:\.|ättning|att|ätter)?"
CONTINUED_CAPTION_RE = re.compile(rf"^\s*tabell\s+\d{{1,2}}[a-z]?\b.*\b{CONTINUED_WORD}\W*$"
                                  rf"|^[^\n]{{1,100}}?\(\s*(?:{CONTINUED_WORD})\s*\)\W*$", re.I)
# "1.1 ", "4.1. ", "10. " (a numbered action); a bare "1 " is too ambiguous (years, counts).
# A point's sub-point by number and letter, "1.a " (a memo's or e-mail's numbering, `memo_points`).
# (a strategy map's box exported as text sets the number off by a bar or middle dot: '1.1 | X')
NUMBERED_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})+|\d{1,2}\.[a-zåäö](?=\s)|\d{1,2}\.)\.?(?:\s+[|·])?\s+(?=\S)")
LEADING_NUMBER_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}\.[a-zåäö](?=\s)|[a-zA-Z]\))\s+")
# a goal's printed number with its label: 'Mål 1:', 'Delmål 2.1.', 'Tyngdpunkt 3 –'
# (also qualified: 'Strategiskt mål 1:', 'Övergripande mål 2.')
# (also a compound naming the kind of goal: 'Verksamhetsmål 2.', 'Resultatmål 1:', a budget
# book's operating goals; and the picture aimed at, 'Målbild 2:', which `prose.is_goal_heading`
# takes for a goal heading: the label it reads the goal by is no part of the goal)
# the labels a goal is printed with before its number ('Mål 2', 'Tyngdpunkt 3', 'Delmål 1.2')
# (the shared main-goal list, label_vocab.GOAL_NUMBERED: a word added there reaches every
# number-anchored goal reader)
GOAL_LABEL_WORDS = alt(GOAL_NUMBERED, forms=False)
# the first part of a compound of 'mål' before the label, optional ('Effektmål 2',
# 'Huvudmål 3'): a compound is no goal label when its first part makes 'mål' a speech or a
# court case, 'Modersmål 2:', 'Talmål 1.' (the shared list, label_vocab.NOT_GOAL_MAL_FIRST)
GOAL_COMPOUND_FIRST = rf"(?:(?!{alt(NOT_GOAL_MAL_FIRST, forms=False)}mål\s)[^\W\d_]{{3,}}?(?=mål\s))?"
GOAL_LABEL_RE = re.compile(r"^\s*(?:[^\W\d_]+\s+)?"
                           rf"{GOAL_COMPOUND_FIRST}"
                           # (the number perhaps after its theme's letter, 'Målsättning A1:',
                           # 'Mål B2.' under 'Insatsområde A' / 'B', as prose._GOAL_HEADING_RE
                           # reads the heading's code)
                           rf"{GOAL_LABEL_WORDS}\s+(?-i:[A-ZÅÄÖ])?\d{{1,2}}(?:\.\d{{1,2}})*\s*[:.–·-]\s+",
                           re.I)
# a key alone in a cell: a number ('3') or a number and a sub-goal's letter ('3a', '3b', a
# goal's two focuses numbered under it) -- a follow-up table's 'Mål' column names the goal of
# each row so (forty-sixth set)
KEY_NUMBER_RE = re.compile(r"^\s*\d{1,3}[a-zåäö]?\s*$")
# a dash alone: a cell or field that says it has nothing ('–' where an action has no indicator)
DASH_ONLY_RE = re.compile(r"^\s*[–—-]\s*$")
TERMINAL_RE = re.compile(r"[.!?]['\")\]]?$")
# a table-of-contents entry: leaders (dots, middle dots, an ellipsis run, underscores) up to
# a page number ('2.1 Befolkningen ........ 5', 'Bilaga 1 … … 29', 'Förord ____ iii'); four
# leaders at least, so an ellipsis in a sentence ('2023...2026') is no leader
TOC_LINE_RE = re.compile(r"(?:(?:\.\s?){4,}|(?:…\s?){2,}|(?:·\s?){4,}|(?:_\s?){4,})\s*(?:\d{1,3}|[ivxlc]{1,6})\s*$", re.I)

# Swedish function words: a line ending in one of these cannot end an item (the sentence
# goes on), so the next line is a wrap, whatever its case.
FUNCTION_WORDS = frozenset(
    "och eller samt att i med av för till på om som från vid inom under över mellan "
    "genom efter hos utan mot enligt den det de en ett dess deras är har ska kan bör "
    "så både även man vilka vars när där".split()
)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase without diacritics: 'Åtgärd' -> 'atgard' (OCR often loses å/ä/ö)."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


_SPACES_RE = re.compile(r"\s+")


# cached: the readers squash the same cell and line texts many times over (a pure function)
@functools.lru_cache(maxsize=65536)
def squash(text: str) -> str:
    return _SPACES_RE.sub(" ", text).strip()


def strip_marker(text: str) -> str:
    """Remove a leading bullet marker."""
    return BULLET_RE.sub("", text, count=1).strip()


# a meter opening with what it counts: 'antal …', 'andelen …', 'procentandel …' -- or asking
# it, as a brochure's plain follow-up column does ('Vad vi följer': 'hur många som …', 'hur
# stor andel …', 'hur nöjda invånarna är …'; text folded: 'manga', 'nojda')
_COUNT_RE = re.compile(r"^(?:antal(?:et)?|andel(?:en)?|procent(?:andel(?:en)?)?|%"
                       r"|hur\s+(?:manga|mycket|stor|stora|ofta|lange|val|nojd[a]?))\b", re.I)


def opens_with_count(text: str) -> bool:
    """The text opens as a meter does, with a count ('antal deltagare …', 'andelen …'). A
    question asked in full ('Hur många fick bladet?') is no meter's name: the questions a
    report answers are read by their introduction (`answered_questions`)."""
    t = fold(strip_marker(squash(text)))
    m = _COUNT_RE.match(t)
    return bool(m) and not (m.group(0).startswith("hur") and "?" in t)


def item_text(text: str) -> str:
    """A list item's text without its bullet marker; a text without one as it is."""
    return strip_marker(text) if BULLET_RE.match(text) else text


def numbering(text: str) -> str | None:
    """The action number a text starts with ('1.1', '4.10', '10'), or None."""
    m = NUMBERED_RE.match(text)
    if not m:
        return None
    return m.group(1).rstrip(".")


_PUNCT_SPACE_RE = re.compile(r"\s*([,;:])\s*")


@functools.lru_cache(maxsize=16384)
def normalize_for_match(text: str) -> str:
    """Canonical form for comparing item texts: no bullets, no leading numbering (an action
    number '1.1', or a goal's label and number 'Mål 1:'), one space, lowercase, no
    trailing punctuation."""
    t = unicodedata.normalize("NFC", text or "")
    t = t.replace("\u00ad", "")
    lines = [strip_marker(x) for x in t.splitlines()]
    t = squash(" ".join(lines))
    t = LEADING_NUMBER_RE.sub("", t, count=1)
    t = GOAL_LABEL_RE.sub("", t, count=1)
    t = t.lower()
    t = _PUNCT_SPACE_RE.sub(r"\1 ", t)
    t = t.strip(" .;:,")
    return squash(t)


def ends_item(line: str) -> bool:
    return bool(TERMINAL_RE.search(line.strip()))


# a name in the definite genitive ('Röda Korsets', 'Österbottens', 'Martornas'): it
# modifies a noun after it, so no name ends there. Capitalised only: in lower case '-ens' is
# as often a noun's own ending ('kompetens', 'konferens'). Place names in '-s' ('Karis',
# 'Pargas', 'Helsingfors') and indefinite genitives ('Finlands') do not end so.
_DEFINITE_GENITIVE_RE = re.compile(r"\b[A-ZÅÄÖ][^\W\d_]+(?:ets|ens|nas)$"
                                   # ... or written in lower case after the name's capitalised
                                   # word ('Röda korsets' / 'Kvarnlidaavdelning'), in the forms
                                   # no noun ends in of itself ('-ets', '-arnas', '-ernas', '-ornas')
                                   r"|\b[A-ZÅÄÖ][^\W\d_]+\s+[a-zåäö]{2,}(?:ets|[aeo]rnas)$")

# a line of one capitalised word ending in '-s' ('Håkansviks', 'Kustregionens'): a proper
# name's genitive, whatever its form (not '-ss', 'Kompass': a word of its own). Written twice
# in the twenty-second session (h-t46a, h-t46b); the merge kept this one and h-t46b's '-ss' exception
_GENITIVE_WORD_LINE_RE = re.compile(r"^[A-ZÅÄÖ][^\W\d_]{3,}(?<!s)s$")
_DEFINITE_NOUN_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,}(?:en|et|na)$")

# a code or level of capitals and digits ('B1', 'A2.2') followed by a lower-case word
_CODE_IN_SENTENCE_RE = re.compile(r"^[A-ZÅÄÖ]{1,3}\d{1,2}(?:\.\d{1,2})?\s+[a-zåäö]")

# a label whose value is a dash alone ('Samarbetspartner: –'): the field is printed empty
_EMPTY_FIELD_RE = re.compile(r":\s*[–—-]$")


# the compass points that open a region's name ('Västra Nyland', 'Mellersta Österbotten'):
# a line that ends on one has not said the name yet
_REGION_ATTRIBUTES = frozenset(("västra", "östra", "norra", "södra", "mellersta"))


# one capitalised compound of ten letters or more in its definite form (-en, -et, -na)
_DEFINITE_UNIT_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{7,}(?:en|et|na)$")


# one lower-case compound naming a body by the area it serves, definite
# ('sysselsättningsområdet', 'välfärdsområdet'): a body that also has a proper name
_AREA_BODY_LINE_RE = re.compile(r"[a-zåäö]{3,}området", re.U)


# one lower-case word naming a kind of body in the definite form ('bostadsbolaget',
# 'stiftelsen', 'idrottsföreningen'): the apposition before a body's proper name
_KIND_OF_BODY_LINE_RE = re.compile(
    r"[a-zåäö]*(?:bolaget|stiftelsen|föreningen|förbundet|kooperativet|företaget)", re.U)
# ... capitalised ('Näringslivsbolaget' / 'Kopparholm Ab'): a unit's whole name as often, so the
# name goes on only when the next line is a body's own name closed by its legal form
_KIND_OF_BODY_CAPITAL_LINE_RE = re.compile(
    r"[A-ZÅÄÖ][a-zåäö]*(?:bolaget|stiftelsen|föreningen|förbundet|kooperativet|företaget)", re.U)
# a company's or association's legal form ('... Ab', '... rf'), as it closes a name
LEGAL_FORMS = r"(?:Ab|Abp|Oy|Oyj|Ky|Kb|Ltd|rf|r\.f\.|ry|r\.y\.)"
# a short proper name closed by its legal form ('Kopparholm Ab', 'Ung i Vasa rf')
_OWN_NAME_IN_LEGAL_FORM_RE = re.compile(rf"[A-ZÅÄÖ]\S*(?:\s+\S+){{0,3}}\s{LEGAL_FORMS}\.?")


def is_wrap(prev: str, nxt: str, width: int | None = None) -> bool:
    """True when `nxt` continues the item of `prev` (a line wrap) rather than starting a new one.

    `width`: the longest line of the cell, in characters. A line that stopped although the
    next word would have fitted ended its item; one that could not take the next word wrapped.
    """
    p, n = prev.rstrip(), nxt.lstrip()
    if not p or not n:
        return False
    if BULLET_RE.match(n) or NUMBERED_RE.match(n):
        return False
    first = n[0]
    if first.islower() or first.isdigit() or first in "(/&+":
        return True
    if first in "%‰" and p[-1:].isdigit():
        # '... ska minska från 31' / '% till 25 % före 2029': the unit of the figure the line
        # broke after, which no item opens with
        return True
    if _CODE_IN_SENTENCE_RE.match(n) and p[-1:].isalpha() and p.split()[-1].islower():
        # 'Vuxna invandrare når minst nivå' / 'B1 i svenska eller finska': a code or level
        # ('B1', 'A2.2') read on in lower case continues the sentence the line left open --
        # an item's code stands before the item's own first word, capitalised ('K1 Alla ...')
        return True
    if _EMPTY_FIELD_RE.search(p):
        return False  # 'Indikator: –': the dash is the field's value (none), the field ends
    if p.endswith((",", "-", "–", ":", ";", "/", "(", "&", "+")):
        return True
    last = re.sub(r"[^\wåäöÅÄÖ]", "", p.split()[-1]).lower()
    if p.split()[-1].startswith("(") and p.endswith(")"):
        # a bracketed mark closing the line ('... två dagar i veckan (I)', a table's sign for
        # the actions that chiefly concern one group) is no function word left open: 'I' in
        # brackets is the mark, not the preposition 'i'
        last = ""
    if last in _REGION_ATTRIBUTES and first.isupper():
        return True  # '... och Västra' / 'Nylands välfärdsområde': the region's name goes on
    if (last in FUNCTION_WORDS and not p.endswith((".", "!", "?"))) or _DEFINITE_GENITIVE_RE.search(p):
        # (a function word closing a sentence, '... som behöver det.', left nothing open: the
        # full stop ends the item, as a pronoun may end a sentence)
        # (a line ending in a name's definite genitive, 'Röda Korsets' / 'Karisavdelning',
        # has not named its noun yet)
        return True
    if _KIND_OF_BODY_LINE_RE.fullmatch(p) and first.isupper():
        # 'näringslivsbolaget' / 'Rävnäs Business', 'stiftelsen' / 'Ung i Vasa': a lower-case
        # noun saying what kind of body it is (a company, a foundation, an association), in
        # its definite form and alone on its line, is followed by that body's own name
        return True
    if _KIND_OF_BODY_CAPITAL_LINE_RE.fullmatch(p) and _OWN_NAME_IN_LEGAL_FORM_RE.fullmatch(n.rstrip(",;")):
        # 'Näringslivsbolaget' / 'Kopparholm Ab': so too opening the cell's line in capitals,
        # when the next line is the body's own name in its legal form, which ends the name
        return True
    if _GENITIVE_WORD_LINE_RE.match(p) and _OWN_NAME_IN_LEGAL_FORM_RE.fullmatch(n.rstrip(",;")) \
            and not _DEFINITE_NOUN_RE.match(n.split()[0]):
        # 'Vikbyholms' / 'Hyresbostäder Ab': one capitalised word in '-s' alone on its line over
        # a body's own name closed by its legal form -- the genitive opens that company's name
        # (a unit's own name in its definite form after a place name is a body of its own)
        return True
    if _AREA_BODY_LINE_RE.fullmatch(p) and first.isupper() and width \
            and len(p) + 1 + len(n.split()[0]) > width:
        # 'sysselsättningsområdet' / 'Kustbotten': an area body named by its kind
        # ('sysselsättningsområdet', 'välfärdsområdet'), alone on a line that could not take
        # the next word, goes on with the area's own name -- the body is often named by its
        # kind alone, so only a full line says the name wrapped (fifty-seventh set)
        return True
    # a capital after a lower-case word starts a new item ('... motionsprogrammet' /
    # 'Motionstjänsternas ...'); after a capitalised word it may be the rest of a name
    # ('Welcome' / 'Office'): then a full line that could not take the next word wrapped
    if width and not ends_item(p) and p.split()[-1][:1].isupper():
        nw = n.split()
        if _GENITIVE_WORD_LINE_RE.match(p) and len(p) + 1 + len(nw[0]) > width \
                and not _DEFINITE_NOUN_RE.match(nw[0].rstrip(",;.")):
            # 'Håkansviks' / 'Internationella Vänner rf': one capitalised word in '-s' alone
            # on its line, a name's genitive opening the name, stopped short because the
            # long word after it could not fit: the name goes on -- unless the next line
            # opens with a noun in its definite form, a unit's own name ('Helsingfors' /
            # 'Ungdomstjänsten': a place name in '-s' closes its name, the unit is the next)
            return True
        if _DEFINITE_UNIT_RE.match(p) and len(nw) >= 2 and nw[1][:1].islower() \
                and nw[1].lower() not in FUNCTION_WORDS:
            # 'Personalavdelningen' / 'Österbottens välfärdsområde': a line of one compound
            # noun in its definite form is a unit's whole name, as a municipality names its
            # departments ('Bildningsväsendet', 'Kommunkansliet'); the capital after it
            # starts the next name -- a noun phrase of its own, 'Österbottens välfärdsområde' --
            # however full the line (a proper name after it may be the unit's own:
            # 'Sysselsättningsområdet' / 'Kustbygden', / 'Esbo i samarbete med ...')
            return False
        return len(p) >= 0.7 * width and len(p) + 1 + len(n.split()[0]) > width
    return False


def is_label_line(line: str) -> bool:
    """A short heading-like line inside a cell ('Stöd för lärande'): at most four words,
    no terminal punctuation, no digits-only content."""
    s = line.strip()
    words = s.split()
    return 0 < len(words) <= 4 and not ends_item(s) and not s.endswith(":")


_QUESTION_END_RE = re.compile(r"\?\s*(?:\([^()]*\))?\s*$")


def is_question(text: str) -> bool:
    """The text asks ('1.1 Hur länge har du bott i kommunen?', '2.2 Vad borde ... ? (öppen
    fråga)'): its first sentence or its end is a question mark. An action states what is
    done; a numbered question is a survey's or a discussion guide's."""
    parts = sentences(text)
    return bool(parts) and (parts[0].endswith("?") or bool(_QUESTION_END_RE.search(parts[-1])))


_FIGURE_WORD_RE = re.compile(r"^(?:\d[\d.,]*|[%€()–\-+/]+|\(?\d[\d.,]*\s?%\)?)$")


def is_figure(text: str) -> bool:
    """A statistic, not an action: a number with at most two words of unit ('3 556 personer,
    7,1 %'), alone or after a label ('Ryska: 701', 'Andel av arbetskraften: 29,8 %')."""
    if re.search(r"[–—-]\s*[^\W\d_]+\s*:", text):
        return False  # an item with a field after it ('... – ansvar: X, 2024'), not a label
    value = text.split(":", 1)[1] if ":" in text else text
    toks = value.replace(",", " , ").split()
    toks = [t for t in toks if t != ","]
    if not toks or not any(ch.isdigit() for ch in value):
        return False
    if ":" not in text and not toks[0][:1].isdigit():
        return False
    words = [t for t in toks if not _FIGURE_WORD_RE.match(t)]
    return len(words) <= 2 and len(toks) > len(words)


def sentences(text: str) -> list[str]:
    """Split running text into sentences at . ! ? followed by a capital (keeps 't.ex.' whole)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"“])", squash(text))
    out: list[str] = []
    for p in parts:
        # 't.ex. Borgå' / 'bl.a. X' would split: glue back abbreviations ending in a dotted letter
        if out and re.fullmatch(r"(?:[a-zåäö]{1,3}\.){2,}", out[-1].split()[-1]):
            out[-1] = out[-1] + " " + p
            continue
        out.append(p)
    return [s for s in out if s]


def semicolon_parts(text: str) -> list[str]:
    """`text` split at its semicolons outside brackets (a bracket's own ';' stays inside its part), each
    part stripped."""
    out, depth, cur = [], 0, []
    for ch in text:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == ";" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return [p.strip() for p in out]


def words(text: str) -> list[str]:
    return re.findall(r"[\wåäöÅÄÖ]+(?:-[\wåäöÅÄÖ]+)*", text)


# a Roman numeral I–X as programmes number their areas and main goals ('II', 'IV'; a regex
# fragment, no group: goal_lookup.ROMAN_CODE_RE, ROMAN_NUMBER_CODE_RE, prose._GOAL_HEADING_RE)
ROMAN_NUMERAL = r"(?:I{1,3}|IV|VI{0,3}|IX|X)"
