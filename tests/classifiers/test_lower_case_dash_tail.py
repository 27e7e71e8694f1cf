"""An item's ' – ansvar: X, tidpunkt: Y' tail, its label in lower case as it runs on in the
sentence, that the column's width wrapped before its dash: the rest of the item, no sub-item
of its own (elements._wrapped_dash_tail)."""
from classifiers.elements import document_elements
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage


def _line(text, y, x1):
    return Line(text=text, bbox=BBox(x0=61, y0=y, x1=x1, y1=y + 10), font_size=10.0)


def test_wrapped_lower_case_tail_joins_its_item():
    page = NormalizedPage(page_no=1, width=595, height=842, items=[
        _line("För att nå målet gör vi följande:", 100, 220),
        _line("• Personligt välkomstsamtal erbjuds inom två månader", 113, 284),
        _line("– ansvar: kommunsekreteraren, tidpunkt: 2026–2028", 126, 284),
        _line("• Knytkalas i byagården – ansvar: byalaget", 139, 200),
    ])
    els = document_elements(NormalizedDocument(source_file="t.pdf", sha256="0", kind="pdf", pages=[page]))
    bullets = [e.text for e in els if e.kind == "bullet"]
    assert bullets[0].endswith("två månader – ansvar: kommunsekreteraren, tidpunkt: 2026–2028")
    assert len(bullets) == 2


def test_field_given_as_a_dash_ends_its_line():
    # 'Utgångsvärde: –' closes a card; the next card's 'Åtgärd:' line is no tail of it
    page = NormalizedPage(page_no=1, width=595, height=842, items=[
        _line("Indikator: Antal besök per år", 100, 200),
        _line("Utgångsvärde: –", 113, 140),
        _line("Åtgärd: Svenskkurser vid medborgarinstitutet", 126, 300),
    ])
    els = document_elements(NormalizedDocument(source_file="t.pdf", sha256="0", kind="pdf", pages=[page]))
    assert [e.text for e in els][-2:] == ["Utgångsvärde: –", "Åtgärd: Svenskkurser vid medborgarinstitutet"]
