import pytest

from wh_helpers import build_extraction


@pytest.fixture
def extraction():
    return build_extraction()
