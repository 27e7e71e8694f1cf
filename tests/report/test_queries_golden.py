"""Every query in docs/queries.md returns the expected rows on the golden programs.

The database is built the way `koto ingest` builds it: the ruled PDF of every golden/<slug>/
through the real pipeline (pipeline.golden.run_variant), loaded with Warehouse.load, search
index built with warehouse.search.build_index. The expected rows of each question are computed
here in plain Python from the ProgramExtraction objects, following the rule the question's text
in docs/queries.md states — never by running SQL and never typed in, so they follow the
classifiers when those change. What only the database defines is taken from the same public
functions the warehouse uses: canonical actor ids and names (warehouse.canonical_actor, which
delegates to classifiers.actors) and Swedish stems (warehouse.search.stem_words).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any, Callable, Iterable

import duckdb
import pytest

from test_queries_doc import _queries  # the parser of docs/queries.md, shared

# --- the golden database ------------------------------------------------------------------


class Golden:
    """The extractions as the warehouse keeps them, with program ids, in load order."""

    def __init__(self, extractions: list) -> None:
        from warehouse import program_id_for

        self.programs = []
        for ex in extractions:
            pid = program_id_for(ex.program.sha256)
            self.programs.append({
                "pid": pid,
                "ex": ex,
                "meta": ex.program,
                # a duplicate id keeps its first occurrence (documented in Warehouse.load)
                "goals": _first_of_each_id(ex.goals),
                "measures": _first_of_each_id(ex.measures),
                "indicators": _first_of_each_id(ex.indicators),
            })


def _first_of_each_id(items: Iterable[Any]) -> list[Any]:
    seen: set[str] = set()
    out = []
    for it in items:
        if it.id not in seen:
            seen.add(it.id)
            out.append(it)
    return out


@pytest.fixture(scope="module")
def golden_db(tmp_path_factory, golden_output):
    """(path of the database, Golden) for the ruled PDFs of every golden program."""
    from pipeline import golden
    from warehouse import Warehouse
    from warehouse.search import build_index

    extractions = [golden_output(d, "ruled") for d in golden.programs(None, None)]
    assert extractions, "no golden programs found"
    path = tmp_path_factory.mktemp("golden-queries") / "koto.duckdb"
    with Warehouse(path) as wh:
        for ex in extractions:
            assert wh.load(ex) == "loaded", ex.program.source_file
        build_index(wh.con)  # as pipeline.ingest does once per run
    return path, Golden(extractions)


def _run(path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)  # as koto query opens it
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# --- helpers: the SQL conventions the queries rely on, said in Python -----------------------


def _concat(*parts: Any) -> str:
    """DuckDB concat(): NULL arguments are skipped."""
    return "".join("" if p is None else str(p) for p in parts)


def _period(meta) -> str:
    return _concat(meta.period_start, "–", meta.period_end)


def _overview_period(meta) -> str | None:
    """measures_overview.period: '2022–2024', a single year, or NULL."""
    if meta.period_start is None:
        return None
    if meta.period_end is None or meta.period_end == meta.period_start:
        return str(meta.period_start)
    return f"{meta.period_start}–{meta.period_end}"


def _asc(x: Any) -> tuple:  # DuckDB sorts NULL last, ascending and descending
    return (x is None, "" if x is None else x)


def _desc_num(x: Any) -> tuple:
    return (x is None, 0 if x is None else -x)


def _main_goal(item) -> str | None:
    return item.goal or (item.goals[0] if item.goals else None)


def _goal_list(item) -> list[str]:
    return [g for g in dict.fromkeys(([item.goal] if item.goal else []) + list(item.goals)) if g]


def _measure_theme(prog, m) -> str | None:
    """A measure without a theme of its own takes its goal's."""
    goals = {g.id: g for g in prog["goals"]}
    g = goals.get(_main_goal(m))
    return m.theme_code or (g.theme_code if g else None)


def _links(golden: Golden):
    """(program, measure, actor name, role) as measure_actors and actors hold them; the name
    of an actor is the first canonical spelling loaded, as in the warehouse."""
    from warehouse import canonical_actor

    names: dict[str, str] = {}
    out = []
    for prog in golden.programs:
        for m in prog["measures"]:
            for role, raws in (("responsible", m.responsible), ("partner", m.partners)):
                for raw in raws:
                    if not raw or not raw.strip():
                        continue
                    aid, canon = canonical_actor(raw)
                    names.setdefault(aid, canon)
                    out.append((prog, m, aid, role))
    return [(prog, m, names[aid], role) for prog, m, aid, role in out]


def _assert_rows(got: list[tuple], expected: list[tuple], order: Callable[[tuple], Any],
                 question: str) -> None:
    """Same rows (as a multiset) and the ORDER BY respected; rows tied on the ORDER BY key may
    come in any order."""
    assert Counter(got) == Counter(expected), (question, sorted(got, key=repr),
                                               sorted(expected, key=repr))
    keys = [order(r) for r in got]
    assert keys == sorted(keys), f"{question}: rows out of order"


