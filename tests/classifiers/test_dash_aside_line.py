"""A paragraph's aside set off by spaced dashes whose closing dash the line's width wrapped
to the next line's start ('Kommunens vision Exby 2030 – trygg, öppen och grön' / '– vägleder
också …'): the sentence going on, no dash list item (elements._closes_dash_aside; sixty-third
set, blind377 twocolumn)."""
from classifiers.elements import document_elements
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage


def _line(text, y, x1):
    return Line(text=text, bbox=BBox(x0=61, y0=y, x1=x1, y1=y + 10), font_size=10.0)


def _elements(lines):
    page = NormalizedPage(page_no=1, width=595, height=842,
                          items=[_line(t, 100 + 13 * k, x1) for k, (t, x1) in enumerate(lines)])
    return document_elements(NormalizedDocument(source_file="t.pdf", sha256="0", kind="pdf", pages=[page]))


def test_closing_dash_of_an_aside_goes_on_the_paragraph():
    els = _elements([("Kommunens vision Exby 2030 – trygg, öppen och grön", 300),
                     ("– vägleder också arbetet med integration.", 250)])
    assert [(e.kind, e.text) for e in els] == [
        ("para", "Kommunens vision Exby 2030 – trygg, öppen och grön – vägleder också arbetet med integration.")]


def test_dash_list_after_a_paragraph_stays_a_list():
    # the paragraph introduced the list (':'), or closed its aside: the dash lines are items
    for intro in ("Kommunen erbjuder – i samarbete med föreningarna – följande:",
                  "Kommunen erbjuder följande:"):
        els = _elements([(intro, 300), ("– språkkaféer varje vecka", 200), ("– läxhjälp för barn", 180)])
        assert [e.kind for e in els] == ["para", "bullet", "bullet"], intro
