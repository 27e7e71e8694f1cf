"""Conventions of the twenty-third blind set's Virkby, Karislojo and Kimo programmes
(tests/data/blind_programs, README there), on made-up programmes: a balanced scorecard
('Perspektiv | Kritisk framgångsfaktor | Styrtal | Åtgärd') and a 'Kritisk framgångsfaktor:'
paragraph over a list set with dot leaders (`dot_leaders`); a two-level goal outline coded by
letters ('Huvudmål A – ...', 'A1 ...', `goal_outline`) referred to by an exported action plan,
under a title naming the programme and its plan, with a table of associations' commitments
and partners named in the action cell (`partners_in_text`); a council's assignments to its
committees with change markers (`assignments`, `change_markers`) and chains from an action to
a meter (`result_chains`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.change_markers import revision_marks
from classifiers.dot_leaders import leader_tail
from classifiers.headers import map_columns, theme_column
from classifiers.prose import followed_up_by
from classifiers.result_chains import chain_indicator


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


# ---- a balanced scorecard -----------------------------------------------------------------

def test_scorecard_columns_name_goal_indicator_and_theme():
    cols = ["Perspektiv", "Kritisk framgångsfaktor", "Styrtal", "Åtgärd"]
    assert map_columns(cols) == {1: "goal", 2: "indicator", 3: "measure"}
    assert theme_column(cols) == 0


def _scorecard_doc():
    return [
        _h("3 Styrkort", 1),
        _t(["Perspektiv", "Kritisk framgångsfaktor", "Styrtal", "Åtgärd"], [
            ["Kunder", "Nya invånare når servicen utan omvägar",
             "Andel nya invånare som fått informationspaketet",
             "Informationspaket på fyra språk vid servicepunkten (servicepunkten)"],
            ["", "", "", "Rådgivning på lätt svenska varje vecka (integrationsenheten)"],
            ["Personal", "Personalen kan möta kunder med olika språk",
             "Andel anställda som gått kursen",
             "Kurs i klarspråk för kundbetjänande personal (personalenheten)"],
        ], caption="Tabell 2. Styrkort"),
    ]


def test_scorecard_table_reads_goals_by_perspective_actions_and_steering_figures():
    x = _classify(_scorecard_doc())
    goals = {_squash(g.text): g for g in x.goals}
    assert set(goals) == {"Nya invånare når servicen utan omvägar", "Personalen kan möta kunder med olika språk"}
    assert goals["Nya invånare når servicen utan omvägar"].theme == "Kunder"
    assert goals["Personalen kan möta kunder med olika språk"].theme == "Personal"
    g1 = goals["Nya invånare når servicen utan omvägar"].id
    got = {_squash(m.text): (m.goal, m.responsible) for m in x.measures}
    assert got["Informationspaket på fyra språk vid servicepunkten"] == (g1, ["servicepunkten"])
    assert got["Rådgivning på lätt svenska varje vecka"] == (g1, ["integrationsenheten"])
    ind = {_squash(i.text): i.measure for i in x.indicators}
    by_text = {_squash(m.text): m.id for m in x.measures}
    assert ind["Andel nya invånare som fått informationspaketet"] == by_text[
        "Informationspaket på fyra språk vid servicepunkten"]


def test_critical_success_factor_paragraph_over_dot_leader_list():
    x = _classify([
        _h("4 Föreningssamarbetet", 1),
        _p("Kritisk framgångsfaktor: Nya invånare hittar en hobby i föreningarna."),
        _b("Hobbymässa för nya invånare ........................ fritidsbyrån",
           "Simskola för vuxna ........................ fritidsbyrån / Exempelby Simklubb"),
        _p("Styrtal: Antal nya medlemmar med annat modersmål i föreningarna."),
    ])
    assert [_squash(g.text) for g in x.goals] == ["Nya invånare hittar en hobby i föreningarna"]
    gid = x.goals[0].id
    got = {_squash(m.text): (m.goal, m.responsible) for m in x.measures}
    assert got == {"Hobbymässa för nya invånare": (gid, ["fritidsbyrån"]),
                   "Simskola för vuxna": (gid, ["fritidsbyrån", "Exempelby Simklubb"])}
    assert [(i.goal, i.measure) for i in x.indicators] == [(gid, None)]


def test_dot_leader_to_a_page_number_names_no_doer():
    assert leader_tail("3 Mål och åtgärder .............. 12") is None
    assert leader_tail("Språkcafé ........ biblioteket") == (9, "biblioteket")


# ---- a lettered goal outline and an exported action plan ------------------------------------

def _outline_doc(title="Integrationsprogram och åtgärdsplan 2026–2029"):
    return [
        _h(title, 1),
        _h("1. Inledning", 1),
        _p("Exempelby är en liten kommun vid havet. Antalet invånare med utländsk bakgrund har vuxit "
           "sedan 2018, främst genom arbetskraftsinvandring till växthusen."),
        _h("2. Huvudmål och delmål", 1),
        _h("Huvudmål A – Arbete", 2),
        _p("Inflyttade har samma möjligheter till arbete som andra."),
        _b("A1 Vägen till det första jobbet blir kortare", "A2 Yrkesspråket räcker i arbetslivet"),
        _h("Huvudmål B – Gemenskap", 2),
        _p("Alla känner sig hemma i Exempelby."),
        _b("B1 Byarna tar emot nya invånare"),
        _h("3. Åtgärdsplan", 1),
        _t(["ID", "Delmål", "Åtgärd", "Ansvarsenhet", "Start", "Slut", "Mätare"], [
            ["1", "A1", "Arbetsprövning i växthusen i samarbete med Kustia", "Arbetskraftsservicen", "1.3.2026", "",
             "Antal arbetsprövningar"],
            ["2", "A2", "Yrkessvenska på arbetsplatsen", "Medborgarinstitutet", "1.9.2026", "", ""],
            ["3", "B1", "Bidrag till byarnas välkomstfester", "Kultur och fritid", "1.1.2026", "", ""],
        ], caption="Åtgärdsplan.xlsx – blad ”Åtgärder”"),
        _h("Byarnas åtaganden (delmål B1)", 2),
        _t(["Förening", "Åtagande", "Kontaktperson"], [
            ["Norrby byaförening", "Välkomstkaffe för nya bybor varje höst", "Anna Berg"],
        ], caption="Tabell 3. Åtaganden"),
    ]


def test_lettered_outline_reads_main_goals_sub_goals_and_the_plan_refers_to_codes():
    x = _classify(_outline_doc())
    goals = {_squash(g.text): g for g in x.goals}
    assert set(goals) == {"Inflyttade har samma möjligheter till arbete som andra",
                          "Vägen till det första jobbet blir kortare", "Yrkesspråket räcker i arbetslivet",
                          "Alla känner sig hemma i Exempelby", "Byarna tar emot nya invånare"}
    a = goals["Inflyttade har samma möjligheter till arbete som andra"]
    a1 = goals["Vägen till det första jobbet blir kortare"]
    b1 = goals["Byarna tar emot nya invånare"]
    assert a.theme == "Arbete" and a.parent is None
    assert a1.parent == a.id and a1.theme == "Arbete"
    assert b1.parent == goals["Alla känner sig hemma i Exempelby"].id
    got = {_squash(m.text): m for m in x.measures}
    assert set(got) == {"Arbetsprövning i växthusen i samarbete med Kustia", "Yrkessvenska på arbetsplatsen",
                        "Bidrag till byarnas välkomstfester", "Välkomstkaffe för nya bybor varje höst"}
    arb = got["Arbetsprövning i växthusen i samarbete med Kustia"]
    assert arb.goal == a1.id and arb.responsible == ["Arbetskraftsservicen"] and arb.partners == ["Kustia"]
    assert got["Yrkessvenska på arbetsplatsen"].goal == goals["Yrkesspråket räcker i arbetslivet"].id
    # a service area named by two bare nouns is one unit
    assert got["Bidrag till byarnas välkomstfester"].responsible == ["Kultur och fritid"]
    # the associations' commitments: the association does them, for the goal the heading names
    kaffe = got["Välkomstkaffe för nya bybor varje höst"]
    assert kaffe.goal == b1.id and kaffe.responsible == ["Norrby byaförening"]


def test_title_naming_programme_and_plan_announces_no_actions():
    x = _classify(_outline_doc())
    assert not any("liten kommun" in m.text for m in x.measures)


def test_service_area_of_two_bare_nouns_is_one_actor():
    assert split_actors("Kultur och fritid") == (["Kultur och fritid"], [])
    assert split_actors("Biblioteket och ungdomsgården") == (["Biblioteket", "ungdomsgården"], [])


def test_partner_in_action_cell_only_a_named_body():
    x = _classify([
        _h("3 Åtgärder", 1),
        _t(["Mål", "Åtgärd", "Ansvar"], [
            ["Fler i arbete", "Arbetsprövning i samarbete med Yrkesinstitutet Kustia", "Arbetskraftsservicen"],
            ["", "Metoder för språkinlärning i samarbete med andra aktörer", "Skolverket i Exempelby"],
        ]),
    ])
    got = {_squash(m.text): m.partners for m in x.measures}
    assert got == {"Arbetsprövning i samarbete med Yrkesinstitutet Kustia": ["Yrkesinstitutet Kustia"],
                   "Metoder för språkinlärning i samarbete med andra aktörer": []}


# ---- assignments to committees, change markers and result chains ----------------------------

def _assignment_doc():
    return [
        _h("2 Mål och uppdrag", 1),
        _p("Fullmäktige har godkänt två mål. Under varje mål anges de uppdrag som ges till nämnderna."),
        _h("2.1 Språk", 2),
        _p("Mål: Vuxna invånare lär sig svenska."),
        _b("1. Bildningsnämnden ges i uppdrag att erbjuda en språkkurs på kvällstid. (Tidigare: dagtid.) (ändrad)",
           "2. Kommunstyrelsen ges i uppdrag att utreda ett språkcentrum. (struken)",
           "3. Näringslivsnämnden ges i uppdrag att i samarbete med Företagarna i Exempelby ordna "
           "språkträffar för arbetsgivare. (ny 2026)"),
        _h("3 Så verkar uppdragen", 1),
        _p("Kedjorna visar hur uppdragen följs upp; det sista ledet anger mätaren."),
        _b("Språkkurs på kvällstid → fler lär sig svenska → fler i arbete → Mätare: antal deltagare som avlagt provet"),
    ]


def test_assignments_are_measures_with_the_committee_responsible_and_markers_cut():
    x = _classify(_assignment_doc())
    assert [_squash(g.text) for g in x.goals] == ["Vuxna invånare lär sig svenska"]
    gid = x.goals[0].id
    got = {_squash(m.text): (m.goal, m.responsible, m.partners) for m in x.measures}
    assert got == {
        "1. Bildningsnämnden ges i uppdrag att erbjuda en språkkurs på kvällstid":
            (gid, ["Bildningsnämnden"], []),
        "3. Näringslivsnämnden ges i uppdrag att i samarbete med Företagarna i Exempelby ordna språkträffar "
        "för arbetsgivare": (gid, ["Näringslivsnämnden"], ["Företagarna i Exempelby"]),
    }


def test_result_chain_meter_follows_up_the_action_it_opens_with():
    x = _classify(_assignment_doc())
    kurs = next(m.id for m in x.measures if "språkkurs" in m.text)
    assert [(_squash(i.text), i.measure) for i in x.indicators] == [
        ("antal deltagare som avlagt provet", kurs)]


def test_revision_marks_and_chain_reading():
    assert revision_marks("Kurs i svenska. (struken)") == ("Kurs i svenska", True)
    assert revision_marks("Kurs i svenska. (Tidigare: dagtid.) (ändrad)") == ("Kurs i svenska", False)
    assert revision_marks("Kurs i svenska (kvällskurs)") is None
    assert chain_indicator("A → B") is None
    assert chain_indicator("Kurs → fler lär sig → fler i arbete") is None


def test_followed_up_adverb_is_no_part_of_the_indicator():
    assert followed_up_by("För målet Gemenskap följs dessutom antal anmälda fall av diskriminering.") == (
        "För målet Gemenskap", ["antal anmälda fall av diskriminering"])


def test_list_introduced_by_the_measuring_is_indicators():
    x = _classify([
        _h("2 Mål", 1),
        _p("Mål: Alla känner sig hemma i Exempelby."),
        _h("5. Uppföljning", 1),
        _p("Planen följs upp två gånger per år. I mätningen används också kommunens invånarenkät:"),
        _b("Andel invånare med annat modersmål som trivs i kommunen (invånarenkäten 2027)"),
    ])
    assert [_squash(i.text) for i in x.indicators] == [
        "Andel invånare med annat modersmål som trivs i kommunen (invånarenkäten 2027)"]
