"""Reading order and line attributes on generated PDFs."""

from __future__ import annotations

import pdf_fixtures as F

from extractors import extract
from extractors.model import BBox, Line
from extractors.reading_order import find_gutters, order_items


def test_two_columns_read_left_then_right_with_full_width_headings_in_place(tmp_path):
    doc = extract(F.two_column_pdf(tmp_path / "twocol.pdf"), ocr="never")
    lines = doc.pages[0].lines
    texts = [ln.text for ln in lines]
    expected = (
        ["Titel som går över båda spalterna på sidan"]
        + [f"vänster rad {i:02d} med lite text här" for i in range(1, 13)]
        + [f"höger rad {i:02d} med lite text här" for i in range(1, 13)]
        + ["Mellanrubrik som också spänner över båda spalterna"]
        + [f"vänster del två {i:02d} text" for i in range(1, 5)]
        + [f"höger del två {i:02d} text" for i in range(1, 5)]
    )
    assert texts == expected
    cols = {ln.text: ln.column for ln in lines}
    assert cols["vänster rad 05 med lite text här"] == 0
    assert cols["höger rad 05 med lite text här"] == 1
    assert cols["Mellanrubrik som också spänner över båda spalterna"] == 0
    title = lines[0]
    assert title.bold and not lines[1].bold
    assert title.font_size == 16 and lines[1].font_size == 10
    assert doc.pages[0].source == "text-layer"
    assert "vänster rad 01" in doc.pages[0].raw_text


def test_separate_bullet_glyphs_do_not_make_a_column(tmp_path):
    doc = extract(F.bullet_list_pdf(tmp_path / "bullets.pdf"), ocr="never")
    lines = doc.pages[0].lines
    assert all(ln.column == 0 for ln in lines)
    # each detached marker glyph is put back in front of its item (PyMuPDF's base-14
    # Helvetica prints "•" as "·", whatever the glyph, it stays one line with its item)
    texts = [ln.text.split(" ", 1) for ln in lines]
    assert [t[1] for t in texts] == [f"punkt {i:02d} i en lista med text som är ganska lång" for i in range(1, 11)]
    assert all(len(t[0]) == 1 and not t[0].isalnum() for t in texts)


def _line(text, x0, y0, x1, y1):
    return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y1))


def test_three_columns_from_boxes_alone():
    items = []
    for c, x in enumerate((50, 230, 410)):
        for r in range(8):
            items.append(_line(f"c{c}r{r}", x, 100 + 12 * r, x + 150, 110 + 12 * r))
    assert len(find_gutters(items)) == 2
    order = [i.text for i in order_items(list(reversed(items)))]
    assert order == [f"c{c}r{r}" for c in range(3) for r in range(8)]


def test_single_ragged_column_has_no_gutter():
    items = [_line(f"r{r}", 60, 100 + 12 * r, 60 + 200 + (r * 37) % 280, 110 + 12 * r) for r in range(30)]
    assert find_gutters(items) == []
    assert [i.text for i in order_items(items)] == [f"r{r}" for r in range(30)]


def test_section_heading_over_columns_starts_new_column_run(tmp_path):
    doc = extract(F.two_column_sections_pdf(tmp_path / "sections.pdf"), ocr="never")
    firsts = [ln.text.split(" ")[0] for ln in doc.pages[0].lines]
    assert firsts == ["A"] * 8 + ["B"] * 8 + ["2"] + ["C"] * 6 + ["D"] * 6


def _columns_over_table(left_rows: int, right_rows: int, last_left_top: float):
    """Two balanced columns of 10 pt lines on a 13 pt pitch, a line at the left margin
    whose top is `last_left_top`, then a table across both columns."""
    from extractors.model import Table

    items = [_line(f"vänster {r}", 50, 100 + 13 * r, 280, 110 + 13 * r) for r in range(left_rows)]
    items += [_line(f"höger {r}", 310, 100 + 13 * r, 540, 110 + 13 * r) for r in range(right_rows)]
    items.append(_line("Sista raden", 50, last_left_top, 200, last_left_top + 10))
    table = Table(rows=[["A", "B"], ["1", "2"]], bbox=BBox(x0=50, y0=last_left_top + 20, x1=540, y1=last_left_top + 60))
    return items, table


