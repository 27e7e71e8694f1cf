"""A welfare plan naming its integration programme by the plan's own part ('... ingår i denna
plan som prioritering 2'): the chapter whose heading carries that part is the programme, the
other priorities' goals and actions are the plan's (chapter_of_plan.py)."""
from classifiers import classify
from classifiers.chapter_of_plan import programme_part
from tests.classifiers.blocks_doc import blocks_document


def test_part_named_by_priority():
    assert programme_part(["Integrationsprogrammet ingår i denna plan som prioritering 2."]) \
        == ("prioritering", "2")
    assert programme_part(["Prioritering 2 handlar om äldre."]) is None


def _table(goal, action, doer):
    return {"type": "table", "caption": None, "columns": ["Målsättning", "Åtgärder", "Ansvar"],
            "rows": [[goal, action, doer]]}


def test_other_priorities_are_dropped():
    doc = blocks_document({"title": "Välfärdsplan 2026–2029", "blocks": [
        {"type": "paragraph", "text": "Integrationsprogrammet enligt lagen om främjande av integration "
                                      "ingår i denna plan som prioritering 2."},
        {"type": "heading", "level": 2, "text": "1 Prioritering 1: Psykisk hälsa"},
        _table("Unga mår bättre", "Skolkuratorer i alla skolor", "Bildningssektorn"),
        {"type": "heading", "level": 2, "text": "2 Prioritering 2: Integration"},
        _table("Nya invånare lär sig svenska", "Språkcafé varje vecka", "Biblioteket"),
    ]})
    r = classify(doc)
    assert [g.text for g in r.goals] == ["Nya invånare lär sig svenska"]
    assert [m.text for m in r.measures] == ["Språkcafé varje vecka"]
