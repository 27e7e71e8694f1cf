"""Tables on scanned pages are read like tables on born-digital pages.

OCR lines go through the same borderless-table finder and reading order as text-layer
lines (extractors/page_assembly.py). What differs on a scan, and is tested here: line boxes
are estimates from the ink (their heights vary from line to line and are shorter than a text
layer's), a page lies a few points sideways from the previous one, Tesseract joins words
of neighbouring cells into one line, and no line is known to be bold.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import extract
from extractors.borderless_tables import find_aligned_tables
from extractors.cell_lines import SOFT_HYPHEN
from extractors.model import BBox, Line
from extractors.ocr import _split_wide_gaps

DATA = Path(__file__).resolve().parents[1] / "data" / "scans"
needs_tesseract = pytest.mark.usefixtures("tesseract_binary")  # fails, never skips

COLS = (57.0, 153.0, 289.0, 420.0)
HEADER = ["Tyngdpunkt", "Åtgärd", "Indikator", "Ansvar"]


def _line(text: str, x: float, mid: float, h: float) -> Line:
    # an OCR line: box centred on the printed line, height estimated from the ink
    return Line(text=text, bbox=BBox(x0=x, y0=mid - h / 2, x1=x + 5.2 * len(text), y1=mid + h / 2),
                font_size=h / 1.1)


def _unmarked(rows):
    """Cell texts without the marks on line breaks that reach the column's right edge
    (extractors/cell_lines.py; the normalizer joins or drops them)."""
    return [[c.replace(SOFT_HYPHEN, "") for c in r] for r in rows]


# Box heights as OCR estimates them for one 8.5 pt face: shorter than the 10.5 pt line step
# and varying from line to line (measured on a 200 dpi scan-like copy: 7.9-10.8 pt).
JITTER = [7.6, 9.4, 7.9, 8.8, 8.3, 9.6, 7.8, 8.9]


def _ocr_table(top: float, rows: list[list[list[str]]], dx: float = 0.0, header: bool = True,
               jitter: list[float] = JITTER):
    """Lines of a borderless table: header, then rows whose cells hold lines 10.5 pt apart,
    rows 20.5 pt apart (cell padding)."""
    lines: list[Line] = []
    k = 0
    mid = top
    if header:
        lines += [_line(t, x + dx, mid, 11.6) for t, x in zip(HEADER, COLS)]
        mid += 15.0
    for row in rows:
        height = max(len(c) for c in row)
        for c, cell in enumerate(row):
            for j, text in enumerate(cell):
                lines.append(_line(text, COLS[c] + dx, mid + 10.5 * j, jitter[k % len(jitter)]))
                k += 1
        mid += 10.5 * (height - 1) + 20.5
    return lines


ROWS = [
    [["Främja", "delaktighet"], ["Projekt för", "nya invånare"], ["Antal", "deltagare"], ["Stadens", "enheter"]],
    [["Arbete"], ["Praktikplatser i", "stadens enheter", "och bolag"], ["Antal platser"], ["Personalen"]],
    [["Boende"], ["Rådgivning"], ["Enkät till", "invånarna"], ["Bostadsbolaget"]],
]


def test_ocr_line_boxes_of_varying_height_keep_cells_together():
    found = find_aligned_tables(_ocr_table(300.0, ROWS))
    assert len(found) == 1
    t = found[0].table
    assert t.header_rows == 1 and t.rows[0] == HEADER
    assert _unmarked(t.rows[1:]) == [["\n".join(c) for c in row] for row in ROWS]


def test_one_ocr_box_twice_too_tall_does_not_split_every_cell():
    # a speck fused to a word, or two printed lines read as one, gives one box ~19 pt tall
    # (seen on a 150 dpi scan); the row keeps its height from the other lines in it
    tall = [*JITTER[:9], 19.1, *JITTER[10:]]
    found = find_aligned_tables(_ocr_table(300.0, ROWS, jitter=tall))
    assert len(found) == 1
    assert _unmarked(found[0].table.rows[1:]) == [["\n".join(c) for c in row] for row in ROWS]


def _page_bottom_table():
    """A page whose table runs to the bottom (to be carried onto the next page)."""
    return _ocr_table(560.0, ROWS)


def test_table_followed_onto_a_page_lying_a_few_points_sideways():
    first = find_aligned_tables(_page_bottom_table())
    assert first[0].table.bbox.y1 > 0.75 * 842
    running_head = _line("Programmet för integration 2023", 55.0, 30.0, 7.0)
    more = [[["Språk"], ["Språkkaféer på", "biblioteket"], ["Antal besökare"], ["Biblioteket"]],
            [["Hälsa"], ["Hälsokontroller"], ["Antal kontroller"], ["Hälsovården"]]]
    # the scanner put the next page 4 pt further left: beyond the 3 pt alignment tolerance
    nxt = [running_head, *_ocr_table(70.0, more, dx=-4.0, header=False)]
    found = find_aligned_tables(nxt, carry=first[-1])
    assert len(found) == 1
    t = found[0].table
    assert t.header_rows == 0  # the rest of the carried table
    assert _unmarked(t.rows) == [["\n".join(c) for c in row] for row in more]


def test_repeated_header_on_next_page_starts_a_table_without_bold():
    first = find_aligned_tables(_page_bottom_table())
    nxt = _ocr_table(70.0, ROWS[:2])  # header printed again, no line bold
    found = find_aligned_tables(nxt, carry=first[-1])
    assert len(found) == 1
    assert found[0].table.header_rows == 1 and found[0].table.rows[0] == HEADER


def _word(text: str, x0: int, x1: int, h: int = 24) -> dict:
    return {"text": text, "conf": 90.0, "x0": x0, "x1": x1, "y0": 100, "y1": 100 + h, "key": (1, 1, 1)}


def test_ocr_line_split_at_cell_gap_like_text_layer():
    # 200 dpi, 8.5 pt: em ~24 px. Word spaces of ~0.3 em stay, a 1.8 em cell gap splits
    # (the old rule, 2.5 word heights ~60 px, kept the two cells as one line).
    ws = [_word("Antal", 0, 60), _word("besök", 68, 130), _word("Kommunen", 173, 290)]
    parts = _split_wide_gaps(ws, em_px=24.0)
    assert [[d["text"] for d in p] for p in parts] == [["Antal", "besök"], ["Kommunen"]]
    assert len(_split_wide_gaps(ws[:2], em_px=24.0)) == 1


def test_ocr_line_split_estimates_the_font_size_from_word_heights():
    # no em given: word boxes 20 px tall (ascender letters) -> em ~23 px, split above ~35 px
    ws = [_word("Lite", 0, 50, 20), _word("text", 58, 110, 20), _word("Ansvar", 150, 230, 20)]
    assert [len(p) for p in _split_wide_gaps(ws)] == [2, 1]
    ws[2] = _word("Ansvar", 140, 220, 20)
    assert [len(p) for p in _split_wide_gaps(ws)] == [3]


@pytest.fixture(scope="module")
def borderless_pair():
    """Pages 12-14 of the Borgå program (borderless goal/measure/indicator tables, one
    running over a page break) born-digital, and a scan-like copy of them made with
    `python -m bench.ocr_scanify IN OUT --dpi 150` (rotated, blurred, speckled, JPEG)."""
    born = extract(str(DATA / "borga-borderless-p12-14.pdf"), ocr="never")
    scan = extract(str(DATA / "borga-borderless-p12-14.scan150.pdf"), ocr="auto")
    return born, scan


@needs_tesseract
def test_scan_finds_the_borderless_tables_of_the_born_digital_pages(borderless_pair):
    born, scan = borderless_pair
    assert scan.ocr_pages == 3

    def shapes(doc):
        return [(p.page_no, len(t.rows), t.n_cols, t.header_rows)
                for p in doc.pages for t in p.tables if t.method == "text-alignment"]

    assert shapes(born) and shapes(scan) == shapes(born)


@needs_tesseract
def test_scan_gives_the_measures_and_indicators_of_the_born_digital_pages(borderless_pair):
    from classifiers.scoring import score
    from pipeline.process import ProcessOptions, classify, normalize

    born, scan = borderless_pair
    opts = ProcessOptions()
    want = classify(normalize(born, opts))
    got = classify(normalize(scan, opts))
    assert len(want.measures) >= 10 and len(want.indicators) >= 10
    s = score(got, want)
    # before OCR pages went through the borderless finder: 0.0 and 0.0
    assert s.measures.recall >= 0.9 and s.indicators.recall >= 0.9
    assert s.measures.precision >= 0.9 and s.indicators.precision >= 0.9


def test_the_header_printed_again_below_a_table_starts_the_next_one_without_bold():
    """Two tables with the same header, one under the other (a section heading between
    them): on a scan no line is bold, so the second header is known by its text."""
    first = _ocr_table(100.0, ROWS)
    heading = _line("Utbildning", COLS[0], first[-1].bbox.y1 + 20.0, 9.0)
    second = _ocr_table(heading.bbox.y1 + 20.0, ROWS[:2])
    found = find_aligned_tables([*first, heading, *second])
    assert [t.table.rows[0] for t in found] == [HEADER, HEADER]
    assert _unmarked(found[1].table.rows[1:]) == [["\n".join(c) for c in row] for row in ROWS[:2]]


def test_a_header_label_with_a_speck_read_as_a_full_stop_is_still_a_label():
    lines = _ocr_table(300.0, ROWS)
    last = next(l for l in lines if l.text == HEADER[-1])
    last.text += "."
    found = find_aligned_tables(lines)
    # before: the header row was no label row, the first body row became the header
    assert len(found) == 1 and found[0].table.rows[0] == [*HEADER[:-1], HEADER[-1] + "."]
    assert _unmarked(found[0].table.rows[1:]) == [["\n".join(c) for c in row] for row in ROWS]
