"""What more than one of builder.py, read_headings.py, read_paragraphs.py, read_lists.py
and read_tables.py use: heading numbers and theme names, goal fields and labels, the
owners a sentence names, and the records of a heading and of a pending action. It
imports none of those modules.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .cost_fields import is_cost_field
from .actors import names_actor, names_post, source_parenthesis_start, split_actors, split_time_after_actors, tail_start
from .headers import QUESTION_WORDS, header_role, header_roles, target_group_column
from .lead_phrase import names_responsible, owner_said_after
from .prose import is_goal_heading, reads_as_clause
from .part_headings import is_part_count
from .prose_actions import ProseAction
from .action_codes import without_action_key
from .label_vocab import AIM_PHRASE, NOT_GOAL_MAL, THEME_NUMBERED, alt
from .records import fields
from .text import CONTINUED_WORD, GOAL_COMPOUND_FIRST, GOAL_LABEL_WORDS, NUMBERED_RE, sentences, squash


# (a share opening a heading, '90 % av de nyanlända ...', a goal stated as a target, is no
# section number: the figure is the goal's own word)
_SECTION_NUM_RE = re.compile(r"^\s*((?:\d+\.)*\d+)\.?\s+(?!%|procent\b)(?=\D)", re.I)
# a goal's label and number opening a heading ('Tyngdpunkt 3', 'Målbild 2'), by the shared
# main-goal list (text.GOAL_LABEL_WORDS); a year after the label is no goal's number ('Målbild
# 2030', 'Mål 2025' head the picture aimed at and a year's goals), as `prose.is_goal_heading`
# says too
_GOAL_NUM_RE = re.compile(rf"^\s*({GOAL_LABEL_WORDS}\s+(?!(?:19|20)\d\d\b)\d+)", re.I)


def heading_number(text: str) -> str | None:
    m = _SECTION_NUM_RE.match(text)
    if m:
        return m.group(1)
    m = _GOAL_NUM_RE.match(text)
    return m.group(1) if m else None


def strip_heading_number(text: str) -> str:
    return _SECTION_NUM_RE.sub("", text, count=1).strip()


# A heading printed again over the next page of its section carries a counter or a
# continuation mark ('Helsingfors förebygger ojämlikhet 2/2', 'Boende (forts.)'); the theme is
# the heading without it, so that one section is one theme. So is the page a caption says it
# stands on ('Tema 1: Arbete och utbildning (sida 4)', '(s. 4)'): where the name is, no part of it.
_CONTINUATION_RE = re.compile(
    rf"\s*(?:\(\s*(?:{CONTINUED_WORD}|cont(?:\.|inued)?)\s*\)|[,–-]?\s*forts(?:\.|ättning)"
    r"|\(\s*(?:sida|sidan|sid\.|s\.)\s*\d{1,3}\s*\)"
    r"|(?<![\d/])\d{1,2}\s*/\s*\d{1,2})\s*$", re.I)


# A caption's own label and number ('Tabell 3.', 'Tabell 3a:', 'Bilaga 1 –'): the theme is
# what the caption names after it.
_CAPTION_LABEL_RE = re.compile(
    r"^\s*(?:tabell|tab\.|bilaga|figur|diagram|table|appendix)\s*(?:nr\.?\s*)?\d+(?:\.\d+)*[a-z]?\s*[.:–-]?\s*", re.I)
# A chapter enumerated by a letter or a roman numeral ('A. Språk', 'B) Arbete', 'C Välfärd',
# 'IV. Boende', and without a full stop 'IV Hälsa och välfärd', a roman numeral of two
# letters or more before a capital); 'I' alone is the preposition that opens many headings
# ('I Vasa trivs alla').
_ENUMERATOR_RE = re.compile(r"^\s*(?:[A-H][.)]|[A-HJ-Z](?=\s+[A-ZÅÄÖ])|[IVX]{1,4}[.)]|[IVX]{2,4}(?=\s+[A-ZÅÄÖ]))\s+")


# 'Tyngdpunkter och åtgärder: Gemenskap', 'Insatsområde 2 – Arbete': a structure label, then
# the name of the area it is about
# (or a bar or a middle dot, 'Tema 2 | Svenska språket', 'Tema 2 · Svenska språket': a slide's
# title sets its label off so)
_LABELLED_NAME_RE = re.compile(r"^(?P<label>[^:–|·]{1,40}?)\s*(?::|\s[–|·-])\s+(?P<name>[A-ZÅÄÖ].*)$")
# 'Tyngdpunktsområde 1. Barn och unga': the label numbered, a full stop, then the area's name
_NUMBERED_NAME_RE = re.compile(r"^(?P<label>[^\W\d_]{4,})\s+\d{1,2}\.\s+(?P<name>[A-ZÅÄÖ].*)$")
# ... or lettered ('Tema B. Utbildning', 'Delområde C. Hälsa'): an area label only (`_AREA_LABEL_RE`)
_LETTERED_NAME_RE = re.compile(r"^(?P<label>[^\W\d_]{4,})\s+[A-ZÅÄÖ]\.\s+(?P<name>[A-ZÅÄÖ].*)$")
# 'Delprogram 2 Barn, unga och familjer': a capitalised word numbering a part of the
# programme, no full stop, then the part's name (a word naming no role: 'Mål 1 Arbete' is a goal)
_PART_NAME_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][^\W\d_]{2,})\s+\d{1,2}\s+(?P<name>[A-ZÅÄÖ][^\W\d_].*)$")
_STRUCTURE_ROLES = {"goal", "measure", "indicator"}
# 'Boende – nuläge och önskat läge', 'Arbete – mål och åtgärder': the area's name, then a dash
# and what the table or section under it holds, said in column words
_NAME_THEN_LABEL_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ][^:–]{1,60}?)\s+[–-]\s+(?P<label>[^\W\d_][^:–]{0,40})$")
# 'Fokusområde:', 'Temaområde 2 –', 'Prioriterat område:': a label that only says an area of
# the programme follows, whose name is the theme
# ... or the word 'Tema' itself ('Tema: Arbete och försörjning', 'Tema 2: Arbete'): a caption
# labelling the theme its table's rows belong to
# (or lettered: 'Delområde A: Arbete och kompetens', a board's minutes' parts A–E)
# (the label alone, AREA_LABEL, also opens a theme line under a heading, `theme_lines`)
# (the label words: the shared theme list, label_vocab.THEME_NUMBERED -- each '…område' of it
# through the compound, 'Delområde', 'Prioriterat område' too; the others, 'tema' and the
# Finnish 'teema' a bilingual programme keeps, by name, with the definite/plural -t)
AREA_LABEL = (r"(?:[^\W\d_]+\s+)?(?:[^\W\d_]*område(?:t|n)?|"
              + alt(tuple(w for w in THEME_NUMBERED if not w.endswith("område")), forms=False) + r"(?:t)?)")
# (numbered, lettered, or counted by a roman numeral: 'Fokusområde II – Arbete')
_AREA_LABEL_RE = re.compile(rf"^{AREA_LABEL}"
                            r"(?:\s+(?:\d{1,2}(?:\.\d{1,2})*|[A-ZÅÄÖ]|(?-i:[IVX]{2,4})))?$", re.I)


def _named_area(text: str) -> str | None:
    """The area a structure label names ('Insatser inom arbete' -> 'Arbete', 'Tyngdpunkter och
    åtgärder: Gemenskap' -> 'Gemenskap'), or None. A goal heading ('Mål 1: Stärka
    delaktigheten') states a goal, not a theme."""
    if is_goal_heading(text):
        return None
    m = _LABELLED_NAME_RE.match(text) or _NUMBERED_NAME_RE.match(text)
    if m:
        roles = header_roles(m.group("label"))
        if (roles and set(roles) <= _STRUCTURE_ROLES) or _AREA_LABEL_RE.match(m.group("label")):
            return m.group("name").strip()
        if target_group_column([m.group("label")]) == 0:
            # 'Målgrupp: Barn och unga': a plan parted by target group instead of themes -- the
            # group is the part's theme, as a 'Målgrupp' column beside the goals names it
            # (`headers.target_group_column`)
            return m.group("name").strip()
        if not roles and (is_part_count(m.group("label")) or m.re is _NUMBERED_NAME_RE):
            # 'Del 1: Arbete och utbildning': a numbered part, then its name ('Mål 1: X',
            # a label naming a role, is a goal, no part)
            return m.group("name").strip()
    m = _LETTERED_NAME_RE.match(text)
    if m and _AREA_LABEL_RE.match(m.group("label")):
        return m.group("name").strip()
    m = _PART_NAME_RE.match(text)
    if m and not header_roles(m.group("label")):
        # 'Delprogram 1 Arbete och kompetens': the programme's numbered part, then its name
        return m.group("name").strip()
    head, _, rest = text.partition(" inom ")
    if rest and " " not in head.strip() and header_roles(head) in (["measure"], ["indicator"]):
        return rest[:1].upper() + rest[1:]
    return None


def theme_name(heading: str) -> str:
    """The theme a heading or caption names: without its number, its caption label or letter,
    a structure label before the name, and a continuation counter."""
    text = strip_heading_number(heading)
    named = _CAPTION_LABEL_RE.sub("", text, count=1).strip()
    # 'Tabell 2 (forts.)' names nothing after its label: it stays 'Tabell 2'
    text = named if _CONTINUATION_RE.sub("", named).strip() else text
    text = _ENUMERATOR_RE.sub("", text, count=1).strip() or text
    text = _AREA_CODE_RE.sub("", text, count=1).strip() or text
    bare = _CONTINUATION_RE.sub("", text).strip()
    text = bare or text
    # a web page's accordion button 'Läs mer om arbete och företagande': the page's furniture
    # ('read more about') before the name of the part it opens
    text = _READ_MORE_RE.sub("", text, count=1).strip() or text
    return _named_area(text) or text


# A code of letter and number before a heading's name ('S1 Livskraft', 'A.2 Arbete', 'B3:
# Boende'): a strategy map's or an action plan's own numbering of its areas, a number like
# '3.' -- the theme is the name after it
# ... or set off by a middle dot ('O1 · Arbete', an OKR programme's objective codes)
_AREA_CODE_RE = re.compile(r"^\s*[A-ZÅÄÖ]{1,2}\.?\d{1,2}(?:\.\d{1,2})*(?:[.:)]|\s+·)?\s+(?=[A-ZÅÄÖ])")


_READ_MORE_RE = re.compile(r"^(?:läs|lär\s+dig)\s+mer\s+om\s+", re.I)


# 'Åtgärd 3.1', 'Tabell 2 (forts.)': a caption that only numbers what it heads names no theme;
# nor does one numbering a run of them ('Tabell 2. Mål 1–3', 'Mål 4 och 5': the goals the
# table holds, counted on across the sections it is printed in)
_NUM = r"\d+(?:\.\d+)*[a-z]?"
_NUMBERED_LABEL_RE = re.compile(rf"^[^\W\d_]+\s+{_NUM}(?:\s*(?:[–-]|,|\boch\b|&)\s*{_NUM})*\.?$", re.I)


# cached: goal lookups compare every goal's theme with each table's theme cell, the same few
# names over and over (a pure function of the string)
@functools.lru_cache(maxsize=16384)
def _theme_key(text: str) -> str:
    """What two names of one theme have in common ('3 Arbete och utbildning', 'Arbete och
    utbildning', 'ARBETE OCH\nUTBILDNING')."""
    return squash(theme_name(text)).casefold()


# 'Delprogram 3: mål, åtgärder och mätare', 'Strategi 3 – mål och insatser': a numbered part
# of the programme, then what the table holds in column words
_PART_THEN_LABEL_RE = re.compile(r"^(?P<part>[^:–]{1,40}?)\s*(?::|\s[–-])\s+(?P<label>[^\W\d_][^:–]{0,40})$")


def _names_part_by_number(caption: str) -> bool:
    """A caption naming the part of the programme its table belongs to by its label and
    number alone, and what the table holds ('Delprogram 3: mål, åtgärder och mätare'): it
    names no area -- the section the table is printed in names it ('Delprogram 3 Delaktighet
    och gemenskap')."""
    m = _PART_THEN_LABEL_RE.match(caption)
    if not m or not is_part_count(m.group("part").strip()):
        return False
    roles = header_roles(m.group("label"))
    return bool(roles) and set(roles) <= _STRUCTURE_ROLES


def caption_theme(caption: str) -> str | None:
    """The theme a table's caption names, or None when it names none (then the section's)."""
    rest = _CONTINUATION_RE.sub("", _CAPTION_LABEL_RE.sub("", caption, count=1)).strip()
    if not rest or any(_NUMBERED_LABEL_RE.match(t) and header_roles(t)
                       for t in (strip_heading_number(caption).strip(), rest)):
        return None
    if _names_part_by_number(rest) or _names_goal_by_number(rest) or _NUMBERED_AREA_RE.match(rest):
        return None
    if _FOR_NUMBERED_AREA_RE.search(rest):
        # 'Logisk ram för målområde 1': what the table is, for the area the section it is
        # printed in names ('Målområde 1: Arbete och kompetens')
        return None
    if _only_structure_words(rest):
        return None  # 'Tabell 6.1 Mål och åtgärder': what the table holds, no theme
    return _area_of_table(rest) or theme_name(caption)


def _only_structure_words(caption: str) -> bool:
    """The caption names only what its table holds, in structure words ('Mål och åtgärder',
    'Åtgärder, ansvar och tidtabell'): the chapter it stands in names the theme."""
    words = re.findall(r"[^\W\d_]+", caption)
    roles = [header_roles(w) for w in words]
    # (a follow-up's 'Uppföljning' names the part of the programme it stands for: a theme)
    return (bool(words) and all(r or w.lower() in ("och", "samt") for w, r in zip(words, roles))
            and any(r for r in roles) and not any("indicator" in r for r in roles))


# an area named by its label and number alone ('Fokusområde V', 'Insatsområde 2'): the caption
# counts the area, the section it is printed in names it
_NUMBERED_AREA_RE = re.compile(r"^[^\W\d_]*område(?:t|n)?\s+(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\.?$", re.I)
# ... or named so after what the table is ('Logisk ram för målområde 1')
_FOR_NUMBERED_AREA_RE = re.compile(r"\s(?:för|inom|i)\s+[^\W\d_]*område(?:t)?\s+(?:\d{1,2}|[IVX]{1,5})\.?$", re.I)
# what a caption's table holds, for a goal named by its label and number: 'för effektmål 3',
# 'för mål 2', 'inom delmål 1.1'
_FOR_GOAL_LABEL_RE = re.compile(r"\s+(?:för|inom|under|till)\s+(?:[^\W\d_]+\s+)?[^\W\d_]*(?:mål|målsättning)"
                                r"\s+\d{1,2}(?:\.\d{1,2})*\s*$", re.I)


def _names_goal_by_number(caption: str) -> bool:
    """'Resultatmål och insatser för effektmål 3', 'Åtgärder för mål 2': a caption saying in
    structure words what its table holds for a goal it names by number names no theme; the
    goal's section does."""
    m = _FOR_GOAL_LABEL_RE.search(caption)
    if not m:
        return False
    words = re.findall(r"[^\W\d_]+", caption[:m.start()])
    return bool(words) and all(header_roles(w) or w.lower() in ("och", "samt") for w in words)


def names_section(caption: str, section: str) -> bool:
    """A caption naming the section it is printed in, beside what the table is ('Programlogik
    – arbete och försörjning', 'Mål och åtgärder för barn och unga', 'Färdplan: Arbete och
    kompetens', 'Handlingsplan 2025–2028', the section's name in the genitive:
    'Social- och hälsovårdsförvaltningens delmål och åtgärder'): the caption names its table
    after the section, whose name (as its heading prints it) is the theme of the table's goals.
    The section's name is found whole, in any case, with a genitive 's' at most after it."""
    name = squash(section).casefold()
    if not name:
        return False
    text = squash(_CAPTION_LABEL_RE.sub("", caption, count=1)).casefold()
    # the name whole, and no conjunct of a longer one ('arbete och utbildning' names more
    # than a section 'Arbete')
    return re.search(rf"(?<!\w)(?<!\boch )(?<!\bsamt )(?<!, ){re.escape(name)}s?(?!\w)"
                     rf"(?!,? (?:och|samt) \w)(?!, \w)", text) is not None


def _area_of_table(caption: str) -> str | None:
    """The area a table's caption names before a dash and what the table holds, said in
    column words ('Boende – nuläge och önskat läge', 'Arbete – mål och åtgärder'), else None.
    Only a caption: a heading 'X – målsättningar' over a goal list is a part of its chapter,
    whose theme the goals take (golden Helsingfors)."""
    m = _NAME_THEN_LABEL_RE.match(strip_heading_number(caption))
    if not m:
        return None
    roles = header_roles(m.group("label"))
    if roles and set(roles) <= _STRUCTURE_ROLES and not header_roles(m.group("name")):
        return m.group("name").strip()
    return None


# (the label words: the shared main-goal list, text.GOAL_LABEL_WORDS; also a compound naming
# the kind or level of goal, 'Huvudmål 1', 'Effektmål 2', as text.GOAL_LABEL_RE reads one
# before a goal -- not 'Modersmål 2', text.GOAL_COMPOUND_FIRST)
_GOAL_BY_LABEL_RE = re.compile(
    # (a qualifier before the label too, 'Övergripande mål 2', 'Strategiskt mål 1': the goal
    # headed so, as `text.GOAL_LABEL_RE` reads the heading)
    rf"^(?:(?:(?:[^\W\d_]{{4,}}\s+)?{GOAL_COMPOUND_FIRST}"
    rf"{GOAL_LABEL_WORDS})\s+(?P<num>\d{{1,2}}(?:\.\d{{1,2}})*)"
    r"|(?:målet|målsättningen|målen)\s+(?:i|för|under|inom)\s+(?:[^\W\d_]+\s+)?(?P<sec>\d{1,2}(?:\.\d{1,2})+))"
    r"\s*(?:,\s*(?P<what>[^,]+?))?\s*\.?$", re.I)


# A goal given as a labelled field: 'Mål: ...', and the other labels programmes give a
# goal -- a compound of 'mål' / 'målsättning' ('Delmål', 'Effektmål', 'Huvudmålsättning'),
# the picture of the state aimed at ('Målbild', 'Målläge', 'Önskat läge', 'Eftersträvat
# läge', 'Önskad situation') -- with a year or a code after the label ('Önskat läge 2028:',
# 'Effektmål E1:'). The code names the goal: activities refer to it later ('(E1)'). An
# adjective may rank the goal ('Övergripande mål:', 'Långsiktigt mål:'), as 'Strategiskt mål
# 2:' does in a heading. A genitive may say whose goal it is ('Sektorns mål:', 'Kommunens
# mål:', 'Enhetens mål:'): a programme written part by part by each department or unit
# labels each part's goal by its owner, as 'Vårt mål:' does in the first person.
# ... or a goal's number and a letter, a sub-goal of goal 1 ('Delmål 1 a:', 'Delmål 2b:')
_GOAL_CODE = r"[A-ZÅÄÖ]{0,2}\d{1,2}(?:\.\d{1,2})*(?:\s?[a-zåäö](?!\w))?"
# ... or one capital letter alone ('Indikatormål A:', 'Mål C:'): goals lettered A–F, which an
# appendix action table keys its rows by ('Mål | Nr | Åtgärd': 'A', 'B', ...)
_GOAL_LETTER = r"(?-i:[A-ZÅÄÖ])(?![\wåäö])"
# ... or a Roman numeral ('Huvudmål II:', 'Mål IV:'): goals numbered I, II, III, as a
# programme numbering its main goals or areas so prints them (capitals only: 'Mål i:' is none)
_GOAL_ROMAN = r"(?-i:[IVX]{1,4})(?![\wåäö])"
_GOAL_FIELD_RE = re.compile(
    # (the owner before it: 'Kommunens mål', 'Vårt mål', and 'Vår målsättning' -- the
    # possessive of a common-gender noun, three letters)
    r"^\s*(?P<label>(?:(?:[^\W\d_]{3,}[aets]|vår)\s+)?(?:\w{3,}?)?(?:mål|målet|målsättning|målsättningen)"
    r"|målbild(?:en)?|målläge(?:t)?|tyngdpunkt(?:en)?"
    r"|(?:önskat|eftersträvat)\s+läge|önskad\s+situation"
    # ... or the result aimed at ('Önskat resultat: Fler invandrare får arbete ...'), the
    # word of a programme written as results and the work toward them ('Ska göras:')
    r"|(?:önskat|eftersträvat)\s+resultat"
    # the direction striven for ('Strävan: Varje ny invånare känner sig välkommen'), a short
    # programme's word for its goal, as 'Eftersträvat läge' is
    r"|strävan|strävanden"
    # ... or the direction set for a theme ('Inriktning: Inflyttade vuxna kan lära sig
    # svenska …' under the theme's heading, over its actions), a plan's word for its goal
    r"|inriktning(?:en)?"
    # ... said as a clause ('Vi strävar efter: Alla som flyttar hit får ...', 'Kommunen
    # strävar mot:'), the same direction in a sentence's words
    r"|(?:vi|kommunen|staden)\s+(?:strävar\s+(?:efter|mot|till)|eftersträvar)"
    # the effect a theory of change aims at ('Resurser → Åtgärder → Resultat → Effekt'), the
    # top of its chain: 'Effekt: Invånarna försörjer sig själva.' states the programme's goal
    # as 'Effektmål:' does
    r"|effekt(?:en)?"
    # ... and the level under it in results-based management: the output the organisation
    # itself delivers toward that effect ('Prestation: Kommunen erbjuder ...'), a goal of its own
    r"|prestation(?:en)?"
    # a balanced scorecard's goal, the critical success factor ('Kritisk framgångsfaktor:
    # ...', `headers.SCORECARD_STEMS`)
    r"|(?:kritisk\s+)?framgångsfaktor(?:n)?"
    # the Finnish word, labelling the Swedish goal of a bilingual programme ('Tavoite 2: ...')
    r"|tavoite"
    # a roadmap's destination ('Destination 2029: Varje nyinflyttad har ...' under a track
    # of numbered steps): where the steps lead, the track's goal
    r"|destination(?:en)?"
    # ... or what is to be reached said as a clause in the writer's voice ('Det här vill vi
    # uppnå: …', 'Detta vill kommunen nå: …', 'Det vi vill åstadkomma: …'), the first-person
    # label of a checklist or folder programme, as 'Vårt mål:' is (`label_vocab.AIM_PHRASE`)
    rf"|{AIM_PHRASE})"
    # ... for whom the goal is set, one or two words ('Målsättning för målgruppen: ...',
    # 'Målsättning för arbetsgivarna: ...'): a programme by target group says whose goal it is
    r"(?:\s+för\s+[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?"
    # ... or in which capacity the owner sets it ('Stadens mål som arbetsgivare: ...',
    # 'Kommunens målsättning som serviceproducent: ...'): one noun, after an owner (`_OWNED_AS_RE`)
    r"|\s+som\s+(?P<capacity>[^\W\d_]{4,}))?"
    rf"(?:\s+(?P<code>(?:19|20)\d\d|{_GOAL_CODE}|{_GOAL_LETTER}|{_GOAL_ROMAN}))?\s*:\s+(?P<text>\S.*)$", re.I | re.S)
# the owner a capacity needs ('Stadens mål som arbetsgivare', 'Vårt mål som arbetsgivare'):
# without one, 'Mål som uppnåtts: ...' reports results, no goal set
_OWNED_AS_RE = re.compile(r"^\s*(?:[^\W\d_]{3,}s|vårt|vår|våra)\s", re.I)
# ... or by its number and a full stop, then a whole sentence ('Mål 2. Inflyttade kan ...
# inom två år.'), as a goal heading may print it ('Mål 2. ...', `prose.is_goal_heading`). A
# numbered name that is no sentence ('Mål 2. Barn och unga', an action plan's group row read
# by `_goal_in_group_card`) has no full stop of its own and is no goal field.
_NUMBERED_GOAL_FIELD_RE = re.compile(
    r"^\s*(?P<label>(?:[^\W\d_]{3,}[aet]\s+)?(?:\w{3,}?)?(?:mål|målsättning))"
    rf"\s+(?P<code>{_GOAL_CODE})\.\s+(?P<text>(?-i:[A-ZÅÄÖ])[^:]*\.)\s*$", re.I | re.S)
# ... or by a dotted number and no mark after it, then the goal ('Mål 1.1 Fler arbetssökande
# får arbete'): the dotted number is a goal's own (sub-goal 1 of goal 1), as a bare 'Mål 2
# Barn och unga' (a group's name, `_goal_in_group_card`) would not say; a focus labelled so
# ('Tyngdpunkt 1.1 Språkkunskaper som räcker') is a sub-goal numbered under its goal, as its
# label with a colon is read (`text.GOAL_LABEL_RE`, `prose.is_goal_heading`)
# ... or the same label and number with a statement and no full stop ('Mål 1. Nyanlända barn
# lär sig svenska', a table's full-width group row or a heading-like line, which a word
# processor prints without closing the sentence): a clause (`prose.reads_as_clause`, a finite
# verb after the subject) says the text is a goal as the full stop did; a group's name
# ('Mål 2. Barn och unga') has no verb and stays what names a goal stated elsewhere
_NUMBERED_GOAL_CLAUSE_RE = re.compile(
    r"^\s*(?P<label>(?:[^\W\d_]{3,}[aet]\s+)?(?:\w{3,}?)?(?:mål|målsättning))"
    rf"\s+(?P<code>{_GOAL_CODE})\.\s+(?P<text>(?-i:[A-ZÅÄÖ])[^:.]*)$", re.I | re.S)
_DOTTED_GOAL_FIELD_RE = re.compile(
    # (the label words: the shared main-goal list, text.GOAL_LABEL_WORDS, also as the last part
    # of a compound naming the kind of goal, 'Effektmål 2.3 Ungdomarna …', text.GOAL_COMPOUND_FIRST)
    rf"^\s*(?P<label>{GOAL_COMPOUND_FIRST}{GOAL_LABEL_WORDS})\s+(?P<code>(?:\d{{1,2}}|(?-i:[IVX]{{1,4}}))(?:\.\d{{1,2}})+)\s+(?P<text>(?-i:[A-ZÅÄÖ])[^:]*)$",
    re.I | re.S)
# ... or by a label in capitals and a number, then the goal with no mark between ('MÅL 1
# Internationella invånare får arbete ...'): a brochure prints each goal as a banner whose
# capitals set the label off as a colon would. A group's name in the same place ('MÅL 2 BARN
# OCH UNGA', 'Mål 2 Barn och unga') is in capitals or in the label's ordinary case, and short:
# a goal is a statement of some words in sentence case.
_BANNER_GOAL_FIELD_RE = re.compile(
    r"^\s*(?P<label>(?:DEL)?MÅL|MÅLSÄTTNING)\s+(?P<code>\d{1,2})\s+(?P<text>[A-ZÅÄÖ][^:]*)$", re.S)
_BANNER_GOAL_WORDS = 4
# a speech or a court case is no goal ('Modersmål: arabiska'): the shared list
_NOT_GOAL_LABELS = NOT_GOAL_MAL


# a label after the end of a sentence ('. Tema: ...'): a few words and a colon
_NEXT_LABEL_RE = re.compile(r"(?<=[.;])\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,3}:(?=\s|$)")


def dotted_goal_label(text: str) -> tuple[str, str] | None:
    """(code, goal) of a text opening with a goal label and a dotted number with no mark
    after it ('Mål 3.1 Fler invånare deltar ...' -> ('3.1', 'Fler invånare deltar ...')),
    as a goal cell may print it too; else None."""
    m = _DOTTED_GOAL_FIELD_RE.match(text)
    return (m.group("code"), squash(m.group("text")).rstrip(".").strip()) if m else None


def _numbered_goal_clause(text: str) -> re.Match | None:
    """The match of 'Mål N. <statement>' with no closing full stop, else None."""
    m = _NUMBERED_GOAL_CLAUSE_RE.match(text)
    return m if m and reads_as_clause(squash(m.group("text"))) else None


def _banner_goal(text: str) -> re.Match | None:
    """The match of a goal banner 'MÅL 1 <goal of some words in sentence case>', else None."""
    m = _BANNER_GOAL_FIELD_RE.match(text)
    if not m or m.group("text").isupper() or len(m.group("text").split()) < _BANNER_GOAL_WORDS:
        return None
    return m


# ... or asked as a question, the goal run in after its question mark ('Vart vill vi? Alla
# vuxna kan ...', 'Vad vill vi uppnå? ...'): a programme that heads each theme's goal by the
# question it answers, read as the goal question heading a column is (`headers`)
# (the goal may open on the one-letter preposition 'I', 'I Tallmo bemöter vi ...': a word, no
# list letter)
_QUESTION_GOAL_FIELD_RE = re.compile(
    r"^\s*(?P<label>[A-ZÅÄÖ][^?.:!]{2,40}\?)(?P<code>(?!))?\s+(?P<text>(?:[A-ZÅÄÖ]\S|I\s+[A-ZÅÄÖa-zåäö]).*)$", re.S)


def _question_goal(text: str) -> re.Match | None:
    m = _QUESTION_GOAL_FIELD_RE.match(text)
    return m if m and header_role(m.group("label")) == "goal" else None


def goal_field(text: str) -> tuple[str, str | None] | None:
    """(goal, code) of a paragraph made of one goal field, 'Mål: Invånarna får ...',
    'Önskat läge 2028: ...', 'Effektmål E1: ...' (the goal without its full stop; the code
    'E1', None for none or a year), else None."""
    m = _GOAL_FIELD_RE.match(text) or _NUMBERED_GOAL_FIELD_RE.match(text) or _DOTTED_GOAL_FIELD_RE.match(text) \
        or _banner_goal(text) or _question_goal(text) or _numbered_goal_clause(text)
    # (the label's last word: 'Barnens modersmål:' is a language as 'Modersmål:' is)
    if not m or m.group("label").lower().split()[-1] in _NOT_GOAL_LABELS or len(fields(text) or []) > 1:
        return None  # 'Mål: ... Ansvar: ...' is a record (records.py), not a goal alone
    if "capacity" in m.re.groupindex and m.group("capacity") and not _OWNED_AS_RE.match(m.group("label")):
        return None
    # a further label after the goal's full stop, of a field the records do not read ('Mål:
    # Fler ... arbete. Tema: Arbete'), starts a field of its own: it ends the goal
    value = _NEXT_LABEL_RE.split(squash(m.group("text")), maxsplit=1)[0]
    if ":" in value[:40]:
        return None  # 'Mål: ... Ansvar: ...' is a record (records.py), not a goal alone
    # the goal is the field's first sentence: a sentence after it says something about the
    # goal (who provides the service, why), as text under a goal heading would
    goal = (sentences(value) or [value])[0].rstrip(".").strip()
    code = m.group("code")
    if code and re.fullmatch(r"(?:19|20)\d\d", code):
        code = None  # 'Önskat läge 2028:' dates the goal
    return (goal, code) if goal else None


# the clause label alone opening a sentence ('Det vi vill nå: …'), or the goal noun owned by
# the writer or the body ('Vårt mål: …', 'Vår målsättning: …', 'Kommunens mål: …', 'Målet för
# området: …'): the same run-in label after the sentences on the situation now, in the first
# person or the third -- a theme's paragraph describing where it stands and closing on its goal
_OWNED_GOAL_NOUN = (r"(?:(?:vårt|vår|våra|kommunens|stadens|regionens|områdets)\s+)?"
                    r"(?:mål(?:et)?|målsättning(?:en)?|målbild(?:en)?)"
                    r"(?:\s+(?:för|under)\s+(?:området|perioden|temat|fokusområdet|insatsområdet))?")
_AIM_LABEL_RE = re.compile(rf"^\s*(?:{AIM_PHRASE}|{_OWNED_GOAL_NOUN})\s*:\s+\S", re.I)
# ... or the goal noun or the target level dated or coded ('Målnivå 2028: …', 'Mål 2027: …',
# 'Målet till 2028: …', 'Mål A1: …'): the goal label with its year or code, the same run-in
# label after the sentences on the situation now
_DATED_AIM_LABEL_RE = re.compile(
    r"^\s*(?:mål(?:et)?|målsättning(?:en)?|målnivå(?:n)?)\s+(?:(?:till|senast|före|år|inom)\s+(?=(?:19|20)\d\d))?"
    rf"(?P<code>(?:19|20)\d\d|{_GOAL_CODE}|{_GOAL_LETTER})\s*:\s+(?=\S)", re.I)
# the words a goal stated after such a label has at least: a statement, not the target figure
# a meter's card prints under the same label ('Målnivå 2029: 90 %', '… 5 000 besök')
_DATED_AIM_MIN_WORDS = 3


def later_aim_goal(text: str) -> tuple[str, str | None] | None:
    """(goal, None) of a paragraph whose later sentence opens with the clause label of its goal
    ('Föräldrarna var nöjda med skolan. Det vi vill nå: Varje barn har en vuxen …'): the
    sentences before it are the background the goal answers, as in a letter-like programme
    written in the first person, or whose later sentence opens with an owned goal noun ('Det
    råder brist på bostäder. Vårt mål: nya invånare hittar …', the goal as printed, lower case
    and all) or with its year or code ('Målnivå 2028: …', 'Mål 2027: …', 'Målet till 2028:
    …': `_DATED_AIM_LABEL_RE`, a statement, no target figure); else None."""
    parts = sentences(text)
    for k in range(1, len(parts)):
        if _AIM_LABEL_RE.match(parts[k]):
            return goal_field(" ".join(parts[k:]))
        if m := _DATED_AIM_LABEL_RE.match(parts[k]):
            # read as the same goal field without its year ('Mål: …'), the code kept
            found = goal_field("Mål: " + " ".join(parts[k:])[m.end():])
            if not found or len(re.findall(r"[^\W\d_]{2,}", found[0])) < _DATED_AIM_MIN_WORDS:
                return None
            code = m.group("code")
            return found[0], None if re.fullmatch(r"(?:19|20)\d\d", code) else code
    return None


# a question asked in the perfect or the past tense: of what was done or reached before
_PAST_QUESTION_RE = re.compile(r"\b(?:har|hade|blev|nådde|uppnådde|gjorde|lyckades)\b|\b\w+(?:tt|ts)\?", re.I)


def bare_goal_label(text: str) -> bool:
    """A paragraph that is only a goal field's label, without its colon ('Sektorns mål',
    'Vårt mål', 'Målsättning'): a run-in heading printed in body type, the goal itself the
    paragraph under it -- as 'Sektorns mål: <goal>' in one paragraph would be."""
    text = squash(text or "")
    if text.endswith("?") and len(text.split()) <= QUESTION_WORDS:
        # ... or the question the goal answers ('Vad vill vi uppnå?', 'Vart vill vi nå?'), a
        # run-in heading in body type over the paragraph stating the goal, as 'Vad vill vi
        # uppnå? <goal>' in one paragraph is read (`_question_goal`)
        # (asked of the past, 'Vad har vi uppnått?', 'Vad nådde vi?': the results of the
        # previous period, no goal -- blind46)
        return _question_goal(f"{text} Alla") is not None and not _PAST_QUESTION_RE.search(text)
    if not text or len(text.split()) > 3 or text[-1] in ".!?:;,–-":
        return False
    return goal_field(f"{text}: Alla") is not None


def with_goal_label(label: str, text: str) -> str:
    """The paragraph under a bare goal label (`bare_goal_label`) run into it, as one goal field:
    'Vårt mål: <text>', a question label with no colon after it ('Vad vill vi uppnå? <text>')."""
    return f"{label} {squash(text)}" if label.endswith("?") else f"{label}: {squash(text)}"


# A code opening a list item or a cell, 'R1: ...', 'A5. ...' (letters and a number, a
# colon or a full stop), and a reference to a coded goal closing it, '... (R3)'
_LABEL_CODE = r"[A-ZÅÄÖ]{1,2}\d{1,2}(?:\.\d{1,2})*"
_CODE_LABEL_RE = re.compile(rf"^\s*(?P<code>{_LABEL_CODE})\s*[:.]\s+(?P<text>\S.*)$", re.S)


def coded_item(text: str) -> tuple[str, str] | None:
    """(code, text) of an item opening with its code ('R1: Fler nyanlända ...'), else None."""
    m = _CODE_LABEL_RE.match(text)
    return (m.group("code"), m.group("text").strip()) if m else None



def labelled_item(text: str) -> tuple[str, str, str | None] | None:
    """('goal', goal, code) of a text that is a labelled goal ('Mål 1: Nya invånare ...',
    also behind an action number a print gave it, '1.1 Mål 1: ...'), ('indicator', text,
    None) of a labelled indicator ('Mätare: antal besök ...'), else None."""
    text = NUMBERED_RE.sub("", text, count=1)
    gf = goal_field(text)
    if gf:
        return "goal", gf[0], gf[1]
    fs = fields(text)
    if fs and len(fs) == 1 and fs[0][0] == "indicator" and fs[0][2]:
        return "indicator", squash(fs[0][2]).rstrip(".").strip(), None
    return None


# an intro naming sub-goals: 'Delmål:', 'Delmålen är:'
# 'Delmål: ...' and 'Tyngdpunkt: ...' (a focus of the goal stated above it, as numbered
# 'Tyngdpunkt 1.1' is of goal 1) are parts of the section's goal, no goals beside it
# ... and so is an output goal ('Prestation: ...', 'Prestationsmål: ...') of results-based
# management, stated under the effect it serves ('Effekt: ...' / 'Effektmål: ...')
_SUB_GOAL_INTRO_RE = re.compile(r"^\s*(?:delmål|tyngdpunkt|prestation)", re.I)


def _without_source(indicator: str) -> str:
    """An indicator item without its closing parenthesis of who gives the figure and how
    often ('arbetslösheten bland utrikes medborgare (Statistikcentralen, årligen)'): where
    the figure comes from, as an action's actor parenthesis is who does it."""
    cut = source_parenthesis_start(indicator)
    return indicator[:cut].rstrip() if cut is not None else indicator


# the finite verb of a main clause in the present tense ('ordnar', 'bjuder', 'ger', 'tar')
_PRESENT_VERB_RE = re.compile(r"^[a-zåäö]+r$|^(?:ska|skall|kan|är)$")


def subject_actors(sentence: str) -> list[str]:
    """The actors a sentence names as its subject, the words before its finite verb
    ('Daghemmen och skolan håller ...' -> Daghemmen, skolan; 'Kommunens enheter tar ...'),
    [] when the subject names no actor ('Alla elever som behöver det får ...'). The word
    after a genitive or after 'och' is still the subject's. An item's number ('14.
    Välfärdsområdet erbjuder ...') is no part of the subject."""
    toks = NUMBERED_RE.sub("", sentence, count=1).split()
    for k in range(1, min(len(toks), 8)):
        prev, w = toks[k - 1].strip(",;"), toks[k].strip(",;")
        if prev.lower() in ("och", "samt") or (prev.endswith("s") and not prev.endswith("ss")) or w[:1].isupper():
            continue
        if _PRESENT_VERB_RE.match(w):
            subject = " ".join(toks[:k])
            return split_actors(subject, "responsible")[0] if names_actor(subject) else []
        if w.lower() in ("som", "att", "med", "i", "på", "för"):
            return []
    return []


def headers_of(t, n_hdr: int) -> list[str]:
    return [" ".join(r[c] for r in t.rows[:n_hdr] if c < len(r)) for c in range(t.n_cols)]


def as_printed(item: str | None) -> str | None:
    """An item as printed, for `Measure.printed`: its final full stop dropped, as the
    writers drop it from a measure's text ('... (kansliet, 2025).' -> '... (kansliet,
    2025)'); None stays None (nothing was cut)."""
    return item.rstrip().rstrip(".").rstrip() or None if item else None


def _without_tail(item: str) -> str:
    """A list item without the who/when tail closing it (`actors.tail_start`: '(ansvar: X)',
    '– X, 2025', an actor parenthesis), and without the comma or dash that set it off: the
    action. The item itself when it has none."""
    cut = tail_start(item)
    return item if cut is None else item[:cut].rstrip(" \t\n,;–—")


def _owner_sentences(sents: list[str]) -> tuple[list[str], list[str], str | None, bool] | None:
    """(responsible, partners, time, answerable named) of the sentences after an action
    sentence when each of them says who answers for it or when -- a field ('Ansvar: X.',
    'Tidtabell: 2026.') or a sentence naming the doer ('Ansvarig är X i samarbete med Y',
    'Kursen ordnas av X från hösten 2025', `owner_said_after`) -- and one names a
    responsible. `answerable named`: a field or 'Ansvarig är X' says in so many words that
    X answers for the sentence above (a passive agent only says who carries out a thing).
    None when a sentence says anything else (a description goes on)."""
    resp: list[str] = []
    partners: list[str] = []
    when: str | None = None
    as_field = False
    for s in sents:
        fs = fields(s)
        if not fs and is_cost_field(s):
            continue  # 'Kostnadsuppskattning: 25 000 € per år.': a field of its own, no role
        if fs:
            r, p, w = _field_actors(fs)
            as_field = as_field or bool(r)
        else:
            found = owner_said_after(s)
            if found is None:
                return None
            (r, p), w = split_actors(found[0]), found[1]
            if r and not all(names_actor(n) or names_post(n) for n in r):
                return None
            as_field = as_field or (bool(r) and names_responsible(s))
        resp, partners, when = resp or r, partners or p, when or w
    return (resp, partners, when, as_field) if resp else None


def _described_then_fields(sents: list[str]) -> tuple[list[str], list[str], str | None, bool] | None:
    """(responsible, partners, time, True) of a paragraph that opens with an action sentence,
    goes on with sentences telling how it is done and closes with labelled fields naming
    who answers for it ('Läxhjälp ordnas i skolorna. Den ges två gånger i veckan. Ansvar: X.
    Tidtabell: 2026.'): the fields are the opening sentence's, as a card's fields are its
    title's. Only when every sentence after the first field is a field, a field names a
    responsible and at least one sentence of description stands between (with none the
    fields follow the action directly, `_owner_sentences`); else None."""
    first = next((k for k, s in enumerate(sents) if k > 0 and fields(s)), None)
    if first is None or first < 2 or not all(fields(s) or is_cost_field(s) for s in sents[first:]):
        return None
    said = _owner_sentences(sents[first:])
    return said if said is not None and said[3] else None


# 'Arbete och sysselsättning', 'Hälsa, välfärd och fritid', 'Boende': single words joined
# by 'och' / 'samt' / commas -- how a theme is named; a goal names what is to change, with
# a verb or an object ('Öka kompetensen inom integration')
_TITLE_OF_NOUNS_RE = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)?(?:(?:,\s*|\s+(?:och|samt)\s+)[^\W\d_]+(?:-[^\W\d_]+)?){0,3}$")


