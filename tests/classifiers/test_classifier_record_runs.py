"""Where a run of records ends (classifiers/records.py): a card's empty field, a field whose
label carries its unit in brackets, and a labelled paragraph after the cards that is the
text's (a goal's indicator), not a field of the last card."""

from __future__ import annotations

from blocks_doc import bullets, classify_blocks, heading, paragraph

from classifiers.records import fields


def _kv_card(measure: str, actor: str, partner: str = "", cost: str = "0") -> dict:
    return {"type": "table", "caption": None, "columns": [], "rows": [
        ["Åtgärder", measure], ["Ansvarig aktör", actor], ["Tidsplan", "2025"],
        ["Samarbetspartner", partner], ["Kostnad (€/år)", cost]]}


def _card(measure: str, actor: str, *more: str) -> list[dict]:
    return [paragraph(f"Åtgärd: {measure}"), paragraph(f"Ansvar: {actor}"), paragraph("Tidtabell: 2025"),
            *[paragraph(x) for x in more]]


def test_a_label_value_card_with_an_empty_field_is_still_a_record():
    px = classify_blocks([
        heading("Mål 1: Barn lyckas i skolan", 2),
        _kv_card("Förberedande undervisning i alla skolor", "Bildningssektorn"),
        _kv_card("Studiehandledning på eget språk", "Bildningssektorn", "Föräldraföreningarna"),
    ])
    assert [m.text for m in px.measures] == ["Förberedande undervisning i alla skolor",
                                            "Studiehandledning på eget språk"]


def test_a_labelled_paragraph_after_label_value_cards_is_the_goals_indicator():
    px = classify_blocks([
        heading("Mål 1: Nya invånare får information", 2),
        _kv_card("Rådgivningspunkt i servicetorget", "Stadskansliet", "Välfärdsområdet"),
        _kv_card("Välkomstpaket på sex språk", "Stadskansliet", "Biblioteket"),
        paragraph("Mätare: antal besök vid rådgivningspunkten per år"),
    ])
    (ind,) = px.indicators
    assert ind.text == "antal besök vid rådgivningspunkten per år" and ind.measure is None


def test_a_field_whose_label_gives_its_unit_in_brackets_is_a_field_of_the_card():
    px = classify_blocks([
        heading("Mål 1: Fler hittar arbete", 2),
        *_card("Arbetsprövning i stadens enheter", "Personalenheten", "Kostnad (€/år): 10 000",
               "Samarbetspartner: Sysselsättningsområdet"),
        *_card("Kvällskurser i finska", "Arbetarinstitutet", "Kostnad (€/år): 12 000",
               "Samarbetspartner: Föreningarna"),
    ])
    assert [m.partners for m in px.measures] == [["Sysselsättningsområdet"], ["Föreningarna"]]


def test_an_indicator_after_cards_that_carry_none_follows_up_the_goal():
    px = classify_blocks([
        heading("Mål 1: Barn lyckas i skolan", 2),
        *_card("Förberedande undervisning", "Bildningssektorn"),
        *_card("Modersmålsundervisning", "Bildningssektorn"),
        paragraph("Mätare: andelen elever som avlägger avgångsbetyg"),
    ])
    (ind,) = px.indicators
    assert ind.measure is None


def test_the_last_cards_indicator_is_its_own_where_the_documents_cards_carry_indicators():
    px = classify_blocks([
        heading("Mål 1: Nya invånare får service", 2),
        *_card("Servicepunkten i kommungården", "Medborgarservicen", "Indikator: Antal kundbesök"),
        *_card("Välkomstbrev till alla", "Medborgarservicen", "Indikator: Andel som fått brevet"),
        heading("Mål 2: Goda relationer mellan invånarna", 2),
        *_card("Byaföreningarna bjuder in nya invånare", "Kommunstyrelsen"),
        *_card("Evenemang under Veckan mot rasism", "Fritidsavdelningen", "Indikator: Antal evenemang"),
    ])
    last = next(m for m in px.measures if m.text.startswith("Evenemang"))
    assert next(i for i in px.indicators if i.text == "Antal evenemang").measure == last.id


def test_a_label_asking_its_question_is_a_field_even_run_together_with_the_line_above():
    assert fields("År: 2025–2028 Hur mäts det?: Andel kartläggningar") == [
        ("schedule", "År", "2025–2028"), ("indicator", "Hur mäts det?", "Andel kartläggningar")]
    px = classify_blocks([
        heading("Mål 1: Fler hittar arbete", 2),
        *_card("Arbetsprövning i stadens enheter", "Personalenheten", "Hur mäts det?: Antal platser per år"),
        *_card("Kvällskurser i finska", "Arbetarinstitutet", "Hur mäts det?: Antal deltagare"),
    ])
    assert [(i.text, i.measure) for i in px.indicators] == [("Antal platser per år", "m1"), ("Antal deltagare", "m2")]


def test_a_question_label_after_a_value_in_words_is_a_field_of_its_own():
    # the value before it ('Löpande', 'Varje vår') is no part of the question: the label is
    # the question from its capital on, in lower case to the '?:'
    assert fields("År: Löpande Hur mäts resultatet?: Antal kurser") == [
        ("schedule", "År", "Löpande"), ("indicator", "Hur mäts resultatet?", "Antal kurser")]
    assert fields("Tidtabell: Hösten Vem ansvarar?: Kulturenheten") == [
        ("schedule", "Tidtabell", "Hösten"), ("responsible", "Vem ansvarar?", "Kulturenheten")]
    assert fields("Tidtabell: Varje vår Hur mäts det?: Andel nöjda deltagare") == [
        ("schedule", "Tidtabell", "Varje vår"), ("indicator", "Hur mäts det?", "Andel nöjda deltagare")]


def test_a_list_under_the_cards_that_is_no_cards_share_follows_up_the_goal():
    # three cards, each ending on its schedule, then a list of two: not one item per card
    # (_share_indicators), so not the last card's field but the goal's indicators
    px = classify_blocks([
        heading("Mål 1: Barn lyckas i skolan", 2),
        *_card("Förberedande undervisning", "Bildningssektorn"),
        *_card("Modersmålsundervisning", "Bildningssektorn"),
        *_card("Läxhjälp i biblioteket", "Biblioteket"),
        paragraph("Indikatorer:"),
        bullets("andelen elever som avlägger avgångsbetyg", "antalet elever i modersmålsundervisning"),
    ])
    assert [(i.text, i.measure) for i in px.indicators] == [
        ("andelen elever som avlägger avgångsbetyg", None), ("antalet elever i modersmålsundervisning", None)]
