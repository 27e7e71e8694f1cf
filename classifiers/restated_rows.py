"""A table that repeats the actions the text already listed, word for word, to give each its
time or doer ('När gör vi vad?' Vad | När, a brochure's timetable; 'Vem gör vad?' Åtgärd |
Ansvar at the end of a chapter of bullets): its rows are those actions again, no new ones.
Every row of the table must repeat exactly one action read before it (the same words, case,
spacing and a closing full stop aside) and at least MIN_ROWS rows must: a table holding an
action of its own is read as usual. The row's schedule, doer and partners go to the action
where the text left them unsaid (`builder.Builder._fold_restating_rows`)."""

from __future__ import annotations

from .text import NUMBERED_RE, fold, squash

MIN_ROWS = 2


# (a print may set a range's dash as an em dash or a hyphen: '7—9' is '7–9')
_DASHES = str.maketrans({"—": "–", "‒": "–", "−": "–"})


def _key(text: str) -> str:
    # (a row printed as a numbered record, '4.1 <action>' over its fields, repeats the action
    # as its number's table row does: the number is the print's, no part of the words)
    return fold(NUMBERED_RE.sub("", squash(text), count=1).translate(_DASHES)).rstrip(" .;:").strip()


def restated_rows(earlier: list[tuple[str, str]], rows: list[tuple[str, str]],
                  min_rows: int = MIN_ROWS) -> dict[str, str] | None:
    """{row's measure id: the earlier measure's id} where every one of `rows` (id, text)
    repeats exactly one of `earlier` (id, text), at least MIN_ROWS of them and each earlier
    action at most once; else None."""
    if len(rows) < min_rows or not rows:
        return None
    by_text: dict[str, list[str]] = {}
    for mid, text in earlier:
        by_text.setdefault(_key(text), []).append(mid)
    out: dict[str, str] = {}
    for mid, text in rows:
        found = by_text.get(_key(text), [])
        if len(found) != 1 or found[0] in out.values():
            return None
        out[mid] = found[0]
    return out
