"""Layouts the extractor may hand over as plain lines: borderless tables rebuilt from the
alignment of their lines, bullets read after their text, paragraphs over column breaks."""

from classifiers import classify
from classifiers.align import align
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage

COLS = [57.0, 152.0, 281.0, 340.0, 435.0]


def _ln(text, x, y, size=8.5, bold=False, column=0):
    return Line(text=text, bbox=BBox(x0=x, y0=y, x1=x + 5 * len(text), y1=y + size * 1.2), font_size=size,
                bold=bold, column=column)


def _borderless_page(page_no, with_header=True, start_y=80.0):
    items = [_ln("Exempelby · Program", 57, 28, 8)] if page_no > 1 else [_ln("Program 2024–2027", 57, 40, 16, True)]
    y = start_y
    if with_header:
        items.append(_ln("Boende", 57, y - 20, 11, True))
        for x, h in zip(COLS, ["Mål", "Åtgärd", "Tidtabell", "Ansvarspart och", "Mätare"]):
            items.append(_ln(h, x, y, bold=True))
        items.append(_ln("partner", COLS[3], y + 10, bold=True))
        y += 28
    for r in range(6):
        goal = [f"Bättre boende {page_no}{r}", "för alla"] if r % 2 == 0 else []
        cells = [goal, [f"Åtgärd {page_no}{r} om", "bostäder"], ["2025"], ["Fastighetssektorn"], [f"Mätare {page_no}{r}"]]
        for c, lines in enumerate(cells):
            for k, t in enumerate(lines):
                items.append(_ln(t, COLS[c], y + 10.5 * k, column=0 if c < 2 else 1))
        y += 10.5 * 2 + 10
    items.append(_ln(str(page_no), 530, 808, 8))
    # the extractor read the table as two text columns: left columns first, then the right
    items.sort(key=lambda it: (it.column, it.bbox.y0, it.bbox.x0))
    return NormalizedPage(page_no=page_no, height=842, width=595, items=items)


def test_borderless_table_from_aligned_lines_and_its_continuation():
    doc = NormalizedDocument(source_file="x", sha256="0", kind="pdf",
                             pages=[_borderless_page(1), _borderless_page(2, with_header=False, start_y=700)])
    # page 2 starts mid-table without a header; make its rows reach the page end on page 1
    px = classify(doc)
    texts = [" ".join(m.text.split()) for m in px.measures]
    assert texts[:6] == [f"Åtgärd 1{r} om bostäder" for r in range(6)]
    assert [" ".join(g.text.split()) for g in px.goals][:3] == ["Bättre boende 10 för alla", "Bättre boende 12 för alla",
                                                                "Bättre boende 14 för alla"]
    m = px.measures[1]
    assert m.goal == px.goals[0].id and m.schedule == "2025" and m.responsible == ["Fastighetssektorn"]
    assert [i.text for i in px.indicators][:2] == ["Mätare 10", "Mätare 11"]
    assert all(x.theme == "Boende" for x in px.measures[:6])


def test_bullet_glyph_read_after_the_text_and_paragraph_over_a_column_break():
    def ln(t, x, y, col):
        return Line(text=t, bbox=BBox(x0=x, y0=y, x1=x + 200, y1=y + 12), font_size=10, column=col)
    page = NormalizedPage(page_no=1, height=842, items=[
        Line(text="Åtgärder", bbox=BBox(x0=60, y0=60, x1=200, y1=75), font_size=13, bold=True),
        ln("• 1.1 Staden ordnar kurser i svenska för", 60, 100, 0),
        ln("vuxna. •", 60, 113, 0),
        ln("1.2 Staden utvecklar handledningen", 60, 126, 0),
        ln("för unga och", 60, 139, 0),
        ln("deras familjer.", 320, 100, 1),
    ])
    px = classify(NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=[page]))
    assert [m.text for m in px.measures] == ["1.1 Staden ordnar kurser i svenska för vuxna.",
                                             "1.2 Staden utvecklar handledningen för unga och deras familjer."]


def test_alignment_of_lines_with_several_measures():
    measures = ["7.1 Möten främjas genom evenemang inom kultur- och fritidssektorn",
                "7.2 Kulturhusen utvecklar sin verksamhet",
                "7.3 HAM ordnar verkstäder i samarbete med Annegården",
                "7.4 Stadsmuseet utvecklar verkstäder",
                "7.5 Stadsbiblioteket skapar en läsmodell"]
    actors = ["Kultur- och fritidssektorn", "Kulturtjänsterna", "Helsinki Art Museum (HAM)", "Annegården",
              "Stadsmuseet", "Biblioteken"]
    assert align(actors, measures) == [0, 1, 2, 2, 3, 4]


