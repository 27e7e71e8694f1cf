"""How many times a page's text is built: what the reader and the OCR plan share or skip."""

import pymupdf

from extractors import ocr, pdf_document
from extractors.pdf_text import TEXT_PAGE_FLAGS, page_lines

PROSE = ("Kommunen ordnar kurser i svenska för alla nyanlända. " * 3).strip()


def _prose_page(doc: pymupdf.Document) -> pymupdf.Page:
    page = doc.new_page()
    for k in range(12):
        page.insert_text((72, 72 + 18 * k), PROSE[:80], fontsize=11)
    return page


def test_a_page_of_prose_is_planned_without_listing_its_images(monkeypatch):
    # listing the images builds a whole TextPage; no rule needs them for a visible text
    # layer of more than a few words
    def no_listing(page):
        raise AssertionError("image coverage asked for")

    monkeypatch.setattr(ocr, "_image_coverage", no_listing)
    doc = pymupdf.open()
    _prose_page(doc)
    assert ocr.plan_ocr(doc, "auto") == {}


def test_a_page_with_little_text_still_looks_at_its_images(monkeypatch):
    asked = []
    monkeypatch.setattr(ocr, "_image_coverage", lambda page: asked.append(page) or 0.0)
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Sida 3", fontsize=11)
    assert ocr.plan_ocr(doc, "auto") == {}
    assert len(asked) == 1


def test_the_page_is_read_from_one_text_page(monkeypatch):
    doc = pymupdf.open()
    page = _prose_page(doc)
    made = []
    real = pymupdf.Page.get_textpage

    def counting(self, *a, **k):
        made.append(k.get("flags"))
        return real(self, *a, **k)

    monkeypatch.setattr(pymupdf.Page, "get_textpage", counting)
    out = pdf_document.read_page(page)
    assert made == [TEXT_PAGE_FLAGS]
    # what the shared TextPage gives is what each format's own TextPage gave
    monkeypatch.setattr(pymupdf.Page, "get_textpage", real)
    assert out.raw_text == page.get_text()
    assert [ln.text for ln in page_lines(page)] == [ln.text for ln in page_lines(page, page.get_textpage(flags=TEXT_PAGE_FLAGS))]
