"""OCR noise on scanned pages: specks and rule remnants read as text, specks fused to
words (line sizes), bullets read as letters. Unit tests on word boxes, and one generated
scan-like page (speckled, rasterized) read back through Tesseract."""

from __future__ import annotations


import numpy as np
import pymupdf
import pytest

from extractors.ocr import (_is_noise, _line_box_px, _line_text, _mark_dotted,
                            _strip_stray_quotes, ocr_pages)

needs_tesseract = pytest.mark.usefixtures("tesseract_binary")  # fails, never skips


def _w(text, x0, y0, x1, y1, conf=90.0, key=(1, 1, 1)):
    return {"text": text, "conf": conf, "x0": x0, "y0": y0, "x1": x1, "y1": y1, "key": key}


def test_specks_flat_and_tall_remnants_are_noise_real_marks_stay():
    h = 20.0  # median word height on the page
    assert _is_noise(_w(".", 0, 0, 2, 2), h)                       # a speck
    assert _is_noise(_w("–", 0, 0, 2, 3), h)                       # a speck read as a dash
    assert not _is_noise(_w("–", 0, 10, 13, 12), h)                # a real dash: wide
    assert _is_noise(_w("EN", 0, 0, 23, 3), h)                     # letters on a rule remnant
    assert _is_noise(_w("i", 0, 0, 10, 31), h, in_cell=True)       # a rule sliver in a cell
    assert not _is_noise(_w("i", 0, 0, 3, 18), h, in_cell=True)    # the word 'i'
    assert not _is_noise(_w("på", 0, 0, 24, 23), h, in_cell=True)
    # a real word whose box Tesseract got wrong is kept
    assert not _is_noise(_w("«sysselsättningen,", 0, 0, 187, 2, conf=30), h)


def test_tall_i_with_its_dot_is_a_letter_not_a_rule_sliver():
    """An 'i' whose box a fused speck made tall: its ink has the gap under the dot, so it
    stays; a rule sliver read as 'i' is one unbroken stroke and goes."""
    ink = np.zeros((60, 40), bool)
    ink[5:8, 5:8] = True        # a speck fused into the box of the 'i' below it
    ink[12:15, 5:8] = True      # the dot of the 'i'
    ink[17:35, 5:8] = True      # its stem
    ink[0:31, 25:28] = True     # a rule sliver
    words = [_w("i", 5, 5, 8, 35), _w("i", 25, 0, 28, 31)]
    _mark_dotted(words, ink)
    h = 20.0
    assert not _is_noise(words[0], h, in_cell=True)
    assert _is_noise(words[1], h, in_cell=True)


def test_line_size_ignores_a_speck_fused_to_one_word():
    clean = [_w("kommunens", 0, 10, 90, 31), _w("ansvar", 100, 15, 160, 31),
             _w("för", 170, 9, 200, 31), _w("integrationen", 210, 9, 330, 36)]
    specked = [dict(d) for d in clean]
    specked[2]["y0"] = -15  # a speck above 'för' fused into its box
    assert _line_box_px(specked) == pytest.approx(_line_box_px(clean))
    # a line without ascenders or descenders measures as the same size
    low = [_w("som", 0, 15, 30, 31), _w("av", 40, 15, 60, 31), _w("men", 70, 15, 100, 31)]
    assert _line_box_px(low) == pytest.approx(_line_box_px(clean), rel=0.15)


def test_stray_quote_dropped_real_quotes_kept():
    ws = [_w('"Regelbundna', 0, 0, 90, 20, conf=70), _w("träffar", 95, 0, 150, 20)]
    _strip_stray_quotes(ws)
    assert ws[0]["text"] == "Regelbundna"
    ws = [_w('"Välkommen', 0, 0, 90, 20, conf=70), _w('hit"', 95, 0, 150, 20)]
    _strip_stray_quotes(ws)
    assert ws[0]["text"] == '"Välkommen'


def test_bullet_read_as_letter():
    assert _line_text([_w("e", 0, 0, 10, 10), _w("Främja", 20, 0, 80, 20)]) == "• Främja"
    assert _line_text([_w("e", 0, 0, 10, 10), _w("främja", 20, 0, 80, 20)]) == "e främja"


BODY = [
    "Kommunen ansvarar i samarbete med arbets- och näringsbyrån för",
    "uppgörandet av inledande kartläggningar och integrationsplaner,",
    "som ses över minst vart fjärde år och vid behov.",
    "Målet är att alla invånare ska känna sig välkomna i kommunen.",
]


