"""F1 / link / actor thresholds against the hand gold on the corpus typeset by the test adapter
(blocks_doc): the classifier alone, without the extractor. The same thresholds on the real PDFs
of every golden program and layout, through the whole pipeline, are in tests/golden/."""

import json
from pathlib import Path

import pytest

from classifiers import classify
from classifiers.gold import gold_from_corpus
from classifiers.scoring import score
from classifiers.themes import theme_code

from blocks_doc import blocks_document

ROOT = Path(__file__).resolve().parents[2]
SLUGS = sorted(p.parent.name for p in (ROOT / "golden").glob("*/source.json"))
def _check(s, f1=0.95, links=0.9, resp=0.85):
    summary = s.summary()
    assert s.goals.f1 >= f1 and s.measures.f1 >= f1 and s.indicators.f1 >= f1, (summary, s.diff_text(8))
    assert s.measure_goal.accuracy >= links and s.indicator_measure.accuracy >= links, (summary, s.diff_text(8))
    assert s.responsible.accuracy >= resp, (summary, s.diff_text(8))


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("repeat_header", [True, False])
def test_adapter_documents(sources, slug, repeat_header):
    src = sources[slug]
    pred = classify(blocks_document(src, repeat_header=repeat_header))
    _check(score(pred, gold_from_corpus(src)), resp=0.85)
    assert pred.program.municipality == src["municipality"]
    assert (pred.program.period_start, pred.program.period_end) == (src["period_start"], src["period_end"])
    assert all(x.page for x in pred.goals + pred.measures + pred.indicators)
    assert len({m.id for m in pred.measures}) == len(pred.measures)


def test_theme_codes_on_hand_labels():
    rows = [json.loads(x) for x in (Path(__file__).parent / "theme_labels.jsonl").read_text().splitlines() if x.strip()]
    assert len(rows) >= 100
    hits = sum(theme_code(r["text"], r.get("goal_text") or "", r.get("theme") or "") == r["label"] for r in rows)
    assert hits / len(rows) >= 0.8, hits / len(rows)
