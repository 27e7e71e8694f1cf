"""An action printed as a numbered heading over a card of question fields ('Varför:', 'Hur:',
'Vem:', 'När:', 'Uppföljning:'), typed as paragraphs or as one bulleted list
(classifiers/records.py `_heading_action`, classifiers/bulleted_fields.py)."""

from __future__ import annotations

from classifiers import classify
from tests.classifiers.placed_lines import LinePage


def _intro(p: LinePage) -> None:
    p.line("Integrationsprogram för Exempelby 2024–2027", size=18, bold=True)
    p.line("Programmet beskriver hur kommunen arbetar med integration under perioden.", before=8)
    p.line("Arbete och språk", size=13, bold=True, before=10)
    p.line("Mål 1: Alla vuxna kan lära sig svenska på hemorten.", before=6)


def test_why_and_how_lines_describe_the_numbered_action_heading_above_its_who_and_when():
    p = LinePage()
    _intro(p)
    p.line("1.1 Kvällskurser i svenska i byarna", size=11, bold=True, before=8)
    p.line("Varför: Långa resor hindrar många från att delta.", before=3)
    p.line("Hur: Kurser ordnas i byarnas skolor två kvällar i veckan.", before=3)
    p.line("Vem: Medborgarinstitutet i samarbete med byaföreningarna", before=3)
    p.line("När: 2025–2027", before=3)
    p.line("Uppföljning: Antalet kursdeltagare per termin", before=3)
    p.line("1.2 Läxhjälp för vuxna", size=11, bold=True, before=8)
    p.line("Varför: Många studerar på egen hand.", before=3)
    p.line("Hur: Frivilliga hjälper till på biblioteket.", before=3)
    p.line("Vem: Biblioteket", before=3)
    p.line("När: Fortlöpande", before=3)
    px = classify(p.doc())
    m1, m2 = px.measures
    assert m1.text.endswith("Kvällskurser i svenska i byarna") and m2.text.endswith("Läxhjälp för vuxna")
    assert (m1.responsible, m1.partners, m1.schedule) == (["Medborgarinstitutet"], ["byaföreningarna"], "2025–2027")
    assert (m2.responsible, m2.schedule) == (["Biblioteket"], "Fortlöpande")
    assert [(i.text, i.measure) for i in px.indicators] == [("Antalet kursdeltagare per termin", m1.id)]


def test_a_bulleted_card_of_question_fields_under_a_numbered_action_heading():
    p = LinePage()
    _intro(p)
    p.line("1.1 Kvällskurser i svenska i byarna", size=11, bold=True, before=8)
    p.line("• Varför: Långa resor hindrar många från att delta.", x=72, before=3)
    p.line("• Hur: Kurser ordnas i byarnas skolor två kvällar i veckan.", x=72, before=3)
    p.line("• Vem: Medborgarinstitutet i samarbete med byaföreningarna", x=72, before=3)
    p.line("• När: 2025–2027", x=72, before=3)
    p.line("• Uppföljning: Antalet kursdeltagare per termin", x=72, before=3)
    p.line("1.2 Läxhjälp för vuxna", size=11, bold=True, before=8)
    p.line("• Varför: Många studerar på egen hand.", x=72, before=3)
    p.line("• Hur: Frivilliga hjälper till på biblioteket.", x=72, before=3)
    p.line("• Vem: Biblioteket", x=72, before=3)
    p.line("• När: Fortlöpande", x=72, before=3)
    px = classify(p.doc())
    m1, m2 = px.measures
    assert m1.text.endswith("Kvällskurser i svenska i byarna") and m2.text.endswith("Läxhjälp för vuxna")
    assert (m1.responsible, m1.partners, m1.schedule) == (["Medborgarinstitutet"], ["byaföreningarna"], "2025–2027")
    assert (m2.responsible, m2.schedule) == (["Biblioteket"], "Fortlöpande")
    assert [(i.text, i.measure) for i in px.indicators] == [("Antalet kursdeltagare per termin", m1.id)]
