"""Lists written inside one sentence, each item opened by a letter or a number in brackets.

Programmes that save space, or whose prose is formal, run a short list of actions in one
sentence instead of a bulleted list: 'Åtgärder: (a) en koordinator anställs från 2026; (b)
kommunerna tar fram en broschyr 2025; (c) socialsekreterarna möts två gånger per år.', or
'För att nå dit kommer kommunen att (1) starta ..., (2) bjuda in ... och (3) ordna ...'. The
markers count in order, a, b, c ... or 1, 2, 3 ..., each opening the text after the lead or
after the semicolon, comma or 'och' / 'samt' that closed the item before it; a letter or a
number in brackets anywhere else ('enligt bilaga (a)', 'i punkt 2)') marks no item.
"""

from __future__ import annotations

import re

from .text import sentences

# '(a) ', 'a) ', '(1) ', '1) ': a marker, at the start or after a space
_MARK_RE = re.compile(r"(?:(?<=\s)|^)\(?(?P<mark>[a-zåäö]|\d{1,2})\)\s+")
# what may stand before an item's marker: the lead's end (any), or the joint that closed the
# item before ('; ', ', ', ' och ', ' samt ')
_JOINT_BEFORE_RE = re.compile(r"(?:[;,:]|\s(?:och|samt|eller))\s*$", re.I)
# what joins the items (a comma or semicolon, 'och' / 'samt' / 'eller' before the last)
_LIST_JOINT_RE = re.compile(r"(?:\s*[,;]|\s+(?:och|samt|eller))?\s*[.,;]?\s*$", re.I)


def _in_order(marks: list[str]) -> bool:
    if all(m.isdigit() for m in marks):
        return [int(m) for m in marks] == list(range(1, len(marks) + 1))
    return "".join(marks) == "abcdefghijklmnopqrstuvwxyz"[:len(marks)]


def without_list_joint(item: str) -> str:
    """'... bostadsbidrag (ansvar: X, fortlöpande) och' -> '... bostadsbidrag (ansvar: X,
    fortlöpande)': an item of a list that runs in a sentence without the comma or conjunction
    that joins it to the next item (nor its full stop)."""
    return _LIST_JOINT_RE.sub("", item.rstrip()) or item


def inline_items(sentence: str) -> tuple[str, list[str]] | None:
    """(lead, items) of a sentence that runs a list of two items or more, marked (a), (b),
    (c) ... or (1), (2), (3) ... in order: the text before the first marker, and each item
    without its marker and the joint after it. None for any other sentence."""
    marks = list(_MARK_RE.finditer(sentence))
    if len(marks) < 2 or not _in_order([m.group("mark") for m in marks]):
        return None
    if any(not _JOINT_BEFORE_RE.search(sentence[:m.start()]) for m in marks[1:]):
        return None
    ends = [m.start() for m in marks[1:]] + [len(sentence)]
    items = [without_list_joint(sentence[m.end():e].strip()) for m, e in zip(marks, ends)]
    if not all(items):
        return None
    return sentence[:marks[0].start()].strip(), items


def inline_list(text: str) -> tuple[str, list[str], list[str]] | None:
    """(lead, items, sentences after) of a text whose sentence runs an inline list
    (`inline_items`), with the sentences that follow the list ('... (c) ... planerna.
    Ansvarig för åtgärderna är kommunstyrelsen.': who carries all of them out, said once);
    None when no sentence of the text runs one or the list is not its first sentence."""
    sents = sentences(text)
    if not sents:
        return None
    found = inline_items(sents[0])
    if found is None:
        return None
    return found[0], found[1], sents[1:]


def names_action_of_steps(lead: str) -> bool:
    """A lead before an inline list that names one action of its own, not the kind of its
    items ('Introduktion för nya elever: a) kartläggning ..., b) ...' beside 'Åtgärder: (a)
    ...; (b) ...'): a noun phrase of a few words that names no structure role (`header_roles`)
    and opens with a capital. Its lettered items are the steps that action is carried out by,
    parts of one action with one doer, time and indicator, as 'Delåtgärder' are
    (`headers.names_parts_of_action`) -- the cell is one action."""
    from .headers import header_roles  # (headers reads label words; no cycle at import)

    # (the action's number before it: '1.1 Introduktion för nya elever:')
    label = re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+", "", lead.strip().rstrip(":").strip())
    if not label or not label[:1].isupper() or header_roles(label):
        return False
    words = re.findall(r"[^\W\d_]+", label)
    # a subject and its verb ('Kommunen ska:', 'Vi ordnar:') lead a list of what is done,
    # each item an action of its own
    return 1 <= len(words) <= 8 and not any(w.lower() in _LEAD_VERBS for w in words)


# the words of a lead that goes on as a clause into its items: a modal or a doing verb of the
# subject, or the subject 'vi' ('Kommunen ska: a) ...', 'Vi gör: a) ...')
_LEAD_VERBS = {"ska", "skall", "kommer", "vill", "gör", "ordnar", "erbjuder", "genomför", "vi",
               "att", "är", "har", "bör", "kan"}


