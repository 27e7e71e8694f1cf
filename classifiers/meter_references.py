"""An action's follow-up field that names a meter by its code, or says it has none (thirty-ninth set).

    Åtgärdsblankett Å6                      5 Mätare
    Uppföljning | Mätare M5                 • M5 Antal tolkade föräldramöten per läsår (mål 3)
    ...                                     • M6 Andel invånare som trivs ... (mål 4)
    Uppföljning | Ingen egen mätare; rapporteras i årsrapporten.

A programme that keeps its meters in one coded list ('M1'–'M10', in a chapter of its own)
names on each action's form only the code of the meter that follows it up: the field is a
reference, no meter. The listed meter opening with that code is the one that follows the
action (of the action's goal); the reference goes, and the code, the key the list was
printed by, is no part of the meter's text. A listed meter no action names stays with the
goal its own item names. A field saying the action has no meter of its own ('Ingen egen
mätare', 'Inget eget mått; rapporteras i årsrapporten') states no meter either: it goes.

classifiers/README.md, 'Flat level tables and action forms (thirty-ninth set: blind229, blind230)'.
"""

from __future__ import annotations

import re

from .reference_tails import goal_in_closing_parenthesis, number_reference
from .label_vocab import METER_NOUNS, alt
from .actors import POST_STEMS, names_actor
from .text import fold, squash

# 'Mätare M5', 'Indikator I3', 'M5': a meter's code alone, after the word for a meter or not
_CODE = r"[A-ZÅÄÖ]{1,2}\d{1,2}(?:\.\d{1,2})?"
# (the meter nouns in their forms: label_vocab.METER_NOUNS; the code case-sensitive)
_REFERENCE_RE = re.compile(
    rf"^(?:(?i:{alt(METER_NOUNS)})\s+)?(?P<code>{_CODE})\s*\.?$")
# 'Ingen egen mätare', 'Inget eget mått', 'Ingen indikator': the action has no meter of its own
# (the meter nouns: label_vocab.METER_NOUNS. 'Ingen uppföljning' is left out: it may say that
# the follow-up itself is missing, a finding, not that the action has no meter)
_NO_METER_RE = re.compile(r"^(?:ingen|inget|inga)\s+(?:egen\s+|eget\s+|egna\s+|särskild\s+|särskilt\s+)?"
                          rf"{alt(METER_NOUNS)}\b", re.I)


# An action's follow-up field may name who reports on it instead of what is measured
# ('Uppföljning: Välfärdskoordinatorn rapporterar årligen till kommunstyrelsen', 'Uppföljning:
# Bibliotekschefen', 'Rektorn för medborgarinstitutet'): the reporter, a post or a unit, no
# meter. The verbs of reporting in the present ('rapporterar', 'redogör', 'redovisar',
# 'återrapporterar'), after a subject of at most four words that names an actor; and no
# quantity after it ('Skolan redovisar andelen elever …' names what is measured)
_REPORTS_RE = re.compile(r"^(?P<subject>(?:\S+\s+){0,3}?\S+)\s+(?:återrapporterar|rapporterar|redogör|redovisar)\b"
                         r"(?P<rest>.*)$", re.I | re.S)
_QUANTITY_RE = re.compile(r"\b(?:antal(?:et)?|andel(?:en)?|procent|mängd(?:en)?|nivå(?:n)?)\b", re.I)
# posts named by their ordinary short or two-part names besides the agent nouns
# `actors.names_post` knows ('vd', 'kontaktpersonen')
_OTHER_POSTS = frozenset(("vd", "kontaktperson", "kontaktpersonen"))
_POST_END_RE = re.compile(rf"(?:{'|'.join(POST_STEMS)})(?:en|n|et|na)?$")
_PREPOSITION_RE = re.compile(r"\s+(?:för|vid|inom|på|i)\s+", re.I)


def names_reporter(text: str) -> bool:
    """A follow-up field's value that names who reports, not a meter: a post or unit alone
    ('Bibliotekschefen', 'Chefen för småbarnspedagogiken', 'Bostadsbolagets vd'), or a sentence
    whose subject is an actor and whose verb is one of reporting ('Personalservicen
    rapporterar till stadsstyrelsen')."""
    flat = squash(text).rstrip(".").strip()
    if not flat:
        return False
    m = _REPORTS_RE.match(flat)
    if m:
        return names_actor(m.group("subject")) and not _QUANTITY_RE.search(m.group("rest"))
    head = _PREPOSITION_RE.split(flat, maxsplit=1)[0].split()
    if not head or len(head) > 2 or not head[0][:1].isupper():
        return False
    # (two words: the post of a body named in the genitive, 'Bostadsbolagets vd' -- not a
    # quantity of posts, 'Antal S2-lärare')
    if len(head) == 2 and not head[0].endswith("s"):
        return False
    last = fold(head[-1].lower())
    # (the post is the word's last part: 'bibliotekschefen', not 'personalomsättningen')
    return last in _OTHER_POSTS or bool(_POST_END_RE.search(last))