def is_title_of_nouns(text: str) -> bool:
    """A theme's name: one word, or single words joined by 'och', 'samt' or commas; also set
    in capitals ('SPRÅK OCH UTBILDNING'), as theme rows and headings often are."""
    t = squash(text).rstrip(".")
    return bool(_TITLE_OF_NOUNS_RE.match(t.lower() if t.isupper() else t))


def _field_actors(fs: list[tuple[str, str, str]]) -> tuple[list[str], list[str], str | None]:
    """(responsible, partners, schedule) of labelled fields ('Ansvar: X i samarbete med Y',
    'Tidtabell: 2022')."""
    resp: list[str] = []
    partners: list[str] = []
    when = None
    for role, _, value in fs:
        if role in ("partners", "responsible", "actors"):
            value = without_action_key(value)  # 'Ansvarig: V.b kulturbyrån' (`action_codes`)
        if role == "partners":
            partners += split_actors(value, "partners")[1]
        elif role in ("responsible", "actors"):
            # 'Ansvar och tid: bildningschefen, 2026–2027.': a time after the doers, behind a
            # comma, is when (a label naming both, or a who field that adds the time)
            value, after = split_time_after_actors(value)
            r, p = split_actors(value)
            resp += r
            partners += p
            when = when or after
        elif role == "schedule":
            when = when or value
    return resp, partners, when


