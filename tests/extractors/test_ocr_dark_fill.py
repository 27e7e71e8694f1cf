"""White words on a dark fill (a table's header row on navy) on a scanned page: found,
turned dark on paper before Tesseract reads the page, the table's rules kept; a page of dark
print on paper is left as it was."""

from __future__ import annotations

import numpy as np
import pymupdf
import pytest
from rapidfuzz import fuzz

from extractors import ocr, ocr_image as oi
from extractors.ocr import ocr_pages

needs_tesseract = pytest.mark.usefixtures("tesseract_binary")  # fails, never skips

NAVY = (0.12, 0.22, 0.39)
HEADER = ["Mål", "Åtgärd", "Tidtabell"]
BODY = [["Bättre boende", "Rådgivning för nya invånare", "2024"],
        ["Ökad sysselsättning", "Språkstöd på arbetsplatsen", "Fortlöpande"]]
COL_X = [72, 210, 410, 523]
ROW_H = 34


def _page(header_fill) -> pymupdf.Document:
    """A heading, a paragraph and a ruled table whose header row is `header_fill` with
    white words (None: black words on a light grey fill), then a dark band of white words
    outside any table."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 90), "Integration i kommunen", fontsize=16, fontname="hebo")
    page.insert_text((72, 124), "Åtgärderna följs upp årligen av rådet.", fontsize=12,
                     fontname="helv")
    top = 160
    rows = [HEADER] + BODY
    for r, row in enumerate(rows):
        ry = top + r * ROW_H
        if r == 0:
            page.draw_rect(pymupdf.Rect(COL_X[0], ry, COL_X[-1], ry + ROW_H), color=None,
                           fill=header_fill or (0.88, 0.88, 0.88))
        white = r == 0 and header_fill is not None
        for c, text in enumerate(row):
            page.insert_text((COL_X[c] + 6, ry + 22), text, fontsize=12,
                             fontname="hebo" if r == 0 else "helv",
                             color=(1, 1, 1) if white else (0, 0, 0))
    # the rules in a dark grey, as office tables draw them: on the navy fill they vanish
    for r in range(len(rows) + 1):
        page.draw_line((COL_X[0], top + r * ROW_H), (COL_X[-1], top + r * ROW_H),
                       width=1, color=(0.2, 0.2, 0.2))
    for x in COL_X:
        page.draw_line((x, top), (x, top + len(rows) * ROW_H), width=1, color=(0.2, 0.2, 0.2))
    if header_fill is not None:
        page.draw_rect(pymupdf.Rect(72, 330, 523, 360), color=None, fill=header_fill)
        page.insert_text((80, 350), "Uppföljning och utvärdering", fontsize=12,
                         fontname="hebo", color=(1, 1, 1))
    return doc


def _gray(doc: pymupdf.Document, dpi: int = 200) -> np.ndarray:
    pix = doc[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, :pix.width].copy()


def _scan(doc: pymupdf.Document, path) -> str:
    pix = doc[0].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    out = pymupdf.open()
    page = out.new_page(width=595, height=842)
    page.insert_image(page.rect, pixmap=pix)
    out.save(path)
    return str(path)


def _px(pt: float) -> int:
    return round(pt * 200 / 72)


def test_dark_fills_are_found_and_turned_dark_on_paper():
    gray = _gray(_page(NAVY))
    ink = gray < oi.otsu_threshold(gray)
    fills = oi.dark_fills(gray, ink, 200)
    assert len(fills) == 2  # the header row and the band below the table
    x0, y0, x1, y1 = fills[0]
    for got, want in zip((x0, y0, x1, y1), (72, 160, 523, 194)):
        assert abs(got - _px(want)) <= 3
    out = oi.invert_fills(gray, ink, fills, 200)
    thr = oi.otsu_threshold(out)
    inner = out[y0 + 4:y1 - 4, x0 + 4:x1 - 4]
    # the fill is paper now, its words ink: as much ink as the white strokes had
    assert 0.02 < (inner < thr).mean() < 0.3
    assert abs((inner < thr).mean() - (gray[y0 + 4:y1 - 4, x0 + 4:x1 - 4] >= thr).mean()) < 0.02
    # outside the fills nothing changed
    assert np.array_equal(out[:y0 - 1], gray[:y0 - 1])


def test_a_page_of_dark_print_on_paper_has_no_fill():
    doc = _page(None)
    # a large bold title: its strokes are solid ink over a few blocks, but no fill
    doc[0].insert_text((72, 790), "Gemensamt program", fontsize=30, fontname="hebo")
    gray = _gray(doc)
    ink = gray < oi.otsu_threshold(gray)
    assert oi.dark_fills(gray, ink, 200) == []


def test_a_header_row_on_a_dark_fill_stays_a_row_of_its_table():
    """The fill hid the table's top rule and its column rules; once turned light the header
    is the table's first, shaded row, cut into the columns of the rows below."""
    gray = _gray(_page(NAVY))
    ink = gray < oi.otsu_threshold(gray)
    fills = oi.dark_fills(gray, ink, 200)
    out = oi.invert_fills(gray, ink, fills, 200)
    grids, _ = oi.find_grids(out, 200, out < oi.otsu_threshold(out), fills)
    assert len(grids) == 1
    g = grids[0]
    assert len(g.ys) == 4 and len(g.xs) == 4
    assert abs(g.ys[0] - _px(160)) <= 4
    assert g.spans == []
    assert g.shaded_rows == [True, False, False]


@needs_tesseract
def test_white_words_on_a_dark_header_row_are_read(tmp_path):
    page = ocr_pages(_scan(_page(NAVY), tmp_path / "navy.pdf"), [0], lang="swe", workers=1)[0]
    assert len(page.tables) == 1
    t = page.tables[0]
    assert len(t.rows) == 3 and t.n_cols == 3 and t.header_rows == 1
    for got, want in zip(t.rows, [HEADER] + BODY):
        for g, w in zip(got, want):
            assert fuzz.ratio(g, w) >= 90, (got, want)
    assert any(fuzz.partial_ratio("Uppföljning och utvärdering", ln.text) >= 90
               for ln in page.lines)


def test_a_page_without_dark_fills_is_prepared_as_before(tmp_path, monkeypatch):
    """The image Tesseract gets, the rules and the grids are those of a pass that never
    looks for fills."""
    path = _scan(_page(None), tmp_path / "plain.pdf")
    got = ocr._prepared_image(path, 0, None)
    monkeypatch.setattr(oi, "dark_fills", lambda *a, **k: [])
    want = ocr._prepared_image(path, 0, None)
    assert np.array_equal(got[2], want[2])
    assert got[3] == want[3]
    assert [(g.xs, g.ys, g.spans, g.shaded_rows) for g in got[5]] == \
        [(g.xs, g.ys, g.spans, g.shaded_rows) for g in want[5]]
