"""docs/schema.md is generated from the COMMENT ON statements of warehouse/schema.sql."""

import re
from importlib import resources

from warehouse.schema_docs import DOC_PATH, render_schema_docs


def test_schema_doc_is_up_to_date():
    assert DOC_PATH.exists(), "run: python -m warehouse.schema_docs"
    assert DOC_PATH.read_text(encoding="utf-8") == render_schema_docs(), (
        "docs/schema.md is stale: run python -m warehouse.schema_docs")


def test_every_commented_column_is_documented():
    sql = resources.files("warehouse").joinpath("schema.sql").read_text(encoding="utf-8")
    doc = render_schema_docs()
    comments = re.findall(r"COMMENT ON COLUMN (\w+)\.\"?(\w+)\"? IS '((?:[^']|'')*)'", sql)
    assert len(comments) > 60
    sections = {m.group(1): m.start() for m in re.finditer(r"^### `(\w+)`", doc, re.M)}
    for table, col, text in comments:
        start = sections[table]
        end = min([s for s in sections.values() if s > start] + [len(doc)])
        block = doc[start:end]
        assert f"| `{col}` |" in block, (table, col)
        assert " ".join(text.replace("''", "'").split()) in block, (table, col)
    for t in ("programs", "pages", "goals", "measures", "indicators", "actors", "measure_actors",
              "repairs", "measures_overview", "search_terms"):
        assert t in sections
    assert "| `theme_code` | VARCHAR | Ager & Strang (2008) domain" in doc