@dataclass
class Head:
    level: int
    text: str
    section: str
    kind: str | None  # 'goal' | 'measure' | 'indicator' | None (what the heading announces)
    number: str | None
    goal_id: str | None = None  # the heading is itself a goal
    measure_group: bool = False  # a numbered group heading following 'Åtgärder' at its level
    caption: bool = False  # a numbered caption right over its table ('Tabell 2. ...')
    unit: str | None = None  # the heading names the unit responsible for the actions under it
    earlier: bool = False  # the heading is about an earlier period (prose.about_earlier_period)
    restated: bool = False  # the programme told again in easy-to-read language, or readers' questions answered (titled_items)
    names_stated_goal: bool = False  # a goal heading naming a goal the programme stated earlier
    outline_goal: bool = False  # a clause heading, the goal of the items numbered one level under it
    clause_goal: bool = False  # a numbered clause heading, the goal of the actions under it naming their doers
    no_goal: bool = False  # a goal heading whose goal is a dash ('Mål 9: –'): what is under it serves none
    # the goals read under an earlier sibling heading that announced them ('Vårt mål', 'Vad
    # vill vi uppnå?'), no other goal heading between: the goals of the chapter this heading
    # goes on (`Builder._goals_of_sibling_heading`)
    sibling_goals: list[str] = field(default_factory=list)
    # the goals of the area a heading under a follow-up heading names, when there are several
    # ('Nyckeltal' > 'Arbete och utkomst' over two goals of that theme): its list follows them up
    area_goals: list[str] = field(default_factory=list)
    area_follow_up: bool = False  # the heading names an area under a follow-up heading
    theme: str | None = None  # the theme a line under the heading names ('Tema: X', `theme_lines`)
    signed: bool = False  # the section closes with its writer's name and post (`signed_forewords`)


@dataclass
class PendingAction:
    """A sentence of running text that states an action, after a goal stated in the text of
    its section: a measure of that goal if the programme gives its measures in no other way."""
    goal: str
    action: ProseAction
    page: int
    section: str | None
    theme: str | None
