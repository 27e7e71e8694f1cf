"""Label–value records ("cards") read as table rows.

Many programs print no table: under a goal heading each action is a small record of
labelled fields,

    Åtgärd: Språkkafé för föräldrar            Åtgärder:
    Ansvar: Bildningsväsendet                    • Språkkafé för föräldrar
    Tidtabell: 2024–2025                         • Läxhjälp
    Indikator: Antal deltagare                 Ansvarig: Bildningsväsendet. Tidtabell: 2024.

or a numbered action ("1.1 …") followed by such fields. The labels are the same structure
words as table headers (headers.py: Åtgärd, Mätare, Ansvar, Tidtabell, ...), and a record
means what a table row means. So a run of records is rewritten into one table element whose
header is the labels and whose rows are the records, and the table reading (builder.py)
does the rest: splitting list values into items, actors and partners, schedules, linking
indicators to their measure and everything to the goal heading above.

A field is a paragraph (or a heading: a short bold line) starting "<label>:" where every
word of the label names a role, or a label alone followed by its value on the next
paragraphs / bullets, or a row of a two-column table of labels and values ("Åtgärd | ...",
"Ansvar | ..."). Several fields may share one line ("Ansvarig: X. Tidtabell: Y."). A
run starts with a whole record: a measure — a measure field, or the numbered action it
follows — and at least one more field; a lone "Uppföljning: ..." paragraph stays prose.
Later records may be partial, like table rows (an indicator continuing the measure above).
Inside a run, a field of a kind the model has no place for ("Målgrupp: ...", "Resurser:"
with a list) is passed over and the card goes on.
"""

from __future__ import annotations

import re

from extractors.model import Table

from .cost_fields import is_cost_field
from .dash_doers import dash_doer_tail, doers_after_dashes
from .goal_group_rows import capital_area_goal, group_number, heads_number
from .actors import names_actor, parenthesis_in_actors_place, split_names, time_only, trailing_actors, units_in_actors_place, who_when_cell
from .elements import FIELD_SEP_RE, Element
from .proposal_rows import marks_adoption
from .change_markers import is_struck_status
from .headers import (ACRONYM_KEY, UNIT_IN_BRACKETS, is_challenge_header, is_status_label, is_status_phrase, marks_new_action, DOING_RE, QUESTION_WORDS, any_label, follow_up_label, header_role, header_roles, is_label_cell, label_role,
                      labelled_as_theme, names_parts_of_action, theme_column)
from .name_columns import _TEXT_WORDS, is_action_name
from .short_action_names import is_short_name
from .organisation_columns import names_party, party_field
from .matrix import PARTY_MARK_RE
from .lone_marks import is_lone_mark
from .label_vocab import NUMBER_WORDS, THEME_LABELS, THEME_NUMBERED, alt
from .prose import goal_led_headings, intro_kind, is_goal_heading, labelled_goal_heading, reads_as_clause
from .lead_phrase import responsible_said, states_doer_in_prose
from .text import BULLET_RE, CAPTION_RE, DASH_ONLY_RE, NUMBERED_RE, sentences, squash
from .number_ranges import is_number_list
from .outline_parents import parent_number
from .schedule import YEAR, parse_schedule

# "<Label>: " at the start of a text or after the end of a sentence (". Tidtabell: 2024")
# (or after a separator dot or bar: 'Ansvarig: X · Samarbetspart: Y · Tidsplan: 2026')
# (a label may ask the question its field answers: 'Hur mäts det?: Antal deltagare'; its
# '?:' marks it as a label even where two short field lines ran together into one
# paragraph, 'År: 2025–2028 Hur mäts det?: Andel ...', with no full stop between; the
# question starts at its capital and goes on in lower case, so that a value in words before
# it, 'År: Fortlöpande Hur mäts det?: ...', stays the value of the field before)
# (a question needs no colon: 'Vad gör vi? Vi ordnar ...', 'Vem ansvarar? X.', 'När? 2025.'
# are run-in labels, asked of each action as a table's question headers are; its question
# mark ends the label, and only a question whose words name a role is read so; a label cut
# short with a full stop, 'Ansv.: KS.', abbreviated_headers)
# (after a semicolon the next field's label may go on in lower case, one word: 'Verkställs
# av: stadskansliet; tidpunkt: våren 2026.' -- a semicolon joins the fields of one line as a
# full stop does, and the sentence it continues does not restart with a capital)
_LABEL_RE = re.compile(r"(?:^|(?<=[.;·|])\s+|\s+(?=[A-ZÅÄÖ][a-zåäö]*(?:\s+[a-zåäö][\wåäö/-]*){0,8}\?:)"
                       # (after a figure, '1–3 Vad vi vill uppnå: …': a number runs into no
                       # capitalised word of its sentence, the label after it opens a field --
                       # the lookbehind is one digit, whatever the value held before it)
                       r"|(?<=\d)\s+(?=[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){0,4}:\s))"
                       rf"({ACRONYM_KEY}?[A-ZÅÄÖ][\wåäöÅÄÖ/ ()-]{{1,60}}?[?.]?|(?<=;\s)[a-zåäö]{{3,20}})"
                       r"(?::|(?<=\?))(?=\s|$)")
# a goal's number or code alone ('3', 'A1', '2.1'), closed by the sentence's full stop
_GOAL_REF_RE = re.compile(r"^(?:[A-ZÅÄÖ]{1,2}\s?)?\d{1,2}(?:\.\d{1,2})*[.;]?$")
# a field of a kind the model has no place for ('Nr', 'Status'), kept in a record only to
# say that the record had it
_OTHER = "other"
# the labels of a letter's or an e-mail's head ('Från:', 'Till:', 'Kopia:', 'Ämne:')
_MAIL_HEADER_LABELS = frozenset({"från", "till", "kopia", "kopior", "cc", "ämne", "mottagare", "avsändare"})
_ROLES = ("measure", "indicator", "responsible", "actors", "partners", "schedule", "goal")
# an area labelled with its number in a form's row ('Insatsområde 1', 'Tema 2', 'Fokusområde
# C'; the label words: label_vocab.THEME_NUMBERED): the theme of the form's goal and actions
_THEME = "theme"
_AREA_LABEL_RE = re.compile(rf"^(?P<word>{alt(THEME_NUMBERED, forms=False)})\s+(?:\d{{1,2}}|[A-ZÅÄÖ])\.?$", re.I)
# a label of any other field after the end of a sentence ('. Status: Ny', '. Resurser /
# kostnad €: 1 500'): a few words (a slash, a currency or percent sign among them), a colon
# (a word may be two joined by a slash: '. Ny/Fortsätter: Ny')
# ... or a period's column printed as a field ('. 2025 V: ■', '. 2026: x': a Gantt-like
# plan's half-year or year marked for the action), no part of the field before it
_OTHER_LABEL_RE = re.compile(rf"(?<=[.;·|])\s+(?:{ACRONYM_KEY}?[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:/[\wåäöÅÄÖ-]+)?"
                             rf"(?:\s+(?:[\wåäöÅÄÖ-]+|/|€|%)){{0,3}}{UNIT_IN_BRACKETS}?"
                             rf"|(?:19|20)\d\d(?:\s+[A-ZÅÄÖ]{{1,2}})?):(?=\s|$)")


# a party's field opening a line: an organisation's name, a colon and a short value up to
# the field's full stop ('Staden: A/R.')
_PARTY_FIELD_RE = re.compile(r"^(?P<label>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+)?):\s+"
                             r"(?P<value>[^.;:]{1,40}?)\s*[.;](?=\s|$)")


def marks_plan_status(value: str) -> bool:
    """A status value of a plan's own Status column: new, under way or ended ('Ny.',
    'Pågår.', 'Avslutad.'), kept as that column (`ended_rows` reads it, and
    `headers.is_evaluation_table` tells a plan's column from a report's)."""
    v = value.rstrip(".;").strip()
    # (or adopted beside proposed, 'Antagen' / 'Förslag – avgörs i budgeten': `proposal_rows`;
    # or struck out in a revision, 'Struken – för få deltagare': `ended_rows.without_struck_rows`)
    return marks_new_action(v) or is_status_phrase(v) or marks_adoption(v) or is_struck_status(v)


# the parts of a short field label: a capitalised word, up to two words more, and a unit
# in brackets ('Budget (€)', 'Kostnad (euro/år)')
_LABEL_WORD = r"[A-ZÅÄÖ][\w-]*"
# ... or a year alone: a year grid's column printed as a card's field ('Nr: 1.1' / '2025: x'
# / '2026: pilot', a line each, which a line joining runs together as 'Nr: 1.1 2025: x 2026:
# pilot'); each year is a field of its own and the number keeps its value alone
_FIELD_LABEL_WORD = rf"(?:{_LABEL_WORD}|{YEAR}(?=:))"
_LABEL_WORDS = rf"{_LABEL_WORD}(?:\s+[\w-]+){{0,2}}"
_LABEL_UNIT = r"\s+\([^()]{1,12}\)"

# a field's label with its unit in brackets, 'Budget (€):', 'Kostnad (euro/år):'
_UNREAD_LABEL_RE = re.compile(rf"^{_LABEL_WORDS}{_LABEL_UNIT}:")


# a line of one field: a short label (perhaps with its unit in brackets), a colon and a value
_LINE_FIELD_RE = re.compile(rf"^(?:{_LABEL_WORDS}|{YEAR})(?:{_LABEL_UNIT})?:\s+\S")


# where the next of such fields starts: a line break, or a space before a capitalised word
# (perhaps with its unit in brackets) and a colon ('… 120 000 Status: Ny')
_FIELD_START_RE = re.compile(rf"\n|\s(?={_FIELD_LABEL_WORD}(?:{_LABEL_UNIT})?:\s)")


# where the next field starts on a line of fields closed by full stops ('Insatsområde: Arbete.
# Utgångsläge 2023: 54 %. Status: röd.'): after the stop, a label of up to three words (a year
# among them, 'Utgångsläge 2023', perhaps a unit in brackets) and its colon
_STOPPED_FIELD_START_RE = re.compile(rf"(?<=[.;])\s+(?={_LABEL_WORDS}(?:{_LABEL_UNIT})?:\s)")


def _field_lines(text: str) -> list[str]:
    """The fields of a paragraph of fields run together: split after each field's full stop
    where every part is a field ('… språk. Utgångsläge 2023: 62 %. Läge 2025: 71 %.' -- a year
    closing a label is the label's, no field of its own), else at each line break or label
    (`_FIELD_START_RE`: 'Kod: A1 Budget (€): 120 000 Status: Ny')."""
    stopped = [x.strip() for x in _STOPPED_FIELD_START_RE.split(text) if x.strip()]
    if len(stopped) > 1 and all(_LINE_FIELD_RE.match(x) for x in stopped):
        return stopped
    return [x.strip() for x in _FIELD_START_RE.split(text) if x.strip()]


def _code_head(value: str) -> str:
    """'A1. Budget (€): 120 000.' -> 'A1': a code whose full stop ends it before a label the
    field reading passes over (one with its unit in brackets); else `value` unchanged."""
    head, _, rest = value.partition(". ")
    return head if rest and _GOAL_REF_RE.match(head) and _UNREAD_LABEL_RE.match(rest) else value


# a group's code alone, in a number field: 'Nr: E.' -- the code of a group row of an action
# table ('E' over 'E1', 'E2'), printed as a record (`action_title_rows`; sixty-eighth blind set)
_GROUP_CODE_RE = re.compile(r"^(?:[A-ZÅÄÖ]|[IVX]{1,4})[.;]?$")


def _inline_codes(text: str) -> list[tuple[str, str]]:
    """(label, value) of each field of a kind the model has no place for whose value is a
    number or code alone, inside a line of fields ('Mål: M1. Ansvarig: AMS. Kod: Å1.1.' ->
    [('Kod', 'Å1.1')]): the card's code, by which other tables may refer to it. Its value runs
    to the next label and loses the full stop that ends the field. So is a field whose label
    names a party ('Kommunen: Integrationsbyrån. Välfärdsområdet: Socialarbetet.', a joint
    action's unit of each organisation): the card printed as a line of the table whose party
    columns name who answers for the action (`organisation_columns`), read as that table is.
    Other such fields ('Status: Pågår.') say nothing another table refers to and are passed
    over, as before."""
    text = squash(text)
    starts = sorted({m.start(1) for m in _LABEL_RE.finditer(text) if _match_role(m)}
                    | {o.start() for o in _OTHER_LABEL_RE.finditer(text)})
    out = []
    if (lead := _PARTY_FIELD_RE.match(text)) and party_field(lead.group("label"), lead.group("value")):
        # the line opens with a party's field ('Staden: A/R. Välfärdsområdet: C. Tidpunkt: …')
        out.append((lead.group("label"), lead.group("value")))
    for o in _OTHER_LABEL_RE.finditer(text):
        label = o.group(0).strip().rstrip(":").strip()
        if _label_role(label):
            continue
        end = min([st for st in starts if st > o.start()] + [len(text)])
        value = text[o.end():end].strip().rstrip("·|").strip()
        value = _code_head(value)
        if _GOAL_REF_RE.match(value) or theme_column([label]) is not None \
                or party_field(label, value.rstrip(".;").strip()) \
                or (label.lower() in NUMBER_WORDS and _GROUP_CODE_RE.match(value)) \
                or is_lone_mark(value) or (is_status_label(label) and marks_plan_status(value)) \
                or PARTY_MARK_RE.match(value.rstrip(".;").strip()):
            # (also the area the card belongs to, 'Målområde: Språk.': its goal's theme, as
            # on a line of its own; and a mark alone, 'A: ●.', 'E: ○.': a matrix's column
            # printed on the card -- the goal the action serves, `goal_mark_columns`; and a
            # party's matrix letter, 'Kultur och fritid: S.': its column of the matrix, `matrix`)
            out.append((label, value.rstrip(".;").strip()))
    return out


