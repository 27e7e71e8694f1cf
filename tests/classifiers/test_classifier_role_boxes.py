"""A one-column box per goal, 'Det här gör vi' over one action a line with its doer and time in
a trailing parenthesis and 'Så vet vi' over one indicator a line, printed as a heading and
short lines without a full stop (twenty-fourth blind set, blind139 conventions). Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.schedule import opens_with_time


def _programme():
    return [
        _h("3 Våra mål", 1),
        _h("Mål 1. Nya invånare hittar rätt service", 2),
        _p("Många nya invånare vet inte vart de ska vända sig under sitt första år."),
        _h("Det här gör vi", 3),
        _p("En välkomstbroschyr på fem språk delas ut på servicekontoret (kommunkansliet, från 2026)"),
        _p("Öppet hus på biblioteket för nyinflyttade (biblioteket tillsammans med Exempelby "
           "hembygdsförening, vår och höst)"),
        _h("Så vet vi", 3),
        _p("Antal utdelade broschyrer"),
        _p("Antal besökare på öppet hus"),
        _h("Mål 2. Barn klarar skolan", 2),
        _h("Det här gör vi", 3),
        _p("Modersmålsundervisning ordnas för minst tre elever (skolkansliet, läsårsvis)"),
        _p("Skolstartsträff för nya familjer (skolkansliet, augusti)"),
        _h("Så vet vi", 3),
        _p("Andel elever med avgångsbetyg"),
    ]


def test_box_lines_are_the_goals_actions_with_doer_and_time():
    x = _classify(_programme())
    assert [m.text for m in x.measures] == [
        "En välkomstbroschyr på fem språk delas ut på servicekontoret",
        "Öppet hus på biblioteket för nyinflyttade",
        "Modersmålsundervisning ordnas för minst tre elever",
        "Skolstartsträff för nya familjer"]
    goals = {g.id: g.text for g in x.goals}
    assert [goals[m.goals[0]] for m in x.measures] == ["Mål 1. Nya invånare hittar rätt service"] * 2 \
        + ["Mål 2. Barn klarar skolan"] * 2
    assert [m.responsible for m in x.measures] == [["kommunkansliet"], ["biblioteket"], ["skolkansliet"], ["skolkansliet"]]
    assert x.measures[1].partners == ["Exempelby hembygdsförening"]
    assert [m.schedule for m in x.measures] == ["från 2026", "vår och höst", "läsårsvis", "augusti"]


def test_box_lines_under_so_we_know_are_indicators():
    x = _classify(_programme())
    assert [i.text for i in x.indicators] == ["Antal utdelade broschyrer", "Antal besökare på öppet hus",
                                              "Andel elever med avgångsbetyg"]


def test_sentences_under_a_role_heading_stay_prose():
    x = _classify([
        _h("Mål 1. Nya invånare hittar rätt service", 2),
        _h("Det här gör vi", 3),
        _p("Vi har under förra perioden arbetat med information."),
        _p("Det fungerade väl och fortsätter."),
    ])
    assert not [i for i in x.indicators]
    assert all("förra perioden" not in m.text for m in x.measures)


def test_a_distributive_or_a_month_alone_is_a_time():
    # 'läsårsvis' (each school year) as 'årsvis'; a month alone is that month each year
    assert opens_with_time("läsårsvis") and opens_with_time("terminsvis")
    assert opens_with_time("augusti")


def test_a_label_word_or_a_numbered_title_heads_no_box_and_fields_are_no_items():
    from classifiers.elements import Element
    from classifiers.role_boxes import read_role_boxes

    els = read_role_boxes([
        Element("heading", "Bilaga 1. Åtgärder 2024–2027"), Element("para", "Kompetenskartläggning för nya kunder"),
        Element("heading", "Åtgärder"), Element("para", "Kartläggning av barnets språkutveckling"),
        Element("heading", "Det här gör vi"), Element("para", "Ansvar: Bildningssektorn"),
        Element("heading", "Det här gör vi"), Element("para", "Läxhjälp i biblioteket (biblioteket, 2026)"),
    ])
    assert [e.kind for e in els if e.kind != "heading"] == ["para", "para", "para", "bullet"]


def test_a_meter_noun_plural_alone_heads_an_indicator_box():
    # a one-column 'Indikatorer' box under its caption heading: one indicator a line; the
    # one word 'Åtgärder' still heads no box (a card's label, its fields read as fields)
    x = _classify([
        _h("Mål 1. Nya invånare hittar rätt service", 2),
        _h("Åtgärder", 3),
        _p("• Välkomstbroschyr på fem språk (kommunkansliet, 2026)"),
        _h("Uppföljning av målet", 3),
        _h("Indikatorer", 4),
        _p("Antal utdelade broschyrer"),
        _p("Andel nya invånare som hittat servicekontoret"),
    ])
    assert [i.text for i in x.indicators] == ["Antal utdelade broschyrer",
                                              "Andel nya invånare som hittat servicekontoret"]
