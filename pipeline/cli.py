"""The `koto` command line (typer + rich).

Exit codes (DESIGN.md): 0 everything loaded or skipped; 1 some files failed (or the command
failed); 2 usage error. Errors are one line naming the file and what to do. Heavy imports
(stages, Prefect) happen inside the commands that need them, so `koto query` starts fast.
"""

from __future__ import annotations

import csv
import json
import os
import shlex
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="koto: integration programs of Finnish municipalities into DuckDB.")
golden_app = typer.Typer(no_args_is_help=True, help="Regression check against golden/ programs.")
app.add_typer(golden_app, name="golden")

# Piped output (CI logs, `| less`) gets a wide table rather than rich's default 80 columns,
# where a path and a reason would wrap into a dozen lines each.
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, soft_wrap=True)

DEFAULT_DB = os.environ.get("KOTO_DB", "koto.duckdb")


class OcrMode(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"


def _fail(msg: str, code: int = 1) -> None:
    # one line, never a traceback: the user needs the file and the next step, not our stack
    err.print(f"[red]koto:[/red] {' '.join(str(msg).split())}", highlight=False, markup=True)
    raise typer.Exit(code)


# --- ingest ----------------------------------------------------------------------------------


class _RichProgress:
    """Progress bar on stderr; documents finish out of order, so it counts, not indexes."""

    def __init__(self, enabled: bool):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.p = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn(), TextColumn("{task.fields[last]}"),
                          console=err, transient=True, disable=not enabled)
        self.task = None

    def start(self, total: int) -> None:
        self.p.start()
        self.task = self.p.add_task("ingest", total=total, last="")

    def advance(self, r) -> None:
        if self.task is not None:
            self.p.update(self.task, advance=1, last=f"{r.status}: {Path(r.path).name}"[:60])

    def stop(self) -> None:
        self.p.stop()


def _use_prefect(flag: Optional[bool], cluster: Optional[str]) -> bool:
    if flag is not None:
        return flag
    env = os.environ.get("KOTO_PREFECT", "auto").lower()
    if env in ("1", "true", "yes", "on"):
        return True
    if env in ("0", "false", "no", "off"):
        return False
    if cluster:
        return True  # --cluster runs the flow on prefect-dask's DaskTaskRunner
    # auto: only when a Prefect server is configured, where runs are worth watching and
    # there is no ~15 s temporary-server start
    return bool(os.environ.get("PREFECT_API_URL"))


def _print_summary(report) -> None:
    rows = report.results
    shown = rows if len(rows) <= 60 else [r for r in rows if r.status == "failed"]
    t = Table(title=f"koto ingest → {report.db}", show_lines=False)
    for col, kw in (("file", {"overflow": "fold"}), ("status", {}), ("pages", {"justify": "right"}),
                    ("goals", {"justify": "right"}), ("measures", {"justify": "right"}),
                    ("indicators", {"justify": "right"}), ("reason", {"overflow": "fold"})):
        t.add_column(col, **kw)
    style = {"loaded": "green", "replaced": "green", "skipped": "dim", "failed": "red"}
    for r in shown:
        n = lambda v: "" if v is None else str(v)  # noqa: E731
        t.add_row(r.path, f"[{style.get(r.status, '')}]{r.status}[/]", n(r.pages), n(r.goals),
                  n(r.measures), n(r.indicators), r.reason)
    out.print(t)
    if len(shown) < len(rows):
        out.print(f"({len(rows) - len(shown)} loaded/skipped files not listed)")
    secs = max(report.seconds, 1e-9)
    out.print(
        f"loaded {report.count('loaded', 'replaced')}, skipped {report.count('skipped')}, "
        f"failed {report.count('failed')} — {report.pages_loaded} pages in {report.seconds:.1f} s "
        f"({report.pages_loaded / secs:.1f} pages/s), run {report.run_id}", highlight=False)
    for r in report.failed:  # plain print: one line per failure even in a narrow terminal
        print(f"failed: {r.path}: {r.reason}", file=sys.stderr)


