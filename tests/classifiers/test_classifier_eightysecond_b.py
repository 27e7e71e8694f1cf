"""Conventions of the eighty-second blind set's Skärlinge, Norrhamn, Ekvalla and Kvarnvik
programmes (tests/data/blind_programs, README there), on made-up programmes."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.change_markers import without_tail_status_mark
from classifiers.matrix import mark_actors, mark_columns
from classifiers.prose import intro_kind
from classifiers.read_paragraphs import _unfinished_background
from classifiers.text import is_wrap


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _norm(s):
    return " ".join(s.split()).rstrip(".")


def _plan(*intro):
    return [
        _h("Integrationsprogram för Exempelby", 1),
        _h("1 Inledning", 1),
        *intro,
        _h("2 Mål och insatser", 1),
        _h("Mål 1: Fler invandrare har arbete", 2),
        _t(["Insats", "Ansvarig", "Tidsplan"], [["Jobbmässa för nya invånare", "Näringslivsenheten", "2026"],
                                                ["Språkkurs på arbetsplatsen", "Medborgarinstitutet", "2027"]]),
    ]


def test_principles_named_by_the_definite_noun_opening_the_intro_are_no_actions():
    assert intro_kind("Gruppen har valt fyra principer. Principerna styr hur åtgärderna genomförs:") == "background"
    x = _classify(_plan(_p("Gruppen har valt tre principer. Principerna är inga mål, men de styr hur insatserna görs:"),
                        _b("Alla invånare behandlas lika.", "Information ges på ett språk som man förstår.")))
    assert {_norm(m.text) for m in x.measures} == {"Jobbmässa för nya invånare", "Språkkurs på arbetsplatsen"}


def test_a_law_said_to_hold_the_list_lays_down_no_action():
    assert intro_kind("Lagen innehåller bland annat bestämmelser om:") == "background"
    assert intro_kind("Strategin omfattar:") == "background"
    # (the programme's own actions stay actions; so does what the municipality shall do)
    assert intro_kind("Programmet innehåller följande åtgärder:") == "measure"


def test_an_intro_breaking_off_into_the_list_is_read_as_with_a_colon():
    assert _unfinished_background("Lagen gäller från 2025. Lagen innehåller bland annat bestämmelser om") \
        == "background"
    # (closed by a full stop it introduces nothing; an intro of actions is read by its own rules)
    assert _unfinished_background("Lagen innehåller bestämmelser om tjänsterna.") is None
    assert _unfinished_background("För att nå målet gör vi följande") is None


def test_items_followed_up_in_their_own_documents_are_no_meters():
    assert intro_kind("Dessa följs upp inom sina egna program:") == "background"
    assert intro_kind("Uppgifterna följs upp i respektive plan:") == "background"
    assert intro_kind("Målen följs upp i programmet med följande mätare:") == "indicator"
    assert intro_kind("Dessa följs upp årligen:") == "indicator"


def test_a_bracketed_status_closing_an_action_is_no_part_of_it():
    assert without_tail_status_mark("Språkcafé på biblioteket (fortsätter)") == "Språkcafé på biblioteket"
    assert without_tail_status_mark("Läxhjälp (ny)") == "Läxhjälp"
    assert without_tail_status_mark("Kerhotoiminta (jatkuu).") == "Kerhotoiminta"
    assert without_tail_status_mark("Kurs (A1–B1)") == "Kurs (A1–B1)"
    x = _classify([
        _h("Integrationsprogram för Exempelby", 1),
        _h("Mål 1: Fler invandrare har arbete", 2),
        _t(["Insats", "Ansvarig", "Tidsplan"], [["Jobbmässa (ny)", "Näringslivsenheten", "2026"],
                                                ["Språkkurs på arbetsplatsen (fortsätter)", "Medborgarinstitutet", "2027"]]),
    ])
    assert {_norm(m.text) for m in x.measures} == {"Jobbmässa", "Språkkurs på arbetsplatsen"}


def test_a_body_of_doers_header_over_crosses_is_a_party_of_the_matrix():
    headers = ["Åtgärd", "Staden", "Välfärdsområdet", "Organisationer", "Tid"]
    rows = [["Språkvänner", "(x)", "", "x", "2026"], ["Kvällskurs", "x", "(x)", "", "2027"]]
    roles = {0: "measure", 3: "responsible", 4: "schedule"}
    cols = mark_columns(headers, rows, roles)
    assert cols == {1: "Staden", 2: "Välfärdsområdet", 3: "Organisationer"}
    assert mark_actors(rows[0], cols) == (["Organisationer"], ["Staden"])


def test_a_line_opening_with_the_percent_sign_goes_on_with_the_figure_above():
    assert is_wrap("Mål 5: Andelen ska minska från 31", "% till 25 % före 2029")
    assert not is_wrap("Tabell 2. Andel i procent", "% av alla invånare")  # (no figure before it)


def _question_plan(answer):
    return [
        _h("Integrationsprogram för Exempelby", 1),
        _h("Tema 1. Språk", 1),
        _h("Vad vill vi uppnå?", 2),
        _p(answer),
        _h("Hur gör vi det?", 2),
        _t(["Åtgärd", "Vem ansvarar", "När"], [["Kvällskurs i svenska", "Medborgarinstitutet", "2026"]]),
    ]


def test_the_goal_field_under_a_question_heading_is_the_sentence_the_goal_noun_names():
    x = _classify(_question_plan("Vi vill att språket blir lätt att lära. Målet är att alla vuxna kan studera "
                                 "svenska på orten. Det gäller också de som arbetar i skift."))
    assert [_norm(g.text) for g in x.goals] == ["Målet är att alla vuxna kan studera svenska på orten"]
    # (a paragraph opening with the goal keeps it)
    x = _classify(_question_plan("Målet är att alla vuxna kan studera svenska på orten. Vi vill att fler deltar."))
    assert [_norm(g.text) for g in x.goals] == ["Målet är att alla vuxna kan studera svenska på orten"]


def test_a_lead_in_over_a_list_names_the_goal_of_its_items():
    x = _classify([
        _h("Integrationsprogram för Exempelby", 1),
        _h("4.1 Arbete", 2),
        _h("Vad vill vi uppnå?", 3),
        _b("Sysselsättningsgraden bland invandrare ska stiga från 60 % till 66 % före 2028.",
           "Andelen kvinnor med utländsk bakgrund i utbildning ska öka från 40 % till 50 % före 2028."),
        _h("Hur gör vi det?", 3),
        _p("För att höja sysselsättningsgraden:"),
        _b("Mentorer för arbetssökande – ansvar: arbetskraftsservicen, 2026",
           "Kvällsträffar med företagare – ansvar: näringslivsenheten, 2027"),
        _p("För att fler kvinnor ska studera:"),
        _b("Studiehandledning med barnpassning – ansvar: integrationsenheten, 2026"),
    ])
    goal_of = {g.id: g.text for g in x.goals}
    got = {_norm(m.text).split(" – ")[0]: goal_of.get(m.goal, "")[:20] for m in x.measures}
    assert got == {"Mentorer för arbetssökande": "Sysselsättningsgrade",
                   "Kvällsträffar med företagare": "Sysselsättningsgrade",
                   "Studiehandledning med barnpassning": "Andelen kvinnor med "}
