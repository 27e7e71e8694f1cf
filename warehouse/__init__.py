"""The DuckDB warehouse: schema (schema.sql, views.sql), loading, read-only access.

One `Warehouse` is the only writer of a database file (DuckDB allows one read-write process per
file). `load()` writes one program in one transaction, so a crash or an error at any point
leaves either the whole program or nothing of it.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import secrets
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import duckdb

from classifiers.model import ProgramExtraction

SCHEMA_VERSION = "4"

__all__ = [
    "Warehouse",
    "WarehouseError",
    "WarehouseLocked",
    "connect_readonly",
    "canonical_actor",
    "program_id_for",
]


class WarehouseError(Exception):
    """A database problem, said in one line for the user."""


class WarehouseLocked(WarehouseError):
    """Another process holds the database file."""


def _sql(name: str) -> str:
    return resources.files("warehouse").joinpath(name).read_text(encoding="utf-8")


def program_id_for(sha256: str) -> str:
    # 16 hex digits: short enough to read in query output, collisions need ~2^32 programs.
    return sha256[:16]


def _utcnow() -> _dt.datetime:
    # DuckDB TIMESTAMP has no zone; we store UTC by convention (documented in the schema).
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


# --- actors -------------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def _fallback_canonical(name: str) -> str:
    # Used until classifiers.actors provides the real canonical names: only whitespace and
    # trailing punctuation differ between printings we can safely merge without a lexicon.
    return _WS.sub(" ", name).strip().strip(" .,;:")


def _fallback_key(name: str) -> str:
    return _fallback_canonical(name).casefold()


def _find_actor_functions() -> tuple[Callable[[str], str], Callable[[str], str]]:
    """(display name, identity key) functions: classifiers.actors' when present, so the
    warehouse merges actors exactly as the classifiers compare them."""
    try:
        from classifiers import actors as mod  # type: ignore[attr-defined]
    except Exception:
        return _fallback_canonical, _fallback_key
    name = getattr(mod, "canonical_name", None)
    key = getattr(mod, "actor_key", None)
    return (name if callable(name) else _fallback_canonical,
            key if callable(key) else _fallback_key)


_actor_fns: tuple[Callable[[str], str], Callable[[str], str]] | None = None


def canonical_actor(name: str) -> tuple[str, str]:
    """(actor_id, canonical name) for a name as printed."""
    global _actor_fns
    if _actor_fns is None:
        _actor_fns = _find_actor_functions()
    display, keyfn = _actor_fns
    try:
        canon = display(name) or _fallback_canonical(name)
        key = keyfn(name) or _fallback_key(name)
    except Exception:  # a lexicon bug must not fail the load of a whole program
        canon, key = _fallback_canonical(name), _fallback_key(name)
    return "a_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16], canon


# --- lock errors ----------------------------------------------------------------------------

_PID = re.compile(r"PID (\d+)")


def _lock_message(path: str, err: Exception) -> str:
    msg = str(err)
    m = _PID.search(msg)
    who = ""
    if m:
        pid = int(m.group(1))
        who = f"process {pid}"
        try:
            import psutil

            cmd = " ".join(" ".join(psutil.Process(pid).cmdline()).split())  # one line
            if cmd:
                who += f" ({cmd[:120]})"
        except Exception:
            pass
        return (
            f"{path} is in use by {who}; wait for it to finish or stop it (kill {pid}), then retry"
        )
    return f"{path} is locked by another process; wait for it to finish, then retry"


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    # Query connections never reach the network for extensions: researchers run koto offline
    # and a query must not install code as a side effect.
    config = {"autoinstall_known_extensions": "false"}
    try:
        return duckdb.connect(path, read_only=read_only, config=config)
    except duckdb.IOException as e:
        if "lock" in str(e).lower():
            raise WarehouseLocked(_lock_message(path, e)) from None
        raise WarehouseError(f"{path}: cannot open database: {str(e).splitlines()[0]}") from None
    except duckdb.Error as e:
        raise WarehouseError(f"{path}: cannot open database: {str(e).splitlines()[0]}") from None


def connect_readonly(path: str | os.PathLike) -> duckdb.DuckDBPyConnection:
    """A read-only connection for queries; a clear error when the file is missing or busy."""
    p = str(path)
    if p != ":memory:" and not Path(p).exists():
        raise WarehouseError(f"{p}: no such database; create it with `koto ingest PATH --db {p}`")
    return _connect(p, read_only=True)


# --- the writer -----------------------------------------------------------------------------

_CHUNK = 400  # rows per INSERT: one statement per chunk is ~50x faster than executemany


class Warehouse:
    """The single writer of a koto database (or, with read_only=True, a reader)."""

    def __init__(self, path: str | os.PathLike = "koto.duckdb", *, read_only: bool = False):
        self.path = str(path)
        if read_only:
            self.con = connect_readonly(self.path)
            return
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.con = _connect(self.path, read_only=False)
        self._apply_schema()

    # context manager so the lock is released even when the caller fails
    def __enter__(self) -> "Warehouse":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.con.close()
        except Exception:
            pass

    def _apply_schema(self) -> None:
        self.con.execute("BEGIN")
        try:
            self.con.execute(_sql("schema.sql"))
            self.con.execute(_sql("views.sql"))
            self.con.execute(
                "INSERT INTO koto_meta VALUES ('schema_version', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [SCHEMA_VERSION],
            )
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    # -- reading -----------------------------------------------------------------------------

    def known_sha256(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT sha256 FROM programs").fetchall()}

    def counts(self) -> dict[str, int]:
        out = {}
        for t in ("programs", "pages", "sections", "goals", "measures", "indicators", "actors",
                  "measure_actors", "repairs"):
            out[t] = self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        return out

    def failures(self, run_id: str | None = None) -> list[dict[str, Any]]:
        sql = 'SELECT run_id, source_file, sha256, reason, "at" FROM ingest_failures'
        params: list[Any] = []
        if run_id:
            sql += " WHERE run_id = ?"
            params.append(run_id)
        cur = self.con.execute(sql + " ORDER BY \"at\"", params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    # -- runs and failures -------------------------------------------------------------------

    def start_run(self, command: str = "", workers: int = 0, pipeline_version: str = "") -> str:
        """Record the start of an ingest run; finished_at stays NULL if the run is killed."""
        run_id = _utcnow().strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)
        self.con.execute(
            "INSERT INTO ingest_runs (run_id, started_at, command, workers, pipeline_version) "
            "VALUES (?, ?, ?, ?, ?)",
            [run_id, _utcnow(), command, workers, pipeline_version],
        )
        return run_id

    def record_failure(self, source_file: str, reason: str, *, sha256: str | None = None,
                       run_id: str | None = None) -> None:
        reason = " ".join(str(reason).split())[:500]  # one line, bounded
        self.con.execute(
            "INSERT INTO ingest_failures VALUES (?, ?, ?, ?, ?)",
            [run_id, str(source_file), sha256, reason, _utcnow()],
        )

    def finish_run(self, run_id: str, **stats: Any) -> None:
        cols = ["files_total", "loaded", "skipped", "failed", "pages", "seconds"]
        sets = ", ".join(f"{c} = ?" for c in cols)
        self.con.execute(
            f"UPDATE ingest_runs SET finished_at = ?, {sets} WHERE run_id = ?",
            [_utcnow()] + [stats.get(c) for c in cols] + [run_id],
        )

    # -- loading -----------------------------------------------------------------------------

    def delete_program(self, sha256: str) -> None:
        """Remove every row of one program (inside the caller's transaction)."""
        pid = program_id_for(sha256)
        for t in ("measure_actors", "measure_goals", "indicator_goals", "indicators", "measures",
                  "goals", "sections", "repairs", "pages", "program_warnings"):
            self.con.execute(f"DELETE FROM {t} WHERE program_id = ?", [pid])
        self.con.execute("DELETE FROM programs WHERE sha256 = ? OR program_id = ?", [sha256, pid])

    def load(self, extraction: ProgramExtraction | dict | str, *, force: bool = False,
             run_id: str | None = None) -> str:
        """Load one program in one transaction. Returns 'loaded', 'replaced' or 'skipped'.

        Already present (same sha256) and not `force`: nothing is written ('skipped').
        `force`: the old rows are deleted and the new ones inserted in the same transaction,
        so readers never see the program missing or doubled.
        """
        ex = _as_extraction(extraction)
        sha = ex.program.sha256
        if not sha or not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise WarehouseError(
                f"{ex.program.source_file or '?'}: extraction has no valid sha256; cannot load"
            )
        pid = program_id_for(sha)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            exists = con.execute(
                "SELECT count(*) FROM programs WHERE sha256 = ?", [sha]
            ).fetchone()[0] > 0
            if exists and not force:
                con.execute("ROLLBACK")
                return "skipped"
            if exists:
                self.delete_program(sha)
            self._insert_program(ex, pid, run_id)
            con.execute("COMMIT")
        except BaseException:
            # BaseException: a KeyboardInterrupt mid-load must not leave a half program behind.
            try:
                con.execute("ROLLBACK")
            except Exception:
                pass
            raise
        return "replaced" if exists else "loaded"

    def _insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        rows = list(rows)
        if not rows:
            return 0
        ph = "(" + ", ".join("?" * len(columns)) + ")"
        cols = ", ".join(columns)
        for i in range(0, len(rows), _CHUNK):
            chunk = rows[i : i + _CHUNK]
            params = [v for r in chunk for v in r]
            self.con.execute(
                f"INSERT INTO {table} ({cols}) VALUES " + ", ".join([ph] * len(chunk)), params
            )
        return len(rows)

    def _insert_program(self, ex: ProgramExtraction, pid: str, run_id: str | None) -> None:
        m = ex.program

        def q(local: str | None) -> str | None:
            # program-qualified id: extraction ids ("g1") repeat across programs
            return f"{pid}:{local}" if local else None

        self._insert(
            "programs",
            ["program_id", "sha256", "source_file", "municipality", "title", "period_start",
             "period_end", "language", "page_count", "ocr_pages", "ingested_at",
             "pipeline_version", "run_id"],
            [[pid, m.sha256, m.source_file, m.municipality, m.title, m.period_start,
              m.period_end, m.language, m.page_count or len(ex.pages), m.ocr_pages, _utcnow(),
              ex.pipeline_version, run_id]],
        )
        self._insert(
            "pages",
            ["program_id", "page_no", "text", "raw_text", "source", "ocr_confidence"],
            [[pid, p.page_no, p.text, p.raw_text, p.source, p.ocr_confidence] for p in ex.pages],
        )
        self._insert(
            "sections",
            ["section_id", "program_id", "parent_id", "number", "heading", "level", "page_start",
             "page_end"],
            [[q(s.id), pid, q(s.parent), s.number, s.heading, s.level, s.page_start, s.page_end]
             for s in _unique(ex.sections)],
        )
        self._insert(
            "goals",
            ["goal_id", "program_id", "parent_goal_id", "section_id", "theme", "theme_code",
             "theme_code_alt", "text", "page"],
            [[q(g.id), pid, q(g.parent), q(g.section), g.theme, g.theme_code, g.theme_code_alt,
              g.text, g.page]
             for g in _unique(ex.goals)],
        )
        measures = _unique(ex.measures)
        self._insert(
            "measures",
            ["measure_id", "program_id", "goal_id", "section_id", "theme", "theme_code",
             "theme_code_alt", "text", "schedule", "start_year", "end_year", "page", "printed_text"],
            [[q(x.id), pid, q(x.goal or (x.goals[0] if x.goals else None)), q(x.section),
              x.theme, x.theme_code, x.theme_code_alt, x.text, x.schedule, x.start_year,
              x.end_year, x.page, x.printed]
             for x in measures],
        )
        indicators = _unique(ex.indicators)
        self._insert(
            "indicators",
            ["indicator_id", "program_id", "goal_id", "measure_id", "text", "page"],
            [[q(x.id), pid, q(x.goal or (x.goals[0] if x.goals else None)), q(x.measure), x.text,
              x.page] for x in indicators],
        )
        self._insert(
            "measure_goals", ["measure_id", "goal_id", "program_id", "ord"],
            [[q(x.id), q(g), pid, k] for x in measures for k, g in enumerate(_goal_list(x))],
        )
        self._insert(
            "indicator_goals", ["indicator_id", "goal_id", "program_id", "ord"],
            [[q(x.id), q(g), pid, k] for x in indicators for k, g in enumerate(_goal_list(x))],
        )
        actors: dict[str, str] = {}
        links = []
        for x in measures:
            seen: set[tuple[str, str]] = set()
            for role, names in (("responsible", x.responsible), ("partner", x.partners)):
                for raw in names:
                    if not raw or not raw.strip():
                        continue
                    aid, canon = canonical_actor(raw)
                    actors.setdefault(aid, canon)
                    if (aid, role) in seen:  # "Skolan, skolan" printed twice: one link
                        continue
                    seen.add((aid, role))
                    links.append([q(x.id), aid, role, raw, pid, x.printed_actors.get(raw)])
        if actors:
            # actors are shared by all programs: the first spelling of a canonical name wins
            self.con.execute(
                "INSERT INTO actors SELECT * FROM (VALUES "
                + ", ".join(["(?, ?)"] * len(actors))
                + ") AS v(actor_id, name) ON CONFLICT (actor_id) DO NOTHING",
                [v for kv in actors.items() for v in kv],
            )
        self._insert("measure_actors", ["measure_id", "actor_id", "role", "raw_name", "program_id",
                                         "printed_name"], links)
        self._insert(
            "repairs", ["program_id", "page_no", "original", "repaired", "rule", "confidence"],
            [[pid, r.page_no, r.original, r.repaired, r.rule, r.confidence] for r in ex.repairs],
        )
        warnings = list(ex.warnings)
        for kind, items in (("section", ex.sections), ("goal", ex.goals),
                            ("measure", ex.measures), ("indicator", ex.indicators)):
            dups = len(items) - len({i.id for i in items})
            if dups:
                warnings.append(f"warehouse: {dups} {kind}(s) with a duplicate id dropped")
        self._insert("program_warnings", ["program_id", "ord", "warning"],
                     [[pid, k, w] for k, w in enumerate(warnings)])


def _goal_list(x: Any) -> list[str]:
    out: list[str] = []
    for g in ([x.goal] if x.goal else []) + list(x.goals):
        if g and g not in out:
            out.append(g)
    return out


def _unique(items: Sequence[Any]) -> list[Any]:
    # A duplicate id from a classifier bug would abort the whole program on the primary key;
    # keeping the first occurrence loads the program and the warning names the problem.
    seen: set[str] = set()
    out = []
    for it in items:
        if it.id in seen:
            continue
        seen.add(it.id)
        out.append(it)
    return out


def _as_extraction(x: ProgramExtraction | dict | str) -> ProgramExtraction:
    if isinstance(x, ProgramExtraction):
        return x
    if isinstance(x, (str, bytes)):
        return ProgramExtraction.model_validate_json(x)
    return ProgramExtraction.model_validate(x)