def test_caption_under_balanced_columns_is_read_after_both_columns():
    # the caption of a full-width table, printed at the left margin a blank line below the
    # balanced columns, belongs to the table: read after the right column, not between.
    # 11 pt of white above it: more than a line height, less than the band of white that
    # by itself ends a run of columns (reading_order._REGION_GAP_LINES)
    items, table = _columns_over_table(4, 4, 100 + 13 * 3 + 10 + 11)
    order = [i.text if isinstance(i, Line) else "TABLE" for i in order_items(items + [table])]
    assert order == [f"vänster {r}" for r in range(4)] + [f"höger {r}" for r in range(4)] \
        + ["Sista raden", "TABLE"]


def test_left_column_one_line_longer_keeps_its_last_line():
    # balanced columns where the left one is a line longer: its last line, on the usual
    # pitch, is the end of the left column's text and is read before the right column
    items, table = _columns_over_table(4, 4, 100 + 13 * 4)
    order = [i.text if isinstance(i, Line) else "TABLE" for i in order_items(items + [table])]
    assert order == [f"vänster {r}" for r in range(4)] + ["Sista raden"] \
        + [f"höger {r}" for r in range(4)] + ["TABLE"]


def test_full_width_tables_do_not_hide_the_gutter_of_the_text_between_them():
    # A page of tables found among its lines, with a short stretch of two-column text: each
    # table is one item, so counted against the crossing share the tables alone exceeded
    # it, and the two columns were read line by line across the page.
    from extractors.model import Table

    def table(y):
        return Table(rows=[["A", "B"], ["1", "2"]], bbox=BBox(x0=50, y0=y, x1=540, y1=y + 80))

    items = [table(60), table(160), _line("Rubrik över båda spalterna", 50, 260, 400, 272)]
    items += [_line(f"vänster {r}", 50, 290 + 13 * r, 280, 300 + 13 * r) for r in range(4)]
    items += [_line(f"höger {r}", 310, 290 + 13 * r, 540, 300 + 13 * r) for r in range(4)]
    assert len(find_gutters(items)) == 1
    order = [i.text for i in order_items(items) if isinstance(i, Line)]
    assert order == ["Rubrik över båda spalterna"] + [f"vänster {r}" for r in range(4)] \
        + [f"höger {r}" for r in range(4)]


