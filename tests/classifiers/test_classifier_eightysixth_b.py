"""Eighty-sixth blind set (b), on made-up text: a relative clause counting another document's
goals ('där ett av de tre strategiska målen är att …'); a list's intro placing its items in
'andra av kommunens planer'; a table captioned the follow-up's timetable ('Tidplan för
uppföljningen') whatever its columns; a meter line right under the one bulleted item of a
list its intro announced ('Åtgärder:' / '• X.' / 'Mätare: …')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.ended_rows import follow_up_timetable_caption
from classifiers.other_plans import placed_in_other_plans
from classifiers.prose import intro_kind, is_goal_sentence


def _table(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_where_clause_counting_another_documents_goals_is_no_goal():
    assert not is_goal_sentence("Programmet stöder kommunstrategin Exempelby 2035, där ett av de tre "
                                "strategiska målen är att kommunen ska vara en trygg plats att bo på.")
    assert not is_goal_sentence("Programmet stöder kommunstrategin Exempelby 2035, där ett av de 3 "
                                "strategiska målen är att kommunen ska vara en trygg plats att bo på.")
    assert is_goal_sentence("Målet är att kommunen ska vara en trygg plats att bo på för alla.")


def _own_goal_and_actions():
    """The programme's own goal and two actions, which the list or table after them must leave be."""
    return [
        _h("Mål och åtgärder"),
        _p("Mål: Alla vuxna kan använda svenska i vardagen."),
        _p("Åtgärder:"),
        _b("Biblioteket ordnar en samtalsgrupp varje vecka. Ansvar: biblioteket.",
           "Kommunen startar en läsecirkel. Ansvar: kulturavdelningen."),
    ]


def test_intro_placing_items_in_other_of_the_municipalitys_plans():
    intro = ("Några insatser för nya invånare ingår i andra av kommunens planer och följs upp där. "
             "Bland dem finns:")
    assert placed_in_other_plans(intro)
    assert intro_kind(intro) == "background"
    assert not placed_in_other_plans("Kommunen genomför följande åtgärder:")
    got = _classify([
        *_own_goal_and_actions(),
        _h("Andra planer", 2),
        _p(intro),
        _b("en kartläggning av fritidslokalerna (fritidsplanen)",
           "en utbildning för lärarna i flerspråkighet (skolplanen)"),
    ])
    assert not any("kartläggning" in m.text or "flerspråkighet" in m.text for m in got.measures)
    assert any("samtalsgrupp" in m.text for m in got.measures)


def test_follow_up_timetable_caption():
    assert follow_up_timetable_caption("Tabell 3. Tidplan för uppföljningen")
    assert follow_up_timetable_caption("Uppföljningens tidtabell")
    assert follow_up_timetable_caption("Taulukko 2. Seurannan aikataulu")
    assert not follow_up_timetable_caption("Tabell 3. Tidplan för åtgärderna")
    assert not follow_up_timetable_caption("Åtgärder och uppföljning")
    assert not follow_up_timetable_caption(None)


def test_table_captioned_follow_up_timetable_gives_no_measures():
    got = _classify([
        *_own_goal_and_actions(),
        _h("Uppföljning"),
        _table(["Tidpunkt", "Vad görs", "Vem"], [
            ["Februari varje år", "Uppgifterna om deltagarna sammanställs", "Kansliet"],
            ["Juni varje år", "Rapport till kommunfullmäktige", "Kommundirektören"],
        ], caption="Tabell 4. Tidplan för uppföljningen"),
    ])
    assert not any("sammanställs" in m.text or "Rapport till" in m.text for m in got.measures)
    assert any("samtalsgrupp" in m.text for m in got.measures)


def test_meter_under_the_one_bulleted_item_of_a_list_follows_the_goal():
    got = _classify([
        _h("Mål och åtgärder"),
        _h("Arbete", 2),
        _p("Mål: Fler invandrare får arbete."),
        _p("Åtgärder:"),
        _b("Kommunen ordnar en rekryteringsmässa. Ansvar: näringslivsenheten. Tid: 2026."),
        _p("Mätare: sysselsättningsgraden bland invandrare"),
        _h("Språk", 2),
        _p("Mål: Alla vuxna kan använda svenska i vardagen."),
        _p("Åtgärder:"),
        _b("Biblioteket ordnar en samtalsgrupp varje vecka. Ansvar: biblioteket. Tid: 2025.",
           "Kommunen startar en läsecirkel. Ansvar: kulturavdelningen. Tid: 2026."),
        _p("Mätare: antalet deltagare i samtalsgrupperna"),
    ])
    ind = next(i for i in got.indicators if "sysselsättningsgraden" in i.text)
    goal = next(g for g in got.goals if "arbete" in g.text)
    assert ind.measure is None
    assert ind.goal == goal.id