def _opens_with_party_field(text: str) -> bool:
    """A line of fields that opens with a party's field marked as a matrix marks it ('Staden:
    A/R.'), a field of who or when after it: a card of a responsibility matrix (a RACI
    matrix's letters) printed as a line, `matrix`."""
    m = _PARTY_FIELD_RE.match(text)
    # (its value a matrix's mark, 'A/R', 'C', 'x': a field naming a unit, 'Enhet:
    # Servicepunkten.', is a card's other field, read as before)
    return bool(m) and names_party(m.group("label")) and bool(PARTY_MARK_RE.match(m.group("value"))) \
        and any(_match_role(x) in _ITEM_FIELD_ROLES for x in _LABEL_RE.finditer(text, m.end()))


# 'Övriga åtgärder:' / 'Andra åtgärder:' / 'Ytterligare åtgärder:' after a boxed action's
# fields: the actions besides that one (a list's label, or a sentence run into it), no field
# of its record -- the record's own action is the one the box printed
_OTHER_ACTIONS_LABEL_RE = re.compile(r"^\W*(?:övriga|andra|ytterligare)\s+åtgärder\W*$", re.I)


# a finite verb closing the text before the colon ('Viktiga samarbetsparter är:'): the
# subject and verb of a sentence the list under it completes, no field's label (a label is a
# noun phrase: 'Samarbetsparter:')
# ... or the pronoun pointing forward closing a sentence ('Bostadsbolaget ansvarar för
# följande:', 'Nämnden svarar för nedanstående:'): the list under it is what the sentence
# speaks of -- the subject's own tasks, its actions -- no value of a field its verb would name
_CLOSING_VERB_RE = re.compile(r"\s(?:är|var|blir|blev|finns|fanns|ovat|on"
                              r"|(?:för|om|till|med)\s+(?:följande|nedanstående))\s*$", re.I)


def _label_role(label: str) -> str | None:
    if _OTHER_ACTIONS_LABEL_RE.match(label):
        return None
    if _CLOSING_VERB_RE.search(label):
        return None
    if label.strip().casefold() == "med":
        # 'Med: X, Y' beside 'Ansvar: Z' on a field line: those the doer works with, as
        # 'Medverkar:' or 'Med i arbetet:' names them (a label with its colon only)
        return "partners"
    role = label_role(label) or _question_label_role(label)
    return role if role in _ROLES else None


def _match_role(m: re.Match) -> str | None:
    """The role of a label matched by _LABEL_RE: a question with no colon after it names a
    role only when asked as one ('Vad gör vi?', not 'Hur gick det?') and answered on its line."""
    if m.group(1)[:1].islower():
        # '; tidpunkt: 2026': a field of who or when closing the line, no more (a lower-case
        # word before a colon inside a value, '...; mål: ...', labels no goal)
        role = _label_role(m.group(1))
        return role if role in _ITEM_FIELD_ROLES else None
    if m.group(0).rstrip().endswith(":"):
        # ('Så följer vi upp:', a phrase labelling the indicator, only so with its colon)
        return _label_role(m.group(1)) or (
            "indicator" if follow_up_label(m.group(1)) and m.string[m.end():].strip() else None)
    if not m.string[m.end():].strip():
        # a question alone ('Vem gjorde programmet?') is a heading asking it, answered by
        # the text under it: a run-in label has its answer on its own line
        return None
    role = _question_label_role(m.group(1))
    return role if role in _ROLES else None


# a label that opens with a question word ('Vad görs', 'Vem ansvarar', 'När', 'Hur följs det
# upp'), the words after it in lower case
# ('Med vem', 'Tillsammans med vilka': with whom, the partners)
_QUESTION_LABEL_RE = re.compile(r"^(?:Vad|Vem|Vilka|Vilken|När|Hur|(?:I samarbete |I samverkan |Tillsammans )?[Mm]ed (?:vem|vilka))"
                                r"(?:\s+[a-zåäö]+)*$")


def _question_label_role(label: str) -> str | None:
    """The role a short question asks for ('Vad gör vi?' measure, 'Vem ansvarar?'
    responsible, 'När?' schedule), read as a whole as a column's question header is: its
    words are no structure words one by one, so label_role passes it by."""
    label = label.strip()
    if len(label.split()) > QUESTION_WORDS:
        return None
    if not label.endswith("?"):
        # the question asked with the field's colon for its mark ('Vad görs: X', 'Vem
        # ansvarar: Y', 'Hur följs det upp: Z'; the caller has seen the colon): a card's
        # labels asked as the table's question headers are, read as that question
        if not _QUESTION_LABEL_RE.match(label):
            return None
        label += "?"
    role = header_role(label)
    # 'Hur?' with no verb of doing is read as the measure column beside 'Vem?' and 'När?',
    # but a question of prose ('Hur gick det?') is no label of what is done
    if role == "measure" and not DOING_RE.search(label.lower()):
        return None
    return role


def _asked(label: str) -> str:
    """The label as the record's column header: a question asked with the field's colon for
    its mark ('Vad gör vi', 'Hur följs det upp') gets its question mark back, so that the
    table the records become reads its column as the question's (`headers.header_role` reads
    a question of more than two words by its mark)."""
    label = label.strip()
    if label.endswith("?") or label_role(label) or not _QUESTION_LABEL_RE.match(label):
        return label
    return label + "?"


# a field's value opening with a dash item's marker and its text
_DASH_ITEM_VALUE_RE = re.compile(r"^[–—-]\s+(?=[^\W\d_])")


# a sentence after a who field's full stop opening with the word of a time label but no colon
# ('Ansvarar: X. Tidtabell anges i skolornas läsårsplaner.'): a note on when, no field of its own
_SENTENCE_OPENING_RE = re.compile(r"\.\s+([A-ZÅÄÖ][^\W\d_]+)\b(?!\s*:)")


def _names_only(value: str) -> bool:
    """A who field's text that is only actors' names ('bildningssektorn och X i Y'), no
    clause of its own."""
    names = split_names(value)
    return bool(names) and not reads_as_clause(value) and all(names_actor(n) for n in names)


def _without_time_note(value: str) -> str:
    """A who field's value without a sentence after it that speaks of when ('X. Tidtabell
    anges i skolornas läsårsplaner.' -> 'X'): a name holds no sentence, and the note names
    no time to read (a pointer to other plans)."""
    for m in _SENTENCE_OPENING_RE.finditer(value):
        if _label_role(m.group(1)) == "schedule":
            return value[:m.start()]
        if reads_as_clause(value[m.start() + 1:]) and _names_only(value[:m.start()]):
            # 'Ansvar: X. Kustens yrkesinstitut deltar i planeringen.': after the names, a
            # sentence with a finite verb says something more about the action, no name (a
            # field written in sentences, 'Ansvar: Kursen ordnas av X. Y sköts av Z.', stays)
            return value[:m.start()]
    return value


def fields(text: str) -> list[tuple[str, str, str]] | None:
    """[(role, label, value)] of a text made only of labelled fields, else None."""
    if ":" not in text and "?" not in text:  # every label ends in a colon or asks a question
        return None
    text = squash(text)
    # the text must open with a field's label; most texts (sentences, list items) do not,
    # and are told by this one match at the start, not by a search of the whole text
    first = _LABEL_RE.match(text)
    if (first is None or not _match_role(first)) and not _opens_with_party_field(text):
        return None
    spans = [m for m in _LABEL_RE.finditer(text) if _match_role(m)]
    if not spans:
        return None
    out = []
    others = [o.start() for o in _OTHER_LABEL_RE.finditer(text)]
    for k, m in enumerate(spans):
        end = spans[k + 1].start() if k + 1 < len(spans) else len(text)
        # a field the model has no place for ends the value before it and is passed over
        end = min([o for o in others if m.end() <= o < end] + [end])
        value = text[m.end():end].strip()
        role = _match_role(m)
        value = value.rstrip("·|").strip()
        # 'Indikator: – antal deltagare …': a cell's list of one dash item printed after its
        # label -- the dash marks the item (a dash alone is the empty field, kept)
        value = _DASH_ITEM_VALUE_RE.sub("", value)
        if role in _ITEM_FIELD_ROLES and role != "schedule" and (barred := _BAR_TIME_RE.match(value)) \
                and time_only(barred.group("time")) and not any(r == "schedule" for r, _, _ in out):
            # 'Ansvar: X | 2025' (a slide's or a line's fields set apart by bars, the time
            # last and unlabelled: 'Y | Ansvar: X | Med: Z | hösten 2025'): the part after the
            # bar says when, a field of its own
            out.append((role, _asked(m.group(1)), barred.group("value")))
            out.append(("schedule", "", barred.group("time").rstrip(".").strip()))
            continue
        if role in _ITEM_FIELD_ROLES and role != "schedule":
            value = _without_time_note(value)
        if role in _ITEM_FIELD_ROLES or (role == "goal" and _GOAL_REF_RE.match(value)):
            # a goal field holding only a goal's number or code ('Mål: A1. Ansvarig: ...')
            # refers to it: the full stop ends the field, it is no part of the code
            value = value.rstrip(".;").strip()
        out.append((role, _asked(m.group(1)), value))
    if out and out[-1][0] in _ITEM_FIELD_ROLES and out[-1][0] != "schedule" \
            and not any(role == "schedule" for role, _, _ in out) and (timed := _closing_time(out[-1][2])):
        # 'Ansvar: Välkomstpunkten. (2024–2027)': the time in a bracket of its own after the
        # last field's full stop closes the item as a field of when (no label needed)
        out[-1] = (out[-1][0], out[-1][1], timed[0])
        out.append(("schedule", "", timed[1]))
    return out


# a bracket of its own closing a field's value after its full stop: '… . (hösten 2024)'
_CLOSING_BRACKET_RE = re.compile(r"^(?P<value>.*?\S)\s*[.;]\s*\((?P<time>[^()]{2,40})\)\s*\.?$")


# a field's value, a bar (or a middle dot) and what follows the last of them
_BAR_TIME_RE = re.compile(r"^(?P<value>.*?\S)\s+[|·]\s+(?P<time>[^|·]+)$")


def _closing_time(value: str) -> tuple[str, str] | None:
    """(value, time) when `value` ends in a bracket after its full stop that names a year
    ('2024–2027', 'från 2024', 'sommaren 2025'), else None."""
    m = _CLOSING_BRACKET_RE.match(value)
    if not m or len(m.group("time").split()) > 4:
        return None
    _, start, _ = parse_schedule(m.group("time"))
    return (m.group("value"), m.group("time").strip()) if start is not None else None


# fields that can close a list item: who carries the action out and when
_ITEM_FIELD_ROLES = ("responsible", "actors", "partners", "schedule")


def trailing_fields(text: str) -> tuple[str, list[tuple[str, str, str]]] | None:
    """(text, fields) of a list item that ends in labelled fields after its sentence
    ('1.1 Webbsidorna översätts. Ansvar: kansliet. Tidtabell: 2022.'), else None: the
    fields are the item's, as 'Ansvar:' paragraphs under an action are, and no part of
    its text. Only when everything after the first label is fields of who and when (a
    sentence that goes on after a colon is text)."""
    text = squash(text)
    run_on = _fields_line_run_on(text)
    if run_on is not None:
        return run_on
    for m in _LABEL_RE.finditer(text):
        if m.start() == 0 or not _match_role(m):
            continue
        return _with_responsible_sentence(_item_fields(text[:m.start()], text[m.start():]))
    # '• Hälsoinformation på arabiska (välfärdsområdet) Tidtabell: 2026–2029.': the parenthesis
    # naming who does it closed the item's sentence, and the field after it needs no full stop
    # (a record's field line run onto its item's last line)
    m = _FIELD_AFTER_PARENTHESIS_RE.search(text)
    return _item_fields(text[:m.start()], text[m.start():]) if m else None


def _with_responsible_sentence(found: tuple[str, list[tuple[str, str, str]]] | None
                               ) -> tuple[str, list[tuple[str, str, str]]] | None:
    """'2.1 X ordnas. … Ansvaret ligger hos Y i samarbete med Z. Tidtabell: 2026.': the
    sentence right before the labelled fields that says in so many words who answers for
    the action (`lead_phrase.responsible_said`) is the item's field of who, as 'Ansvar: Y i
    samarbete med Z.' would be -- only where the fields name no doer of their own and the
    text keeps a sentence before it."""
    if found is None:
        return None
    head, fs = found
    if any(role in ("responsible", "actors") for role, _, _ in fs):
        return found
    sents = sentences(head)
    if len(sents) < 2 or (who := responsible_said(sents[-1])) is None:
        return found
    cut = head.rstrip().rfind(sents[-1].strip())
    if cut <= 0:
        return found
    return head[:cut].rstrip(), [("responsible", "Ansvar", who), *fs]


def closing_fields(tail: str) -> list[tuple[str, str, str]] | None:
    """The fields of a line of who and when fields ('Ansvar: X. Tidtabell: 2026.') by the
    rule that reads them after an item's sentence (`trailing_fields`), else None: what a
    pass hands on with the item (`Element.fields`) when the layout printed them apart."""
    found = _item_fields("-", tail)
    return found[1] if found else None


def item_fields(text: str, el: Element) -> tuple[str, list[tuple[str, str, str]]] | None:
    """(text, fields) of a list item: the fields printed after its sentence
    (`trailing_fields`) and those the element carries from lines printed apart from it
    (`Element.fields`), else None. The text is the item's own, squashed as
    `trailing_fields` gives it."""
    printed = trailing_fields(text)
    if not el.fields:
        return printed
    head, fs = printed if printed is not None else (squash(text), [])
    return head, [*fs, *el.fields]


def names_own_fields(el: Element, text: str | None = None) -> bool:
    """The item gives its own fields of who and when: after its sentence, or carried with it
    (`item_fields`); `text` is the item's text where the caller cut a marker off it."""
    return bool(el.fields) or trailing_fields(el.text if text is None else text) is not None


