"""Seventeenth blind set (helper s17a): a programme's reading guide naming the roles of its
own table words ('Effekterna är programmets mål. Resultaten används som mätare ...'), for a
programme-logic table whose headers are outside the structure vocabulary. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.headers import defined_roles, map_columns


def _table(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_LOGIC = _table("Tabell 5. Förändringsteori – hälsa", ["Medel", "Aktiviteter", "Utfall", "Verkningar"],
                [["Hälsovårdare 0,5 årsverke", "Hälsoinfo på arabiska i rådgivningen (rådgivningen, 2026)",
                  "100 besök per år", "Nyanlända familjer hittar rätt i vården"],
                 ["Tolkbudget 5 000 €/år", "Tolkade föräldramöten i skolorna (skolbyrån, årligen)",
                  "Fyra möten per år", ""]])


def _programme(guide):
    return _classify([_h("2 Så är programmet uppbyggt", 1), _p(guide),
                      _h("3 Hälsa", 1), _h("3.1 Hälsa och välmående", 2), _LOGIC])


def test_a_reading_guide_names_the_roles_of_its_own_column_words():
    x = _programme("Tabellerna följer en förändringsteori. Verkningarna är programmets mål. "
                   "Utfallen används som mätare vid uppföljningen. Medlen visar kostnaderna.")
    assert [" ".join(g.text.split()) for g in x.goals] == ["Nyanlända familjer hittar rätt i vården"]
    assert [" ".join(m.text.split()).split(" (")[0] for m in x.measures] == ["Hälsoinfo på arabiska i rådgivningen",
                                                           "Tolkade föräldramöten i skolorna"]
    assert all(m.goal == x.goals[0].id for m in x.measures)  # a blank cell goes on with the goal
    assert [" ".join(i.text.split()) for i in x.indicators] == ["100 besök per år", "Fyra möten per år"]
    # the resources column, which the guide gives no role, holds no goal
    assert not any("årsverke" in g.text for g in x.goals)


def test_without_the_reading_guide_the_words_name_no_role():
    assert map_columns(["Medel", "Aktiviteter", "Utfall", "Verkningar"]) == {1: "measure"}
    guide = defined_roles(["Verkningarna är programmets mål. Utfallen används som mätare."])
    assert guide == {"verkningarna": "goal", "utfallen": "indicator"}
    assert map_columns(["Medel", "Aktiviteter", "Utfall", "Verkningar"], guide)[3] == "goal"
    # a goal stated in the guide's own form ('Målet är att ...') defines no word
    assert defined_roles(["Målet är att fler hittar arbete."]) == {}


def _follow_up(items):
    return _classify([_h("2 Mål", 1), _h("Mål 1: Fler unga har en fritidshobby", 2),
                      {"type": "bullets", "items": ["Simskola för alla barn (idrottsbyrån, 2026)",
                                                    "Läger på sommaren (ungdomsbyrån)"]},
                      _h("Så följer vi upp", 2), {"type": "bullets", "items": items},
                      _table("Mätare", ["Mål", "Mätare", "Utgångsläge 2025"],
                             [["Mål 1", "Antal unga i föreningar", "10"]])])


def test_a_follow_up_list_that_speaks_of_the_indicators_is_the_routine_not_indicators():
    x = _follow_up(["Indikatorerna i tabellen nedan följs upp varje år", "Rapport till nämnden i maj"])
    assert [i.text for i in x.indicators] == ["Antal unga i föreningar"]


def test_a_follow_up_list_of_indicators_stays_indicators():
    x = _follow_up(["Antal deltagare i simskolan", "Andel unga i föreningar"])
    assert [i.text for i in x.indicators] == ["Antal deltagare i simskolan", "Andel unga i föreningar",
                                              "Antal unga i föreningar"]


_SIDEWAYS = _table("Tabell 3. Mål 1–2", ["", "Mål 1: Fler unga hittar en fritidshobby", "Mål 2: Alla barn lär sig simma"],
                   [["Åtgärder", "– Ordna prova-på-dagar i idrottshallen\n– Ge ut ett fritidskort till alla unga",
                     "– Simskola varje sommar för nyanlända barn\n– Simundervisning i skolan"],
                    ["Ansvar", "Fritidsbyrån", "Idrottsbyrån i samarbete med simklubben"],
                    ["Tidtabell", "2026", "årligen"],
                    ["Mätare", "– Antal unga med fritidskort\n– Antal deltagare på prova-på-dagarna",
                     "– Andel barn som kan simma"]])


def _sideways():
    return _classify([_h("3 Mål", 1), _h("3.1 Fritid och idrott", 2), _SIDEWAYS])


def test_a_table_printed_on_its_side_has_a_goal_per_column_and_a_role_per_row():
    x = _sideways()
    assert [" ".join(g.text.split()).split(": ", 1)[-1] for g in x.goals] == [
        "Fler unga hittar en fritidshobby", "Alla barn lär sig simma"]
    g1, g2 = (g.id for g in x.goals)
    got = [(" ".join(m.text.split()), m.goal, m.responsible, m.partners, m.schedule) for m in x.measures]
    assert got == [("Ordna prova-på-dagar i idrottshallen", g1, ["Fritidsbyrån"], [], "2026"),
                   ("Ge ut ett fritidskort till alla unga", g1, ["Fritidsbyrån"], [], "2026"),
                   ("Simskola varje sommar för nyanlända barn", g2, ["Idrottsbyrån"], ["simklubben"], "årligen"),
                   ("Simundervisning i skolan", g2, ["Idrottsbyrån"], ["simklubben"], "årligen")]


def test_the_meters_of_a_goal_column_are_the_goals_not_one_action_each():
    x = _sideways()
    g1, g2 = (g.id for g in x.goals)
    assert [(" ".join(i.text.split()), i.goal, i.measure) for i in x.indicators] == [
        ("Antal unga med fritidskort", g1, None), ("Antal deltagare på prova-på-dagarna", g1, None),
        ("Andel barn som kan simma", g2, None)]


def _own_routines(owner_sentence):
    return _classify([_h("6 Kommunens egna rutiner", 1),
                      _p("Kommunen ska se över sina egna rutiner. Kommunen vill att dess tjänster ska vara "
                         "lika tillgängliga för alla invånare. Följande åtgärder genomförs:"),
                      {"type": "bullets", "items": ["Alla enheter utser en kontaktperson för integration",
                                                    "Personalen erbjuds utbildning i lättläst svenska under 2027"]},
                      _p(owner_sentence), _p("Mätare: Antal anställda som deltagit i utbildningen."),
                      _h("7 Uppföljning", 1), _p("Kommunstyrelsen ansvarar för programmet.")])


def test_who_answers_for_the_actions_being_carried_out_answers_for_each():
    x = _own_routines("Personalavdelningen ansvarar för att åtgärderna genomförs.")
    assert [m.responsible for m in x.measures] == [["Personalavdelningen"], ["Personalavdelningen"]]


def test_a_meter_field_naming_a_quantity_in_upper_case_is_the_goals_indicator():
    x = _own_routines("Personalavdelningen ansvarar för att åtgärderna genomförs.")
    assert [(i.text, i.goal, i.measure) for i in x.indicators] == [
        ("Antal anställda som deltagit i utbildningen", x.goals[0].id, None)]
