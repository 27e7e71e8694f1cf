"""Make fresh OCR damage: typeset correct text as PDF, rasterize, OCR with Tesseract's English model.

A developer tool (used to estimate the confusion model and to measure the repair on text it
has not seen); not used by the pipeline. Results are cached under ~/.cache/koto/ocrsim/.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import tempfile
from pathlib import Path

CACHE = Path(os.environ.get("KOTO_CACHE", Path.home() / ".cache" / "koto")) / "ocrsim"


def paragraphs_from_source(source: dict) -> list[str]:
    """The running text of a corpus JSON (`golden/*/source.json`): headings, paragraphs, bullets."""
    out: list[str] = []
    for b in source.get("blocks", []):
        t = b.get("type")
        if t in ("heading", "paragraph") and b.get("text"):
            out.append(b["text"])
        elif t in ("bullets", "list") and b.get("items"):
            out.extend(str(i) for i in b["items"])
        elif t == "table":
            for row in [b.get("columns", [])] + b.get("rows", []):
                for cell in row:
                    if isinstance(cell, str) and len(cell.split()) >= 3:
                        out.append(cell)
    return out


def render_pdf(paragraphs: list[str], path: Path, fontname: str = "helv", fontsize: float = 11) -> None:
    import fitz  # PyMuPDF

    doc = fitz.open()
    rect = fitz.Rect(60, 60, 535, 782)
    page = None
    pending = list(paragraphs)
    while pending:
        page = doc.new_page(width=595, height=842)
        y = rect.y0
        while pending:
            para = pending[0]
            if y > rect.y1 - 3 * fontsize:
                break
            box = fitz.Rect(rect.x0, y, rect.x1, rect.y1)
            rc = page.insert_textbox(box, para, fontname=fontname, fontsize=fontsize)
            if rc < 0:
                if y == rect.y0:  # does not fit on an empty page: drop it
                    pending.pop(0)
                break
            pending.pop(0)
            y = rect.y1 - rc + fontsize * 0.8
    doc.save(path)


def ocr_pdf(path: Path, dpi: int = 300, lang: str = "eng") -> list[str]:
    import fitz

    pages = []
    with tempfile.TemporaryDirectory() as td, fitz.open(path) as doc:
        for i, page in enumerate(doc):
            png = Path(td) / f"p{i}.png"
            page.get_pixmap(dpi=dpi, colorspace=fitz.csGRAY).save(png)
            r = subprocess.run(["tesseract", str(png), "stdout", "-l", lang], capture_output=True,
                               text=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
            pages.append(r.stdout)
    return pages


def fresh_damage(paragraphs: list[str], fontname: str = "helv", dpi: int = 300) -> str:
    """OCR text (English model) of the paragraphs typeset in `fontname`; cached on disk."""
    key = hashlib.sha256(json.dumps([paragraphs, fontname, dpi]).encode()).hexdigest()[:16]
    CACHE.mkdir(parents=True, exist_ok=True)
    out = CACHE / f"{key}.txt"
    if out.exists():
        return out.read_text()
    with tempfile.TemporaryDirectory() as td:
        pdf = Path(td) / "doc.pdf"
        render_pdf(paragraphs, pdf, fontname=fontname)
        text = "\n\f".join(ocr_pdf(pdf, dpi=dpi))
    out.write_text(text)
    return text
