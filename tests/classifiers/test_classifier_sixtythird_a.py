"""Sixty-third blind set, reader a (blind373, blind374, blind375) conventions, on made-up text:

- a theme heading, 'Mål: <goal>.' and under it a table of time horizons alone ('Kort sikt
  (2025–2026)' | 'Lång sikt (2027–2029)'), each cell listing '• <action> (<doer>)' lines;
- a numbered goal list '<N>. <goal> (<area>).' over one action table keyed by a 'Mål nr' column;
"""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.council_decision import listed_area_goal
from classifiers.horizon_columns import horizon_columns


# ---- a table of horizons alone under a stated goal ----

def test_horizon_columns_alone_name_no_goal_column():
    assert horizon_columns(["Kort sikt (2025–2026)", "Lång sikt (2027–2029)"]) == {
        0: "2025–2026", 1: "2027–2029"}
    assert horizon_columns(["På kort sikt", "Medellång sikt", "På lång sikt"]) == {
        0: "På kort sikt", 1: "Medellång sikt", 2: "På lång sikt"}
    # years alone are no plan of horizons (a statistics table's columns)
    assert horizon_columns(["2025–2026", "2027–2029"]) is None
    assert horizon_columns(["Kort sikt", "Ansvar"]) is None


def _horizon_plan() -> list[dict]:
    return [
        _h("Handlingsplan för integration 2026–2030", 1),
        _h("1 Inledning", 2),
        _p("Planen beskriver vad kommunen gör för nya invånare under perioden."),
        _h("2 Områden", 2),
        _h("2.1 Hälsa", 3),
        _p("Mål: Alla nya invånare vet var de får vård på sitt eget språk."),
        {"type": "table", "caption": "", "columns": ["Kort sikt (2026–2027)", "Lång sikt (2028–2030)"],
         "rows": [["• En vårdguide på åtta språk delas ut vid inflyttningen (hälsoenheten)\n"
                   "• Hälsokvällar ordnas på medborgarinstitutet (fritidsenheten)",
                   "• Kommunen anställer en hälsorådgivare för nyinflyttade (grundtrygghetsnämnden)"]]},
        _h("2.2 Idrott", 3),
        _p("Mål: Barn med annat modersmål deltar i idrottsföreningarnas verksamhet."),
        {"type": "table", "caption": "", "columns": ["Kort sikt (2026–2027)", "Lång sikt (2028–2030)"],
         "rows": [["• Föreningarna får stöd för avgiftsfria provträningar (idrottssekreteraren)",
                   "• En idrottsskola startas för skolbarn (idrottssekreteraren)"]]},
    ]


def test_a_table_of_horizons_alone_gives_its_actions_to_the_goal_stated_above():
    ex = _classify(_horizon_plan())
    goals = {g.id: g.text for g in ex.goals}
    assert sorted(goals.values()) == ["Alla nya invånare vet var de får vård på sitt eget språk",
                                      "Barn med annat modersmål deltar i idrottsföreningarnas verksamhet"]
    got = {m.text: (goals.get(m.goal), m.responsible, m.schedule) for m in ex.measures}
    assert got == {
        "En vårdguide på åtta språk delas ut vid inflyttningen":
            ("Alla nya invånare vet var de får vård på sitt eget språk", ["hälsoenheten"], "2026–2027"),
        "Hälsokvällar ordnas på medborgarinstitutet":
            ("Alla nya invånare vet var de får vård på sitt eget språk", ["fritidsenheten"], "2026–2027"),
        "Kommunen anställer en hälsorådgivare för nyinflyttade":
            ("Alla nya invånare vet var de får vård på sitt eget språk", ["grundtrygghetsnämnden"], "2028–2030"),
        "Föreningarna får stöd för avgiftsfria provträningar":
            ("Barn med annat modersmål deltar i idrottsföreningarnas verksamhet", ["idrottssekreteraren"],
             "2026–2027"),
        "En idrottsskola startas för skolbarn":
            ("Barn med annat modersmål deltar i idrottsföreningarnas verksamhet", ["idrottssekreteraren"],
             "2028–2030"),
    }


# ---- a numbered goal list naming each goal's area last, in brackets ----

def test_a_listed_goal_may_name_its_area_in_brackets_after_it():
    g = listed_area_goal("2. Äldre invandrare hittar meningsfulla aktiviteter nära hemmet (Fritid och kultur).")
    assert (g.number, g.text, g.area) == ("2", "Äldre invandrare hittar meningsfulla aktiviteter nära hemmet",
                                          "Fritid och kultur")
    # a doer in brackets is no area; nor a reference
    assert listed_area_goal("2. Fler vuxna får arbete (Arbetskraftsservicen).") is None
    assert listed_area_goal("3. Fler vuxna får arbete (se kapitel 4).") is None


def test_goals_listed_with_their_area_in_brackets_key_the_goal_number_column():
    ex = _classify([
        _h("Integrationsplan 2026–2029", 1),
        _h("Planens mål", 2),
        _p("Planen har tre mål:"),
        _b("1. Nyinflyttade får råd på sitt eget språk (Första tiden).",
           "2. Äldre invandrare hittar meningsfulla aktiviteter nära hemmet (Fritid och kultur).",
           "3. Unga med annat modersmål får en studieplats efter grundskolan (Utbildning)."),
        _h("Åtgärder", 2),
        {"type": "table", "caption": "Åtgärder 2026–2029",
         "columns": ["Mål nr", "Åtgärd", "Ansvarig", "Tidtabell"],
         "rows": [["1", "Rådgivningen har öppet två kvällar i veckan", "Medborgarservicen", "från 2026"],
                  ["2", "Seniorträffar ordnas i byarnas skolor", "Äldreomsorgen", "varje höst"],
                  ["3", "Studiehandledare följer varje elev i nian", "Skolväsendet", "läsåret 2026–2027"]]},
    ])
    goals = {g.id: (g.text, g.theme) for g in ex.goals}
    assert sorted(goals.values()) == [
        ("Nyinflyttade får råd på sitt eget språk", "Första tiden"),
        ("Unga med annat modersmål får en studieplats efter grundskolan", "Utbildning"),
        ("Äldre invandrare hittar meningsfulla aktiviteter nära hemmet", "Fritid och kultur"),
    ]
    assert {" ".join(m.text.split()): goals[m.goal][1] for m in ex.measures} == {
        "Rådgivningen har öppet två kvällar i veckan": "Första tiden",
        "Seniorträffar ordnas i byarnas skolor": "Fritid och kultur",
        "Studiehandledare följer varje elev i nian": "Utbildning",
    }
