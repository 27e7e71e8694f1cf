"""A programme printed as one chapter of a broader plan: a welfare plan covering children,
the elderly, people with disabilities and immigrants says which of its chapters is the
integration programme the law requires ('Integrationsprogrammet enligt lagen om främjande
av integration ingår som kapitel 6 i denna plan.'). The other chapters set out goals and
actions for other groups ('5 Äldre invånare': 'Äldre bor tryggt hemma'); they are the
plan's, not the integration programme's. What stands outside the numbered chapters (an
appendix following chapter 6 up) is kept."""

from __future__ import annotations

import re

from .model import Section
from .text import sentences

# 'Integrationsprogrammet ... ingår som kapitel 6 i denna plan' / '... utgör kapitel 4'. A
# plan ordered by its priorities or areas names the part by their word and number instead
# ('... ingår i denna plan som prioritering 3'), which its chapter heading then carries ('4
# Prioritering 3: Integration och goda relationer').
_PART_WORDS = r"kapitel|prioritering|prioriteringsområde|fokusområde|insatsområde|delområde|avsnitt|del"
_CHAPTER_RE = re.compile(
    r"\bintegrationsprogram\w*\b.*?\b(?:ingår|utgör|är)\s+(?:i\s+(?:denna|den\s+här)\s+plan(?:en)?\s+)?"
    rf"(?:som\s+)?(?P<word>{_PART_WORDS})\s+(?P<n>\d{{1,2}})\b", re.I | re.S)
# the same said the other way round: the part first ('Kapitel 6 om integration och goda
# relationer utgör kommunens integrationsprogram'), or the plan holding the programme in a
# part ('Välfärdsplanen … innehåller i kapitel 6 kommunens integrationsprogram'); within one
# sentence, the part's number not followed by a further part number ('kapitel 6 och 7')
_PART_FIRST_RES = (
    re.compile(rf"\b(?P<word>{_PART_WORDS})\s+(?P<n>\d{{1,2}})\b(?!\s*(?:och|,|–|-)\s*\d)[^.;:]{{0,100}}?"
               r"\b(?:utgör|är|bildar)\s+[^.;:]{0,60}?\bintegrationsprogram", re.I | re.S),
    re.compile(rf"\b(?:innehåller|omfattar|rymmer|inkluderar)\s+(?:i\s+)?(?P<word>{_PART_WORDS})\s+(?P<n>\d{{1,2}})\b"
               r"(?!\s*(?:och|,|–|-)\s*\d)[^.;:]{0,60}?\bintegrationsprogram", re.I | re.S),
)


def programme_part(paragraphs: list[str]) -> tuple[str, str] | None:
    """(word, number) of the part a plan's text names as its integration programme
    ('kapitel', '6'; 'prioritering', '3'), else None (a plan naming two is not read)."""
    found = {(m.group("word").lower(), m.group("n")) for p in paragraphs for s in sentences(p)
             for rx in (_CHAPTER_RE, *_PART_FIRST_RES) if (m := rx.search(s))}
    return found.pop() if len(found) == 1 else None


def programme_chapter(paragraphs: list[str]) -> str | None:
    """The number of the chapter a plan's text names as its integration programme, else
    None (a plan naming two is not read)."""
    part = programme_part(paragraphs)
    return part[1] if part and part[0] == "kapitel" else None


def _chapter_of_part(word: str, n: str, sections: list[Section]) -> str | None:
    """The number of the numbered chapter whose heading names the part ('4 Prioritering 3:
    Integration ...' for ('prioritering', '3')), when exactly one does, else None."""
    part_re = re.compile(rf"^\W*{re.escape(word)}\s+{n}(?!\d)", re.I)
    found = {s.number for s in sections
             if s.number and s.number.isdigit() and part_re.match(s.heading[len(s.number):] if
                                                                  s.heading.startswith(s.number) else s.heading)}
    return found.pop() if len(found) == 1 else None


def _chapter(section: str | None, by_id: dict[str, Section]) -> str | None:
    """The number of the numbered chapter (a plain number, '5') a section lies in, else None."""
    while section is not None and section in by_id:
        s = by_id[section]
        if s.number and s.number.isdigit():
            return s.number
        section = s.parent
    return None


def drop_other_chapters(built, paragraphs: list[str]) -> None:
    """Drop the goals, measures and indicators of the numbered chapters other than the one
    the plan names as its integration programme (`built` changed in place)."""
    part = programme_part(paragraphs)
    if part is None:
        return
    own = part[1] if part[0] == "kapitel" else _chapter_of_part(*part, built.sections)
    if own is None:
        return
    by_id = {s.id: s for s in built.sections}
    if not any(_chapter(s.id, by_id) == own for s in built.sections):
        return  # the chapter named is not one this print shows as a numbered heading

    def other(item) -> bool:
        n = _chapter(getattr(item, "section", None), by_id)
        return n is not None and n != own

    gone = {g.id for g in built.goals if other(g)}
    built.goals = [g for g in built.goals if g.id not in gone]
    built.measures = [m for m in built.measures if not other(m) and not (m.goal in gone and not
                                                                          set(m.goals) - gone)]
    kept = {m.id for m in built.measures}
    # (an indicator carries no section of its own: a meter of a dropped goal, with no action
    # of this chapter, went with that goal -- the meter column of another chapter's table)
    built.indicators = [i for i in built.indicators if not other(i) and (i.measure is None or i.measure in kept)
                        and not (i.measure is None and i.goal in gone and not set(i.goals) - gone)]
