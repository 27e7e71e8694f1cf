"""An action cell that ends by naming whom the action is done with ('Validering av
yrkeskunnande i samarbete med Luksia'), in a table whose own column names the responsible
and no column names partners: the partner is said in the action's text, as it would be in a
column of its own. The text keeps the phrase (it is part of what is done)."""

from __future__ import annotations

import re

from .actors import _actor_like, _indefinite_start, split_actors, time_only, trailing_actors
from .closing_times import closing_dash_time, closing_time
from .label_vocab import COOP_PHRASE
from .text import fold, squash

# the cooperation phrase and what follows it up to the end of the cell
_WITH_RE = re.compile(rf"\b{COOP_PHRASE}\s+(?P<who>[^,.;:()]+?)\s*\.?\s*$")


def partners_named_in_action(text: str) -> list[str]:
    """The partners an action text names at its end after 'i samarbete med' / 'tillsammans
    med' / 'i samverkan med', each reading as an organisation or a name; else []."""
    m = _WITH_RE.search(squash(text))
    if not m:
        return []
    _, partners = split_actors(m.group("who"), "partners")
    # named bodies only: a proper name or a definite noun ('Luksia', 'föreningarna'), not a
    # group described in general ('andra aktörer', 'olika sektorer', 'föreningar')
    return partners if partners and all(_actor_like(p) and _named(p) for p in partners) else []


def _named(name: str) -> bool:
    first = name.split()[0]
    if first[:1].isupper():
        return True
    # ... or a definite genitive in front ('välfärdsområdets familjecenter', 'skolornas
    # elevkårer'): the owner named makes the body a particular one, as a definite noun does
    return not _indefinite_start(name.split()) and fold(first).endswith(("en", "et", "na", "n", "ets", "ens", "nas"))


# the cooperation phrase between the action and the time closing it ('… i samarbete med X
# (2025–2028)', '… i samarbete med X – hösten 2025')
_WITH_BEFORE = rf"\s+{COOP_PHRASE}\s+(?P<who>[^,.;:()]+?)"
_WITH_BEFORE_TIME_RE = re.compile(rf"{_WITH_BEFORE}(?P<time>\s*\([^()]+\)\s*\.?|\s+[–—]\s+.+?)\s*$")

# ... or in brackets, the bare 'med' enough there ('Jobbcafé (med Exby Företagare) – 2026')
_BRACKETED_WITH_RE = re.compile(rf"\s*\((?:{COOP_PHRASE}|med)\s+(?P<who>[^()]+?)\)(?P<time>\s+[–—]\s+.+?)\s*$")


def partners_before_time(text: str) -> tuple[str, list[str]] | None:
    """(the item without the phrase, the partners) of an item whose tail after the action
    says whom it is done with and when ('Ordna kvällskurser i samarbete med Exby
    medborgarinstitut (hösten 2026)' -> ('Ordna kvällskurser (hösten 2026)', ['Exby
    medborgarinstitut'])): the partner and the time together close the item as a who/when
    tail does, no part of what is done (a phrase closing the text itself stays in it, as
    in a table's action cell, `partners_named_in_action`). Else None."""
    text = squash(text)
    m = _WITH_BEFORE_TIME_RE.search(text) or _BRACKETED_WITH_RE.search(text)
    if not m or not (closing_time(text) or closing_dash_time(text)):
        return None
    # (in the tail's place, the phrase itself says the name is a partner: any proper name
    # or definite noun, 'Exby översättarpool', whatever the actor reader knows of its head)
    partners = _named_partners(m.group("who"))
    if partners is None:
        return None
    return (text[:m.start()] + m.group("time")).strip(), partners


# the cooperation phrase right before a closing parenthesis ('… i samarbete med X och Y
# (enheten, 2026)')
_WITH_BEFORE_PAREN_RE = re.compile(rf"{_WITH_BEFORE}(?P<tail>\s*\([^()]+\)\s*\.?)\s*$")


def partners_before_tail(text: str) -> tuple[str, list[str]] | None:
    """(the item without the phrase, the partners) of an item whose cooperation phrase stands
    right before its '(doer, time)' parenthesis ('Vi ordnar läxhjälp i samarbete med Exby
    bibliotek (fritidsenheten, 2026)' -> ('Vi ordnar läxhjälp (fritidsenheten, 2026)', ['Exby
    bibliotek'])): the parenthesis must name a doer and a time, the phrase's names be bodies or
    proper names (`_named`). Writers split on such items (the forty-ninth, fiftieth and several
    later sets keep the phrase in the action): the caller reads it only where the layout sets
    the item apart as a task with its fields, a checklist's box (`checklist_items.checklist_item`).
    Else None."""
    text = squash(text)
    m = _WITH_BEFORE_PAREN_RE.search(text)
    if not m or not text[:m.start()].strip():
        return None
    rest = (text[:m.start()] + m.group("tail")).strip()
    tail = trailing_actors(rest)
    if not tail or not tail[0] or not tail[2]:
        return None
    partners = _named_partners(m.group("who"))
    if partners is None:
        return None
    return rest, partners


