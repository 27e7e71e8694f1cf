"""Prefect 3 flow `ingest`: the same run as pipeline.ingest.run_ingest, observable in Prefect.

Prefect sits around the batch, not around each document: a task run costs API round trips,
and the temporary server Prefect starts when PREFECT_API_URL is unset costs ~15 s. So:
- local: one task wraps the whole process pool + writer (documents are not Prefect tasks);
- cluster: the flow's task runner is prefect-dask's DaskTaskRunner; each task processes a chunk
  of documents on a Dask worker and returns JSON to the flow, whose process is the one writer.
  Task results are cached by (content hashes, pipeline version): an interrupted cluster batch
  resumes without reprocessing what finished (the warehouse skip covers what was loaded).
"""

from __future__ import annotations

import hashlib
import os
from datetime import timedelta
from typing import Any

# Prefect's temporary server must boot within 20 s by default; on a loaded machine (a batch
# already using every core) that fails the whole run before the first document.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

from . import ingest as _ingest  # noqa: E402
from . import remote  # noqa: E402
from .ingest import IngestReport, Progress, run_ingest  # noqa: E402
from .version import PIPELINE_VERSION  # noqa: E402

# The CLI's progress bar: a live object cannot be a flow parameter (parameters are sent to the
# Prefect API as JSON), so the caller parks it in pipeline.ingest.CURRENT_PROGRESS for the run.
# Not a global of this module: on --cluster, Prefect ships the flow context to Dask, and any
# function pickled by value would drag this module's globals (the bar's locks) along.


def _chunk_key(context: Any, parameters: dict[str, Any]) -> str:
    shas = ",".join(sorted(i["sha256"] for i in parameters["items"]))
    opts = repr(sorted((parameters["items"][0].get("options") or {}).items())) if parameters["items"] else ""
    return hashlib.sha256(f"{PIPELINE_VERSION}|{opts}|{shas}".encode()).hexdigest()


def _process_chunk(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return remote.process_chunk(items)


# Built from a module-level function of another name: Dask pickles the task's function by
# reference (pipeline.flows._process_chunk). With `@task def process_chunk_task`, the module
# attribute is the Task, so pickle falls back to by-value and drags this module's globals
# (the live progress bar, its locks) along, which cannot be pickled.
process_chunk_task = task(name="process-chunk", cache_key_fn=_chunk_key,
                          cache_expiration=timedelta(days=7), persist_result=True)(_process_chunk)


def _process_and_load(kwargs: dict[str, Any]) -> IngestReport:
    return run_ingest(progress=_ingest.CURRENT_PROGRESS, **kwargs)


process_and_load = task(name="process-and-load", cache_policy=NO_CACHE)(_process_and_load)


def _prefect_dask_processor():
    from prefect.futures import as_completed

    def run(jobs):
        return remote.windowed(
            jobs,
            submit=lambda items: process_chunk_task.submit(items),
            first_done=lambda futs: next(iter(as_completed(futs))),
            result=lambda f: f.result(),
            chunk_size=2,
        )

    return run


def _ingest_flow(paths: list[str], db: str = "koto.duckdb", workers: int | None = None,
                 ocr: str = "auto", ocr_lang: str = "swe", force: bool = False,
                 cluster: str | None = None, timeout_s: float = 300.0, mem_mb: int = 1536,
                 command: str = "") -> IngestReport:
    kwargs = dict(paths=paths, db=db, workers=workers, ocr=ocr, ocr_lang=ocr_lang, force=force,
                  timeout_s=timeout_s, mem_mb=mem_mb, command=command)
    if cluster:
        # submitted from the flow body so the flow's DaskTaskRunner runs the chunks
        return run_ingest(processor=_prefect_dask_processor(),
                          progress=_ingest.CURRENT_PROGRESS, **kwargs)
    return process_and_load(kwargs)


# functions named apart from their Prefect objects, so Dask pickles them by reference
ingest = flow(name="ingest", log_prints=False, validate_parameters=False)(_ingest_flow)


def run_flow(cluster: str | None = None, progress: Progress | None = None,
             **kwargs: Any) -> IngestReport:
    """Run the flow, on a DaskTaskRunner at `cluster` when given."""
    _ingest.CURRENT_PROGRESS = progress
    try:
        f = ingest
        if cluster:
            from prefect_dask import DaskTaskRunner

            f = ingest.with_options(task_runner=DaskTaskRunner(address=cluster))
        return f(cluster=cluster, **kwargs)
    finally:
        _ingest.CURRENT_PROGRESS = None