def test_a_bold_heading_above_a_ruled_table_is_not_a_row_of_the_aligned_table_above():
    # a header printed as aligned lines with one row under it, then the next theme's bold
    # heading, then a table the extractor found by its rules: the heading stays a heading
    from classifiers.line_tables import rebuild_page
    from extractors.model import Table

    items = [_ln(h, x, 80, bold=True) for x, h in zip(COLS, ["Mål", "Åtgärd", "Tidtabell", "Ansvarspart", "Mätare"])]
    items += [_ln("Uppföljning av", COLS[1], 100), _ln("segregationen", COLS[1], 110), _ln("2024", COLS[2], 100),
              _ln("Staden", COLS[3], 100), _ln("Rapport", COLS[4], 100)]
    items.append(_ln("Utbildning", 57, 150, 8.5, True))
    ruled = Table(rows=[["Mål", "Åtgärd"], ["Att lära sig", "Läxhjälp"]], bbox=BBox(x0=57, y0=170, x1=530, y1=400))
    items.append(ruled)
    out, _ = rebuild_page(items, None, 842)
    rebuilt = [t for t in out if isinstance(t, Table) and t is not ruled]
    assert len(rebuilt) == 1 and all("Utbildning" not in c for r in rebuilt[0].rows for c in r)
    assert any(isinstance(it, Line) and it.text == "Utbildning" for it in out)
    assert out[-1] is ruled


def _headed_columns(heading_size):
    """Two text columns side by side, each under a bold heading naming a structure word
    ('Uppföljning', 'Målsättning') set in `heading_size` over 9.5 pt running text."""
    items = [_ln("Uppföljning", 45, 500, heading_size, True), _ln("Målsättning", 309, 500, heading_size, True)]
    for r, (left, right) in enumerate([("Kommunen följde upp det förra", "Programmet har tre delar och"),
                                       ("programmet varje år och fann", "varje del har ett mål som"),
                                       ("att kurserna behövs ännu.", "gäller hela perioden.")]):
        items += [_ln(left, 45, 522 + 13 * r, 9.5), _ln(right, 309, 522 + 13 * r, 9.5)]
    return items


def test_headings_of_text_columns_side_by_side_are_no_table_header():
    # Two sections printed side by side in a two-column print, their headings a size step
    # above the text: the bold row of structure words is the columns' headings, not a
    # table's header (before: rebuilt as a two-column table whose 'row' of paragraphs
    # then read as a goal). A table's header row is set in its body's size.
    from classifiers.line_tables import rebuild_page
    from extractors.model import Table

    out, _ = rebuild_page(_headed_columns(12.5), None, 842)
    assert not any(isinstance(it, Table) for it in out)
    out, _ = rebuild_page(_headed_columns(9.5), None, 842)
    assert any(isinstance(it, Table) for it in out)


def _item_over_dash_line(first_line_x1):
    """A goal, then a glyph item whose first line ends at `first_line_x1` (the column's edge
    is at 534, where the goal's line ends), and under it, in the item's hanging indent, a dash
    line opening with a field label."""
    def ln(t, x, y, x1):
        return Line(text=t, bbox=BBox(x0=x, y0=y, x1=x1, y1=y + 13), font_size=10)

    page = NormalizedPage(page_no=1, height=842, width=595, items=[
        Line(text="Boende", bbox=BBox(x0=60, y0=60, x1=130, y1=80), font_size=16, bold=True),
        ln("Mål 3: Nyinflyttade hittar en bostad som passar dem och trivs i sitt bostadsområde år", 60, 100, 534),
        ln("efter år.", 60, 113, 100),
        ln("• Lediga bostäder förmedlas till nyinflyttade i flera bostadsområden i hela kommunen", 65, 133,
           first_line_x1),
        ln("– Ansvar: Exempelby Bostäder Ab, fortlöpande", 76, 147, 274),
    ])
    return NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=[page])


def test_a_dash_tail_wrapped_from_a_full_item_line_is_the_rest_of_the_item():
    # The item's line ran to the column's edge: the dash line under it is its ' – Ansvar: X,
    # when' tail wrapped before the dash, as a wider print sets it on the item's line; read
    # as the item's rest, the measure keeps its printed form (before: read as a field
    # sub-item, the same doer and time but the item as printed was lost).
    from classifiers.elements import document_elements

    els = [e.text for e in document_elements(_item_over_dash_line(527))]
    assert els[-1] == ("• Lediga bostäder förmedlas till nyinflyttade i flera bostadsområden i hela kommunen"
                       " – Ansvar: Exempelby Bostäder Ab, fortlöpande")
    px = classify(_item_over_dash_line(527))
    assert px.measures[0].responsible == ["Exempelby Bostäder Ab"] and px.measures[0].schedule == "fortlöpande"
    assert px.measures[0].printed.endswith("– Ansvar: Exempelby Bostäder Ab, fortlöpande")


def test_a_dash_field_under_an_item_line_that_ended_short_is_a_sub_item():
    # The item's line ended well before the edge: the dash line is a field sub-item of its own.
    from classifiers.elements import document_elements

    els = [e.text for e in document_elements(_item_over_dash_line(420))]
    assert els[-1] == "Ansvar: Exempelby Bostäder Ab, fortlöpande"
