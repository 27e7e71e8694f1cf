"""The hand gold of a corpus `source.json` in the project's model.

A gold `goal` that is a list (one merged cell covering several goals) becomes `goals`, with
`goal` its first element; a single id becomes both `goal` and `goals=[id]`.
"""

from __future__ import annotations

from .model import Goal, Indicator, Measure, ProgramExtraction, ProgramMeta
from .schedule import parse_schedule


def _goal_links(value) -> tuple[str | None, list[str]]:
    if value is None:
        return None, []
    if isinstance(value, list):
        return (value[0] if value else None), list(value)
    return value, [value]


def gold_from_corpus(source: dict) -> ProgramExtraction:
    gold = source.get("gold", {})
    meta = ProgramMeta(
        municipality=source.get("municipality"),
        title=source.get("title"),
        period_start=source.get("period_start"),
        period_end=source.get("period_end"),
        language=source.get("language", "sv"),
        source_file=source.get("slug", ""),
    )
    goals = [
        Goal(id=g["id"], text=g["text"], parent=g.get("parent"), theme=g.get("theme"), page=g.get("page"))
        for g in gold.get("goals", [])
    ]
    measures = []
    for m in gold.get("measures", []):
        goal, goals_ = _goal_links(m.get("goal"))
        sched, start, end = parse_schedule(m.get("schedule"))
        measures.append(
            Measure(
                id=m["id"], text=m["text"], goal=goal, goals=goals_,
                responsible=list(m.get("responsible") or []), partners=list(m.get("partners") or []),
                schedule=sched, start_year=start, end_year=end, page=m.get("page"),
                theme_code=m.get("theme_code"),
            )
        )
    indicators = []
    for i in gold.get("indicators", []):
        goal, goals_ = _goal_links(i.get("goal"))
        indicators.append(
            Indicator(id=i["id"], text=i["text"], measure=i.get("measure"), goal=goal, goals=goals_, page=i.get("page"))
        )
    return ProgramExtraction(program=meta, goals=goals, measures=measures, indicators=indicators)
