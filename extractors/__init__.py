"""extractors: read a source file (PDF or text dump) into a `RawDocument`.

    from extractors import extract
    doc = extract("program.pdf")          # ocr="auto" | "always" | "never"

The kind is decided by content, not by the file name: a PDF is a file with "%PDF" in its
first 1024 bytes ("%PDF-" and a version digit; the spec allows leading junk there); anything else named .pdf is refused
with the reason; other files are read as text. Unreadable input raises `ExtractionError`
with a one-line reason; no library exception escapes.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys

# PyMuPDF 2 imports its optional companions (pymupdf.layout and pymupdf4llm, which load
# onnxruntime) on `import pymupdf` whenever they are installed, and pip installs them as its
# dependencies. koto calls neither; they cost every worker ~55 MB resident and seconds of
# start-up. A None entry in sys.modules makes those imports fail as PyMuPDF expects of a
# missing optional package (it wraps them in try/except ImportError).
if "pymupdf" not in sys.modules:
    for _optional in ("pymupdf.layout", "pymupdf4llm"):
        sys.modules.setdefault(_optional, None)

from .model import BBox, ExtractionError, Line, Page, RawDocument, Table

__all__ = ["extract", "ExtractionError", "RawDocument", "Page", "Line", "Table", "BBox"]

# A text dump of even a very long program is a few MB; a bigger ".txt" is something else
# (a log, a data dump) and reading it whole would only waste memory.
MAX_TEXT_BYTES = 50 * 1024 * 1024
OCR_MODES = ("auto", "always", "never")
# "%PDF-1.7": the version digit keeps a text dump that merely mentions "%PDF" a text file.
_PDF_MAGIC = re.compile(rb"%PDF-\d")


def _sniff(head: bytes) -> str:
    """A short name for what a non-PDF file looks like, for the error message."""
    h = head.lstrip()[:512].lower()
    if head.startswith(b"PK\x03\x04"):
        return "a ZIP archive (or DOCX/ODT)"
    if h.startswith((b"<!doctype html", b"<html")) or b"<html" in h:
        return "an HTML page"
    if h.startswith(b"<?xml") or h.startswith(b"<"):
        return "XML/markup"
    if head.startswith(b"\x89PNG") or head.startswith(b"\xff\xd8\xff"):
        return "an image"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "an old MS Office file"
    return "no %PDF header"


def extract(path: str | os.PathLike, *, ocr: str = "auto", ocr_lang: str = "swe") -> RawDocument:
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    p = os.fspath(path)
    try:
        size = os.path.getsize(p)
        if size == 0:
            raise ExtractionError("empty file (0 bytes)")
        with open(p, "rb") as f:
            head = f.read(1024)
            is_pdf = _PDF_MAGIC.search(head) is not None
            if not is_pdf and size > MAX_TEXT_BYTES:
                raise ExtractionError(f"text file too large ({size} bytes)")
            data = head + f.read()
    except ExtractionError:
        raise
    except IsADirectoryError:
        raise ExtractionError("is a directory, not a file") from None
    except FileNotFoundError:
        raise ExtractionError("file not found") from None
    except OSError as e:
        raise ExtractionError(f"cannot read file ({e.strerror or e})") from None

    sha = hashlib.sha256(data).hexdigest()
    if is_pdf:
        from .pdf_document import read_pdf

        return read_pdf(p, data, sha, ocr=ocr, ocr_lang=ocr_lang)
    if p.lower().endswith(".pdf"):
        raise ExtractionError(f"not a PDF: named .pdf but {_sniff(head)}")

    from .text_file import read_text

    pages, warnings = read_text(data)
    return RawDocument(source_file=p, sha256=sha, kind="txt", pages=pages, warnings=warnings)


def warm_up() -> None:
    """Map the font check's word list (compiling it into the cache the first time), called
    by pipeline.process.warm_up in the pool's forkserver: the workers then find it mapped
    instead of each one compiling it at once on a cold cache."""
    from .vocabulary import load

    load()
