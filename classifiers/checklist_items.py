"""Action checklists: '☐ action (doer) – klart senast 31.8.2026' items, ticked ones done.

An annex checklist lists each action as a box to tick, who does it in brackets and its
deadline after a dash ('☐ Välkomstträff varje höst (fritidssekreteraren) – klart senast
30.11.2026'). Items already ticked when the programme was adopted ('☒ Ansökan om
landskapsbidrag (inlämnad 11/2025)') are steps done while it was prepared: they are no
actions of the programme's period. Only where the list mixes open and ticked boxes: a list of
ticked boxes only is a list of the programme's actions printed with checkmarks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .denied_actions import denied
from .label_vocab import ACTION_NOUNS, COOP_PHRASE, alt
from .text import BULLET_CHARS, fold, strip_marker

# the box after an optional list marker, as `text.BULLET_RE` reads a checklist item
_MARKER = rf"^\s*(?:[{re.escape(BULLET_CHARS)}]\s+)?"
_OPEN_BOX_RE = re.compile(rf"{_MARKER}[☐□▢❏❑]\s+")
_TICKED_BOX_RE = re.compile(rf"{_MARKER}[☑☒✓✔]\s+")


def checklist_item(text: str) -> bool:
    """The list item is printed with a box to tick ('☐ Vi ordnar …', '• ☐ …', ticked or not):
    a checklist's task, its doer and time set off after it."""
    return bool(_OPEN_BOX_RE.match(text) or _TICKED_BOX_RE.match(text))


def without_done_marked_items(elements: list) -> list:
    """The elements without the items marked by a glyph the document's legend says marks
    what was done before ('✓ genomfört under förra programperioden' among the legend's lines,
    then '✓ Välkomstbroschyren trycktes 2020 …' among the actions: background, no action). The
    legend's lines stay (`mark_legends` reads the '✓ = …' form)."""
    done = _done_glyphs(elements)
    if not done:
        return elements
    return [e for e in elements if not (e.kind in ("para", "bullet") and _opening_glyph(e.text) in done
                                        and not _done_legend(e.text))]


def without_ticked_items(elements: list) -> list:
    """The elements without the ticked items of a checklist that also has open items."""
    bullets = [e for e in elements if e.kind == "bullet"]
    if not any(_OPEN_BOX_RE.match(e.text) for e in bullets):
        return elements
    return [e for e in elements if not (e.kind == "bullet" and _TICKED_BOX_RE.match(e.text))]


# a legend's line: a glyph and, in lower case, what it marks ('✓ genomfört under förra
# programperioden (nämns som bakgrund)', '■ = avslutad åtgärd', '☑ klart före 2025')
_GLYPH_LINE_RE = re.compile(rf"^\s*(?:[{re.escape(BULLET_CHARS)}]\s+)?(?P<glyph>[^\w\s(\"'”“„=:])\s+(?:[=:–-]\s+)?"
                            r"(?P<meaning>[a-zåäö].*)$", re.S)
# ... saying it was carried out or ended ('genomfört', 'avslutad', 'klart', 'slutfört');
# not 'ej genomförd' / 'inte klar' / 'delvis genomförd', nor started and going on ('inlett')
_DONE_MEANING_RE = re.compile(r"^(?:(?!\b(?:ej|inte|icke|delvis)\s)[\w\s,])*?\b(?:genomför(?:d|t|da|des)|avslutad|avslutat|avslutade"
                              r"|klar|klart|klara|slutförd|slutfört|slutförda|förverkligad|förverkligat)\b", re.I)


def _opening_glyph(text: str) -> str | None:
    m = _GLYPH_LINE_RE.match(text) or re.match(rf"^\s*(?:[{re.escape(BULLET_CHARS)}]\s+)?(?P<glyph>[^\w\s(\"'”“„=:])\s", text)
    return m.group("glyph") if m else None


def _done_legend(text: str) -> bool:
    m = _GLYPH_LINE_RE.match(" ".join(text.split()))
    return bool(m) and len(m.group("meaning").split()) <= 14 and bool(_DONE_MEANING_RE.match(m.group("meaning")))


def _done_glyphs(elements: list) -> set[str]:
    """The glyphs a legend line says mark what was done ('✓ genomfört …'), where the document
    also opens another line with the glyph (the legend explains marks it uses); a bullet
    ('•') the print sets before every item says nothing of its own."""
    legends = {g for e in elements if e.kind in ("para", "bullet") and _done_legend(e.text)
               and (g := _opening_glyph(e.text)) and g not in "•"}
    return {g for g in legends
            if any(e.kind in ("para", "bullet") and _opening_glyph(e.text) == g and not _done_legend(e.text)
                   for e in elements)}


# '(doer) – klart senast 31.8.2026' closing the item: the doer in brackets, then after a
# spaced dash the deadline, a phrase with a date or a year in it
# (no colon after the dash: '(delmål 1.2) – ansvar: X, tidtabell: 2027' is a reference in
# brackets and labelled fields after it, read as such, no doer and deadline)
_DEADLINE_TAIL_RE = re.compile(r"\(([^()]{2,120})\)\s+[–—-]\s+((?:[^()–—:]*?\s)?\d{1,2}\.\d{1,2}\.\d{4}|[^()–—:]*?\b(?:19|20)\d{2})\s*[.;]?\s*$")
# the words before the date that only say it is a deadline ('klart senast', 'senast', 'klar')
_DEADLINE_WORDS_RE = re.compile(r"^(?:[^\W\d_]+\s+){0,2}(?=\d)")


