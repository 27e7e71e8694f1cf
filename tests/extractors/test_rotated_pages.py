"""Pages shown turned: a /Rotate page whose content is drawn sideways (how a landscape table is
often set on a portrait page) and a scan fed through the scanner sideways or upside down
with no /Rotate at all. Both are read as the upright page a reader turns to."""

from __future__ import annotations

import pymupdf
import pytest
from rapidfuzz import fuzz

from extractors.model import Line, Table
from extractors.ocr import ocr_pages
from extractors.pdf_document import read_pdf

from test_ocr import PARAGRAPH, TABLE, _born_digital

needs_tesseract = pytest.mark.usefixtures("tesseract_binary")  # fails, never skips


def _shown_turned(src: pymupdf.Document, angle: int) -> pymupdf.Document:
    """The page's content drawn turned by `angle` on a page whose /Rotate turns it back."""
    p = src[0]
    doc = pymupdf.open()
    page = doc.new_page(width=p.rect.height, height=p.rect.width)
    page.show_pdf_page(page.rect, src, 0, rotate=angle)
    page.set_rotation(angle)
    return doc


def _scanned_turned(src: pymupdf.Document, angle: int, dpi: int = 200) -> pymupdf.Document:
    """The page rasterized and placed turned by `angle`, with no /Rotate: a sideways scan."""
    pix = src[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    w, h = src[0].rect.width, src[0].rect.height
    doc = pymupdf.open()
    page = doc.new_page(width=h, height=w) if angle % 180 else doc.new_page(width=w, height=h)
    page.insert_image(page.rect, pixmap=pix, rotate=angle)
    return doc


def _items_text(page) -> str:
    return "\n".join(it.text for it in page.items if isinstance(it, Line))


@pytest.mark.parametrize("angle", [90, 270])
def test_rotated_text_layer_is_read_upright(angle):
    doc = _shown_turned(_born_digital(), angle)
    assert doc[0].rotation == angle and doc[0].mediabox.width > doc[0].mediabox.height
    page = read_pdf("turned.pdf", doc.tobytes(), "0" * 64, ocr="never").pages[0]
    # the page as shown: portrait, the heading at its top left, lines top to bottom
    assert (page.width, page.height) == pytest.approx((595, 842), abs=1)
    lines = [it for it in page.items if isinstance(it, Line)]
    assert lines[0].text == "Integration i kommunen"
    assert 60 < lines[0].bbox.x0 < 85 and 65 < lines[0].bbox.y0 < 95
    assert [ln.text for ln in lines[1:4]] == PARAGRAPH
    tables = [it for it in page.items if isinstance(it, Table)]
    assert len(tables) == 1 and tables[0].rows == TABLE and tables[0].header_rows == 1


def test_unrotated_page_is_left_alone():
    page = read_pdf("plain.pdf", _born_digital().tobytes(), "0" * 64, ocr="never").pages[0]
    assert [it.text for it in page.items if isinstance(it, Line)][1:4] == PARAGRAPH


@needs_tesseract
@pytest.mark.parametrize("angle", [90, 270, 180])
def test_sideways_scan_is_turned_upright(tmp_path, angle):
    path = tmp_path / f"sideways{angle}.pdf"
    _scanned_turned(_born_digital(), angle).save(path)
    page = ocr_pages(str(path), [0], lang="swe", workers=1)[0]
    assert page.ocr_confidence > 0.7
    # read in the frame of the upright page: portrait, text lines lying down, in order
    assert page.width < page.height
    text = _items_text(page)
    assert fuzz.partial_ratio("\n".join(PARAGRAPH), text) >= 90, text
    tables = [it for it in page.items if isinstance(it, Table)]
    assert len(tables) == 1 and tables[0].n_cols == 3
