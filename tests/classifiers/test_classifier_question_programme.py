"""A programme built around questions (twenty-fourth blind set, blind141 conventions): each
goal a how-question heading over 'Vårt svar', a table 'Insats | Vad gör vi? | Ansvar | Start'
whose first column only names the project; rows pointing to another plan's action; a section
answered in 'we' sentences closed by one sentence naming the doer and time of both; a closing
'Fråga | Mätare | Utgångsläge | Mål 2029' table. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.name_columns import without_name_column
from classifiers.other_plans import points_to_other_plan
from classifiers.question_goals import asks_how_outcome


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_ANSWER = ["Insats", "Vad gör vi?", "Ansvar", "Start"]


def _programme():
    return [
        _h("Exempelby svarar", 1),
        _h("Hur får fler jobb?", 2),
        _p("Arbetslösheten bland invandrare är hög."),
        _h("Vårt svar", 3),
        _t(_ANSWER, [["Work Trial", "Arbetssökande får pröva på ett arbete i kommunen under två veckor",
                      "Personalenheten", "2027"],
                     ["Jobbstöd", "Se sysselsättningsplanen 2025–2027, åtgärd 3", "Sysselsättningsområdet", ""],
                     ["Skill Desk", "Rådgivning om hur en utländsk examen erkänns och kompletteras",
                      "Sysselsättningsområdet", "2026"]]),
        _h("Hur säger vi nej till rasism?", 2),
        _p("Många har upplevt rasism i kommunen."),
        _p("Vi utbildar alla ledare i föreningarna i hur man ingriper mot rasistiska kommentarer. "
           "Under temaveckan ordnar vi en kampanj i skolor och bibliotek. "
           "Ansvaret för båda insatserna har kultur- och fritidssektorn, och de startar hösten 2026."),
        _h("Mätare", 2),
        _t(["Fråga", "Mätare", "Utgångsläge 2025", "Mål 2029"],
           [["Hur får fler jobb?", "Arbetslöshetsgrad bland utländska medborgare", "16 %", "12 %"],
            ["", "Antal Work Trial-veckor", "0", "20 per år"],
            ["Hur säger vi nej till rasism?", "Andel som upplevt rasism", "33 %", "20 %"]]),
    ]


def test_how_questions_are_the_goals():
    x = _classify(_programme())
    assert [g.text for g in x.goals] == ["Hur får fler jobb?", "Hur säger vi nej till rasism?"]


def test_a_question_about_the_work_itself_is_no_goal():
    assert asks_how_outcome("Hur får fler jobb?") and asks_how_outcome("Hur lär sig fler svenska och finska?")
    for q in ("Hur gör vi?", "Hur når vi målet?", "Hur vet vi att vi lyckats?", "Hur följer vi upp arbetet?",
              "Hur ofta mäts det?", "Integration – vad är det?"):
        assert not asks_how_outcome(q), q


def test_the_description_column_is_the_action_and_pointers_are_none():
    x = _classify(_programme())
    texts = [" ".join(m.text.split()) for m in x.measures]
    assert texts[:2] == ["Arbetssökande får pröva på ett arbete i kommunen under två veckor",
                         "Rådgivning om hur en utländsk examen erkänns och kompletteras"]
    assert not any("sysselsättningsplanen" in t for t in texts)
    assert points_to_other_plan("Se välfärdsområdets plan för barn och unga, åtgärd 2.3")
    assert not points_to_other_plan("Se till att alla nya invånare får information om tjänsterna")


def test_a_name_column_is_dropped_only_beside_longer_text():
    rows = [["Work Trial", "Arbetssökande får pröva på ett arbete"], ["Skill Desk", "Rådgivning om examen ges varje vecka"]]
    assert without_name_column(rows, {0: "measure", 1: "measure"}) == {1: "measure"}
    both_long = [["Arbetssökande får pröva på arbete", "Arbetssökande får pröva på ett arbete"]] * 2
    assert without_name_column(both_long, {0: "measure", 1: "measure"}) == {0: "measure", 1: "measure"}


def test_one_closing_sentence_gives_doer_and_time_of_both_actions():
    x = _classify(_programme())
    goals = {g.id: g.text for g in x.goals}
    mine = [m for m in x.measures if goals.get(m.goal) == "Hur säger vi nej till rasism?"]
    assert [m.text for m in mine] == [
        "Vi utbildar alla ledare i föreningarna i hur man ingriper mot rasistiska kommentarer",
        "Under temaveckan ordnar vi en kampanj i skolor och bibliotek"]
    assert all(m.responsible == ["kultur- och fritidssektorn"] and m.schedule == "hösten 2026" for m in mine)


def test_the_question_column_names_each_indicators_goal():
    x = _classify(_programme())
    goals = {g.id: g.text for g in x.goals}
    assert [(" ".join(i.text.split()), goals.get(i.goal)) for i in x.indicators] == [
        ("Arbetslöshetsgrad bland utländska medborgare", "Hur får fler jobb?"),
        ("Antal Work Trial-veckor", "Hur får fler jobb?"),
        ("Andel som upplevt rasism", "Hur säger vi nej till rasism?")]


def test_a_count_naming_a_project_by_its_name_counts_that_action():
    x = _classify(_programme())
    inds = {" ".join(i.text.split()): i.measure for i in x.indicators}
    trial = next(m.id for m in x.measures if m.text.startswith("Arbetssökande får pröva"))
    assert inds["Antal Work Trial-veckor"] == trial
    assert inds["Arbetslöshetsgrad bland utländska medborgare"] is None
