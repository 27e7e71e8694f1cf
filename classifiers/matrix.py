"""Responsibility matrices: one column per actor, a mark in the cell of each actor taking part.

    Mål | Åtgärd          | Bildningsavdelningen | Kommunkansliet | Välfärdsområdet | Tidtabell
    A1  | Språkcafé ...   | X                    |                | (X)             | 2025–2028

A programme may name its actors in the header instead of in the rows (a RACI-style matrix):
the header cell is the actor's name, and the row's cell says what part it takes. 'X' makes
the column's actor responsible, '(X)' (the mark in brackets: a lesser part) a partner; a RACI
matrix's letters say the same: R or A (A/R) responsible, C (consulted) a partner, I (only
informed) no part in the action; so do RASCI's S (support) and a Swedish matrix's own letters
('A = ansvarig, S = samarbete', 'H = huvudansvar, D = deltar', 'M = medverkar'). A
column is an actor column when its header names no role and is a short label, and every
body cell is empty or a mark; the table must have two such columns at least and one plain
'X' (a single column of crosses is a yes/no column, 'Genomförd | X', not a matrix).

A column headed by a year alone names a time, not an actor: marks under two or more such
columns say in which years the row's action is carried out (`marked_years`),

    Åtgärd        | Ansvar        | 2026 | 2027 | 2028 | 2029
    Språkcafé ... | Biblioteket   | x    | x    |      |

and the row's schedule is those years as printed, in column order ('2026, 2027').
"""

from __future__ import annotations

import re

from .headers import is_label_cell
from .horizon_columns import horizon_schedule
from .label_vocab import PHASE_NOUNS, alt
from .prose import names_a_stretch_of_time
from .text import FUNCTION_WORDS, squash

# a cross, and a cross in brackets (a lesser part)
_CROSS = r"[xX×✓✔]"
_PARTNER_CROSS = rf"\(\s*{_CROSS}\s*\)"
_MARK_RE = re.compile(rf"^{_CROSS}$")
_PARTNER_MARK_RE = re.compile(rf"^{_PARTNER_CROSS}$")
_YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")
# a RACI matrix's letters ('R', 'A', 'A/R', 'C', 'I'): Responsible and Accountable answer for
# the action, Consulted takes part in it, Informed is only told of it -- the legend such a
# matrix is printed with says so ('den som har R eller A är ansvarig, C samarbetspart').
# RASCI adds S, Support, a part in the work; a Swedish matrix letters the same roles by its
# own words: 'A = ansvarig, S = samarbete / samverkan / stöd', 'H = huvudansvar, D = deltar',
# 'M = medverkar' -- the letter of the lead answers for the action, the others take part
_LEAD_LETTERS = "RAH"
_PART_LETTERS = "CSDM"
_RACI = rf"[{_LEAD_LETTERS}{_PART_LETTERS}I](?:\s*[/,+]\s*[{_LEAD_LETTERS}{_PART_LETTERS}I])*"
# (in lower case too, as a legend may letter them: 'x = ansvarig part, s = samarbetspart')
_RACI_RE = re.compile(rf"^{_RACI}$", re.I)
# a column so headed names who does the row's action; in a RACI matrix, a party
_PARTY_ROLES = ("responsible", "actors", "partners")
# a cell of a matrix's party column: a RACI letter or letters, or a cross
PARTY_MARK_RE = re.compile(rf"^(?:{_RACI}|{_CROSS}|{_PARTNER_CROSS})$", re.I)
# the mark of a party kept informed: a cell of the matrix, but no part in the action
INFORMED = "informed"


def _mark(cell: str) -> str | None:
    """'responsible' for a plain mark or a RACI 'R'/'A', 'partners' for a mark in brackets or a
    'C', `INFORMED` for an 'I' alone, else None."""
    text = squash(cell)
    if _MARK_RE.match(text):
        return "responsible"
    if _PARTNER_MARK_RE.match(text):
        return "partners"
    if _RACI_RE.match(text):
        letters = set(re.findall(r"\w", text.upper()))
        return ("responsible" if letters & set(_LEAD_LETTERS)
                else "partners" if letters & set(_PART_LETTERS) else INFORMED)
    return None


# the tail of a word a narrow header cell broke at its edge: a line of one to three lower-case
# letters that is no word of its own ('Stadskansli' / 'et', 'Arbetskraftsservice' / 'n')
_BROKEN_TAIL_RE = re.compile(r"^[a-zåäö]{1,3}$")


def _party_name(header: str) -> str:
    """A party column's header as one name: its lines joined, a word broken at the cell's
    edge joined again (a matrix's many party columns are narrow)."""
    out = ""
    for line in (ln.strip() for ln in (header or "").splitlines()):
        if out and line and _BROKEN_TAIL_RE.match(line) and line not in FUNCTION_WORDS and out[-1:].isalpha():
            out += line
        else:
            out = f"{out} {line}" if out and line else out or line
    return squash(out)


# a header naming a phase or stage of time by its noun, alone or closing a compound
# ('Inledande skede', 'Etableringsfasen', 'Fas 2', 'Alkuvaihe'), or a horizon ('Långsiktigt',
# 'Kort sikt', `horizon_columns`); or a stretch of the newcomer's path named by its time ('Första
# tiden', 'De första månaderna', 'Efter två år', `prose.names_a_stretch_of_time`, as such a
# heading is read)
_PHASE_RE = re.compile(rf"{alt(PHASE_NOUNS)}\b", re.I)


