"""Spreads: two book pages side by side on one landscape sheet (a brochure exported as
"Spreads"). Each book page is read as if printed alone; the sheet keeps its page number and
its coordinates. A landscape page whose content crosses the middle stays one page."""

from __future__ import annotations

import pymupdf
import pytest

from extractors.model import BBox, Line, Page, Table
from extractors.page_assembly import assemble_sheet
from extractors.pdf_document import read_pdf
from extractors.spreads import book_pages, find_fold

from pdf_fixtures import A4, borderless_table_pdf, two_column_pdf

LEFT_ROWS = [["Mål", "Åtgärd", "Ansvar"],
             ["Fler i arbete", "Språkkurser\npå arbetsplatsen", "Arbetslivstjänster"],
             ["Bättre boende", "Rådgivning om\nbostäder", "Bostadsbyrån"],
             ["Trygg skolstart", "Hembesök före\nskolstarten", "Skolan"]]
RIGHT_ROWS = [["Mål", "Åtgärd", "Ansvar"],
              ["Delaktighet", "Föreningsstöd\ntill nya grupper", "Fritidssektorn"],
              ["Hälsa", "Hälsokontroll\nför nyanlända", "Hälsovården"],
              ["Svenska språket", "Språkcaféer\ni biblioteken", "Biblioteket"]]


def _spread(*pages: pymupdf.Document) -> pymupdf.Document:
    """The first page of each document side by side on one sheet."""
    w, h = A4
    doc = pymupdf.open()
    sheet = doc.new_page(width=w * len(pages), height=h)
    for k, src in enumerate(pages):
        sheet.show_pdf_page(pymupdf.Rect(k * w, 0, (k + 1) * w, h), src, 0)
    return doc


def _read(doc: pymupdf.Document):
    return read_pdf("spread.pdf", doc.tobytes(), "0" * 64, ocr="never")


def test_borderless_table_on_each_half_is_read_per_book_page(tmp_path):
    left = pymupdf.open(borderless_table_pdf(tmp_path / "l.pdf", LEFT_ROWS))
    right = pymupdf.open(borderless_table_pdf(tmp_path / "r.pdf", RIGHT_ROWS))
    raw = _read(_spread(left, right))
    assert len(raw.pages) == 1
    page = raw.pages[0]
    # the sheet's number, size and coordinates
    assert page.page_no == 1 and page.width == 2 * A4[0] and page.fold == A4[0] / 2 * 2
    tables = page.tables
    # one three-column table per book page, not one six-column table across the spine
    assert [t.n_cols for t in tables] == [3, 3]
    assert tables[0].rows[1] == ["Fler i arbete", "Språkkurser\npå arbetsplatsen", "Arbetslivstjänster"]
    assert tables[1].rows[3] == ["Svenska språket", "Språkcaféer\ni biblioteken", "Biblioteket"]
    assert tables[0].bbox.x1 < page.fold < tables[1].bbox.x0
    # reading order: the whole left page (paragraph, table, paragraph), then the right page
    kinds = [(it.kind, it.bbox.x0 > page.fold) for it in page.items]
    assert kinds == [("line", False), ("table", False), ("line", False),
                     ("line", True), ("table", True), ("line", True)]
    # the same header on the right page: a table of its own, not the left one continued
    halves = book_pages(raw.pages)
    assert [len(h.items) for h in halves] == [3, 3] and all(h.page_no == 1 for h in halves)


def test_two_columns_on_each_half_are_read_column_by_column(tmp_path):
    src = pymupdf.open(two_column_pdf(tmp_path / "c.pdf"))
    page = _read(_spread(src, src)).pages[0]
    lines = page.lines
    texts = [ln.text for ln in lines]
    n = len(texts) // 2
    # the right page reads as the left one did, after it
    assert texts[:n] == texts[n:]
    left_col = [ln.column for ln in lines[:n] if ln.text.startswith("vänster rad")]
    right_col = [ln.column for ln in lines[:n] if ln.text.startswith("höger rad")]
    assert set(left_col) == {0} and set(right_col) == {1}
    # on the sheet the right page's columns come after the left page's
    assert {ln.column for ln in lines[n:] if ln.text.startswith("vänster rad")} == {2}
    assert {ln.column for ln in lines[n:] if ln.text.startswith("höger rad")} == {3}
    first_right = texts.index("höger rad 01 med lite text här")
    assert texts[first_right - 1] == "vänster rad 12 med lite text här"


