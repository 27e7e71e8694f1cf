"""Meters shown as figures: a programme that draws its indicators' time series as charts in
its situation chapter names the charts as its meters ('I de följande figurerna visas de
mätare som programmet följs upp med.', 'Mätarna i figurerna 3–6 uppdateras årligen.'). Each
such figure's caption is an indicator: what it shows, without the caption's number, the
period of the series ('2019–2024'), its unit in brackets ('(%)') and the source named after a
comma (', enkäten Hälsa och välfärd'). Figures the text does not name so (the population, the
largest language groups) are statistics, no indicators."""
from __future__ import annotations

import re
from dataclasses import replace

from .follow_up_questions import _head, _meaning_words
from .label_vocab import METER_NOUNS, plural_alt
from .text import squash
from .word_stems import one_begins_other

# a figure's caption: 'Figur 3. Andel sysselsatta ...' / 'Diagram 2: ...'
_CAPTION_RE = re.compile(r"^\s*(?:figur|diagram|bild)\s+(?P<num>\d{1,2})\s*[.:–-]\s+(?P<text>\S.*)$", re.I | re.S)
# the meters named as shown in figures by number: 'Mätarna i figurerna 3–6', 'indikatorerna
# i figur 4', 'figurerna 3–6 visar mätarna'
# (the meter nouns' plurals, indefinite and definite: label_vocab.plural_alt)
_METER = plural_alt(METER_NOUNS)
_FIGS = r"figur(?:erna)?\s+(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?"
_NAMED_RE = re.compile(rf"\b{_METER}\s+(?:i|enligt)\s+{_FIGS}\b|\b{_FIGS}\s+(?:visar|visas|anger)\s+{_METER}", re.I)
# the figures that follow named as the meters: 'I de följande figurerna visas de mätare ...'
_FOLLOWING_RE = re.compile(rf"\b(?:de\s+)?(?:följande|nedanstående)\s+figurerna\b.*\b{_METER}\b"
                           rf"|\b{_METER}\b.*\b(?:i\s+)?(?:de\s+)?(?:följande|nedanstående)\s+figurerna\b", re.I)
# what closes a caption and is no part of the figure's subject
_UNIT_RE = re.compile(r"\s*\((?:%|procent|antal(?:\s+[^\W\d_]+)?|st|personer|€|euro)\)\s*$", re.I)
_PERIOD_RE = re.compile(r"\s*(?:(?:åren|perioden)\s+)?(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?\s*$")
# a target value in brackets closing a caption: '(mål 2029: 65 %)', '(målvärde 2029: 40)',
# '(mål: 60)'. A figure whose caption sets the level to reach is a meter of the programme, as
# an indicator row with a target column is: statistics shown for background set no target.
_TARGET_RE = re.compile(r"\s*\((?:mål|målvärde|målnivå|målsättning)(?:\s+(?:år\s+)?(?:19|20)\d{2})?\s*:[^()]*\)\s*\.?$", re.I)
# ... or the level to reach with its figure and no colon: '(målnivå 80 % år 2028)', '(målnivå
# 150 besök per termin)' -- the same target said as a phrase; kept in the meter's text, as the
# programme prints the level beside what it measures
_TARGET_LEVEL_RE = re.compile(
    r"\s*\((?:mål|målvärde|målnivå|målnivån|målsättning)\s+(?=[^()]*\d)[^():]*\)\s*\.?$", re.I)
# A meter listed with its target in a closing bracket ('Mätare och målnivå:' / '• Andelen X (mål
# 2028: 60 %)', '(utgångsläge 2023: 41 %, mål 2028: 60 %)', '(målvärde: 40 per år)', '(ingen
# målnivå, följs upp)'): the bracket sets the level to reach or the one measured from, no words
# of what is measured. Each part a target or baseline label with its year and a colon, or the
# note that no target is set; a bracket inside the meter ('(årskurs 9)') is none of these.
_LEVEL_LABEL = (r"(?:mål|målet|målvärde|målvärdet|målnivå|målnivån|målsättning|målläge|"
                r"utgångsläge|utgångsläget|utgångsvärde|utgångsvärdet|utgångsnivå|nuläge|nuläget|"
                r"nivå|basvärde|basnivå|referensvärde|tidigare|jämförelse)")
_LEVEL_PART = rf"{_LEVEL_LABEL}(?:\s+(?:år\s+)?(?:19|20)\d{{2}}(?:\s*[–-]\s*(?:19|20)?\d{{2}})?)?\s*:\s*(?:[^():;,]|(?<=\d),(?=\d))+"
_NO_TARGET = (r"(?:ingen|inget|utan)\s+(?:mål|målnivå|målvärde|målsättning|målsatt\s+nivå)\b[^()]*"
              r"|(?:målnivå|målvärde|mål)\s+(?:saknas|fastställs\s+senare|ej\s+fastställd|inte\s+fastställd)[^()]*")
