"""Ruled tables: cell grids against the golden sources, no text read twice, continuations."""

from __future__ import annotations

import json
from pathlib import Path

import pdf_fixtures as F
import pytest
from table_scoring import reference_rows, score

from extractors import extract
from extractors.model import Line, Table
from extractors.table_join import join_tables

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
SLUGS = sorted(p.parent.name for p in GOLDEN.glob("*/ruled.pdf"))


@pytest.fixture(scope="module")
def golden_docs():
    return {slug: extract(GOLDEN / slug / "ruled.pdf", ocr="never") for slug in SLUGS}


def test_golden_ruled_tables_match_source_cells(golden_docs):
    assert SLUGS, "no golden/*/ruled.pdf found"
    total = equal = 0
    for slug, doc in golden_docs.items():
        ref = reference_rows(json.loads((GOLDEN / slug / "source.json").read_text()))
        got = [r for jt in join_tables(doc) for r in jt.rows]
        s = score(ref, got)
        if not ref:  # a prose program: no table may be invented
            assert got == [], (slug, got[:3])
            continue
        # every document on its own well above chance, all together >= 95 %
        assert s["ws"] / s["cells"] >= 0.9, (slug, s)
        total += s["cells"]
        equal += s["ws"]
    assert equal / total >= 0.95, (equal, total)


def _inside(line: Line, t: Table) -> bool:
    b, tb = line.bbox, t.bbox
    return tb.x0 <= (b.x0 + b.x1) / 2 <= tb.x1 and tb.y0 <= (b.y0 + b.y1) / 2 <= tb.y1


def test_no_table_text_is_also_a_line(golden_docs):
    n_tables = 0
    for doc in golden_docs.values():
        for page in doc.pages:
            for t in page.tables:
                n_tables += 1
                assert not [ln.text for ln in page.lines if _inside(ln, t)]
                cell_lines = {x for row in t.rows for c in row for x in c.split("\n") if len(x) > 25}
                assert not cell_lines & {ln.text for ln in page.lines}
    assert n_tables >= 20


def test_tables_sit_in_reading_order_and_carry_headers(golden_docs):
    doc = golden_docs["vasa-2023-2026"]
    page3 = doc.pages[2]
    kinds = [(i.kind, getattr(i, "text", "")) for i in page3.items]
    t_at = next(k for k, (kind, _) in enumerate(kinds) if kind == "table")
    assert "Boende" in [text for _, text in kinds[:t_at]]  # caption above the table
    t = page3.tables[0]
    assert t.header_rows == 1 and t.rows[0][:2] == ["Mål", "Åtgärd"]
    assert t.method == "ruling-lines"
    # the first table goes on over page 2 with its header repeated there
    assert doc.pages[1].tables[0].continued
    assert not t.continued  # a new table after its own caption


def test_table_split_inside_a_row_is_joined_back(golden_docs):
    doc = golden_docs["helsingfors-2017-2021"]
    joined = join_tables(doc)
    first = next(jt for jt in joined if len(jt.pages) > 1)
    cell = first.rows[1][0]
    assert cell.endswith("alternativ till sysselsättning.")
    assert cell.startswith("Helsingforsborna har arbeten")


def test_generated_grid_keeps_cell_line_breaks_and_empty_cells(tmp_path):
    rows = [["Mål", "Åtgärd", "Ansvar"], ["Bättre språk", "- kurser\n- klubbar", "Staden"], ["Arbete", "praktik", ""]]
    doc = extract(F.ruled_table_pdf(tmp_path / "grid.pdf", rows), ocr="never")
    page = doc.pages[0]
    assert [i.kind for i in page.items] == ["line", "table", "line"]
    t = page.tables[0]
    assert t.rows == rows
    assert t.header_rows == 1
    assert [ln.text for ln in page.lines] == ["Rubrik före tabellen", "Text efter tabellen."]


def test_plain_header_row_is_not_taken_for_bold(tmp_path):
    rows = [["a", "b"], ["c", "d"]]
    doc = extract(F.ruled_table_pdf(tmp_path / "plain.pdf", rows, bold_header=False), ocr="never")
    assert doc.pages[0].tables[0].header_rows == 0


def test_golden_borderless_and_twocolumn_renderings():
    # Other renderings of the same programs: tables without rules (found by alignment,
    # continued over pages without a repeated header) and pages set in two columns.
    for kind, floor in (("borderless", 0.9), ("twocolumn", 0.95)):
        total = equal = 0
        for slug in SLUGS:
            pdf = GOLDEN / slug / f"{kind}.pdf"
            assert pdf.exists(), f"{pdf} missing: render it with golden/render.py"
            ref = reference_rows(json.loads((GOLDEN / slug / "source.json").read_text()))
            got = [r for jt in join_tables(extract(pdf, ocr="never")) for r in jt.rows]
            s = score(ref, got)
            total += s["cells"]
            equal += s["ws"]
        assert equal / total >= floor, (kind, equal, total)