# a capitalised label of a few words and its colon inside a text, after a word (no full stop)
_RUN_ON_LABEL_RE = re.compile(r"(?<=[\wåäöÅÄÖ])\s+(?=([A-ZÅÄÖ][\wåäöÅÄÖ/ -]{1,40}):\s)")
# a line of fields run onto the item's text holds at least so many fields
_RUN_ON_FIELDS = 2


def _fields_line_run_on(text: str) -> tuple[str, list[tuple[str, str, str]]] | None:
    """'Avgiftsfri grundkurs i svenska Ansvarig: ÅMS. Samverkan: X. Tidsram: 2025–2028.': a
    list item whose action stands on its first line, without a full stop, and its fields of
    who and when on a second line of the same item (the item's lines read as one text). The
    fields start at a label of who or when after a word, when everything from it on is such
    fields, at least `_RUN_ON_FIELDS` of them (one label inside a text may be a sentence's
    colon); else None."""
    for m in _RUN_ON_LABEL_RE.finditer(text):
        if _label_role(m.group(1)) not in _ITEM_FIELD_ROLES:
            continue
        found = _item_fields(text[:m.start()], text[m.end():])
        if found is not None and len(found[1]) >= _RUN_ON_FIELDS:
            return found
    return None


# a field label right after a closing parenthesis, with no full stop between
_FIELD_AFTER_PARENTHESIS_RE = re.compile(r"(?<=\))\s+(?=[A-ZÅÄÖ][\wåäöÅÄÖ/ -]{1,40}:\s)")


# a goal field among an item's closing fields names the goal by a short name or code ('Mål:
# Språk.', 'Mål: K1.'): a few words, no sentence of its own
_GOAL_NAME_MAX_WORDS = 3


def _goal_name_field(role: str, value: str) -> bool:
    return role == "goal" and 0 < len(value.split()) <= _GOAL_NAME_MAX_WORDS and "." not in value.rstrip(".")


# a bar or a middle dot closing the action's text before its fields
_BAR_END_RE = re.compile(r"\s*[|·]\s*$")


def _item_fields(head: str, tail: str) -> tuple[str, list[tuple[str, str, str]]] | None:
    """(head, fields of tail) when everything in `tail` is a field of who and when -- or a
    goal field naming the goal the item serves by a short name ('Kvällskurser ordnas. Mål:
    Språk. Ansvar: X. Tidtabell: 2026.'; an action list under goals named by theme refers to
    its goal so), beside at least one field of who and when."""
    # ('X | Ansvar: Y | 2025': the bar that set the fields off the action is no part of it)
    head, fs = _BAR_END_RE.sub("", head.rstrip()), fields(tail.lstrip())
    if not head or not fs:
        return None
    fs = [(role, label, value.rstrip(".;").strip() if _goal_name_field(role, value) else value)
          for role, label, value in fs]
    if any(not (role in _ITEM_FIELD_ROLES or _goal_name_field(role, value)) or not value for role, _, value in fs) \
            or not any(role in _ITEM_FIELD_ROLES for role, _, _ in fs):
        return None
    return head, fs


# a dash closing the text: the one that led into the fields ('... två sektorer – Ansvar: X'),
# where a line break put the fields on a line of their own
_LEAD_DASH_RE = re.compile(r"\s+[–—-]\s*$")


def _without_lead_dash(text: str) -> str:
    """An action's text without the dash that introduced its fields: the fields are read
    apart, the dash is no part of what is done."""
    return _LEAD_DASH_RE.sub("", text)


def _responsible_closing_action(record: dict) -> None:
    """'2.1 X ordnas. … Ansvaret ligger hos Y.' over its field line 'Tidtabell: 2026.': the
    action's closing sentence that names who answers for it is the record's field of who, as
    it is when the fields run on in the item (`_with_responsible_sentence`)."""
    if "measure" not in record or "responsible" in record or "actors" in record:
        return
    label, text = record["measure"]
    found = _with_responsible_sentence((squash(text), []))
    if found is not None and found[1]:
        record["measure"] = (label, found[0])
        record["responsible"] = ("Ansvar", found[1][0][2])


def _time_after_doer(record: dict) -> None:
    """'Ansvar: småbarnspedagogiken, från 2027' in a record with no field of its own for
    when: the time after the last comma is the record's schedule, not a second actor (as a
    dash tail '– X, 2026' or a parenthesis '(X, 2026)' gives who, then when)."""
    if "responsible" not in record or "schedule" in record:
        return
    label, value = record["responsible"]
    # ('Vem och när: X, hösten 2025 (med Y).': the partners in the bracket after the time)
    who, partners, when = who_when_cell(value)
    if when:
        record["responsible"] = (label, who)
        record["schedule"] = ("Tidtabell", when)  # the column the table of records heads it by
        if partners and "partners" not in record:
            record["partners"] = ("Samarbetspartner", partners)


def _is_action(el: Element) -> bool:
    """A numbered action ('1.1 ...'): the measure of the fields printed under it."""
    m = NUMBERED_RE.match(el.text if not BULLET_RE.match(el.text) else BULLET_RE.sub("", el.text, count=1))
    return el.kind in ("bullet", "para") and bool(m) and "." in m.group(1).rstrip(".")


def _action_run(elements: list[Element], j: int) -> int:
    """End of a run of numbered action paragraphs at j with fields printed under it (the
    fields are the run's, as a table row's cells are every action of its measure cell), or
    j when none starts there. '• 4.3 ...' with a bullet glyph is an item of a list value."""
    k = j
    # an action that gives its own fields ('5.1 ... . Ansvarig: X. Tidtabell: 2024.') shares
    # none printed under the next one: the run ends before it (where a line break put the
    # fields of one action on their own line and not another's, the fields under the run
    # are the last action's only)
    while k < len(elements) and _is_action(elements[k]) and not BULLET_RE.match(elements[k].text) \
            and not names_own_fields(elements[k]):
        k += 1
    if k == j and k + 1 < len(elements) and _is_series_action(elements[k], elements[k + 1]):
        return k + 1
    if k == j and k + 2 < len(elements) and elements[k + 1].kind == "para" and _field_of(elements[k + 1]) is None \
            and any_label(elements[k + 1].text) and not _is_action(elements[k + 1]) \
            and _is_series_action(elements[k], elements[k + 2]):
        # '12. Läxhjälp …' over 'Målgrupp: elever …' and then 'Ansvar: …': a first field of a
        # kind the model has no place for (whom the action is for) opens the card as the
        # action's own fields do; the run passes it over (`_read_run`)
        return k + 1
    referring = k == j + 1 and _refers_by_code(elements, j)
    at = k
    while k > j and at < len(elements) and at - k < 2 and elements[at].kind == "para" \
            and _field_of(elements[at]) is None and _other_field(elements[at]) \
            and (referring or _action_state(elements[at].text)):
        # 'Budget: 45 000 €. Status: Planeras.' between the action and its 'Mätare: …' line:
        # what the action costs or how far it has come, fields of the action's own the model
        # has no place for -- inside its card, as in a run (`_read_run`); and under a row
        # titled by the code of the action it refers to ('1.1 B1'), any field of no role
        # ('Målgrupp: …'): the reference table's other cells
        at += 1
    if k == j or at >= len(elements) or _field_of(elements[at]) is None:
        return j
    fs = _field_of(elements[at])
    if fs and fs[0][0] == "indicator" and all(_names_own_doer(e.text, e) for e in elements[j:k]):
        # actions that each say who does them ('6.1 ... – kommunkansliet, 2026'), then
        # 'Indikatorer: ...': the follow-up of the section's goal, which may name one action
        # ('för åtgärd 6.1'), not a field the actions share (as under a bullet list)
        return j
    return k


_SERIES_NUMBER_RE = re.compile(r"^\d{1,3}\.\s+\S")
# who, when, or the goal it serves: the fields that make a numbered paragraph an action
_ACTION_FIELD_ROLES = (*_ITEM_FIELD_ROLES, "goal")


def _is_series_action(el: Element, nxt: Element) -> bool:
    """An action numbered in one series through the programme ('12. Läxhjälp ...', a
    measure table's 'Nr' column) with its fields right under it, the first naming who does
    it, when, or the goal it serves ('Mål nr: 3. Ansvarig: ...'), or what it costs ('Kostnad
    € / år: 1 500', a summary of the actions and their costs). A numbered goal followed by
    its indicator ('2. Fler startar företag' / 'Mätare: ...') is no action."""
    if el.kind not in ("para", "bullet") or not _SERIES_NUMBER_RE.match(el.text):
        return False
    fs = _field_of(nxt)
    if fs is None:
        return _amount_label(nxt.text)
    return fs[0][0] in _ACTION_FIELD_ROLES


# a heading action's description: at most this many paragraphs between it and its fields
# (a chapter heading over a page of prose and then someone's fields is no action of theirs)
MAX_DESCRIPTION = 2


def _heading_action(elements: list[Element], j: int) -> int:
    """Index of the fields of a numbered action printed as a heading ('4.1.1 Företagsrådgivning
    på flera språk'), after at most two paragraphs describing it, or j when none is there.
    A decimal outline makes its measures the deepest numbered headings: each heading names
    the action, a paragraph tells what it is, and a line of fields ('Ansvar: X | Tid: Z |
    Mätare: W') says who does it, when and how it is followed up. The description is no part
    of the measure's text (the heading is its name), as a card's free text is not. The first
    field must name who or when: a heading over a paragraph and an 'Uppföljning:' or 'Mål:'
    line is a chapter with prose, not an action."""
    el = elements[j]
    if el.kind != "heading":
        return j
    if not _is_numbered_action(el.text) and not opens_with_action_label(el.text):
        card = _titled_card(elements, j)
        if card == j:
            card = _goal_numbered_card(elements, j)
        return card if card != j else _described_card(elements, j)
    k = j + 1
    while k < len(elements) and k - j - 1 < MAX_DESCRIPTION and elements[k].kind == "para" \
            and (_explains_action(elements[k].text)
                 or _field_of(elements[k]) is None and not _other_field(elements[k])
                 and not parent_number(el, elements[k]) and not labelled_item(elements[k].text)
                 and not names_own_fields(elements[k])):
        # (a paragraph numbered one level under the heading, '3.1.1 …' under '3.1 …', is no
        # description: an item of its own, the heading the parent of the items under it; nor
        # one opened by an item's label and number, 'Mål 1. …' / 'Åtgärd 1.1. …' under '2.1
        # Arbete': the goal and actions the heading is the theme of, `labelled_item`; nor a
        # sentence giving its own fields after it, 'Kommunen ordnar X. Ansvarig: Y.': an
        # action of the section the heading names, the fields under it the rest of its own
        # that a line break set apart)
        k += 1
    fs = _field_of(elements[k]) if k < len(elements) else None
    if fs and k > j + 1 and _titles_named_cards(elements, k):
        # '4.1 Sysselsättningstjänsterna' / 'Kartläggning …' / 'Delmål: 1.1. Tidpunkt: 2025.' /
        # 'Nätverk …' / 'Delmål: 1.2. …': the paragraph over the fields names the action, and
        # another name and its field line follow -- the heading titles a series of cards (an
        # action plan grouped by the unit that does it), no action of its own
        return j
    return k if fs and (fs[0][0] in _ITEM_FIELD_ROLES or _goal_number_then_doer(fs)) else j


def _titles_named_cards(elements: list[Element], k: int) -> bool:
    """The field line at k closes an action named by the paragraph right above it, and the
    next paragraph names another action over a field line of its own (`_named_paragraph_action`
    reads both): a series of named cards, not one action's description and fields."""
    return _named_paragraph_action(elements, k - 1) == k and k + 2 < len(elements) \
        and _named_paragraph_action(elements, k + 1) == k + 2


# a line telling why or how the action under its heading is done ('Varför: …', 'Hur: …';
# 'Miksi: …', 'Miten: …'): the heading names the action, so these are its description, as
# an unlabelled paragraph is -- not its measure, and no field of another kind ending the card
# (a bullet may open it: '• Varför: …' in a card of questions under a numbered heading)
_EXPLAINS_ACTION_RE = re.compile(r"^\W*(?:varför|hur|miksi|miten|kuinka)\s*:\s*\S", re.I)


def _explains_action(text: str) -> bool:
    """'Varför: …' / 'Hur: …' under an action's heading: why and how, its description."""
    return bool(_EXPLAINS_ACTION_RE.match(text or ""))


def opens_with_action_label(text: str) -> bool:
    """A heading opened by an action's label and its number ('Åtgärd 3. Läxhjälp i skolorna',
    'Insats 2: Språkcafé'): it names one action, as a decimal number does ('4.1.1 …')."""
    return _labelled_action_match(text) is not None


def _labelled_action_match(text: str) -> re.Match | None:
    """The match of an action's label and number opening `text` (`opens_with_action_label`), else None."""
    m = _LABELLED_ITEM_RE.match(text or "") or _OUTLINE_LABELLED_RE.match(text or "")
    return m if m and header_role(m.group("label")) == "measure" else None


# an action's label and its decimal outline number with no stop after it, the name after a
# space ('Åtgärd 1.1.1 Svenskkurser för vuxna'): the outline number ends where the name
# begins, as '4.1.1 Företagsrådgivning …' does without its label
_OUTLINE_LABELLED_RE = re.compile(r"^\s*(?P<label>[^\W\d_]{3,})\s+\d{1,2}(?:\.\d{1,2})+\s+(?=[^\W\d_])")


def _without_action_label(text: str) -> str:
    """The heading's text without an action's label before its number ('Åtgärd 3. X' -> '3. X')."""
    return text[m.start("label"):].split(None, 1)[1] if (m := _labelled_action_match(text)) else text


def _goal_number_then_doer(fs: list[tuple[str, str, str]]) -> bool:
    """A field line that first names the goal the action serves by its number alone and then
    who or when ('Mål: 2 | Ansvarig: X | Tidtabell: 2026'): the action's own fields, the goal
    a reference as a table's 'Mål nr' column is (a goal field stating a goal is no action's)."""
    return len(fs) > 1 and fs[0][0] == "goal" and bool(_GOAL_REF_RE.match(fs[0][2])) \
        and fs[1][0] in _ITEM_FIELD_ROLES


