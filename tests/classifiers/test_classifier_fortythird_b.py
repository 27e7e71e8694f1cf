"""Forty-third blind set (blind255, blind258) conventions, on made-up programmes: a numbered
list whose numbers hang in the margin, each number extracted as a paragraph of its own
(`elements._join_lone_numbers`), its two-part numbers the goals over the three-part actions
(`outline_parents`); a square bracket of positional fields '[doer / partners / time]'
closing an action line (`actors.slash_field_bracket`); and a list item printed without a
hanging indent, ended by a hard break before the card's next label line
(`elements._item_ended_at_marker`). Made-up blocks and made-up PDF lines."""

from __future__ import annotations

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import tail_start, trailing_actors
from classifiers.elements import Element, document_elements
from classifiers.outline_parents import outline_parents_as_headings
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage


def _sq(s):
    return " ".join((s or "").split())


# --- a margin-numbered outline: numbers as paragraphs of their own ---------------------------------

def _outline():
    return _classify([
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _h("2 Insatser", 2),
        _p("2.1"),
        _p("FRITID – Alla barn i nyinflyttade familjer har en hobby"),
        _p("2.1.1"),
        _p("Hobbykort för nyinflyttade barn"),
        _p("Ansvar: fritidsenheten"),
        _p("Tid: 2027"),
        _p("2.1.2"),
        _p("Simskola vid sjön på sommaren"),
        _p("Ansvar: idrottsbyrån"),
        _p("I samarbete med: Simklubben Delfin rf, Exempelby IK"),
        _p("Tid: varje sommar"),
        _p("2.2"),
        _p("ARBETE – Fler nya invånare hittar ett arbete"),
        _p("2.2.1"),
        _p("Praktikplatser inom kommunens egna enheter"),
        _p("Ansvar: personalenheten"),
        _p("Tid: från 2026"),
    ])


def test_margin_numbers_join_their_items_and_parents_are_goals():
    ex = _outline()
    goals = [_sq(g.text) for g in ex.goals]
    assert any(g.endswith("Alla barn i nyinflyttade familjer har en hobby") for g in goals)
    assert any(g.endswith("Fler nya invånare hittar ett arbete") for g in goals)
    assert len(goals) == 2
    by = {_sq(m.text).split(" ", 1)[-1]: m for m in ex.measures}
    assert set(by) == {"Hobbykort för nyinflyttade barn", "Simskola vid sjön på sommaren",
                       "Praktikplatser inom kommunens egna enheter"}
    gid = {g.id: _sq(g.text) for g in ex.goals}
    assert gid[by["Hobbykort för nyinflyttade barn"].goal].endswith("har en hobby")
    assert gid[by["Simskola vid sjön på sommaren"].goal].endswith("har en hobby")
    assert gid[by["Praktikplatser inom kommunens egna enheter"].goal].endswith("hittar ett arbete")
    assert by["Hobbykort för nyinflyttade barn"].responsible == ["fritidsenheten"]
    assert by["Hobbykort för nyinflyttade barn"].partners == []
    assert by["Simskola vid sjön på sommaren"].responsible == ["idrottsbyrån"]
    assert by["Simskola vid sjön på sommaren"].partners == ["Simklubben Delfin rf", "Exempelby IK"]
    assert by["Praktikplatser inom kommunens egna enheter"].schedule == "från 2026"


def test_parent_number_is_a_heading_only_over_its_children():
    els = [Element("para", "4.2 Trygga bostadsområden", 1), Element("para", "4.2.1 Grannträffar", 1),
           Element("para", "4.3 Fler i arbete", 1), Element("para", "5.1.1 Mentorer", 1)]
    out = outline_parents_as_headings(els)
    assert [e.kind for e in out] == ["heading", "para", "para", "para"]


# --- '[doer / partners / time]' closing an action line --------------------------------------------

def test_slash_bracket_fields():
    t = "Läxhjälp i biblioteket [Skolkansliet / Röda Korset, Lions / läsåret 2026–2027]"
    assert trailing_actors(t) == (["Skolkansliet"], ["Röda Korset", "Lions"], "läsåret 2026–2027")
    assert t[:tail_start(t)].rstrip() == "Läxhjälp i biblioteket"
    t2 = "Mammagrupp på lätt svenska [Rådgivningen (hälsovården) / – / varje vecka]"
    assert trailing_actors(t2) == (["Rådgivningen (hälsovården)"], [], "varje vecka")
    # two fields, or a bracket that is a reference, is no such tail
    assert trailing_actors("Kurs för föräldrar [se bilaga 2]") is None


