"""Conventions of the thirty-first blind set's Stensund, Furuvik and Ekholm programmes
(tests/data/blind_programs, README there), on made-up programmes: numbered goal headings that
name only the goal's area over the sentence stating the goal (`area_goal_headings`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.area_goal_headings import area_of_goal_heading, goal_under_area_heading
from classifiers.decision_points import lettered_point, opens_goal_points


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


# ---- 'Mål 2 – Boende' over its goal sentence ---------------------------------------------

def test_area_of_goal_heading_is_a_short_name_only():
    assert area_of_goal_heading("Mål 2 – Boende och närmiljö") == "Boende och närmiljö"
    # a heading stating the goal itself is no area's name
    assert area_of_goal_heading("Mål 2: Alla nyinflyttade hittar en bostad i tid") is None
    assert goal_under_area_heading("Mål 2 – Boende", "Nyinflyttade hittar en bostad utan lång väntan.") \
        == ("Nyinflyttade hittar en bostad utan lång väntan", "Boende")
    # two sentences describe the area: no goal statement
    assert goal_under_area_heading("Mål 2 – Boende", "Bostäderna är få. Kön är lång.") is None


def _area_doc():
    return [
        _h("3 Våra mål", 1),
        _h("Mål 1 – Boende", 2),
        _p("Nyinflyttade hittar en bostad utan lång väntan."),
        _p("Vad betyder det för dig? Du kan fråga om bostad vid servicepunkten."),
        _h("Mål 2 – Fritid", 2),
        _p("Barn i nya familjer deltar i en hobby som andra barn."),
        _h("4 Åtgärder", 1),
        _t(["Nr", "Mål", "Åtgärd", "Ansvar", "Tidtabell"], [
            ["1", "1 Boende", "Bostadsrådgivning på flera språk", "Bostadsbolaget", "2026"],
            ["2", "2 Fritid", "Hobbykort för barn i nya familjer", "Fritidsenheten", "2027"],
        ]),
    ]


def test_goal_is_the_sentence_under_an_area_heading_and_the_area_its_theme():
    x = _classify(_area_doc())
    goals = {_squash(g.text): g for g in x.goals}
    assert set(goals) == {"Nyinflyttade hittar en bostad utan lång väntan",
                          "Barn i nya familjer deltar i en hobby som andra barn"}
    g1 = goals["Nyinflyttade hittar en bostad utan lång väntan"]
    assert g1.theme == "Boende"
    by_text = {_squash(m.text): m.goal for m in x.measures}
    assert by_text["Bostadsrådgivning på flera språk"] == g1.id
    assert by_text["Hobbykort för barn i nya familjer"] == goals["Barn i nya familjer deltar i en hobby som andra barn"].id


# ---- a decision list: point 1 fixes lettered goals, later points assign actions ----------

def _decision_doc():
    return [
        _h("§ 12 Integrationsprogram", 1),
        _h("Förslag", 2),
        _p("Fullmäktige beslutar att"),
        _b("1. fastställa följande mål för integrationsarbetet 2026–2028:",
            "a) alla nyinflyttade får information om servicen på sitt eget språk,",
            "b) fler unga invandrare avlägger en examen på andra stadiet;",
            "2. uppdra åt socialnämnden att öppna en rådgivningspunkt i stadshuset i samarbete med "
            "Röda Korset från våren 2026 (mål a);",
            "3. uppdra åt kultur- och fritidsnämnden att ordna studiehandledning på modersmålet 2027 (mål b);",
            "4. godkänna programmet i sin helhet."),
    ]


def test_decision_point_fixing_goals_reads_lettered_sub_points_as_goals_and_points_as_actions():
    assert opens_goal_points("• 1. fastställa följande mål för integrationsarbetet 2026–2028:")
    assert not opens_goal_points("1. godkänna programmet i sin helhet.")
    assert lettered_point("• b) fler unga invandrare avlägger en examen;") == ("b", "fler unga invandrare avlägger en examen")
    x = _classify(_decision_doc())
    goals = {_squash(g.text): g.id for g in x.goals}
    assert set(goals) == {"alla nyinflyttade får information om servicen på sitt eget språk",
                          "fler unga invandrare avlägger en examen på andra stadiet"}
    got = {_squash(m.text): m for m in x.measures}
    assert set(got) == {
        "uppdra åt socialnämnden att öppna en rådgivningspunkt i stadshuset i samarbete med Röda Korset från våren 2026",
        "uppdra åt kultur- och fritidsnämnden att ordna studiehandledning på modersmålet 2027"}
    m2 = got["uppdra åt socialnämnden att öppna en rådgivningspunkt i stadshuset i samarbete med Röda Korset från våren 2026"]
    assert m2.goal == goals["alla nyinflyttade får information om servicen på sitt eget språk"]
    assert m2.responsible == ["socialnämnden"]
    m3 = got["uppdra åt kultur- och fritidsnämnden att ordna studiehandledning på modersmålet 2027"]
    assert m3.goal == goals["fler unga invandrare avlägger en examen på andra stadiet"]
    assert m3.responsible == ["kultur- och fritidsnämnden"]