@app.command()
def ingest(
    paths: List[Path] = typer.Argument(..., help="PDF/.txt files or directories (searched recursively)."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB database file."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=0,
                                          help="Worker processes (default: all cores; 0 = in-process, no limits)."),
    ocr: OcrMode = typer.Option(OcrMode.auto, "--ocr", help="OCR pages without text: auto, always, never."),
    ocr_lang: str = typer.Option("swe", "--ocr-lang", help="Tesseract language(s), e.g. swe or swe+fin."),
    force: bool = typer.Option(False, "--force", help="Reload files already in the database, replacing their rows."),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Dask scheduler, e.g. tcp://HOST:8786."),
    timeout: float = typer.Option(300.0, "--timeout", min=1, help="Seconds one document may take."),
    mem_limit: int = typer.Option(1536, "--mem-limit", min=0, help="MB of memory one document may add (0 = no cap)."),
    prefect: Optional[bool] = typer.Option(None, "--prefect/--no-prefect",
                                           help="Run as a Prefect flow (default: when PREFECT_API_URL is set, or with --cluster)."),
) -> None:
    """Load programs into the database; already loaded files (same sha256) are skipped."""
    from warehouse import WarehouseError

    from .ingest import UsageError, run_ingest

    if cluster and not cluster.startswith(("tcp://", "tls://", "ws://", "wss://", "inproc://")):
        _fail(f"--cluster {cluster}: expected a Dask scheduler address like tcp://HOST:8786", 2)
    use_prefect = _use_prefect(prefect, cluster)
    command = "koto " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    kwargs = dict(paths=[str(p) for p in paths], db=db, workers=workers, ocr=ocr.value,
                  ocr_lang=ocr_lang, force=force, timeout_s=timeout, mem_mb=mem_limit,
                  command=command)
    progress = _RichProgress(enabled=err.is_terminal)
    try:
        if use_prefect:
            from .flows import run_flow

            report = run_flow(cluster=cluster, progress=progress, **kwargs)
        else:
            processor = None
            if cluster:
                from .remote import dask_processor

                processor = dask_processor(cluster)
            report = run_ingest(processor=processor, progress=progress, **kwargs)
    except UsageError as e:
        progress.stop()
        _fail(str(e), 2)
    except WarehouseError as e:
        progress.stop()
        _fail(str(e), 1)
    except KeyboardInterrupt:
        progress.stop()
        _fail("interrupted; programs loaded so far are kept — run the same command again to resume", 130)
    progress.stop()
    _print_summary(report)
    raise typer.Exit(report.exit_code)


# --- extract / repair ------------------------------------------------------------------------


@app.command()
def extract(
    file: Path = typer.Argument(..., help="A PDF or .txt file."),
    format: str = typer.Option("json", "--format", help="json (the ProgramExtraction)."),
    ocr: OcrMode = typer.Option(OcrMode.auto, "--ocr"),
    ocr_lang: str = typer.Option("swe", "--ocr-lang"),
) -> None:
    """Print the ProgramExtraction of one file (no database)."""
    from .ingest import triage
    from .process import ProcessOptions, one_line, process_file

    if format != "json":
        _fail(f"--format {format}: only json is supported", 2)
    if not file.exists():
        _fail(f"{file}: no such file", 2)
    sha, _, reason = triage(file)
    if reason:
        _fail(f"{file}: {reason}")
    try:
        ex = process_file(file, ProcessOptions(ocr=ocr.value, ocr_lang=ocr_lang), sha256=sha)
    except Exception as e:  # noqa: BLE001
        _fail(f"{file}: {one_line(e)}")
    sys.stdout.write(ex.model_dump_json(indent=2) + "\n")


@app.command()
def repair(
    file: str = typer.Argument("-", help="Text file, or - for stdin."),
    explain: bool = typer.Option(False, "--explain", help="List every change on stderr."),
) -> None:
    """Repair OCR-damaged Swedish text: one output line per input line."""
    try:
        from normalizers import repair_text
    except ImportError as e:
        _fail(f"normalizers.repair_text is not available ({e})")
    if file == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(file).read_bytes()
        except OSError as e:
            _fail(f"{file}: cannot read ({e.strerror}); give a text file or - for stdin", 2)
    text = data.decode("utf-8", errors="replace")
    trailing_nl = text.endswith("\n")
    lines = text.split("\n")
    if trailing_nl:
        lines.pop()
    fixed, repairs = repair_text("\n".join(lines))
    fixed_lines = fixed.split("\n")
    if len(fixed_lines) != len(lines):
        # the contract is one output line per input line: fall back to line by line
        fixed_lines, repairs = [], []
        for i, line in enumerate(lines, 1):
            f, rs = repair_text(line)
            fixed_lines.append(f.replace("\n", " "))
            for r in rs:
                r.line_no = i
            repairs.extend(rs)
    sys.stdout.write("\n".join(fixed_lines) + ("\n" if trailing_nl or fixed_lines != [""] else ""))
    if explain:
        for r in repairs:
            where = f"{r.line_no}" if r.line_no is not None else "?"
            print(f"line {where}: {r.original} → {r.repaired}  ({r.rule}, {r.confidence:.2f})",
                  file=sys.stderr)


# --- query / export --------------------------------------------------------------------------