def test_headings_and_captions_across_the_gutter_do_not_hide_it():
    # A two-column page that is mostly full-width tables: each section is a heading, a
    # one-sentence paragraph balanced over both columns (one line at the left, two at the
    # right), a caption over both columns and a table. With the running head, the captions
    # crossing the gutter were more than the crossing share of the page's few lines, the
    # gutter was not found, and each sentence was read as two paragraphs, its first line
    # alone (before: no gutter; every line column 0). Headings, captions and running heads,
    # set in other sizes than the text, cross a gutter as a matter of course.
    from extractors.model import Table

    def line(text, x0, y0, x1, size=9.5, bold=False):
        return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y0 + 1.37 * size), font_size=size, bold=bold)

    items = [line("Lappträsk · Program för främjande av integration 2024–2027", 45, 27.4, 394.4, 8.0, True),
             Table(rows=[["A", "B"], ["1", "2"]], bbox=BBox(x0=45, y0=66, x1=550, y1=173))]
    sections = [(194.3, "4 Välfärd och vardag", 212.2, "Tyngdpunkter och åtgärder: Välfärd", 305.1),
                (417.4, "5 Gemenskap och delaktighet", 285.0, "Tyngdpunkter och åtgärder: Gemenskap och delaktighet",
                 354.3)]
    for y, heading, hx1, caption, cx1 in sections:
        items += [line(heading, 45, y, hx1, 17.0, True),
                  line(f"Målet är att {heading[2:]} ger alla invånare", 45, y + 26.8, 259.9),
                  line("service de behöver och klarar sig i vardagen i en liten", 308.6, y + 26.8, 533.0),
                  line("landsbygdskommun.", 308.6, y + 39.4, 395.8),
                  line(caption, 45, y + 67.3, cx1, 11.5, True),
                  Table(rows=[["A", "B"], ["1", "2"]], bbox=BBox(x0=45, y0=y + 87.6, x1=550, y1=y + 198))]
    items += [line("6 Uppföljning", 45, 669.3, 153.6, 17.0, True),
              line("Programmet följs upp årligen av", 45, 696.1, 179.1),
              line("integrationsarbetsgruppen. Måluppfyllelsen bedöms med", 308.6, 696.1, 547.3),
              line("hjälp av följande indikatorer per huvudmål.", 308.6, 708.7, 487.1),
              line("2", 45, 802.3, 50, 9.0, True)]
    assert len(find_gutters(items)) == 1
    order = [i.text for i in order_items(items) if isinstance(i, Line)]
    k = order.index("Målet är att Välfärd och vardag ger alla invånare")
    assert order[k:k + 4] == ["Målet är att Välfärd och vardag ger alla invånare",
                              "service de behöver och klarar sig i vardagen i en liten",
                              "landsbygdskommun.", "Tyngdpunkter och åtgärder: Välfärd"]
    cols = {i.text: i.column for i in items if isinstance(i, Line)}
    assert cols["Målet är att Välfärd och vardag ger alla invånare"] == 0
    assert cols["landsbygdskommun."] == 1


def _two_column_page(doc, fontsize: float) -> None:
    """A page of two columns of running text, ten lines each: its gutter is plain to see."""
    page = doc.new_page(width=595, height=842)
    for i in range(10):
        page.insert_text((60, 100 + 14 * i), f"vänster spalt rad {i + 1:02d} med text", fontsize=fontsize)
        page.insert_text((320, 100 + 14 * i), f"höger spalt rad {i + 1:02d} med text", fontsize=fontsize)


def _sparse_two_column_pdf(path, third_page_prose: bool = False):
    """Page 1: two columns of running text (its gutter is plain to see). Page 2: headings
    set across the page and one short paragraph flowing from the left column into the
    right, one line on the left and two on the right: too few lines to show the gutter on
    their own. Optional page 3: prose set across the page, with one two-piece row."""
    import pymupdf

    doc = pymupdf.open()
    _two_column_page(doc, 10)
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 80), "Rubrik två som går över båda spalterna på sidan", fontsize=14, fontname="hebo")
    page.insert_text((60, 110), "Ett stycke som börjar i vänster", fontsize=10)
    page.insert_text((320, 110), "spalt och fortsätter i den högra", fontsize=10)
    page.insert_text((320, 124), "spalten till sitt slut.", fontsize=10)
    page.insert_text((60, 160), "Rubrik tre som också går över båda spalterna", fontsize=14, fontname="hebo")
    if third_page_prose:
        page = doc.new_page(width=595, height=842)
        for i in range(6):
            page.insert_text((60, 100 + 14 * i), f"brödtext rad {i + 1:02d} som går över hela sidans bredd från marginal till marginal",
                             fontsize=10)
        page.insert_text((60, 200), "Ansvar: stadens enhet", fontsize=10)
        page.insert_text((320, 200), "Tidtabell: 2025", fontsize=10)
    doc.save(path)
    return path


