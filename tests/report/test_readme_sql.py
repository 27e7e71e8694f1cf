"""Every SQL statement in README.md's sql blocks runs on hand-made programs."""

import re
from pathlib import Path

import duckdb

README = Path(__file__).resolve().parents[2] / "README.md"


def _statements() -> list[str]:
    blocks = re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    stmts = [s.strip() for b in blocks for s in b.split(";")]
    return [s for s in stmts if s and not all(x.startswith("--") for x in s.splitlines())]


def test_readme_sql_runs(report_db):
    stmts = _statements()
    assert len(stmts) >= 3
    con = duckdb.connect(str(report_db), read_only=True)  # as koto query opens it
    try:
        for sql in stmts:
            con.execute(sql).fetchall()
        # the first-or-runner-up query returns exactly the measures with housing in either place
        either = [s for s in stmts if "theme_code_alt" in s]
        assert either
        rows = con.execute(either[0]).fetchall()
        codes = con.execute("SELECT theme_code, theme_code_alt FROM measures_overview").fetchall()
        assert rows and len(rows) == sum("housing" in c for c in codes)
    finally:
        con.close()
