import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report_fixtures import build_db  # noqa: E402


@pytest.fixture(scope="session")
def report_db(tmp_path_factory) -> Path:
    """Three hand-made programs loaded through Warehouse.load, search index built."""
    import duckdb

    from warehouse.search import build_index

    path = build_db(tmp_path_factory.mktemp("report") / "koto.duckdb")
    con = duckdb.connect(str(path))
    try:
        build_index(con)
    finally:
        con.close()
    return path


@pytest.fixture
def chromium() -> str:
    """Path of Debian's chromium; the test FAILS (never skips) when it is missing."""
    from warehouse.report_browser import ChromiumMissing, find_chromium

    try:
        return find_chromium()
    except ChromiumMissing as e:
        pytest.fail(str(e))