def test_a_sparse_page_keeps_the_gutter_of_the_page_before(tmp_path):
    # the paragraph's right-hand lines are in the next column, as on the page before, so
    # that the paragraph is read as one flowing over the gutter
    doc = extract(_sparse_two_column_pdf(tmp_path / "sparse.pdf"), ocr="never")
    assert find_gutters(doc.pages[1].lines) == []  # the page alone shows no gutter
    cols = {ln.text: ln.column for ln in doc.pages[1].lines}
    assert cols["Ett stycke som börjar i vänster"] == 0
    assert cols["spalt och fortsätter i den högra"] == 1
    assert cols["spalten till sitt slut."] == 1
    assert cols["Rubrik tre som också går över båda spalterna"] == 0


def test_a_page_of_text_across_the_gutter_does_not_take_it_over(tmp_path):
    # running text in the size of the two pieces crosses the carried gutter: one column
    doc = extract(_sparse_two_column_pdf(tmp_path / "prose.pdf", third_page_prose=True), ocr="never")
    assert {ln.column for ln in doc.pages[2].lines} == {0}


def test_a_paragraph_flowing_over_the_gutter_of_a_sparse_page_is_one_paragraph(tmp_path):
    from classifiers.elements import document_elements

    doc = extract(_sparse_two_column_pdf(tmp_path / "sparse.pdf"), ocr="never")
    texts = [e.text for e in document_elements(doc) if e.kind == "para"]
    assert "Ett stycke som börjar i vänster spalt och fortsätter i den högra spalten till sitt slut." in texts


def _sized(text, x0, y0, x1, size=9.5, bold=False):
    return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y0 + 1.37 * size), font_size=size, bold=bold)


def test_bold_sub_headings_in_the_text_size_across_the_gutter_do_not_hide_it():
    # A two-column band between full-width tables, under bold sub-headings set a half point
    # above the text and across the page (blind72 twocolumn p2). Counted as running text, the
    # two sub-headings were more than the crossing share of the page's few lines; and the
    # best split lay at the very end of the left column's longest line, which then counted
    # on neither side. Both hid the gutter: the columns were read line by line across.
    from extractors.model import Table

    items = [_sized("Strömfors · Integrationsprogram för Strömfors 2024–2027", 45, 27, 264, 8.0, True),
             _sized("4.1 Mottagande och vägledning", 45, 67, 231, 12.5, True),
             _sized("Mål 1: Nya invånare vet vart de ska vända sig och får vägledning", 45, 94, 500, 11.0, True),
             _sized("Åtgärder för mål 1", 45, 121, 144, 11.5, True),
             Table(rows=[["A", "B"], ["1", "2"]], bbox=BBox(x0=49, y0=141, x1=496, y1=244)),
             _sized("Hur vet vi att vi lyckats?", 45, 253, 145),
             _sized("• Antal besök vid infopunkten", 50, 271, 177),
             _sized("• Andel nya invånare som deltagit i en välkomstträff", 50, 286, 271.3),
             _sized("4.2 Språk, utbildning och arbete", 309, 254, 498, 12.5, True),
             _sized("Mål 2: Inflyttade i arbetsför ålder kommer", 309, 280, 524, 11.0, True),
             _sized("Hur vet vi att vi lyckats?", 309, 317, 408),
             _sized("• Antal deltagare i språkkurserna", 314, 335, 456),
             _sized("• Antal inflyttade som fått arbete via rekryteringsträffen", 314, 350, 547),
             _sized("Tyngdpunkt 2.1: Vuxna har tillgång till undervisning i svenska", 45, 401, 448, 10.0, True),
             Table(rows=[["A", "B"], ["1", "2"]], bbox=BBox(x0=45, y0=444, x1=550, y1=553)),
             _sized("Tyngdpunkt 2.2: Arbetsgivarna rekryterar inflyttade", 45, 567, 408, 10.0, True),
             _sized("Tyngdpunkt 2.2", 45, 592, 130, 11.5, True),
             Table(rows=[["A", "B"], ["1", "2"]], bbox=BBox(x0=49, y0=613, x1=516, y1=715)),
             _sized("2", 45, 802, 50, 9.0, True)]
    assert len(find_gutters(items)) == 1
    order = [i.text for i in order_items(items) if isinstance(i, Line)]
    k = order.index("Hur vet vi att vi lyckats?")
    assert order[k:k + 8] == ["Hur vet vi att vi lyckats?", "• Antal besök vid infopunkten",
                         "• Andel nya invånare som deltagit i en välkomstträff",
                         "4.2 Språk, utbildning och arbete", "Mål 2: Inflyttade i arbetsför ålder kommer",
                         "Hur vet vi att vi lyckats?", "• Antal deltagare i språkkurserna",
                         "• Antal inflyttade som fått arbete via rekryteringsträffen"]


