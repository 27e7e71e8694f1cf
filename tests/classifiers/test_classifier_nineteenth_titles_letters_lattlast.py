"""Nineteenth blind set (helper n19a): a titled action 'Namn – Beskrivning. Ansvarig: X.'
whose name is the action; goals coded by a single letter ('A Nyinflyttade ...') that an
implementation plan's goal column (or a card titled 'Mål 1: A') names by the letter alone;
the programme told again 'på lättläst svenska', which adds nothing; a figure in a goal
column headed 'Mål 2029', which is a target value and no goal. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.target_columns import names_no_words
from classifiers.titled_items import restates_programme, titled_action


def _table(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- 'Namn – Beskrivning. Ansvarig: X. Tidpunkt: Y.' ------------------------------------

def _titled(items):
    return _classify([_h("2. Språk", 2), _p("Vårt mål: Fler inflyttade talar svenska år 2028."),
                      _p("Så här gör vi"), _b(*items)])


def test_a_titled_action_is_its_name_and_keeps_its_fields():
    x = _titled(["Samtalsgrupp – Församlingen ordnar en samtalsgrupp på svenska varje torsdag. "
                 "Ansvarig: Församlingen och medborgarinstitutet. I samarbete med Röda korset. Tidpunkt: 2027.",
                 "Bokcirkel – Biblioteket startar en bokcirkel på lätt svenska. Ansvarig: Biblioteket. Tidpunkt: Varje vår."])
    got = [(m.text, m.responsible, m.schedule) for m in x.measures]
    assert got == [("Samtalsgrupp", ["Församlingen", "medborgarinstitutet"], "2027"),
                   ("Bokcirkel", ["Biblioteket"], "Varje vår")]
    # the item as printed stays beside the name
    assert x.measures[0].printed.startswith("Samtalsgrupp – Församlingen ordnar")


def test_a_titled_action_without_fields_is_its_name_too():
    # its doer and time printed elsewhere (or not at all): the name is still the action
    x = _classify([_h("2. Språk", 2), _p("Målet är att fler inflyttade talar svenska år 2028."),
                   _h("Åtgärder", 3),
                   _b("Bokcirkel – Biblioteket startar en bokcirkel på lätt svenska.",
                      "Samtalsgrupp – Församlingen ordnar en samtalsgrupp på svenska varje torsdag.")])
    assert [m.text for m in x.measures] == ["Bokcirkel", "Samtalsgrupp"]


def test_a_dash_tail_naming_a_doer_is_no_description():
    assert titled_action("Språkvänner för nyinflyttade – Röda korset, fortlöpande") is None
    assert titled_action("Kvällskurs i svenska – Ansvar: medborgarinstitutet, 2026") is None
    # a name continued after the dash by a phrase, no sentence
    assert titled_action("Arbete – en väg in i samhället för alla nya invånare") is None
    assert titled_action("Läxhjälp – Frivilliga studerande hjälper eleverna tre dagar i veckan.") == "Läxhjälp"
    # a dash inside the description's words ('15–17-åringar') is no second dash
    assert titled_action("Sommarjobb – Alla 15–17-åringar erbjuds ett sommarjobb i staden.") == "Sommarjobb"


def test_a_titled_action_in_an_action_cell_is_its_name():
    x = _classify([_h("2. Språk", 2), _p("Vårt mål: Fler inflyttade talar svenska år 2028."),
                   _table("", ["Åtgärd", "Ansvarig", "Tidpunkt"],
                          [["Bokcirkel – Biblioteket startar en bokcirkel på lätt svenska.", "Biblioteket", "2027"]])])
    assert [(m.text, m.responsible) for m in x.measures] == [("Bokcirkel", ["Biblioteket"])]


# --- goals 'A' – 'C' and a plan naming them by the letter --------------------------------

def _lettered(plan):
    return _classify([_h("3 Programmets mål", 1), _h("Arbete", 2),
                      _b("A Vuxna invandrare hittar snabbare ett arbete.", "B Fler unga invandrare börjar en utbildning."),
                      _h("Service", 2), _b("C Alla nyinflyttade får råd på sitt eget språk."),
                      _h("4 Verkställighetsplan 2026", 1), *plan])


_PLAN_ROWS = [["A", "1", "Rekryteringsmässa för lokala arbetsgivare", "Näringslivsenheten", "Q2"],
              ["B", "2", "Studiehandledning i gymnasiet", "Gymnasiet", "Q3"],
              ["C", "3", "Rådgivning på arabiska och ukrainska i servicepunkten", "Servicepunkten", "Q1–Q4"]]


def test_a_goal_column_names_goals_coded_by_a_single_letter():
    x = _lettered([_table("Verkställighetsplan 2026", ["Mål", "Nr", "Insats", "Ansvarig", "Kvartal"], _PLAN_ROWS)])
    goals = {g.id: (g.text.rstrip("."), g.theme) for g in x.goals}
    assert sorted(t for t, _ in goals.values()) == ["Alla nyinflyttade får råd på sitt eget språk",
                                                    "Fler unga invandrare börjar en utbildning",
                                                    "Vuxna invandrare hittar snabbare ett arbete"]
    assert [goals[m.goal] for m in x.measures] == [("Vuxna invandrare hittar snabbare ett arbete", "Arbete"),
                                                  ("Fler unga invandrare börjar en utbildning", "Arbete"),
                                                  ("Alla nyinflyttade får råd på sitt eget språk", "Service")]


def test_a_card_titled_by_the_goal_letter_serves_that_goal():
    cards = []
    for n, (code, nr, action, who, when) in enumerate(_PLAN_ROWS, 1):
        cards += [_h(f"Mål {n}: {code}", 3), _p(f"Åtgärd: {action}"), _p(f"Ansvar: {who}"), _p(f"Kvartal: {when}")]
    x = _lettered(cards)
    goals = {g.id: g.text.rstrip(".") for g in x.goals}
    assert len(goals) == 3
    assert [goals.get(m.goal) for m in x.measures] == ["Vuxna invandrare hittar snabbare ett arbete",
                                                      "Fler unga invandrare börjar en utbildning",
                                                      "Alla nyinflyttade får råd på sitt eget språk"]


# --- 'Programmet på lättläst svenska' ----------------------------------------------------

def test_the_easy_to_read_restatement_adds_no_goals():
    x = _lettered([_table("Verkställighetsplan 2026", ["Mål", "Nr", "Insats", "Ansvarig", "Kvartal"], _PLAN_ROWS),
                   _h("Programmet på lättläst svenska", 1), _p("Programmet har tre mål:"),
                   _b("Du ska snabbt få ett jobb.", "Du ska kunna studera.", "Du ska få råd på ditt språk.")])
    assert len(x.goals) == 3 and not any(g.text.startswith("Du ska") for g in x.goals)
    assert restates_programme("Lättläst sammanfattning") and not restates_programme("Läsanvisning")


# --- 'Mål 2029' over figures -------------------------------------------------------------

def test_a_figure_in_a_goal_column_headed_by_a_year_is_no_goal():
    x = _classify([_h("3. Barn", 2), _p("Vårt mål: Alla barn deltar i småbarnspedagogik år 2029."),
                   _p("Så här gör vi"), _b("Öppen förskola för nya familjer. Ansvarig: Småbarnspedagogiken. Tidpunkt: 2026."),
                   _table("Så följer vi upp mål 3", ["Mätare", "Enhet", "2024", "2026", "Mål 2029"],
                          [["Andel fyraåringar i småbarnspedagogik", "%", "78", "88", "100"]])])
    assert [g.text for g in x.goals] == ["Alla barn deltar i småbarnspedagogik år 2029"]
    assert [" ".join(i.text.split()) for i in x.indicators] == ["Andel fyraåringar i småbarnspedagogik"]
    assert names_no_words("1 200") and not names_no_words("Mål 3")
