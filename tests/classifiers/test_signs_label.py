"""'Tecken på att vi nått nivå 2: a; b.' -- the signs that a level or goal is reached label
its indicators, as 'Så vet vi att vi lyckats:' does (success_label.py)."""
from classifiers import classify
from classifiers.success_label import success_label
from tests.classifiers.blocks_doc import blocks_document


def test_signs_label():
    assert success_label("Tecken på att vi nått nivå 2")
    assert success_label("Tecken på att vi har lyckats")
    assert not success_label("Tecken på att vi behöver mer resurser")


def test_signs_paragraph_gives_indicators():
    doc = blocks_document({"title": "Integrationsprogram 2026–2029", "blocks": [
        {"type": "heading", "level": 2, "text": "1. Språk"},
        {"type": "paragraph", "text": "Målet är att alla vuxna som vill lära sig svenska får en kursplats."},
        {"type": "bullets", "items": ["Kvällskurs i svenska – ansvar: bildningsnämnden, tidpunkt: 2026"]},
        {"type": "paragraph", "text": "Tecken på att vi nått nivå 2: kötid till kurs i veckor; kursen ordnad varje termin."},
    ]})
    texts = {i.text for i in classify(doc).indicators}
    assert {"kötid till kurs i veckor", "kursen ordnad varje termin"} <= texts
