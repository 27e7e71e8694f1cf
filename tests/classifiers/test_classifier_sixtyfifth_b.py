"""The conventions read for the sixty-fifth blind set's second three programmes, each on a
made-up programme: two actions written as orders in one cell ('Kartlägga X; förmedla Y', 'Ordna X
samt handleda Y'), goal sub-headings phrased as statements whose verb the clause test missed, a
goal heading over an intro line and its action items, items '<action> – <doer> – <time>', and
follow-up items keyed '<theme> – <meter>'."""
from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_two_orders_in_one_action_cell_are_two_actions_with_the_rows_fields():
    from classifiers.semicolon_actions import semicolon_actions
    assert semicolon_actions("Utreda lokalernas tillgänglighet; informera föreningarna om resultatet") == [
        "Utreda lokalernas tillgänglighet", "informera föreningarna om resultatet"]
    assert semicolon_actions("Bygga en spontanplan samt anställa två fältarbetare") == [
        "Bygga en spontanplan", "anställa två fältarbetare"]
    assert semicolon_actions("Erbjuda läxhjälp i biblioteket samt ett sommarläger") == [
        "Erbjuda läxhjälp i biblioteket", "ett sommarläger"]
    # one thing with two parts, and a clause run on after the semicolon: no split
    assert semicolon_actions("Erbjuda simkurser för mammor samt döttrar") is None
    assert semicolon_actions("Simskolan ordnas i juni; de följs upp i augusti") is None
    # nouns ending as an infinitive does ('Nattvandring', 'Badstrandsträffe'): no order
    assert semicolon_actions("Föräldrakaffe i skolan; lovskola i juni") is None
    doc = _classify([
        _h("2 Fritid", 1),
        _p("Målet är att alla unga har en meningsfull fritid."),
        _t(["Åtgärder", "Ansvarig", "Samarbetspartner", "Tidsram"], [
            ["Utreda lokalernas tillgänglighet; informera föreningarna om resultatet",
             "Idrottsbyrån", "Ungdomsrådet, Scouterna", "2026"],
            ["Bygga en spontanplan samt anställa två fältarbetare", "Tekniska enheten", "–", "2027"],
        ]),
    ])
    texts = [m.text for m in doc.measures]
    assert "informera föreningarna om resultatet" in texts
    assert "anställa två fältarbetare" in texts
    inform = next(m for m in doc.measures if m.text.startswith("informera"))
    assert inform.responsible == ["Idrottsbyrån"]
    assert set(inform.partners) == {"Ungdomsrådet", "Scouterna"}
    assert inform.schedule == "2026"


def test_goal_subheadings_whose_verb_is_short_passive_or_after_an_agent_noun():
    from classifiers.prose import reads_as_clause
    assert reads_as_clause("Föräldrarnas erfarenhet tas tillvara i skolan")
    assert reads_as_clause("Stödet till nya företagare når alla")
    assert reads_as_clause("Fler deltagare fortsätter till yrkesutbildning")
    assert reads_as_clause("Alla pensionärer träffas regelbundet")
    # titles stay titles
    assert not reads_as_clause("Service för nyanlända familjer")
    assert not reads_as_clause("Alla tidigare deltagare")
    assert not reads_as_clause("Digitala tjänster för alla invånare")
    doc = _classify([
        _h("3 Mål och åtgärder", 1),
        _h("Insatsområde 1: Fritid", 2),
        _h("1.1 Fler deltagare fortsätter till föreningarnas verksamhet", 3),
        _t(["Åtgärder", "Ansvarig", "Tidsram"], [
            ["Ordna prova-på-dagar i hallen", "Idrottsbyrån", "2026"],
        ]),
        _h("1.2 Föräldrarnas erfarenhet tas tillvara i skolan", 3),
        _t(["Åtgärder", "Ansvarig", "Tidsram"], [
            ["Bjuda in föräldrar som gästlärare", "Skolverket i kommunen", "2027"],
        ]),
    ])
    goals = {g.text: g.id for g in doc.goals}
    assert "Fler deltagare fortsätter till föreningarnas verksamhet" in goals
    assert "Föräldrarnas erfarenhet tas tillvara i skolan" in goals
    guest = next(m for m in doc.measures if m.text.startswith("Bjuda"))
    assert guest.goal == goals["Föräldrarnas erfarenhet tas tillvara i skolan"]


