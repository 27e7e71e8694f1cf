"""An action item's fields printed as dash sub-items under it.

A list of actions often prints each action as a bullet and what is known of it as indented
dash lines under the bullet, each a lower-case label and its value:

    • Svenskkurs på distans med träffar på biblioteket
      – vem: Medis i samarbete med biblioteket
      – när: från hösten 2026
      – kostnad: 2 500 €/år

The dash lines are no list items of their own: they are the item's fields, as 'Ansvar: …'
paragraphs under an action are (records.py). So a run of dash lines of the form
'<label>: <value>' right under a bullet of another glyph is taken off the stream and handed
on with the item (`Element.fields`), read as the fields an item prints after its sentence
are ('1.1 … . Ansvar: X. Tidtabell: 2026.', records.trailing_fields); the item's text stays
as printed, and the list reading takes the fields from the element. Only when at least
one of the run's labels names a role (who, when, how it is followed up): a dash list of
'term: explanation' lines under a bullet is a glossary, no fields.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .actors import time_only
from .schedule import time_phrases
from .dash_doers import doer_line
from .label_vocab import COOP_PHRASE
from .elements import Element
from .headers import label_role
from .records import closing_fields

# a dash sub-item holding one labelled field: '– vem: X', '— Ansvar: X' (a label of one to
# three words, no full stop in it, then a colon and the value)
_DASH_FIELD_RE = re.compile(r"^\s*[–—-]\s+(?P<label>[A-Za-zÅÄÖåäö][\wåäöÅÄÖ/-]*(?:\s+[\wåäöÅÄÖ/-]+){0,2}):\s+(?P<value>\S.*)$",
                            re.S)
# a bullet of another glyph than a dash: the action the dash lines belong to
_ITEM_RE = re.compile(r"^\s*[•●▪■◦‣∙○*]\s+\S")


def _dash_field(el: Element) -> tuple[str, str] | None:
    # (a dash line may come as a paragraph: a continuation line of the item above that
    # opens with the dash)
    if el.kind not in ("bullet", "para"):
        return None
    m = _DASH_FIELD_RE.match(el.text)
    return (m.group("label"), m.group("value")) if m else None


def dash_fields_as_paragraphs(elements: list[Element]) -> list[Element]:
    """The element stream with each run of dash field lines under a bullet item handed on
    with the item ('• A' + '– vem: X' -> '• A' carrying the field vem: X)."""
    out: list[Element] = []
    i, n = 0, len(elements)
    while i < n:
        el = elements[i]
        out.append(el)
        i += 1
        if el.kind != "bullet" or not _ITEM_RE.match(el.text):
            continue
        if i < n and (tail := _dash_time(elements[i])) is not None:
            # '• Sommarfester marknadsförs på fem språk' / '– somrarna 2025–2028': the item's
            # closing time after its dash, put on a line of its own by a narrow column, whose
            # dash then reads as a list glyph: the item's line, as printed
            el = replace(el, text=f"{el.text.rstrip()} – {tail}")
            out[-1] = el
            i += 1
        # (after the line's time is joined back: it may close the fields run on the line)
        if (inline := _inline_dash_fields(el)) is not None:
            el = out[-1] = inline
        if i < n and (who := _dash_doer(elements[i], elements[i + 1] if i + 1 < n else None)) is not None:
            # '• Vi ordnar språkcafé' / '– biblioteket tillsammans med Folkhälsan': the item's
            # doer (and partners) on a second-level dash line of its own, a short plan's way of
            # saying who: the item's who field, as '– vem: X' is (`dash_doers.doer_line`)
            el = out[-1] = _time_closing_line(replace(el, fields=[*el.fields, ("responsible", "–", who)]))
            i += 1
        j = i
        while j < n and _dash_field(elements[j]) is not None:
            j += 1
        run = [_dash_field(e) for e in elements[i:j]]
        if not run or not any(label_role(label) for label, _ in run):
            continue
        # a field the model has no place for ('– kostnad: 800 €/år') is passed over, as a card
        # passes over its 'Kostnad:' line
        # (read as a line of fields after the item's sentence is: one field a sentence)
        line = " ".join(f"{label[:1].upper()}{label[1:]}: {_closed(value)}" for label, value in run
                        if label_role(label))
        found = closing_fields(line)
        if found:
            out[-1] = replace(el, fields=[*el.fields, *found])
        i = j
    return out


# The same fields run on the item's own line, each after a dash ('• Anonym rekrytering prövas
# – ägare: personalsektionen, med X – tid: Q1 2026–Q4 2027', a personnel programme's way):
# the item's text is what stands before the first of them
_INLINE_FIELD_RE = re.compile(r"\s+[–—]\s+(?=[A-Za-zÅÄÖåäö][\wåäöÅÄÖ/-]*(?:\s+[\wåäöÅÄÖ/-]+){0,2}:\s)")
_LABELLED_RE = re.compile(r"^(?P<label>[A-Za-zÅÄÖåäö][\wåäöÅÄÖ/-]*(?:\s+[\wåäöÅÄÖ/-]+){0,2}):\s+(?P<value>\S.*)$", re.S)
# a labelled field's value, then the line's last dash and what follows it (a time, if
# `time_only` says so): 'ungdomstjänsterna – varje sommar'
# (a span's dash inside the time has no space around it: '– 2025–2029')
_LAST_DASH_RE = re.compile(r"^(?P<head>.*\S)\s+[–—]\s+(?P<time>(?:(?!\s[–—]\s)[^:])+?)\s*$", re.S)
# fields of who and when so run on: two at least (one dash and colon may be a sentence's)
_INLINE_FIELDS = 2


def _inline_dash_fields(el: Element) -> Element | None:
    """The item `el` without the dash fields run on its line, carrying them, else None."""
    parts = _INLINE_FIELD_RE.split(el.text)
    # the time closing the line after a dash of its own, unlabelled ('• Sommarjobb för unga –
    # ansvar: ungdomstjänsterna – varje sommar'): a field of when, as a labelled 'tid:' is --
    # the time is the line's last segment, the labelled fields stand before it (sixty-eighth
    # blind set)
    time = None
    if len(parts) >= 2 and (last := _LAST_DASH_RE.match(parts[-1])) and time_only(
            closing := " ".join(last.group("time").split()).rstrip(".")):
        time = closing
        parts[-1] = last.group("head")
    if len(parts) + (time is not None) <= _INLINE_FIELDS:
        return None
    run = [_LABELLED_RE.match(p.strip()) for p in parts[1:]]
    if not all(run) or sum(1 for m in run if label_role(m.group("label"))) + (time is not None) < _INLINE_FIELDS:
        return None
    line = " ".join(f"{m.group('label')[:1].upper()}{m.group('label')[1:]}: {_closed(m.group('value'))}"
                    for m in run if label_role(m.group("label")))
    if time is not None:
        line = f"{line} Tid: {_closed(time)}"
    found = closing_fields(line)
    if not found:
        return None
    return replace(el, text=parts[0].rstrip(), fields=[*el.fields, *(f for x in found for f in _partner_after_with(x))])


# 'ägare: personalsektionen, med Arbetshälsoinstitutet': the doer, then after a comma whom it
# works with -- the partner, a field of its own
_WITH_RE = re.compile(rf"^(?P<doer>[^,]+?),\s+(?:{COOP_PHRASE}|med)\s+(?P<partner>\S.*)$")


def _partner_after_with(field: tuple[str, str, str]) -> list[tuple[str, str, str]]:
    role, label, value = field
    m = _WITH_RE.match(value) if role == "responsible" else None
    if not m:
        return [field]
    return [(role, label, m.group("doer").strip()), ("partners", "med", m.group("partner").strip())]


# a dash line holding a time and nothing else ('– somrarna 2025–2028', '— 2026')
_DASH_LINE_RE = re.compile(r"^\s*[–—]\s+(?P<rest>\S.*)$", re.S)


def _dash_time(el: Element) -> str | None:
    """The time of a dash line that holds a time alone, else None."""
    if el.kind not in ("bullet", "para"):
        return None
    m = _DASH_LINE_RE.match(el.text)
    rest = " ".join(m.group("rest").split()).rstrip(".") if m else ""
    return rest if rest and time_only(rest) else None


def _dash_doer(el: Element, after: Element | None) -> str | None:
    """The names of a dash line `el` naming who does the item above it, else None -- only
    where it stands alone under the item: a run of such lines ('– biblioteket' / '– skolan' /
    '– daghemmen') lists bodies, the item's doers or its topic, and is left as printed."""
    if el.kind not in ("bullet", "para") or (after is not None and after.kind in ("bullet", "para")
                                                and doer_line(after.text) is not None):
        return None
    return doer_line(el.text)


