"""A table ruled between its rows only, set across a two-column page: a bold two-label header
('Det gör kommunen | Det gör andra (vem)') over a row with both cells and a row with the left
cell only, its cells' lines filled to the column's end. Filled lines look like two columns
of running text; but rules across both columns close the header and every row, which two
text columns never have. Unfound, the right cell went to the page's right column and was
read after the next goal's heading. Made-up pages."""

from __future__ import annotations

import pymupdf

from extractors import extract

X0, X1, XR = 49, 342, 550  # the columns' starts, the rules' right end
FONT = 9.0


def _wrap(text: str, width: float) -> list[str]:
    lines: list[str] = []
    for w in text.split():
        cand = f"{lines[-1]} {w}" if lines else w
        if lines and pymupdf.get_text_length(cand, fontsize=FONT) <= width:
            lines[-1] = cand
        else:
            lines.append(w)
    return lines


def _page(path, ruled: bool = True):
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((45, 80), "Mål 3: Barn och unga klarar skolan", fontsize=12, fontname="hebo")
    y = 110.0
    page.insert_text((X0, y), "Det gör kommunen", fontsize=FONT, fontname="hebo")
    page.insert_text((X1, y), "Det gör andra (vem)", fontsize=FONT, fontname="hebo")
    rules = [y + 5]
    y += 20
    rows = [("Undervisning i svenska som andraspråk och skolgångsbiträde med behövliga språk",
             "Idrottsförbundet: Bidrag till föreningar som sänker avgiften för nya medlemmar"),
            ("Fritidsledaren kontaktar varje ny familj och berättar om föreningarnas verksamhet", "")]
    for left, right in rows:
        ll = _wrap(left, X1 - X0 - 18)
        rl = _wrap(right, XR - X1 - 6) if right else []
        for k, t in enumerate(ll):
            page.insert_text((X0, y + 11 * k), t, fontsize=FONT)
        for k, t in enumerate(rl):
            page.insert_text((X1, y + 11 * k), t, fontsize=FONT)
        y += 11 * max(len(ll), len(rl))
        rules.append(y - 4)
        y += 14
    if ruled:
        for ry in rules:
            page.draw_line((45, ry), (XR, ry), width=0.5)
    page.insert_text((45, y + 20), "Mål 4: Inflyttade har arbete", fontsize=12, fontname="hebo")
    doc.save(path)
    return extract(path, ocr="never").pages[0]


def _plain(rows):
    return [[c.replace("\xad", "").replace("\n", " ") for c in r] for r in rows]


def test_a_ruled_two_label_table_with_filled_cells_is_a_table_read_before_the_next_heading(tmp_path):
    page = _page(tmp_path / "ruled.pdf")
    (table,) = page.tables
    assert _plain(table.rows) == [
        ["Det gör kommunen", "Det gör andra (vem)"],
        ["Undervisning i svenska som andraspråk och skolgångsbiträde med behövliga språk",
         "Idrottsförbundet: Bidrag till föreningar som sänker avgiften för nya medlemmar"],
        ["Fritidsledaren kontaktar varje ny familj och berättar om föreningarnas verksamhet", ""]]
    texts = [getattr(it, "text", None) for it in page.items]
    assert texts.index("Mål 4: Inflyttade har arbete") > page.items.index(table)


def test_without_the_rules_the_filled_lines_still_read_as_running_text(tmp_path):
    page = _page(tmp_path / "bare.pdf", ruled=False)
    assert page.tables == []
