"""'Signaler på framsteg: a; b.' after a goal's actions: each sign is the action it counts by
its words; 'Uppföljning: a; b.' follows the goal up as a whole (read_paragraphs._indicator_field,
success_label.signs_label)."""
from classifiers import classify
from tests.classifiers.blocks_doc import blocks_document


def _doc(label):
    return blocks_document({"title": "Integrationsprogram 2026–2029", "blocks": [
        {"type": "heading", "level": 2, "text": "1. Gemenskap"},
        {"type": "paragraph", "text": "Målet är att nya och gamla invånare möts oftare."},
        {"type": "bullets", "items": ["Grannfest i parken varje juni – ansvar: fritidsnämnden",
                                      "Föreningarna får startbidrag för flerspråkiga evenemang – ansvar: kulturnämnden"]},
        {"type": "paragraph", "text": f"{label}: antal deltagare på grannfesten; antal beviljade startbidrag."},
    ]})


def _links(doc):
    r = classify(doc)
    by_id = {m.id: m.text for m in r.measures}
    return {i.text: by_id.get(i.measure) for i in r.indicators}


def test_signs_each_count_their_action():
    assert _links(_doc("Signaler på framsteg")) == {
        "antal deltagare på grannfesten": "Grannfest i parken varje juni",
        "antal beviljade startbidrag": "Föreningarna får startbidrag för flerspråkiga evenemang"}


def test_follow_up_field_stays_the_goals():
    assert set(_links(_doc("Uppföljning")).values()) == {None}
