"""Eighty-third blind set (blind493–blind498): a strategy's goals quoted as the strategy's
('Strategin har tre strategiska mål:'), an aim added right after a goal sentence ('Dessutom
strävar staden efter att …'), dated steps of the
follow-up ('Årlig rapport: april') and actions said to be other plans' ('… ingår i andra
program och följs upp där:')."""

from blocks_doc import blocks_document

from classifiers import classify
from classifiers.prose import goal_sentences, intro_kind, is_goal_sentence
from classifiers.schedule import dates_a_step


def _classify(blocks):
    return classify(blocks_document({"slug": "t", "title": "Integrationsprogram för Exempelby 2026–2029",
                                     "blocks": blocks}))


def test_a_document_holding_goals_as_subject_quotes_its_goals():
    assert intro_kind("Vår kommunstrategi antogs 2023. Strategin har fyra strategiska mål:") == "background"
    assert intro_kind("Stadsstrategin innehåller följande mål:") == "background"
    assert intro_kind("Lagen anger två mål:") == "background"
    # the programme's own goals, and a word merely ending as a document does ('förslagen')
    assert intro_kind("Programmet har fyra mål:") == "goal"
    assert intro_kind("Förslagen har två mål:") == "goal"


def test_strategy_goals_quoted_do_not_take_the_programmes_goal_numbers():
    doc = _classify([
        {"type": "heading", "level": 1, "text": "2 Kommunstrategin"},
        {"type": "paragraph", "text": "Strategin har två strategiska mål:"},
        {"type": "bullets", "items": ["Strategiskt mål 1: Exempelby växer och har ett livskraftigt näringsliv.",
                                      "Strategiskt mål 2: Invånarna i Exempelby trivs i sina byar."]},
        {"type": "heading", "level": 1, "text": "3 Målsättningar och åtgärder"},
        {"type": "heading", "level": 2, "text": "Målsättning 1. Nyinflyttade familjer hittar bostad snabbt"},
        {"type": "table", "columns": ["Åtgärd", "Ansvarig", "Tidtabell"],
         "rows": [["Bostadsrådgivning på engelska", "Tekniska sektorn", "2026"]]},
        {"type": "heading", "level": 2, "text": "Målsättning 2. Fler vuxna invandrare deltar i språkkurser"},
        {"type": "table", "columns": ["Åtgärd", "Ansvarig", "Tidtabell"],
         "rows": [["Språkkurser på kvällstid", "Medborgarinstitutet", "2027"]]},
    ])
    texts = [g.text for g in doc.goals]
    assert not any("Exempelby växer" in t or "trivs i sina byar" in t for t in texts)
    assert any("Nyinflyttade familjer hittar bostad" in t for t in texts)
    goal_of = {m.text: next(g.text for g in doc.goals if g.id == m.goal) for m in doc.measures}
    assert "Nyinflyttade familjer" in goal_of["Bostadsrådgivning på engelska"]
    assert "språkkurser" in goal_of["Språkkurser på kvällstid"]


def test_an_aim_added_right_after_a_goal_is_a_goal():
    para = ("Målet är att fler invandrare har arbete. Dessutom strävar kommunen efter att andelen "
            "anställda med utländsk bakgrund i kommunen ökar.")
    assert goal_sentences(para) == ["Målet är att fler invandrare har arbete.",
                                    "Dessutom strävar kommunen efter att andelen anställda med utländsk "
                                    "bakgrund i kommunen ökar."]
    # after a sentence describing work, one more effort described, no goal
    assert goal_sentences("Kommunen ordnar kurser för arbetssökande. Kommunen strävar också efter att "
                          "bygga upp ett nätverk med arbetsgivarna.") == []
    assert not is_goal_sentence("Dessutom strävar kommunen efter att andelen anställda ökar.", opens_paragraph=False)


def test_a_wish_introducing_the_principles_list_is_no_goal():
    # 'vi vill att arbetet vilar på följande principer:' names the list it opens, no goal
    assert not is_goal_sentence("I kommunen vill vi att arbetet bygger på följande principer:")
    assert not is_goal_sentence("Vi vill att arbetet ska följa dessa värderingar:")
    # a wish stating a goal still is one, colon or not
    assert is_goal_sentence("Vi vill att alla nyanlända får en introduktion till kommunen:")


def test_an_added_aim_is_read_as_a_goal_of_its_section():
    doc = _classify([
        {"type": "heading", "level": 1, "text": "4 Arbete"},
        {"type": "paragraph", "text": "Målet är att fler invandrare har arbete. Dessutom strävar kommunen efter "
                                      "att andelen anställda med utländsk bakgrund i kommunen ökar."},
        {"type": "table", "columns": ["Åtgärd", "Ansvarig", "Tidsplan"],
         "rows": [["Arbetspraktik för arbetssökande invandrare", "Sysselsättningstjänsterna", "2026"],
                  ["Mentorskap för anställda med utländsk bakgrund i kommunen", "Personalenheten", "2027"]]},
    ])
    assert len(doc.goals) == 2
    assert any(g.text.startswith("Dessutom strävar kommunen") for g in doc.goals)


def test_dated_steps_of_the_follow_up_are_no_meters():
    assert dates_a_step("Årlig rapport: april")
    assert dates_a_step("Halvtidsgenomgång: hösten 2027")
    assert not dates_a_step("Antal deltagare: årligen")
    assert not dates_a_step("Andel invånare som fått information på sitt språk: april")
    doc = _classify([
        {"type": "heading", "level": 1, "text": "6 Uppföljning"},
        {"type": "paragraph", "text": "Programmet följs upp varje år och rapporteras till kommunstyrelsen."},
        {"type": "bullets", "items": ["Årlig rapport: mars", "Slutrapport: december"]},
    ])
    assert doc.indicators == []


def test_actions_of_other_plans_are_no_actions():
    assert intro_kind("Följande åtgärder som berör integrationen ingår i andra program och följs upp där:") \
        == "background"
    assert intro_kind("Dessa åtgärder följs upp i respektive plan:") == "background"
    assert intro_kind("Kommunen genomför följande åtgärder:") == "measure"
    doc = _classify([
        {"type": "heading", "level": 1, "text": "5 Andra planer"},
        {"type": "paragraph", "text": "Följande åtgärder som berör integrationen ingår i andra program och "
                                      "följs upp där:"},
        {"type": "bullets", "items": ["äldreplanen: motion för äldre invånare",
                                      "skolplanen: läxhjälp i alla skolor"]},
    ])
    assert doc.measures == []


def test_a_company_name_opened_by_its_genitive_and_form_is_one_actor():
    from classifiers.actors import split_actors
    # 'Fastighets Ab' alone on a line of a narrow cell: the name goes on below it
    assert split_actors("Fastighets Ab\nExhem") == (["Fastighets Ab Exhem"], [])
    assert split_actors("Fastighets Ab\nExhem i\nsamarbete med\nbiblioteket") == (["Fastighets Ab Exhem"],
                                                                                   ["biblioteket"])
    # a name closed by its form, then the next actor: two
    assert split_actors("Exby Hyresbostäder Ab\nBiblioteket") == (["Exby Hyresbostäder Ab", "Biblioteket"], [])
