import pytest


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
