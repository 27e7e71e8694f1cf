import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SLUGS = ["borga-2022-2024", "vasa-2023-2026", "helsingfors-2017-2021"]


@pytest.fixture(scope="session")
def sources():
    return {s: json.loads((ROOT / "golden" / s / "source.json").read_text()) for s in SLUGS}
