"""normalizers: make extracted text right (Unicode, page furniture, hyphens, Swedish OCR repair).

- `normalize(doc, *, repair="auto"|"always"|"never") -> NormalizedDocument` (normalizers/document.py)
- `repair_text(text) -> (text, [Repair])`: one output line per input line (normalizers/repair.py)
The lexicon (normalizers/lexicon.py) loads lazily on first use; `python -m normalizers.lexicon`
prebuilds its cache. See normalizers/README.md for the method and its measured figures.
"""

from normalizers.model import NormalizedDocument, NormalizedPage, Repair

__all__ = ["normalize", "repair_text", "NormalizedDocument", "NormalizedPage", "Repair"]


def normalize(doc, *, repair: str = "auto"):
    """The extracted document with its text made right, and an audit trail of every change."""
    from normalizers.document import normalize as _normalize

    return _normalize(doc, repair=repair)


def repair_text(text: str):
    """Repaired text (one output line per input line) and the list of `Repair`s; only text that
    detection calls damaged Swedish is changed."""
    from normalizers.repair import repair_text as _repair_text

    return _repair_text(text)
