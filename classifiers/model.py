"""The domain model: what an integration program says, with the page of every item.

Field names of goals, measures and indicators follow the hand-annotated gold of the reference
corpus (`goal`, `measure`, `parent`, `responsible`, `partners`, `schedule`), so an extraction
and an expected file can be compared field by field. `goals` on measures and indicators lists
every goal a merged table cell links them to; `goal` is the first of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, Field

ThemeCode = Literal[
    "employment",
    "housing",
    "education",
    "health",
    "social_bridges",
    "social_bonds",
    "social_links",
    "language_culture",
    "safety_stability",
    "rights_citizenship",
    "other",
]
THEME_CODES: tuple[str, ...] = ThemeCode.__args__  # type: ignore[attr-defined]


class ProgramMeta(BaseModel):
    municipality: str | None = None
    title: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    language: str = "sv"
    page_count: int = 0
    ocr_pages: int = 0
    source_file: str = ""
    sha256: str = ""


class Section(BaseModel):
    id: str
    parent: str | None = None
    number: str | None = None  # "4", "4.2", "Mål 1"
    heading: str
    level: int
    page_start: int | None = None
    page_end: int | None = None


def enclosing_sections(section: str | None, by_id: dict[str, Section]) -> Iterator[Section]:
    """The section of id `section` and the sections it stands in, innermost first (`by_id`:
    the document's sections by id; a parent loop is walked once)."""
    seen: set[str] = set()
    while section and section not in seen and (sec := by_id.get(section)) is not None:
        seen.add(section)
        yield sec
        section = sec.parent


class Goal(BaseModel):
    id: str
    text: str
    # a goal sentence's goal without its opener ('fler inflyttare får arbete' of 'Målet är att
    # fler inflyttare får arbete'), None when it has none. Writers split on which one is "the
    # goal" (tests/data/blind_programs/README.md): koto keeps both, as Measure.printed does
    clause: str | None = None
    parent: str | None = None  # a Tyngdpunkt's Mål
    section: str | None = None
    theme: str | None = None  # the document's own heading ("Arbete", "Boende", ...)
    theme_code: ThemeCode | None = None
    # the runner-up domain its words also support (None: one domain only); docs/themes.md
    theme_code_alt: ThemeCode | None = None
    page: int | None = None


class Measure(BaseModel):
    id: str
    text: str  # the action; a who/when tail cut off it is in `printed`
    # the measure as printed, tail included ('Språkcafé ... (biblioteket, från hösten 2025)'),
    # when koto cut a who/when tail off `text`; None when `text` is all that was printed.
    # Writers split on which one is "the measure" (tests/data/blind_programs/README.md): koto
    # keeps both so neither reading is lost
    printed: str | None = None
    goal: str | None = None
    goals: list[str] = Field(default_factory=list)
    section: str | None = None
    theme: str | None = None
    theme_code: ThemeCode | None = None
    theme_code_alt: ThemeCode | None = None  # as Goal.theme_code_alt
    responsible: list[str] = Field(default_factory=list)  # as printed, one name each
    partners: list[str] = Field(default_factory=list)
    # {actor as `responsible`/`partners` give it: the short form printed for it}, for the
    # actors koto spelled out from the document's legend ('arbetskraftsservicen': 'AKS' under
    # 'Förkortningar: AKS = arbetskraftsservicen'); empty when every actor is named as printed.
    # Writers split on which form is the actor (tests/data/blind_programs/README.md: blind89
    # spells legends out, blind114 keeps the short forms): koto keeps both, as for `printed`
    printed_actors: dict[str, str] = Field(default_factory=dict)
    schedule: str | None = None  # as printed: "2023", "2023–2024", "Fortlöpande"
    start_year: int | None = None
    end_year: int | None = None
    page: int | None = None


class Indicator(BaseModel):
    id: str
    text: str
    measure: str | None = None
    goal: str | None = None
    goals: list[str] = Field(default_factory=list)
    page: int | None = None


class PageText(BaseModel):
    page_no: int
    text: str  # repaired, furniture removed
    raw_text: str
    source: str
    ocr_confidence: float | None = None


class RepairRecord(BaseModel):
    page_no: int | None = None
    original: str
    repaired: str
    rule: str
    confidence: float


class ProgramExtraction(BaseModel):
    program: ProgramMeta
    sections: list[Section] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    pages: list[PageText] = Field(default_factory=list)
    repairs: list[RepairRecord] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    pipeline_version: str = ""