# ... or the baseline and the target said without colons, each label followed by its figure
# ('(utgångsläge 0 %, mål 70 %)', '(nuläge 2024 48 %, målvärde 60 %)'): a baseline first, so a
# lone '(målnivå 80 % år 2028)' stays the level printed beside a caption's meter
_BASE_LABEL = r"(?:utgångsläge|utgångsläget|utgångsvärde|utgångsvärdet|utgångsnivå|nuläge|nuläget|basvärde|basnivå)"
_BARE_VALUE = r"(?:\s+(?:år\s+)?(?:19|20)\d{2})?\s+\d(?:[^():;,]|(?<=\d),(?=\d))*"
_BARE_LEVELS = rf"{_BASE_LABEL}{_BARE_VALUE}(?:\s*[,;]\s*{_LEVEL_LABEL}{_BARE_VALUE})+"
# ... or that the meter is followed without a target ('(följs upp utan målvärde)')
_FOLLOWED_ONLY = r"(?:följs|följes)\s+upp\s+(?:utan|men\s+utan)\s+(?:mål|målnivå|målvärde|målsättning)\b[^()]*"
_CLOSING_LEVEL_RE = re.compile(
    rf"\s*\((?:{_LEVEL_PART}(?:\s*[,;]\s*{_LEVEL_PART})*|{_BARE_LEVELS}|{_NO_TARGET}|{_FOLLOWED_ONLY})\s*\)\s*\.?\s*$",
    re.I)


def without_closing_target(text: str) -> str | None:
    """A listed meter without the bracket closing it that gives its target or baseline
    ('Andelen X (utgångsläge 2023: 41 %, mål 2028: 60 %)' -> 'Andelen X'), or that says no
    target is set ('(ingen målnivå, följs upp)'); None when no such bracket closes it."""
    m = _CLOSING_LEVEL_RE.search(text)
    if not m or not text[:m.start()].strip():
        return None
    return text[:m.start()].rstrip()


_SOURCE_RE = re.compile(r",\s*(?:enkäten|källa|statistik|registret|undersökningen|[^\W\d_]*statistik)\b.*$", re.I)


def caption_number(text: str) -> int | None:
    m = _CAPTION_RE.match(squash(text))
    return int(m.group("num")) if m else None


def figures_named_as_meters(paragraphs: list[str]) -> set[int]:
    """The numbers of the figures the text names as its meters, by number."""
    out: set[int] = set()
    for p in paragraphs:
        for m in _NAMED_RE.finditer(squash(p)):
            a = int(m.group(1) or m.group(3))
            b = m.group(2) or m.group(4)
            out.update(range(a, int(b) + 1) if b else [a])
    return out


def sets_target(caption: str) -> bool:
    """A figure caption closed by the target to reach: 'Figur 3. Andel sysselsatta ... (mål
    2029: 65 %)'."""
    m = _CAPTION_RE.match(squash(caption))
    return bool(m and (_TARGET_RE.search(m.group("text")) or _TARGET_LEVEL_RE.search(m.group("text"))))


def says_following_figures_are_meters(paragraph: str) -> bool:
    """'I de följande figurerna visas de mätare som programmet följs upp med.'"""
    return bool(_FOLLOWING_RE.search(squash(paragraph)))


def figure_meter(caption: str) -> str | None:
    """The indicator a meter figure's caption names ('Figur 3. Andel sysselsatta ... 2019–2024
    (%)' -> 'Andel sysselsatta ...'), None for no caption."""
    m = _CAPTION_RE.match(squash(caption))
    if not m:
        return None
    text = m.group("text").strip().rstrip(".")
    text = _TARGET_RE.sub("", text)
    text = _UNIT_RE.sub("", text)
    text = _PERIOD_RE.sub("", text)
    text = _SOURCE_RE.sub("", text)
    return text.strip().rstrip(",").strip() or None


def meter_captions(elements) -> set[int]:
    """Indices of the caption paragraphs of figures shown as meters: those named by number,
    and those after a paragraph saying the following figures show the meters (up to the next
    heading), and those whose caption sets a target (`sets_target`)."""
    named = figures_named_as_meters([el.text for el in elements if el.kind == "para"])
    out: set[int] = set()
    following = False
    for i, el in enumerate(elements):
        if el.kind == "heading":
            following = False
            continue
        if el.kind != "para":
            continue
        num = caption_number(el.text)
        if num is None:
            following = following or says_following_figures_are_meters(el.text)
            continue
        if num in named or following or sets_target(el.text):
            out.add(i)
    return out


