"""Every query in docs/queries.md runs and returns the expected rows on hand-made programs."""

import re
from pathlib import Path

import duckdb
import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "queries.md"


def _queries() -> dict[int, tuple[str, str]]:
    text = DOC.read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r"^## (\d+)\. (.+?)\n(.*?)(?=^## |\Z)", text, re.S | re.M):
        blocks = re.findall(r"```sql\n(.*?)```", m.group(3), re.S)
        assert len(blocks) == 1, f"question {m.group(1)} needs exactly one sql block"
        out[int(m.group(1))] = (m.group(2), blocks[0])
    return out


EXPECTED = {
    1: [("Borgå", "2022–2024", 1, "Stöd i bostaden för nyanlända <familjer> & unga"),
        ("Vasa", "2023–2026", 1, "Rådgivning om bostadens hyresavtal")],
    2: [("Arbets- och näringsbyrån", 2, 2, "Borgå"),
        ("Bostadsbyrån", 2, 2, "Borgå"),
        ("Bildningsverket", 1, 1, "Vasa"),
        ("Hälsovårdscentralen", 1, 1, "Borgå"),
        ("Medborgarinstitutet", 1, 1, "Borgå"),
        ("Socialtjänsten", 1, 1, "Borgå")],
    3: [("Borgå", "2022–2024", "2025–2028", "employment", 1, 1, 0),
        ("Borgå", "2022–2024", "2025–2028", "health", 0, 1, 1),
        ("Borgå", "2022–2024", "2025–2028", "housing", 2, 1, -1),
        ("Borgå", "2022–2024", "2025–2028", "language_culture", 1, 0, -1)],
    4: [("employment", 2, 2), ("housing", 2, 2), ("education", 1, 1), ("health", 1, 1)],
    5: [("Borgå", "2022–2024", "Information om bostadens skötsel på flera språk", 5),
        ("Vasa", "2023–2026", "Rådgivning om bostadens hyresavtal", 1)],
    6: [("Borgå", "Hälsokontroll för nyanlända", "2025–2028", 2025, 2028, 4),
        ("Borgå", "Mentorprogram för arbetssökande", "2025–2027", 2025, 2027, 3),
        ("Borgå", "Utöka utbudet av bostäder för familjer", "2023–2026", 2023, 2026, 3)],
    7: [("Röda korset", 4, 2), ("Företagarna", 2, 2), ("Församlingen", 1, 1)],
    8: [("Borgå", "2022–2024", "employment", 1), ("Borgå", "2022–2024", "housing", 1),
        ("Borgå", "2022–2024", "language_culture", 1), ("Borgå", "2025–2028", "employment", 1),
        ("Borgå", "2025–2028", "health", 1), ("Borgå", "2025–2028", "housing", 1),
        ("Vasa", "2023–2026", "education", 1), ("Vasa", "2023–2026", "housing", 1)],
    9: [("Borgå", "2022–2024", 6, 2, 2, 3, "diacritic: 2, lookalike: 1"),
        ("Borgå", "2025–2028", 4, 0, 0, 1, "dehyphenate: 1"),
        ("Vasa", "2023–2026", 3, 0, 0, 0, None)],
    10: [("measure", "Borgå", 2, "Kartlägga bostadsbehovet"),
         ("measure", "Borgå", 3, "Stöd i bostaden för nyanlända <familjer> & unga"),
         ("measure", "Borgå", 3, "Utöka utbudet av bostäder för familjer"),
         ("measure", "Borgå", 5, "Information om bostadens skötsel på flera språk"),
         ("measure", "Vasa", 1, "Rådgivning om bostadens hyresavtal")],
}


def test_ten_questions_documented():
    assert sorted(_queries()) == list(range(1, 11))


@pytest.mark.parametrize("n", sorted(EXPECTED))
def test_documented_query(report_db, n):
    question, sql = _queries()[n]
    con = duckdb.connect(str(report_db), read_only=True)  # as koto query opens it
    try:
        assert con.execute(sql).fetchall() == EXPECTED[n], question
    finally:
        con.close()
