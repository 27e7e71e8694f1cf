"""Sixty-third blind set, reader a (blind373, blind374, blind375) conventions, on made-up text:

- a theme heading, 'Mål: <goal>.' and under it a table of time horizons alone ('Kort sikt
  (2025–2026)' | 'Lång sikt (2027–2029)'), each cell listing '• <action> (<doer>)' lines;
"""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

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
