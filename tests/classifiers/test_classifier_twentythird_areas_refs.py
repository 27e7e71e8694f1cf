"""Conventions of the twenty-third blind set's Torsnäs, Mosskulla and Lappfors programmes
(tests/data/blind_programs, README there), on made-up programmes: goals set in the council's
decision as a numbered list 'N. Area: sentence.' and actions grouped otherwise, each closed
by '(doer, mål N)' (`prose._own_programme_clause`, `council_decision.listed_area_goal`,
`reference_tails.goal_in_closing_parenthesis`), an indicator table's 'Hur ofta' column; a
goal's results table under 'Resultat – mål N' followed by its 'Åtgärder:' list, and
'Ansvar och tid: X, T.' under a numbered effort (`reader_shared._field_actors`); a table
'Område | Utmaning | Det vill vi uppnå | Så gör vi | Vem | När' and follow-up paragraphs
'Area: Vi mäter a; b.' (`headers`, `area_follow_up`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.area_follow_up import area_follow_up
from classifiers.council_decision import listed_area_goal
from classifiers.headers import header_roles, theme_column
from classifiers.prose import intro_kind, says_what_was_done
from classifiers.reference_tails import goal_in_closing_parenthesis


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


# ---- goals in the council's decision, actions by life situation ------------------------

def _decision_doc():
    return [
        _h("1 Kommunfullmäktiges beslut och mål", 1),
        _p("Kommunfullmäktige beslutade 3.3.2025 § 12 att anta integrationsprogrammet för "
           "2025–2028 och att programmet har följande mål:"),
        _b("1. Boende: Alla nya invånare hittar en trygg bostad.",
           "2. Utbildning: Unga med utländsk bakgrund fullföljer en utbildning på andra stadiet.",
           "3. Delaktighet: Invånarna deltar i föreningslivet oberoende av bakgrund."),
        _p("Kommunstyrelsen ålades att följa upp programmet och rapportera om det varje vår."),
        _h("2 Åtgärder för olika skeden i livet", 1),
        _p("Inom parentes anges den som ansvarar och målets nummer."),
        _h("2.1 Nyinflyttade", 2),
        _b("Bostadsrådgivning på fem språk (bostadsbyrån, mål 1)",
           "Fadderfamiljer för nya invånare (fritidsbyrån tillsammans med Röda Korset, mål 3)"),
        _h("2.2 Unga", 2),
        _b("Studiehandledning på modersmålet (bildningsverket, mål 2)",
           "Ungdomsgårdens öppna kvällar på flera språk (ungdomsbyrån, mål 3)"),
        _h("3 Mätare", 1),
        _t(["Mål nr", "Mätare", "Källa", "Hur ofta"], [
            ["1", "Antal hushåll som fått bostadsrådgivning", "bostadsbyrån", "årligen"],
            ["2", "Andel unga som fullföljt andra stadiet", "Statistikcentralen", "vartannat år"],
        ], caption="Tabell 2. Mätare per mål"),
    ]


def test_council_decision_on_this_programme_introduces_its_goals():
    # the goal noun stands in the content clause of a decision, but that clause's subject is
    # the programme itself: its own goals, not another body's reported
    assert intro_kind("Kommunfullmäktige beslutade 3.3.2025 § 12 att anta integrations"
                      "programmet och att programmet har följande mål:") == "goal"
    assert intro_kind("Statsrådets redogörelse lyfter fram att målen för integrations"
                      "politiken är att:") == "background"
    x = _classify(_decision_doc())
    got = {_squash(g.text): g.theme for g in x.goals}
    assert got == {"Alla nya invånare hittar en trygg bostad": "Boende",
                   "Unga med utländsk bakgrund fullföljer en utbildning på andra stadiet": "Utbildning",
                   "Invånarna deltar i föreningslivet oberoende av bakgrund": "Delaktighet"}


def test_numbered_item_with_an_area_label_is_that_areas_goal():
    found = listed_area_goal("2. Barn och familjer: Barnen deltar i småbarnspedagogik.")
    assert (found.number, found.area, found.text) == ("2", "Barn och familjer",
                                                      "Barnen deltar i småbarnspedagogik")
    # a sentence with a colon of its own is no area's name
    assert listed_area_goal("1. Det här vill vi särskilt lyfta fram i år: Språket.") is None


def test_decision_reported_after_the_goal_list_is_no_goal():
    assert says_what_was_done("Kommunstyrelsen ålades att följa upp programmet.")
    assert not says_what_was_done("Stadens information når alla invånare.")
    x = _classify(_decision_doc())
    assert not any("ålades" in g.text for g in x.goals)


def test_action_closed_by_doer_and_goal_number_serves_that_goal():
    assert goal_in_closing_parenthesis("Kurs (medborgarinstitutet, mål 2)") == ("Kurs (medborgarinstitutet)", "2")
    assert goal_in_closing_parenthesis("Kurs (mål 2)") == ("Kurs", "2")
    assert goal_in_closing_parenthesis("Kurs (medborgarinstitutet)") is None
    x = _classify(_decision_doc())
    goal_of = {g.theme: g.id for g in x.goals}
    got = {_squash(m.text): (m.goal, m.responsible, m.partners) for m in x.measures}
    assert got == {
        "Bostadsrådgivning på fem språk": (goal_of["Boende"], ["bostadsbyrån"], []),
        "Fadderfamiljer för nya invånare": (goal_of["Delaktighet"], ["fritidsbyrån"], ["Röda Korset"]),
        "Studiehandledning på modersmålet": (goal_of["Utbildning"], ["bildningsverket"], []),
        "Ungdomsgårdens öppna kvällar på flera språk": (goal_of["Delaktighet"], ["ungdomsbyrån"], []),
    }


def test_how_often_column_is_no_action():
    assert header_roles("Hur ofta") == []
    assert header_roles("Hur ofta?") == []
    assert header_roles("Hur gör vi?") == ["measure"]
    x = _classify(_decision_doc())
    assert not any(_squash(m.text) in ("årligen", "vartannat år") for m in x.measures)
    got = {_squash(i.text): (i.measure, i.goal) for i in x.indicators}
    goal_of = {g.theme: g.id for g in x.goals}
    assert got == {"Antal hushåll som fått bostadsrådgivning": (None, goal_of["Boende"]),
                   "Andel unga som fullföljt andra stadiet": (None, goal_of["Utbildning"])}


# ---- a results table per goal, then its actions; an effort with 'Ansvar och tid' --------

def _results_doc():
    return [
        _h("Mål, mätare och åtgärder", 1),
        _h("1. Språk", 2),
        _p("Mål: Alla vuxna kan lära sig svenska nära hemmet."),
        _h("Resultat – mål 1", 3),
        _t(["Mätare", "Utfall 2024", "Målvärde 2028"], [["Antal kursdeltagare", "40", "70"]]),
        _p("Åtgärder:"),
        _b("Kvällskurs i svenska i byskolan – medborgarinstitutet, från hösten 2026",
           "Språkcafé på biblioteket – biblioteket, 2026–2029"),
        _h("Särskild insats för nyanlända familjer", 2),
        _p("Målsättning: Nyanlända familjer får stöd att hitta en fritidsaktivitet."),
        _p("Insats 1 – Fritidsguide för nya familjer i samarbete med Byns idrottsförening."),
        _p("Ansvar och tid: fritidssekreteraren, våren 2027."),
        _p("Insats 2 – Simskola för barn i samarbete med Simklubben."),
        _p("Ansvar och tid: Simklubben, 2026."),
    ]


def test_actions_listed_under_a_goals_results_heading_are_actions():
    x = _classify(_results_doc())
    goals = {_squash(g.text) for g in x.goals}
    assert goals == {"Alla vuxna kan lära sig svenska nära hemmet",
                     "Nyanlända familjer får stöd att hitta en fritidsaktivitet"}
    by_text = {_squash(m.text): m for m in x.measures}
    assert by_text["Kvällskurs i svenska i byskolan"].responsible == ["medborgarinstitutet"]
    assert by_text["Språkcafé på biblioteket"].schedule == "2026–2029"


def test_responsibility_and_time_field_gives_doer_and_schedule():
    x = _classify(_results_doc())
    by_text = {_squash(m.text): m for m in x.measures}
    guide = by_text["Fritidsguide för nya familjer i samarbete med Byns idrottsförening"]
    assert (guide.responsible, guide.schedule) == (["fritidssekreteraren"], "våren 2027")
    # the partner the action names in its own text, beside the doer the field names
    assert guide.partners == ["Byns idrottsförening"]
    swim = by_text["Simskola för barn i samarbete med Simklubben"]
    # ... but not when the field names that partner as the doer
    assert (swim.responsible, swim.partners, swim.schedule) == (["Simklubben"], [], "2026")


# ---- a SWOT-based table and follow-up per area -----------------------------------------

def _area_doc():
    return [
        _h("3. Mål och åtgärder", 1),
        _t(["Område", "Utmaning", "Det vill vi uppnå", "Så gör vi", "Vem", "När"], [
            ["Boende", "Få hyresbostäder", "Nya invånare hittar en bostad", "Bostadsguide på flera språk",
             "bostadsbyrån", "2026"],
            ["", "", "", "Hyresvärdsträffar", "bostadsbyrån (i samarbete med hyresvärdarna)", "årligen"],
            ["Fritid", "Få mötesplatser", "Fler mötesplatser mellan invånare", "Öppen byakväll",
             "fritidsbyrån", "varje höst"],
        ], caption="Tabell 2. Utmaningar, mål och åtgärder"),
        _h("4. Hur följer vi upp?", 1),
        _p("Boende: Vi mäter antal hushåll som fått bostadsguiden; antal lediga hyresbostäder."),
        _p("Fritid: Vi mäter antal deltagare i byakvällarna."),
    ]


def test_statement_headers_name_goal_and_measure_and_area_the_theme():
    assert header_roles("Det vill vi uppnå") == ["goal"]
    assert header_roles("Så gör vi") == ["measure"]
    assert theme_column(["Område", "Utmaning", "Det vill vi uppnå"]) == 0
    x = _classify(_area_doc())
    goals = {_squash(g.text): g for g in x.goals}
    assert {t: g.theme for t, g in goals.items()} == {
        "Nya invånare hittar en bostad": "Boende", "Fler mötesplatser mellan invånare": "Fritid"}
    got = {_squash(m.text): (m.goal, m.responsible, m.partners, m.schedule) for m in x.measures}
    g1, g2 = goals["Nya invånare hittar en bostad"].id, goals["Fler mötesplatser mellan invånare"].id
    assert got == {
        "Bostadsguide på flera språk": (g1, ["bostadsbyrån"], [], "2026"),
        "Hyresvärdsträffar": (g1, ["bostadsbyrån"], ["hyresvärdarna"], "årligen"),
        "Öppen byakväll": (g2, ["fritidsbyrån"], [], "varje höst"),
    }


def test_area_follow_up_paragraph_lists_the_areas_indicators():
    found = area_follow_up("Boende: Vi mäter antal hushåll som fått bostadsguiden; antal lediga hyresbostäder.")
    assert (found.area, found.indicators) == ("Boende", ["antal hushåll som fått bostadsguiden",
                                                         "antal lediga hyresbostäder"])
    assert area_follow_up("Boende: bostäderna är få.") is None
    x = _classify(_area_doc())
    goal_of = {g.theme: g.id for g in x.goals}
    got = {_squash(i.text): (i.measure, i.goal) for i in x.indicators}
    # of the area's goals, of no action (the document lists them per area)
    assert got == {"antal hushåll som fått bostadsguiden": (None, goal_of["Boende"]),
                   "antal lediga hyresbostäder": (None, goal_of["Boende"]),
                   "antal deltagare i byakvällarna": (None, goal_of["Fritid"])}
