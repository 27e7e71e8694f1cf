"""Hand-built extractions for warehouse and pipeline tests."""

import hashlib

from classifiers.model import (Goal, Indicator, Measure, PageText, ProgramExtraction, ProgramMeta,
                               RepairRecord, Section)


def build_extraction(seed: str = "borga", n_measures: int = 3) -> ProgramExtraction:
    """A small hand-built program: 2 goals (one a sub-goal), measures linked to both by a merged
    cell, indicators at measure and goal level, actors printed in two spellings."""
    sha = hashlib.sha256(seed.encode()).hexdigest()
    measures = [
        Measure(id=f"m{i}", text=f"Åtgärd nummer {i} för {seed}", goal="g1",
                goals=["g1", "g2"] if i == 1 else ["g1"], section="s2", theme="Arbete",
                theme_code="employment", responsible=["Arbets- och näringsbyrån", "Kommunen "],
                partners=["kommunen"], schedule="2023–2024", start_year=2023, end_year=2024,
                page=2)
        for i in range(1, n_measures + 1)
    ]
    return ProgramExtraction(
        program=ProgramMeta(municipality=seed.capitalize(), title=f"Integrationsprogram {seed}",
                            period_start=2022, period_end=2024, page_count=2, source_file=f"{seed}.pdf",
                            sha256=sha),
        sections=[Section(id="s1", heading="Inledning", level=1, number="1", page_start=1, page_end=1),
                  Section(id="s2", parent="s1", heading="Arbete", level=2, number="1.1", page_start=2,
                          page_end=2)],
        goals=[Goal(id="g1", text="Fler invandrare i arbete", section="s2", theme="Arbete",
                    theme_code="employment", page=2),
               Goal(id="g2", parent="g1", text="Snabbare väg till arbete", section="s2",
                    theme="Arbete", theme_code="employment", page=2)],
        measures=measures,
        indicators=[Indicator(id="i1", text="Sysselsättningsgrad", measure="m1", goal="g1",
                              goals=["g1"], page=2),
                    Indicator(id="i2", text="Antal kurser", goal="g2", goals=["g2"], page=2)],
        pages=[PageText(page_no=1, text="Inledning", raw_text="Inledning\n1", source="text-layer"),
               PageText(page_no=2, text="Arbete", raw_text="Arbete\n2", source="text-layer")],
        repairs=[RepairRecord(page_no=2, original="tillgang", repaired="tillgång", rule="diacritic",
                              confidence=0.9)],
        warnings=["one table had no header"],
        pipeline_version="test",
    )