# --- expected rows, question by question ---------------------------------------------------


def expect_1(golden: Golden) -> list[tuple]:
    """Housing measures that no indicator follows: neither one naming the measure nor one
    following its goal without naming a measure."""
    groups: dict[tuple, list] = defaultdict(list)
    for prog in golden.programs:
        for m in prog["measures"]:
            if _measure_theme(prog, m) != "housing":
                continue
            mgoals = set(_goal_list(m))
            followed = any(
                i.measure == m.id or (not i.measure and mgoals & set(_goal_list(i)))
                for i in prog["indicators"]
            )
            if not followed:
                key = (prog["meta"].municipality, _overview_period(prog["meta"]))
                groups[key].append((m.page, f"{prog['pid']}:{m.id}", m.text))
    rows = []
    for (muni, period), ms in groups.items():
        ms.sort(key=lambda t: (_asc(t[0]), t[1]))
        rows.append((muni, period, len(ms), " | ".join(t[2] for t in ms)))
    return sorted(rows, key=lambda r: (_asc(r[0]), _asc(r[1])))


def _actor_ranking(golden: Golden, role: str, with_municipalities: bool) -> list[tuple]:
    measures: dict[str, set] = defaultdict(set)
    programs: dict[str, set] = defaultdict(set)
    munis: dict[str, set] = defaultdict(set)
    for prog, m, name, r in _links(golden):
        if r != role:
            continue
        measures[name].add((prog["pid"], m.id))
        programs[name].add(prog["pid"])
        if prog["meta"].municipality is not None:
            munis[name].add(prog["meta"].municipality)
    rows = []
    for name in measures:
        row: tuple = (name, len(measures[name]), len(programs[name]))
        if with_municipalities:
            row += (", ".join(sorted(munis[name])) or None,)
        rows.append(row)
    return sorted(rows, key=lambda r: (-r[1], r[0]))[:10]


def expect_2(golden: Golden) -> list[tuple]:
    """Actors by the number of measures they are responsible for, top ten."""
    return _actor_ranking(golden, "responsible", with_municipalities=True)


def expect_3(golden: Golden) -> list[tuple]:
    """Each program against the one before it in its municipality: measures per theme."""
    by_muni: dict[Any, list] = defaultdict(list)
    for prog in golden.programs:
        by_muni[prog["meta"].municipality].append(prog)

    def per_theme(prog) -> Counter:
        return Counter(_measure_theme(prog, m) or "other" for m in prog["measures"])

    rows = []
    for muni, progs in by_muni.items():
        if muni is None:  # the SQL pairs programs by municipality = municipality
            continue
        progs.sort(key=lambda p: (_asc(p["meta"].period_start), p["pid"]))
        for a, b in zip(progs, progs[1:]):
            ea, lb = per_theme(a), per_theme(b)
            for theme in sorted(set(ea) | set(lb)):
                rows.append((muni, _period(a["meta"]), _period(b["meta"]), theme,
                             ea[theme], lb[theme], lb[theme] - ea[theme]))
    return sorted(rows, key=lambda r: (r[0], r[1], r[3]))


def expect_4(golden: Golden) -> list[tuple]:
    """Indicators per theme: the theme of the measure an indicator follows, else its goal's."""
    count: Counter = Counter()
    progs: dict[str, set] = defaultdict(set)
    for prog in golden.programs:
        measures = {m.id: m for m in prog["measures"]}
        goals = {g.id: g for g in prog["goals"]}
        for i in prog["indicators"]:
            m = measures.get(i.measure) if i.measure else None
            g = goals.get(_main_goal(i) or (_main_goal(m) if m else None))
            theme = (m.theme_code if m else None) or (g.theme_code if g else None) or "other"
            count[theme] += 1
            progs[theme].add(prog["pid"])
    return sorted(((t, n, len(progs[t])) for t, n in count.items()), key=lambda r: (-r[1], r[0]))


def expect_5(golden: Golden) -> list[tuple]:
    """Measures without a responsible actor (partners do not count)."""
    responsible = {(prog["pid"], m.id) for prog, m, _, role in _links(golden)
                   if role == "responsible"}
    rows = []
    for prog in golden.programs:
        for m in prog["measures"]:
            if (prog["pid"], m.id) not in responsible:
                rows.append(((prog["meta"].municipality, _period(prog["meta"]), m.text, m.page),
                             f"{prog['pid']}:{m.id}"))
    rows.sort(key=lambda t: (_asc(t[0][0]), t[0][1], _asc(t[0][3]), t[1]))
    return [r for r, _ in rows]


def expect_6(golden: Golden) -> list[tuple]:
    """Measures whose schedule ends after 2025."""
    return [(prog["meta"].municipality, m.text, m.schedule, m.start_year, m.end_year, m.page)
            for prog in golden.programs for m in prog["measures"]
            if m.end_year is not None and m.end_year > 2025]


