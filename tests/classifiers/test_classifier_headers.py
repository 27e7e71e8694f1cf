import pytest

from classifiers.headers import header_role, is_structure_header, map_columns


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