def test_item_with_doer_and_time_as_two_dash_fields():
    from classifiers.actors import trailing_actors
    assert trailing_actors("Broschyr om fritidsutbudet på fem språk – fritidsbyrån – hösten 2026") == (
        ["fritidsbyrån"], [], "hösten 2026")
    # a dash aside that closes with no time stays the text's own
    assert trailing_actors("Broschyr – ett nytt grepp – för alla") is None
    doc = _classify([
        _h("2 Fritid", 1),
        _p("Målet är att alla unga har en meningsfull fritid."),
        _p("Så här gör vi:"),
        _b("Broschyr om fritidsutbudet på fem språk – fritidsbyrån – hösten 2026",
           "Öppen hall på lördagar – idrottsbyrån – 2026–2027"),
    ])
    hall = next(m for m in doc.measures if m.text.startswith("Öppen hall"))
    assert hall.text == "Öppen hall på lördagar"
    assert hall.responsible == ["idrottsbyrån"]
    assert hall.schedule == "2026–2027"


def test_goal_subheading_over_an_intro_line_and_items_naming_their_doer():
    doc = _classify([
        _h("3 Mål och åtgärder", 1),
        _h("Insatsområde 2: Fritid", 2),
        _h("2.1 Unga hittar en hobby som passar dem", 3),
        _p("Så här arbetar vi mot målet:"),
        _b("Prova-på-dagar i idrottshallen – fritidsbyrån – hösten 2026",
           "Hobbymässa i biblioteket – kulturbyrån – våren 2027"),
    ])
    goals = {g.text: g.id for g in doc.goals}
    assert "Unga hittar en hobby som passar dem" in goals
    fair = next(m for m in doc.measures if m.text.startswith("Hobbymässa"))
    assert fair.goal == goals["Unga hittar en hobby som passar dem"]
    assert fair.responsible == ["kulturbyrån"]


def _theme_goal_programme(intro, items):
    return [
        _h("2 Mål", 1),
        _t(["Tema", "Mål"], [
            ["Fritid och idrott", "Alla unga har en fritidssysselsättning"],
            ["Boende", "Nya invånare hittar en bostad inom ett halvår"],
        ], caption="Tabell 1. Mål"),
        _h("3 Åtgärder", 1),
        _t(["Åtgärd", "Tema", "Ansvar", "När"], [
            ["Ordna prova-på-dagar i idrottshallen", "Fritid och idrott", "Idrottsbyrån", "2026"],
            ["Erbjuda bostadsrådgivning i servicepunkten", "Boende", "Bostadsbyrån", "2026–2027"],
        ]),
        _h("4 Uppföljning", 1),
        _p(intro),
        _b(*items),
    ]


def test_follow_up_items_keyed_by_theme_before_a_dash():
    from classifiers.theme_labelled_meters import theme_first_dash_meter
    assert theme_first_dash_meter("Fritid och idrott – antal unga i föreningarna") == (
        "antal unga i föreningarna", "Fritid och idrott")
    doc = _classify(_theme_goal_programme("Uppföljningen görs årligen. Vi följer:", [
        "Fritid och idrott – antal unga i föreningarna",
        "Boende – antal hushåll som fått bostad inom ett halvår",
    ]))
    goals = {g.text: g.id for g in doc.goals}
    hh = next(i for i in doc.indicators if "hushåll" in i.text)
    assert hh.text == "antal hushåll som fått bostad inom ett halvår"
    assert hh.goal == goals["Nya invånare hittar en bostad inom ett halvår"]


