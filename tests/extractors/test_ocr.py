"""OCR: page planning, a rendered-then-rasterized page read back, the missing-Tesseract error.

One page is OCRed in this module (module-scoped fixture), a few seconds on one core.
"""

from __future__ import annotations


import pymupdf
import pytest
from rapidfuzz import fuzz

from extractors.model import ExtractionError, Table
from extractors.ocr import ocr_pages, plan_ocr

needs_tesseract = pytest.mark.usefixtures("tesseract_binary")  # fails, never skips

PARAGRAPH = [
    "Målet är att alla invånare ska känna sig välkomna i kommunen.",
    "Åtgärderna följs upp årligen av rådet för kulturell mångfald.",
    "Språkkurser ordnas för vuxna och för barn i förskoleåldern.",
]
TABLE = [
    ["Mål", "Åtgärd", "Tidtabell"],
    ["Bättre boende", "Rådgivning för nya invånare", "2024"],
    ["Ökad sysselsättning", "Språkstöd på arbetsplatsen", "Fortlöpande"],
]


def _born_digital() -> pymupdf.Document:
    """An A4 page of Swedish text and a small ruled table, typeset with PyMuPDF."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 90
    page.insert_text((72, y), "Integration i kommunen", fontsize=16, fontname="hebo")
    y += 34
    for line in PARAGRAPH:
        page.insert_text((72, y), line, fontsize=12, fontname="helv")
        y += 18
    top = y + 20
    col_x = [72, 210, 410, 523]
    row_h = 34
    for r, row in enumerate(TABLE):
        ry = top + r * row_h
        if r == 0:  # shaded heading row, as office tables print them
            page.draw_rect(pymupdf.Rect(col_x[0], ry, col_x[-1], ry + row_h),
                           color=None, fill=(0.88, 0.88, 0.88))
        for c, text in enumerate(row):
            page.insert_text((col_x[c] + 6, ry + 22), text, fontsize=12,
                             fontname="hebo" if r == 0 else "helv")
    for r in range(len(TABLE) + 1):
        page.draw_line((col_x[0], top + r * row_h), (col_x[-1], top + r * row_h), width=1)
    for x in col_x:
        page.draw_line((x, top), (x, top + len(TABLE) * row_h), width=1)
    return doc


def _image_only(src: pymupdf.Document, dpi: int = 200, invisible_text: str | None = None):
    """The page rasterized (a scan without a text layer), optionally with an invisible
    text layer on top, the way OCR software writes one (render mode 3)."""
    pix = src[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    page = doc.new_page(width=src[0].rect.width, height=src[0].rect.height)
    page.insert_image(page.rect, pixmap=pix)
    if invisible_text:
        page.insert_textbox(pymupdf.Rect(72, 72, 523, 770), invisible_text, fontsize=11,
                            render_mode=3)
    return doc


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    path = tmp_path_factory.mktemp("ocr") / "scan.pdf"
    _image_only(_born_digital()).save(path)
    return str(path)


@pytest.fixture(scope="module")
def ocred(scanned):
    return ocr_pages(scanned, [0], lang="swe", workers=1)[0]


# ------------------------------------------------------------------ plan_ocr


def test_plan_keeps_born_digital_and_ocrs_image_only():
    bd = _born_digital()
    assert plan_ocr(bd, "auto") == {}
    assert plan_ocr(_image_only(bd), "auto") == {0: "no-text-layer"}


def test_plan_flags_invisible_layer_from_wrong_model():
    # what an English model makes of Swedish: å/ä/ö lost or turned into look-alikes
    damaged = " ".join([
        "Malet ar att alla invanare ska kanna sig valkomna i kommunen.",
        "Atgarderna féljs upp arligen av radet fér kulturell mangfald.",
        "Sprakkurser ordnas fér vuxna och fér barn i férskolealdern.",
    ] * 3)
    doc = _image_only(_born_digital(), dpi=100, invisible_text=damaged)
    assert plan_ocr(doc, "auto") == {0: "damaged-text-layer"}


def test_plan_keeps_good_invisible_layer():
    good = " ".join(PARAGRAPH * 3)
    doc = _image_only(_born_digital(), dpi=100, invisible_text=good)
    assert plan_ocr(doc, "auto") == {}


def test_plan_modes():
    bd = _born_digital()
    assert plan_ocr(bd, "always") == {0: "always"}
    assert plan_ocr(_image_only(bd, dpi=72), "never") == {}
    with pytest.raises(ValueError):
        plan_ocr(bd, "sometimes")


# ------------------------------------------------------------------ ocr_pages


@needs_tesseract
def test_ocr_text_with_swedish_letters(ocred):
    assert ocred.source == "ocr"
    assert 0.7 < ocred.ocr_confidence <= 1.0
    text = "\n".join(ln.text for ln in ocred.lines)
    expected = "\n".join(["Integration i kommunen", *PARAGRAPH])
    assert fuzz.ratio(text, expected) >= 95, text
    assert "å" in text and "ä" in text and "ö" in text
    # boxes in PDF points, on the page, reading order top to bottom
    ys = [ln.bbox.y0 for ln in ocred.lines]
    assert ys == sorted(ys)
    first = ocred.lines[0]
    assert 60 < first.bbox.x0 < 85 and 65 < first.bbox.y0 < 95
    assert 12 <= first.font_size <= 21  # 16 pt heading
    assert 9 <= ocred.lines[1].font_size <= 15  # 12 pt body


@needs_tesseract
def test_ocr_rebuilds_ruled_table(ocred):
    tables = ocred.tables
    assert len(tables) == 1
    t = tables[0]
    assert isinstance(t, Table)
    assert len(t.rows) == 3 and t.n_cols == 3
    assert t.header_rows == 1
    assert t.spans == []
    for got, want in zip(t.rows, TABLE):
        for g, w in zip(got, want):
            assert fuzz.ratio(g, w) >= 90, (got, want)
    # the table comes after the paragraph in reading order, and its words are not Lines
    assert ocred.items.index(t) == len(ocred.items) - 1
    assert not any("Tidtabell" in ln.text for ln in ocred.lines)


def test_missing_tesseract_names_pages_and_install(monkeypatch, scanned):
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(ExtractionError) as ei:
        ocr_pages(scanned, [0, 2], lang="swe")
    msg = str(ei.value)
    assert "\n" not in msg
    assert "apt-get install tesseract-ocr tesseract-ocr-swe" in msg
    assert "pages 1, 3" in msg


@needs_tesseract
def test_word_the_page_pass_skips_is_read_from_its_cell(scanned, monkeypatch):
    """Tesseract's page layout analysis now and then leaves out a short word alone in a
    table cell (seen: the heading 'Mål' of a repeated header row on a 200 dpi copy). Here
    the page pass is made to drop the first cell's word; the cell, left empty with ink in
    it, is read again on its own, so the header row is complete."""
    import pytesseract

    real = pytesseract.image_to_data

    def page_pass_drops_mal(image, *args, **kwargs):
        data = real(image, *args, **kwargs)
        if "--psm 6" not in kwargs.get("config", ""):
            data["text"] = ["" if t.strip() == "Mål" else t for t in data["text"]]
        return data

    monkeypatch.setattr(pytesseract, "image_to_data", page_pass_drops_mal)
    page = ocr_pages(scanned, [0], lang="swe", workers=1)[0]
    t = page.tables[0]
    assert fuzz.ratio(t.rows[0][0], "Mål") >= 60, t.rows[0]
    assert t.header_rows == 1
    assert [fuzz.ratio(g, w) >= 90 for g, w in zip(t.rows[1], TABLE[1])] == [True] * 3