def _heading_over_own_fields(elements: list[Element], j: int) -> list[tuple[str, str, str]] | None:
    """The fields of an action printed as the deepest heading of a decimal outline ('5.1.1
    Rekryteringsdagar för vårdbranschen' under '5.1 …') whose one paragraph describes it and
    closes with its fields in the same paragraph ('Staden ordnar två dagar per år. Ansvar: X.
    Tidtabell: T. Mätare: M.'), the next heading right after it; else None. The heading
    names the action, as over a description and a field line of its own (`_heading_action`):
    it is the third level of the outline or deeper and its outline parent stands above it
    (a second-level heading over such a paragraph, '3.2 Utbildade inflyttade får jobb', is
    the goal of the action the paragraph states, `read_headings._states_goal_of_actions`)."""
    el = elements[j]
    if el.kind != "heading" or not _is_numbered_action(el.text) or j + 1 >= len(elements):
        return None
    para = elements[j + 1]
    if para.kind != "para" or NUMBERED_RE.match(para.text) or labelled_item(para.text):
        return None
    if j + 2 < len(elements) and elements[j + 2].kind != "heading":
        return None
    # (the first label of who or when after the description, everything after it fields of
    # who, when and how it is followed up: 'Mätare: …' closing the line is the action's meter)
    text = squash(para.text)
    m = next((m for m in _LABEL_RE.finditer(text) if m.start() > 0 and _match_role(m) in _ITEM_FIELD_ROLES), None)
    fs = fields(text[m.start():].lstrip()) if m else None
    if not fs or not sentences(text[:m.start()]) \
            or any(role not in (*_ITEM_FIELD_ROLES, "indicator") or not value.strip() for role, _, value in fs):
        return None
    number = NUMBERED_RE.match(el.text).group(1).rstrip(".")
    stem = number.rsplit(".", 1)[0]
    if "." not in stem or not any(e.kind == "heading" and (p := NUMBERED_RE.match(e.text))
                                  and p.group(1).rstrip(".") == stem for e in elements[:j]):
        return None
    return fs


# an item's label and its number opening a paragraph ('Mål 1. …', 'Åtgärd 1.1. …', 'Delmål
# 2: …', 'Insats 3 – …'): one or two words, a number (decimal or not), a stop, colon or dash
_LABELLED_ITEM_RE = re.compile(r"^\s*(?P<label>[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)\s+\d{1,2}(?:\.\d{1,2})*\s*[.:–-]\s+\S")


def labelled_item(text: str) -> bool:
    """The paragraph opens with a goal's or an action's label and number ('Mål 1. Fler …',
    'Åtgärd 2.1. Kommunen …'): an item of its own, which names its role, not a description
    of the heading over it. A decimal heading over such paragraphs ('2.1 Arbete och
    näringsliv' / 'Mål 1. …' / 'Åtgärd 1.1. …' / 'Ansvarig: …') is the items' theme, no
    action whose fields the line under them would be."""
    m = _LABELLED_ITEM_RE.match(text or "")
    return bool(m) and header_role(m.group("label")) in ("goal", "measure")


# an action's name printed as a line of its own: a few words and no full stop
_NAME_WORDS = 20


def _named_paragraph_action(elements: list[Element], j: int) -> int:
    """Index of the field line right under an action named by a paragraph of its own, or j.
    A table 'Insats | Vem och när' printed as records gives each action its name on one line
    (no full stop: a name, not a sentence of the text) and one line of who and when under it
    ('Vem och när: Kommunkansliet, från maj 2025.'). The line must say both: one label
    asking both ('Vem och när'), or a field of who and a field of when; a paragraph over a
    lone 'Ansvar: …' line is text that names someone."""
    el = elements[j]
    if el.kind != "para" or j + 1 >= len(elements) or elements[j + 1].kind != "para":
        return j
    text = squash(el.text)
    # (a colon: a labelled line, 'Åtgärd 1.1: …', read by the labels' own readings)
    if not text or text.endswith((".", "?", "!")) or ":" in text or len(text.split()) > _NAME_WORDS \
            or any_label(text) or _other_field(el):
        return j
    fs = _field_of(elements[j + 1])
    if fs is None and _challenge_field(elements[j + 1]):
        # 'Vi ordnar kvällskurser' / 'Utmaningar: Kurserna är fulla.': a table 'Utmaningar |
        # Åtgärder' printed as records, each action's name over the challenge it answers
        # (`headers.is_challenge_header`): the name is the action, the challenge its field
        return j + 1
    if not fs or (fs[0][0] not in ("responsible", "actors") and not _marks_parties(elements[j + 1].text)
                  and not _goal_number_then_doer(fs)):
        # (... or the goal's number first, then who or when: 'Delmål: 1.1. Tidpunkt: 2025.')
        return j
    says_when = "schedule" in header_roles(fs[0][1]) or any(role == "schedule" for role, _, _ in fs[1:])
    # ('Delmål: 3.2. Samarbete: X.': a line opening with the number of the goal the action
    # serves and then who or when, as an action table's row prints its goal column first --
    # the action's own fields, whichever it says, `_goal_number_then_doer`)
    return j + 1 if says_when or _goal_number_then_doer(fs) else j


def _marks_parties(text: str) -> bool:
    """A line of fields naming parties by a matrix's marks ('Mål: Mål 1.1. Status: ny. Staden: s.
    Välfärdsområdet: x. Tid: 2025–2027.'): a responsibility matrix's row printed as a line, who
    takes part said by the marks, whatever field the line opens with."""
    return any(party_field(label, value) and PARTY_MARK_RE.match(value) for label, value in _inline_codes(text))


def _challenge_field(el: Element) -> bool:
    """'Utmaningar: …', 'Behov: …': a paragraph labelled by the challenge or need an action
    answers."""
    label, colon, value = squash(el.text).partition(":")
    return el.kind == "para" and bool(colon) and bool(value.strip()) and is_challenge_header(label)


# a number list with more than one number in it: a range or a list ('1–3', '2 och 4')
_SEVERAL_NUMBERS_RE = re.compile(r"[–—,&-]|\s(?:till|och|samt)\s")


# a box's title that is an action's label and number alone ('NYCKELÅTGÄRD 2', 'Åtgärd 3')
_BOX_TITLE_RE = re.compile(r"^\s*(?P<label>[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)\s+\d{1,2}\s*[.:]?\s*$")


def _box_titled_action(elements: list[Element], j: int) -> int:
    """Index of the first field line under an action printed as the first line of a box
    titled by an action's label and number ('NYCKELÅTGÄRD 2' / 'Språkstigen: en gemensam
    modell …' / 'Ansvarig: X' / 'Samarbete: Y' / 'Tidtabell: Z'), or j. The title names the
    role of what the box holds, so its first line is the action (a name, with a colon in it
    or not) and the field lines under it are its fields, one a line -- a lone who-field is
    enough, where a name over it under any other heading needs who and when
    (`_named_paragraph_action`)."""
    el = elements[j]
    if el.kind != "para" or j == 0 or j + 1 >= len(elements) or elements[j + 1].kind != "para":
        return j
    head = elements[j - 1]
    m = _BOX_TITLE_RE.match(squash(head.text)) if head.kind == "heading" else None
    if m is None or header_role(m.group("label")) != "measure":
        return j
    # (a name run into a description, 'Språkstigen: en gemensam modell …', is the action:
    # the box says what it holds; a line of the action's own fields is not)
    if _field_of(el) is not None or _amount_label(el.text) or squash(el.text).endswith(":"):
        return j
    fs = _field_of(elements[j + 1])
    return j + 1 if fs and fs[0][0] in ("responsible", "actors", "partners", "schedule") else j


# an action's dotted number alone on its line ('2.1', '10.3')
_DOTTED_ALONE_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+$")


def _number_titled_card(elements: list[Element], j: int, records: list) -> int:
    """Index of the field line under a card titled by action numbers only ('1–3' over 'Mål:
    1. Vad vi vill uppnå: …'), or j. A summary table listing each goal's actions by number
    (`goal_action_ranges`) printed with its action column as each card's title: the title
    is the card's action field, as 'Åtgärd: 1–3' is on a card that labels it. The line
    under it holds fields and no action of its own. A lone number ('13') titles a card only
    in a run of such cards already (one card before it titled by a range or a list): alone
    it may be any figure set apart."""
    el = elements[j]
    text = squash(el.text)
    if el.kind != "para" or not is_number_list(text) or j + 1 >= len(elements) \
            or elements[j + 1].kind != "para":
        return j
    # (a dotted action number alone, '2.1', names an action as a range does: a meter table
    # keyed by action numbers printed as records, each titled by its row's number)
    dotted = _DOTTED_ALONE_RE.match(text) is not None
    if not _SEVERAL_NUMBERS_RE.search(text) and not dotted and not any(
            is_number_list(squash(rec.get("measure", ("", ""))[1]))
            and _SEVERAL_NUMBERS_RE.search(rec["measure"][1]) for _, rec in records):
        return j
    at = j + 1
    if dotted:
        # (the row's cells of no role first, 'Källa: kursstatistik.', then its meter: the card
        # goes on over them, as under a code title, `_refers_by_name`)
        at = _past_other_fields(elements, j)
        if at >= len(elements):
            return j
    fs = _field_of(elements[at])
    if not fs or any(role == "measure" for role, _, _ in fs):
        return j
    return j + 1


def _titled_card(elements: list[Element], j: int) -> int:
    """Index of the who/when fields of an action printed as a card titled by an unnumbered
    heading ('Personlig välkomstträff' over 'Syfte: ...', 'Målgrupp: ...', 'Ansvar: X.
    Tidtabell: Y.'), or j when it is none. Only labelled fields stand under the title: at
    least one of a kind the model has no place for (purpose, target group) and then who or
    when -- the title is the action's name, its fields describe it. A heading over prose, or
    over a goal field ('Mål: ...'), or one naming a part of the structure ('Så här når vi
    dit' over 'Jobbsafari: ...'), is a section, as before."""
    if header_role(elements[j].text) is not None:
        # a heading naming a part of the structure ('Så här når vi dit', 'Åtgärder') heads
        # the actions under it: it is none of them
        return j
    k, other = j + 1, False
    while k < len(elements) and k - j - 1 < _MAX_CARD_FIELDS and elements[k].kind == "para":
        fs = _field_of(elements[k])
        if fs is None and _other_field(elements[k]):
            other = True
        elif not (fs and len(fs) == 1 and _purpose_field(fs[0])):
            break
        k += 1
    if not other or k >= len(elements):
        return j
    fs = _field_of(elements[k])
    return k if fs and fs[0][0] in _ITEM_FIELD_ROLES else j


def _goal_numbered_card(elements: list[Element], j: int) -> int:
    """Index of the fields of an action card titled by an unnumbered heading whose first
    field line names the goal it serves by number alone and the next who or when
    ('Språkcafé i biblioteket' / 'Mål: 3.1' / 'Ansvarig: Biblioteket' / 'År: 2026'), else j.
    The fields on lines of their own say what `_goal_number_then_doer` reads on one line: the
    goal a reference, as a table's 'Mål nr' column is, so the heading names the action (a
    heading over 'Mål: <a stated goal>' is a goal's section, as before)."""
    if header_role(elements[j].text) is not None or j + 2 >= len(elements):
        return j
    first, second = elements[j + 1], elements[j + 2]
    if first.kind != "para" or second.kind != "para":
        return j
    fs, nxt = _field_of(first), _field_of(second)
    if not fs or len(fs) != 1 or fs[0][0] != "goal" or not _GOAL_REF_RE.match(fs[0][2]) \
            or not nxt or nxt[0][0] not in _ITEM_FIELD_ROLES:
        return j
    return j + 1


def _described_card(elements: list[Element], j: int) -> int:
    """Index of the field line of an action card in a brochure: an unnumbered heading naming
    the action ('Mentorskap för högutbildade'), one or two paragraphs telling what it is, and
    one line of fields joined by a separator ('Ansvar: X · Partner: Y · Tid: Z · Följs upp
    med: W'); else j. The line must open with who does it and name at least one more of the
    action's fields (partners, when, follow-up): a card states them together, where a chapter
    over prose closing with a lone 'Ansvar: ...' sentence does not. The heading is the
    action's name and the description no part of it, as under a numbered action heading."""
    if header_role(elements[j].text) is not None or elements[j].text.rstrip().endswith((".", ":", "?")):
        return j
    k = j + 1
    while k < len(elements) and k - j - 1 < MAX_DESCRIPTION and elements[k].kind == "para" \
            and _field_of(elements[k]) is None and not _other_field(elements[k]):
        k += 1
    if k == j + 1 or k >= len(elements) or elements[k].kind != "para" or not FIELD_SEP_RE.search(elements[k].text):
        return j
    fs = _field_of(elements[k])
    if not fs or fs[0][0] not in ("responsible", "actors") \
            or not any(role in ("partners", "schedule", "indicator") for role, _, _ in fs[1:]):
        return j
    return k


# a titled card's fields before who and when: purpose, target group and the like
_MAX_CARD_FIELDS = 3


def _purpose_field(field: tuple[str, str, str]) -> bool:
    """'Syfte: Att ...': what an action is for, read as a goal field's role, but on an
    action's card the action's purpose -- no goal of the programme's ('Mål: ...' is)."""
    role, label, _ = field
    return role == "goal" and not re.match(r"(?:\w*mål|målsättning)\b", label.strip(), re.I)


# an action's code alone ('B1', 'Ä2', 'AF3', 'S1.2')
# (or a goal's number and the action's letter, '1a', '2 b': actions lettered on under
# numbered goals, `inline_lists.lettered_reference`)
_CODE_ALONE_RE = re.compile(r"^(?:[A-ZÅÄÖ]{1,3}-?\d{1,2}(?:\.\d{1,2})?|\d{1,2}\s?[a-zåäö])$")


