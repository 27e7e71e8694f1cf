"""A list the intro names as the principles or values the work follows ('Arbetet bygger på
följande principer, som gäller för alla åtgärder i programmet:') holds no actions, whatever
nouns the sentence goes on with (classifiers.prose.intro_kind, `_names_principles`)."""

from blocks_doc import blocks_document

from classifiers import classify
from classifiers.prose import intro_kind


def test_principles_named_as_the_list():
    assert intro_kind("Arbetet i kommunen bygger på följande principer, som gäller för alla åtgärder i planen:") == "background"
    assert intro_kind("Työ perustuu seuraaviin periaatteisiin, jotka koskevat kaikkia toimenpiteitä:") == "background"
    # the actions named as the list stay actions
    assert intro_kind("Vi genomför följande åtgärder, som bygger på principerna:") == "measure"


def test_principles_list_gives_no_measures():
    doc = classify(blocks_document({"slug": "t", "title": "Integrationsprogram för Exempelby 2026–2029", "blocks": [
        {"type": "heading", "level": 1, "text": "3 Grunden för arbetet"},
        {"type": "paragraph", "text": "Arbetet i kommunen bygger på följande principer, som gäller för alla åtgärder i planen:"},
        {"type": "bullets", "items": ["Alla invånare bemöts med respekt.",
                                      "Servicen ordnas i första hand inom den ordinarie verksamheten."]}]}))
    assert doc.measures == []


def test_principles_counted_by_a_quantifier():
    # 'några principer', 'tre principer': the list is the principles so counted, as after
    # 'följande' -- an action noun in the relative clause after them names none of its items
    assert intro_kind("Arbetet i kommunen bygger på några principer som gäller alla åtgärder i planen:") == "background"
    assert intro_kind("Integrationsarbetet styrs av tre principer som gäller alla insatser:") == "background"
    doc = classify(blocks_document({"slug": "t", "title": "Integrationsprogram för Exempelby 2026–2029", "blocks": [
        {"type": "heading", "level": 1, "text": "2 Grunden för arbetet"},
        {"type": "paragraph", "text": "Arbetet i kommunen bygger på några principer som gäller alla åtgärder i planen:"},
        {"type": "bullets", "items": ["alla invånare bemöts med respekt",
                                      "servicen ordnas i första hand inom den ordinarie verksamheten"]}]}))
    assert doc.measures == []
