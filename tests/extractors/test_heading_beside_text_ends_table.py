"""A borderless table on a page set in two text columns ends where the text goes on beside
the next section's heading: a row holding a bold piece set a heading step larger than the
cells, beside running text, is no row of the table (`borderless_tables._heading_beside_text`)."""

from __future__ import annotations


def _line(text, x0, y0, size=9.0, bold=False):
    from extractors.model import BBox, Line

    return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x0 + 0.5 * size * len(text), y1=y0 + size),
                font_size=size, bold=bold)


def _page(right_size: float, right_bold: bool):
    from extractors.borderless_tables import find_aligned_tables

    lines = [_line("Behov", 50, 100, bold=True), _line("Insatser", 300, 100, bold=True)]
    y = 120.0
    for i, (need, act) in enumerate([("Kurserna är fulla.", "Vi ordnar fler kurser på kvällstid"),
                                     ("Få känner till rådgivningen.", "Vi annonserar rådgivningen i tidningen"),
                                     ("Avgifterna är höga.", "Vi sänker avgifterna för barn")]):
        lines += [_line(need, 50, y), _line(act, 300, y)]
        y += 14
    # the text after the table: a paragraph in the left column, the next section's heading
    # in the right one, level with it
    y += 10
    lines += [_line("Ansvar: Fritidsenheten ordnar detta i", 50, y),
              _line("4.2 Boende och närmiljö", 300, y, size=right_size, bold=right_bold)]
    lines += [_line("samarbete med föreningarna.", 50, y + 12), _line("Vårt mål: Alla trivs där", 300, y + 14)]
    return find_aligned_tables(lines, page_height=842)


def test_heading_beside_the_text_ends_the_table():
    tables = _page(11.5, True)
    cells = [c for r in tables[0].table.rows for c in r]
    assert "Vi sänker avgifterna för barn" in cells
    assert not any("Boende" in c or "Fritidsenheten" in c for c in cells)


def test_a_row_in_the_cells_size_goes_on():
    # the same row set in the cells' own type is the table's (a wrapped last row, say)
    tables = _page(9.0, False)
    cells = [c for r in tables[0].table.rows for c in r]
    assert any("Boende" in c for c in cells)