def _numbered_rest(text: str) -> str:
    """A numbered line's text after its number, spacing squashed; '' when it has no number."""
    m = NUMBERED_RE.match(text)
    return squash(text[m.end():]) if m else ""


def _code_title(text: str) -> str | None:
    """The code, or the dash, a numbered record is titled by ('1.1 B1', '1.3 –' over 'Mätare:
    …'), else None: a table keyed by action codes ('Åtgärdskod | Mätare') printed as numbered
    records, the print's number in front of each row's first cell. The cell is the code that
    refers to an action read before (a dash: none), as the table's column holds it -- no
    action of its own, and the number is the print's."""
    rest = _numbered_rest(text)
    return rest if rest and (DASH_ONLY_RE.match(rest) or _CODE_ALONE_RE.match(rest)) else None


def _is_code_titled(el: Element) -> bool:
    # (or titled by an action's dotted number alone, '2.1': the row's key cell as the record's
    # number, `_number_titled_card`)
    return _CODE_ALONE_RE.match(_code_title(el.text) or "") is not None \
        or (el.kind == "para" and _DOTTED_ALONE_RE.match(squash(el.text)) is not None)


def _refers_by_code(elements: list[Element], j: int) -> bool:
    """The numbered line at j titles a row of a table keyed by action codes: titled by a code
    ('1.1 B1'), or by a dash ('1.3 –', no action) among such rows (one of the rows around it,
    three records each way, titled by a code) -- a dash among rows titled otherwise ('7.2
    Mobil rådgivning', '1.2') is left as it was read, but see `_refers_by_name`."""
    title = _code_title(elements[j].text)
    if title is not None and _CODE_ALONE_RE.match(title):
        return True
    return (title is not None and bool(DASH_ONLY_RE.match(title))
            and any(_is_code_titled(e) for e in elements[max(0, j - 9):j + 10])) \
        or _refers_by_name(elements, j)


def _name_title(text: str) -> str | None:
    """The short name a numbered record is titled by ('3.4 Arbetsmarknadsmässa'), else None."""
    rest = _numbered_rest(text)
    return rest if rest and not DASH_ONLY_RE.match(rest) and is_short_name(rest) \
        and not _CODE_ALONE_RE.match(rest) else None


def _past_other_fields(elements: list[Element], j: int) -> int:
    """The index after the numbered line at j and up to three field paragraphs of no role under
    it ('Källa: kursstatistik.'): where a row's role fields start."""
    at = j + 1
    while at < len(elements) and at - j <= 3 and elements[at].kind == "para" \
            and _field_of(elements[at]) is None and _other_field(elements[at]):
        at += 1
    return at


def _refers_by_name(elements: list[Element], j: int) -> bool:
    """The numbered line at j titles a row of a follow-up table whose action column names an
    action short or says '–' (no action), printed as numbered records ('3.4
    Arbetsmarknadsmässa' / 'Insatsområde: … Status: grön. Källa: …' / 'Mätare: …', and '3.2
    –' over another meter): titled by a dash or a short name, with a row of the other kind
    among the rows around it and its own fields ending in a meter. A dash is no action's
    title; the names beside it refer to actions as the dash refers to none (the table reader
    finds the action each names, `short_action_names.meter_column_names`), and the fields
    between are the row's other cells."""
    title = _code_title(elements[j].text)
    dashed = title is not None and bool(DASH_ONLY_RE.match(title))
    if not dashed and _name_title(elements[j].text) is None:
        return False
    near = elements[max(0, j - 9):j + 10]
    other = (lambda e: _name_title(e.text) is not None) if dashed else \
        (lambda e: bool(DASH_ONLY_RE.match(_code_title(e.text) or "")))
    if not any(e is not elements[j] and e.kind in ("bullet", "para") and other(e) for e in near):
        return False
    # its fields: lines of no role, then the meter
    at = _past_other_fields(elements, j)
    fs = _field_of(elements[at]) if at < len(elements) else None
    return at > j + 1 and bool(fs) and fs[0][0] == "indicator"


def _action_state(text: str) -> bool:
    """A line of an action's cost or status ('Budget: 45 000 €/år. Status 1.1.2026: Planeras.'):
    its first field a sum of money (`cost_fields.is_cost_field`) or labelled as a status."""
    first = (sentences(squash(text)) or [""])[0]
    return is_cost_field(first) or is_status_label(first.partition(":")[0].strip())


def _is_numbered_action(text: str) -> bool:
    m = NUMBERED_RE.match(text)
    return bool(m) and "." in m.group(1).rstrip(".")


_LIST_FIELD_ROLES = ("responsible", "actors", "partners", "schedule", "indicator")


def _bullet_run(elements: list[Element], j: int, dash_doers: bool = False) -> int:
    """End of a bullet list at j whose fields follow right under it ('• språkdusch ...',
    '• ...', then 'Ansvariga: ...', 'Tidtabell: ...'), or j when none starts there: the
    list is the record's measures, as the bullets of one measure cell are, and the fields
    are all of theirs. The first field must name who, when or how it is followed up (a
    list followed by 'Åtgärd: ...' or 'Mål: ...' is something else), and the list must not
    be introduced as something else ('... med följande deltagare:'). `dash_doers`: the
    document closes its items with their doer after a dash (`dash_doers.doers_after_dashes`)."""
    before = elements[j - 1] if j > 0 else None
    if before is not None and before.kind == "bullet":
        return j  # not the list's first item
    if before is not None and before.kind == "para" and _field_of(before) is None and _introduces(before.text):
        return j
    if before is not None and before.kind == "para" and names_parts_of_action(squash(before.text)):
        return j  # 'Delåtgärder:' over the list: the steps of the action above, no record's actions
    k = j
    while k < len(elements) and elements[k].kind == "bullet" and _field_of(elements[k]) is None \
            and not _is_action(elements[k]):
        k += 1
    if k == j or k >= len(elements) or all(_names_own_doer(e.text, e) or (dash_doers and _dash_doer(e.text))
                                           for e in elements[j:k]):
        # items that each say who does them ('... (personalenheten, 2026).') are actions
        # with their fields already: a follow-up list under them ('Mätare för ...:') is
        # the section's, not fields they share
        # (... or '… – biblioteket' alone, in a document closing its items with the doer
        # after a dash: the doer in that place, as the list reader reads it, `dash_doers`)
        return j
    if any(names_own_fields(e) for e in elements[j:k - 1]):
        # '1. X. Ansvar: A. Tidtabell: T.', '2. Y. Ansvar: B. …', then '3. Z.' over 'Ansvar: C.':
        # items that give their own fields share none printed under a later one -- a line
        # break put the last item's fields on a line of their own (as in `_action_run`)
        return j
    fs = _field_of(elements[k])
    return k if fs and fs[0][0] in _LIST_FIELD_ROLES else j


def _each_names_own_doer(items: list[Element]) -> bool:
    """Every item ends in its own actors (`_names_own_doer`) -- or half of them at least do, and the rest close
    with a parenthesis in the same place holding units alone or a unit and a time
    ('(småbarnspedagogiken)', '(ungdomsarbetet, 2026)'): the place the list puts its doers,
    whatever the actor reader knows of the name (`parenthesis_doers`)."""
    own = [_names_own_doer(e.text, e) for e in items]
    if all(own):
        return True
    return any(own) and sum(own) * 2 >= len(own) and all(
        o or units_in_actors_place(squash(e.text)) is not None or parenthesis_in_actors_place(squash(e.text)) is not None
        for o, e in zip(own, items))


def _dash_doer(item: str) -> bool:
    """A list item closed by ' – X', X a short name and no time (`dash_doers.dash_doer_tail`)."""
    return dash_doer_tail(BULLET_RE.sub("", item, count=1) if BULLET_RE.match(item) else item) is not None


def _names_own_doer(item: str, el: Element | None = None) -> bool:
    """A list item ending in its own actors: '(X i samarbete med Y, 2026)', '– ansvar: X',
    or fields after its sentence ('Ansvar: X. Tidtabell: 2025.'), or carried with its
    element `el` (`item_fields`)."""
    if el is not None and el.fields:
        return True
    text = BULLET_RE.sub("", item, count=1) if BULLET_RE.match(item) else item
    return trailing_fields(text) is not None or trailing_actors(text) is not None


def _introduces(text: str) -> bool:
    """A paragraph that says what the list under it is: an intro ending in ':' or a short
    label line ('Huvudsakliga målsättningar'), unless it announces actions."""
    text = squash(text)
    intro = text.endswith(":") or (len(text.split()) <= 6 and not text.endswith((".", "!", "?")))
    return intro and header_roles(text.rstrip(":")) != ["measure"] and intro_kind(text) != "measure"


def fold_records(elements: list[Element]) -> list[Element]:
    """The element stream with each run of records replaced by one table element."""
    # the smallest heading style: bold body text, a card's label line ('Status: Ny' in bold)
    label_level = max((e.level for e in elements if e.kind == "heading"), default=0)
    # read once to learn which fields the document's cards carry inside a run (a card
    # followed by another card): a field of another kind after a run's last card is text
    # after the cards (_after_cards), read so the second time
    # headings under a section that said its paragraphs open with their goal name themes:
    # no action headings over the paragraphs and their fields
    goal_led = goal_led_headings(elements)
    # items closing with their doer after a dash ('… – biblioteket') throughout (`dash_doers`)
    dashed = doers_after_dashes([e.text for e in elements if e.kind == "bullet"])
    _, runs = _fold(elements, label_level, None, goal_led, dashed)
    card_roles = {role for run in runs for (_, rec), (_, nxt) in zip(run, run[1:])
                  if "measure" in nxt for role in rec}
    return _fold(elements, label_level, card_roles, goal_led, dashed)[0]


def _fold(elements: list[Element], label_level: int, card_roles: set[str] | None,
          goal_led: set[int] = frozenset(), dash_doers: bool = False):
    out: list[Element] = []
    runs: list = []
    i, n = 0, len(elements)
    while i < n:
        run, j = _read_run(elements, i, label_level, card_roles, goal_led, dash_doers)
        if run:
            runs.append(run)
            out.append(_as_table(run))
            i = j
        else:
            out.append(elements[i])
            i += 1
    return out, runs


def _field_of(el: Element) -> list[tuple[str, str, str]] | None:
    if el.kind not in ("para", "heading", "bullet") or BULLET_RE.match(el.text):
        return None
    return fields(el.text)


def _section_doers(el: Element, fs: list[tuple[str, str, str]] | None) -> bool:
    """A paragraph giving all the actions of its section their doers in sentences
    (`_section_doers_paragraph`): it ends a run of cards. `fs`: its fields as `_field_of`
    read them (which passes a paragraph opening with a bullet's marker by: read here)."""
    if el.kind != "para":
        return False
    if BULLET_RE.match(el.text):
        fs = fields(el.text)
    return bool(fs) and len(fs) == 1 and _section_doers_paragraph(*fs[0])


# a label of two roles joined ('Ansvar och samarbete', 'Ansvar, samarbete')
_TWO_ROLES_LABEL_RE = re.compile(r"\s(?:och|samt)\s|,")


def _section_doers_paragraph(role: str, label: str, value: str) -> bool:
    """'Ansvar och samarbete: Fritidsenheten har huvudansvaret. Folkhälsan är samarbetspart.':
    a paragraph labelled with who does the actions that says so in sentences with a verb
    (`lead_phrase.states_doer_in_prose`) -- under a label of two roles or in two sentences or
    more -- is the closing paragraph of a page or section giving all its actions their doers
    (`Builder._assign_owner`), no field of the card above it."""
    if role not in ("responsible", "actors") or not states_doer_in_prose(value):
        return False
    return bool(_TWO_ROLES_LABEL_RE.search(label)) or len(sentences(value)) >= 2


