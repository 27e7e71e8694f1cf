"""Tables drawn with fills only (a dark header band, alternate rows shaded: "zebra", as a
browser prints a CSS table) have no rules: the filled bands are backgrounds, not a grid.
The table is read by its alignment, one row per table row, every cell in its column."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from extractors import extract
from extractors.model import Table

COLS = [60.0, 200.0, 340.0, 530.0]
HEAD = ["Mål", "Åtgärd", "Ansvar"]
ROWS = [
    [["Fler i arbete"], ["Mentorprogram för unga", "arbetssökande"], ["Sysselsättningen"]],
    [["Språket stärks"], ["Läxhjälp på biblioteket"], ["Biblioteket"]],
    [["Delaktighet"], ["Föreningsträffar varje", "månad i alla stadsdelar"], ["Kulturtjänsterna"]],
    [["Trygga skolor"], ["Mentorer i skolorna"], ["Utbildningssektorn"]],
]
LINE = 11.0  # pt between the lines of one cell
PAD = 5.0  # pt of cell padding above and below the text
PARA = LINE * 0.7  # pt of paragraph spacing


def _zebra_pdf(path: Path, *, band_per_cell: bool) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 70), "Åtgärder och ansvar", fontsize=12, fontname="hebo")
    page.insert_text((60, 90), "Tabellen visar programmets åtgärder och vem som ansvarar för dem.",
                     fontsize=10)
    y = 110.0
    h = 2 * PAD + LINE
    for k in range(3):  # the header: a dark band (one box, or one per cell), white bold words
        if band_per_cell or k == 0:
            x1 = COLS[k + 1] if band_per_cell else COLS[-1]
            page.draw_rect(pymupdf.Rect(COLS[k], y, x1, y + h), color=None, fill=(0.12, 0.31, 0.47))
        page.insert_text((COLS[k] + 4, y + PAD + 8), HEAD[k], fontsize=9, fontname="hebo",
                         color=(1, 1, 1))
    y += h
    for n, row in enumerate(ROWS):
        h = 2 * PAD + LINE * max(len(c) for c in row)
        if n % 2 == 0:  # odd rows shaded, the first body row right under the header band
            for k in range(3):
                x0, x1 = (COLS[k], COLS[k + 1]) if band_per_cell else (COLS[0], COLS[-1])
                if band_per_cell or k == 0:
                    page.draw_rect(pymupdf.Rect(x0, y, x1, y + h), color=None, fill=(0.93, 0.95, 0.97))
        for k, cell in enumerate(row):
            for i, text in enumerate(cell):
                page.insert_text((COLS[k] + 4, y + PAD + 8 + i * LINE), text, fontsize=9)
        y += h
    page.insert_text((60, y + 30), "Texten fortsätter under tabellen med ett nytt stycke.", fontsize=10)
    doc.save(path)
    return path


def _tables(path: Path) -> list[Table]:
    return [it for p in extract(path, ocr="never").pages for it in p.items if isinstance(it, Table)]


def _expected() -> list[list[str]]:
    return [HEAD] + [[" ".join(c) for c in row] for row in ROWS]


def _flat(t: Table) -> list[list[str]]:
    # a soft hyphen marks where a cell line was joined: not part of the words
    return [[" ".join(c.replace("\xad", "").split()) for c in r] for r in t.rows]


def test_zebra_table_with_one_band_per_row_is_one_table(tmp_path):
    tables = _tables(_zebra_pdf(tmp_path / "a.pdf", band_per_cell=False))
    assert len(tables) == 1
    assert _flat(tables[0]) == _expected()


def test_zebra_table_with_one_box_per_cell_is_one_table(tmp_path):
    tables = _tables(_zebra_pdf(tmp_path / "b.pdf", band_per_cell=True))
    assert len(tables) == 1
    assert _flat(tables[0]) == _expected()


def test_a_cell_with_paragraph_spacing_does_not_merge_the_lines_beside_it(tmp_path):
    """One cell's second paragraph starts half a line lower than the lines beside it: its
    lines stand between theirs. Each line still belongs to its own visual row, so the rows
    go on and no line falls out of the table."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 70), "Åtgärder och mätare", fontsize=12, fontname="hebo")
    for k, h in enumerate(HEAD):
        page.insert_text((COLS[k] + 4, 100), h, fontsize=9, fontname="hebo")
    goal = ["Personalens kompetens", "i specialfrågor stärks", "bland personer som", "utsatts för tortyr",
            "eller kommer från", "krigszoner och andra", "svåra förhållanden."]
    acts = [["1.1 Personalen får", "utbildning i att", "identifiera frågorna."],
            ["1.2 Vi deltar i", "uppbyggandet av ett", "kompetenscentrum."]]
    y = 125.0
    for i, text in enumerate(goal):
        page.insert_text((COLS[0] + 4, y + i * LINE), text, fontsize=9)
    yy = y
    for para in acts:
        for text in para:
            page.insert_text((COLS[1] + 4, yy), text, fontsize=9)
            yy += LINE
        yy += PARA  # paragraph spacing
    page.insert_text((COLS[2] + 4, y), "Antal utbildningar.", fontsize=9)
    y += LINE * len(goal) + 12
    page.insert_text((COLS[0] + 4, y), "Trygga skolor", fontsize=9)
    page.insert_text((COLS[1] + 4, y), "1.3 Mentorer i skolorna", fontsize=9)
    page.insert_text((COLS[2] + 4, y), "Antal mentorer.", fontsize=9)
    page.insert_text((60, y + 40), "Texten fortsätter under tabellen med ett nytt stycke.", fontsize=10)
    doc.save(tmp_path / "c.pdf")
    tables = _tables(tmp_path / "c.pdf")
    assert len(tables) == 1
    rows = _flat(tables[0])
    assert rows[0] == HEAD
    assert rows[1][0] == " ".join(goal)
    assert rows[1][1] == " ".join(" ".join(p) for p in acts)
    assert rows[-1] == ["Trygga skolor", "1.3 Mentorer i skolorna", "Antal mentorer."]


def test_lines_standing_between_the_lines_beside_them_are_not_chained_into_one_row():
    """Two cells side by side, one shifted by half a line (paragraph spacing): a visual row
    never holds two lines of one column, else the shifted lines chain the whole block."""
    from extractors.borderless_tables import _visual_rows
    from extractors.model import BBox, Line

    left = [Line(text=f"a{i}", bbox=BBox(x0=60, y0=100 + 11 * i, x1=150, y1=111 + 11 * i)) for i in range(4)]
    right = [Line(text=f"b{i}", bbox=BBox(x0=200, y0=105.5 + 11 * i, x1=290, y1=116.5 + 11 * i))
             for i in range(3)]
    rows = _visual_rows(left + right)
    assert all(len({l.bbox.x0 for l in r}) == len(r) for r in rows)
    assert [l.text for r in rows for l in r if l.text.startswith("a")] == ["a0", "a1", "a2", "a3"]