def names_phase(header: str) -> bool:
    """The header names a phase, stage or horizon in time, not a body that acts."""
    name = squash(header)
    return bool(name) and (_PHASE_RE.search(name) is not None or horizon_schedule(name) is not None
                           or names_a_stretch_of_time(name))


def _without_phase_runs(cols: dict[int, str], headers: list[str]) -> dict[int, str]:
    """The marked columns without the phases: a column headed by a phase ('Inledande skede',
    'Långsiktigt') and one between two such in the same run of neighbouring marked columns
    ('Inledande skede | Etablering | Långsiktigt': the middle phase named by its noun alone,
    one set of alternatives of one kind) say when in the integration path an action is aimed,
    not who does it. Actor columns beside the phases stay."""
    out = dict(cols)
    runs: list[list[int]] = []
    for c in sorted(cols):
        if runs and c == runs[-1][-1] + 1:
            runs[-1].append(c)
        else:
            runs.append([c])
    for run in runs:
        # (the header as one name: 'Långsiktig' / 't', a word broken at a narrow cell's edge)
        phase = [k for k in run if names_phase(_party_name(headers[k]))]
        if not phase:
            continue
        for k in run:
            if k in phase or phase[0] < k < phase[-1]:
                out.pop(k, None)
    return out


def without_marked_phase_times(headers: list[str], rows: list[list[str]], roles: dict[int, str]) -> dict[int, str]:
    """`roles` without the time role of a column headed by a phase that holds only marks ('De
    första månaderna | Första året | Efter två år' over 'x': 'året' reads as a time header):
    a cross says in which phase of the path an action is aimed, it is no schedule (the
    Tidtabell column is) -- the column is one of the run of phases `_without_phase_runs` leaves."""
    drop = {c for c, r in roles.items()
            if r == "schedule" and c < len(headers) and names_phase(_party_name(headers[c]))
            and _marks_only(rows, c)}
    return {c: r for c, r in roles.items() if c not in drop} if drop else roles


def mark_columns(headers: list[str], rows: list[list[str]], roles: dict[int, str],
                 known: set[str] | frozenset[str] = frozenset()) -> dict[int, str]:
    """Column -> actor name of the actor columns of a responsibility matrix, {} for any
    other table. `roles`: the columns the header names (goal, measure, schedule, ...).
    `known`: the party columns of the matrices read before; a table marking only parties so
    named (a card of a matrix printed as cards, which prints only the parties it marks,
    'Sysselsättningsområdet: x') is the matrix's still, one column or more."""
    out: dict[int, str] = {}
    leads: dict[int, int] = {}  # column -> its cells marking the responsible
    years = year_mark_columns(headers, rows, roles)
    for c, h in enumerate(headers):
        name = squash(h)
        if (c in roles and roles[c] not in _PARTY_ROLES) or c in years or not name or not is_label_cell(h):
            continue
        cells = [squash(r[c]) for r in rows if c < len(r) and squash(r[c])]
        marks = [_mark(x) for x in cells]
        if c in roles and not (cells and all(_RACI_RE.match(x) or _MARK_RE.match(x) or _PARTNER_MARK_RE.match(x)
                                             for x in cells)):
            # a header that names a body of doers ('Organisationer') is a column of who
            # unless every cell is a RACI letter or a cross ('x', '(x)'): then it is that
            # party's column of the matrix like its neighbours ('Staden | Välfärdsområdet |
            # Organisationer')
            continue
        if cells and all(marks):
            out[c] = _party_name(h)
            leads[c] = marks.count("responsible")
    # (a run of phase columns beside them says when, not who: `_without_phase_runs`)
    out = _without_phase_runs(out, headers)
    crosses = sum(leads[c] for c in out)
    return out if crosses and (len(out) >= 2 or (out and set(out.values()) <= set(known))) else {}


def mark_actors(row: list[str], columns: dict[int, str]) -> tuple[list[str], list[str]] | None:
    """(responsible, partners) a row of the matrix marks, None when it marks nobody."""
    resp, partners = [], []
    for c, name in columns.items():
        kind = _mark(row[c]) if c < len(row) else None
        if kind == "responsible":
            resp.append(name)
        elif kind == "partners":
            partners.append(name)
    return (resp, partners) if resp or partners else None


def _marks_only(rows: list[list[str]], c: int) -> bool:
    """Every body cell of column `c` is empty or a plain mark, and one at least is a mark."""
    cells = [squash(r[c]) for r in rows if c < len(r) and squash(r[c])]
    return bool(cells) and all(_MARK_RE.match(x) for x in cells)


def year_mark_columns(headers: list[str], rows: list[list[str]], roles: dict[int, str]) -> dict[int, str]:
    """Column -> year of the columns headed by a year alone whose cells are empty or marks
    ('2026 | 2027 | 2028' over 'x'), when there are two such columns at least; {} otherwise.
    A year is a time: such a column names no actor, and a table of figures by year holds
    figures, not marks."""
    out = {c: squash(h) for c, h in enumerate(headers)
           if c not in roles and _YEAR_RE.match(squash(h)) and _marks_only(rows, c)}
    return out if len(out) >= 2 else {}


def marked_years(row: list[str], columns: dict[int, str]) -> str | None:
    """The years a row marks, as their headers are printed, in column order ('2026, 2027');
    None when it marks none."""
    marked = [year for c, year in sorted(columns.items()) if c < len(row) and _MARK_RE.match(squash(row[c]))]
    return ", ".join(marked) or None
