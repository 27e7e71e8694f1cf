"""A goal's actions planned as a timeline: 'Våren 2026: X (doer).' items under the paragraph
stating the goal are actions, the time label their schedule (timeline_items.py)."""
from classifiers import classify
from classifiers.timeline_items import leading_time_label
from tests.classifiers.blocks_doc import blocks_document


def test_time_label_is_split_off():
    assert leading_time_label("Mars 2027: Webbsidan översätts till tre språk (kansliet).") \
        == ("Mars 2027", "Webbsidan översätts till tre språk (kansliet).")
    assert leading_time_label("Ansvar: kansliet") is None
    assert leading_time_label("Språk: Alla barn lär sig svenska") is None


def _doc():
    table = {"type": "table", "caption": None, "columns": ["Mål", "Åtgärd", "Ansvar"],
             "rows": [["Fler vuxna talar svenska", "Språkcafé varje vecka", "biblioteket"]]}
    return blocks_document({"title": "Integrationsprogram 2026–2029", "blocks": [
        {"type": "heading", "level": 2, "text": "Språk"}, table,
        {"type": "heading", "level": 2, "text": "Service på flera språk"},
        {"type": "paragraph", "text": "Målet är att alla invånare får service på ett språk de förstår. "
                                      "Arbetet planeras som en tidslinje:"},
        {"type": "bullets", "items": ["Våren 2027: Webbsidan översätts till tre språk (kommunkansliet).",
                                      "Hösten 2027: Personalen utbildas i klarspråk (personalenheten)."]},
    ]})


def test_timeline_items_under_a_stated_goal_are_its_actions():
    r = classify(_doc())
    goal = next(g for g in r.goals if "service på ett språk" in g.text)
    timed = {m.text: m for m in r.measures if m.goal == goal.id}
    assert set(timed) == {"Webbsidan översätts till tre språk", "Personalen utbildas i klarspråk"}
    assert timed["Webbsidan översätts till tre språk"].schedule == "Våren 2027"
    assert timed["Personalen utbildas i klarspråk"].responsible == ["personalenheten"]