LANDSCAPE_ROWS = [["Mål", "Åtgärd", "Ansvar", "Tidtabell", "Mätare"]] + [
    [f"Mål {i}", f"Åtgärd nummer {i}\nmed fortsättning", f"Integrationsenheten och\nbiblioteket {i}",
     "2024", f"Andel {i} %\nper år"] for i in range(1, 7)]


def _landscape_table(ruled: bool) -> pymupdf.Document:
    """A five-column table over the whole width of a landscape page; the third column's
    cells run over the middle (421 pt)."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[1], height=A4[0])
    page.insert_text((40, 50), "Åtgärder och ansvar", fontsize=14, fontname="hebo")
    xs, y, lh, tops = [40, 200, 360, 560, 680], 90, 12, []
    for r, row in enumerate(LANDSCAPE_ROWS):
        tops.append(y - 12)
        for x, cell in zip(xs, row):
            for k, part in enumerate(cell.split("\n")):
                page.insert_text((x + 4, y + k * lh), part, fontsize=10, fontname="hebo" if r == 0 else "helv")
        y += lh * max(len(c.split("\n")) for c in row) + 8
    tops.append(y - 12)
    if ruled:
        for t in tops:
            page.draw_line((40, t), (800, t), width=0.5)
        for x in [*xs, 800]:
            page.draw_line((x, tops[0]), (x, tops[-1]), width=0.5)
    return doc


@pytest.mark.parametrize("ruled", [True, False])
def test_landscape_table_crossing_the_middle_is_one_page(ruled):
    p = _read(_landscape_table(ruled)).pages[0]
    assert p.fold is None
    assert [t.n_cols for t in p.tables] == [5]
    # (a soft hyphen marks where the extractor may join a word broken over the cell's lines)
    assert [c.replace("\xad", "") for c in p.tables[0].rows[3]] == ["Mål 3", "Åtgärd nummer 3\nmed fortsättning",
                                   "Integrationsenheten och\nbiblioteket 3", "2024", "Andel 3 %\nper år"]


def test_rule_across_the_spine_keeps_the_sheet_one_page(tmp_path):
    left = pymupdf.open(borderless_table_pdf(tmp_path / "l.pdf", LEFT_ROWS))
    right = pymupdf.open(borderless_table_pdf(tmp_path / "r.pdf", RIGHT_ROWS))
    doc = _spread(left, right)
    doc[0].draw_line((40, 30), (2 * A4[0] - 40, 30), width=1)  # a banner rule over both halves
    assert _read(doc).pages[0].fold is None


def _line(text: str, x0: float, y0: float, w: float = 150) -> Line:
    return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x0 + w, y1=y0 + 10), font_size=10)


def test_scan_lines_are_judged_alone():
    # an OCR page brings lines and ruled tables only: the empty middle band decides
    lines = [_line(f"vänster {i}", 60, 100 + 14 * i) for i in range(5)]
    lines += [_line(f"höger {i}", 660, 100 + 14 * i) for i in range(5)]
    assert find_fold(1190, 842, lines) == 595
    crossing = Table(rows=[["a", "b"]], bbox=BBox(x0=100, y0=400, x1=1000, y1=450))
    assert find_fold(1190, 842, lines, [crossing]) is None
    centred_number = _line("12", 590, 810, w=10)
    assert find_fold(1190, 842, lines + [centred_number]) is None
    assert find_fold(842, 1190, lines) is None  # portrait: never a spread
    assert find_fold(1190 * 1.5, 842, lines) is None  # halves not portrait-shaped
    page = assemble_sheet(Page(page_no=3, width=1190, height=842, source="ocr"), lines, [], {}, 595)
    assert [ln.text for ln in page.lines] == [f"vänster {i}" for i in range(5)] + [f"höger {i}" for i in range(5)]
    assert page.page_no == 3 and page.fold == 595


def _open_ruled_page(rows: list[list[str]]) -> pymupdf.Document:
    """A page whose ruled table runs off its foot: the vertical rules stop at the bottom
    margin with no closing rule (a table cut by the page break)."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_text((60, 60), "Åtgärder", fontsize=14, fontname="hebo")
    xs, top, rh = [60, 200, 380, 535], 80, 60
    for r, row in enumerate(rows):
        for x, cell in zip(xs, row):
            page.insert_text((x + 4, top + r * rh + 16), cell, fontsize=10, fontname="hebo" if r == 0 else "helv")
        page.draw_line((xs[0], top + r * rh), (xs[-1], top + r * rh), width=0.5)
    for x in xs:
        page.draw_line((x, top), (x, 790), width=0.5)  # open at the foot
    return doc