def test_slash_bracket_actions_in_a_card():
    ex = _classify([
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _h("Mål 1: Nyinflyttade familjer känner till stadens tjänster", 2),
        _p("Det gör vi:"),
        _b("Läxhjälp i biblioteket [Skolkansliet / Röda Korset, Lions / läsåret 2026–2027]",
           "Mammagrupp på lätt svenska [Rådgivningen (hälsovården) / – / varje vecka]"),
    ])
    by = {_sq(m.text): m for m in ex.measures}
    assert set(by) == {"Läxhjälp i biblioteket", "Mammagrupp på lätt svenska"}
    assert by["Läxhjälp i biblioteket"].responsible == ["Skolkansliet"]
    assert by["Läxhjälp i biblioteket"].partners == ["Röda Korset", "Lions"]
    assert by["Mammagrupp på lätt svenska"].responsible == ["Rådgivningen (hälsovården)"]
    assert by["Mammagrupp på lätt svenska"].schedule == "varje vecka"


# --- PDF lines: an item without a hanging indent, a lone margin number ------------------------------

def _line(text, y, x1, x0=61.0):
    return Line(text=text, bbox=BBox(x0=x0, y0=y, x1=x1, y1=y + 10), font_size=9.0)


def _elements(lines):
    page = NormalizedPage(page_no=1, width=595, height=842, items=lines)
    return document_elements(NormalizedDocument(source_file="t.pdf", sha256="0", kind="pdf", pages=[page]))


def test_label_line_after_a_short_item_line_is_no_wrap():
    els = _elements([
        _line("Vi gör följande för att nå målet inom programperioden, tillsammans med föreningarna:", 100, 500),
        _line("– Läxhjälp i biblioteket för alla elever i årskurs sju till nio [Skolkansliet / Röda", 111, 500),
        _line("Korset / 2026]", 122, 120),
        _line("– Mammagrupp på lätt svenska [Rådgivningen / – / varje vecka]", 133, 330),
        _line("Så följer vi upp:", 144, 123),
        _line("– Antal elever i läxhjälpen", 155, 200),
    ])
    texts = [e.text for e in els]
    assert "Så följer vi upp:" in texts
    assert texts[1].endswith("[Skolkansliet / Röda Korset / 2026]")
    assert texts[2] == "– Mammagrupp på lätt svenska [Rådgivningen / – / varje vecka]"


def test_open_bracket_keeps_the_item_going():
    els = _elements([
        _line("Vi gör följande för att nå målet inom programperioden, tillsammans med föreningarna:", 100, 500),
        _line("– Hembesök hos alla nya barnfamiljer i kommunen [Välfärdsområdet / – /", 111, 420),
        _line("2026–2028]", 122, 110),
    ])
    assert els[-1].text.endswith("/ – / 2026–2028]")


def test_lone_margin_number_is_no_wrap_of_the_text_above():
    els = _elements([
        _line("2.1 FRITID – Alla barn i nyinflyttade familjer har en hobby", 100, 330),
        _line("2.1.1", 111, 80),
        _line("Hobbykort för nyinflyttade barn", 122, 220),
        _line("Ansvar: fritidsenheten", 133, 160),
    ])
    texts = [e.text for e in els]
    assert texts[0] == "2.1 FRITID – Alla barn i nyinflyttade familjer har en hobby"
    assert texts[1] == "2.1.1 Hobbykort för nyinflyttade barn"


def test_doer_line_under_a_numbered_item_stays_its_line():
    # only a label closed by a colon ends the item: a doer line in capitals is the item's own
    els = _elements([
        _line("Vi gör följande för att nå målet inom programperioden, tillsammans med föreningarna:", 100, 500),
        _line("1. Simskola för vuxna i simhallen", 111, 200),
        _line("IDROTTSBYRÅN, 2027", 122, 150),
    ])
    assert els[-1].text == "1. Simskola för vuxna i simhallen IDROTTSBYRÅN, 2027"


def test_lone_number_before_a_labelled_line_is_left_alone():
    els = [Element("para", "2.1", 1), Element("para", "Källa: kursstatistiken.", 1)]
    from classifiers.elements import _join_lone_numbers
    assert [e.text for e in _join_lone_numbers(els)] == ["2.1", "Källa: kursstatistiken."]
