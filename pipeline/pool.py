"""A process pool for documents that may be hostile: per-document time limit, memory cap,
and a dead worker costs one document, never the batch.

Why not concurrent.futures.ProcessPoolExecutor: when one of its workers dies (segfault in a
PDF library, SIGKILL on a time limit, the kernel's OOM killer) the whole executor becomes
"broken" and every pending document fails with it. Here each worker has its own pipe; the
parent watches the pipes and the process sentinels, kills a worker that overruns its deadline,
records that one document as failed and starts a fresh worker.

Workers are forked from a forkserver that has already imported the stages (spaCy, PyMuPDF),
so starting or replacing a worker costs milliseconds, not an interpreter start plus imports.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Any, Iterable, Iterator

DEFAULT_TIMEOUT_S = 300.0
DEFAULT_MEM_MB = 1536
MAX_JOBS_PER_WORKER = 200  # recycle workers so slow leaks in C libraries cannot accumulate


@dataclass
class Job:
    path: str
    sha256: str
    options: dict[str, Any] = field(default_factory=dict)
    size: int = 0


@dataclass
class Outcome:
    job: Job
    ok: bool
    payload: str | None = None  # ProgramExtraction JSON
    reason: str | None = None
    seconds: float = 0.0


# --- worker side ------------------------------------------------------------------------------


def _limit_memory(mem_mb: int) -> None:
    # RLIMIT_AS counts address space. A forked worker already maps what the forkserver
    # imported (models, libraries), so the cap is "what it has now + mem_mb": the limit is on
    # what one document may add, independent of how heavy the imports are.
    if mem_mb <= 0:
        return
    try:
        import psutil

        base = psutil.Process().memory_info().vms
    except Exception:
        base = 0
    limit = base + mem_mb * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        pass


def _limit_cpu(seconds: float) -> None:
    # RLIMIT_CPU is cumulative per process, so before each document the soft limit is moved to
    # "CPU used so far + this document's budget". The kernel sends SIGXCPU (kills us) when a
    # document spins; the parent also enforces a wall-clock deadline for documents that block.
    if seconds <= 0:
        return
    ru = resource.getrusage(resource.RUSAGE_SELF)
    used = ru.ru_utime + ru.ru_stime
    soft = int(used + seconds) + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    try:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    except (ValueError, OSError):
        pass


DEFAULT_TARGET = "pipeline.process:process_file"


def _resolve(target: str):
    import importlib

    mod, _, name = target.partition(":")
    return getattr(importlib.import_module(mod), name)


def _release_memory() -> None:
    # A big document leaves the heap grown; glibc keeps freed memory mapped unless asked.
    # Trimming between documents keeps an idle worker near its post-import size.
    import gc

    gc.collect()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except Exception:  # noqa: BLE001 - not glibc: nothing to trim
        pass


def _worker_main(conn, mem_mb: int, cpu_s: float, max_jobs: int,
                 target: str = DEFAULT_TARGET) -> None:
    # Own process group: on a timeout the parent kills the group, which takes any tesseract
    # child of this worker with it.
    try:
        os.setpgrp()
    except OSError:
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from .process import one_line, warm_up

    warm_up()
    process_file = _resolve(target)  # a dotted path, so tests can run a controllable stage
    _limit_memory(mem_mb)
    done = 0
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # parent gone (killed): exit quietly, nothing to clean up
        if job is None:
            return
        _limit_cpu(cpu_s)
        t0 = time.monotonic()
        last = done + 1 >= max_jobs
        msg: tuple
        try:
            ex = process_file(job.path, job.options, sha256=job.sha256)
            msg = ("ok", ex.model_dump_json(), None, time.monotonic() - t0, last)
            del ex
        except MemoryError:
            msg = ("failed", None, f"memory limit exceeded ({mem_mb} MB per document)",
                   time.monotonic() - t0, True)
        except RecursionError:
            msg = ("failed", None, "document too deeply nested (recursion limit)",
                   time.monotonic() - t0, True)
        except BaseException as e:  # noqa: BLE001 - the reason goes to the user, one line
            msg = ("failed", None, one_line(e), time.monotonic() - t0, last)
        last = msg[4]
        try:
            conn.send(msg)
        except MemoryError:
            last = True
            conn.send(("failed", None, "memory limit exceeded sending the result",
                       time.monotonic() - t0, True))
        except (BrokenPipeError, OSError):
            return
        del msg
        _release_memory()
        done += 1
        if last:
            return  # recycle: a fresh worker after a memory error or max_jobs documents


# --- parent side ------------------------------------------------------------------------------


_SIGNAL_REASONS = {
    signal.SIGXCPU: "CPU time limit exceeded",
    signal.SIGKILL: "worker killed (out of memory?)",
    signal.SIGSEGV: "crashed (segmentation fault in a PDF library)",
    signal.SIGABRT: "crashed (abort, often a failed allocation at the memory limit)",
    signal.SIGBUS: "crashed (bus error)",
}


class _Worker:
    def __init__(self, ctx, mem_mb: int, cpu_s: float, max_jobs: int, target: str):
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main,
                                args=(child, mem_mb, cpu_s, max_jobs, target),
                                daemon=True, name="koto-worker")
        self.proc.start()
        child.close()
        self.job: Job | None = None
        self.started = 0.0
        self.retiring = False

    def kill(self) -> None:
        pid = self.proc.pid
        try:
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError, OSError):
            try:
                self.proc.kill()
            except Exception:
                pass
        self.proc.join(5)
        self.conn.close()


_ctx = None


def _context():
    # One forkserver per koto process; preloading the stages there is what makes worker
    # (re)starts cheap. Thread counts of numeric libraries are pinned to 1: parallelism is
    # one document per core.
    global _ctx
    if _ctx is None:
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
        try:
            ctx = mp.get_context("forkserver")
            ctx.set_forkserver_preload(["pipeline._preload"])
        except ValueError:  # no forkserver on this platform
            ctx = mp.get_context("spawn")
        _ctx = ctx
    return _ctx


def prestart() -> None:
    """Boot the forkserver (and its stage imports) now, e.g. while the parent hashes files."""
    ctx = _context()
    if ctx.get_start_method() == "forkserver":
        try:
            from multiprocessing import forkserver

            forkserver.ensure_running()
        except Exception:  # noqa: BLE001 - run_pool starts it anyway
            pass


def run_pool(jobs: Iterable[Job], workers: int, *, timeout_s: float = DEFAULT_TIMEOUT_S,
             mem_mb: int = DEFAULT_MEM_MB, max_jobs: int = MAX_JOBS_PER_WORKER,
             target: str = DEFAULT_TARGET) -> Iterator[Outcome]:
    """Yield an Outcome per job as documents finish (not in input order)."""
    queue = deque(sorted(jobs, key=lambda j: -j.size))  # largest first: shorter tail
    if workers <= 0:
        yield from _run_inline(queue, _resolve(target))
        return
    ctx = _context()
    n = max(1, min(workers, len(queue)))
    pool: list[_Worker] = []
    try:
        while queue or any(w.job for w in pool):
            # fill: start workers up to n, give each idle one a job
            while len(pool) < n and queue:
                pool.append(_Worker(ctx, mem_mb, timeout_s, max_jobs, target))
            for w in pool:
                if w.job is None and queue and not w.retiring:
                    job = queue.popleft()
                    try:
                        w.conn.send(job)
                    except (BrokenPipeError, OSError):
                        queue.appendleft(job)
                        w.retiring = True
                        continue
                    w.job, w.started = job, time.monotonic()
            busy = [w for w in pool if w.job is not None]
            # drop workers that retired or died while idle; they are replaced on the next turn
            for w in [w for w in pool if w.job is None and (w.retiring or not w.proc.is_alive())]:
                w.kill()
                pool.remove(w)
            if not busy:
                continue
            now = time.monotonic()
            next_deadline = min(w.started + timeout_s for w in busy)
            ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy],
                         timeout=max(0.0, next_deadline - now) + 0.05)
            for w in busy:
                if w.conn in ready or w.proc.sentinel in ready:
                    out = _collect(w)
                    if out is not None:
                        yield out
            now = time.monotonic()
            for w in [w for w in pool if w.job is not None and now - w.started > timeout_s]:
                job = w.job
                w.kill()
                pool.remove(w)
                yield Outcome(job, False, reason=f"time limit of {timeout_s:g} s exceeded",
                              seconds=now - w.started)
    finally:
        for w in pool:
            try:
                if w.job is None and w.proc.is_alive():
                    w.conn.send(None)
            except Exception:
                pass
            w.kill() if w.job is not None else w.proc.join(2)
            if w.proc.is_alive():
                w.kill()


def _collect(w: _Worker) -> Outcome | None:
    job = w.job
    assert job is not None
    msg = None
    try:
        if w.conn.poll():
            msg = w.conn.recv()
    except (EOFError, OSError):
        msg = None
    if msg is not None:
        status, payload, reason, secs, last = msg
        w.job = None
        w.retiring = bool(last)
        return Outcome(job, status == "ok", payload, reason, secs)
    if w.proc.is_alive():
        return None  # spurious wake-up
    w.proc.join(1)
    code = w.proc.exitcode
    reason = f"worker died (exit code {code})"
    if code is not None and code < 0:
        try:
            reason = _SIGNAL_REASONS.get(signal.Signals(-code), f"killed by signal {-code}")
        except ValueError:
            reason = f"killed by signal {-code}"
    w.job = None
    w.retiring = True
    return Outcome(job, False, reason=reason, seconds=time.monotonic() - w.started)


def _run_inline(queue, process_file) -> Iterator[Outcome]:
    # --workers 0: same process, no limits. For debugging (pdb works) and for tests that
    # monkeypatch stage functions.
    from .process import one_line

    for job in queue:
        t0 = time.monotonic()
        try:
            ex = process_file(job.path, job.options, sha256=job.sha256)
            yield Outcome(job, True, ex.model_dump_json(), None, time.monotonic() - t0)
        except Exception as e:  # noqa: BLE001
            yield Outcome(job, False, None, one_line(e), time.monotonic() - t0)
