"""Conventions of the thirty-fifth blind set's Karvsor, Östersundom and Kvarnbo programmes
(tests/data/blind_programs, README there), on made-up programmes."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.counted_actions import actions_counted
from classifiers.elements import Element
from classifiers.footnoted_items import fold_footnoted_items
from classifiers.goal_group_rows import goal_group_rows
from classifiers.headers import map_columns
from classifiers.mark_legends import is_mark_legend


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _sq(text):
    return " ".join(text.split())


def _grouped_table():
    return [
        _h("Integrationsprogram 2026–2029", 1),
        _h("3 Åtgärder", 2),
        _p("Åtgärderna är ordnade under programmets mål."),
        _t(["Åtgärd", "Ansvar", "Tidtabell"],
           [["Nya invånare hittar den service de behöver", "", ""],
            ["Välkomstbrev på fyra språk skickas till alla inflyttade", "Kansliet", "2026"],
            ["Rådgivningen i medborgarhuset är öppen tre dagar i veckan", "Socialbyrån", "Fortlöpande"],
            ["Fler vuxna invandrare har arbete", "", ""],
            ["Kommunen ordnar en rekryteringsmässa varje vår", "Näringslivsenheten", "Årligen"]]),
    ]


def test_goal_rows_alone_in_the_action_column_head_their_actions():
    x = _classify(_grouped_table())
    goals = {g.id: g.text for g in x.goals}
    got = {_sq(m.text): goals.get(m.goal) for m in x.measures}
    assert got == {
        "Välkomstbrev på fyra språk skickas till alla inflyttade": "Nya invånare hittar den service de behöver",
        "Rådgivningen i medborgarhuset är öppen tre dagar i veckan": "Nya invånare hittar den service de behöver",
        "Kommunen ordnar en rekryteringsmässa varje vår": "Fler vuxna invandrare har arbete"}


def test_parts_of_the_goal_row_rule():
    rows = [["Mål A", "", ""], ["Åtgärd 1", "X", "2026"], ["Åtgärd 2", "", ""], ["Mål B", "", ""],
            ["Åtgärd 3", "Y", "2027"]]
    assert goal_group_rows(rows, 0) == {0, 3}
    # the first row an action of its own: a lone row below repeats the cells above it
    assert goal_group_rows([["Åtgärd 1", "X", "2026"], ["Åtgärd 2", "", ""], ["Åtgärd 3", "Y", "2027"]], 0) == set()
    assert goal_group_rows(rows, None) == set()
    # a row labelling itself is read by its label ('▓ MÅL: …', `goal_labelled_rows`)
    assert goal_group_rows([["▓ MÅL: A", "", ""], ["Åtgärd 1", "X", "2026"]], 0) == set()


def _chapter_of_footnoted_actions():
    return _grouped_table() + [
        _h("4 Delaktighet", 2),
        _p("Den ansvariga anges på raden under åtgärden."),
        _h("4.1 Invandrare deltar i kommunens beslutsfattande", 3),
        _p("1. Det ordnas en valinformation på flera språk inför varje val.¹"),
        _p("¹ Ansvar: kansliet, inför valen 2027"),
        _p("2. Det utreds hur ett invandrarråd kan inrättas.²"),
        _p("² Ansvar: kommundirektören, 2026"),
        _h("4.2 Föreningarna tar emot nya medlemmar", 3),
        _p("3. Det delas ut ett bidrag till föreningar med öppen verksamhet.³"),
        _p("³ Ansvar: fritidsnämnden, 2027–2028"),
    ]


def test_numbered_actions_with_footnoted_doers_under_goal_headings():
    x = _classify(_chapter_of_footnoted_actions())
    goals = {g.id: g for g in x.goals}
    got = {_sq(m.text).split(". ", 1)[-1]: (goals[m.goal].text if m.goal in goals else None, m.responsible,
                                           m.schedule)
           for m in x.measures if "Det " in m.text}
    assert got == {
        "Det ordnas en valinformation på flera språk inför varje val.":
            ("Invandrare deltar i kommunens beslutsfattande", ["kansliet"], "inför valen 2027"),
        "Det utreds hur ett invandrarråd kan inrättas.":
            ("Invandrare deltar i kommunens beslutsfattande", ["kommundirektören"], "2026"),
        "Det delas ut ett bidrag till föreningar med öppen verksamhet.":
            ("Föreningarna tar emot nya medlemmar", ["fritidsnämnden"], "2027–2028")}
    assert {goals[m].theme for m in {mm.goal for mm in x.measures if "Det " in mm.text}} == {"Delaktighet"}


def test_a_note_is_folded_only_under_the_item_its_mark_closes():
    els = [Element("bullet", "1. Kurs i svenska.¹"), Element("para", "¹ Ansvar: Medis, 2026"),
           Element("para", "Text om något.²"), Element("para", "² Uppgiften hämtas ur registret.")]
    got = [e.text for e in fold_footnoted_items(els)]
    assert got == ["1. Kurs i svenska.", "Ansvar: Medis, 2026", "Text om något.²", "² Uppgiften hämtas ur registret."]


def test_a_follow_up_list_counts_actions_in_the_goals_order_each_once():
    actions = [("m1", "Välkomstpaket skickas till alla inflyttade"),
               ("m2", "Undervisningen i svenska som andraspråk ordnas i alla skolor"),
               ("m3", "Sommarskola i svenska för elever i årskurs 3–8"),
               ("m4", "Rekryteringsdag för arbetsgivare ordnas årligen")]
    inds = ["antalet utdelade välkomstpaket", "antalet deltagare i sommarskolan",
            "andelen elever i årskurs 9 med svenska som andraspråk", "antalet arbetsgivare vid rekryteringsdagen"]
    # m2 and m3 serve one goal: the list may name them in its own order; the third figure
    # shares more words with the summer school, which the second already counts
    assert actions_counted(inds, actions, [], [0, 1, 1, 2]) == ["m1", "m3", "m2", "m4"]
    # without the goals' order, the actions' order decides (as before)
    assert actions_counted(inds, actions, []) is None


def test_a_bare_how_right_of_what_is_followed_up_is_no_action_column():
    assert map_columns(["Vad följs upp", "Hur", "När", "Vem rapporterar"]) == {
        0: "indicator", 2: "schedule", 3: "responsible"}
    assert map_columns(["Åtgärd", "Hur", "Vem"])[0] == "measure"


def test_lettered_roman_goal_codes_in_an_indicator_table_name_their_goals():
    x = _classify([
        _h("Integrationsprogram 2026–2029", 1),
        _h("A. Språk och utbildning", 2),
        _h("A.I Alla vuxna inflyttade kan lära sig svenska", 3),
        _b("– Kvällskurser i svenska ordnas varje termin"),
        _p("Ansvarig: medborgarinstitutet. Tidsplan: 2026–2029."),
        _h("A.II Eleverna får stöd i skolan", 3),
        _b("– Stödundervisning i svenska i alla skolor"),
        _p("Ansvarig: skolan. Tidsplan: 2026."),
        _h("Indikatorer", 2),
        _t(["Mål", "Indikator", "Källa"],
           [["A.I", "Antal deltagare i kvällskurserna", "Kursstatistik"],
            ["A.II", "Andel elever som får stöd", "Skolans statistik"]]),
    ])
    assert sorted(_sq(g.text) for g in x.goals) == ["A.I Alla vuxna inflyttade kan lära sig svenska",
                                                    "A.II Eleverna får stöd i skolan"]
    goals = {g.id: g.text for g in x.goals}
    assert {i.text: goals.get(i.goal, "")[:4] for i in x.indicators} == {
        "Antal deltagare i kvällskurserna": "A.I ", "Andel elever som får stöd": "A.II"}


def test_a_marks_legend_is_no_action():
    assert is_mark_legend(Element("para", "✓ = åtgärden har inletts före 2025."))
    assert is_mark_legend(Element("bullet", "• = åtgärden har inletts före 2025."))
    assert not is_mark_legend(Element("bullet", "• Åtgärden = en kurs"))
    # (the tick read as the line's bullet)
    x = _classify(_grouped_table() + [_b("= åtgärden har inletts före 2026 och fortsätter.")])
    assert not any("inletts" in m.text for m in x.measures)


def test_actions_under_sibling_goal_paragraphs_serve_the_goal_they_speak_of():
    x = _classify([
        _h("Integrationsprogram 2026–2029", 1),
        _h("3 Grundläggande utbildning", 2),
        _h("Mål för området", 3),
        _p("Eleverna med invandrarbakgrund avslutar grundskolan med ett avgångsbetyg."),
        _p("Vårdnadshavarna känner till hur skolan arbetar."),
        _h("Utvecklingsåtgärder 2026–2029", 3),
        _b("Varje nyanländ elev får en individuell plan (ansvar: rektor, 2026).",
           "Handledning i Wilma erbjuds vårdnadshavare på flera språk (ansvar: skolsekreteraren, 2027)."),
    ])
    goals = {g.id: g.text for g in x.goals}
    got = {_sq(m.text)[:20]: goals.get(m.goal, "")[:12] for m in x.measures}
    assert got == {"Varje nyanländ elev ": "Eleverna med", "Handledning i Wilma ": "Vårdnadshava"}


def test_a_body_marked_as_paying_is_a_partner():
    from classifiers.actors import split_actors
    assert split_actors("Bildningsavdelningen, Svenska kulturfonden (finansiering)") == (
        ["Bildningsavdelningen"], ["Svenska kulturfonden"])
    assert split_actors("Skolan, Fonden (medfinansiär)") == (["Skolan"], ["Fonden"])
    assert split_actors("Skolan, biblioteket") == (["Skolan", "biblioteket"], [])


def test_a_heading_under_a_chapter_that_states_the_goal_is_no_goal():
    x = _classify(_grouped_table() + [
        _h("4 Delaktighet", 2),
        _p("Mål: Invandrare deltar i kommunens beslutsfattande."),
        _h("Vi når dit genom följande", 3),
        _p("1. Det ordnas en valinformation på flera språk inför varje val.¹"),
        _p("¹ Ansvar: kansliet, inför valen 2027"),
    ])
    assert not any("följande" in g.text for g in x.goals)
    goals = {g.id: g.text for g in x.goals}
    assert [goals.get(m.goal) for m in x.measures if "valinformation" in m.text] == [
        "Invandrare deltar i kommunens beslutsfattande"]


def _plan_with_follow_up(follow_up):
    return [
        _h("Integrationsprogram 2026–2029", 1),
        _h("2 Mål och åtgärder", 2),
        _t(["Mål", "Åtgärd", "Ansvar", "Tid"],
           [["Nya invånare hittar rätt service", "Välkomstpaket skickas till alla inflyttade", "Kansliet", "2026"],
            ["Barn lär sig svenska", "Undervisningen i svenska som andraspråk ordnas i alla skolor",
             "Skolorna", "2026"],
            ["", "Sommarskola i svenska för elever i årskurs 3–8", "Skolorna", "2027"],
            ["Fler vuxna i arbete", "Rekryteringsdag för arbetsgivare ordnas årligen", "Näringslivet", "årligen"]]),
        _h("3 Uppföljning", 2),
    ] + follow_up


_FIGURES = ["Antalet utdelade välkomstpaket", "Antalet deltagare i sommarskolan",
            "Antalet skolor med undervisning i andraspråk", "Antalet arbetsgivare vid rekryteringsdagen"]


def test_a_follow_up_list_names_a_goals_actions_in_its_own_order():
    x = _classify(_plan_with_follow_up([_p("Följande indikatorer används:"), _b(*_FIGURES)]))
    measures = {m.id: _sq(m.text)[:12] for m in x.measures}
    assert {i.text: measures.get(i.measure) for i in x.indicators} == {
        "Antalet utdelade välkomstpaket": "Välkomstpake", "Antalet deltagare i sommarskolan": "Sommarskola ",
        "Antalet skolor med undervisning i andraspråk": "Undervisning",
        "Antalet arbetsgivare vid rekryteringsdagen": "Rekryterings"}


def test_key_figures_out_of_the_actions_order_follow_the_goals_up():
    x = _classify(_plan_with_follow_up([_t(["Nyckeltal", "Utgångsläge 2024", "Källa"],
                                           [[f, "10", "Kansliet"] for f in _FIGURES])]))
    assert [i.measure for i in x.indicators] == [None] * 4


def test_a_doer_line_under_a_list_of_several_is_no_mark_of_actions():
    x = _classify(_grouped_table() + [
        _h("4 Utvecklingsplan för utbildningen", 2),
        _p("Huvudsakliga målsättningar"),
        _b("Jämlika möjligheter till utbildning.", "Förbättrade studieresultat bland eleverna."),
        _p("Ansvarig: Sektorn för fostran och utbildning."),
    ])
    assert not any("Jämlika" in m.text or "studieresultat" in m.text for m in x.measures)
