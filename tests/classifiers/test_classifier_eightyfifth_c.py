"""Eighty-fifth blind set, third reader (blind507, blind509): the conventions read, each
with made-up text."""
from blocks_doc import bullets, classify_blocks, heading, paragraph

from classifiers.area_goal_headings import area_of_goal_heading, goal_under_area_heading
from classifiers.prose import is_goal_sentence, states_wish


def _table(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_area_name_counts_the_words_that_name_something():
    # 'Boende för nya och gamla invånare': five words, three naming something -- an area's
    # name joined by function words, the sentence under it the goal
    assert area_of_goal_heading("Mål 3 – Boende för nya och gamla invånare") == "Boende för nya och gamla invånare"
    assert goal_under_area_heading("Mål 3 – Boende för nya och gamla invånare",
                                   "Alla som flyttar till Ekby hittar en bostad som passar dem.") == (
        "Alla som flyttar till Ekby hittar en bostad som passar dem", "Boende för nya och gamla invånare")
    # five words that name something are no area's short name; a clause states the goal itself
    assert area_of_goal_heading("Mål 3 – Bostäder, skolor, bibliotek, parker, torg") is None
    assert area_of_goal_heading("Mål 3 – Alla nya invånare hittar en bostad") is None
    # ... and so does a change to reach stated without a verb ('Fler …', 'Färre …')
    assert area_of_goal_heading("Mål 3 – Fler invandrare i arbete eller utbildning") is None


def test_goal_sentence_under_a_longer_area_heading_is_the_goal():
    doc = classify_blocks([
        heading("Integrationsprogram för Ekby 2025–2028", 1),
        heading("3 Mål", 1),
        heading("Mål 1 – Arbete", 2),
        paragraph("Invandrare i Ekby får arbete snabbare än i dag."),
        heading("Mål 2 – Boende för nya och gamla invånare", 2),
        paragraph("Alla som flyttar till Ekby hittar en bostad som passar dem."),
        heading("4 Uppföljning", 1),
        paragraph("Rapporten görs varje år."),
    ])
    assert [(g.text, g.theme) for g in doc.goals] == [
        ("Invandrare i Ekby får arbete snabbare än i dag", "Arbete"),
        ("Alla som flyttar till Ekby hittar en bostad som passar dem", "Boende för nya och gamla invånare")]


def test_preference_weighed_against_another_is_no_wish():
    # 'Vi vill hellre X än Y': the writers' choice between two ways of making the plan
    assert not states_wish("Vi vill hellre göra få saker väl än lova för mycket.")
    assert not is_goal_sentence("Vi vill hellre satsa på några få åtgärder än på många små.",
                                opens_paragraph=False)
    assert not states_wish("Vi vill snarare stödja föreningarna än ordna egna evenemang.")
    # a wish stays a wish
    assert states_wish("Vi vill att alla barn får en bra start i skolan.")
    assert states_wish("Vi vill också att föreningarna når nya medlemmar.")


def test_preference_in_a_chapter_introduction_is_no_goal():
    doc = classify_blocks([
        heading("Integrationsprogram för Ekby 2025–2028", 1),
        heading("Mål och åtgärder", 1),
        paragraph("Programmet har två teman. Arbetsgruppen diskuterade länge vilka teman som skulle tas med. "
                  "Vi vill hellre ha några få teman än ett program som lovar för mycket."),
        heading("Tema 1: Arbete", 2),
        paragraph("Vi vill att invandrare som bor i Ekby får arbete som passar dem."),
        _table(["Insats", "Vem ansvarar", "När"], [["Praktikplatser i kommunen", "Personalavdelningen", "2025"]],
               "Vad gör vi?"),
        heading("Uppföljning", 1),
        paragraph("Rapporten görs varje år."),
    ])
    assert [g.text for g in doc.goals] == ["Vi vill att invandrare som bor i Ekby får arbete som passar dem."]


def test_goal_stated_after_an_action_headings_actions_heads_the_next_one():
    # 'Tema 1' > 'Vad gör vi?' (a heading over the table) / table / follow-up / a second 'Vi
    # vill att …' / 'Vad gör vi?' / table: the second goal, stated after the first heading's
    # actions, is the theme's next goal and the second table's actions serve it
    doc = classify_blocks([
        heading("Integrationsprogram för Ekby 2025–2028", 1),
        heading("Vad vi vill och vad vi gör", 1),
        heading("Tema 1: Arbete", 2),
        paragraph("Vi vill att invandrare som bor i Ekby får arbete som passar dem."),
        _table(["Insats", "Vem ansvarar", "Med vem", "När"],
               [["Praktikplatser i kommunen", "Personalavdelningen", "", "Fortlöpande"],
                ["Information om validering", "Integrationshandledaren", "", ""]], "Vad gör vi?"),
        paragraph("Hur vet vi att vi lyckats?"),
        bullets("Antal praktikplatser i kommunen"),
        paragraph("Vi vill att företagen i Ekby ser invandrare som en tillgång."),
        _table(["Insats", "Vem ansvarar", "Med vem", "När"],
               [["Företagsträff om rekrytering", "Näringslivskoordinatorn", "", "2025"],
                ["Handledning för arbetsgivare", "Näringslivskoordinatorn", "", "Vid behov"]], "Vad gör vi?"),
        paragraph("Hur vet vi att vi lyckats?"),
        bullets("Antal företag som deltagit i träffarna"),
        heading("Tema 2: Fritid", 2),
        paragraph("Vi vill att gamla och nya ekbybor möts på fritiden."),
        _table(["Insats", "Vem ansvarar", "Med vem", "När"],
               [["Vänverksamhet", "Integrationshandledaren", "Röda Korset", "2025"]], "Vad gör vi?"),
        heading("Uppföljning", 1),
        paragraph("Rapporten görs varje år."),
    ])
    goals = {g.id: g.text for g in doc.goals}
    assert len(goals) == 3
    by_text = {" ".join(m.text.split()): goals[m.goal] for m in doc.measures}
    assert by_text["Praktikplatser i kommunen"].startswith("Vi vill att invandrare")
    assert by_text["Företagsträff om rekrytering"].startswith("Vi vill att företagen")
    assert by_text["Handledning för arbetsgivare"].startswith("Vi vill att företagen")
    assert by_text["Vänverksamhet"].startswith("Vi vill att gamla")
