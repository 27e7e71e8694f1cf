"""Hundred-and-third blind set (p6): key-value action cards numbered by their theme's letter,
'Insatsområde A' / 'Målsättning A1: …' / 'Åtgärd A1.1: …' over one field a line ('Ansvarig:',
'Samarbetspartner:', 'Tidtabell:', 'Mätare:'), and a card's numbered label set right under
the field line closing the card above."""

from __future__ import annotations

from classifiers import classify
from classifiers.elements import document_elements
from classifiers.text import normalize_for_match
from tests.classifiers.placed_lines import LinePage


def _cards(p: LinePage, area: str, goal: str, gap: float = 6) -> None:
    p.line("Integrationsprogram för Exempelby 2024–2027", size=18, bold=True)
    p.line("Programmet beskriver hur kommunen arbetar med integration under perioden.", before=8)
    p.line(f"Insatsområde {area}: Arbete och boende", size=13, bold=True, before=10)
    p.line(f"Målsättning {goal}: Tryggt boende för nyinflyttade", size=11, bold=True, before=9)
    p.line(f"Åtgärd {goal}.1: Bostadsrådgivning för nyinflyttade familjer", before=gap)
    p.line("Ansvarig: Fastighetssektorn", before=gap)
    p.line("Samarbetspartner: Röda Korset", before=gap)
    p.line("Tidtabell: 2024–2025", before=gap)
    p.line("Mätare: Antal rådgivningar per år", before=gap)
    p.line(f"Åtgärd {goal}.2: Guide för boende på flera språk", before=gap)
    p.line("Ansvarig: Boenderådgivarna", before=gap)
    p.line("Samarbetspartner: –", before=gap)
    p.line("Tidtabell: –", before=gap)
    p.line("Mätare: –", before=gap)


def test_actions_labelled_with_a_letter_code_are_read_as_numbered_ones():
    # 'Åtgärd A1.1: …': the theme's letter before the action's number is part of its code
    # (as 'Åtgärd 1.1: …'), the label no part of what is done, the lines under it its fields
    p = LinePage()
    _cards(p, "A", "A1")
    px = classify(p.doc())
    m1, m2 = px.measures
    assert (m1.text, m1.responsible, m1.partners, m1.schedule) == (
        "Bostadsrådgivning för nyinflyttade familjer", ["Fastighetssektorn"], ["Röda Korset"], "2024–2025")
    assert (m2.text, m2.responsible) == ("Guide för boende på flera språk", ["Boenderådgivarna"])
    assert [(i.text, i.measure) for i in px.indicators] == [("Antal rådgivningar per år", m1.id)]


def test_goal_label_with_a_letter_code_is_no_part_of_the_goal():
    # 'Målsättning A1: X' is goal X, as 'Målsättning 1: X' is (the letter names its theme)
    assert normalize_for_match("Målsättning A1: Fler invandrare i arbete") == "fler invandrare i arbete"
    assert normalize_for_match("Mål B2.1. Alla barn läser") == "alla barn läser"
    # (the number alone, as before)
    assert normalize_for_match("Mål 2: Alla i arbete") == "alla i arbete"


def test_numbered_label_right_under_a_field_line_starts_the_next_card():
    # 'Mätare: X' / 'Åtgärd 1.2: Y' with no gap between them (a card print's tight lines): the
    # numbered label opens the next card, it does not go on with the meter's value
    p = LinePage()
    _cards(p, "1", "1", gap=0)
    texts = [e.text for e in document_elements(p.doc())]
    assert "Mätare: Antal rådgivningar per år" in texts
    assert "Åtgärd 1.2: Guide för boende på flera språk" in texts
