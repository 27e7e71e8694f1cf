import pytest

from classifiers.headers import field_label, header_role, is_structure_header, label_role, map_columns


@pytest.mark.parametrize("header,role", [
    ("Mål", "goal"), ("Målsättningar", "goal"), ("Tyngdpunkt", "goal"),
    ("Åtgärd", "measure"), ("Åtgärd/metod", "measure"), ("Metod", "measure"),
    ("Sammanfattning av åtgärderna", "measure"),
    ("Indikator", "indicator"), ("Mätare", "indicator"), ("Uppföljning", "indicator"),
    ("Mätare för integrationsprogrammet", "indicator"),
    ("Ansvar", "responsible"), ("Ansvariga aktörer", "responsible"), ("Ansvarsinstans", "responsible"),
    ("Ansvarig aktör för uppföljningen och källa", "responsible"),
    ("Samarbetspartner", "partners"), ("Ansvarspart och partner", "actors"),
    ("Tidtabell", "schedule"),
    # OCR-damaged headers
    ("Atgard", "measure"), ("Ätgärd/metod", "measure"), ("Matare", "indicator"), ("Mal", "goal"),
    ("Ansvarsinstans".replace("i", "l", 1), "responsible"), ("Tidtabel1", "schedule"),
    ("Samarbetspartncr", "partners"), ("Indlkator", "indicator"),
    # not structure words
    ("Begrepp", None), ("Beskrivning", None), ("Källa", None), ("Målgrupp", None),
])
def test_header_roles(header, role):
    assert header_role(header) == role


def test_structure_header_needs_two_roles_with_content():
    assert is_structure_header(["Mål", "Åtgärd", "Tidtabell", "Ansvarspart och partner", "Mätare"])
    assert map_columns(["Mål", "Åtgärd", "Tidtabell", "Ansvarspart och partner", "Mätare"]) == {
        0: "goal", 1: "measure", 2: "schedule", 3: "actors", 4: "indicator"}
    assert not is_structure_header(["Person med utländsk bakgrund", "En person vars båda föräldrar ..."])
    assert not is_structure_header(["Ansvar", "Tidtabell"])


# Other programmes' words for the same columns (bench.header_words scores whole programs
# typeset with them); every word below is made up for the test or general Swedish usage.
@pytest.mark.parametrize("header,role", [
    # a compound names the role of its last part
    ("Huvudmål", "goal"), ("Kvalitetsmål", "goal"), ("Förbättringsåtgärder", "measure"),
    ("Stödinsatser", "measure"), ("Huvudansvarig", "responsible"), ("Projektpartner", "partners"),
    ("Resultatindikatorer", "indicator"), ("Kvalitetsmått", "indicator"),
    # more words of each role
    ("Handlingar", "measure"), ("Nyckeltal", "indicator"), ("Utförare", "responsible"),
    ("Ledande aktör", "responsible"), ("Medverkande", "partners"), ("Samverkan", "partners"),
    ("Samarbetsorganisationer", "partners"), ("Berörda aktörer", "actors"),
    ("Tidplan", "schedule"), ("Genomförandetid", "schedule"), ("Datum", "schedule"),
    ("Klart senast", "schedule"),
    # phrases
    ("Så följer vi upp", "indicator"), ("Tillsammans med", "partners"),
    ("Önskad situation", "goal"), ("Förväntade effekter", "goal"),
    # questions, by their question word and verb
    ("Vad vill vi nå?", "goal"), ("Vad gör vi?", "measure"), ("När genomförs det?", "schedule"),
    ("Vem leder arbetet?", "responsible"), ("Vem deltar?", "partners"),
    ("Vem ansvarar och vem medverkar?", "actors"), ("Hur mäter vi?", "indicator"),
    ("Hur?", "measure"), ("Vilka åtgärder?", "measure"), ("Vad behöver förändras?", "goal"),
    ("Syftet", "goal"),
    # a Finnish word after the Swedish one
    ("Mål / Tavoitteet", "goal"), ("Åtgärd / Toimenpiteet", "measure"),
    ("Ansvar / Vastuuhenkilö", "responsible"), ("Mätare / Mittarit", "indicator"),
    # a header wrapped in its cell
    ("Vem samarbetar\xad\nvi med?", "partners"),
    # not structure words
    ("Normal", None), ("Optimal nivå", None), ("Handlingsplan", None), ("Vad är integration?", None),
    ("Hur vi arbetar med boende", None), ("Samtal", None), ("Modersmål", None),
    # cooperation words name partners in a short header, not in a heading or sentence
    ("Samarbete med tredje sektorn kring fritidsverksamhet för unga", None),
    ("Målet nås i samarbete med föreningarna i staden", "goal"),
])
def test_other_programmes_header_words(header, role):
    assert header_role(header) == role


def test_question_header_row_maps_every_column():
    assert map_columns(["Vad vill vi uppnå?", "Hur gör vi det?", "Vem ansvarar?",
                        "Vem samarbetar vi med?", "När?", "Hur vet vi att vi lyckats?"]) == {
        0: "goal", 1: "measure", 2: "responsible", 3: "partners", 4: "schedule", 5: "indicator"}


@pytest.mark.parametrize("label,role", [
    ("Planerade åtgärder", "measure"), ("Ansvarig förvaltning", "responsible"),
    ("Tidsplan för genomförande", "schedule"), ("Mätbara indikatorer", "indicator"),
    ("Indikator för att följa upp målet", "indicator"), ("Övriga samverkande aktörer", "partners"),
    ("Slutdatum", "schedule"), ("Involverade", "actors"),
    ("Uppföljningsindikatorer / Seurantamittarit", "indicator"),
    # no field of a measure
    ("Målgrupp", None), ("Bakgrund", None), ("Mål 2", None),
    ("Det här programmet beskriver hur kommunen och dess partner arbetar", None),
    # a line of running text that starts with a structure word ('samarbete stödjer ...')
    ("samarbete stödjer", None),
])
def test_field_labels_qualify_their_structure_word(label, role):
    assert label_role(label) == role


def test_a_long_label_is_still_a_field():
    assert field_label("Uppföljningsindikatorer / Seurantamittarit: Antalet deltagare") == (
        "Uppföljningsindikatorer / Seurantamittarit", "indicator")


def test_without_its_colon_a_label_is_made_of_structure_words_alone():
    # the first line of a table cell: 'Åtgärder' leads a row of its own, a qualified phrase
    # does not (it may be the start of a sentence)
    assert label_role("Åtgärder", free_words=0) == "measure"
    assert label_role("Ansvarspart och partner", free_words=0) == "actors"
    assert label_role("Planerade åtgärder", free_words=0) is None
