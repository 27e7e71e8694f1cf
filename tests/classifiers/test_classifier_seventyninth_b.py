"""Seventy-ninth blind set, second reader (blind471, blind472): the conventions read, each
with made-up text."""
from blocks_doc import classify_blocks, heading, paragraph

from classifiers.reader_shared import dotted_goal_label, goal_field


def _table(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_goal_field_numbered_in_roman_numerals():
    # 'Huvudmål II: ...' as 'Huvudmål 2: ...' or 'Huvudmål B: ...' is read
    assert goal_field("Huvudmål II: Alla har en trygg bostad.") == ("Alla har en trygg bostad", "II")
    assert goal_field("Mål IV: Fler unga studerar vidare.") == ("Fler unga studerar vidare", "IV")
    # lower case is no numeral ('Mål i: ...')
    assert goal_field("Mål vi: Fler unga studerar vidare.") is None


def test_dotted_goal_label_under_roman_numeral():
    # 'Mål II.1 X' as 'Mål 2.1 X': sub-goal 1 of main goal II
    assert dotted_goal_label("Mål II.1 Familjer hittar en bostad snabbt") == \
        ("II.1", "Familjer hittar en bostad snabbt")
    assert dotted_goal_label("Mål ii.1 Familjer hittar en bostad snabbt") is None


def test_main_goals_and_sub_goals_numbered_in_roman_numerals():
    doc = classify_blocks([
        heading("Integrationsprogram för Ekby 2025–2029", 1),
        heading("4. Mål och åtgärder", 2),
        heading("I ARBETE", 2),
        paragraph("Huvudmål I: Invandrare i Ekby har ett arbete."),
        paragraph("Mål I.1 Företagen anställer fler invandrare. Kommunen vill att de stannar."),
        paragraph("Mål I.2 Vuxna kan läsa svenska nära hemmet."),
        _table(["Nr", "Kommunens åtgärd", "Ansvarig"],
               [["I.1.1", "Företagsbesök hos arbetsgivare", "Näringslivschefen"],
                ["I.2.1", "Kvällskurser i svenska", "Medborgarinstitutet"]], "Huvudmål I"),
        heading("II BOENDE", 2),
        paragraph("Huvudmål II: Alla har en bra bostad."),
        paragraph("Mål II.1 Familjer hittar bostad snabbt."),
        _table(["Nr", "Kommunens åtgärd", "Ansvarig"],
               [["II.1.1", "Bostadsrådgivning på tre språk", "Bostadsbolaget"]], "Huvudmål II"),
        heading("5. Uppföljning", 2),
        paragraph("Rapporten görs varje år."),
    ])
    goals = {g.text: g for g in doc.goals}
    assert set(goals) == {"Invandrare i Ekby har ett arbete", "Företagen anställer fler invandrare",
                          "Vuxna kan läsa svenska nära hemmet", "Alla har en bra bostad",
                          "Familjer hittar bostad snabbt"}
    assert goals["Alla har en bra bostad"].theme == "BOENDE"
    assert goals["Familjer hittar bostad snabbt"].theme == "BOENDE"
