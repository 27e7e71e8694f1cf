"""An action table on its side printed as records, read back as the table it is.

A table with one column per action and one row per field ('Fält | Åtgärd 1 | Åtgärd 2' over
'Åtgärdens innehåll', 'Ansvarig', 'Samarbetspartner', 'Tidtabell', 'Mätare';
`builder.transposed`) printed as cards, as key-value boxes or as numbered records gives one
record per printed ROW -- a field -- and in it one line per action:

    Åtgärd 1: Läxhjälp ordnas …          | Åtgärd 1 | Läxhjälp ordnas … |
    Åtgärd 2: Ett språkcafé startar …    | Åtgärd 2 | Ett språkcafé …   |
    Fält: Åtgärdens innehåll             | Fält     | Åtgärdens innehåll |
    Åtgärd 1: Skolan                     | Åtgärd 1 | Skolan            |
    …                                    …

(a print may take one action column for the record's title, unlabelled, or label it with the
bare noun, 'Åtgärd:'). Read record by record, each action's line would be an action of its
own and the doer's name, the time and the meter too. The records are the table's rows again:
the key that repeats in each record with a different role label as its value ('Fält:
Ansvarig', 'Fält: Tidtabell') is the row's label; the keys naming an action ('Åtgärd 1',
'Åtgärd', the unlabelled title) are the columns. The run is rebuilt as the table turned the
way the builder reads it (one row per action, one column per field, method 'transposed').

Gate, as `builder.transposed`'s: three records at least, each with the same keys; one key not
naming an action whose values are distinct role labels, one of them the actions' contents;
every other key names an action ('Åtgärd 1', 'Insats', or the title), two at least.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.model import Table

from .elements import Element
from .headers import header_role, is_label_cell
from .text import squash

# 'Åtgärd 1: ', 'Fält: ', 'Insats 2.1: ' -- a one-word key, its number or letter, a colon
_KEY_RE = re.compile(r"(?:(?<=\s)|^)(?P<key>[A-ZÅÄÖ][^\W\d_]*(?:\s+\d{1,2}(?:\.\d{1,2})*|\s+[A-Z])?):\s+")
# the fields of a numbered record's line end on a full stop ('Åtgärd 1: X. Fält: Ansvarig.')
_CLOSING_STOP_RE = re.compile(r"\s*\.\s*$")
# records of one table lie together: a run is looked for over this many elements at most
_MAX_RUN = 120


def _pairs(text: str) -> list[tuple[str, str]] | None:
    """The (key, value) pairs of a line of keyed fields ('Åtgärd 1: X Åtgärd 2: Y'), None
    unless the line opens with a key."""
    text = squash(text)
    found = list(_KEY_RE.finditer(text))
    if not found or found[0].start() != 0:
        return None
    out = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        out.append((m.group("key"), _CLOSING_STOP_RE.sub("", text[m.end():end]).strip()))
    return out


def _element_pairs(el: Element) -> list[tuple[str, str]] | None:
    if el.kind == "para":
        return _pairs(el.text)
    t = el.table
    if el.kind == "table" and t is not None and not t.header_rows and t.n_cols == 2:
        pairs = [(squash(r[0]), squash(r[1])) for r in t.rows if len(r) == 2]
        if len(pairs) == len(t.rows) and all(k and len(k.split()) <= 3 for k, _ in pairs):
            return pairs
    return None


def _acts(key: str) -> bool:
    return key == "" or header_role(key) == "measure"


def _table(pairs: list[tuple[str, str]]) -> list[list[str]] | None:
    """The turned table's rows (header of field labels, one row per action) of the pairs of a
    run of records, else None."""
    records: list[dict[str, str]] = [{}]
    for key, value in pairs:
        if key in records[-1]:
            records.append({})
        records[-1][key] = value
    keys = list(records[0])
    if len(records) < 3 or any(list(r) != keys and set(r) != set(keys) for r in records):
        return None
    fields = [k for k in keys if not _acts(k)]
    acts = [k for k in keys if _acts(k)]
    if len(fields) != 1 or len(acts) < 2:
        return None
    labels = [r[fields[0]] for r in records]
    roles = [header_role(x) if x and is_label_cell(x) else None for x in labels]
    if None in roles or len(set(roles)) != len(roles) or "measure" not in roles or "goal" in roles:
        return None
    return [labels] + [[r[k] for r in records] for k in acts]


def read_side_table_records(elements: list[Element]) -> list[Element]:
    """The element stream with each run of records of an action table on its side replaced by
    the table turned (`builder.transposed`'s form)."""
    out: list[Element] = []
    # (each element's keyed fields read once: a run is looked for from each element on)
    keyed = [_element_pairs(el) for el in elements]
    k = 0
    while k < len(elements):
        run, pairs, j = [], [], k
        best: tuple[int, list[list[str]]] | None = None  # (end, rows) of the longest run that is one
        while j < len(elements) and j - k < _MAX_RUN:
            got = keyed[j]
            if got is None and elements[j].kind == "para" and j + 1 < len(elements) \
                    and elements[j + 1].kind == "para" and keyed[j + 1] \
                    and not _KEY_RE.search(squash(elements[j].text)):
                # a numbered record's title, the value of an unlabelled action column
                got = [("", _CLOSING_STOP_RE.sub("", squash(elements[j].text)))]
            if got is None or (not run and not _acts(got[0][0])) \
                    or any(not _acts(key) and not (value and is_label_cell(value) and header_role(value))
                           for key, value in got):
                # (a run opens on an action's line; a key of no action holds a role label, or
                # the records are no table on its side: cut short, as most keyed lines are)
                break
            run.append(elements[j])
            pairs += got
            j += 1
            if (len(run) >= 2 or run[0].kind == "table") and (rows := _table(pairs)) is not None:
                best = (j, rows)
        if best is None:
            out.append(elements[k])
            k += 1
            continue
        first = elements[k]
        table = Table(rows=best[1], header_rows=1, method="transposed")
        out.append(replace(first, kind="table", text="", table=table, pages=[first.page] * len(best[1])))
        k = best[0]
    return out
