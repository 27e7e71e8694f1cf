"""A footnote at the top of the next page is no sentence going on over the page break: a line
opening with a footnote's mark ('¹ Uppgiften …') is the note, since the mark sits at the end
of the word it annotates and no wrapped sentence opens with one. Made-up pages."""

from classifiers.elements import document_elements
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage


def _ln(text, x, y):
    return Line(text=text, bbox=BBox(x0=x, y0=y, x1=x + 5.2 * len(text), y1=y + 12), font_size=10, column=0)


def _doc(top_line: str) -> NormalizedDocument:
    first = NormalizedPage(page_no=1, height=842, width=595, items=[
        Line(text="Språk och utbildning", bbox=BBox(x0=45, y0=60, x1=200, y1=75), font_size=12.5, bold=True),
        _ln("1.1 Läxhjälp på biblioteket två kvällar i veckan", 45, 720),
        _ln("Mätare: Antal deltagare i läxhjälpen", 60, 740)])
    second = NormalizedPage(page_no=2, height=842, width=595, items=[
        _ln(top_line, 45, 62),
        _ln("under läsåret.", 45, 75)])
    return NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=[first, second])


def test_a_footnote_at_the_top_of_the_next_page_is_no_continuation_of_the_item_above():
    texts = [e.text for e in document_elements(_doc("¹ Uppgiften samlas in av biblioteket varje månad"))]
    assert "Mätare: Antal deltagare i läxhjälpen" in texts
    assert "¹ Uppgiften samlas in av biblioteket varje månad under läsåret." in texts


def test_a_sentence_going_on_over_the_page_break_is_still_joined():
    texts = [e.text for e in document_elements(_doc("som samlas in av biblioteket varje månad"))]
    assert "Mätare: Antal deltagare i läxhjälpen som samlas in av biblioteket varje månad under läsåret." in texts