@pytest.fixture(scope="module")
def speckled_page(tmp_path_factory):
    """Body text at 10 pt under an 11 pt numbered heading, and a ruled table, rasterized at
    200 dpi with specks on the text lines and in the cells."""
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    page.insert_text((72, 90), "2.1 Boende för nya invånare", fontsize=11, fontname="hebo")
    y = 115
    for line in BODY:
        page.insert_text((72, y), line, fontsize=10, fontname="helv")
        y += 14
    top, xs = y + 20, [72, 250, 523]
    for r, row in enumerate([["Mål", "Åtgärd"], ["Bättre boende", "Rådgivning för nya invånare"]]):
        for c, t in enumerate(row):
            page.insert_text((xs[c] + 6, top + r * 30 + 20), t, fontsize=10, fontname="helv")
    for r in range(3):
        page.draw_line((xs[0], top + r * 30), (xs[-1], top + r * 30), width=1)
    for x in xs:
        page.draw_line((x, top), (x, top + 60), width=1)
    dpi = 200
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    a = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, : pix.width].copy()
    k = dpi / 72
    rng = np.random.default_rng(3)
    for yy in list(range(115, y, 14)) + [top + 10, top + 40]:  # specks just above text
        for xx in rng.uniform(80, 500, 6):
            py, px = int((yy - 11) * k), int(xx * k)
            a[py:py + 2, px:px + 2] = 90
    out = pymupdf.open()
    p = out.new_page(width=595, height=842)
    p.insert_image(p.rect, pixmap=pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, a.tobytes(), False))
    path = tmp_path_factory.mktemp("ocrnoise") / "speckled.pdf"
    out.save(path)
    return ocr_pages(str(path), [0], lang="swe", workers=1)[0]


@needs_tesseract
def test_speckled_scan_line_sizes_and_cells(speckled_page):
    lines = speckled_page.lines
    body = [ln for ln in lines if not ln.text.startswith("2.1")]
    head = [ln for ln in lines if ln.text.startswith("2.1")]
    assert head and len(body) == len(BODY), [ln.text for ln in lines]
    sizes = [ln.font_size for ln in body]
    mid = float(np.median(sizes))
    assert all(abs(s - mid) <= 0.05 * mid for s in sizes), sizes
    assert head[0].font_size >= 1.05 * mid, (head[0].font_size, sizes)
    cells = [c for row in speckled_page.tables[0].rows for c in row]
    assert cells == ["Mål", "Åtgärd", "Bättre boende", "Rådgivning för nya invånare"], cells


def test_dot_glued_before_a_word_dropped():
    ws = [_w(".utbildning", 0, 0, 90, 20, conf=60)]
    _strip_stray_quotes(ws)
    assert ws[0]["text"] == "utbildning"


def test_bullet_read_as_sign_before_an_action_number():
    assert _line_text([_w("«", 0, 0, 10, 10), _w("1.5", 20, 0, 40, 20), _w("Man", 50, 0, 80, 20)]) == "• 1.5 Man"
    assert _line_text([_w("+", 0, 0, 10, 10), _w("Stadens", 20, 0, 80, 20)]) == "• Stadens"
    assert _line_text([_w("+", 0, 0, 10, 10), _w("2", 20, 0, 30, 20)]) == "+ 2"


def _ink_with(*boxes):
    ink = np.zeros((60, 400), dtype=bool)
    for x0, y0, x1, y1 in boxes:
        ink[y0:y1, x0:x1] = True
    return ink


def test_bullet_found_in_the_ink_read_or_not():
    from extractors.ocr import _mark_bullets

    hmed = 20.0
    # a solid 7 px square before the line: read by Tesseract as '»' with little confidence
    ink = _ink_with((10, 20, 17, 27), (30, 12, 80, 32))
    ws = [_w("»", 10, 20, 17, 27, conf=30), _w("Samarbetet", 30, 12, 80, 32)]
    for wd in ws:
        wd["key"] = (1, 1, 1)
    _mark_bullets(ws, ink, hmed)
    assert ws[0]["text"] == "•" and not _is_noise(ws[0], hmed)
    # the same blob that Tesseract did not report at all
    ws = [_w("I", 30, 12, 33, 32), _w("dagens", 40, 12, 80, 32)]
    for wd in ws:
        wd["key"] = (1, 2, 1)
    _mark_bullets(ws, ink, hmed)
    assert [w["text"] for w in sorted(ws, key=lambda d: d["x0"])] == ["•", "I", "dagens"]


