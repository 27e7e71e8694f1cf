"""Processing on a Dask cluster: documents travel as bytes, extractions come back as JSON.

Bytes rather than paths, so workers need no shared filesystem; JSON rather than pickled
models, so a worker with a slightly different koto build fails loudly at validation in the
writer instead of loading odd objects. The writer (the main process) is the only process that
opens the database, as DESIGN.md requires.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterator

from .pool import Job, Outcome

WINDOW = 16  # chunks in flight: bounds the bytes held in the writer's memory


def process_chunk(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Run on a Dask worker: each item {name, sha256, data, options} -> {sha256, ok, payload,
    reason, seconds}. Never raises: one bad document must not fail its chunk-mates."""
    from .process import one_line, process_file

    out = []
    for it in items:
        t0 = time.monotonic()
        try:
            with tempfile.TemporaryDirectory(prefix="koto-") as d:
                # keep the original name: extractors pick the reader by suffix
                tmp = Path(d) / Path(it["name"]).name
                tmp.write_bytes(it["data"])
                ex = process_file(str(tmp), it.get("options") or {}, sha256=it["sha256"])
            ex.program.source_file = it["name"]
            out.append({"sha256": it["sha256"], "ok": True, "payload": ex.model_dump_json(),
                        "reason": None, "seconds": time.monotonic() - t0})
        except BaseException as e:  # noqa: BLE001 - reported per file by the writer
            out.append({"sha256": it["sha256"], "ok": False, "payload": None,
                        "reason": one_line(e), "seconds": time.monotonic() - t0})
    return out


def _chunks(jobs: list[Job], size: int) -> list[list[Job]]:
    return [jobs[i : i + size] for i in range(0, len(jobs), size)]


def _payload(chunk: list[Job]) -> list[dict[str, Any]]:
    return [{"name": j.path, "sha256": j.sha256, "data": Path(j.path).read_bytes(),
             "options": j.options} for j in chunk]


def _outcomes(chunk: list[Job], results: list[dict[str, Any]]) -> Iterator[Outcome]:
    by_sha = {r["sha256"]: r for r in results}
    for j in chunk:
        r = by_sha.get(j.sha256)
        if r is None:
            yield Outcome(j, False, reason="no result from the cluster")
        else:
            yield Outcome(j, r["ok"], r["payload"], r["reason"], r["seconds"])


def windowed(jobs: list[Job], submit: Callable[[list[dict]], Any],
             first_done: Callable[[list[Any]], Any], result: Callable[[Any], list[dict]],
             chunk_size: int = 1) -> Iterator[Outcome]:
    """Submit chunks with at most WINDOW in flight; yield outcomes as chunks complete."""
    pending = _chunks(jobs, chunk_size)
    inflight: dict[Any, list[Job]] = {}
    while pending or inflight:
        while pending and len(inflight) < WINDOW:
            chunk = pending.pop(0)
            try:
                inflight[submit(_payload(chunk))] = chunk
            except OSError as e:
                for j in chunk:
                    yield Outcome(j, False, reason=f"cannot read: {e.strerror or e}")
        if not inflight:
            continue
        fut = first_done(list(inflight))
        chunk = inflight.pop(fut)
        try:
            res = result(fut)
        except Exception as e:  # noqa: BLE001 - worker lost, task cancelled, ...
            from .process import one_line

            for j in chunk:
                yield Outcome(j, False, reason=f"cluster task failed: {one_line(e)}")
            continue
        yield from _outcomes(chunk, res)


def dask_processor(address: str):
    """Plain distributed.Client (no Prefect): used with --no-prefect --cluster."""

    def run(jobs: list[Job]) -> Iterator[Outcome]:
        from distributed import Client, as_completed

        with Client(address, timeout="20s") as client:
            yield from windowed(
                jobs,
                submit=lambda items: client.submit(process_chunk, items, pure=False),
                first_done=lambda futs: next(iter(as_completed(futs))),
                result=lambda f: f.result(),
            )

    return run