def _read_run(elements: list[Element], i: int, label_level: int = 0,
              card_roles: set[str] | None = None, goal_led: set[int] = frozenset(), dash_doers: bool = False):
    """Records starting at elements[i]: ([(page, {role: (label, value)})], next index), or
    ([], i) when none starts there. `dash_doers`: the document closes its items with their
    doer after a dash (`dash_doers.doers_after_dashes`)."""
    records: list[tuple[int, dict[str, tuple[str, str]]]] = []
    cur: dict[str, tuple[str, str]] | None = None
    j, n = i, len(elements)
    in_tables = False  # the run's records are label-value tables
    captioned = _captioned(elements, i)  # the run's records are a captioned table's rows
    field_lines: list[int] = []  # the fields of each paragraph of fields read, in order
    while j < n:
        el = elements[j]
        fs = _field_of(el)
        if records and _section_doers(el, fs):
            break
        end = _action_run(elements, j) if fs is None else j
        if end == j and fs is None and not records:
            end = _bullet_run(elements, j, dash_doers)
        fields_at = j
        if end == j and fs is None:
            # an action's title over its fields: a heading, a name over its who/when line, or
            # action numbers titling a card -- the first reading that finds one
            if j not in goal_led:
                fields_at = _heading_action(elements, j)
            if fields_at == j:
                fields_at = _named_paragraph_action(elements, j)
            if fields_at == j:
                fields_at = _number_titled_card(elements, j, records)
            if fields_at == j:
                fields_at = _box_titled_action(elements, j)
        if fields_at == j and fs is None and end == j and (own := _heading_over_own_fields(elements, j)):
            # '5.1.1 Rekryteringsdagar' over its one paragraph closed by its fields: the
            # heading the measure, the paragraph's fields its own, its description passed over
            cur = {"measure": ("Åtgärd", el.text)}
            for role, label, value in own:
                cur.setdefault(role, (label, value))
            records.append((el.page, cur))
            j += 2
            continue
        if fields_at > j:
            # an action heading: its text the measure, its description passed over
            # ('Åtgärd 3. Läxhjälp': the label goes, the number stays the action's, as '3.1 …')
            cur = {"measure": ("Åtgärd", _without_action_label(el.text))}
            records.append((el.page, cur))
            j = fields_at
            continue
        if end > j + 1 and _meter_of_last_action(elements, j, end, records):
            # '5.2 X' / '5.3 Y' / 'Mätare: Z' among actions printed each with its own meter
            # line: Z is 5.3's own, 5.2 a card without fields
            for e in elements[j:end - 1]:
                records.append((e.page, {"measure": ("Åtgärd", _without_lead_dash(e.text))}))
            j = end - 1
            el = elements[j]
        if end > j:
            # numbered actions, or a bullet list, with their fields under them
            title = _without_lead_dash("\n".join(e.text for e in elements[j:end]))
            if end == j + 1:
                # ('3.2 –' among rows titled by short names, `_refers_by_name`: the dash, no
                # action -- not the print's number, which the dash's removal would leave)
                # (... or among rows titled by codes, '1.3 –' near '1.1 B1' or a bare '2.1':
                # `_refers_by_code`; the dash ends the line, so it is read before the dash
                # that introduces an action's fields is cut)
                title = _code_title(title) or (
                    _code_title(el.text) if _refers_by_name(elements, j) or _refers_by_code(elements, j)
                    else None) or title
            cur = {"measure": ("Åtgärd", title)}
            records.append((el.page, cur))
            j = end
            continue
        if fs is None and (group := _number_group_record(elements, j)) is not None:
            # 'Nr: 2. Skola: <goal>' alone among the cards: the action table's group row,
            # filling its number cell only, printed as a card of that one field -- a row of its
            # own in the table the cards become, read there as the group's head
            # (`goal_group_rows.numbered_group_rows`); the next field opens a new card
            (label, value), j = group
            records.append((el.page, {f"{_OTHER}:{label.casefold()}": (label, value)}))
            cur = None
            continue
        if fs is None and records and el.kind == "para" and capital_area_goal(el.text) is not None:
            # 'ARBETE: <goal>' between the cards: the action table's group row on a line of its
            # own, no field of the card above -- a row of its own, the group's goal, as the
            # table reader takes it (`goal_group_rows.capital_area_goal`)
            cur = {"measure": ("Åtgärd", squash(el.text))}
            records.append((el.page, cur))
            j += 1
            continue
        if fs is None and records and _other_field(el) and (el.kind != "heading" or el.level >= label_level):
            # a field the model has no place for ('Målgrupp: ...', 'Resurser: ...') inside
            # a card: kept under its label, with the list under it, and the card goes on (a
            # heading larger than a bold label line, 'Bilaga: Utfall av programmet', opens
            # a section: the cards ended)
            lines = _field_lines(el.text)
            if cur is not None and len(lines) > 1 and all(_LINE_FIELD_RE.match(x) for x in lines):
                # 'Kod: A1' / 'Budget (€): 120 000' / 'Status: Avslutad' run together as one
                # paragraph (the lines joined, 'Kod: A1 Budget (€): 120 000 Status: Ny'): a
                # field each, kept under its own label
                for line in lines:
                    lab, _, val = line.partition(":")
                    _keep_other(cur, lab.strip(), val.strip().rstrip(".;").strip())
                j += 1
                continue
            label, _, value = squash(el.text).partition(":")
            items = []
            j += 1
            while el.text.rstrip().endswith(":") and j < n and elements[j].kind == "bullet":
                items.append(elements[j].text)
                j += 1
            if cur is not None:
                # ('Kod: B2. Budget (€): 8 000.' on a line of its own: the code alone)
                _keep_other(cur, label.strip(), _code_head(value.strip()) or "\n".join(items))
            continue
        kv = _kv_fields(el, _other_labels(records) if in_tables else frozenset()) if fs is None else None
        if fs is None and in_tables and (row := _lone_row_card(elements, j, records)) is not None:
            # a card of one field among cards printed as label-value tables ('Åtgärder' over
            # the action, its meter cell left out): a table of one row, which the page reads
            # as the label's bold line over a paragraph -- the next card of the run
            role, label, value = row
            if cur is None or role in cur:
                cur = {}
                records.append((el.page, cur))
            cur[role] = (label, value)
            j += 2
            continue
        if fs is not None and in_tables and _fields_row_of(cur, fs):
            # ... unless it is the card's second row: an action table that gives each action
            # a row of its fields under it ('Ansvar: X · Tid: Y · Mätare: Z', `field_rows`),
            # printed as a box per row, prints that row as a line under the action's box
            for role, label, value in fs:
                cur[role] = (label, value)
            j += 1
            continue
        if fs is not None and in_tables:
            # cards printed as label-value tables hold their fields inside the tables: a
            # labelled paragraph after them ('Mätare: ...' under a goal's cards) is the
            # text's, not a field of the last card
            break
        if kv:
            in_tables = True
            # a two-column table of labels and values: each row a field
            for k_kv, (role, label, value, page) in enumerate(kv):
                if role == _OTHER and _group_number_row(label, value, kv[k_kv + 1:]):
                    # 'Nr | 5. Personal: <goal>' over a card's rows: the group row printed as
                    # the table's first row, a row of its own (`_number_group_record`)
                    records.append((page, {f"{_OTHER}:{label.casefold()}": (label, squash(value).rstrip("."))}))
                    cur = None
                    continue
                if role == _OTHER:
                    if cur is not None:
                        _keep_other(cur, label, value)
                    continue
                if _named_action(cur, role, label, value):
                    continue
                _goal_number_beside(cur, role, value)
                if cur is None or role in cur:
                    cur = {}
                    records.append((page, cur))
                cur[role] = (label, value)
            j += 1
            continue
        if fs is None or (cur is not None and _goal_opens_records(cur, fs)
                          and not _record_goes_on(cur, elements[j + 1] if j + 1 < n else None)
                          and not _goals_close_cards(elements, i, records)) \
                or _after_cards(records, fs, card_roles, _listed_under(elements, j), captioned) \
                or (records and _follows_up_goal(fs)) \
                or _list_after_field_lines(records, fs, _listed_under(elements, j), field_lines):
            break
        at, ended = j, False
        field_lines.append(len(fs))
        for role, label, value in fs:
            if not value:
                # the label alone: its value is the bullet list, or the paragraph, under it
                taken: list[Element] = []
                while j + 1 < n and elements[j + 1].kind == "bullet" and _action_run(elements, j + 1) == j + 1:
                    j += 1
                    taken.append(elements[j])
                if not taken and j + 1 < n and elements[j + 1].kind == "para" \
                        and _field_of(elements[j + 1]) is None:
                    j += 1
                    taken.append(elements[j])
                parts = [e.text for e in taken]
                if role in ("responsible", "actors", "partners", "schedule"):
                    parts = [BULLET_RE.sub("", x, count=1) for x in parts]  # one actor per item
                if role == "measure" and taken and _each_names_own_doer(taken):
                    # 'Åtgärder:' over items that each say who does them: actions with their
                    # fields already, and a field under them ('Indikatorer: ...') the section's
                    # text, as under a bullet list (_bullet_run): no record. After cards read
                    # already ('Åtgärd: • X (who · when)' / 'Indikator: …', a one-action card
                    # that puts its one item on the label's line) it ends the run: those cards
                    # stand, and the label and its list are read as before
                    if not records:
                        return [], i
                    j, ended = at, True
                    break
                value = "\n".join(parts)
            if role == "measure" and value and _captions_action_table(elements, j):
                # 'Åtgärder: Språk och utbildning' right over a table whose header names its
                # action column: the table's caption naming what its rows are, no action of
                # its own -- the run ends before it (the table is read as the table it is)
                j, ended = at, True
                break
            if role == "measure" and names_parts_of_action(label):
                # 'Delåtgärder:' under 'Åtgärd 1.1: ...': the steps the action is carried out
                # by, parts of that one measure, not measures of their own (nor a new card)
                if cur is not None:
                    _keep_other(cur, label, value)
                continue
            if role == "indicator" and cur is not None and list(cur)[-1:] == ["indicator"]:
                # 'Mätare: ...' right under 'Mätare: ...': the action's second meter, printed
                # one per line, not a record of its own (the fields after it are the action's)
                first = cur["indicator"][1]
                cur["indicator"] = (cur["indicator"][0], "\n".join(
                    x if BULLET_RE.match(x) else f"• {x}" for x in (*first.split("\n"), value)))
                continue
            if _named_action(cur, role, label, value):
                continue
            _goal_number_beside(cur, role, value)
            if cur is None or role in cur:
                cur = {}
                records.append((el.page, cur))
            cur[role] = (label, value)
        if ended:
            break
        if cur is not None:
            # a code on the same line ('Ansvarig: AMS. Kod: Å1.1.') stays in the card, as it
            # does on a line of its own and as a table keeps its column
            for label, value in _inline_codes(el.text):
                _keep_other(cur, label, value)
        j += 1
    # the run starts with a whole record (a measure and another field); what follows may
    # be partial, as table rows are (an indicator continuing the measure above)
    # (the group rows a run opens with are rows of its table, no cards of their own)
    whole = [rec for _, rec in records if not _group_record(rec)]
    if not whole or not _is_record(whole[0]):
        return [], i
    if sum(1 for el in elements[i:j] if el.kind == "para"
           and squash(el.text).partition(":")[0].casefold() in _MAIL_HEADER_LABELS and ":" in el.text) >= 2:
        # 'Från: … / Till: … / Ämne: … / Datum: …': the head of a letter or an e-mail (a plan
        # sent as a memo), no card of an action, whatever line stands above it
        return [], i
    for _, rec in records:
        _responsible_closing_action(rec)
        _time_after_doer(rec)
    return _share_indicators(_numbered_actions(records)), j


def _number_group_record(elements: list[Element], j: int) -> tuple[tuple[str, str], int] | None:
    """((label, value), next index) of an action table's group row printed as a card of its
    number field alone: 'Nr: 2. Skola: <goal>' on a line of its own, or the label 'Nr' over
    the value (a label-value print setting the label as a small heading), where the number
    field of an action printed after it opens with the group's number ('Nr: 2.1'). Else None."""
    el = elements[j]
    if el.kind not in ("para", "heading"):
        return None
    label, colon, value = squash(el.text).partition(":")
    nxt = j + 1
    if not colon and el.kind == "heading" and j + 1 < len(elements) \
            and elements[j + 1].kind in ("para", "bullet"):
        label, value, nxt = squash(el.text), squash(elements[j + 1].text), j + 2
    if label.strip().casefold() not in NUMBER_WORDS or (head := group_number(value)) is None:
        return None
    # the next action's number, within its card (a field line or a label-value table's row)
    numbers = _NUMBER_FIELD_RE
    for e in elements[nxt:nxt + 12]:
        texts = [" ".join(r) for r in e.table.rows] if e.kind == "table" and e.table is not None else [e.text]
        for t in texts:
            for m in numbers.finditer(squash(t)):
                if m.group(1).casefold() in NUMBER_WORDS:
                    return ((label.strip(), squash(value).rstrip(".")), nxt) if heads_number(head[0], m.group(2)) else None
    return None


# a number field's label and value, in a line of fields or a label-value row ('Nr: 1.1.', 'Nr 1.1')
_NUMBER_FIELD_RE = re.compile(r"(?:^|(?<=[\s.;]))([A-Za-zåäö]+):?\s+(\S+)")


def _group_number_row(label: str, value: str, after: list[tuple[str, str, str, int]]) -> bool:
    """A label-value row 'Nr | 5. Personal: <goal>' whose number heads that of the next
    number row ('Nr | 5.1'): a group row (`_number_group_record`)."""
    if label.casefold() not in NUMBER_WORDS or (head := group_number(value)) is None:
        return False
    nxt = next((v for _, lab, v, _ in after if lab.casefold() in NUMBER_WORDS), None)
    return nxt is not None and heads_number(head[0], nxt)


def _group_record(rec: dict) -> bool:
    """A record holding a number field alone (`_number_group_record`)."""
    return len(rec) == 1 and next(iter(rec)).startswith(f"{_OTHER}:") \
        and next(iter(rec))[len(_OTHER) + 1:] in NUMBER_WORDS


def _fields_row_of(cur: dict | None, fs: list[tuple[str, str, str]]) -> bool:
    """A line of two or more fields of who, when or how it is measured, none of which the
    card (an action's) already has: the rest of that action's record."""
    roles = [role for role, _, _ in fs]
    return (cur is not None and "measure" in cur and len(fs) >= 2 and len(set(roles)) == len(roles)
            and all(r in _ROW_FIELD_ROLES for r in roles) and not set(roles) & set(cur))


_ROW_FIELD_ROLES = frozenset({"responsible", "actors", "partners", "schedule", "indicator"})


# a word for a goal inside a field's label ('Uppföljning av det övergripande målet',
# 'Mätare för delmålet')
_GOAL_WORD_RE = re.compile(r"\b(?:del|effekt|huvud)?mål(?:et|en|sättning(?:en|ar|arna)?)?\b", re.I)


# ... or a word for the area or theme as a whole ('Indikatorer för området:', 'Mätare för
# insatsområdet', 'Uppföljning av temat', '… för området som helhet'): the area's meters, no
# single card's (seventieth set)
_AREA_WORD_RE = re.compile(rf"\b(?:{alt(THEME_LABELS)}|område(?:t|na)?|helhet(?:en)?)\b", re.I)


def _follows_up_goal(fs: list) -> bool:
    """Indicator fields whose label says that they follow up a goal ('Uppföljning av det
    övergripande målet:' over a list, after a goal's cards) or a whole area ('Indikatorer för
    området:'): the goal's, as the list under a table of actions is, not a field of the last card."""
    return bool(fs) and all(role == "indicator" and (_GOAL_WORD_RE.search(label) or _AREA_WORD_RE.search(label))
                            for role, label, _ in fs)


