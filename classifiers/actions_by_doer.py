"""Actions sorted by who does them: 'Bilaga 1. Åtgärder per ansvarig aktör' over one heading
per responsible body ('Medborgarinstitutet', 'Föreningar och församling'), each over the list
of that body's actions. A programme that states its goals in one place and gathers the
actions in an appendix ordered by doer, so that each actor finds its own tasks, names the
doer once, in the heading; the items name only what is done (and the goal they serve). The
heading is the responsible of every action under it — all of the heading, as printed."""

from __future__ import annotations

import re
from itertools import takewhile

from .actors import names_actor
from .elements import Element
from .headers import header_roles
from .reader_shared import theme_name

# a heading announcing the actions ordered by their doer: '… per ansvarig aktör', 'per
# ansvarig', 'per aktör', 'per förvaltning', 'ordnade efter ansvarig'
# ... and the tasks listed per person answering for them ('Uppgiftslistor per ansvarsperson',
# 'Uppgifter per ansvarig'): each person's heading over the list of that person's tasks
_PER_DOER_RE = re.compile(
    r"\b(?:åtgärder|uppgift(?:er|slist))\w*\s+(?:per|efter|enligt)\s+(?:ansvarig\w*(?:\s+aktör\w*)?|aktör\w*"
    r"|ansvarsperson\w*|huvudman\w*|förvaltning\w*|sektor\w*|enhet\w*|verksamhet\w*|organisation\w*)\s*$"
    # ... or the parts the departments wrote themselves, named by the departments in the plural
    # genitive ('Sektorernas del', 'Sektorernas mål och åtgärder', 'Enheternas åtgärder',
    # 'Förvaltningarnas insatser'): a programme written section by section by each department,
    # each heading naming the department that answers for the actions under it
    r"|^(?:\d+(?:\.\d+)*\.?\s+)?(?:sektorernas|enheternas|förvaltningarnas|avdelningarnas|verksamheternas"
    r"|nämndernas|sektorers|enheters|förvaltningars)\s+(?:del(?:ar)?|mål|åtgärder|insatser|bidrag|uppgifter)\b", re.I)


def announces_actions_by_doer(text: str) -> bool:
    return bool(_PER_DOER_RE.search(" ".join((text or "").split())))


def by_doer_headings(elements: list[Element]) -> set[int]:
    """Indexes of the headings right under a heading that announces actions per doer, when
    there are two at least and each names an actor (`actors.names_actor`)."""
    out: set[int] = set()
    for i, el in enumerate(elements):
        if el.kind != "heading" or not announces_actions_by_doer(el.text):
            continue
        children: list[int] = []
        child_level = None
        for j in range(i + 1, len(elements)):
            h = elements[j]
            if h.kind != "heading":
                continue
            if h.level <= el.level:
                break
            if child_level is None:
                child_level = h.level
            if h.level == child_level:
                children.append(j)
        # the headings naming a body, all of them or a run of two at least opening the part
        # with only headings naming none after it (a closing 'Samarbetspartnernas
        # åtaganden' or 'Uppföljning' after the bodies' own lists)
        named = list(takewhile(lambda j: _body_name(elements[j].text), children))
        if len(named) >= 2:
            out |= set(named)
    return out


def _body_name(heading: str) -> bool:
    """The heading is a body's name ('Äppelö skola och förskola', 'Medborgarinstitutet'):
    it names an actor and no structure role ('Åtgärder som välfärdsområdet ansvarar för'
    names the actions, a chapter title, not a doer)."""
    name = theme_name(heading)
    # (a person with a post, 'Anna Berg, chef för arbets- och näringstjänsterna': the person)
    return (names_actor(name) or names_actor(person_named(name))) and not header_roles(name)


# 'Anna Berg, fritidschef': a person's name, then after a comma the post in lower case (a task
# list per person heads each person's tasks so)
_PERSON_WITH_POST_RE = re.compile(r"^(?P<name>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,3}),\s+[a-zåäö]")


def person_named(heading: str) -> str:
    """The person a doer's heading names, without the post after the comma ('Anna Berg,
    fritidschef' -> 'Anna Berg'); any other heading as it is."""
    m = _PERSON_WITH_POST_RE.match(heading)
    return m.group("name") if m else heading