def deadline_tail(text: str) -> tuple[int, str, str] | None:
    """(where the tail starts, the bracket's content, the date) of an item closing with its
    doer in brackets and its deadline after a dash, else None."""
    m = _DEADLINE_TAIL_RE.search(text)
    if not m:
        return None
    when = _DEADLINE_WORDS_RE.sub("", m.group(2).strip())
    return m.start(), m.group(1).strip(), when


# a deadline alone: 'klart senast 30.9.2027', 'senast 31.12.2026'
_DEADLINE_PHRASE_RE = re.compile(r"^(?:[^\W\d_]+\s+){0,2}\d{1,2}\.\d{1,2}\.\d{4}\s*[.;]?$")


def deadline_phrase(text: str) -> bool:
    """The text is a deadline alone: a word or two and a date ('klart senast 30.9.2027')."""
    return bool(_DEADLINE_PHRASE_RE.match(text.strip()))


# A task list sorted by the person answering for it ('Uppgiftslistor per ansvarsperson' over
# one heading per person, `actions_by_doer`) codes each task by the person's initials and a
# number, and closes it with the goal it serves as a bare number in brackets and its time
# after a dash: '☐ AF-1 Uppgift: <task> (tillsammans med X) (5) – klart senast 9/2026'. The
# code is how the follow-up table names the task ('Uppgift': 'AF-1'); the label ('Uppgift:',
# 'Åtgärd:') is no part of the task. A paragraph may take one task out: 'Uppgiften AF-3 …
# räknas inte som en åtgärd i programmet' (`without_denied_tasks`).
_TASK_CODE = r"[A-ZÅÄÖ]{1,5}-\d{1,3}"
_CODED_TASK_RE = re.compile(rf"^\s*(?P<code>{_TASK_CODE})\s+(?:(?P<label>[^\W\d_]+)\s*:\s+)?(?P<body>\S.*)$", re.S)
# the labels a coded task may carry: an action's words in their forms (label_vocab.ACTION_NOUNS)
# and 'uppgift' (a task)
_TASK_LABEL_RE = re.compile(rf"^(?:uppgift(?:en|er|erna)?|{alt(ACTION_NOUNS)})$", re.I)
# '<task> (tillsammans med X) (5) – <time>': partners, the goal number(s) or 'alla mål', time
_TASK_TAIL_RE = re.compile(
    rf"^(?P<task>.+?)(?:\s*\({COOP_PHRASE}\s+(?P<with>[^()]+)\))?"
    r"\s*\((?P<goal>(?:mål\s+)?\d{1,2}(?:\s*(?:,|och|&)\s*\d{1,2})*|alla\s+mål)\)"
    r"\s*[–—-]\s+(?P<when>[^()]+?)\s*\.?$", re.S | re.I)


@dataclass
class CodedTask:
    code: str
    text: str
    goal_numbers: list[str]  # the goals its bracket names by number; [] for 'alla mål'
    partners: list[str]
    schedule: str


def coded_task(text: str) -> CodedTask | None:
    """The coded task a list item states ('AF-1 Uppgift: Öppna … (tillsammans med X) (5) –
    2026', its box and list marker cut off before), else None: it needs its code, a goal
    bracket and a time after a dash."""
    m = _CODED_TASK_RE.match(_OPEN_BOX_RE.sub("", " ".join(text.split()), count=1))
    if not m or (m.group("label") and not _TASK_LABEL_RE.match(m.group("label"))):
        return None
    tail = _TASK_TAIL_RE.match(m.group("body"))
    if not tail:
        return None
    from .actors import split_names  # (actors reads `deadline_tail` of this module)

    partners = split_names(tail.group("with")) if tail.group("with") else []
    return CodedTask(m.group("code"), tail.group("task").strip(), re.findall(r"\d{1,2}", tail.group("goal")),
                     partners, tail.group("when").strip())


# 'Uppgiften AF-3 … räknas inte som en åtgärd': a sentence naming a task's code and denying
# that it is an action
_CODE_IN_TEXT_RE = re.compile(rf"(?<![\w-])({_TASK_CODE})(?![\w-])")
_ACTION_NOUN_RE = re.compile(r"^(?:atgard|insats|uppgift)\w*$")  # folded


def without_denied_tasks(elements: list) -> list:
    """The elements without the coded tasks (`coded_task`) that a sentence of a paragraph
    names by code and says are no action ('… räknas inte som en åtgärd i programmet')."""
    denied_codes: set[str] = set()
    for el in elements:
        if el.kind != "para":
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", el.text):
            codes = _CODE_IN_TEXT_RE.findall(sentence)
            if not codes:
                continue
            toks = [fold(t) for t in re.findall(r"[^\W\d_]+", sentence.lower())]
            nouns = [i for i, t in enumerate(toks) if _ACTION_NOUN_RE.match(t) and i > 0]
            # (the noun that names the task itself, 'Uppgiften AF-3', is not denied: the
            # negation stands before a later one, 'räknas inte som en åtgärd')
            if any(denied(toks, i) for i in nouns):
                denied_codes.update(codes)
    if not denied_codes:
        return elements
    out = []
    for el in elements:
        task = coded_task(strip_marker(el.text)) if el.kind == "bullet" else None
        if task is not None and task.code in denied_codes:
            continue
        out.append(el)
    return out
