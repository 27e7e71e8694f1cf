"""Scan pages: ink Tesseract's page pass left unread is read again, and a ruled table's bold
first row is its header even when it leaves columns unnamed."""

from __future__ import annotations

import numpy as np
import pymupdf
import pytest

from extractors import ocr_image as oi
from extractors.ocr import _bold_first_row, _read_unread_ink, _words

needs_tesseract = pytest.mark.usefixtures("tesseract_binary")  # fails, never skips


def test_unread_ink_finds_the_pieces_no_word_box_covers():
    ink = np.zeros((200, 400), dtype=bool)
    ink[20:40, 10:60] = True     # a word Tesseract read
    ink[20:40, 200:230] = True   # a word it left out: two letters ...
    ink[20:40, 236:250] = True   # ... a few pixels apart, one piece
    ink[120:140, 10:40] = True   # another word left out, lines below
    got = oi.unread_ink(ink, [(10, 20, 60, 40)], cell=5, pad=2)
    assert got == [(200, 20, 250, 40), (10, 120, 40, 140)]
    assert oi.unread_ink(ink, [(10, 20, 60, 40), (200, 20, 250, 40), (10, 120, 40, 140)], 5, 2) == []


def _page_image(dpi=200):
    """A header row of a table without rules ('Mål' alone at the left) over a few body
    lines, as a gray image."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=300)
    for x, t in [(72, "Mål"), (180, "Åtgärd"), (300, "Tidtabell"), (420, "Mätare")]:
        page.insert_text((x, 60), t, fontsize=10, fontname="tibo")
    for i, (a, b, c) in enumerate([("Bättre boende", "2023–2026", "Antalet boende"),
                                   ("Synligt kunnande", "Fortlöpande", "Antalet besök"),
                                   ("Stödmöjligheter", "2024", "Antalet deltagare")]):
        y = 90 + 14 * i
        page.insert_text((180, y), a, fontsize=10, fontname="tiro")
        page.insert_text((300, y), b, fontsize=10, fontname="tiro")
        page.insert_text((420, y), c, fontsize=10, fontname="tiro")
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, : pix.width].copy()


@needs_tesseract
def test_a_word_the_page_pass_left_out_is_read_from_its_ink():
    """As when Tesseract's layout analysis drops the short heading 'Mål' of a header row:
    the page's words without it give the word back, at its place, as a line of its own."""
    import pytesseract
    from PIL import Image

    gray = _page_image()
    data = pytesseract.image_to_data(Image.fromarray(gray), lang="swe", config="--psm 6",
                                     output_type=pytesseract.Output.DICT)
    words = [w for w in _words(data) if w["text"] != "Mål"]
    assert len(words) >= 10
    got = _read_unread_ink(gray, gray < 128, words, "swe")
    assert [w["text"] for w in got] == ["Mål"]
    k = 200 / 72
    assert abs(got[0]["x0"] - 72 * k) < 5 and abs(got[0]["y1"] - 60 * k) < 8
    assert got[0]["key"] not in {w["key"] for w in words}
    # nothing left out: nothing read again
    assert _read_unread_ink(gray, gray < 128, _words(data), "swe") == []


def _stemmed(ink, x0, y0, n, stem, pitch=9, h=20):
    for k in range(n):
        ink[y0:y0 + h, x0 + k * pitch:x0 + k * pitch + stem] = True
    return {"text": "word", "conf": 90.0, "x0": x0, "y0": y0,
            "x1": x0 + (n - 1) * pitch + stem, "y1": y0 + h, "key": (1, 1, y0)}


@pytest.mark.parametrize("head_stem,want", [(3, True), (2, False)])
def test_bold_first_row_of_a_ruled_table(head_stem, want):
    """Cells (row, col) -> words: the first row's stems 1.5 times the body's make it the
    header, its first two cells left empty; stems as wide as the body's do not."""
    ink = np.zeros((400, 600), dtype=bool)
    cells = {(0, 2): [_stemmed(ink, 300, 10, 8, head_stem)],
             (0, 3): [_stemmed(ink, 450, 10, 8, head_stem)]}
    for r in range(1, 4):
        for c in range(4):
            cells[(r, c)] = [_stemmed(ink, 10 + 150 * c, 10 + 60 * r, 8, 2)]
    assert _bold_first_row(cells, ink, 20.0) is want


def test_line_middle_from_where_the_letters_of_each_word_reach():
    """A line box 100-130 px: 'Mål' reaches the ascender line and the baseline, 'av' the
    x-height and the baseline, 'ding' both ends. The plain middles of their boxes lie
    up to 3 px above the line's (their median 1.8 px); the letters put it back at 115."""
    from extractors.ocr import _line_middle

    base, xh = 100 + 0.78 * 30, 100 + 0.2 * 30
    ws = [{"text": "Mål", "conf": 95.0, "y0": 100, "y1": base},
          {"text": "Vidare", "conf": 95.0, "y0": 100, "y1": base},
          {"text": "av", "conf": 95.0, "y0": xh, "y1": base},
          {"text": "ding", "conf": 95.0, "y0": 100, "y1": 130}]
    plain = sorted((w["y0"] + w["y1"]) / 2 for w in ws)
    assert abs((plain[1] + plain[2]) / 2 - 115) > 1.5
    assert _line_middle(ws, 30.0) == pytest.approx(115, abs=0.5)


def test_a_mark_read_before_a_word_moves_its_edge_only_when_it_has_ink_of_its_own():
    """'«Uppföljning' read from a box that starts at the U: the '«' had no ink, the left
    edge stays where the column's text starts. A quote-sized speck before the word with a
    gap after it: the edge moves to the word's first letter."""
    from extractors.ocr import _drop_first_char

    ink = np.zeros((60, 300), dtype=bool)
    for k in range(10):                      # ten letters, 20 px tall, 2 px apart
        ink[20:40, 40 + 12 * k:50 + 12 * k] = True
    phantom = {"text": "«Uppföljning", "conf": 28.0, "x0": 40, "y0": 20, "x1": 158, "y1": 40}
    _drop_first_char(phantom, ink)
    assert phantom["text"] == "Uppföljning" and phantom["x0"] == 40
    ink[20:26, 30:34] = True                 # a speck at the top, 6 px before the word
    speck = {"text": "'medborgar", "conf": 60.0, "x0": 30, "y0": 20, "x1": 158, "y1": 40}
    _drop_first_char(speck, ink)
    assert speck["text"] == "medborgar" and speck["x0"] == 40