def test_meters_said_to_be_the_themes_follow_up_no_one_action():
    from classifiers.prose import grouped_by_area
    assert grouped_by_area("Temanas mätare är:")
    assert grouped_by_area("Uppföljningen görs i mars. Insatsområdenas indikatorer:")
    assert not grouped_by_area("Följande mätare används:")
    doc = _classify(_theme_goal_programme("Uppföljningen görs årligen. Temanas mätare är:", [
        "Fritid och idrott – antal deltagare i prova-på-dagarna",
        "Boende – antal besök i bostadsrådgivningen",
    ]))
    goals = {g.text: g.id for g in doc.goals}
    visits = next(i for i in doc.indicators if "besök" in i.text)
    assert visits.text == "antal besök i bostadsrådgivningen"
    assert visits.measure is None
    assert visits.goal == goals["Nya invånare hittar en bostad inom ett halvår"]


def test_paragraph_closing_that_what_it_describes_is_no_part_of_the_programme():
    from classifiers.denied_actions import denies_itself
    assert denies_itself("Församlingen ordnar sorggrupper på flera språk. Detta arbete hör inte till programmet.")
    assert denies_itself("Regionen erbjuder tandvård för nyanlända. Dessa tjänster ingår i regionens egen plan "
                         "och inte i detta program.")
    # a closing sentence about a budget, or an action denied by its own noun: not disowned
    assert not denies_itself("Kommunen ordnar läxhjälp. Detta ingår inte i budgeten.")
    doc = _classify([
        _h("3 Åtgärder", 1),
        _p("Målet är att alla nyanlända känner sig trygga."),
        _t(["Åtgärd", "Ansvar", "När"], [["Ordna trygghetsvandringar i centrum", "Fritidsbyrån", "2026"]]),
        _p("Församlingen ordnar sorggrupper på flera språk. Detta arbete hör inte till programmet."),
    ])
    assert not any("sorggrupper" in m.text for m in doc.measures)
    assert any(m.text.startswith("Ordna trygghetsvandringar") for m in doc.measures)


def test_meter_cell_two_meters_a_line_the_first_closing_on_a_figure():
    doc = _classify([
        _h("2 Mål och mätare", 1),
        _t(["Nr", "Mål", "Mätare"], [
            ["1", "Alla unga har en meningsfull fritid",
             "Andelen unga som deltar i en hobby minst 1\nUpplevd trygghet enligt ungdomsenkäten"],
            ["2", "Nya invånare hittar en bostad", "Antal hushåll i tillfälligt boende"],
        ], caption="Tabell 1. Mål och mätare"),
    ])
    texts = [i.text.replace("\n", " ") for i in doc.indicators]
    assert "Andelen unga som deltar i en hobby minst 1" in texts
    assert "Upplevd trygghet enligt ungdomsenkäten" in texts


def test_phase_headings_of_the_path_are_no_goals():
    from classifiers.prose import names_a_stretch_of_time
    assert names_a_stretch_of_time("4.2 Under det första året")
    assert names_a_stretch_of_time("Efter tre år i kommunen")
    assert not names_a_stretch_of_time("Under det första året får alla en egen plan")
    doc = _classify([
        _h("3 Mål och åtgärder", 1),
        _h("Mål 1: Nyanlända familjer känner sig hemma i kommunen", 2),
        _h("1.1 Under den första månaden", 3),
        _t(["Åtgärd", "Ansvar", "När"], [["Ordna ett välkomstbesök i hemmet", "Familjebyrån", "första veckan"]]),
        _h("1.2 Efter ett halvt år", 3),
        _t(["Åtgärd", "Ansvar", "När"], [["Bjuda in familjen till ett uppföljningssamtal", "Familjebyrån",
                                          "efter sex månader"]]),
    ])
    assert len(doc.goals) == 1 and doc.goals[0].text.endswith("Nyanlända familjer känner sig hemma i kommunen")
    assert all(m.goal == doc.goals[0].id for m in doc.measures)