def _list_after_field_lines(records, fs: list, listed: int, field_lines: list[int]) -> bool:
    """A label alone over a list ('Mätare:' / '• …' / '• …') after cards that each printed
    all their fields together on one line ('1.1 …' / 'Ansvarig: X. Tidtabell: Y.', a line of
    two fields or more, one line a card), of a field no card printed: a card that prints its
    fields on one line prints that one there too, so the list is the text's (the goal's
    meters under its actions), whichever field each card's line ended on (an optional field
    left out). A list of one item for each card since the last is their shares
    (`_share_indicators`), not this."""
    if len(records) < 2 or len(fs) != 1 or fs[0][2] or listed < 2:
        return False
    role = fs[0][0]
    return len(field_lines) == len(records) and all(k >= 2 for k in field_lines) \
        and all("measure" in rec and role not in rec for _, rec in records) \
        and listed != _cards_since(records, role)


def _captions_action_table(elements: list[Element], j: int) -> bool:
    """The field line elements[j] stands right over a table whose header row names an action
    column ('Åtgärd | Ansvarig | Tidtabell'): a one-line field there is that table's caption
    ('Åtgärder: <theme>'), the actions are the table's rows."""
    nxt = elements[j + 1] if j + 1 < len(elements) else None
    if nxt is None or nxt.kind != "table" or nxt.table is None or not nxt.table.rows:
        return False
    if nxt.table.method in ("label-value", "transposed"):
        return False
    head = nxt.table.rows[0]
    return len(head) >= 2 and header_role(head[0]) == "measure" \
        and any(header_role(c) in ("responsible", "actors", "partners", "schedule") for c in head[1:])


def _captioned(elements: list[Element], i: int) -> bool:
    """The run at elements[i] stands right under a table's caption ('Tabell 3. Åtgärder för
    mål 2'), or under a caption and one heading a print gave the table's goal row ('Mål 1.
    ...'): its cards are the rows of that table."""
    def caption(e: Element) -> bool:
        return e.kind in ("heading", "para") and bool(CAPTION_RE.match(e.text))

    before = elements[max(0, i - 2):i]
    return (bool(before) and caption(before[-1])) or (
        len(before) == 2 and before[1].kind == "heading" and caption(before[0]))


def _after_cards(records, fs: list, card_roles: set[str] | None, listed: int = 0,
                 captioned: bool = False) -> bool:
    """A field after the cards rather than one of the last card: the run's cards each end
    on the same field the model reads (the order a card prints its fields in; a field kept
    as other is passed over, `_last_read_field`), the last card has ended on it
    too, and the field is of a kind no card of the document carries between other cards
    ('Mätare: …' under a goal's cards, a row across the table the cards were printed
    from). Two cards at least show that order. Without `card_roles` (the first reading)
    nothing is.

    A label over a list ('Indikatorer:' / '• …' / '• …', `listed` items) with one item for
    each card since the last that has the field follows those cards up, one item each
    (_share_indicators): not this; nor one item alone, which may be the last card's own.
    Several items of another number are no card's share: cards that print no such field
    do not give the last of them a list of it, and after cards that all ended alike the
    list is the text's, as a labelled paragraph is (the list under a goal's table of
    actions, printed as cards)."""
    if card_roles is None or len(records) < 2:
        return False
    if captioned and not any(role in card_roles or any(role in rec for _, rec in records) for role, _, _ in fs):
        # the cards are a captioned table's rows, none of which printed such a field: a
        # labelled list or line after them stands under the table, the text's (a goal's
        # 'Indikatorer:' list), as it does under the table printed as a grid
        return True
    if any(not value for _, _, value in fs) and (
            listed < 2 or any(listed == _cards_since(records, role) for role, _, _ in fs)):
        return False
    if any(role in card_roles or any(role in rec for _, rec in records) for role, _, _ in fs):
        return False
    # the cards end alike on the fields the model reads: a field of another kind is passed
    # over, whether a card printed from a table left it out where the cell was empty
    # ('Kostnad: ...', 'Finansiering: ...' under a label over a list, blind99) or it stands
    # wherever a line broke ('Action: …' / 'Time: 2026' of a second language on lines of
    # their own under one card, blind172): it says nothing of where a card ends
    return len({_last_read_field(rec) for _, rec in records}) == 1


def _last_read_field(rec: dict) -> str | None:
    """The role of a record's last field that the model reads (not a field kept as other)."""
    return next((k for k in reversed(list(rec)) if not k.startswith(f"{_OTHER}:")), None)


def _cards_since(records, role: str) -> int:
    """How many of the run's last records lack a `role` field: the cards since the last
    that had one."""
    n = 0
    for _, rec in reversed(records):
        if role in rec:
            break
        n += 1
    return n


def _listed_under(elements: list[Element], j: int) -> int:
    """The bullet items right under elements[j] (a label's list value, as _read_run reads it)."""
    k = j + 1
    while k < len(elements) and elements[k].kind == "bullet" and _action_run(elements, k) == k:
        k += 1
    return k - j - 1


def _goal_opens_records(cur: dict, fs: list) -> bool:
    """A goal field of its own paragraph ('Målsättning: Stadens personal har ...') after a
    record that has its measure: the goal of the records that follow, as a goal printed
    above its measures is; not a field of the record above it. It ends the run, and the
    records under it are a run of their own that starts with it (a table whose first row
    holds the goal)."""
    # (not after a record whose goal is a number and whose action field lists action
    # numbers, 'Mål: 1' / 'Åtgärder: 1–3': the goal field states that record's goal,
    # `_goal_number_beside`)
    return len(fs) == 1 and fs[0][0] == "goal" and "measure" in cur \
        and not (_GOAL_REF_RE.match(cur.get("goal", ("", ""))[1]) and is_number_list(squash(cur["measure"][1])))


def _meter_of_last_action(elements: list[Element], j: int, end: int, records) -> bool:
    """Numbered actions elements[j:end] with only meters under them, fewer than the actions
    ('5.2 X' / '5.3 Y' / 'Mätare: Z'), after a card of one action with its own meter line
    ('5.1 W' / 'Mätare: V'): the print gives each action its meter under it, and the meter
    is the last action's own, as a list of fewer meters than the actions printed before it
    is (`_share_indicators`); the actions before it have none."""
    if not records or "indicator" not in (prev := records[-1][1]) or "\n" in prev.get("measure", ("", "\n"))[1]:
        return False
    meters, k = 0, end
    while k < len(elements) and (fs := _field_of(elements[k])) is not None:
        if any(role != "indicator" for role, _, _ in fs):
            return False
        for _, _, value in fs:
            if value:
                meters += 1
            else:  # the label alone over its list
                while k + 1 < len(elements) and elements[k + 1].kind == "bullet":
                    k += 1
                    meters += 1
        k += 1
    return 0 < meters < end - j


def _goals_close_cards(elements: list[Element], i: int, records) -> bool:
    """Cards whose first card opens with its action, no goal stated over the run ('Åtgärd:
    X' / 'Ansvar: Y' / 'Nr: 1' / 'Mål: Z' / 'Åtgärd: …', right under a section heading and
    a caption, no goal field or goal heading before it in the document): a goal field after a card's fields is that card's own, printed after its other
    fields (a table's goal column, filled on the first row of each goal, laid out as cards
    that put the action first), not the goal of the cards that follow -- a goal over the
    cards below it would stand over the first card too."""
    first = next((rec for _, rec in records if not _group_record(rec)), None)
    if first is None or next(iter(first)) != "measure" \
            or sum(1 for k in first if k in _ROLES and k not in ("measure", "goal")) < 1:
        # (a card of its action alone, 'Åtgärd: 1 HÄLSA OCH OMSORG', is a section's row
        # printed as a card: the goal under it heads the cards that follow)
        return False
    from .reader_shared import goal_field  # (reader_shared reads fields from here)
    for el in elements[:i]:
        text = squash(el.text)
        if el.kind != "table" and (goal_field(text) is not None or is_goal_heading(text) or labelled_goal_heading(text)):
            return False  # a goal stated before the run, in a field or heading of its own
    for el in reversed(elements[max(0, i - 12):i]):
        text = squash(el.text)
        if el.kind != "heading":
            return False  # text over the cards (it may state their goal in its own words)
        if not CAPTION_RE.match(text):
            return True  # the section the cards open, its heading no goal ('6 Åtgärdstabell')
    return False


def _record_goes_on(cur: dict, nxt: Element | None) -> bool:
    """The paragraph after a goal field is a field the record above lacks, of no new action
    ('3.4 ... Ansvarig: X. Tidtabell: 2025.' / 'Delmål: ...' / 'Mätare: ...'): the record
    goes on past the goal, which is its own field (a goal over the records that follow is
    followed by their first action)."""
    fs = _field_of(nxt) if nxt is not None else None
    return bool(fs) and all(role != "measure" and role not in cur for role, _, _ in fs)


# an action label numbered within its record ('Åtgärd 1', 'Åtgärd 2'): the label's word and number
_NUMBERED_ACTION_LABEL_RE = re.compile(r"^\s*(?P<word>[^\W\d_]+)\s+(?P<n>\d{1,2})\s*$")
# the fields a record gives its action (who, with whom, when, how it is followed up)
_SHARED_FIELD_ROLES = frozenset({"responsible", "partners", "actors", "schedule", "indicator"})


def _numbered_label(rec: dict) -> tuple[str, int] | None:
    """(word, number) of a record's action label numbered 'Åtgärd 2', else None."""
    m = _NUMBERED_ACTION_LABEL_RE.match(rec["measure"][0]) if "measure" in rec else None
    return (m.group("word").casefold(), int(m.group("n"))) if m else None


def _numbered_actions(records):
    """A record that lists its actions under one label numbered from 1 ('Målsättning: G',
    'Åtgärd 1: X', 'Åtgärd 2: Y', 'Åtgärd 3: Z', then 'Ansvarig: …', 'När: …', 'Uppföljning:
    …' once): the numbers count the actions of the one record, whose fields, given once after
    the last action, are said of all of them, as a table cell listing its actions one per line
    beside one 'Ansvarig' cell is. The run becomes one row: its actions one per line, its
    goal from the first, its fields from the last. (Actions each with fields of their own,
    'Åtgärd 1: X', 'Ansvarig: A', 'Åtgärd 2: Y', 'Ansvarig: B', are cards of their own.)"""
    out: list = []
    k = 0
    while k < len(records):
        first = records[k][1]
        num = _numbered_label(first)
        run_end = k
        if num and num[1] == 1 and not (set(first) & _SHARED_FIELD_ROLES):
            while run_end + 1 < len(records):
                nxt = records[run_end + 1][1]
                if _numbered_label(nxt) != (num[0], run_end + 1 - k + 1) or list(nxt)[0] != "measure":
                    break
                run_end += 1
                if set(nxt) != {"measure"}:
                    break
        run = [rec for _, rec in records[k:run_end + 1]]
        if run_end > k and set(run[-1]) & _SHARED_FIELD_ROLES \
                and all(set(rec) == {"measure"} for rec in run[1:-1]):
            merged = {key: v for key, v in first.items() if key != "measure"}
            # (one item a line, marked as a list's are: each its own action)
            merged["measure"] = (first["measure"][0], "\n".join(
                x if BULLET_RE.match(x) else f"• {x}" for x in (squash(rec["measure"][1]) for rec in run)))
            merged.update({key: v for key, v in run[-1].items() if key != "measure"})
            out.append((records[k][0], merged))
            k = run_end + 1
            continue
        out.append(records[k])
        k += 1
    return out


def _share_indicators(records):
    """Actions printed one after another with their own fields but without indicators, then
    an action whose indicator list follows ('8.1 ... Ansvarig: ...', '8.2 ...', '8.3 ...',
    'Mätare: • ... • ... • ...') with one listed indicator per action: the list follows up
    the whole run, one indicator each, as a table cell lists the indicators of the actions
    beside it. The run becomes one row: its actions and their fields one per line, in order.
    With fewer indicators than actions the list is the last action's own."""
    out: list = []
    pending: list = []  # records since the last one with an indicator
    for page, rec in records:
        pending.append((page, rec))
        if "indicator" not in rec:
            continue
        n_inds = len([x for x in rec["indicator"][1].splitlines() if BULLET_RE.match(x)])
        if len(pending) > 1 and n_inds == len(pending) \
                and all("measure" in r and "indicator" not in r for _, r in pending[:-1]):
            roles = [k for k in rec if k != "indicator"]
            if all(set(r) <= set(rec) for _, r in pending[:-1]) and all(k in r for _, r in pending for k in roles):
                merged = {k: (rec[k][0], "\n".join(r[k][1] for _, r in pending)) for k in roles}
                merged["indicator"] = rec["indicator"]
                out.append((pending[0][0], merged))
                pending = []
                continue
        out += pending
        pending = []
    return out + pending


