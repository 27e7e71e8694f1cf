"""Column headers shortened with a full stop ('Ansv.', 'Åtg.', 'Uppf.').

A table with many narrow columns (Delmål | Åtgärd | Ansv. | Tid | Mätare) cuts the header of a
narrow column down to its first letters and marks the cut with a full stop, as Swedish
abbreviations do ('ansv.' for 'ansvarig', 'uppf.' for 'uppföljning'). The shortened word names
the role of the structure word it begins, when it begins the words of one role only."""
from __future__ import annotations

# fewer letters than this say too little of the word ('a.', 'm.')
ABBREVIATION_MIN_LETTERS = 3


def abbreviated_role(folded: str, tables: tuple[dict[str, tuple[str, ...]], ...]) -> str | None:
    """The role whose stems all the words `folded` (a header word printed with a full stop
    after it, folded) may be the start of, or None when it starts none or those of two
    roles."""
    if len(folded) < ABBREVIATION_MIN_LETTERS:
        return None
    roles = {role for table in tables for role, stems in table.items()
             if any(st.startswith(folded) and st != folded for st in stems)}
    return roles.pop() if len(roles) == 1 else None
