"""Conventions of the thirty-first blind set's Stensund, Furuvik and Ekholm programmes
(tests/data/blind_programs, README there), on made-up programmes: numbered goal headings that
name only the goal's area over the sentence stating the goal (`area_goal_headings`); a council's decision
fixing lettered goals in its first point, its later points assigning actions (`decision_points`);
a plan typed as one outline whose bullet glyphs tell goal, action and fields (`glyph_outline`),
with partners labelled 'partner Y' (`actors`); a survey table of baselines and targets
(`baseline_target_tables`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.area_goal_headings import area_of_goal_heading, goal_under_area_heading
from classifiers.baseline_target_tables import indicator_header
from classifiers.decision_points import lettered_point, opens_goal_points
from classifiers.glyph_outline import glyph_item, outline_table
from classifiers.indicator_examples import indicator_examples
from classifiers.page_furniture import closes_on_page_number


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
    # a heading stating a goal as a clause; the writers' own work; a labelled line
    assert goal_under_area_heading("Mål 2: Föreningarna når nya medlemmar", "Föreningarna ordnar mässor.") is None
    assert goal_under_area_heading("Mål 2: Boende", "Vi arbetar för att alla ska ha ett hem.") is None
    assert goal_under_area_heading("Mål 2: Boende", "Delmål 2.1: Hyresbostäderna annonseras.") is None


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


# ---- a plan typed as one outline whose glyphs tell the levels ----------------------------

def _outline_doc():
    return [
        _h("4 Mål och åtgärder", 1),
        _h("Boende", 2),
        _b("● Nyinflyttade hittar en bostad utan lång väntan",
           "○ Bostadsrådgivning på flera språk",
           "▪ Ansvar: bostadsbolaget tillsammans med socialbyrån",
           "▪ När: 2026",
           "▪ Vi följer upp: antal rådgivningssamtal per år",
           "○ Hyresgästkvällar på lätt svenska",
           "▪ Ansvar: hyresgästföreningen, partner biblioteket"),
    ]


def test_glyph_levelled_outline_reads_goal_actions_and_their_fields():
    assert glyph_item("• ○ Hyresgästkvällar") == ("○", "Hyresgästkvällar")
    # a list that only changes its glyph, with no fields under the items, is no plan
    assert outline_table(["● a", "○ b", "○ c", "● d"]) is None
    x = _classify(_outline_doc())
    assert [_squash(g.text) for g in x.goals] == ["Nyinflyttade hittar en bostad utan lång väntan"]
    gid = x.goals[0].id
    got = {_squash(m.text): m for m in x.measures}
    assert set(got) == {"Bostadsrådgivning på flera språk", "Hyresgästkvällar på lätt svenska"}
    m1 = got["Bostadsrådgivning på flera språk"]
    assert (m1.goal, m1.responsible, m1.partners, m1.schedule) == (gid, ["bostadsbolaget"], ["socialbyrån"], "2026")
    m2 = got["Hyresgästkvällar på lätt svenska"]
    assert (m2.responsible, m2.partners) == (["hyresgästföreningen"], ["biblioteket"])
    assert [(_squash(i.text), i.measure) for i in x.indicators] == [("antal rådgivningssamtal per år", m1.id)]


def test_partner_labelled_before_the_name_is_a_partner():
    assert split_actors("näringslivsenheten, partner Företagarna rf") == (["näringslivsenheten"], ["Företagarna rf"])
    assert split_actors("fritidsenheten, samarbetspartner: idrottsföreningarna") == (["fritidsenheten"], ["idrottsföreningarna"])


# ---- 'Fråga | Utgångsläge 2024 | Mål 2028' -----------------------------------------------

def test_rows_with_a_baseline_and_a_target_are_indicators_whatever_the_first_column_is_called():
    assert indicator_header(["Fråga", "Utgångsläge 2024", "Mål 2028"]) == ["Indikator", "Utgångsläge 2024", "Målvärde 2028"]
    # a goal table beside the state now keeps its goals ('Mål | Nuläge | ...')
    assert indicator_header(["Mål", "Nuläge", "Målvärde 2028"]) is None
    # no baseline: 'Mål 2028' stays the goal column it may be
    assert indicator_header(["Område", "Mål 2028", "Ansvar"]) is None
    x = _classify([
        _h("5 Så vet vi om vi lyckats", 1),
        _p("Enkäten görs varje höst."),
        _t(["Fråga", "Utgångsläge 2024", "Mål 2028"], [
            ["Känner du dig välkommen i kommunen?", "61 %", "75 %"],
            ["Har du ett arbete som motsvarar din utbildning?", "38 %", "50 %"],
        ]),
    ])
    assert [_squash(i.text) for i in x.indicators] == ["Känner du dig välkommen i kommunen?",
                                                       "Har du ett arbete som motsvarar din utbildning?"]
    assert not x.goals


# ---- indicators named as examples of a kind ----------------------------------------------

def test_indicators_named_as_examples_after_the_word_for_indicators():
    assert indicator_examples("Målen följs upp med regionala nyckeltal, till exempel antalet "
                              "nyinflyttade och röstningsandelen bland utländska medborgare.") \
        == ("Målen", ["antalet nyinflyttade", "röstningsandelen bland utländska medborgare"])
    # examples of how, not of what is measured: none
    assert indicator_examples("Målen följs upp med indikatorer, till exempel genom enkäter.") is None
    x = _classify([
        _h("6 Uppföljning", 1),
        _p("Mätarna rapporteras årligen till nämnden. Dessutom följs målen upp med regionala "
           "nyckeltal, till exempel antalet nyinflyttade och röstningsandelen bland utländska medborgare."),
    ])
    assert [(_squash(i.text), i.measure) for i in x.indicators] == [
        ("antalet nyinflyttade", None), ("röstningsandelen bland utländska medborgare", None)]


# ---- a running foot closing on its page number -------------------------------------------

def test_a_line_closing_on_its_page_number_is_page_furniture_wherever_it_stands():
    assert closes_on_page_number("Exempelby stad · Integrationsprogram 2026–2029 · sida 6")
    assert closes_on_page_number("Integrationsprogram | Sida 3 (12)")
    assert not closes_on_page_number("Ansvar: biblioteket · Tid: 2026")
    x = _classify([
        _h("5 Åtgärder", 1),
        _t(["Nr", "Mål", "Åtgärd", "Ansvar", "Tidtabell"], [
            ["1", "Arbete", "Mentorprogram för arbetssökande", "Näringslivsenheten", "2026"]]),
        _p("Exempelby stad · Integrationsprogram 2026–2029 · sida 6"),
        _t(["Nr", "Mål", "Åtgärd", "Ansvar", "Tidtabell"], [
            ["2", "", "Rekryteringsdag för nyinflyttade", "Näringslivsenheten", "2027"]]),
    ])
    assert [_squash(m.text) for m in x.measures] == ["Mentorprogram för arbetssökande", "Rekryteringsdag för nyinflyttade"]
    assert x.measures[1].goal == x.measures[0].goal is not None