def _time_closing_line(el: Element) -> Element:
    """The item `el`, its who given on a line of its own, without the time phrase closing its
    sentence ('• Vi ordnar en matkväll i byagården två gånger per år', '… varje höst'), which
    it carries as its when field: with who set apart there is no other place for when, as
    a time alone in brackets closing the item is one (`closing_times`). Unchanged where no
    time phrase ends the line, or the phrase is all of it."""
    body = el.text.rstrip().rstrip(".").rstrip()
    found = time_phrases(body)
    last = found[-1] if found else None
    if last is None or last.end() != len(body) or not time_only(last.group(0).strip()):
        return el
    head = body[:last.start()].rstrip(" ,")
    if not _ITEM_RE.match(head) or len(head.split()) < 3:
        return el
    return replace(el, text=head, fields=[*el.fields, ("schedule", "–", last.group(0).strip())])


def _closed(text: str) -> str:
    """`text` ended by a full stop: the next field's label starts after one."""
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else text + "."


# A numbered action printed as a paragraph with an indented list under it that says how it is
# done and, in its last items, who does it and when (sixty-sixth set):
#
#     4. Språkkurser med barnpassning ordnas på dagtid.
#        • Kurserna riktar sig till föräldrar som är hemma med små barn.
#        • Ansvarig: medborgarinstitutet
#        • Samarbete: församlingen
#        • Tidtabell: 2025–2028
#
# The labelled items are the action's fields, as '– vem: X' lines under a bullet are; the free
# items before them describe the action and are no actions of their own. Read so only when the
# list's labelled items close it (after the first, every item is a labelled field) and one of
# them names who does it or when: a list whose items merely open with a label-like word
# ('• Språk: kurser för vuxna') names no role and stays a list.
_NUMBERED_ACTION_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+\S")
_ANY_BULLET_RE = re.compile(r"^\s*[•●▪■◦‣∙○*–—-]\s+")


