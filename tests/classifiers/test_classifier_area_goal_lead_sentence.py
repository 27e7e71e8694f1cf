"""Seventy-ninth blind set (blind474) convention, on made-up text: an area-named goal heading
('Huvudmål 2 – Boende') over a paragraph that states the goal first and then describes the
area in sentences of its own: the lead sentence is the goal, the area its theme
(`area_goal_headings.lead_sentence_goal`). A paragraph opening on how things stand now ('… i
dag …') describes the situation, and the heading stays the goal."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.area_goal_headings import goal_under_area_heading, lead_sentence_goal


def test_lead_sentence_of_a_longer_paragraph_is_the_goal():
    para = ("Alla som flyttar till Norrby hittar en trygg bostad inom ett halvår. Hyresbostäderna är få "
            "och dyra. Kommunen vill också sprida boendet över flera områden.")
    assert goal_under_area_heading("Huvudmål 2 – Boende", para) == (
        "Alla som flyttar till Norrby hittar en trygg bostad inom ett halvår", "Boende")


def test_paragraph_telling_the_present_keeps_the_heading_the_goal():
    para = "Servicepunkten ger i dag råd på tre språk. Behovet av råd på arabiska är stort."
    assert lead_sentence_goal(para) is None
    assert goal_under_area_heading("Mål 1 – Information", para) is None
    # a short opening sentence states no goal either
    assert lead_sentence_goal("Boendet är viktigt. Bristen på bostäder är stor i hela regionen.") is None


def test_area_headings_over_lead_sentences_give_the_goals_and_themes():
    got = _classify([
        _h("Norrby integrationsprogram 2026–2029", 1),
        _h("Strategiska mål", 2),
        _h("Huvudmål 1 – Arbete", 3),
        _p("Invandrarna i Norrby hittar arbete som motsvarar deras utbildning. Många har en examen "
           "som inte har erkänts. Företagen behöver samtidigt fler anställda."),
        _p("Kommunens åtgärder:"),
        _b("Vi ordnar en rekryteringsmässa varje vår."),
        _h("Huvudmål 2 – Boende", 3),
        _p("Alla som flyttar till Norrby hittar en trygg bostad inom ett halvår. Hyresbostäderna är "
           "få och dyra."),
        _p("Kommunens åtgärder:"),
        _b("Vi bygger fler hyresbostäder för stora familjer."),
    ])
    assert [g.text.rstrip(".") for g in got.goals] == [
        "Invandrarna i Norrby hittar arbete som motsvarar deras utbildning",
        "Alla som flyttar till Norrby hittar en trygg bostad inom ett halvår"]
    assert [g.theme for g in got.goals] == ["Arbete", "Boende"]
    goal_of = {g.id: i for i, g in enumerate(got.goals)}
    assert [goal_of.get(m.goal) for m in got.measures] == [0, 1]