def _columns_over_heading(heading_bold: bool):
    """Balanced columns (a question at the left, its two bullets at the right), a short line
    at the left margin below both, and a goal set across the page under it."""
    return [_sized("Inledning i vänster spalt med text", 45, 300, 270),
            _sized("och mer text som fortsätter här", 45, 313, 260),
            _sized("Tredje raden av stycket", 45, 326, 200),
            _sized("Hur vet vi att vi lyckats?", 45, 344, 145),
            _sized("• Antal besökare på den mångkulturella dagen", 314, 300, 513),
            _sized("• Antal föreningar som deltagit i utbildningen", 314, 315, 504),
            _sized("• Antal deltagare i kursen", 314, 330, 450),
            _sized("4.5 Hälsa och välfärd", 45, 372, 169, 12.5 if heading_bold else 9.5, heading_bold),
            _sized("Mål 5: Inflyttade får information om social- och hälsovårdstjänsterna", 45, 399, 506,
                   11.0, True)]


def test_a_short_heading_under_the_columns_is_read_after_both_columns():
    # A section heading set across the page over the next goal, its own text no wider than
    # the left column, stands a blank line under both columns: it belongs to what follows,
    # not to the left column (before: read between the left column and the right one's
    # bullets, which then fell under the next section).
    order = [i.text for i in order_items(_columns_over_heading(True))]
    assert order[-6:] == ["Hur vet vi att vi lyckats?", "• Antal besökare på den mångkulturella dagen",
                          "• Antal föreningar som deltagit i utbildningen", "• Antal deltagare i kursen",
                          "4.5 Hälsa och välfärd",
                          "Mål 5: Inflyttade får information om social- och hälsovårdstjänsterna"]


def test_a_last_paragraph_line_under_the_columns_stays_in_its_column():
    # The same line set as running text (no heading): the left column's last paragraph
    # may end below the right column, and is read with it, before the right column.
    order = [i.text for i in order_items(_columns_over_heading(False))]
    assert order.index("4.5 Hälsa och välfärd") < order.index("• Antal besökare på den mångkulturella dagen")


def _columns_over_chapter_and_caption():
    """Balanced columns (a chapter's text at the left going on at the right), then at the left
    margin under both a chapter heading and, on its usual pitch, the caption of the table
    set across the page under them."""
    from extractors.model import Table

    return [_sized("Uppföljningen görs varje år av den som", 45, 487, 270),
            _sized("samordnar arbetet och redovisas för", 45, 500, 260),
            _sized("nämnden i en rapport. Mätarna för de", 45, 513, 262),
            _sized("första målen är tre. Till mål 3 hör", 309, 487, 530),
            _sized("de i tabellen ovan.", 309, 500, 400),
            _sized("Mål A:", 309, 513, 335),
            _sized("• Antal deltagare i kvällskursen", 314, 526, 470),
            # 14.5 pt of white above the heading: more than a line height, less than the
            # band of white that by itself ends a run of columns (_REGION_GAP_LINES)
            _sized("Styrgrupp", 45, 553.5, 120, 12.5, True),
            _sized("Styrgruppen i början av året", 45, 582.6, 180, 11.5, True),
            Table(rows=[["Namn", "Roll"], ["A", "B"]], bbox=BBox(x0=45, y0=606, x1=550, y1=660))]


