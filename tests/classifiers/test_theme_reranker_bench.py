"""The re-ranker experiment of bench.theme_reranker (docs/themes.md, ninth session; not shipped):
its model learns from what it is shown, stays at the rules without evidence, is deterministic,
and its protocol never trains on the file or programme it scores."""

from __future__ import annotations

import numpy as np

from bench import theme_reranker as R


def _made_up(n: int, flip_share: float, seed: int = 0):
    """n items of two candidates (domain 0 = the rules' first, domain 1 = the runner-up) and
    three features (is first, is runner-up, a cue seen on the runner-up); the label is the
    runner-up exactly where the cue is on."""
    rng = np.random.default_rng(seed)
    X = np.zeros((n, len(R.DOMAINS), 3))
    X[:, 0, 0] = 1
    X[:, 1, 1] = 1
    cue = rng.random(n) < flip_share
    X[cue, 1, 2] = 1
    mask = np.zeros((n, len(R.DOMAINS)), bool)
    mask[:, :2] = True
    return X, mask, np.where(cue, 1, 0)


def test_fit_learns_to_prefer_the_runner_up_where_a_cue_says_so():
    X, mask, y = _made_up(400, 0.3)
    w = R.fit(X, mask, y, l2=1.0, iterations=300)
    with_cue = np.zeros((len(R.DOMAINS), 3))
    with_cue[0, 0] = with_cue[1, 1] = with_cue[1, 2] = 1
    without = with_cue.copy()
    without[1, 2] = 0
    assert R.predict(with_cue, mask[0], w) == R.DOMAINS[1]
    assert R.predict(without, mask[0], w) == R.DOMAINS[0]


def test_without_labels_that_disagree_the_model_stays_at_the_rules():
    X, mask, y = _made_up(200, 0.0)
    w = R.fit(X, mask, y, iterations=100)
    assert all(R.predict(X[i], mask[i], w) == R.DOMAINS[0] for i in range(len(y)))


def test_fit_is_deterministic():
    X, mask, y = _made_up(150, 0.4, seed=3)
    assert np.array_equal(R.fit(X, mask, y, iterations=50), R.fit(X, mask, y, iterations=50))


def test_features_offer_only_the_rules_first_and_runner_up():
    row = {"program": "p", "measure_id": "m1", "kind": "measure",
           "text": "Boenderådgivning och information om arbetsmarknaden",
           "goal_text": "", "theme": "Arbete", "label": "housing"}
    X, mask, first = R.features(row)
    from classifiers.themes import theme_codes
    code, alt = theme_codes(row["text"], "", "Arbete")
    assert first == code
    assert {d for d, m in zip(R.DOMAINS, mask) if m} == {code, alt}
    assert X.shape[0] == len(R.DOMAINS)


def test_protocol_never_trains_on_what_it_scores(monkeypatch):
    seen = []

    def spy(train_items, test_items):
        seen.append(({(i["file"], i["program"]) for i in train_items},
                     {(i["file"], i["program"]) for i in test_items}))
        return 0, 0

    items = [{"file": f, "program": p} for f in ("theme_labels.jsonl", "theme_labels_heldout.jsonl",
                                                  "theme_labels_heldout5.jsonl")
             for p in ("vasa", "borga")]
    monkeypatch.setattr(R, "score", spy)
    R.leave_one_file_out(items)
    file_runs = [run for run in seen if run[1]]
    assert len(file_runs) == 3
    for train, test in file_runs:
        assert not {f for f, _ in train} & {f for f, _ in test}
    seen.clear()
    R.leave_one_programme_out(items)
    assert len(seen) == 2
    for train, test in seen:
        # the programme leaves every file, not only the corpus files it is scored in
        assert not {p for _, p in train} & {p for _, p in test}
        assert {f for f, _ in test} <= set(R.CORPUS_FILES)