def _labelled_sub_item(el: Element) -> tuple[str, str] | None:
    if el.kind != "bullet" or not _ANY_BULLET_RE.match(el.text):
        return None
    m = _LABELLED_RE.match(_ANY_BULLET_RE.sub("", el.text, count=1).strip())
    if not m or not label_role(m.group("label")):
        return None
    return m.group("label"), m.group("value")


def sub_bullet_fields(elements: list[Element]) -> list[Element]:
    """The element stream with the bulleted fields under each numbered action paragraph
    handed on with the action; the free items before them, the action's description, are
    taken out with them (no list reading may take them as actions)."""
    out: list[Element] = []
    i, n = 0, len(elements)
    while i < n:
        el = elements[i]
        out.append(el)
        i += 1
        # (the numbered paragraph comes as a list item: its number reads as a list's)
        if el.kind not in ("para", "bullet") or not _NUMBERED_ACTION_RE.match(el.text):
            continue
        j = i
        while j < n and elements[j].kind == "bullet" and _ANY_BULLET_RE.match(elements[j].text):
            j += 1
        run = [_labelled_sub_item(e) for e in elements[i:j]]
        first = next((k for k, f in enumerate(run) if f is not None), None)
        if first is None or not all(run[first:]) \
                or not any(label_role(lab) in ("responsible", "schedule") for lab, _ in run[first:]):
            continue
        line = " ".join(f"{lab[:1].upper()}{lab[1:]}: {_closed(val)}" for lab, val in run[first:])
        found = closing_fields(line)
        if not found:
            continue
        out[-1] = replace(el, fields=[*el.fields, *found])
        i = j
    return out
