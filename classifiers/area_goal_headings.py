"""'Mål 1 – Arbete' over 'Invandrare i Furuvik får arbete snabbare än i dag.': a numbered goal
heading whose name is only the goal's area, the goal itself the sentence under it.

Programmes that number their goals often title each goal's section with the label, the number
and a short name of the area the goal is about ('Mål 3 – Barn och unga'), and state the goal in
the one sentence right below, as 'Huvudmål A – Arbete' does over its goal sentence
(`goal_outline`). The heading's name is then a few words naming a field, not a state to reach
(no finite verb, `prose.reads_as_clause`; no digit, no sentence punctuation): the goal is the
sentence, the area its theme. A heading that states the goal itself ('Mål 1: Fler invandrare
får arbete') keeps its own words, and so does one over a sentence that is no statement of an
outcome: the writers' or the municipality's own work ('Vi arbetar för att …', 'Kommunen
ordnar …': how, not what is reached), a phrase with no full stop (a sub-goal's title, or a
line cut by a page or column break), a labelled line of its own ('Delmål 1.1: …') or the first
field of the goal's plan, its label leading the value on the line with no colon after it
('Åtgärder Språkcafé varje vecka', 'Ansvarig aktör Bildningssektorn': a key-value card read
as text, where the label and its value share a line) — the goal heading stays the goal.
"""

from __future__ import annotations

import re

from .goal_outline import stated_goal
from .headers import label_role
from .prose import followed_up_by, is_goal_sentence, reads_as_clause, states_change_target
from .text import FUNCTION_WORDS, GOAL_LABEL_RE, fold, sentences, squash

# an area's name: one to four words, capitalised, no digit, no sentence punctuation (the
# words that join its nouns, 'och', 'för', 'i', not counted: 'Språk för vardag och arbete'
# names three things, as 'Språk, vardag, arbete' would)
MAX_AREA_WORDS = 4
_AREA_RE = re.compile(r"^[A-ZÅÄÖ][^\d.!?:;]*$")
# the subject of a sentence telling the programme's own work: its writers or the municipality
_OWN_WORK_RE = re.compile(r"^(?:vi|kommunen|staden|man)\b", re.I)
# the section's number before a goal heading's label ('5.1 ', '3. ')
_SECTION_NUMBER_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[^\W\d_])")
# a line opening with a label of its own ('Delmål 1.1: …', 'Mål: …', 'Ansvar: …')
_LABELLED_RE = re.compile(r"^[^\W\d_]+(?:\s+\d+(?:\.\d+)*)?\s*[:.–-]\s", re.I)
# a sentence explaining what the heading above it means, its subject a pronoun pointing back
# to it: 'Det betyder att …', 'Detta innebär att …', 'Tämä tarkoittaa, että …', 'This means
# that …' -- the heading states the goal, the sentence spells it out
_EXPLAINS_HEADING_RE = re.compile(
    r"^(?:det|detta|tämä|se|this|that)\s+(?:betyder|innebär|tarkoittaa|merkitsee|means)\b", re.I)

# a sentence whose verb is following up ('Under perioden följs särskilt upp hur …', 'X
# uppföljs årligen', 'Tavoitteen toteutumista seurataan …', 'X is monitored …'): it tells what is
# watched, no state to reach -- the heading over it stays the goal
_FOLLOW_UP_VERB_RE = re.compile(
    r"\bföljs\s+(?:[^\W\d_]+\s+){0,2}upp\b|\buppföljs\b|\bseurataan\b"
    r"|\b(?:is|are)\s+(?:[^\W\d_]+\s+)?(?:monitored|followed\s+up)\b", re.I)
# a word joining a second clause to the first ('… är samordnat, och resultaten följs upp …')
_CLAUSE_JOIN_RE = re.compile(r"\b(?:och|samt|men|ja|sekä|mutta|and|but)\b", re.I)


