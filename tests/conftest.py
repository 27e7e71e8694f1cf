import os

import pytest

# The flow tests run Prefect against its temporary server, which stops before the interpreter
# exits; Prefect's API log handler then fails to send the last records and prints "Error
# logging to API" after the test summary. The tests read flow states, never logs from the API.
os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")


@pytest.fixture(scope="session")
def golden_output():
    """pipeline.golden.run_variant(d, variant), computed once per test session: the golden
    regression tests and the documented-query tests read the same extractions (read only)."""
    from pipeline import golden

    cache: dict[tuple[str, str], object] = {}

    def get(d, variant: str):
        key = (str(d), variant)
        if key not in cache:
            cache[key] = golden.run_variant(d, variant)
        return cache[key]

    return get
