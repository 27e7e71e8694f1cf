"""The ingest run itself, free of Prefect: discover -> hash/triage -> process -> load.

`pipeline.flows.ingest` wraps this in a Prefect flow; `koto ingest` calls it directly when no
Prefect server is configured (Prefect's temporary server costs ~15 s per start). Either way
the main process is the only writer: documents are processed elsewhere (process pool or Dask)
and come back as JSON, and each is loaded in its own transaction as soon as it arrives.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

from .pool import DEFAULT_MEM_MB, DEFAULT_TIMEOUT_S, Job, Outcome, run_pool
from .process import SUFFIXES, ProcessOptions, one_line
from .version import PIPELINE_VERSION


class UsageError(Exception):
    """Bad arguments (exit code 2)."""


@dataclass
class FileResult:
    path: str
    status: str  # loaded | replaced | skipped | failed
    reason: str = ""
    sha256: str | None = None
    pages: int | None = None
    goals: int | None = None
    measures: int | None = None
    indicators: int | None = None
    seconds: float = 0.0


@dataclass
class IngestReport:
    run_id: str | None
    db: str
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, *statuses: str) -> int:
        return sum(1 for r in self.results if r.status in statuses)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def pages_loaded(self) -> int:
        return sum(r.pages or 0 for r in self.results if r.status in ("loaded", "replaced"))

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def to_dict(self) -> dict:
        from dataclasses import asdict

        return {"run_id": self.run_id, "db": self.db, "seconds": self.seconds,
                "results": [asdict(r) for r in self.results]}


class Progress(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, result: FileResult) -> None: ...


# set by pipeline.flows.run_flow for the duration of a Prefect run (see there why here)
CURRENT_PROGRESS: "Progress | None" = None


class _NoProgress:
    def start(self, total: int) -> None:
        pass

    def advance(self, result: FileResult) -> None:
        pass


# --- discovery and triage -------------------------------------------------------------------


def discover(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files to ingest: named files as given, directories searched recursively for
    *.pdf / *.txt (any case). A path that does not exist is a usage error."""
    out: list[Path] = []
    seen: set[Path] = set()
    missing = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.exists():
            found = [p]
        else:
            missing.append(str(raw))
            continue
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
    return out


