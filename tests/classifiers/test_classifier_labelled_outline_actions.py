"""An action printed as a heading opened by its label and outline number with no stop after
the number ('Insats 2.1.1 Kvällskurser i byarna'), over an optional description and a
bulleted list of its fields (classifiers/records.py `_labelled_action_match`,
classifiers/bulleted_fields.py `_under_labelled_action`)."""

from __future__ import annotations

from classifiers import classify
from tests.classifiers.placed_lines import LinePage


def _intro(p: LinePage) -> None:
    p.line("Integrationsprogram för Exempelby 2024–2027", size=18, bold=True)
    p.line("Programmet beskriver hur kommunen arbetar med integration under perioden.", before=8)
    p.line("Huvudmål 2: Språk och arbete", size=13, bold=True, before=10)
    p.line("Delmål 2.1: Alla vuxna kan lära sig svenska på hemorten.", before=6)


def test_labelled_outline_heading_over_a_description_and_bulleted_fields_is_the_action():
    p = LinePage()
    _intro(p)
    p.line("Insats 2.1.1 Kvällskurser i byarna", size=11, bold=True, before=8)
    p.line("Kurserna ordnas i byaskolorna två kvällar i veckan under terminerna.", before=3)
    p.line("• Ansvarig: medborgarinstitutet", x=72, before=3)
    p.line("• Samarbetspartner: byaföreningarna", x=72, before=3)
    p.line("• Tidtabell: 2025–2027", x=72, before=3)
    p.line("• Mätare: antal kursdeltagare per termin", x=72, before=3)
    p.line("Insats 2.1.2 Läxhjälp för vuxna", size=11, bold=True, before=8)
    p.line("• Ansvarig: biblioteket", x=72, before=3)
    p.line("• Tidtabell: fortlöpande", x=72, before=3)
    px = classify(p.doc())
    m1, m2 = px.measures
    assert m1.text.endswith("Kvällskurser i byarna") and m2.text.endswith("Läxhjälp för vuxna")
    assert (m1.responsible, m1.partners, m1.schedule) == (["medborgarinstitutet"], ["byaföreningarna"], "2025–2027")
    assert (m2.responsible, m2.schedule) == (["biblioteket"], "fortlöpande")
    assert [(i.text, i.measure) for i in px.indicators] == [("antal kursdeltagare per termin", m1.id)]
