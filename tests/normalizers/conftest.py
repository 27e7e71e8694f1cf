import pytest


@pytest.fixture(scope="session")
def repairer():
    """The compiled lexicon + repairer, built once per session (cached on disk after that)."""
    from normalizers.repair import get_repairer

    return get_repairer()
