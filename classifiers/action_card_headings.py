"""Headings that head one action's card: 'Åtgärdskort 2', 'Åtgärd 3', 'Insats 1.4'
(thirty-second blind set).

A heading naming a single action by its number heads that action's card, its fields under
it. Text stated after the card's fields, before the next heading, is no part of that one
action: a programme that lays its goals out as running text between the cards ('Från: … →
Till: …' after card 2, then cards 3 and 4) states there the next goal of the chapter the
cards are in, and the cards after it serve that goal. So a goal stated under such a heading
is the enclosing section's (`Builder._statement_section`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .goal_reference_note import referred_goal_number
from .headers import map_columns
from .prose import heading_kind
from .records import fields
from .text import sentences, squash

# the label word and the action's number closing the heading
_ONE_ACTION_RE = re.compile(r"^\s*[^\W\d_]+\s+\d{1,2}(?:\.\d{1,2})*\.?\s*$")


def heads_one_action(heading: str) -> bool:
    """'Åtgärdskort 2', 'Åtgärd 3': a measure word and a number, nothing else."""
    return bool(_ONE_ACTION_RE.match(heading or "")) and heading_kind(heading) == "measure"


# the number a one-action heading gives its action ('Åtgärd 7', 'Insats 1.4 – Läxhjälp')
_CARD_NUMBER_RE = re.compile(r"^\s*[^\W\d_]+\s+(\d{1,2}(?:\.\d{1,2})*)\.?(?=\s*(?:[·•:–—-]|$))")


def action_card_number(heading: str) -> str | None:
    """'7' of 'Åtgärd 7' / 'Åtgärd 7 – Språkcafé': the number of the one action a card
    heading heads (`heads_titled_action`), by which a later table names it ('Hör till':
    'Åtgärd 7'); None for any other heading."""
    m = _CARD_NUMBER_RE.match(heading or "")
    return m.group(1) if m and heads_titled_action(heading) else None


# A card titled by its number and a short name after a separator ('Åtgärdskort 3 · Svenska i
# byn', 'Åtgärd 4 – Språkvänner', 'Insats 2: Läxhjälp'): the same heading of one action, the
# name a label for it of a few words
_TITLED_ACTION_RE = re.compile(r"^\s*[^\W\d_]+\s+\d{1,2}(?:\.\d{1,2})*\.?\s*[·•:–—-]\s*\S+(?:\s+\S+){0,4}\s*$")
# a photo or figure caption set on the card ('Bild 1: …', 'Foto: …', 'Figur 2. …'): no action text
_CARD_CAPTION_RE = re.compile(r"^\s*(?:bild|foto|figur|illustration)(?:\s+\d{1,2})?\s*[.:–-]\s", re.I)


# the method of a card read as a one-row action table: the line under it is the card's own
ACTION_CARD_METHOD = "action-card"


# a caption closed by its photo credit, a person's first and last name with no full stop
# ('Bild 4: Språkvänner på biblioteket. Foto: Anna Berg'): a print that set the card's text
# close under the caption joins the two into one paragraph, the text opening right after the name
_CREDIT_RE = re.compile(r"\bFoto:\s+[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ][\w-]+\s+(?=[A-ZÅÄÖ])")
_TEXT_AFTER_CREDIT_WORDS = 4


def _after_credit(text: str) -> str | None:
    """The text run on after a caption's photo credit (`_CREDIT_RE`), four words or more;
    else None."""
    t = squash(text)
    m = _CREDIT_RE.search(t) if _CARD_CAPTION_RE.match(t) else None
    rest = t[m.end():] if m else ""
    return rest if len(rest.split()) >= _TEXT_AFTER_CREDIT_WORDS else None


def heads_titled_action(heading: str) -> bool:
    """'Åtgärdskort 3 · Svenska i byn': a measure word, a number and a short name, or the
    number alone (`heads_one_action`)."""
    return heads_one_action(heading) or (bool(_TITLED_ACTION_RE.match(heading or ""))
                                         and heading_kind(heading) == "measure")


def _fields_only_table(el) -> bool:
    """A one-row table whose header names who and when only ('Ansvarig | Med i arbetet |
    Tid'), the responsible among them: the fields of an action stated elsewhere."""
    t = el.table
    if el.kind != "table" or t is None or len(t.rows) != 2 or getattr(t, "header_rows", 1) != 1:
        return False
    roles = map_columns(list(t.rows[0]))
    return (len(roles) == len(t.rows[0]) and "responsible" in roles.values()
            and set(roles.values()) <= {"responsible", "partners", "schedule"})


def fold_card_field_tables(elements: list) -> list:
    """Action cards whose action is the text and whose fields are a one-row table:

        Åtgärdskort 2 · Välkomstkvällar
        Bild 2: Välkomstkväll i föreningshuset.
        Två välkomstkvällar per år för nyinflyttade. Kvällarna ordnas med tolkning.
        Det här kortet hör till mål A.
        Ansvarig | Med i arbetet | Tid
        Kansliet | Hembygdsföreningen | från 2024

    The table names no action: the card's text does, in its first sentence (the sentences
    after it explain the action). The card is read as the action table it prints: 'Åtgärd'
    (the first sentence), 'Mål' (the goal the card's note names, `goal_reference_note`)
    and the table's columns. Captions stay (no content); the action paragraph and the note
    go into the table. Anything else between heading and table (a second table, a list, a
    heading) leaves the card as it is."""
    out = list(elements)
    k = 0
    while k < len(out):
        el = out[k]
        if not _fields_only_table(el):
            k += 1
            continue
        j = k - 1
        while j >= 0 and out[j].kind == "para":
            j -= 1
        if j < 0 or out[j].kind != "heading" or not heads_titled_action(out[j].text):
            k += 1
            continue
        body = [i for i in range(j + 1, k)
                if not _CARD_CAPTION_RE.match(squash(out[i].text)) or _after_credit(out[i].text)]
        notes = [i for i in body if referred_goal_number(out[i].text) is not None]
        texts = [i for i in body if i not in notes]
        if not texts or len(notes) > 1 or any(fields(out[i].text) for i in texts):
            # (a card with field lines of its own, 'Mätare: …', is read as records are)
            k += 1
            continue
        text = _after_credit(out[texts[0]].text) or out[texts[0]].text
        first = (sentences(text) or [squash(text)])[0].rstrip(".").strip()
        hdr, row = list(el.table.rows[0]), list(el.table.rows[1])
        if notes:
            hdr, row = ["Mål", *hdr], [referred_goal_number(out[notes[0]].text), *row]
        table = el.table.model_copy(update={"rows": [["Åtgärd", *hdr], [first, *row]], "spans": [],
                                            "method": ACTION_CARD_METHOD})
        page = out[texts[0]].page
        folded = replace(el, table=table, page=page, pages=[page, el.pages[-1] if el.pages else el.page])
        drop = set(texts) | set(notes)
        out = [x for i, x in enumerate(out[:k]) if i not in drop] + [folded] + out[k + 1:]
        k = k - len(drop) + 1
    return out


# A card's caption naming its action by number (or coded number, 'A.1', 'B2') and then its title
# with no separator ('Insats A.1 Mentorprogram för högutbildade', 'Åtgärd 3 Läxhjälp i skolan'):
# the label word, the number, the title
_NUMBERED_TITLE_RE = re.compile(
    r"^\s*[^\W\d_]+\s+(?:[A-ZÅÄÖ]\.?)?\d{1,2}(?:\.\d{1,2})*\.?\s*[·•:–—-]?\s*(?P<title>[^\W\d_].*?)\s*$")


def _captioned_title(heading: str) -> str | None:
    """'Mentorprogram för högutbildade' of 'Insats A.1 Mentorprogram för högutbildade': the
    title of a heading naming one action by its measure word and number; None for any other
    heading (a goal's, a theme's, a table's caption 'Tabell 2. …')."""
    m = _NUMBERED_TITLE_RE.match(heading or "")
    if not m or heading_kind(heading) != "measure":
        return None
    title = m.group("title").strip()
    return title if len(title.split()) >= 2 else None


def _card_row_table(el) -> bool:
    """A one-row table whose header names an action's fields but no action column ('Mål |
    Ansvarig | Partner | Tid | Indikator'), the responsible among them: the fields of an
    action its caption names."""
    t = el.table
    if el.kind != "table" or t is None or len(t.rows) != 2 or getattr(t, "header_rows", 1) != 1:
        return False
    roles = map_columns(list(t.rows[0]))
    return (len(roles) == len(t.rows[0]) and "responsible" in roles.values()
            and "measure" not in roles.values())


def fold_titled_card_tables(elements: list) -> list:
    """Action cards printed as a caption and a one-row table of the action's fields:

        Insats A.2 Mentorprogram för högutbildade invandrare
        Målsättning | Ansvarig | Partner | Tid | Indikator
        A1 | Sysselsättningstjänsterna | Universitetsenheten | Fortlöpande | Antal mentorpar

    The caption names the action: its number is a label, the title after it the action's
    text. The card is read as the action table it prints, 'Åtgärd' (the title) before the
    table's columns. The caption stays, as the heading of a card with text does
    (`fold_card_field_tables`); only a caption right over its table is read so."""
    out = list(elements)
    for k, el in enumerate(out):
        if k == 0 or not _card_row_table(el) or out[k - 1].kind != "heading":
            continue
        title = _captioned_title(out[k - 1].text)
        if title is None:
            continue
        hdr, row = list(el.table.rows[0]), list(el.table.rows[1])
        table = el.table.model_copy(update={"rows": [["Åtgärd", *hdr], [title, *row]], "spans": [],
                                            "method": ACTION_CARD_METHOD})
        out[k] = replace(el, table=table)
    return out
