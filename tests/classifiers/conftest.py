import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# every golden program with a hand-annotated source (the corpus three and the fixtures
# rebuilt from the other seeds: gemensamt-2023-2026, pargas-2022-2025)
SLUGS = sorted(p.parent.name for p in (ROOT / "golden").glob("*/source.json"))


@pytest.fixture(scope="session")
def sources():
    return {s: json.loads((ROOT / "golden" / s / "source.json").read_text()) for s in SLUGS}