# a caption closed by its bracket, and after it the next figure's caption or a chart's
# placeholder ('[Linjediagram: ...]'): two blocks a layout's line joining ran together
_GLUED_RE = re.compile(r"(?<=\))\s+(?=(?:figur|diagram|bild)\s+\d{1,2}\s*[.:]\s|\[)", re.I)


def split_glued_captions(elements) -> list:
    """The element stream with a paragraph that opens with a figure's caption and holds the
    next caption (or a chart placeholder) after its closing bracket split into one paragraph
    each: a caption is a block of its own, printed under its figure."""
    out = []
    for el in elements:
        if el.kind == "para" and _CAPTION_RE.match(squash(el.text)) and _GLUED_RE.search(squash(el.text)):
            out.extend(replace(el, text=part) for part in _GLUED_RE.split(squash(el.text)) if part.strip())
        else:
            out.append(el)
    return out


def action_named_by_head(meter: str, actions: list[tuple[str, str]]) -> str | None:
    """The id of the one action (id, text) whose head -- the word it is named by, its first
    ('Läxhjälp i biblioteket', 'Lönesubvention från kommunen ...') -- the meter names
    ('Antal elever som deltar i läxhjälpen'), else None. A figure counting what one action
    runs names it so; a figure of the residents' situation ('Andel sysselsatta ...') names
    no action's head and follows the goals up."""
    own = _meaning_words(meter)
    named = [mid for mid, text in actions if (head := _head(text)) and any(_names_head(w, head) for w in own)]
    return named[0] if len(named) == 1 else None


# letters an inflection adds to a word ('svenskkurs' / 'svenskkurserna'); a word shorter than
# the head by more is the first part of a compound head ('språk' of 'Språkcafé'), which names
# another thing ('Sysselsättningsgraden bland invånare med främmande språk')
_INFLECTION = 3


# a plural's ending on an action's head ('Språkvänner', 'Mentorer', 'Läxhjälpsgrupper'): the
# head less it is the thing's stem, which a compound naming what the action forms opens with
# ('språkvänspar', 'mentorsparen') -- a stem of six letters at least, no short word's
# beginning ('kurs' of 'Kurser' opens many words)
_PLURAL_RE = re.compile(r"(?:ner|er|ar|or)$")
_STEM_MIN = 6


def _names_head(word: str, head: str) -> bool:
    """True when a meter's word names an action's head: the head is its stem, or it is the
    head less an inflection's ending, or the word is a compound opening with the stem of a
    plural head ('språkvänspar' of 'Språkvänner'). (Unlike the other readers' stem match, the
    word may be shorter than the head by `_INFLECTION` letters at most.)"""
    if one_begins_other(word, head) and len(head) - len(word) <= _INFLECTION:
        return True
    stem = _PLURAL_RE.sub("", head)
    return stem != head and len(stem) >= _STEM_MIN and word.startswith(stem) and len(word) > len(stem)


_PLACEHOLDER_RE = re.compile(r"^\[[^\[\]]*\]$")
_TAIL_RE = re.compile(r"^\([^()]*\)\.?$")


def captions_out_of_tables(elements) -> list:
    """The element stream with a 'table' whose cells are only figure captions, chart
    placeholders ('[Linjediagram: ...]') and a caption's bracketed tail ('(mål 2029: 30)') --
    two columns of text a table finder read side by side, two captions at least -- as the
    paragraphs it holds, column by column; a bracketed tail closes the last caption before it
    that has no bracket yet (the caption a column break cut)."""
    out: list = []
    for el in elements:
        t = el.table
        cells = [squash(c) for r in (t.rows if el.kind == "table" and t is not None else []) for c in r if squash(c)]
        if (not cells or sum(1 for c in cells if _CAPTION_RE.match(c)) < 2
                or not all(_CAPTION_RE.match(c) or _PLACEHOLDER_RE.match(c) or _TAIL_RE.match(c) for c in cells)):
            out.append(el)
            continue
        ncol = max(len(r) for r in t.rows)
        for c in range(ncol):
            for r in t.rows:
                cell = squash(r[c]) if c < len(r) else ""
                if not cell:
                    continue
                if _TAIL_RE.match(cell):
                    k = next((k for k in range(len(out) - 1, -1, -1) if out[k].kind == "para"
                              and _CAPTION_RE.match(squash(out[k].text)) and not squash(out[k].text).endswith(")")), None)
                    if k is not None:
                        out[k] = replace(out[k], text=squash(out[k].text) + " " + cell)
                    continue
                out.append(replace(el, kind="para", text=cell, table=None, pages=[], level=0))
    return out