def _follows_up(sentence: str) -> bool:
    """The sentence's own verb is following up ('Under perioden följs särskilt upp hur …'): in
    its first clause, with no clause joined before it -- a goal stated first and its follow-up
    in a second clause ('Arbetet är samordnat, och resultaten följs upp.') is still a goal."""
    first = sentence.split(",")[0]
    m = _FOLLOW_UP_VERB_RE.search(first)
    return bool(m) and not _CLAUSE_JOIN_RE.search(first[:m.start()])


# a field's label ('Åtgärder', 'Ansvarig aktör': its word, perhaps a filler naming the doer)
# then its value, a name starting with a capital ('CV-klinik', 'Fastighetssektorn'); a
# sentence opening with a noun of the same stem goes on in lower case or with a preposition
# ('Samarbetet mellan …', 'Insatserna når …', 'Samarbetet med Vasa …')
_LABEL_VALUE_RE = re.compile(r"^([^\W\d_]+)(?:\s+(?:aktör|aktörer|aktörerna|aktor|part|parter|instans))?\s+[A-ZÅÄÖ]")


def _opens_with_field_label(sentence: str) -> bool:
    """'Åtgärder CV-klinik: info …', 'Ansvarig aktör Fastighetssektorn': the sentence opens with
    the label of a plan's field other than the goal's ('Målet är att …' states the goal) and
    its value after it."""
    m = _LABEL_VALUE_RE.match(sentence)
    if not m:
        return False
    role = label_role(m.group(1), free_words=0)
    return role is not None and role != "goal"


def _goal_label_match(heading: str) -> tuple[str, re.Match] | None:
    """(the heading past its section's number, the match of the goal label opening it) of a
    goal heading ('5.1 Huvudmål 1: Arbete' -> ('Huvudmål 1: Arbete', <'Huvudmål 1:'>)), else None."""
    text = _SECTION_NUMBER_RE.sub("", squash(heading), count=1)
    m = GOAL_LABEL_RE.match(text)
    return (text, m) if m else None


def area_of_goal_heading(heading: str) -> str | None:
    """The area named by a numbered goal heading ('Mål 3 – Barn och unga' -> 'Barn och
    unga') when its name is that short, else None."""
    # (after its section's number too, '5.1 Huvudmål 1: Arbete och utbildning': a goal
    # heading numbered in the document's outline, as `prose.is_goal_heading` reads one)
    if (labelled := _goal_label_match(heading)) is None:
        return None
    text, m = labelled
    name = text[m.end():].strip()
    # (a name stating a change to reach without a verb, 'Fler invandrare i arbete eller
    # utbildning', states the goal itself, as a clause does: `prose.states_change_target`)
    if not _AREA_RE.match(name) or _named_words(name) > MAX_AREA_WORDS or reads_as_clause(name) \
            or states_change_target(name):
        return None
    return name


def _named_words(name: str) -> int:
    """The words of an area's name that name something, the function words joining them
    ('och', 'för', 'i', `text.FUNCTION_WORDS`) left out: 'Språk för vardag och arbete' -> 3."""
    return sum(1 for w in name.split() if w.lower() not in FUNCTION_WORDS)


def follow_up_after_goal(paragraph: str) -> tuple[str, str]:
    """(the goal's sentence, the rest) of a paragraph that states a goal and then says how that
    goal is followed up ('… inom tre år. Målet följs dessutom upp med andelen …'): a sentence
    naming what the goal is followed up by (`prose.followed_up_by`) tells its meter, no more
    of the goal or of the area, so the sentence before it still states the goal alone. A
    paragraph with any other sentence is returned whole, with no rest."""
    said = sentences(squash(paragraph))
    if len(said) < 2 or not all(followed_up_by(x) for x in said[1:]):
        return paragraph, ""
    return said[0], " ".join(said[1:])


# a sentence naming the goal as its subject (folded): 'Målet är att …', 'Målsättningen är att
# …', 'Vårt mål är att …', 'Målet för området är att …'
_GOAL_SUBJECT_RE = re.compile(r"^(?:vart\s+mal|malet|malsattningen|malbilden)\s+(?:ar|for\s+\w+(?:\s+\w+)?\s+ar)\s+att\s")


