"""Held-out accuracy of `classifiers.themes.theme_code`.

`theme_labels_heldout.jsonl` holds 77 gold measures that are NOT in `theme_labels.jsonl`
(the rest of helsingfors-2017-2021, all of gemensamt-2023-2026 and pargas-2022-2025), labelled
by hand by reading each measure, its first goal and its heading *before* the classifier was run
on them. Same format as `theme_labels.jsonl` (`goal_text`/`theme` = the measure's first gold
goal's text/theme; the pargas measures have no goal, so `theme` is the heading they sit under).

These labels were NEVER used for tuning the lexicon and MUST NOT be: do not edit
`classifiers/themes.py` while looking at this file's misses, or the number stops meaning
anything. Tune on `theme_labels.jsonl`; move rows there (and out of here) if you need more.

Measured when written: 41/77 = 0.53 (vs 0.80 on the tuning set). The floor is that, rounded
down to 0.05. Raise it only when the measured held-out accuracy really rises.
"""

import json
from pathlib import Path

from classifiers.themes import theme_code

HELDOUT = Path(__file__).parent / "theme_labels_heldout.jsonl"
TUNING = Path(__file__).parent / "theme_labels.jsonl"


def _rows(path):
    return [json.loads(x) for x in path.read_text().splitlines() if x.strip()]


def test_heldout_is_disjoint_from_tuning_labels():
    tuned = {(r["program"], r["measure_id"]) for r in _rows(TUNING)}
    held = [(r["program"], r["measure_id"]) for r in _rows(HELDOUT)]
    assert len(held) == len(set(held)) >= 70
    assert not tuned & set(held)


def test_theme_codes_on_heldout_labels():
    rows = _rows(HELDOUT)
    hits = sum(theme_code(r["text"], r.get("goal_text") or "", r.get("theme") or "") == r["label"] for r in rows)
    assert hits / len(rows) >= 0.60, hits / len(rows)
