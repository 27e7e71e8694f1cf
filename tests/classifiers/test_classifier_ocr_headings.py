"""Headings on OCR pages: no bold, and a size estimated from word boxes that spreads a
little around the body size. A numbered title line somewhat larger than the body is a
section heading there, not a numbered action."""

from classifiers import classify
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage


def _page(head_size: float, source: str = "ocr") -> NormalizedPage:
    items, y = [], 60.0
    body = [8.0, 8.2, 7.9, 8.1, 8.0, 7.8, 8.3, 8.0]

    def ln(text, size):
        nonlocal y
        items.append(Line(text=text, bbox=BBox(x0=60, y0=y, x1=60 + 4.6 * len(text), y1=y + size * 1.1),
                          font_size=size))
        y += 13 if size < 8.5 else 18

    ln("2.2.6 Hälsovårdstjänster", head_size)
    ln("Målet är att erbjuda alla likvärdig hälsovård.", body[0])
    y += 6
    ln("Hälsovårdscentralen har två hälsovårdare som är kontaktpersoner mellan", body[1])
    ln("invandrartjänsterna och hälsostationstjänsterna. Invandrartjänsterna meddelar", body[2])
    ln("kontaktpersonerna om de invandrare som anländer till staden.", body[3])
    y += 6
    ln("2.2.7 Tandvård", head_size)
    ln("Invandrare har rätt till samma hälsovårds- och munhälsovårdstjänster som den", body[4])
    ln("övriga befolkningen. Tjänsterna ordnas på finska och svenska och med tolk", body[5])
    ln("vid behov, och informationen om dem ges på flera språk i samarbete med", body[6])
    ln("välfärdsområdet.", body[7])
    return NormalizedPage(page_no=1, height=842, width=595, items=items, source=source)


def _doc(page):
    return NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=[page])


def test_numbered_title_somewhat_larger_on_ocr_page_is_a_heading():
    px = classify(_doc(_page(8.7)))
    assert not any("Hälsovårdstjänster" in m.text or "Tandvård" in m.text for m in px.measures)
    assert [g.text for g in px.goals] == ["Målet är att erbjuda alla likvärdig hälsovård."]
    assert "Hälsovårdstjänster" in (px.goals[0].theme or "")


def test_body_size_numbered_line_on_ocr_page_is_not_made_a_heading():
    # at body size it may be a numbered action: the OCR rule needs the line to stand out
    from classifiers.elements import document_elements

    els = document_elements(_doc(_page(8.0)))
    assert not any(e.kind == "heading" and "Hälsovårdstjänster" in e.text for e in els)


def test_ocr_heading_wrapped_onto_a_short_lower_case_line_is_one_heading():
    from classifiers.elements import document_elements

    items = [
        Line(text="Mål 4: Öka kompetensen inom främjande av integration på ett sektorsövergripande",
             bbox=BBox(x0=60, y0=60, x1=520, y1=71), font_size=9.6),
        Line(text="sätt", bbox=BBox(x0=60, y0=73, x1=80, y1=81), font_size=7.9),  # one short word measures small
        Line(text="Kommunen ordnar utbildning för personalen i alla sektorer och följer upp den.",
             bbox=BBox(x0=60, y0=92, x1=500, y1=101), font_size=8.0),
        Line(text="Utbildningen ges på finska och svenska och vid behov på andra språk.",
             bbox=BBox(x0=60, y0=105, x1=480, y1=114), font_size=8.0),
        Line(text="Uppföljningen görs årligen och resultaten redovisas för kommunstyrelsen.",
             bbox=BBox(x0=60, y0=118, x1=480, y1=127), font_size=8.0),
    ]
    page = NormalizedPage(page_no=1, height=842, width=595, items=items, source="ocr")
    els = document_elements(_doc(page))
    assert els[0].kind == "heading" and els[0].text.endswith("sektorsövergripande sätt")
    assert not any(e.text == "sätt" for e in els)


