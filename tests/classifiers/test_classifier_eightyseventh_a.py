"""Eighty-seventh blind set, reader a (blind517–blind522) conventions, on made-up text:

- a second label line over a goal list ('Målsättning 2:' / list) after the first goal list
  and its actions ('Åtgärder:' / list): the actions after it serve the new goal alone, not
  every goal listed so far in the chapter."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


# ---- 'Målsättning 1:' / list / 'Åtgärder:' / list, then 'Målsättning 2:' / list / ... ----

def _labelled_goal_lists() -> list[dict]:
    return [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2028."),
        _h("2 Insatsområden", 2),
        _h("2.1 Språk", 3),
        _p("Många vuxna vill lära sig svenska men kurserna räcker inte till."),
        _p("Målsättning 1:"),
        _b("Vuxna invandrare lär sig svenska"),
        _p("Åtgärder:"),
        _b("Kvällskurser i svenska ordnas (ansvar: medborgarinstitutet, 2025)"),
        _p("Målsättning 2:"),
        _b("Barn med annat modersmål får stöd i skolan"),
        _p("Åtgärder:"),
        _b("Läxhjälp ordnas i biblioteket (ansvar: biblioteket)",
           "Studiehandledning utökas (ansvar: skolorna, 2026)"),
        _h("2.2 Fritid", 3),
        _p("Få invandrare deltar i föreningarna."),
        _p("Målsättning:"),
        _b("Invandrare deltar i föreningslivet"),
        _p("Åtgärder:"),
        _b("En fritidsguide publiceras (ansvar: fritidsbyrån, 2025)"),
        _h("3 Uppföljning", 2),
        _p("Programmet följs upp årligen."),
    ]


def test_goal_list_after_the_actions_of_the_goal_list_before_heads_its_actions_alone():
    ex = _classify(_labelled_goal_lists())
    assert [g.text for g in ex.goals] == [
        "Vuxna invandrare lär sig svenska",
        "Barn med annat modersmål får stöd i skolan",
        "Invandrare deltar i föreningslivet",
    ]
    by_id = {g.id: g.text for g in ex.goals}
    assert [(m.text, [by_id[g] for g in m.goals]) for m in ex.measures] == [
        ("Kvällskurser i svenska ordnas", ["Vuxna invandrare lär sig svenska"]),
        ("Läxhjälp ordnas i biblioteket", ["Barn med annat modersmål får stöd i skolan"]),
        ("Studiehandledning utökas", ["Barn med annat modersmål får stöd i skolan"]),
        ("En fritidsguide publiceras", ["Invandrare deltar i föreningslivet"]),
    ]


# ---- '1.1 …' / 'Ansvarig: X. Tidtabell: Y.' per action, then 'Mätare:' / list ----

def _actions_with_field_lines(last_fields: str) -> list[dict]:
    return [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2028."),
        _h("2 Mål och åtgärder", 2),
        _h("Mål 1: Vuxna invandrare lär sig svenska", 3),
        _p("1.1 Kvällskurser i svenska ordnas på två nivåer."),
        _p("Ansvarig: Medborgarinstitutet. Tidtabell: 2025."),
        _p("1.2 Ett språkcafé öppnar i biblioteket."),
        _p("Ansvarig: Biblioteket. Samarbetspartner: Röda Korset. Tidtabell: 2026."),
        _p("1.3 Språkvänner förmedlas till nya invånare."),
        _p(last_fields),
        _p("Mätare:"),
        _b("antal deltagare i kvällskurserna", "antal förmedlade språkvänspar"),
        _h("3 Uppföljning", 2),
        _p("Programmet följs upp årligen."),
    ]


def test_label_list_after_actions_with_one_field_line_each_is_the_goals():
    # (the last action leaves its time out: its line ends on another field than the others')
    for last in ("Ansvarig: Integrationskoordinatorn. Samarbetspartner: Röda Korset.",
                 "Ansvarig: Integrationskoordinatorn. Tidtabell: 2027."):
        ex = _classify(_actions_with_field_lines(last))
        assert len(ex.measures) == 3
        assert [(i.text, i.measure, i.goal) for i in ex.indicators] == [
            ("antal deltagare i kvällskurserna", None, ex.goals[0].id),
            ("antal förmedlade språkvänspar", None, ex.goals[0].id),
        ]


# ---- 'Huvudmål 1: Arbete' over 'Huvudmål: <goal sentence>.' ----

def test_goal_field_under_its_own_label_word_in_an_area_named_goal_heading():
    from classifiers.area_goal_headings import goal_under_area_heading

    assert goal_under_area_heading("Huvudmål 1: Arbete och utbildning",
                                   "Huvudmål: Vuxna invandrare hittar arbete som motsvarar deras utbildning.") \
        == ("Vuxna invandrare hittar arbete som motsvarar deras utbildning", "Arbete och utbildning")
    assert goal_under_area_heading("Mål 2 – Språk", "Mål: Alla nya invånare lär sig svenska eller finska.") \
        == ("Alla nya invånare lär sig svenska eller finska", "Språk")
    # another label ('Delmål:', 'Ansvar:'), or the label with a number, is a field of its own
    assert goal_under_area_heading("Huvudmål 1: Arbete", "Delmål: Vuxna invandrare hittar arbete snabbare.") is None
    assert goal_under_area_heading("Huvudmål 1: Arbete", "Ansvar: Sysselsättningsområdet och kommunen.") is None


def test_main_goal_heading_over_its_labelled_goal_and_a_table_of_actions():
    cols = ["Insats", "Tid", "Ansvarig aktör"]
    ex = _classify([
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2028."),
        _h("2 Huvudmål och insatser", 2),
        _h("Huvudmål 1: Arbete och utbildning", 3),
        _p("Huvudmål: Vuxna invandrare hittar arbete som motsvarar deras utbildning."),
        _p("Nuläge: Många arbetar i uppgifter som inte motsvarar deras utbildning."),
        {"type": "table", "columns": cols, "rows": [
            ["Kompetenskartläggning för arbetssökande", "2025", "Sysselsättningsområdet"],
            ["Mentorskap för nyanställda", "2026", "Näringslivsenheten"]]},
        _h("3 Uppföljning", 2),
        _p("Programmet följs upp årligen."),
    ])
    assert [(g.text, g.theme) for g in ex.goals] == [
        ("Vuxna invandrare hittar arbete som motsvarar deras utbildning", "Arbete och utbildning")]
    assert [m.goal for m in ex.measures] == [ex.goals[0].id] * 2


# ---- 'Tabell 5. Årsklocka för uppföljningen' / 'Uppföljningens årscykel' ----

def test_follow_up_year_wheel_caption():
    from classifiers.ended_rows import follow_up_timetable_caption

    for caption in ("Tabell 5. Årsklocka för uppföljningen", "Uppföljningens årscykel",
                    "Årshjulet för utvärderingen", "Taulukko 2. Seurannan vuosikello"):
        assert follow_up_timetable_caption(caption), caption
    # a year wheel of the programme's own events is no follow-up's
    assert not follow_up_timetable_caption("Årsklocka för integrationsarbetet")


def test_table_captioned_the_follow_ups_year_wheel_holds_no_actions():
    ex = _classify([
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2028."),
        _h("2 Åtgärder", 2),
        _p("Mål: Nya invånare får information på ett språk de förstår."),
        {"type": "table", "columns": ["Åtgärd", "Ansvar", "Tidtabell"], "rows": [
            ["Välkomstpaket på flera språk", "Integrationsbyrån", "2025"],
            ["Infokvällar för nyinflyttade", "Biblioteket", "2026"]]},
        _h("3 Uppföljning", 2),
        _p("Programmet följs upp årligen."),
        {"type": "table", "caption": "Tabell 2. Årsklocka för uppföljningen", "columns": ["När", "Vad", "Vem"],
         "rows": [["Januari", "Enheterna rapporterar läget", "Enheterna"],
                  ["Mars", "Rapporten sammanställs", "Integrationsbyrån"],
                  ["April", "Kommunstyrelsen behandlar rapporten", "Kansliet"]]},
    ])
    assert [m.text for m in ex.measures] == ["Välkomstpaket på flera språk", "Infokvällar för nyinflyttade"]