def test_ruled_tables_open_at_the_foot_of_both_pages_stay_apart():
    rows = [["Mål", "Åtgärd", "Ansvar"]] + [[f"Mål {i}", f"Åtgärd {i}", f"Enhet {i}"] for i in range(1, 12)]
    page = _read(_spread(_open_ruled_page(rows), _open_ruled_page(rows))).pages[0]
    # the rules closing each table at the foot do not join the two pages' grids into one
    assert page.fold is not None
    assert [t.n_cols for t in page.tables] == [3, 3]
    assert page.tables[0].bbox.x1 < page.fold < page.tables[1].bbox.x0
    assert page.tables[1].rows[11] == ["Mål 11", "Åtgärd 11", "Enhet 11"]


def _aligned_rows_page(rows: list[list[str]], header: bool, col_x=(60, 220, 400)) -> pymupdf.Document:
    """Rows of a borderless table from the top of the page down (the first in bold when
    `header`), two-line cells."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    y = 70
    for r, row in enumerate(rows):
        for x, cell in zip(col_x, row):
            for k, part in enumerate(cell.split("\n")):
                page.insert_text((x, y + 12 * k), part, fontsize=10,
                                 fontname="hebo" if header and r == 0 else "helv")
        y += 12 * max(len(c.split("\n")) for c in row) + 8
    return doc


def test_borderless_table_goes_on_from_the_left_page_to_the_right():
    body = [[f"Mål {i}", f"Åtgärd nummer {i}\nmed fortsättning", f"Enhet {i}\noch partner"] for i in range(1, 31)]
    left = _aligned_rows_page([["Mål", "Åtgärd", "Ansvar"]] + body[:22], header=True)
    right = _aligned_rows_page(body[22:], header=False)
    raw = _read(_spread(left, right))
    page = raw.pages[0]
    assert page.fold is not None
    tables = page.tables
    # the right page's rows are the left page's table going on (its columns found again
    # on the right page, as on the next page of a book)
    assert [t.n_cols for t in tables] == [3, 3]
    assert tables[0].header_rows == 1 and tables[1].continued
    assert tables[1].rows[0] == ["Mål 23", "Åtgärd nummer 23\nmed fortsättning", "Enhet 23\noch partner"]
    assert len(tables[0].rows) + len(tables[1].rows) == 31


needs_tesseract = pytest.mark.usefixtures("tesseract_binary")  # fails, never skips


@needs_tesseract
def test_scanned_spread_is_read_per_book_page(tmp_path):
    from test_ocr import _born_digital

    sheet = _spread(_born_digital(), _born_digital())
    pix = sheet[0].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    scan = pymupdf.open()
    scan.new_page(width=sheet[0].rect.width, height=sheet[0].rect.height).insert_image(
        scan[0].rect, pixmap=pix)
    path = tmp_path / "scan.pdf"
    scan.save(path)  # OCR reads the file
    page = read_pdf(str(path), path.read_bytes(), "0" * 64, ocr="auto").pages[0]
    assert page.source == "ocr" and page.page_no == 1
    assert page.fold is not None
    # each page's table by itself, the left one first
    assert [t.n_cols for t in page.tables] == [3, 3]
    assert page.tables[0].bbox.x1 < page.fold < page.tables[1].bbox.x0
    assert page.items.index(page.tables[0]) < page.items.index(page.lines[-1])
    assert page.lines[0].text.startswith("Integration") and page.lines[0].bbox.x0 < page.fold
