"""Hand-made programs for the report, search and documented-query tests.

Three programs: Borgå 2022–2024 and 2025–2028 (two periods of one municipality) and Vasa
2023–2026. Every fact the tests assert is visible here; the docstring of each question in
docs/queries.md is answered by these rows.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from classifiers.model import (Goal, Indicator, Measure, PageText, ProgramExtraction, ProgramMeta,
                               RepairRecord, Section)


def _sha(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()


def _pages(n: int, ocr: set[int] = frozenset(), source: str = "text-layer") -> list[PageText]:
    return [PageText(page_no=i, text=f"Sida {i}", raw_text=f"Sida {i}",
                     source="ocr" if i in ocr else source,
                     ocr_confidence=0.81 if i in ocr else None)
            for i in range(1, n + 1)]


def borga_2022() -> ProgramExtraction:
    return ProgramExtraction(
        program=ProgramMeta(municipality="Borgå", title="Integrationsprogram 2022–2024",
                            period_start=2022, period_end=2024, page_count=6, ocr_pages=2,
                            source_file="borga-2022.pdf", sha256=_sha("borga-2022")),
        sections=[Section(id="s1", heading="Mål och åtgärder", level=1, number="3",
                          page_start=3, page_end=6)],
        goals=[
            Goal(id="g1", text="Alla ska ha en trygg bostad", section="s1", theme="Boende",
                 theme_code="housing", page=3),
            Goal(id="g2", text="Fler invandrare i arbete", section="s1", theme="Arbete",
                 theme_code="employment", page=4),
            Goal(id="g3", text="Alla lär sig svenska", section="s1", theme="Språk",
                 theme_code="language_culture", page=5),
        ],
        measures=[
            Measure(id="m1", text="Utöka utbudet av bostäder för familjer", goal="g1",
                    goals=["g1"], theme_code="housing", responsible=["Bostadsbyrån"],
                    partners=["Röda korset"], schedule="2023–2026", start_year=2023,
                    end_year=2026, page=3),
            Measure(id="m2", text="Stöd i bostaden för nyanlända <familjer> & unga", goal="g1",
                    goals=["g1"], theme_code="housing", responsible=["Socialtjänsten"],
                    partners=["Röda korset", "Församlingen"], schedule="Fortlöpande", page=3),
            Measure(id="m3", text="Språkkurser på arbetsplatsen", goal="g2", goals=["g2"],
                    theme_code="employment",
                    responsible=["Arbets- och näringsbyrån", "Medborgarinstitutet"],
                    partners=["Företagarna"], schedule="2023", start_year=2023, end_year=2023,
                    page=4),
            Measure(id="m4", text="Information om bostadens skötsel på flera språk", goal="g3",
                    goals=["g3"], theme_code="language_culture", schedule="2024",
                    start_year=2024, end_year=2024, page=5),
        ],
        indicators=[
            Indicator(id="i1", text="Antal nya bostäder", measure="m1", goal="g1", goals=["g1"],
                      page=3),
            Indicator(id="i2", text="Sysselsättningsgrad bland invandrare", goal="g2",
                      goals=["g2"], page=4),
        ],
        pages=_pages(6, ocr={4, 5}),
        repairs=[
            RepairRecord(page_no=4, original="bostader", repaired="bostäder", rule="diacritic",
                         confidence=0.95),
            RepairRecord(page_no=4, original="sprak", repaired="språk", rule="diacritic",
                         confidence=0.9),
            RepairRecord(page_no=5, original="arbetsp1atsen", repaired="arbetsplatsen",
                         rule="lookalike", confidence=0.8),
        ],
        pipeline_version="test",
    )


def borga_2025() -> ProgramExtraction:
    return ProgramExtraction(
        program=ProgramMeta(municipality="Borgå", title="Integrationsprogram 2025–2028",
                            period_start=2025, period_end=2028, page_count=4, ocr_pages=0,
                            source_file="borga-2025.pdf", sha256=_sha("borga-2025")),
        goals=[
            Goal(id="g1", text="Ett bostadsutbud för alla", theme="Boende", theme_code="housing",
                 page=2),
            Goal(id="g2", text="Snabbare väg till arbete", theme="Arbete",
                 theme_code="employment", page=3),
            Goal(id="g3", text="God hälsa för alla", theme="Hälsa", theme_code="health", page=4),
        ],
        measures=[
            Measure(id="m1", text="Kartlägga bostadsbehovet", goal="g1", goals=["g1"],
                    theme_code="housing", responsible=["Bostadsbyrån"], schedule="2025",
                    start_year=2025, end_year=2025, page=2),
            Measure(id="m2", text="Mentorprogram för arbetssökande", goal="g2", goals=["g2"],
                    theme_code="employment", responsible=["Arbets- och näringsbyrån"],
                    partners=["Företagarna"], schedule="2025–2027", start_year=2025,
                    end_year=2027, page=3),
            Measure(id="m3", text="Hälsokontroll för nyanlända", goal="g3", goals=["g3"],
                    theme_code="health", responsible=["Hälsovårdscentralen"],
                    schedule="2025–2028", start_year=2025, end_year=2028, page=4),
        ],
        indicators=[
            Indicator(id="i1", text="Antal kartlagda hushåll", measure="m1", goal="g1",
                      goals=["g1"], page=2),
            Indicator(id="i2", text="Antal mentorer", measure="m2", goal="g2", goals=["g2"],
                      page=3),
            Indicator(id="i3", text="Andel som gått på hälsokontroll", measure="m3", goal="g3",
                      goals=["g3"], page=4),
        ],
        pages=_pages(4),
        repairs=[RepairRecord(page_no=2, original="bostads-\nbehovet", repaired="bostadsbehovet",
                              rule="dehyphenate", confidence=1.0)],
        pipeline_version="test",
    )


def vasa_2023() -> ProgramExtraction:
    return ProgramExtraction(
        program=ProgramMeta(municipality="Vasa", title="Program för integrationsfrämjande",
                            period_start=2023, period_end=2026, page_count=3,
                            source_file="vasa.txt", sha256=_sha("vasa-2023")),
        goals=[
            Goal(id="g1", text="Bra boende i alla stadsdelar", theme="Boende",
                 theme_code="housing", page=1),
            Goal(id="g2", text="Barn och unga lyckas i skolan", theme="Utbildning",
                 theme_code="education", page=2),
        ],
        measures=[
            Measure(id="m1", text="Rådgivning om bostadens hyresavtal", goal="g1", goals=["g1"],
                    theme_code="housing", partners=["Röda korset"], schedule="Fortlöpande",
                    page=1),
            Measure(id="m2", text="Läxhjälp på biblioteket", goal="g2", goals=["g2"],
                    theme_code="education", responsible=["Bildningsverket"],
                    partners=["Röda korset"], schedule="2024–2025", start_year=2024,
                    end_year=2025, page=2),
        ],
        indicators=[
            Indicator(id="i1", text="Antal elever i läxhjälpen", measure="m2", goal="g2",
                      goals=["g2"], page=2),
        ],
        pages=_pages(3, source="text-file"),
        pipeline_version="test",
    )


def all_programs() -> list[ProgramExtraction]:
    return [borga_2022(), borga_2025(), vasa_2023()]


def build_db(path: Path, programs: list[ProgramExtraction] | None = None) -> Path:
    from warehouse import Warehouse

    with Warehouse(path) as wh:
        for ex in all_programs() if programs is None else programs:
            assert wh.load(ex) == "loaded"
    return path


def program_id(ex: ProgramExtraction) -> str:
    from warehouse import program_id_for

    return program_id_for(ex.program.sha256)
