"""The normalizers' output: the extracted document with its text made right, and an audit trail.

Every change that alters letters inside a word is a `Repair`, so a researcher can see what
koto changed and why (`repairs` table, `koto repair --explain`). Removing page furniture
(running headers, page numbers) is recorded per page in `removed` rather than as repairs:
the raw text stays in `pages.raw_text`.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from extractors.model import Page


class Repair(BaseModel):
    page_no: int | None = None  # None when repairing free text (koto repair)
    line_no: int | None = None  # 1-based line within the page / input
    original: str
    repaired: str
    rule: str  # e.g. "diacritic", "lookalike", "context", "dehyphenate", "unicode"
    confidence: float  # 0..1


class NormalizedPage(Page):
    removed: list[str] = Field(default_factory=list)  # furniture lines dropped from items
    damaged: bool = False  # detection said: OCR-damaged Swedish, repair was applied
    damage_score: float = 0.0


class NormalizedDocument(BaseModel):
    source_file: str
    sha256: str
    kind: str
    pages: list[NormalizedPage]
    metadata: dict[str, str] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    repairs: list[Repair] = Field(default_factory=list)

    @property
    def ocr_pages(self) -> int:
        return sum(1 for p in self.pages if p.source == "ocr")