def partners_closing_item(text: str) -> tuple[str, list[str]] | None:
    """(the action without the phrase, the partners) of a list item's action whose doer (and
    time) closed the item and were cut off it already: '4. Språkcafé ordnas i samarbete med
    X och Y' read out of '4. Språkcafé ordnas i samarbete med X och Y – fortlöpande
    (biblioteket)' -> ('4. Språkcafé ordnas', ['X', 'Y']). The phrase stood right before the
    item's who/when tail, so it is part of that tail -- whom the doer works with -- and no
    part of what is done (a phrase ending an item with no tail after it, or a table's action
    cell, stays in the text: `partners_named_in_action`). In the tail's place the phrase
    itself says the name is a partner: any proper name or definite noun, as in
    `partners_before_time`; a group described in general ('olika aktörer') stays in the text."""
    return _cut_named_partners(text, _WITH_RE)


# the cooperation phrase set off by a comma at the end of an action ('Språkcafé varje vecka,
# i samarbete med Röda korset och biblioteket')
_COMMA_CLOSING_WITH_RE = re.compile(rf",\s*{COOP_PHRASE}\s+(?P<who>[^.;:()]+?)\s*\.?\s*$")


def comma_set_partners(text: str) -> tuple[str, list[str]] | None:
    """(the action without the phrase, the partners) of an action closed by the cooperation
    phrase after a comma: 'Boenderådgivning för nya hyresgäster, i samarbete med Exby
    Bostäder Ab' -> ('Boenderådgivning för nya hyresgäster', ['Exby Bostäder Ab']). The comma
    sets the phrase apart from what is done, as brackets do (`bracketed_partners`): a field of
    whom the doer works with appended to the action, as a partner column would hold it. Run
    into the text with no comma ('Validering i samarbete med Luksia') it stays in it
    (`partners_named_in_action`). Each name a body or a proper name; else None."""
    return _cut_named_partners(text, _COMMA_CLOSING_WITH_RE)


# the cooperation phrase in brackets closing an action cell ('Ordnar föräldragrupper (i
# samarbete med välfärdsområdet, Folkhälsan)')
_BRACKETED_CLOSING_WITH_RE = re.compile(rf"\s*\(\s*{COOP_PHRASE}\s+(?P<who>[^()]+?)\s*\)\s*\.?\s*$")


def bracketed_partners(text: str) -> tuple[str, list[str]] | None:
    """(the action without the bracket, the partners) of an action cell closed by the
    cooperation phrase in brackets, in a table with no column of its own for partners: the
    brackets set the phrase apart from what is done, as a partner column would ('Ordnar
    kvällskurser (i samarbete med X, Y)' -> ('Ordnar kvällskurser', ['X', 'Y'])). Unbracketed,
    the phrase stays in the text (`partners_named_in_action`). Each name a body or a proper
    name (`_named`, as in the tail's place); else None."""
    return _cut_named_partners(text, _BRACKETED_CLOSING_WITH_RE)


def _cut_named_partners(text: str, phrase_re: re.Pattern) -> tuple[str, list[str]] | None:
    """(the text before the cooperation phrase `phrase_re` finds at its end, the partners it
    names) when something stands before it and each name is a body or a proper name
    (`_named`, its head word's too: 'tekniska sektorn'); else None."""
    text = squash(text)
    m = phrase_re.search(text)
    if not m or not text[:m.start()].strip():
        return None
    partners = _named_partners(m.group("who"))
    if partners is None:
        return None
    return text[:m.start()].rstrip(), partners


def _named_partners(who: str) -> list[str] | None:
    """The partners `who` names when each is a body or a proper name (`_named`, its head
    word's too: 'tekniska sektorn', an adjective before the definite head); else None."""
    _, partners = split_actors(who, "partners")
    if not partners or not all(_named(p) or _named(p.split()[-1]) for p in partners):
        return None
    return partners


def subject_sentence_fields(text: str) -> tuple[list[str], str | None]:
    """(partners, time) of an action sentence whose subject is its doer ('Biblioteket ordnar
    språkcaféer tillsammans med Röda Korset, varje vecka.', seventieth set): a programme
    without a doer column or field says whom the doer works with by the cooperation phrase
    and when after the sentence's last comma. The time is the part after that comma when it
    is a time and nothing else (`actors.time_only`: 'från hösten 2025', 'två gånger per år');
    the partners are named after the phrase closing what is before it
    (`partners_named_in_action`: bodies or proper names). The sentence itself stays the
    action's text, as the writers keep it."""
    body = squash(text).rstrip(".").rstrip()
    when = None
    head, sep, tail = body.rpartition(", ")
    if sep and head and time_only(tail):
        body, when = head, tail
    return partners_named_in_action(body), when


def committed_action(action) -> tuple[str, list[str]]:
    """(what is done, the partners) of a commitment naming its doer, a
    `prose_actions.ProseAction` ('Därför ska skolan ordna X tillsammans med Y, varje höst.',
    'Stadsplaneringen ska höra X, år 2027.'): the verb phrase (`ProseAction.clause`); a
    cooperation phrase right before the time closing the sentence is whom the doer works with
    (`partners_closing_item`), no part of what is done."""
    text, partners = action.clause or action.text, action.partners
    if action.schedule and (cut := partners_closing_item(text)) is not None:
        text, partners = cut[0], cut[1] or partners
        # ('… ordna X från våren 2027 i samarbete med Y.': the time before the cooperation
        # phrase closes what is done, no part of it)
        if text.endswith(" " + action.schedule) and len(text) > len(action.schedule) + 1:
            text = text[:-len(action.schedule)].rstrip(" ,")
    return text, partners
