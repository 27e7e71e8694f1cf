"""Two readings of one action joined into one measure: a table row restating an action the
text states (`merge._merge_measures`, by the action's number; `restated_in_order`, by its place
in the list). Both keep the text's action and take from the row what a table says better."""

from __future__ import annotations


def take_row_fields(m, row) -> None:
    """Measure `m` takes table row `row`'s doers, partners (with the short forms printed for
    the names kept, `Measure.printed_actors`), time and, when it has none, theme."""
    m.responsible = row.responsible or m.responsible
    m.partners = row.partners or m.partners
    forms = {**m.printed_actors, **row.printed_actors}
    m.printed_actors = {n: forms[n] for n in (*m.responsible, *m.partners) if n in forms}
    if row.schedule:
        # the years are those of the schedule kept: an open end ('från 2025') is not closed
        # by a year of the other reading's schedule
        m.schedule, m.start_year, m.end_year = row.schedule, row.start_year, row.end_year
    m.theme = m.theme or row.theme


def drop_joined(b, remap: dict[str, str]) -> None:
    """Drop the measures joined into another (`remap`: joined id -> kept id); their
    indicators follow the measure kept."""
    if not remap:
        return
    b.measures = [m for m in b.measures if m.id not in remap]
    for i in b.indicators:
        if i.measure in remap:
            i.measure = remap[i.measure]
