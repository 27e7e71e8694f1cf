"""Accuracy of `classifiers.themes.theme_code` on three label files, and its mechanism.

- `theme_labels.jsonl`: 110 gold measures (vasa, borga, part of helsingfors); the lexicon was
  tuned on these.
- `theme_labels_heldout.jsonl`: 77 gold measures NOT in the tuning file (the rest of
  helsingfors-2017-2021, all of gemensamt-2023-2026 and pargas-2022-2025), labelled by hand
  by someone else, before the classifier was run on them. `goal_text`/`theme` = the measure's
  first gold goal's text/theme; the pargas measures have no goal, so `theme` is their heading.
- `theme_labels_heldout2.jsonl`: 80 gold GOALS (every gold measure is already in one of the
  files above), those whose text is not the `goal_text` of any tuning row, labelled from the
  Ager & Strang definitions and committed (5398302) before the classifier was run on them.
  `goal_text` is empty and `theme` is the goal's own heading, as `classify_document` calls
  `theme_code` for a goal.

The held-out files were NEVER used for tuning and MUST NOT be: do not edit
`classifiers/themes.py` while looking at their misses, or the numbers stop meaning anything.
Tune on `theme_labels.jsonl`.

Measured (theme_code(text, goal_text, theme) == label): tuning 89/110 = 0.81, heldout
48/77 = 0.62, heldout2 57/80 = 0.71. The floors sit a little below, so a regression fails;
raise them only when the measured accuracy really rises.
"""

import json
from pathlib import Path

import pytest

from classifiers.themes import theme_code

HERE = Path(__file__).parent
TUNING = HERE / "theme_labels.jsonl"
HELDOUT = HERE / "theme_labels_heldout.jsonl"
HELDOUT2 = HERE / "theme_labels_heldout2.jsonl"
DOMAINS = {
    "employment", "housing", "education", "health", "social_bridges", "social_bonds", "social_links",
    "language_culture", "safety_stability", "rights_citizenship", "other",
}


def _rows(path):
    return [json.loads(x) for x in path.read_text().splitlines() if x.strip()]


def _accuracy(path):
    rows = _rows(path)
    hits = sum(theme_code(r["text"], r.get("goal_text") or "", r.get("theme") or "") == r["label"] for r in rows)
    return hits / len(rows)


def test_heldout_is_disjoint_from_tuning_labels():
    tuned = {(r["program"], r["measure_id"]) for r in _rows(TUNING)}
    held = [(r["program"], r["measure_id"]) for r in _rows(HELDOUT)]
    assert len(held) == len(set(held)) >= 70
    assert not tuned & set(held)


def test_heldout2_goals_are_not_tuning_context():
    rows = _rows(HELDOUT2)
    ids = [(r["program"], r["measure_id"]) for r in rows]
    assert len(ids) == len(set(ids)) >= 60
    assert {r["kind"] for r in rows} == {"goal"}
    tuning_texts = {(r["program"], r["text"]) for r in _rows(TUNING)}
    tuning_goals = {(r["program"], r["goal_text"]) for r in _rows(TUNING)}
    assert not {(r["program"], r["text"]) for r in rows} & (tuning_texts | tuning_goals)


@pytest.mark.parametrize("path", [TUNING, HELDOUT, HELDOUT2], ids=lambda p: p.stem)
def test_labels_are_domains(path):
    assert {r["label"] for r in _rows(path)} <= DOMAINS


@pytest.mark.parametrize(("path", "floor"), [(TUNING, 0.78), (HELDOUT, 0.60), (HELDOUT2, 0.68)],
                         ids=["tuning", "heldout", "heldout2"])
def test_theme_code_accuracy(path, floor):
    acc = _accuracy(path)
    assert acc >= floor, acc


# The mechanism, on made-up text (none of it from the label files).

def test_heading_decides_when_the_text_names_no_domain():
    assert theme_code("Pilotförsök för verksamheten", heading="Boende") == "housing"
    assert theme_code("Stöd vid övergången", heading="Hälsa och välmående") == "health"


def test_goal_outweighs_heading():
    assert theme_code("Pilotförsök för verksamheten", goal="Fler i sysselsättning", heading="Boende") == "employment"
    assert theme_code("Stöd vid övergången", goal="Fler studerar vidare på andra stadiet",
                      heading="Hälsa och välmående") == "education"


def test_a_clear_domain_word_overrides_the_context():
    assert theme_code("Nya hyresbostäder byggs", heading="Arbete och sysselsättning") == "housing"
    assert theme_code("Intensifierad språkundervisning för vuxna", goal="Fler i sysselsättning",
                      heading="Arbete") == "language_culture"
    # cooperation between authorities is a tie to the state, even under a heading about work
    assert theme_code("Tätare samarbete mellan myndigheterna", heading="Arbete") == "social_links"


def test_no_evidence_at_all_is_other():
    assert theme_code("Pilotförsök för verksamheten") == "other"


def test_stems_match_inside_compounds_but_not_false_friends():
    assert theme_code("Arbetslivsorientering för unga") == "employment"
    # 'samarbete' (cooperation) holds 'arbete' (work) but is not about work
    assert theme_code("Samarbete med föreningarna") != "employment"
