"""Broken and hostile inputs for a batch (issue 5), built on the fly (nothing binary in git)."""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from pathlib import Path


def _good_pdf_bytes(text: str = "Mål 1 Fler i arbete") -> bytes:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), text)
    return doc.tobytes()


def make_hostile(d: Path) -> dict[str, str]:
    """Write the files into d; returns name -> what it is."""
    import pymupdf

    d.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(7)
    files: dict[str, str] = {}

    def put(name: str, data: bytes, what: str) -> None:
        (d / name).write_bytes(data)
        files[name] = what

    good = _good_pdf_bytes()
    put("zero.pdf", b"", "zero bytes")
    put("truncated.pdf", good[: len(good) // 3], "truncated")
    put("random.pdf", bytes(rnd.getrandbits(8) for _ in range(20000)), "random bytes")
    put("page.pdf", b"<!DOCTYPE html><html><body>404</body></html>", "HTML named .pdf")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hej")
    put("archive.pdf", buf.getvalue(), "ZIP named .pdf")
    doc = pymupdf.open(stream=good, filetype="pdf")
    put("encrypted.pdf", doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="hemligt",
                                      owner_pw="hemligt"), "encrypted")
    # xref offsets pointing nowhere
    broken = good.replace(b"startxref", b"startxref\n999999999\n%", 1)
    put("badxref.pdf", broken, "broken xref")
    blank = pymupdf.open()
    for _ in range(3000):
        blank.new_page()
    put("blank3000.pdf", blank.tobytes(garbage=0), "3000 blank pages")
    # a content stream of 1 GB of spaces, deflated to ~1 MB
    bomb = pymupdf.open()
    bomb.new_page()
    z = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    payload = b"".join(z.compress(chunk) for _ in range(1024)) + z.flush()
    xref = bomb[0].get_contents()[0] if bomb[0].get_contents() else None
    if xref is None:
        bomb[0].insert_text((72, 72), "x")
        xref = bomb[0].get_contents()[0]
    bomb.update_stream(xref, payload, compress=0)
    bomb.xref_set_key(xref, "Filter", "/FlateDecode")
    put("bomb.pdf", bomb.tobytes(garbage=0, deflate=False), "decompression bomb")
    put("latin1.txt", "Mål: Fler invandrare i arbete\nÅtgärd: Språkkurser för vuxna\n".encode("latin-1"),
        "non-UTF-8 .txt")
    return files