def _sniff(path: Path, head: bytes) -> str | None:
    """A reason when a file plainly is not what its name says (cheap, before any worker)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return f"unsupported file type {suffix or '(none)'}: koto reads .pdf and .txt"
    if suffix == ".pdf" and b"%PDF-" not in head[:1024]:
        # PDF readers accept the header anywhere in the first 1024 bytes; outside it, nothing.
        low = head[:512].lstrip().lower()
        if head.startswith(b"PK\x03\x04"):
            return "not a PDF: a ZIP archive named .pdf"
        if low.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
            return "not a PDF: an HTML/XML page named .pdf"
        return "not a PDF: no %PDF header in the first 1024 bytes"
    return None


def triage(path: Path) -> tuple[str | None, int, str | None]:
    """(sha256, size, failure reason or None). Hashing here lets known files skip a worker."""
    import hashlib

    try:
        if not path.is_file():
            return None, 0, "not a regular file"
        size = path.stat().st_size
        if size == 0:
            return None, 0, "empty file (0 bytes)"
        h = hashlib.sha256()
        with open(path, "rb") as f:
            head = f.read(1 << 16)
            h.update(head)
            while chunk := f.read(1 << 20):
                h.update(chunk)
    except OSError as e:
        return None, 0, f"cannot read: {e.strerror or e}"
    return h.hexdigest(), size, _sniff(path, head)


# --- the run --------------------------------------------------------------------------------

Processor = Callable[[list[Job]], Iterator[Outcome]]


def local_processor(workers: int, timeout_s: float, mem_mb: int) -> Processor:
    if workers > 0:
        from .pool import prestart

        prestart()  # stage imports in the forkserver overlap with hashing and skip checks
    return lambda jobs: run_pool(jobs, workers, timeout_s=timeout_s, mem_mb=mem_mb)


def run_ingest(
    paths: Iterable[str | os.PathLike],
    db: str = "koto.duckdb",
    *,
    workers: int | None = None,
    ocr: str = "auto",
    ocr_lang: str = "swe",
    force: bool = False,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    mem_mb: int = DEFAULT_MEM_MB,
    processor: Processor | None = None,
    progress: Progress | None = None,
    command: str = "",
) -> IngestReport:
    from warehouse import Warehouse

    if ocr not in ("auto", "always", "never"):
        raise UsageError(f"--ocr must be auto, always or never (got {ocr!r})")
    files = discover(paths)
    workers = (os.cpu_count() or 1) if workers is None else workers
    processor = processor or local_processor(workers, timeout_s, mem_mb)
    progress = progress or _NoProgress()
    options = ProcessOptions(ocr=ocr, ocr_lang=ocr_lang).to_dict()
    t0 = time.monotonic()

    with Warehouse(db) as wh:
        run_id = wh.start_run(command, workers, PIPELINE_VERSION)
        report = IngestReport(run_id, db)
        progress.start(len(files))

        def finish(r: FileResult) -> None:
            if r.status == "failed":
                wh.record_failure(r.path, r.reason, sha256=r.sha256, run_id=run_id)
            report.results.append(r)
            progress.advance(r)

        known = wh.known_sha256()
        jobs: list[Job] = []
        first_of: dict[str, str] = {}
        for f in files:
            sha, size, reason = triage(f)
            if reason:
                finish(FileResult(str(f), "failed", reason, sha))
            elif sha in first_of:
                finish(FileResult(str(f), "skipped", f"same content as {first_of[sha]}", sha))
            elif sha in known and not force:
                first_of[sha] = str(f)
                finish(FileResult(str(f), "skipped", "already loaded (same sha256)", sha))
            else:
                first_of[sha] = str(f)
                jobs.append(Job(str(f), sha, options, size))

        if jobs:
            try:
                for out in processor(jobs):
                    finish(_load(wh, out, force, run_id))
            except KeyboardInterrupt:
                # loaded programs are committed; the run row keeps finished_at NULL
                raise
        if report.count("loaded", "replaced"):
            _index_for_search(wh)
        report.seconds = time.monotonic() - t0
        wh.finish_run(run_id, files_total=len(files), loaded=report.count("loaded", "replaced"),
                      skipped=report.count("skipped"), failed=report.count("failed"),
                      pages=report.pages_loaded, seconds=report.seconds)
    return report


def _index_for_search(wh) -> None:
    # once per run, not per program: the index covers every program and costs a full pass
    try:
        from warehouse.search import build_index
    except ImportError:
        return
    try:
        build_index(wh.con)
    except Exception:  # noqa: BLE001 - search can rebuild on demand; the load stands
        pass


def _load(wh, out: Outcome, force: bool, run_id: str) -> FileResult:
    from classifiers.model import ProgramExtraction

    job = out.job
    if not out.ok:
        return FileResult(job.path, "failed", out.reason or "unknown error", job.sha256,
                          seconds=out.seconds)
    try:
        ex = ProgramExtraction.model_validate_json(out.payload or "")
        ex.program.sha256 = job.sha256
        ex.program.source_file = job.path
        status = wh.load(ex, force=force, run_id=run_id)
    except Exception as e:  # noqa: BLE001 - a bad extraction fails its file, not the batch
        return FileResult(job.path, "failed", f"could not load into the database: {one_line(e)}",
                          job.sha256, seconds=out.seconds)
    if status == "skipped":  # loaded meanwhile by the same run under another name
        return FileResult(job.path, "skipped", "already loaded (same sha256)", job.sha256)
    return FileResult(job.path, status, "", job.sha256, pages=ex.program.page_count or len(ex.pages),
                      goals=len(ex.goals), measures=len(ex.measures),
                      indicators=len(ex.indicators), seconds=out.seconds)