def test_letters_and_open_marks_are_not_bullets():
    from extractors.ocr import _mark_bullets

    hmed = 20.0
    ring = _ink_with((10, 18, 20, 28), (30, 12, 80, 32))
    ring[20:26, 12:18] = False  # an 'o': its counter is blank
    ws = [_w("o", 10, 18, 20, 28), _w("Främja", 30, 12, 80, 32)]
    for wd in ws:
        wd["key"] = (1, 1, 1)
    _mark_bullets(ws, ring, hmed)
    assert ws[0]["text"] == "o" and not ws[0].get("bullet")
    # a line with nothing left of it gets nothing
    ws = [_w("Främja", 30, 12, 80, 32), _w("integration", 90, 12, 150, 32)]
    for wd in ws:
        wd["key"] = (1, 3, 1)
    _mark_bullets(ws, _ink_with((30, 12, 80, 32), (90, 12, 150, 32)), hmed)
    assert [w["text"] for w in ws] == ["Främja", "integration"]


def test_full_stops_and_marks_of_another_column_are_not_bullets():
    from extractors.ocr import _mark_bullets

    hmed = 20.0
    # a full stop (3 px) ending the cell to the left, just before the line
    ws = [_w("Antalet", 100, 12, 150, 32), _w("deltagare", 160, 12, 220, 32)]
    for wd in ws:
        wd["key"] = (2, 1, 1)
    _mark_bullets(ws, _ink_with((85, 27, 88, 30), (100, 12, 150, 32), (160, 12, 220, 32)), hmed)
    assert [w["text"] for w in ws] == ["Antalet", "deltagare"]
    # a solid square 2.5 word heights to the left belongs to another column
    _mark_bullets(ws, _ink_with((43, 18, 50, 25), (100, 12, 150, 32), (160, 12, 220, 32)), hmed)
    assert [w["text"] for w in ws] == ["Antalet", "deltagare"]


def test_bullet_glued_into_the_first_word_is_split_off():
    """Tesseract reads a bullet and the word after it as one word ('«För'): the leading
    solid blob before a blank column is the bullet, the rest the word."""
    from extractors.ocr import _mark_bullets

    hmed = 20.0
    ink = _ink_with((20, 19, 27, 26), (40, 12, 80, 32), (90, 12, 150, 32))
    ws = [_w("«För", 20, 12, 80, 32), _w("att", 90, 12, 150, 32)]
    _mark_bullets(ws, ink, hmed)
    ws.sort(key=lambda d: d["x0"])
    assert [w["text"] for w in ws] == ["•", "För", "att"]
    assert ws[1]["x0"] == 40  # the word starts at its own ink, not at the bullet
    # a quote glued to a word is not a bullet: its ink is not a solid blob
    ink = _ink_with((20, 12, 22, 18), (24, 12, 26, 18), (40, 12, 80, 32), (90, 12, 150, 32))
    ws = [_w("«För", 20, 12, 80, 32), _w("att", 90, 12, 150, 32)]
    _mark_bullets(ws, ink, hmed)
    assert [w["text"] for w in ws] == ["«För", "att"]


def test_word_box_shrinks_to_its_ink_rows():
    """A word box reaching over blank rows (37 px for a 20 px word) is cut to its ink, so
    the line's size estimate is that of its letters; boxes never grow."""
    from extractors.ocr import _fit_boxes_to_ink

    ink = _ink_with((10, 20, 60, 40), (70, 20, 120, 40))
    ink[15:17, 30:32] = True  # an i-dot above the stem stays inside the box
    ws = [_w("identifierades:", 10, 5, 60, 50), _w("och", 70, 22, 120, 38)]
    _fit_boxes_to_ink(ws, ink)
    assert (ws[0]["y0"], ws[0]["y1"]) == (15, 40)
    assert (ws[1]["y0"], ws[1]["y1"]) == (22, 38)
    tall = [_w("identifierades:", 10, 5, 60, 50)]
    _fit_boxes_to_ink(tall, ink)
    assert _line_box_px(tall) == pytest.approx(_line_box_px([_w("identifierades:", 10, 15, 60, 40)]))


def _stemmed_word(ink, x0, y0, n, stem, pitch=9, h=20):
    """A word of `n` letters drawn as vertical stems `stem` px wide; returns its box."""
    for k in range(n):
        ink[y0:y0 + h, x0 + k * pitch:x0 + k * pitch + stem] = True
    return (x0, y0, x0 + (n - 1) * pitch + stem, y0 + h)


def test_bold_lines_told_from_their_stem_width():
    """Stems 1.5 times as wide as the page's body lines make a line bold; one short word,
    with too few ink runs to tell, stays regular."""
    from extractors.model import BBox, Line
    from extractors.ocr import _mark_bold, _stroke_share

    ink = np.zeros((400, 400), dtype=bool)
    lines, strokes = [], []
    for i, stem in enumerate([2, 2, 2, 2, 2, 3, 2]):
        y = 10 + i * 40
        b1 = _stemmed_word(ink, 10, y, 8, stem)
        b2 = _stemmed_word(ink, 100, y, 8, stem)
        ws = [_w("regular", *b1), _w("words", *b2)]
        strokes.append(_stroke_share(ws, ink, 26.0, 20.0))
        lines.append(Line(text=f"line {i}", bbox=BBox(x0=0, y0=y, x1=200, y1=y + 20)))
    _mark_bold(lines, strokes)
    assert [ln.bold for ln in lines] == [False] * 5 + [True, False]
    # a line of one small two-letter word: too few runs to measure
    box = _stemmed_word(ink, 10, 300, 2, 3, h=8)
    assert _stroke_share([_w("på", *box)], ink, 26.0, 20.0) is None


