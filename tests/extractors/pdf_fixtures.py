"""Tiny PDFs made with PyMuPDF for the extractor tests (text placed at known positions)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

A4 = (595, 842)


def two_column_pdf(path: Path) -> Path:
    """Title over both columns, two columns of 12 lines, a full-width heading, 2 x 4 more."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_text((60, 60), "Titel som går över båda spalterna på sidan", fontsize=16, fontname="hebo")
    y = 100
    for i in range(12):
        page.insert_text((60, y + 14 * i), f"vänster rad {i + 1:02d} med lite text här", fontsize=10)
        page.insert_text((320, y + 14 * i), f"höger rad {i + 1:02d} med lite text här", fontsize=10)
    y = 100 + 14 * 12 + 20
    page.insert_text((60, y), "Mellanrubrik som också spänner över båda spalterna", fontsize=14, fontname="hebo")
    y += 30
    for i in range(4):
        page.insert_text((60, y + 14 * i), f"vänster del två {i + 1:02d} text", fontsize=10)
        page.insert_text((320, y + 14 * i), f"höger del två {i + 1:02d} text", fontsize=10)
    doc.save(path)
    return path


def bullet_list_pdf(path: Path) -> Path:
    """One column of bullets whose glyph stands apart from its text: not two columns."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    for i in range(10):
        page.insert_text((60, 80 + 16 * i), "•", fontsize=10)
        page.insert_text((80, 80 + 16 * i), f"punkt {i + 1:02d} i en lista med text som är ganska lång", fontsize=10)
    doc.save(path)
    return path


def ruled_table_pdf(path: Path, rows: list[list[str]], *, bold_header: bool = True) -> Path:
    """A heading line, a fully ruled grid (one text line per cell line), a closing line."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_text((60, 60), "Rubrik före tabellen", fontsize=14, fontname="hebo")
    x0, y0, cw, lh = 60, 80, 150, 14
    n_cols = len(rows[0])
    y = y0
    ys = [y]
    for r, row in enumerate(rows):
        h = lh * max(len(c.split("\n")) for c in row) + 8
        for c, cell in enumerate(row):
            for k, part in enumerate(cell.split("\n")):
                font = "hebo" if (r == 0 and bold_header) else "helv"
                page.insert_text((x0 + c * cw + 4, y + 14 + k * lh), part, fontsize=10, fontname=font)
        y += h
        ys.append(y)
    for yy in ys:
        page.draw_line((x0, yy), (x0 + n_cols * cw, yy), width=0.5)
    for c in range(n_cols + 1):
        page.draw_line((x0 + c * cw, y0), (x0 + c * cw, ys[-1]), width=0.5)
    page.insert_text((60, ys[-1] + 30), "Text efter tabellen.", fontsize=10)
    doc.save(path)
    return path


def borderless_table_pdf(path: Path, rows: list[list[str]], *, col_x=(60, 220, 400), pad: float = 8) -> Path:
    """A paragraph, a table drawn with text only (bold header, wrapped cells), a paragraph."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_text((60, 60), "Stycket före tabellen är vanlig löptext som går över hela bredden.", fontsize=10)
    y = 90
    lh = 12
    for r, row in enumerate(rows):
        height = max(len(c.split("\n")) for c in row)
        for c, cell in enumerate(row):
            for k, part in enumerate(cell.split("\n")):
                if part:
                    page.insert_text((col_x[c], y + k * lh), part, fontsize=10, fontname="hebo" if r == 0 else "helv")
        y += height * lh + pad
    page.insert_text((60, y + 20), "Stycket efter tabellen är också vanlig löptext över hela bredden.", fontsize=10)
    doc.save(path)
    return path


def two_column_with_side_headings_pdf(path: Path) -> Path:
    """Two columns of running text, each opening with a bold heading at the same height."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    words = "integration arbete boende skola hälsa språk kultur förening stad kommun".split()
    for col, x in enumerate((60, 320)):
        page.insert_text((x, 80), ["Arbete", "Boende"][col], fontsize=12, fontname="hebo")
        k = col
        for i in range(15):
            # wrap like a typesetter: as many words as fit in the 230 pt column
            line: list[str] = []
            while pymupdf.get_text_length(" ".join(line + [words[k % len(words)]]), fontsize=10) <= 230:
                line.append(words[k % len(words)])
                k += 1
            page.insert_text((x, 100 + 13 * i), " ".join(line), fontsize=10)
    doc.save(path)
    return path


def two_column_ragged_with_side_headings_pdf(path: Path) -> Path:
    """Two columns of ragged-right running text (lines well short of the column's width, as
    a typesetter leaves them without justification), each opening with a bold heading set
    larger than the text, at the same height; paragraphs break at different heights."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    words = ("integration arbete boende skola hälsa språk kultur förening stad kommun "
             "service invånare").split()
    for col, x in enumerate((45, 308)):
        page.insert_text((x, 80), ["Arbetslivshandledning", "Fostran och utbildning"][col],
                         fontsize=11, fontname="hebo")
        k, y = col, 100.0
        for i in range(24):
            # ragged right: each line wrapped at its own width, 150-210 pt of the 240 pt column
            width = 150 + (37 * i + 23 * col) % 61
            line: list[str] = []
            while pymupdf.get_text_length(" ".join(line + [words[k % len(words)]]), fontsize=9.5) <= width:
                line.append(words[k % len(words)])
                k += 1
            page.insert_text((x, y), " ".join(line), fontsize=9.5)
            # a paragraph ends every 5 lines on the left, every 7 on the right
            y += 12.6 + (6 if (i + 1) % (5 + 2 * col) == 0 else 0)
    doc.save(path)
    return path


def two_column_sections_pdf(path: Path) -> Path:
    """Two columns, then a section heading no wider than one column set over both (white
    space above it across the page), then two columns again."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    for i in range(8):
        page.insert_text((60, 80 + 13 * i), f"A vänster {i + 1:02d} löptext i spalten", fontsize=10)
        page.insert_text((320, 80 + 13 * i), f"B höger {i + 1:02d} löptext i spalten", fontsize=10)
    page.insert_text((60, 80 + 13 * 8 + 30), "2 Kort rubrik", fontsize=16, fontname="hebo")
    for i in range(6):
        page.insert_text((60, 240 + 13 * i), f"C vänster {i + 1:02d} löptext i spalten", fontsize=10)
        page.insert_text((320, 240 + 13 * i), f"D höger {i + 1:02d} löptext i spalten", fontsize=10)
    doc.save(path)
    return path


def drawn_bullets_pdf(path: Path) -> Path:
    """A list whose markers are drawn discs and squares (as browsers print CSS list markers),
    a paragraph with no marker, and a thin rule beside a line (not a marker)."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_text((60, 60), "Åtgärder under perioden:", fontsize=10)
    for i in range(3):
        y = 80 + 16 * i
        page.draw_circle((70, y - 3.5), 1.6, color=None, fill=(0, 0, 0))
        page.insert_text((80, y), f"åtgärd {i + 1} med en beskrivning av arbetet", fontsize=10)
    page.draw_rect(pymupdf.Rect(68.5, 125, 71.5, 128), color=None, fill=(0, 0, 0))
    page.insert_text((80, 128), "en åtgärd med fyrkantig markör", fontsize=10)
    page.draw_rect(pymupdf.Rect(20, 148, 75, 148.6), color=None, fill=(0, 0, 0))
    page.insert_text((80, 150), "en vanlig rad bredvid en tunn linje", fontsize=10)
    doc.save(path)
    return path