def _listed(code: str, text: str) -> str | None:
    """The meter `text` without its opening `code` ('M5 Antal …' -> 'Antal …'), else None."""
    m = re.match(rf"^\s*(?:[•·\-–]\s*)?{re.escape(code)}[.:]?\s+(?=\S)", text)
    return text[m.end():] if m else None


def _without_goal_key(text: str) -> str:
    """A coded list's meter without its closing '(mål 3)': the goal it belongs to, a key of
    the list as the code is, no part of what is measured."""
    found = goal_in_closing_parenthesis(text)
    return found[0] if found and found[0] else text


def link_meter_references(built) -> None:
    """Meters named by code on an action's form: the listed meter of that code follows the
    action; the reference, and a note of no meter, go."""
    by_id = {m.id: m for m in built.measures}
    drop: set[str] = set()
    prefixes: set[str] = set()
    for ind in built.indicators:
        if _NO_METER_RE.match(squash(ind.text)):
            drop.add(ind.id)
        elif ind.measure is not None and names_reporter(ind.text):
            drop.add(ind.id)  # the action's follow-up field names who reports, no meter
    # (each code's listed meter is found before any is rewritten: a second form naming the
    # same code finds it as the first did, its code cut off by then)
    listed_as: dict[str, tuple | None] = {}
    claimed: set[str] = set()
    for ind in built.indicators:
        ref = _REFERENCE_RE.match(squash(ind.text))
        if ref is None or ind.id in drop:
            continue
        code = ref.group("code")
        if code not in listed_as:
            listed = [(o, rest) for o in built.indicators if o is not ind and o.id not in drop
                      and (rest := _listed(code, o.text)) is not None]
            listed_as[code] = listed[0] if len(listed) == 1 else None
        if listed_as[code] is None:
            continue
        meter, rest = listed_as[code]
        drop.add(ind.id)
        if meter.id in claimed:
            continue  # the meter follows the first form naming it
        claimed.add(meter.id)
        meter.text = _without_goal_key(rest)
        if ind.measure and ind.measure in by_id:
            meter.measure = ind.measure
            goal = by_id[ind.measure].goal
            if goal:
                meter.goal, meter.goals = goal, [goal]
        prefixes.add(re.match(r"[A-ZÅÄÖ]+", code).group(0))
    # (the list's other meters, those no form names, are keyed by codes of the same kind:
    # 'M6 Andel …' beside 'M5 Antal …' -- the code is no part of their text either)
    for ind in built.indicators:
        if ind.id in drop or ind.measure is not None:
            continue
        for prefix in prefixes:
            if (m := re.match(rf"^{re.escape(prefix)}\d{{1,2}}\s+(?=[^\W\d_])", ind.text)):
                ind.text = _without_goal_key(ind.text[m.end():])
    if drop:
        built.indicators[:] = [i for i in built.indicators if i.id not in drop]


# 'U1 Antal …', 'U2 Antal …', 'U3 Andel …': a meter list keyed by a letter and a running number
_RUNNING_CODE_RE = re.compile(r"^\s*(?P<prefix>[A-ZÅÄÖ]{1,2})(?P<num>\d{1,2})[.:]?\s+(?=[^\W\d_])")


def drop_running_meter_codes(built) -> None:
    """A list of meters keyed by running codes ('U1 …', 'U2 …', 'U3 …', at least three, of one
    letter, numbered 1, 2, 3 … in order, the document's meters read from it): the code is the
    key the list is printed by, no part of what is measured; so is the closing '(åtgärd 1.1)'
    of a meter it was linked to the action by (`reference_tails`)."""
    coded = [(ind, m) for ind in built.indicators if (m := _RUNNING_CODE_RE.match(ind.text))]
    if len(coded) < 3 or len({m.group("prefix") for _, m in coded}) != 1:
        return
    if [int(m.group("num")) for _, m in coded] != list(range(1, len(coded) + 1)):
        return
    for ind, m in coded:
        text = ind.text[m.end():]
        ref = number_reference(text) if ind.measure else None
        if ref is not None and ref[1] == "measure":
            text = ref[0]
        ind.text = text


# '1.1.3 Antalet beviljade lönesubventioner': a meter opening with a number code of two or
# more parts, as the actions beside it open with theirs ('1.1.3 Lönesubvention …')
_NUMBER_CODE_RE = re.compile(r"^\s*(?P<code>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=[^\W\d_])")


def link_meters_by_action_code(built) -> None:
    """A meter of a goal opening with the number code of one of that goal's actions ('1.1.3
    Antalet …' in the meter cell of the row whose actions are '1.1.1 …' to '1.1.3 …'): the
    meter of that action, as a meter closing with '(åtgärd 1.1.3)' is. One action of the goal
    opening with the code, else the meter stays the goal's."""
    for ind in built.indicators:
        if ind.measure is not None or (m := _NUMBER_CODE_RE.match(ind.text)) is None:
            continue
        code = m.group("code")
        hits = [x for x in built.measures if (ind.goal is None or x.goal == ind.goal)
                and (c := _NUMBER_CODE_RE.match(x.text)) and c.group("code") == code]
        if len(hits) == 1:
            ind.measure = hits[0].id
            if hits[0].goal:
                ind.goal, ind.goals = hits[0].goal, [hits[0].goal]