def goal_then_reasons(paragraph: str) -> tuple[str, str]:
    """(the goal's sentence, the rest) of a paragraph that opens by stating its goal as the
    goal ('Målet är att alla … . Språket är nyckeln till …'): the label sentence names the
    goal itself, so the sentences after it say why or how things stand (the motivation), no
    more of the goal and no description the area heading would be short of. Follow-up
    sentences after a goal are split the same way (`follow_up_after_goal`). Any other
    paragraph is returned whole, with no rest."""
    goal, rest = follow_up_after_goal(paragraph)
    if rest:
        return goal, rest
    said = sentences(squash(paragraph))
    if (len(said) >= 2 and _GOAL_SUBJECT_RE.match(fold(said[0])) and is_goal_sentence(said[0])
            and not any(is_goal_sentence(x, opens_paragraph=False) for x in said[1:])):
        return said[0], " ".join(said[1:])
    return paragraph, ""


# a sentence telling how things stand now: 'i dag', 'idag', 'för närvarande', 'just nu', 'nu'
_NOW_RE = re.compile(r"\b(?:i\s*dag|för\s+närvarande|just\s+nu|nu|hittills)\b", re.I)
# the words a lead sentence stating a goal has at least
_MIN_LEAD_WORDS = 6


def lead_sentence_goal(paragraph: str) -> str | None:
    """The goal a paragraph under an area-named goal heading opens with, the sentences after
    it describing the area ('Arbetsgivarna hittar den arbetskraft de behöver. Industrin växer
    … Samtidigt …'): a goal heading names only its area, so the goal is stated under it, and a
    writer who explains the goal states it first (the lead sentence) -- a state aimed at, not
    how things stand now ('… ger i dag råd …', 'Behovet är stort'): a sentence telling the
    present ('i dag', 'för närvarande', 'nu') describes the situation, and the heading stays
    the goal. None for a paragraph of one sentence (`stated_goal` reads it) or any other."""
    said = sentences(squash(paragraph))
    if len(said) < 2:
        return None
    first = said[0].rstrip(".").strip()
    if not said[0].endswith(".") or len(first.split()) < _MIN_LEAD_WORDS or _NOW_RE.search(first):
        return None
    return first


def _own_label_field(heading: str, paragraph: str) -> str | None:
    """The value of a paragraph labelled by the goal heading's own label word and a colon,
    with no number ('Huvudmål: …' under 'Huvudmål 1: Arbete'), else None."""
    if (labelled := _goal_label_match(heading)) is None:
        return None
    text, m = labelled
    label = fold(text[:m.end()].split()[0].lower())
    head, colon, value = squash(paragraph).partition(":")
    if not colon or fold(head.strip().lower()) != label or not value.strip():
        return None
    return value.strip()


def goal_under_area_heading(heading: str, paragraph: str) -> tuple[str, str] | None:
    """(goal sentence, area) of an area-named goal heading over the one sentence stating
    its goal, else None (a longer paragraph describes the area; the heading stays the goal).
    A sentence after it telling how the goal is followed up is no description
    (`follow_up_after_goal`), nor are the reasons after a sentence naming the goal as its
    subject ('Målet är att …', `goal_then_reasons`)."""
    area = area_of_goal_heading(heading)
    if area is None:
        return None
    if (own := _own_label_field(heading, paragraph)) is not None:
        # 'Huvudmål 1: Kompetens och arbete' over 'Huvudmål: Invandrare i X har …': the
        # heading's own label word, unnumbered, leading the goal's field -- the goal stated
        # under the area its heading names (a numbered 'Delmål 1.1: …' is a goal of its own).
        # The label says the field is the goal, so it needs no full stop to be one: a field's
        # value is often printed without ('Huvudmål: Alla invandrare har …')
        return _goal_sentence_under(area, own, labelled=True)
    return _goal_sentence_under(area, paragraph)


