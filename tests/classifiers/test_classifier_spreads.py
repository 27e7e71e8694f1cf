"""A program exported as spreads (two book pages side by side on each landscape sheet) gives
the same goals, measures, indicators and links as the same pages printed one by one, and
every page it records carries the page number a viewer shows for its sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.spread_pages import spreads
from pipeline.process import ProcessOptions, process_file, sha256_file

import pymupdf

GOLDEN = Path(__file__).resolve().parents[2] / "golden"


def _structure(ex):
    goals = {g.id: g.text for g in ex.goals}
    measures = {m.id: m.text for m in ex.measures}
    return (
        sorted(goals.values()),
        sorted((m.text, tuple(sorted(goals.get(g, "") for g in m.goals)), tuple(m.responsible))
               for m in ex.measures),
        sorted((i.text, measures.get(i.measure, "")) for i in ex.indicators),
    )


@pytest.mark.parametrize("program,print_,cover", [
    ("vasa-2023-2026", "borderless", False),  # borderless tables running from page to page
    ("helsingfors-2017-2021", "ruled", True),  # ruled tables cut open at the page foot
])
def test_spread_export_reads_as_its_pages(tmp_path, program, print_, cover):
    src_path = GOLDEN / program / f"{print_}.pdf"
    src = pymupdf.open(src_path)
    sheet_path = tmp_path / "spreads.pdf"
    spreads(src, cover_alone=cover).save(sheet_path)
    one_by_one = process_file(src_path, ProcessOptions(), sha256=sha256_file(src_path))
    spread = process_file(sheet_path, ProcessOptions(), sha256=sha256_file(sheet_path))
    assert _structure(spread) == _structure(one_by_one)
    n_sheets = pymupdf.open(sheet_path).page_count
    assert n_sheets < src.page_count
    assert [p.page_no for p in spread.pages] == list(range(1, n_sheets + 1))
    assert spread.program.page_count == n_sheets
    # an item's page is the sheet it is printed on
    assert {m.page for m in spread.measures} <= set(range(1, n_sheets + 1))
