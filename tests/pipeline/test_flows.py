"""The Prefect flow `ingest` and the Dask path (--cluster) against a local Dask cluster.

The cluster's worker is a separate process (as on a real cluster), so everything that crosses
to it must pickle by reference and the stages are the real ones: a small .txt program and a
broken PDF go through it, the one writer loads the result.
"""

import shutil
from pathlib import Path

import duckdb
import pytest

from pipeline.ingest import run_ingest

SEEDS = Path(__file__).resolve().parents[2] / "tests" / "data" / "seeds"


@pytest.fixture(scope="module", autouse=True)
def _stop_prefect_server():
    # Prefect stops its temporary server at interpreter exit and logs that to a stream pytest
    # has closed by then ("--- Logging error ---"): stop it while output is still captured.
    yield
    from prefect.server.api.server import SubprocessASGIServer

    for server in list(SubprocessASGIServer._instances.values()):
        server.stop()


@pytest.fixture(scope="module")
def dask_address():
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                           dashboard_address=None, worker_class="distributed.Nanny")
    yield cluster.scheduler_address
    cluster.close()


@pytest.fixture
def small_batch(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(SEEDS / "pargas-2022-2025.ocr.txt", d / "pargas.txt")
    (d / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage")
    return d


def _count(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_dask_without_prefect(tmp_path, small_batch, dask_address):
    from pipeline.remote import dask_processor

    db = tmp_path / "k.duckdb"
    rep = run_ingest([small_batch], str(db), processor=dask_processor(dask_address))
    assert rep.count("loaded") == 1 and rep.count("failed") == 1
    assert rep.failed[0].path.endswith("broken.pdf") and rep.failed[0].reason
    assert _count(db, "SELECT count(*) FROM measures") > 0
    assert _count(db, "SELECT source_file FROM programs").endswith("pargas.txt")


def test_prefect_flow_on_dask_cluster(tmp_path, small_batch, dask_address):
    from pipeline.flows import run_flow

    import threading

    class Bar:  # a live object as the CLI's progress bar is: must not need pickling
        n = 0

        def __init__(self):
            self.lock = threading.RLock()  # unpicklable, like rich's Progress

        def start(self, total):
            pass

        def advance(self, r):
            Bar.n += 1

    db = tmp_path / "k.duckdb"
    rep = run_flow(cluster=dask_address, progress=Bar(), paths=[str(small_batch)], db=str(db))
    assert rep.count("loaded") == 1 and rep.count("failed") == 1 and Bar.n == 2
    assert _count(db, "SELECT count(*) FROM programs") == 1
    # the local flow: the pool wrapped in one task; a second run skips what is loaded
    rep = run_flow(paths=[str(small_batch)], db=str(db), workers=1)
    assert rep.count("skipped") == 1 and rep.count("loaded") == 0
    assert _count(db, "SELECT count(*) FROM programs") == 1
