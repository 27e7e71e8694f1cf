"""A plan of two columns of one row: a bold two-label header ('Kort sikt (2026–2027)' |
'Lång sikt (2028–2030)') over one row whose cells are bulleted lists, the bullets level under
the labels and their lines filling the column as running text does. Too few rows for a
borderless table's alignment evidence and too few labels for a one-row table; the bullets
right under both labels say it is one (`borderless_tables._bold_pair_over_bullets`). Made-up
pages."""

from __future__ import annotations

import pymupdf

from extractors import extract

X0, X1 = 57, 300  # the two columns' starts
W = 220  # a column's width (a gutter before the next)


def _wrap(text: str, width: float, indent: float) -> list[tuple[float, str]]:
    """(x offset, line) of `text` set in a column `width` wide, filled as a word processor
    fills it: a bullet's wrapped lines hang at `indent`."""
    out, line = [], ""
    for w in text.split():
        x = 0 if not out else indent
        if line and pymupdf.get_text_length(f"{line} {w}", fontsize=10) > width - x:
            out.append((x, line))
            line = w
        else:
            line = f"{line} {w}".strip()
    out.append((0 if not out else indent, line))
    return out


def _page(path, bullet: str = "• "):
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((X0, 60), "2.1 Hälsa", fontsize=13, fontname="hebo")
    page.insert_text((X0, 84), "Mål: Alla nya invånare vet var de får vård på sitt eget språk.", fontsize=10)
    y = 110
    page.insert_text((X0, y), "Kort sikt (2026-2027)", fontsize=10, fontname="hebo")
    page.insert_text((X1, y), "Lång sikt (2028-2030)", fontsize=10, fontname="hebo")
    y += 16
    indent = 8.0  # the hanging indent of a list in a cell
    cols = {X0: [f"{bullet}En vårdguide på åtta språk delas ut till alla som flyttar till kommunen (hälsoenheten)",
                 f"{bullet}Hälsokvällar ordnas på medborgarinstitutet varje vår och höst (fritidsenheten)"],
            X1: [f"{bullet}Kommunen anställer en hälsorådgivare för nyinflyttade familjer (grundtrygghetsnämnden)"]}
    for x0, items in cols.items():
        yy = y
        for item in items:
            for dx, line in _wrap(item, W, indent):
                page.insert_text((x0 + dx, yy), line, fontsize=10)
                yy += 12
    page.insert_text((X0, y + 80), "2.2 Idrott", fontsize=13, fontname="hebo")
    doc.save(path)
    return extract(path, ocr="never").pages[0]


def test_a_bold_pair_over_one_row_of_bulleted_lists_is_a_table(tmp_path):
    page = _page(tmp_path / "plan.pdf")
    (table,) = page.tables
    rows = [[" ".join(c.replace("\xad", "").split()) for c in r] for r in table.rows]
    assert rows[0] == ["Kort sikt (2026-2027)", "Lång sikt (2028-2030)"]
    assert len(rows) == 2
    # (base-14 fonts print the bullet as '·')
    assert rows[1][0].endswith("En vårdguide på åtta språk delas ut till alla som flyttar till kommunen "
                               "(hälsoenheten) · Hälsokvällar ordnas på medborgarinstitutet varje vår och höst "
                               "(fritidsenheten)")
    assert rows[1][1].endswith("Kommunen anställer en hälsorådgivare för nyinflyttade familjer (grundtrygghetsnämnden)")



def test_the_same_pair_over_paragraphs_is_no_table(tmp_path):
    # two text columns under bold side headings, their paragraphs no lists: running text
    page = _page(tmp_path / "text.pdf", bullet="")
    assert page.tables == []
