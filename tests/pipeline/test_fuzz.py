"""Mutated PDFs through the per-file path: no exception escapes, every failure is one line."""

from __future__ import annotations

import duckdb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile import _good_pdf_bytes
from pipeline.ingest import run_ingest

SEED = _good_pdf_bytes("Mål 1: Fler invandrare i arbete. Åtgärd: språkkurser. Ansvar: kommunen")

mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, len(SEED) - 1), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, len(SEED) - 1), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, len(SEED) - 1), st.integers(0, 255)),
    st.tuples(st.just("zero"), st.integers(0, len(SEED) - 1), st.integers(1, 400)),
)


def mutate(data: bytes, ops) -> bytes:
    b = bytearray(data)
    for kind, pos, arg in ops:
        pos = min(pos, max(len(b) - 1, 0))
        if kind == "flip" and b:
            b[pos] ^= arg
        elif kind == "cut":
            del b[pos:]
        elif kind == "insert":
            b[pos:pos] = bytes([arg]) * 16
        elif kind == "zero":
            b[pos:pos + arg] = bytes(len(b[pos:pos + arg]))
    return bytes(b)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(mutation, min_size=1, max_size=4))
def test_mutated_pdfs_never_escape(tmp_path_factory, ops):
    d = tmp_path_factory.mktemp("fuzz")
    (d / "m.pdf").write_bytes(mutate(SEED, ops))
    db = d / "k.duckdb"
    # in-process (workers=0): an exception that escaped a stage would escape here too
    rep = run_ingest([d], str(db), workers=0)
    (r,) = rep.results
    assert r.status in ("loaded", "failed")
    if r.status == "failed":
        assert r.reason and "\n" not in r.reason
    con = duckdb.connect(str(db), read_only=True)
    n = con.execute("SELECT count(*) FROM programs").fetchone()[0]
    f = con.execute("SELECT count(*) FROM ingest_failures").fetchone()[0]
    con.close()
    assert (n, f) == ((1, 0) if r.status == "loaded" else (0, 1))
