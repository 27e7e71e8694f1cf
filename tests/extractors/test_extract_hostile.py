"""Unreadable input: ExtractionError with a one-line reason, never a library exception."""

from __future__ import annotations

import io
import zipfile

import pymupdf
import pytest

from extractors import ExtractionError, extract
from extractors.pdf_document import MAX_PAGES


def _small_pdf(text: str = "Integrationsprogram") -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text)
    return doc.tobytes()


def _reason(path) -> str:
    with pytest.raises(ExtractionError) as ei:
        extract(path)
    msg = str(ei.value)
    assert msg and "\n" not in msg
    return msg.lower()


def test_zero_byte_file(tmp_path):
    f = tmp_path / "empty.pdf"
    f.write_bytes(b"")
    assert "empty" in _reason(f)


def test_html_named_pdf(tmp_path):
    f = tmp_path / "page.pdf"
    f.write_text("<!DOCTYPE html><html><body>404 Not Found</body></html>")
    r = _reason(f)
    assert "not a pdf" in r and "html" in r


def test_zip_named_pdf(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "x")
    f = tmp_path / "archive.pdf"
    f.write_bytes(buf.getvalue())
    r = _reason(f)
    assert "not a pdf" in r and "zip" in r


def test_encrypted_pdf(tmp_path):
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "hemligt")
    f = tmp_path / "locked.pdf"
    doc.save(f, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    r = _reason(f)
    assert "encrypted" in r and "password" in r


def test_owner_password_only_is_readable(tmp_path):
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "skyddad men läsbar")
    f = tmp_path / "restricted.pdf"
    doc.save(f, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="o", permissions=pymupdf.PDF_PERM_PRINT)
    out = extract(f, ocr="never")
    assert out.pages[0].lines[0].text == "skyddad men läsbar"


def test_truncated_pdf(tmp_path):
    f = tmp_path / "cut.pdf"
    f.write_bytes(_small_pdf()[:60])
    assert "broken pdf" in _reason(f)


def test_repaired_pdf_is_read_with_a_warning(tmp_path):
    data = _small_pdf("Vasa stad")
    f = tmp_path / "damaged.pdf"
    f.write_bytes(data[: int(len(data) * 0.9)])  # xref table and trailer cut off
    doc = extract(f, ocr="never")
    assert doc.pages[0].lines[0].text == "Vasa stad"
    assert any("repaired" in w for w in doc.warnings)


def test_garbage_after_pdf_magic(tmp_path):
    f = tmp_path / "junk.pdf"
    f.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    assert "broken pdf" in _reason(f)


def test_binary_named_txt(tmp_path):
    f = tmp_path / "doc.txt"
    f.write_bytes(b"PK\x03\x04\x00\x00binary\x00\x00")
    assert "not a text file" in _reason(f)


def test_too_many_pages(tmp_path):
    doc = pymupdf.open()
    for _ in range(MAX_PAGES + 1):
        doc.new_page(width=100, height=100)
    f = tmp_path / "huge.pdf"
    doc.save(f)
    assert str(MAX_PAGES) in _reason(f)


def test_missing_file_and_directory(tmp_path):
    assert "not found" in _reason(tmp_path / "nope.pdf")
    assert "directory" in _reason(tmp_path)


def test_pdf_with_junk_before_magic_is_read(tmp_path):
    f = tmp_path / "prefixed.bin"
    f.write_bytes(b"\r\n\r\n" + _small_pdf("Borgå stad"))
    doc = extract(f, ocr="never")
    assert doc.kind == "pdf" and doc.pages[0].lines[0].text == "Borgå stad"
    assert len(doc.sha256) == 64


def test_latin1_text_is_not_an_error(tmp_path):
    f = tmp_path / "l1.txt"
    f.write_bytes(b"Vasa stad \x81\xe5r\n")  # 0x81 is undefined in cp1252
    doc = extract(f)
    assert doc.warnings and "latin-1" in doc.warnings[0]
