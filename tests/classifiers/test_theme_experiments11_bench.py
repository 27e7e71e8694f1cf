"""The experiments of bench.theme_experiments11 (docs/themes.md, eleventh session; not shipped):
each variant does what its name says on made-up text, a variant never outlives its run, and the
learned part learns from what it is shown and never from the file it scores."""

from __future__ import annotations

import collections

from bench import theme_experiments11 as E
from classifiers import themes as T


def _scores(text: str) -> dict[str, float]:
    return {d: v for d, v in T.domain_scores(text).items() if v}


def test_compound_head_keeps_the_domain_of_the_last_part_and_first_part_the_first():
    assert _scores("bostadsskolan") == {"housing": 3.0, "education": 3.0}
    with E._patched(_domain_scores=E._domain_scores_heads(first=False)):
        assert _scores("bostadsskolan") == {"education": 3.0}
    with E._patched(_domain_scores=E._domain_scores_heads(first=True)):
        assert _scores("bostadsskolan") == {"housing": 3.0}


def test_a_variant_is_undone_after_its_run():
    before = T.theme_code("Jobbskolan för nyanlända")
    with E._patched(_domain_scores=E._domain_scores_heads(first=True)):
        T.theme_code("Jobbskolan för nyanlända")
    assert T.theme_code("Jobbskolan för nyanlända") == before
    assert _scores("bostadsskolan") == {"housing": 3.0, "education": 3.0}


def test_the_action_head_is_the_object_of_the_opening_verb():
    assert E.head_and_rest("Erbjuda språkkurser för arbetslösa") == ("sprakkurser", "for arbetslosa")
    assert E.head_and_rest("1.2 Boenderådgivning med tolk") == ("boenderadgivning", "med tolk")


def test_the_action_head_decides_among_the_named_domains():
    text = "Ordna jobbcoachning i skolan"
    assert {"employment", "education"} <= {d for d, v in T.domain_scores(text).items() if v >= T.NAMED}
    with E._patched(_decide=E._decide_variant(E._by_part("decide", 0))):
        assert T.theme_code(text) == "employment"
    with E._patched(_decide=E._decide_variant(E._by_part("decide", 1))):
        assert T.theme_code(text) == "education"


def test_purpose_variant_splits_means_from_purpose():
    seen = []
    predict = E.purpose_variant(lambda t, g, h, m, p: seen.append((m, p)) or "other")
    predict({"text": "Ordna läxhjälp för att barnen ska klara skolan", "label": "education"})
    assert seen == [("Ordna läxhjälp ", " barnen ska klara skolan")]


def test_weak_authority_names_count_as_a_hint():
    assert _scores("Arbetsförmedlingen") == {"employment": 3.0}
    with E._patched(LEXICON=E._lexicon_weak(E.EMPLOYMENT_AUTHORITIES)):
        assert _scores("Arbetsförmedlingen") == {"employment": 1.0}


def _item(label: str, cue: bool) -> dict:
    """Two candidates with equal rule scores; the stem feature 'cue' is on the label's side."""
    s = {d: 0.0 for d in T.DOMAIN_ORDER} | {"employment": 3.0, "education": 3.0}
    feats = {"employment": collections.Counter(), "education": collections.Counter()}
    if cue:
        feats[label][("own", "cue")] += 1
    return dict(label=label, base="employment", cands=["employment", "education"], s=s, own=s,
                goal_s=dict.fromkeys(s, 0.0), feats=feats, program="p")


def test_the_perceptron_learns_a_stem_that_marks_the_label():
    items = [_item("education", True) for _ in range(20)] + [_item("employment", False) for _ in range(20)]
    w = E.train(items, epochs=3, lr=0.5)
    assert E.predict_learned(_item("education", True), w) == "education"
    assert E.predict_learned(_item("employment", False), w) == "employment"


def test_without_disagreement_the_perceptron_stays_at_the_rules():
    items = [_item("employment", False) for _ in range(30)]
    assert E.train(items, epochs=3, lr=0.5) == {}
