"""Seventy-ninth blind set, first reader (blind469–blind470): the conventions read, each
with made-up text."""
from blocks_doc import bullets, classify_blocks, heading, paragraph

from classifiers.prose import goal_heading_number, is_goal_heading


def _table(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_a_goal_numbered_within_a_roman_area_heads_its_goal():
    # 'Mål II.1 Barnen …': the goal's number is its area's roman numeral and its own number
    assert is_goal_heading("Mål II.1 Barnen trivs i skolan")
    assert goal_heading_number("Mål II.1 Barnen trivs i skolan") == "II.1"
    assert goal_heading_number("Delmål IV.2: Fler deltar i föreningarna") == "IV.2"
    # a roman numeral alone after the label is no goal number; nor lower case
    assert not is_goal_heading("Mål II Barnen trivs i skolan")
    assert not is_goal_heading("Mål ii.1 barnen trivs i skolan")


def test_roman_area_goal_codes_in_a_meter_table_name_their_goals():
    doc = classify_blocks([
        heading("Integrationsprogram för Björnholm 2025–2028", 1),
        heading("4 Mål och åtgärder", 2),
        heading("I Arbete", 2),
        heading("Mål I.1 Nyinflyttade får arbete snabbare", 3),
        paragraph("Arbetslösheten är hög bland de nyinflyttade. Åtgärder:"),
        bullets("1. Arbetsgivarträffar ordnas varje vår.", "2. Praktikplatser erbjuds i kommunens enheter."),
        heading("Mål I.2 Vuxna lär sig svenska", 3),
        paragraph("Kurserna har ordnats långt borta. Åtgärder:"),
        bullets("3. Kvällskurser i svenska ordnas i kommunen."),
        heading("II Fritid", 2),
        heading("Mål II.1 Barnen deltar i fritidsverksamheten", 3),
        paragraph("Få barn deltar i föreningarna. Åtgärder:"),
        bullets("4. Avgiftsfria provveckor i idrottsföreningarna."),
        heading("Mål II.2 Familjerna känner till kommunens service", 3),
        paragraph("Informationen når inte alla. Åtgärder:"),
        bullets("5. Välkomstpaket delas ut till nyinflyttade familjer."),
        _table(["Mål", "Mätare", "Nuläge 2024"], [
            ["II.1", "Antal barn på provveckorna", "10"],
            ["II.2", "Antal utdelade välkomstpaket", "–"],
        ]),
    ])
    goals = {g.id: g.text for g in doc.goals}
    assert len(doc.goals) == 4
    by = {" ".join(i.text.split()): i for i in doc.indicators}
    assert goals[by["Antal barn på provveckorna"].goal].endswith("Barnen deltar i fritidsverksamheten")
    assert goals[by["Antal utdelade välkomstpaket"].goal].endswith("Familjerna känner till kommunens service")
    meas = {m.text.split(".", 1)[1].strip()[:10]: m for m in doc.measures}
    assert goals[meas["Avgiftsfri"].goal].endswith("Barnen deltar i fritidsverksamheten")