def test_line_cut_where_a_word_after_a_wide_gap_starts_a_column():
    """Tesseract reads two neighbouring table cells as one line when the cell padding is
    under the text-layer split gap: the line is cut where a word after a gap of over
    CELL_GAP_EM starts where other lines start. A bullet before its text, and a wide gap
    in running text that lines up with nothing, are left alone."""
    from extractors.ocr import _split_at_column_starts

    def line(*words, y=0):
        return [_w(t, x0, y, x1, y + 20, key=(1, 1, y)) for t, x0, x1 in words]

    merged = line(("via", 100, 130), ("en", 138, 158), ("kanal", 166, 216), ("Klientjuryn", 236, 340), y=0)
    col = [line(("Öppenhet,", 235, 330), y=40), line(("Få", 237, 257), ("med", 265, 300), y=80)]
    bullet = line(("•", 100, 108), ("För", 126, 160), ("att", 168, 190), y=120)
    hanging = [line(("årliga", 126, 180), y=160), line(("möten", 125, 180), y=200)]
    justified = line(("stadens", 100, 170), ("tjänster", 190, 260), y=240)
    parts = _split_at_column_starts([merged, *col, bullet, *hanging, justified], tol_px=8)
    texts = [[w["text"] for w in p] for p in parts]
    assert ["via", "en", "kanal"] in texts and ["Klientjuryn"] in texts
    assert ["•", "För", "att"] in texts
    assert ["stadens", "tjänster"] in texts


def test_speck_glued_before_a_word_is_dropped_a_dash_stays():
    """'-Tredje': a 3 px speck left of the letters read as a sign glued to the word. It goes
    from the text and the box (the box starts at the letters); a real dash, as wide as a
    letter, stays."""
    from extractors.ocr import _drop_glued_specks

    hmed = 22.0
    ink = _ink_with((10, 28, 12, 31), (20, 12, 80, 32))
    ws = [_w("-Tredje", 10, 12, 80, 32, conf=73)]
    _drop_glued_specks(ws, ink, hmed)
    assert ws[0]["text"] == "Tredje" and ws[0]["x0"] == 20
    ink = _ink_with((8, 22, 17, 24), (20, 12, 80, 32))
    ws = [_w("–Tredje", 8, 12, 80, 32, conf=73)]
    _drop_glued_specks(ws, ink, hmed)
    assert ws[0]["text"] == "–Tredje" and ws[0]["x0"] == 8


def test_speck_inside_a_word_box_moves_its_left_edge_only():
    """A speck left of and below 'på', taken into its box but not read: the box starts at
    the letters, the text is kept."""
    from extractors.ocr import _drop_glued_specks

    ink = _ink_with((10, 40, 13, 42), (45, 12, 70, 38))
    ws = [_w("på", 10, 12, 70, 42, conf=32)]
    _drop_glued_specks(ws, ink, 20.0)
    assert ws[0]["text"] == "på" and ws[0]["x0"] == 45


@needs_tesseract
def test_lines_of_a_tilted_scan_keep_their_column_edge(tmp_path):
    """A page scanned 0.5 degrees off: the left edges of a column of lines, top to bottom of
    the page, stay within the table finder's alignment tolerance (3 pt), as they are
    printed. In the scan's own tilted frame they drift ~6 pt over 700 pt."""
    from PIL import Image

    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    for i in range(12):
        page.insert_text((72, 80 + i * 60), f"Kommunen ordnar rådgivning {i + 1}", fontsize=10, fontname="helv")
    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    img = Image.frombytes("L", (pix.width, pix.height), pix.samples).rotate(0.5, fillcolor=255)
    out = pymupdf.open()
    p = out.new_page(width=595, height=842)
    p.insert_image(p.rect, pixmap=pymupdf.Pixmap(pymupdf.csGRAY, img.width, img.height, img.tobytes(), False))
    path = tmp_path / "tilted.pdf"
    out.save(path)
    lines = ocr_pages(str(path), [0], lang="swe", workers=1)[0].lines
    assert len(lines) == 12, [ln.text for ln in lines]
    x0s = [ln.bbox.x0 for ln in lines]
    assert max(x0s) - min(x0s) <= 3.0, x0s