_ALLOWED = {"SELECT", "EXPLAIN", "PRAGMA", "CALL"}
_REFUSALS = {
    "ATTACH": "ATTACH is not allowed: koto query reads only the --db database",
    "DETACH": "DETACH is not allowed: koto query reads only the --db database",
    "COPY": "COPY is not allowed in koto query (read-only); use `koto export` or --format csv",
    "COPY_DATABASE": "COPY is not allowed in koto query (read-only); use `koto export`",
    "EXPORT": "EXPORT DATABASE is not allowed in koto query (read-only); use `koto export`",
    "LOAD": "INSTALL/LOAD of extensions is not allowed in koto query",
    "EXTENSION": "INSTALL/LOAD of extensions is not allowed in koto query",
}


def check_read_only(sql: str) -> list[str]:
    """The statements of `sql`, or ValueError naming the first one koto query refuses.

    Decided on DuckDB's own parser (statement types), so comments, case and multiple
    statements cannot smuggle a write past a regex."""
    import duckdb

    try:
        stmts = duckdb.extract_statements(sql)
    except duckdb.Error as e:
        raise ValueError(f"SQL does not parse: {str(e).splitlines()[0]}") from None
    if not stmts:
        raise ValueError("no SQL statement given")
    for s in stmts:
        kind = s.type.name
        if kind in _REFUSALS:
            raise ValueError(_REFUSALS[kind])
        if kind not in _ALLOWED:
            raise ValueError(f"{kind} statements are not allowed: koto query is read-only "
                             f"(SELECT, EXPLAIN, PRAGMA, CALL)")
        if kind == "EXPLAIN" and "ANALYZE" in s.query.upper():
            # EXPLAIN ANALYZE executes its statement
            check_read_only(s.query.upper().split("ANALYZE", 1)[1])
    return [s.query for s in stmts]


def _render(cur, fmt: QueryFormat) -> None:
    cols = [d[0] for d in cur.description]
    rows = cur.fetchall()
    if fmt is QueryFormat.csv:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(cols)
        w.writerows(rows)
    elif fmt is QueryFormat.json:
        sys.stdout.write(json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False,
                                    default=str, indent=1) + "\n")
    else:
        t = Table(show_lines=False)
        for c in cols:
            t.add_column(str(c), overflow="fold")
        for r in rows:
            t.add_row(*["" if v is None else str(v) for v in r])
        out.print(t)
        out.print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", style="dim")


@app.command()
def query(
    sql: str = typer.Argument(..., help='SQL, e.g. "SELECT * FROM measures_overview LIMIT 5".'),
    db: str = typer.Option(DEFAULT_DB, "--db"),
    format: QueryFormat = typer.Option(QueryFormat.table, "--format"),
) -> None:
    """Run read-only SQL against the database."""
    import duckdb

    from warehouse import WarehouseError, connect_readonly

    try:
        stmts = check_read_only(sql)
    except ValueError as e:
        _fail(str(e), 2)
    try:
        con = connect_readonly(db)
    except WarehouseError as e:
        _fail(str(e))
    if "koto_search" in sql.lower():
        try:
            from warehouse.search import ensure_index

            ensure_index(con)  # the macro as TEMP objects when the db was indexed by nobody
        except Exception:  # noqa: BLE001 - the query itself reports what is missing
            pass
    try:
        for i, s in enumerate(stmts):
            cur = con.execute(s)
            if cur.description is not None and (i == len(stmts) - 1 or format is QueryFormat.table):
                _render(cur, format)
    except duckdb.Error as e:
        _fail(f"query failed: {str(e).splitlines()[0]}")
    finally:
        con.close()


@app.command()
def export(
    dir: Path = typer.Argument(..., help="Directory for one file per table."),
    format: ExportFormat = typer.Option(ExportFormat.parquet, "--format"),
    db: str = typer.Option(DEFAULT_DB, "--db"),
) -> None:
    """Write every table (and measures_overview) as Parquet or CSV files."""
    from warehouse import WarehouseError, connect_readonly

    try:
        con = connect_readonly(db)
    except WarehouseError as e:
        _fail(str(e))
    dir.mkdir(parents=True, exist_ok=True)
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1").fetchall()]
    names.append("measures_overview")
    opts = "FORMAT parquet, COMPRESSION zstd" if format is ExportFormat.parquet else "FORMAT csv, HEADER true"
    for name in names:
        target = dir / f"{name}.{format.value}"
        lit = str(target).replace("'", "''")
        con.execute(f'COPY (SELECT * FROM "{name}") TO \'{lit}\' ({opts})')
        out.print(f"{target}", highlight=False)
    con.close()