# 'a) ', '(b) ' opening an item of a list already split at its semicolons
_ITEM_LETTER_RE = re.compile(r"^\(?(?P<mark>[a-zåäö])\)\s+(?P<text>\S.*)$")


def lettered_items(items: list[str]) -> list[str] | None:
    """The items of a list split at its semicolons without their letters, when every item
    opens with one and they run a, b, c ... in order ('a) antal X; b) andel Y' -> ['antal X',
    'andel Y']; one item 'a) antal X' too); else None."""
    found = [_ITEM_LETTER_RE.match(x.strip()) for x in items]
    if not items or not all(found) or not _in_order([m.group("mark") for m in found]):
        return None
    return [m.group("text").strip() for m in found]


# an inline item closed by its doers and time in one bracket, parted by a semicolon:
# '… (bildningssektorn med X och Y; från hösten 2024)'
_DOER_TIME_TAIL_RE = re.compile(r"^(?P<text>.*?\S)\s*\((?P<doers>[^()]+?)\s*;\s*(?P<when>[^();]+?)\s*\)\s*$")
# the doers' part: the one responsible, then 'med' and the partners (the word 'med' introduces
# them inside the bracket only; 'familjeträffar med tolk' in the action's text is its own)
_WITH_RE = re.compile(r"\s+med\s+")
_PARTNER_JOINT_RE = re.compile(r"\s*,\s+|\s+(?:och|samt)\s+")


def item_doer_time(item: str) -> tuple[str, str, list[str], str] | None:
    """(text, responsible, partners, time) of an item of an inline list closed by a bracket
    '(<responsible>[ med <partner>[ och <partner>]]; <time>)', the way a prose programme
    that lists its actions inside one sentence says who does each and when: 'ordna
    familjeträffar med tolk (småbarnspedagogiken med välfärdsområdet; två gånger per år)'
    -> ('ordna familjeträffar med tolk', 'småbarnspedagogiken', ['välfärdsområdet'], 'två
    gånger per år'). The responsible must name an actor (`actors.names_actor`); the partners
    are split at ', ' / ' och ' only when every part names one or is a capitalised name.
    None for any other item."""
    from .actors import names_actor  # (actors reads headers and schedules; no cycle at import)

    m = _DOER_TIME_TAIL_RE.match(item.strip())
    if m is None:
        return None
    # the responsible before the first ' med ', the partners after it
    resp, rest = (x.strip() for x in (_WITH_RE.split(m.group("doers").strip(), maxsplit=1) + [""])[:2])
    if not resp or not names_actor(resp):
        return None
    partners: list[str] = []
    if rest:
        parts = [p.strip() for p in _PARTNER_JOINT_RE.split(rest) if p.strip()]
        partners = parts if all(p[:1].isupper() or names_actor(p) for p in parts) else [rest]
    return m.group("text"), resp, partners, m.group("when")


# '2 a', '2a', '2 b)', '2.b': an action of an inline list named by its area's number and its letter
_LETTERED_REFERENCE_RE = re.compile(r"^(?P<area>\d{1,2})\s*\.?\s*(?P<mark>[a-zåäö])\)?\.?$")
# ... or opening the action's own item: '1a) <action>', '1 a) …', '2b. …', '(3a) …' -- goals
# numbered 1–N and the actions under each lettered on from its number, the code by which a
# follow-up table names the action ('Åtgärd': '1a'); the letter closed by its bracket or stop
# ('1.a' is an action number, `text.NUMBERED_RE`)
_OPENING_LETTER_CODE_RE = re.compile(r"^\s*\(?(?P<area>\d{1,2})\s?(?P<mark>[a-zåäö])(?:\)|\.(?=\s))\s+(?=\S)")


def inline_marks(sentence: str) -> list[str]:
    """The markers of the inline list a sentence runs ('a', 'b', 'c'; '1', '2'), in order;
    [] when it runs none (`inline_items`)."""
    if inline_items(sentence) is None:
        return []
    return [m.group("mark") for m in _MARK_RE.finditer(sentence)]


def lettered_code(area: str, mark: str) -> str:
    """The code by which a follow-up table names the item lettered `mark` of the inline
    list under area `area` (the last part of its heading's number, '4.2' -> '2'): '2 b'."""
    return f"{area} {mark}"


def lettered_reference(cell: str) -> str | None:
    """The code ('2 b', `lettered_code`) a cell holds alone: an area's number and an item's
    letter ('2 b', '2b'), the way a programme that letters its actions inside each area's
    sentence refers to one of them ('Punkt': '2 b'); None for any other cell."""
    m = _LETTERED_REFERENCE_RE.match(" ".join((cell or "").split()))
    return lettered_code(m.group("area"), m.group("mark")) if m else None


def opening_letter_code(text: str) -> tuple[str, str] | None:
    """(code, text without it) of an action item that opens with its goal's number and its
    own letter ('1a) Språkgrupper ordnas …' -> ('1 a', 'Språkgrupper ordnas …'); the code as
    `lettered_code` gives it, so a table's '1a' names the action); None for any other text."""
    m = _OPENING_LETTER_CODE_RE.match(text or "")
    return (lettered_code(m.group("area"), m.group("mark")), text[m.end():]) if m else None