def _goal_sentence_under(name: str, paragraph: str, labelled: bool = False) -> tuple[str, str] | None:
    """(goal sentence, name) of the one sentence stating a goal under a goal heading of
    this name, else None (`goal_under_area_heading`). `labelled`: the paragraph is the
    value of the heading's own goal label, no full stop needed."""
    paragraph = goal_then_reasons(paragraph)[0]
    # a sentence closes with its full stop: a phrase without one is a sub-goal's title or a
    # line a column or page break cut ('Stärka praxis för första' / 'bostäder för …'), and
    # the heading stays the goal over it
    if not labelled and not squash(paragraph).endswith((".", "!")):
        return None
    if _EXPLAINS_HEADING_RE.match(squash(paragraph)):
        return None
    said = stated_goal(paragraph) or lead_sentence_goal(paragraph)
    if said and (_OWN_WORK_RE.match(said) or _LABELLED_RE.match(said) or _opens_with_field_label(said)
                 or _follows_up(said)):
        return None
    if not said or len(said.split()) <= len(name.split()):
        return None
    return said, name


def _heading_name(heading: str) -> tuple[str, str] | None:
    """(label, name) of a numbered goal heading ('Strategiskt mål 2. Språk som öppnar
    dörrar' -> ('strategiskt mål', 'Språk som öppnar dörrar')), its section's number before
    the label cut off; None for any other heading."""
    if (labelled := _goal_label_match(heading)) is None:
        return None
    text, m = labelled
    label = re.sub(r"[\W\d_]+", " ", m.group(0)).strip().casefold()
    return label, text[m.end():].strip()


def goal_sentences_of_titled_series(elements) -> set[int]:
    """The positions of the goal headings whose name states the goal in a few words
    ('Strategiskt mål 1. Snabbare väg till arbete', 'Mål 2. Arbete och kompetens tas
    tillvara') over one sentence stating the goal in full, in a series of goal headings (one
    label, one level, numbered on; a heading above them ends the series) most of which name
    only their area over such a sentence ('Strategiskt mål 3. En bra start för barn och
    unga' / 'Barn och unga … deltar i …'): the writer titles every goal of the series and
    states it in the sentence under the title, so the sentence is the goal and the title its
    theme there too (`goal_under_titled_heading`). A series whose headings mostly state
    their goals keeps them (a sentence under such a heading explains the goal), and so does
    one where any heading has no goal sentence under it."""
    runs: dict[tuple[int, str], list[int]] = {}
    series: list[list[int]] = []
    for i, el in enumerate(elements):
        if el.kind != "heading":
            continue
        for key in [k for k in runs if k[0] > el.level]:
            series.append(runs.pop(key))
        named = _heading_name(el.text)
        if named is not None and named[1]:
            runs.setdefault((el.level, named[0]), []).append(i)
    series.extend(runs.values())
    found: set[int] = set()
    for run in series:
        areas, titled = [], []
        for i in run:
            nxt = elements[i + 1] if i + 1 < len(elements) else None
            if nxt is None or nxt.kind != "para":
                break
            if area_of_goal_heading(elements[i].text) is not None:
                if goal_under_area_heading(elements[i].text, nxt.text) is None:
                    break
                areas.append(i)
            elif goal_under_titled_heading(elements[i].text, nxt.text) is not None:
                titled.append(i)
            else:
                break
        else:
            if titled and 2 * len(areas) > len(run):
                found.update(titled)
    return found


def goal_under_titled_heading(heading: str, paragraph: str) -> tuple[str, str] | None:
    """(goal sentence, title) of a goal heading whose name is no area's over the one
    sentence stating its goal, read so where its series says so
    (`goal_sentences_of_titled_series`), else None."""
    named = _heading_name(heading)
    if named is None or not named[1]:
        return None
    return _goal_sentence_under(named[1], paragraph)