def _action_and_name(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Two action fields of one card under different labels, one a short name ('Insats:
    Welcome Office', at most a few words, no sentence) and the other a clause saying what
    is done: the action and its name (see name_columns.py), not two actions."""
    if squash(first[0]).casefold() == squash(second[0]).casefold():
        return False  # the same label again: the next card's action
    short, long_ = sorted((squash(first[1]), squash(second[1])), key=len)
    # a field on a line of fields closes with a full stop ('Insats: Welcome Office.
    # Ansvarig: X.'): the stop ends the field, not a sentence
    return is_action_name(short.removesuffix(".")) and len(long_.split()) >= _TEXT_WORDS


def _named_action(cur: dict | None, role: str, label: str, value: str) -> bool:
    """Two action fields of one card under two labels ('Insats: Welcome Office', 'Åtgärd:
    Welcome Office blir en servicepunkt ...'): the short one names the action the other
    states, a label of the card (as a name column is of a table). Folds the field into the
    card as its action or its name and says so; False (nothing done) for any other field."""
    # The two stand together, the name right over or under the action: a name after the
    # card's other fields ('Ansvar: …', 'Start: …') opens the next card, whose action follows
    if role != "measure" or cur is None or "measure" not in cur or list(cur)[-1] != "measure" \
            or not _action_and_name(cur["measure"], (label, value)):
        return False
    _name_the_action(cur, (label, value))
    return True


def _name_the_action(cur: dict, field: tuple[str, str]) -> None:
    """The card's action the longer of its two action fields, the short one kept as its name."""
    name, action = sorted((cur["measure"], field), key=lambda f: len(squash(f[1])))
    cur["measure"] = action
    _keep_other(cur, *name)


def _goal_number_beside(cur: dict | None, role: str, value: str) -> None:
    """'Mål: 1' then 'Vad vi vill uppnå: <goal>' in one card (a summary table printed as
    cards, `goal_action_ranges`): the first goal field holds the goal's number only, the
    second states the goal -- one card, the number kept as a field of its own. (Its action
    field, if read already, lists the goal's actions by number, '1–3', and states none.)"""
    if (role == "goal" and cur is not None and "goal" in cur
            and ("measure" not in cur or is_number_list(squash(cur["measure"][1])))
            and _GOAL_REF_RE.match(cur["goal"][1]) and any(ch.isalpha() for ch in value)
            and not _GOAL_REF_RE.match(value)):
        _keep_other(cur, *cur.pop("goal"))


def _keep_other(cur: dict, label: str, value: str) -> None:
    """A field of a kind the model has no place for ('Status: Ny', 'Utfall: Genomförd 2019')
    stays in its record under its own label, as a column of its own in the table the records
    become: the table reading ignores it as it ignores such a column of a printed table, or
    reads the table as what the column says it is (a report on an earlier plan)."""
    cur.setdefault(f"{_OTHER}:{label.casefold()}", (label, value))


# a label of an amount at a paragraph's start: a few words with a slash, a currency or a
# percent sign among them ('Resurser / kostnad €:', 'Kostnad €:') and a colon
# ('Kostnad (€/år):' with its unit in brackets)
_AMOUNT_LABEL_RE = re.compile(r"^[A-ZÅÄÖ][^\W\d_]*(?:\s+(?:[^\W\d_]+|/|€|%|\([^()\d]{1,12}\))){0,3}:(?=\s|$)")


def _amount_label(text: str) -> bool:
    label = _AMOUNT_LABEL_RE.match(squash(text))
    return bool(label) and bool(re.search(r"[/€%]", label.group(0)))


def _other_field(el: Element) -> bool:
    """A paragraph that is a field of some other kind: one to three words and a colon, or
    the label of an amount."""
    if _amount_label(el.text):
        return el.kind in ("para", "heading")
    if _OTHER_ACTIONS_LABEL_RE.match(squash(el.text).partition(":")[0]):
        # 'Övriga åtgärder:' after a boxed action's fields: the actions besides it follow,
        # no field of its card (`_label_role`)
        return False
    if _RESULT_LEVEL_GOAL_RE.match(el.text):
        # 'Prestation: Alla … får en studieplan.' after a card's last field: the next goal of
        # results-based management, heading the cards after it -- no field of the card above
        return False
    if labelled_as_theme(squash(el.text)):
        # 'TEMA B: ARBETE OCH FÖRETAGANDE' after a card's last field: a theme labelled with its
        # code, the group row of the cards after it (`theme_lines`) -- no field of the card
        # above (an unnumbered 'Målområde: Språk' among the fields is the card's own area)
        return False
    if el.kind == "para" and _YEAR_FIELD_RE.match(squash(el.text)):
        # '2026: pilot' on a line of its own: a year grid's column printed as a field
        return True
    return el.kind in ("para", "heading") and any_label(el.text)


# a year alone as a field's label, with a short value ('2025: x', '2026: pilot')
_YEAR_FIELD_RE = re.compile(rf"^{YEAR}:\s+\S.{{0,30}}$")


# the goal levels of results-based management ('Effekt: …', 'Prestation: …', 'Prestationsmål: …')
_RESULT_LEVEL_GOAL_RE = re.compile(r"^\s*(?:effekt|prestation)(?:en|smål(?:et)?)?\s*:\s+\S", re.I)


def _lone_row_card(elements: list[Element], j: int, records) -> tuple[str, str, str] | None:
    """(role, label, value) of a label-value table of one row printed as a bold label line
    over its value: a heading without a colon, the same label a field of the run's cards has
    ('Åtgärder'), over one paragraph that is no field of its own. Else None."""
    el = elements[j]
    if el.kind != "heading" or ":" in el.text or j + 1 >= len(elements):
        return None
    nxt = elements[j + 1]
    if nxt.kind != "para" or _field_of(nxt) is not None:
        return None
    label = squash(el.text)
    role = _label_role(label)
    if role is None or role == "goal":
        return None
    value = squash(nxt.text)
    if value[:1].islower():
        # a value opening in lower case goes on the field above: the rest of a row a page
        # break cut ('Åtgärd' over 'stadiet och högskolorna stöder …'), no card of its own
        return None
    if not any(k == role and lab.casefold() == label.casefold() for _, rec in records for k, (lab, _) in rec.items()):
        return None
    return role, label, value


def _other_labels(records) -> set[str]:
    """The labels of the fields of other kinds the run's cards carry so far ('nr', 'källa')."""
    return {k.partition(":")[2] for _, rec in records for k in rec if k.startswith(f"{_OTHER}:")}


# a field of a filled-in form, printed: the form's number before the label ('8.1 Åtgärdens
# namn *', '3. Kontaktperson') and its mark of a mandatory field after it (' *')
_FORM_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[^\W\d_])")
_MANDATORY_MARK_RE = re.compile(r"\s*\*+$")


# what a form's printout puts in a field left empty: '(ej ifyllt)', '(ej angivet)', '(inget svar)';
# or the answer 'none' ('Samarbetsparter | Inga'), which fills no field either
_UNFILLED_RE = re.compile(r"^\(?\s*(?:(?:ej|inte)\s+(?:ifyll[dt]|angiv(?:et|en)|besvarat)|tomt|inget\s+svar"
                          r"|ingen\s+uppgift|inga|ingen|inget)\s*\)?\.?$", re.I)


def form_field_label(label: str) -> str:
    """A label cell of a printed form without the field's number and its mandatory mark:
    '8.3 Ansvarig aktör *' -> 'Ansvarig aktör'. An electronic reporting form's printout
    holds one such two-column table per action; the number and the star say where the
    field stands on the form and that it had to be filled, not what it holds."""
    bare = _MANDATORY_MARK_RE.sub("", _FORM_NUMBER_RE.sub("", label))
    return bare or label


def _rows_of_merged_fields(rows: list[list[str]], pages: list[int]) -> list[tuple[list[str], int]]:
    """The rows of a label–value table, a row whose label cell holds two form-numbered
    labels or more, one a line, and whose value cell holds as many lines ('8.2 Mål … *' /
    '8.3 Ansvarig aktör *' beside 'Mål B' / 'Medborgarinstitutet') split into one row a
    label: the print lost the rule between two short rows and ran them into one."""
    out = []
    for row, page in zip(rows, pages):
        labels = [x.strip() for x in (row[0] or "").split("\n") if x.strip()]
        values = [x.strip() for x in (row[1] or "").split("\n") if x.strip()] if len(row) > 1 else []
        if 1 < len(labels) < len(values):
            # a value wrapped onto a line of its own ('... med' / 'barnpassning'): a line
            # opening in lower case goes on the line above
            values = _joined_wraps(values)
        if len(labels) > 1 and len(labels) == len(values) and all(_FORM_NUMBER_RE.match(x) for x in labels):
            out += [([lab, val], page) for lab, val in zip(labels, values)]
        else:
            out.append((row, page))
    return out


def _joined_wraps(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if out and line[:1].islower():
            out[-1] = f"{out[-1]}\n{line}"
        else:
            out.append(line)
    return out


def _kv_fields(el: Element, carried: set[str] = frozenset()) -> list[tuple[str, str, str, int]] | None:
    """(role, label, value, page) of each row of a label–value table (two columns, every
    filled row a structure word and its value: 'Åtgärd | ...', 'Ansvar | ...'), else None.
    The values keep their cell lines: the table reading splits them as it splits cells.
    `carried`: the labels of other fields that the cards printed just before this table, in
    the same run, carry (a lone card after a page break has the fields of the cards above)."""
    t = el.table
    if el.kind != "table" or t is None or t.n_cols != 2 or len(t.rows) < 2:
        return None
    out = []
    pages = el.pages if len(el.pages) == len(t.rows) else [el.page] * len(t.rows)
    generic = _generic_header(t.rows)
    for row, page in _rows_of_merged_fields(t.rows, pages):
        label, value = form_field_label(squash(row[0]).rstrip(":")), row[1].strip()
        if _UNFILLED_RE.match(squash(value)):
            # '(ej ifyllt)': the form's field left empty, printed as such; 'Inga': answered none
            value = ""
        if (not label and not value) or (generic and [squash(c) for c in row] == generic):
            continue
        role = _label_role(label) if label else None
        if role is None and label and value and _numbered_measure_label(label):
            # 'Åtgärd 3 | Språkvänner på biblioteket': the card's head row names the action
            # beside its number, the measure word and its number the label
            role = "measure"
        if role is None and value and (area := _AREA_LABEL_RE.match(label or "")):
            # 'Insatsområde 1 | Arbete och företagande' opening a form: the area the form's
            # goal and actions belong to, its name the theme (the table reading's theme
            # column, headed by the label word alone)
            out.append((_THEME, area.group("word"), value, page))
            continue
        if role is None and label and value and is_label_cell(label) and _other_label(label):
            # a field the model has no place for ('Nr', 'Status', 'Resurser / kostnad €'):
            # passed over, as the same field printed as a paragraph in a card is, but it
            # counts as a field of the card (a whole record: its measure and more)
            out.append((_OTHER, label, value, page))
            continue
        if role is None:
            return None
        if not value:
            # a field of the card left empty (none, or a dash the print dropped): the
            # card goes on, as an empty cell in a table row does
            continue
        out.append((role, label, value, page))
    # two fields at least, one of them the measure (a card whose only other fields are of
    # kinds the model has no place for, 'Nr | 14', 'Kostnad € / år | 1 200', still is one)
    if len(out) < 2 or not any(role == "measure" for role, *_ in out) or not _passed_like_cards(out, carried):
        return None
    return out


# a measure word and the action's number, nothing else ('Åtgärd 3', 'Insats 1.2', 'Åtgärdskort 4')
_NUMBERED_LABEL_RE = re.compile(r"^\s*([^\W\d_]+)\s+\d{1,2}(?:\.\d{1,2})*\.?\s*$")


def _numbered_measure_label(label: str) -> bool:
    """A label cell naming one action by its word and number ('Åtgärd 3', 'Insats 2.1'): a
    card printed as a two-column table heads itself so, the action in the cell beside it."""
    m = _NUMBERED_LABEL_RE.match(label)
    return bool(m) and _label_role(m.group(1)) == "measure"


def _passed_like_cards(out: list[tuple[str, str, str, int]], carried: set[str] = frozenset()) -> bool:
    """The rows passed over are fields of the cards, not terms of a glossary that defines
    'Åtgärd' among others: each such label recurs (one per card: 'Nr', 'Kostnad € / år'),
    or they are no more than the fields the model reads (a 'Tema' row on a group's first
    card; a glossary's terms are mostly no structure words, each once), or they are the
    fields the cards just above carried (`carried`): the same cards, one of them alone in its
    table after a page break."""
    # (a party's field, 'Staden | A/R' or 'Kommunen | Integrationsbyrån', says who takes part
    # in the card's action, as a party column of the table does: a field the reading uses,
    # no glossary term, whether or not every card has it)
    passed = [label.casefold() for role, label, *_ in out if role == _OTHER and not names_party(label)]
    if not passed or set(passed) <= carried:
        return True
    recurring = sum(role == "measure" for role, *_ in out) > 1 and all(passed.count(x) > 1 for x in passed)
    return recurring or len(passed) <= len(out) - len(passed)


def _other_label(label: str) -> bool:
    """A label of some other field: a few words, not a sentence (a short label cell)."""
    return len(label.split()) <= 4 and not label.endswith((".", "!"))


def _generic_header(rows: list[list[str]]) -> list[str] | None:
    """The first row of a label–value table when it only says that the table has labels
    and values ('Rubrik | Beskrivning', 'Fält | Innehåll', 'Punkt | Uppgift'): two short
    label cells naming no role over rows that all begin with a structure word. A table
    printed so, one per measure, repeats that row on every card (and after a page break);
    it names no column and is passed over wherever it recurs."""
    head = [squash(c) for c in rows[0]]
    if not all(head) or not all(is_label_cell(c) for c in head) or any(_label_role(c.rstrip(":")) for c in head) \
            or _numbered_measure_label(head[0]):
        # ('Åtgärd 3 | Språkvänner på biblioteket': a card's head row, its action named)
        return None
    if _AREA_LABEL_RE.match(head[0]):
        return None  # 'Insatsområde 1 | Arbete och företagande': the form's area, a field (`_kv_fields`)
    return head


def _is_record(rec: dict[str, tuple[str, str]]) -> bool:
    # an action field that closes with its own doer ('Åtgärd: Avtalet uppdateras
    # (kommundirektören)') is a whole card by itself: the doer is its second field, printed
    # inside the action as the table printed it in the action's cell
    return "measure" in rec and bool(rec["measure"][1].strip()) and (
        len(rec) >= 2 or _names_own_doer(squash(rec["measure"][1])))


def _as_table(records: list[tuple[int, dict[str, tuple[str, str]]]]) -> Element:
    roles: list[str] = []
    labels: dict[str, str] = {}
    for _, rec in records:
        for role, (label, _) in rec.items():
            if role not in roles:
                roles.append(role)
                labels[role] = label
    header = [labels[r] for r in roles]
    rows = [header] + [[rec.get(r, ("", ""))[1] for r in roles] for _, rec in records]
    pages = [records[0][0]] + [p for p, _ in records]
    table = Table(rows=rows, header_rows=1, method="label-value")
    return Element("table", "", records[0][0], table=table, pages=pages)