def test_a_chapter_heading_and_a_caption_under_the_columns_are_read_after_both_columns():
    # A chapter heading and its table's caption, set a blank line under balanced columns and
    # no blank line apart from each other, belong to the table: both are read after the
    # right column (before: the caption stood too close to the heading to be taken for one,
    # and both were read between the columns, so the right column's follow-up list fell
    # under the new chapter).
    items = _columns_over_chapter_and_caption()
    assert len(find_gutters(items)) == 1
    order = [i.text if isinstance(i, Line) else "TABLE" for i in order_items(items)]
    assert order[-5:] == ["Mål A:", "• Antal deltagare i kvällskursen", "Styrgrupp",
                          "Styrgruppen i början av året", "TABLE"]


def test_running_text_under_the_columns_over_a_caption_stays_in_its_column():
    # Only headings extend the run upwards: a line of running text under the other column
    # is the left column's own (its last paragraph ending low), and so is the line right
    # under it, which no blank line sets apart.
    items = _columns_over_chapter_and_caption()
    items[7] = _sized("Styrgrupp", 45, 553.5, 120)
    items[8] = _sized("Styrgruppen i början av året", 45, 568, 180)
    assert len(find_gutters(items)) == 1
    order = [i.text if isinstance(i, Line) else "TABLE" for i in order_items(items)]
    assert order.index("Styrgruppen i början av året") < order.index("första målen är tre. Till mål 3 hör")


def test_a_sparse_page_keeps_the_gutter_under_bold_headings_in_the_size_of_a_heading_beside_it(tmp_path):
    # Page 2: goal headings, bold, set across the page over full-width content, and at the
    # foot a band in two columns: the last goal's bold heading (the headings' size) and a
    # note on the left, its actions on the right. The bold headings across the page are no
    # running text across the gutter: the page keeps the gutter of the page before, and the
    # actions are read after the left column, not line by line across both (blind142).
    import pymupdf

    doc = pymupdf.open()
    _two_column_page(doc, 9.5)
    page = doc.new_page(width=595, height=842)
    y = 60
    for goal in ("Mål A: Fler invandrare har ett arbete som motsvarar deras utbildning",
                 "Mål B: Vuxna kan använda svenska i arbetet och i vardagen överallt",
                 "Mål C: Nya invånare får service och information som de förstår i kommunen",
                 "Mål D: Barnen går i småbarnspedagogik och klarar grundskolan väl",
                 "Mål E: Nya och gamla invånare träffas och gör saker tillsammans"):
        page.insert_text((60, y), goal, fontsize=10, fontname="hebo")
        page.draw_rect(pymupdf.Rect(60, y + 10, 540, y + 50), color=(0, 0, 0))
        y += 65
    page.insert_text((60, 400), "Mål F: Kommunen samarbetar", fontsize=10, fontname="hebo")
    page.insert_text((60, 413), "med arbetsgivarna", fontsize=10, fontname="hebo")
    page.insert_text((60, 432), "Målet behandlades separat och", fontsize=9.5)
    page.insert_text((60, 445), "skrivs därför ut som text.", fontsize=9.5)
    right = ["F.1 Kommunstyrelsen bjuder årligen in de", "största arbetsgivarna till ett samråd.",
             "Ansvarig: kommundirektören.", "F.2 Bostadsbolaget bygger om radhuset",
             "till sex hyresbostäder för familjer."]
    for k, text in enumerate(right):
        page.insert_text((320, 400 + 13 * k), text, fontsize=9.5)
    path = tmp_path / "goals.pdf"
    doc.save(path)
    lines = extract(path, ocr="never").pages[1].lines
    cols = {ln.text: ln.column for ln in lines}
    assert cols["Mål F: Kommunen samarbetar"] == 0 and cols["F.1 Kommunstyrelsen bjuder årligen in de"] == 1
    texts = [ln.text for ln in lines]
    k = texts.index("F.1 Kommunstyrelsen bjuder årligen in de")
    assert texts[k:k + 5] == right