def test_bold_body_size_line_on_ocr_page_is_a_run_in_heading():
    """A run-in heading of body size on a scan: bold read from its stems (extractors.ocr
    _mark_bold) makes it a heading as on a text layer; the same line without bold stays
    a numbered item."""
    from classifiers.elements import document_elements

    def page(bold: bool):
        items = [
            Line(text="1. Åtgärdshelheten för sysselsättningstjänster", bbox=BBox(x0=60, y0=60, x1=300, y1=69),
                 font_size=8.1, bold=bold),
            Line(text="Stadens tjänster utvecklas i samarbete med sektorerna och följer upp", bbox=BBox(x0=60, y0=80, x1=480, y1=89),
                 font_size=8.0),
            Line(text="resultaten varje år tillsammans med arbetsgivarna i regionen.", bbox=BBox(x0=60, y0=93, x1=440, y1=102),
                 font_size=8.1),
        ]
        return NormalizedPage(page_no=1, height=842, width=595, items=items, source="ocr")

    els = document_elements(_doc(page(True)))
    assert els[0].kind == "heading" and els[0].text.startswith("1. Åtgärdshelheten")
    els = document_elements(_doc(page(False)))
    assert not any(e.kind == "heading" for e in els)


def test_header_repeated_on_the_next_scanned_page_is_known_with_a_misread_letter():
    """The continuation of a table on the next page repeats its header; OCR reads it again
    with a letter different ('Ansvarsinstan-s' as 'Ansvarsinstan 5'). It is still the
    header, dropped when the pieces are joined, and the row the page break cut is glued
    back together; another table's header is not taken for it."""
    from classifiers.elements import _looks_like_header_of
    from extractors.model import Table
    from normalizers.model import NormalizedPage

    header = ["", "", "Ansvarsinstan\ns", "Samarbetspart\nner", "Uppföljning"]
    misread = ["", "", "Ansvarsinstan\n5", "Samarbetspart\nner", "Uppföljning"]
    assert _looks_like_header_of(misread, header)
    assert not _looks_like_header_of(["Mål", "Åtgärd", "Ansvar", "Tidtabell", "Mätare"], header)

    first = Table(rows=[header, ["Främjande av delaktighet", "Rådgivning på", "Kommunens", "Producenter av", "Årligen enkät"]],
                  header_rows=1, bbox=BBox(x0=90, y0=500, x1=510, y1=800))
    second = Table(rows=[misread, ["eget modersmål", "myndighet", "enheter", "tolktjänster", "för invandrare"]],
                   header_rows=1, bbox=BBox(x0=90, y0=70, x1=510, y1=200))
    doc = NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=[
        NormalizedPage(page_no=1, height=842, width=595, items=[first], source="ocr"),
        NormalizedPage(page_no=2, height=842, width=595, items=[second], source="ocr")])
    from classifiers.elements import document_elements

    tables = [e for e in document_elements(doc) if e.kind == "table"]
    assert len(tables) == 1
    assert tables[0].table.rows[-1][4] == "Årligen enkät\nför invandrare"


def _sibling_headings_page(source: str) -> NormalizedPage:
    """A title and three theme headings of one printed size, whose OCR size estimates spread
    (9.6 / 9.2 / 8.8) and one of which the ink reads as bold, each over a paragraph."""
    items, y = [], 60.0

    def ln(text, size, bold=False):
        nonlocal y
        items.append(Line(text=text, bbox=BBox(x0=60, y0=y, x1=60 + 4.6 * len(text), y1=y + size * 1.1),
                          font_size=size, bold=bold))
        y += 18

    ln("ÅTGÄRDSPROGRAM 2023–2026", 13.4)
    for head, size, bold in (("Arbete", 9.2, True), ("Boende", 9.6, False), ("Utbildning", 8.8, False)):
        ln(head, size, bold)
        for _ in range(3):
            ln("Kommunen ordnar verksamheten tillsammans med föreningarna och församlingarna.", 7.6)
    return NormalizedPage(page_no=1, height=842, width=595, items=items, source=source)


def test_sibling_headings_of_a_scan_get_one_level():
    from classifiers.elements import document_elements

    heads = [e for e in document_elements(_doc(_sibling_headings_page("ocr"))) if e.kind == "heading"]
    levels = {e.text: e.level for e in heads}
    assert levels["Arbete"] == levels["Boende"] == levels["Utbildning"] > levels["ÅTGÄRDSPROGRAM 2023–2026"]
    # in a text layer the sizes and the weight are the printer's, and each is a style of its own
    heads = [e for e in document_elements(_doc(_sibling_headings_page("text-layer"))) if e.kind == "heading"]
    assert len({e.level for e in heads if e.text != "ÅTGÄRDSPROGRAM 2023–2026"}) > 1
