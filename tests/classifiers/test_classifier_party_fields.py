"""Organisation names as field labels: a joint action's unit of each party printed as a card
field ('Kommunen: Integrationsbyrån', 'Välfärdsområdet: Socialarbetet för invandrare'), the
card form of a table whose party columns name who answers for the action
(`organisation_columns`). Cards one field a line, and numbered actions with their fields on
one line. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import classify
from classifiers.elements import document_elements
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage

_INTRO = "Åtgärderna genomförs gemensamt. För varje åtgärd anges den ansvariga instansen i kommunen och i regionen."


def _ln(text, y, bold=False):
    return Line(text=text, bbox=BBox(x0=57, y0=y, x1=57 + 4.6 * len(text), y1=y + 11), font_size=9.0, bold=bold)


def _cards_doc(cards):
    items = [Line(text="Bilaga 1. Gemensamma åtgärder", bbox=BBox(x0=57, y0=60, x1=300, y1=75), font_size=13,
                  bold=True),
             _ln(_INTRO[:60], 85), _ln(_INTRO[60:], 97)]
    y = 118
    for goal, action, time, town, region in cards:
        for field in (f"Mål: Mål {goal}", f"Åtgärd: {action}", f"Tidtabell: {time}",
                      f"Kommunen: {town}", f"Regionen: {region}"):
            items.append(_ln(field, y))
            y += 12.5
    page = NormalizedPage(page_no=1, height=842, width=595, items=items)
    return NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=[page])


_GOALS = [_h("2 Mål", 1), _p("Mål 1 – Arbete: Fler nyinflyttade hittar ett arbete inom ett år."),
          _p("Mål 2 – Hälsa: Alla nyinflyttade barn får en hälsokontroll.")]

_CARDS = [("1", "Gemensam mottagning för nyanlända familjer", "2025", "Integrationsbyrån", "Socialarbetet"),
          ("2", "Hälsokontroll för nyanlända barn i skolan", "Fortlöpande", "Skolhälsan", "Rådgivningen")]


def test_a_card_field_line_under_one_with_a_label_naming_no_role_is_a_field_of_its_own():
    # 'Kommunen: Integrationsbyrån' / 'Regionen: Socialarbetet' at line spacing: two fields,
    # not one wrapped paragraph (the labels name parties, no role)
    texts = [e.text for e in document_elements(_cards_doc(_CARDS))]
    assert "Kommunen: Integrationsbyrån" in texts and "Regionen: Socialarbetet" in texts


def test_party_fields_of_cards_name_both_units_responsible():
    doc = _cards_doc(_CARDS)
    goals = [Line(text="Mål 1 – Arbete: Fler nyinflyttade hittar ett arbete inom ett år.",
                  bbox=BBox(x0=57, y0=30, x1=400, y1=41), font_size=9.0),
             Line(text="Mål 2 – Hälsa: Alla nyinflyttade barn får en hälsokontroll.",
                  bbox=BBox(x0=57, y0=44, x1=400, y1=55), font_size=9.0)]
    doc.pages[0].items[:0] = goals
    x = classify(doc)
    assert [(m.text, m.responsible, m.partners) for m in x.measures] == [
        ("Gemensam mottagning för nyanlända familjer", ["Integrationsbyrån", "Socialarbetet"], []),
        ("Hälsokontroll för nyanlända barn i skolan", ["Skolhälsan", "Rådgivningen"], [])]


def test_party_fields_on_a_line_of_fields_under_numbered_actions_name_both_units_responsible():
    x = _classify([*_GOALS, _h("Bilaga 1. Gemensamma åtgärder", 1), _p(_INTRO),
                   _p("1. Gemensam mottagning för nyanlända familjer"),
                   _p("Mål: Mål 1. Tidtabell: 2025. Kommunen: Integrationsbyrån. Regionen: Socialarbetet."),
                   _p("2. Hälsokontroll för nyanlända barn i skolan"),
                   _p("Mål: Mål 2. Tidtabell: Fortlöpande. Kommunen: Skolhälsan. Regionen: Rådgivningen.")])
    g1, g2 = x.goals
    # (the text keeps its number, '1. Gemensam ...', as a numbered action's text does)
    assert [(m.goal, m.responsible, m.schedule) for m in x.measures] == [
        (g1.id, ["Integrationsbyrån", "Socialarbetet"], "2025"), (g2.id, ["Skolhälsan", "Rådgivningen"], "Fortlöpande")]


def test_a_field_of_no_party_on_a_line_of_fields_is_passed_over():
    # 'Status:' names no organisation: the card's other fields are read, the status is not an actor
    x = _classify([*_GOALS, _h("Bilaga 1. Åtgärder", 1),
                   _p("1. Gemensam mottagning för nyanlända familjer"),
                   _p("Mål: Mål 1. Tidtabell: 2025. Ansvarig: Integrationsbyrån. Status: Pågående.")])
    assert [(m.responsible, m.schedule) for m in x.measures] == [(["Integrationsbyrån"], "2025")]
