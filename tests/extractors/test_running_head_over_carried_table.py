"""A running head over a borderless table carried onto the next page is no cell of it: one
line at the page's top, set smaller than the table's cells and standing apart from them,
starting at the first column's edge (`borderless_tables._running_head_over`)."""

from __future__ import annotations


def _line(text, x0, y0, size=9.0, bold=False):
    from extractors.model import BBox, Line

    return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x0 + 0.55 * size * len(text), y1=y0 + size),
                font_size=size, bold=bold)


def _carried(head_size: float, head_y: float):
    from extractors.borderless_tables import find_aligned_tables

    header = [("Mätare", 60), ("Åtgärd nr", 410)]
    page1 = [_line(t, x, 60, bold=True) for t, x in header]
    y = 80.0
    for i in range(40):
        page1 += [_line(f"Antal deltagare i kurs {i}", 60, y), _line(f"1.{i}", 410, y)]
        y += 18
    carry = find_aligned_tables(page1, page_height=842)[-1]
    page2 = [_line("Lindvik · Program för integration 2026–2029", 60, head_y, size=head_size)]
    y = 64.0
    for i in range(3):
        page2 += [_line(f"Antal besök i rådgivningen {i}", 60, y), _line(f"2.{i}", 410, y)]
        y += 18
    return find_aligned_tables(page2, carry=carry, page_height=842)


def test_running_head_is_no_cell_of_the_carried_table():
    tables = _carried(8.0, 25)
    assert tables
    cells = [c for r in tables[0].table.rows for c in r]
    assert cells[0] == "Antal besök i rådgivningen 0"
    assert not any("Lindvik" in c for c in cells)


def test_a_first_row_in_the_cells_size_stays_the_tables():
    # a line in the table's own size right over the rows is the table's
    tables = _carried(9.0, 34)
    cells = [c for r in tables[0].table.rows for c in r]
    assert any("Lindvik" in c for c in cells)
