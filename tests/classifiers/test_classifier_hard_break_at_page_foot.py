"""An item labelled with its number at a page's foot ('Mål 2.3: …', no full stop) whose last
line ended where the first word of the next page would still have fitted did not wrap onto
that page: a line breaks early only where its paragraph ends (`elements._hard_break`). The
goal line and a capitalised paragraph at the next page's top ('Mätare för mål 2.3: …') stay
two paragraphs, as they are on one page; a line that filled its column goes on over the
break, and so does one going on in lower case. Made-up pages."""

from classifiers.elements import document_elements
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage

_CHAR = 5.2  # pt per character


def _ln(text, x, y):
    return Line(text=text, bbox=BBox(x0=x, y0=y, x1=x + _CHAR * len(text), y1=y + 12), font_size=10, column=0)


# a paragraph line filling the column: its right end is the column's edge in the document
_FULL = "Kommunen ordnar kurser i svenska för vuxna och erbjuder barnpassning under kurserna så"


def _doc(foot: str, top: str = "Mätare för mål 2.3: andelen vuxna som deltagit i en kurs") -> NormalizedDocument:
    first = NormalizedPage(page_no=1, height=842, width=595, items=[
        Line(text="Språk och utbildning", bbox=BBox(x0=45, y0=60, x1=200, y1=75), font_size=12.5, bold=True),
        _ln(_FULL, 45, 90),
        _ln("att också föräldrar till små barn kan delta.", 45, 104),
        _ln(foot, 45, 740)])
    second = NormalizedPage(page_no=2, height=842, width=595, items=[
        _ln(top, 45, 62),
        _ln("Programmet följs upp varje år.", 45, 90)])
    return NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=[first, second])


def test_a_goal_line_ending_short_at_the_page_foot_ends_its_paragraph():
    texts = [e.text for e in document_elements(_doc("Mål 2.3: Vuxna lär sig svenska vid sidan av arbetet"))]
    assert "Mål 2.3: Vuxna lär sig svenska vid sidan av arbetet" in texts
    assert "Mätare för mål 2.3: andelen vuxna som deltagit i en kurs" in texts


def test_a_line_filling_its_column_at_the_page_foot_goes_on_over_the_break():
    top = "Regionala vuxeninstitutet och biblioteket."
    foot = "Mål 2.3: Kurserna i svenska och finska ordnas på kvällar och helger i samarbete med"
    assert len(foot) + len(top.split()[0]) + 1 > len(_FULL)  # no room for the next page's first word
    texts = [e.text for e in document_elements(_doc(foot, top))]
    assert f"{foot} {top}" in texts


def test_a_line_ending_short_goes_on_over_the_break_in_lower_case():
    top = "vuxeninstitutet och biblioteket."
    foot = "Kurserna ordnas i samarbete med"
    texts = [e.text for e in document_elements(_doc(foot, top))]
    assert f"{foot} {top}" in texts