def expect_7(golden: Golden) -> list[tuple]:
    """Partners by the number of measures that name them, top ten."""
    return _actor_ranking(golden, "partner", with_municipalities=False)


def expect_8(golden: Golden) -> list[tuple]:
    """Goals per program and theme."""
    count: Counter = Counter()
    for prog in golden.programs:
        for g in prog["goals"]:
            count[(prog["meta"].municipality, _period(prog["meta"]), g.theme_code or "other")] += 1
    return sorted(((*k, n) for k, n in count.items()), key=lambda r: (_asc(r[0]), r[1], r[2]))


def expect_9(golden: Golden) -> list[tuple]:
    """Pages OCRed and repairs by rule, per program."""
    rows = []
    for prog in golden.programs:
        ex, meta = prog["ex"], prog["meta"]
        rules = Counter(r.rule for r in ex.repairs)
        by_rule = ", ".join(f"{rule}: {n}" for rule, n in
                            sorted(rules.items(), key=lambda kv: (-kv[1], kv[0]))) or None
        rows.append(((meta.municipality, _period(meta), meta.page_count or len(ex.pages),
                      meta.ocr_pages, sum(p.source == "ocr" for p in ex.pages), len(ex.repairs),
                      by_rule), meta.period_start))
    rows.sort(key=lambda t: (_asc(t[0][0]), _asc(t[1])))
    return [r for r, _ in rows]


def expect_10(golden: Golden, sql: str) -> list[tuple]:
    """Measures with a word of the same stem as the query word, or a compound / longer
    inflection of it (the matching rule of warehouse/search.py's docstring)."""
    from warehouse.search import STOPWORDS, stem_words

    query = re.search(r"koto_search\('([^']*)'\)", sql).group(1)

    def words(text: str) -> list[str]:
        return [w for w in re.findall(r"[^\W_]+", text.lower())
                if len(w) >= 2 and w not in STOPWORDS]

    def fold(stem: str) -> str:
        return stem.replace("ä", "a").replace("ö", "o").replace("é", "e")

    items = [(prog, m) for prog in golden.programs for m in prog["measures"]]
    vocab = sorted({w for _, m in items for w in words(m.text)} | set(words(query)))
    con = duckdb.connect()
    try:
        stems = stem_words(con, vocab)
    finally:
        con.close()
    qkeys = {fold(stems[w]) for w in words(query)}

    def matches(k: str, q: str) -> bool:
        return (k == q or (len(q) >= 4 and k.startswith(q))
                or (len(k) >= 4 and q.startswith(k) and len(q) - len(k) <= 2))

    rows = [("measure", prog["meta"].municipality, m.page, m.text) for prog, m in items
            if any(matches(fold(stems[w]), q) for w in words(m.text) for q in qkeys)]
    return sorted(rows, key=lambda r: (_asc(r[1]), _asc(r[2]), r[3]))


ORDER = {  # the ORDER BY of each query, over its output columns (ties may come in any order)
    1: lambda r: (_asc(r[0]), _asc(r[1])),
    2: lambda r: (-r[1], r[0]),
    3: lambda r: (r[0], r[1], r[3]),
    4: lambda r: (-r[1], r[0]),
    5: lambda r: (_asc(r[0]), r[1], _asc(r[3])),
    6: lambda r: (_desc_num(r[4]), _asc(r[0]), _asc(r[5])),
    7: lambda r: (-r[1], r[0]),
    8: lambda r: (_asc(r[0]), r[1], r[2]),
    9: lambda r: (_asc(r[0]),),
    10: lambda r: (_asc(r[1]), _asc(r[2]), r[3]),
}

EXPECT = {1: expect_1, 2: expect_2, 3: expect_3, 4: expect_4, 5: expect_5, 6: expect_6,
          7: expect_7, 8: expect_8, 9: expect_9}


def test_every_documented_query_is_checked_on_golden():
    assert sorted(_queries()) == sorted(ORDER) == sorted([*EXPECT, 10])


@pytest.mark.parametrize("n", sorted(ORDER))
def test_documented_query_on_golden(golden_db, n):
    path, golden = golden_db
    question, sql = _queries()[n]
    got = _run(path, sql)
    expected = expect_10(golden, sql) if n == 10 else EXPECT[n](golden)
    _assert_rows(got, expected, ORDER[n], question)
    if n in (1, 2, 3, 4, 5, 7, 8, 9, 10):
        # these ORDER BYs leave no ties the SQL could break either way: same list exactly
        assert got == expected, question


def test_golden_database_is_not_trivial(golden_db):
    """The checks above mean something only if the golden programs give most queries rows."""
    path, golden = golden_db
    empty = [n for n, (_, sql) in sorted(_queries().items()) if not _run(path, sql)]
    # question 3 needs two periods of one municipality; the golden set has one program each
    assert set(empty) <= {3}, f"questions with no rows on the golden programs: {empty}"
