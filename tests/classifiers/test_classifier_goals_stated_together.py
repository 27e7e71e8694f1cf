"""Actions under goals their section's text stated together (classifiers/goals_stated_together.py):
a chapter states two goals in its running text and lists its actions once for both; an action
sharing a word of meaning with one goal only serves that goal, one sharing words with both or
neither serves the goals together, and a goal with its sub-goal is no such pair."""

from blocks_doc import blocks_document

from classifiers import classify
from classifiers.goals_stated_together import goal_of_action


def _classify(blocks):
    return classify(blocks_document({"slug": "t", "title": "Integrationsprogram för Exempelby 2026–2029",
                                     "blocks": blocks}))


def _chapter(goal_paragraphs, items):
    return [{"type": "heading", "level": 1, "text": "3 BOENDE OCH FÖRETAGANDE"},
            *({"type": "paragraph", "text": t} for t in goal_paragraphs),
            {"type": "heading", "level": 3, "text": "Åtgärder"},
            {"type": "bullets", "items": items}]


def _links(doc):
    goals = {g.id: g.text for g in doc.goals}
    return {m.text: [goals[g][:20] for g in (m.goals or [m.goal])] for m in doc.measures}


def test_each_action_serves_the_goal_it_speaks_of():
    doc = _classify(_chapter(
        ["Bostadsbristen är stor i Exempelby. Målet är att nyinflyttade hushåll hittar en hyresbostad "
         "inom en månad.",
         "Vi strävar också efter att fler inflyttade grundar ett eget företag."],
        ["Avtal med Exempelby Hem Ab om hyresbostäder för nya hushåll (tekniska sektorn)",
         "Kurser i företagande på engelska (näringslivsenheten)",
         "Informationsblad om kommunens tjänster (kansliet)"]))
    links = _links(doc)
    assert len(doc.goals) == 2 and len(doc.measures) == 3
    assert links["Avtal med Exempelby Hem Ab om hyresbostäder för nya hushåll"] == ["Målet är att nyinfly"]
    assert links["Kurser i företagande på engelska"] == ["Vi strävar också eft"]
    # a word of neither goal: the goals together, as stated
    assert links["Informationsblad om kommunens tjänster"] == ["Målet är att nyinfly", "Vi strävar också eft"]


def test_words_of_both_goals_or_none_say_nothing():
    goals = [("g1", "Målet är att nyinflyttade hushåll hittar en hyresbostad", None),
             ("g2", "Vi vill att fler inflyttade hushåll startar företag", None)]
    assert goal_of_action("Rådgivning om hyresbostäder", goals) == "g1"
    assert goal_of_action("Rådgivning för hushåll", goals) is None  # both goals' word
    assert goal_of_action("Informationsblad om tjänster", goals) is None  # neither goal's
    # 'till', 'från' and other function words are no words of meaning
    assert goal_of_action("Från och med hösten", goals) is None


def test_a_sub_goal_is_part_of_its_goal():
    goals = [("g1", "Målet är att sysselsättningen ökar", None),
             ("g2", "fler kvinnor hittar arbete", "g1")]
    assert goal_of_action("Mentorgrupp för kvinnor", goals) is None
