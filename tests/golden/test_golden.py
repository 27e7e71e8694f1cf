"""Golden regression: every layout of every reference program in golden/, through the whole
pipeline (process_file: extract -> normalize -> classify), scored against the hand gold and
compared field by field with its accepted output (expected*.json, see pipeline/golden.py).

Thresholds are the issues' acceptance bars: F1 >= 0.95 on the ruled typesetting (issue 2),
>= 0.9 on borderless / two-column and on the further layouts of golden/render_more.py
(landscape, cards, key-value tables, numbered prose; issue 4), >= 0.85 on scans (issue 7).
Any other layout (the same program printed by a word processor or a browser:
docx-plain.pdf, html-rules.pdf, ...) is held to the borderless bar.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from classifiers.scoring import score
from pipeline import golden

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = golden.programs(ROOT / "golden", None)
CASES = [(d, v) for d in PROGRAMS for v in golden.variants(d)]
F1_FLOOR = {"ruled": 0.95, "borderless": 0.9, "twocolumn": 0.9, "scan": 0.85, "scan-eng": 0.85,
            # layouts the code was not first written against (golden/render_more.py)
            "landscape": 0.9, "booktabs": 0.9, "cards": 0.9, "keyvalue": 0.9, "numbered": 0.9}
OTHER_LAYOUT_FLOOR = 0.9  # any other layout: another producer's print of the program


def test_the_further_layouts_are_checked():
    """Every fixture golden/render_more.py lists is present, small, and is what the renderer
    makes of source.json today (so a renderer change shows up as a fixture to rebuild)."""
    from golden import render_more

    for slug, styles in render_more.FIXTURES.items():
        d = ROOT / "golden" / slug
        for style in styles:
            pdf = d / f"{style}.pdf"
            assert style in golden.variants(d), f"{pdf}: run python -m golden.render_more --all"
            assert pdf.stat().st_size < 150_000
            src = json.loads((d / "source.json").read_text(encoding="utf-8"))
            assert render_more.render(src, style) == pdf.read_bytes(), f"{pdf} is stale: rebuild it"


def test_every_program_has_the_three_typesettings():
    assert len(PROGRAMS) >= 3
    for d in PROGRAMS:
        assert {"ruled", "borderless", "twocolumn"} <= set(golden.variants(d)), d.name


def test_layouts_are_found_from_the_pdfs_in_the_folder(tmp_path):
    """A new layout needs only its PDF: the reference typesettings come first in their own
    order, any other PDF (another producer's print) after them by name."""
    for name in ("twocolumn", "ruled", "html-rules", "docx-plain"):
        (tmp_path / f"{name}.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "notes.txt").write_text("not a layout")
    assert golden.variants(tmp_path) == ["ruled", "twocolumn", "docx-plain", "html-rules"]
    assert golden.expected_path(tmp_path, "docx-plain").name == "expected.docx-plain.json"


@pytest.mark.parametrize("d,variant", CASES, ids=[f"{d.name}-{v}" for d, v in CASES])
def test_scores_against_hand_gold(golden_output, d, variant):
    got = golden_output(d, variant)
    s = score(got, golden.load_gold(d))
    floor = F1_FLOOR.get(variant, OTHER_LAYOUT_FLOOR)
    report = (s.summary(), s.diff_text(8))
    for kind in ("goals", "measures", "indicators"):
        k = getattr(s, kind)
        if k.n_gold:  # a prose program may have no indicators at all
            assert k.f1 >= floor, (kind, report)
        else:
            assert k.n_pred <= 1, (kind, "items found where the gold has none", report)
    for name in ("measure_goal", "indicator_measure"):
        a = getattr(s, name)
        if a.total:
            assert a.accuracy >= 0.9, (name, report)
    if s.responsible.total:
        assert s.responsible.accuracy >= 0.85, report
    source = json.loads((d / "source.json").read_text(encoding="utf-8"))
    assert got.program.municipality == source["municipality"]
    assert (got.program.period_start, got.program.period_end) == (
        source["period_start"], source["period_end"])
    assert all(i.page for i in [*got.goals, *got.measures, *got.indicators])


@pytest.mark.parametrize("d,variant", CASES, ids=[f"{d.name}-{v}" for d, v in CASES])
def test_same_as_expected(golden_output, d, variant):
    expected = golden.load_expected(d, variant)
    assert expected is not None, (
        f"{golden.expected_path(d, variant)} is missing: run `koto golden update` and review the diff")
    changes = golden.diff(expected, golden_output(d, variant))
    assert changes == [], "\n".join(changes)


def test_golden_check_reports_a_regression(tmp_path):
    """`koto golden check` exits 1 and names the item when the output differs from expected."""
    src = min(PROGRAMS, key=lambda d: (d / "ruled.pdf").stat().st_size)
    work = tmp_path / src.name
    work.mkdir()
    for name in ("source.json", "ruled.pdf", "expected.json"):
        (work / name).write_bytes((src / name).read_bytes())
    expected = json.loads((work / "expected.json").read_text(encoding="utf-8"))
    removed = expected["goals"].pop(0)["text"]
    # a measure filed under another heading of the document is a difference too
    expected["measures"][0]["theme"] = "Another heading"
    (work / "expected.json").write_text(json.dumps(expected, ensure_ascii=False), encoding="utf-8")

    console = Console(record=True, width=200)
    assert golden.check(tmp_path, None, console) == 1
    out = console.export_text()
    assert "+ goal extra:" in out and removed[:40] in out
    assert "theme: Another heading →" in out

    # and accepts it again after an update
    assert golden.update(tmp_path, None, Console(file=open("/dev/null", "w"))) == 0
    assert golden.check(tmp_path, None, Console(record=True)) == 0
