"""A sentence saying what a goal is like to measure or reach ('Målsättningen om X är svår att
mäta', 'Målet är lätt att följa upp'): the 'att' completes the adjective, no content clause
of the goal -- a remark on the goal, no goal stated (classifiers.prose.is_goal_sentence,
`_INFINITIVE_ADJECTIVES`). A label's goal whose own subject is what is easy ('Mål 5:
Servicen är lätt att hitta') stays a goal."""

from blocks_doc import blocks_document

from classifiers import classify
from classifiers.prose import is_goal_sentence


def test_adjective_before_att_is_no_goal():
    assert not is_goal_sentence("Målsättningen om trygghet är svår att mäta, och därför görs en enkät 2027.")
    assert not is_goal_sentence("Målet är svårt att följa upp med registerdata.")
    # the goal noun's own content clause, and a label's goal, stay goals
    assert is_goal_sentence("Målet är att servicen är lätt att hitta.")
    assert is_goal_sentence("Mål 3: Kommunens service är lätt att hitta och förstå.")


def test_remark_in_indicator_chapter_gives_no_goal():
    doc = classify(blocks_document({"slug": "t", "title": "Integrationsprogram för Exempelby 2026–2029", "blocks": [
        {"type": "heading", "level": 1, "text": "Mål"},
        {"type": "paragraph", "text": "Målet är att alla nyinflyttade får information om kommunens service."},
        {"type": "heading", "level": 1, "text": "Indikatorer"},
        {"type": "paragraph", "text": "Indikatorerna mäter inte allt. Särskilt målsättningen om trygghet är svår att "
                                      "mäta, och därför kompletteras de med en enkät 2027."}]}))
    assert [g.text for g in doc.goals] == ["Målet är att alla nyinflyttade får information om kommunens service."]