@app.command()
def report(
    out_path: Path = typer.Option(Path("report.html"), "--out", help="HTML file to write."),
    db: str = typer.Option(DEFAULT_DB, "--db"),
) -> None:
    """One self-contained HTML report (works offline): programs, themes, actors, OCR/repairs."""
    from warehouse import WarehouseError
    from warehouse.report import write_report

    try:
        write_report(db, out_path)
    except WarehouseError as e:
        _fail(str(e))
    out.print(f"{out_path} ({out_path.stat().st_size // 1024} KB)", highlight=False)


@app.command()
def search(
    words: str = typer.Argument(..., help='Words to find, any inflection: "bostad", "språk kurs".'),
    db: str = typer.Option(DEFAULT_DB, "--db"),
    limit: int = typer.Option(20, "--limit", min=1),
    format: QueryFormat = typer.Option(QueryFormat.table, "--format"),
) -> None:
    """Full-text search (Swedish stemming) over goal, measure and indicator texts."""
    import duckdb

    from warehouse import WarehouseError, connect_readonly
    from warehouse.search import ensure_index

    try:
        con = connect_readonly(db)
    except WarehouseError as e:
        _fail(str(e))
    try:
        ensure_index(con)  # TEMP index on this read-only connection when ingest built none
        cur = con.execute("SELECT kind, municipality, page, round(score, 3) AS score, text "
                          "FROM koto_search(?) LIMIT ?", [words, limit])
        _render(cur, format)
    except duckdb.Error as e:
        _fail(f"search failed: {str(e).splitlines()[0]}")
    finally:
        con.close()


# --- golden / demo ---------------------------------------------------------------------------


@golden_app.command("check")
def golden_check(
    golden_dir: Path = typer.Option(None, "--dir", help="Golden folder (default: the repo's golden/)."),
    slug: Optional[List[str]] = typer.Option(None, "--only", help="Only these programs."),
) -> None:
    """Score every golden program against its gold; diff against expected.json."""
    from .golden import check

    code = check(golden_dir, slug or None, out)
    raise typer.Exit(code)


@golden_app.command("update")
def golden_update(
    golden_dir: Path = typer.Option(None, "--dir"),
    slug: Optional[List[str]] = typer.Option(None, "--only"),
) -> None:
    """Rewrite expected.json of every golden program from the current output."""
    from .golden import update

    raise typer.Exit(update(golden_dir, slug or None, out))


DEMO_SQL = """\
SELECT p.municipality, m.theme_code, count(DISTINCT m.measure_id) AS measures,
       count(DISTINCT m.goal_id) AS goals,
       count(DISTINCT i.indicator_id) AS indicators
FROM measures m
JOIN programs p USING (program_id)
LEFT JOIN indicators i ON i.measure_id = m.measure_id
GROUP BY ALL
ORDER BY p.municipality, measures DESC"""


@app.command()
def demo(
    db: str = typer.Option(DEFAULT_DB, "--db"),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=0),
) -> None:
    """Ingest the golden ruled PDFs, show what was found and one cross-program query."""
    from warehouse import WarehouseError, connect_readonly

    from .golden import golden_root
    from .ingest import run_ingest

    pdfs = sorted(golden_root().glob("*/ruled.pdf"))
    if not pdfs:
        _fail(f"no golden/*/ruled.pdf under {golden_root()}; run koto demo from a koto checkout")
    try:
        rel = [os.path.relpath(p) if not os.path.relpath(p).startswith("..") else str(p)
               for p in pdfs]  # short paths in the summary and programs.source_file
        report = run_ingest(rel, db, workers=workers,
                            progress=_RichProgress(err.is_terminal), command="koto demo")
    except WarehouseError as e:
        _fail(str(e))
    _print_summary(report)
    con = connect_readonly(db)
    out.print("\n[bold]Programs in the database[/bold]")
    _render(con.execute("SELECT municipality, period_start, period_end, page_count AS pages, goals, "
                        "measures, indicators FROM program_summary ORDER BY municipality"),
            QueryFormat.table)
    out.print("\n[bold]Most frequent responsible actors[/bold]")
    _render(con.execute("SELECT a.name AS actor, count(*) AS measures, "
                        "count(DISTINCT m.program_id) AS programs FROM measure_actors ma "
                        "JOIN actors a USING (actor_id) JOIN measures m USING (measure_id) "
                        "WHERE ma.role = 'responsible' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 8"),
            QueryFormat.table)
    out.print("\n[bold]Example cross-program query[/bold] (koto query \"...\" --db " + db + ")")
    out.print(DEMO_SQL, highlight=False, markup=False)
    _render(con.execute(DEMO_SQL), QueryFormat.table)
    con.close()
    raise typer.Exit(report.exit_code)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
