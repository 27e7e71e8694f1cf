"""Forty-eighth blind set (blind287, blind283, blind288) conventions, on made-up text: a
brochure's goals led in by their areas' names ('Arbete: …') with the actions under one heading
per area below 'Det här gör vi', followed up in a 'Mål | Vad vi följer' table of 'hur många …'
questions; a doer said to have a plan of its own; a principle's scope sentence and a paragraph
of principles; a goal given after 'ett eget mål:'; 'Åtgärd N.M: X. Ansvarig: Y i samarbete
med Z. Tidpunkt: T. Mätare: M.' paragraphs; and an action numbered by goal that shares its
number with a row numbered by chapter."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.colon_goal import goal_after_colon
from classifiers.lead_phrase import labelled_action, meter_of_labelled_action
from classifiers.prose_actions import prose_action
from classifiers.text import opens_with_count


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _goal_of(ex, measure_words):
    m = next(m for m in ex.measures if measure_words in _sq(m.text))
    return next(g.text for g in ex.goals if g.id == m.goal)


# --- a brochure: goals led in by area names, actions under one heading per area --------------

def _brochure(follow_up=True):
    blocks = [
        _h("Hemma i Lillby – integrationsplan 2026–2028", 1),
        _p("Lillby är en liten kommun vid kusten. Här berättar vi kort vad vi vill och vad vi gör."),
        _h("Våra målsättningar", 2),
        _b("Arbete: Nya lillbybor hittar ett jobb som passar deras kunnande.",
           "Skola: Alla elever får det stöd de behöver i skolan.",
           "Fritid: Nya och gamla invånare möts på fritiden."),
        _h("Så här gör vi", 2),
        _h("Arbete", 3),
        _b("Jobbdag med lokala arbetsgivare. Vem: näringslivsenheten. När: varje vår.",
           "Praktikplatser inom kommunen. Vem: personalenheten. När: från 2026."),
        _h("Skola", 3),
        _b("Läxklubb två gånger i veckan. Vem: skolan. När: varje läsår."),
        _h("Fritid", 3),
        _b("Öppen idrottskväll för hela familjen. Vem: idrottsföreningen. När: varje torsdag.",
           "Vandringar i skärgården med guide. Vem: turistbyrån. När: somrarna 2026–2028."),
    ]
    if follow_up:
        blocks += [
            _h("Så följer vi upp", 2),
            _t("", ["Mål", "Vad vi följer"], [
                ["Arbete", "hur många nya lillbybor som har ett jobb"],
                ["Arbete", "hur många som deltar i jobbdagen"],
                ["Skola", "hur många elever som går i läxklubben"],
                ["Fritid", "hur nöjda invånarna är med fritidsutbudet"],
            ]),
        ]
    return _classify(blocks)


def test_area_heading_under_action_heading_names_the_goal_of_that_area():
    ex = _brochure()
    assert [_sq(g.text) for g in ex.goals] == [
        "Nya lillbybor hittar ett jobb som passar deras kunnande",
        "Alla elever får det stöd de behöver i skolan",
        "Nya och gamla invånare möts på fritiden"]
    assert _goal_of(ex, "Jobbdag") == "Nya lillbybor hittar ett jobb som passar deras kunnande"
    assert _goal_of(ex, "Praktikplatser") == "Nya lillbybor hittar ett jobb som passar deras kunnande"
    assert _goal_of(ex, "Läxklubb") == "Alla elever får det stöd de behöver i skolan"
    assert _goal_of(ex, "Vandringar") == "Nya och gamla invånare möts på fritiden"


def test_follow_up_questions_are_rows_of_their_own():
    assert opens_with_count("hur många som deltar")
    assert opens_with_count("hur nöjda invånarna är")
    assert opens_with_count("Hur stor andel av eleverna")
    assert not opens_with_count("hurra för alla")
    assert not opens_with_count("Hur många fick bladet? (mål 1)")  # a question, `answered_questions`
    ex = _brochure()
    assert sorted(_sq(i.text) for i in ex.indicators) == sorted([
        "hur många nya lillbybor som har ett jobb", "hur många som deltar i jobbdagen",
        "hur många elever som går i läxklubben", "hur nöjda invånarna är med fritidsutbudet"])
    goals = {g.id: g.text for g in ex.goals}
    by_text = {_sq(i.text): goals.get(i.goal) for i in ex.indicators}
    assert by_text["hur många elever som går i läxklubben"] == "Alla elever får det stöd de behöver i skolan"
    # the area names in the 'Mål' column name the goals: no goals of their own
    assert len(ex.goals) == 3


# --- another organisation's plan, principles ---------------------------------------------

def test_work_of_a_body_with_its_own_plan_is_no_action():
    assert prose_action("Tandvård och rådgivning ordnas av samkommunen, som har en egen plan för arbetet.") is None
    assert prose_action("Tandvård och rådgivning ordnas av samkommunen.") is not None
    assert prose_action("Skolan gör en egen plan för varje elev.") is not None


def _principles(text):
    return _classify([
        _h("Integrationsplan för Storby 2026–2029", 1),
        _h("2 Utgångspunkter", 2),
        _p(text),
        _h("3 Arbete", 2),
        _p("Målet är att fler inflyttade har arbete inom två år."),
        _b("Jobbmässa varje höst (näringslivsenheten, 2026–2029)"),
    ])


def test_a_principle_said_to_hold_for_the_municipality_s_own_work_is_no_goal():
    ex = _principles("Vi strävar efter att alla invånare får samma service oavsett modersmål. "
                     "Det gäller både kommunens egna enheter och de tjänster kommunen upphandlar.")
    assert [_sq(g.text) for g in ex.goals] == ["Målet är att fler inflyttade har arbete inom två år."]
    # without the scope sentence the aim stays a goal, as before
    ex = _principles("Vi strävar efter att alla invånare får samma service oavsett modersmål.")
    assert len(ex.goals) == 2


def test_a_wish_in_a_paragraph_of_the_principles_the_plan_rests_on_is_no_goal():
    ex = _principles("Planen bygger på kommunens strategi och på principen om jämlik service. "
                     "Tjänsterna ordnas i första hand som allmän service. "
                     "Kommunen vill också att barnen ska kunna behålla sitt modersmål.")
    assert [_sq(g.text) for g in ex.goals] == ["Målet är att fler inflyttade har arbete inom två år."]
    # a wish after sentences that name no principle the plan rests on stays a goal
    ex = _principles("Planen bygger på kommunens strategi. Tjänsterna ordnas i första hand som allmän "
                     "service. Kommunen vill också att barnen ska kunna behålla sitt modersmål.")
    assert len(ex.goals) == 2


# --- a goal given after 'ett eget mål:' --------------------------------------------------

def test_goal_after_a_colon_that_says_a_goal_was_set():
    assert goal_after_colon("För seniorer har nämnden valt ett eget mål: äldre inflyttare deltar i "
                            "föreningslivet.") == "äldre inflyttare deltar i föreningslivet"
    assert goal_after_colon("Vi har ett gemensamt mål: alla nya invånare känner sig välkomna.") \
        == "alla nya invånare känner sig välkomna"
    assert goal_after_colon("Mål: alla får jobb och bostad.") is None
    ex = _classify([
        _h("Integrationsplan för Storby 2026–2029", 1),
        _h("4.4 Seniorer", 3),
        _p("För inflyttade över 65 år har styrgruppen valt ett eget mål: äldre inflyttare ska ha "
           "en aktiv vardag i sin nya hemort. Åtgärderna är:"),
        _b("Seniorcafé på tre språk (ansvar: äldreomsorgen; tidtabell: från 2026)",
           "Datorhjälp för seniorer (ansvar: biblioteket och medborgarinstitutet; tidtabell: 2027)"),
    ])
    assert [_sq(g.text) for g in ex.goals] == ["äldre inflyttare ska ha en aktiv vardag i sin nya hemort"]
    assert all(m.goal == ex.goals[0].id for m in ex.measures) and len(ex.measures) == 2


# --- 'Åtgärd N.M: X. Ansvarig: Y i samarbete med Z. Tidpunkt: T. Mätare: M.' -------------

_ACTION_31 = ("Åtgärd 2.1: Hälsoinfo på flera språk i medborgarservicen. Ansvarig: medborgarservicen "
              "i samarbete med Vårdsamkommunen Kust. Tidpunkt: från 2027. Mätare: antal infotillfällen.")


def test_labelled_action_with_field_sentences_and_a_meter():
    num, name, resp, partners, when = labelled_action(_ACTION_31)
    assert (num, name, resp, partners, when) == (
        "2.1", "Hälsoinfo på flera språk i medborgarservicen", ["medborgarservicen"],
        ["Vårdsamkommunen Kust"], "från 2027")
    assert meter_of_labelled_action(_ACTION_31) == "antal infotillfällen"
    assert meter_of_labelled_action("Åtgärd 2.2: Simskola för vuxna. Ansvarig: idrottsbyrån.") is None
    ex = _classify([
        _h("Integrationsplan för Storby 2026–2029", 1),
        _h("5 Hälsa", 2),
        _p("Mål 2: inflyttade hittar rätt i vården. Det är svårt att hitta rätt i dag."),
        _p(_ACTION_31),
        _p("Åtgärd 2.2: Simskola för vuxna. Ansvarig: idrottsbyrån. Tidpunkt: 2028."),
    ])
    assert [_sq(m.text) for m in ex.measures] == ["Hälsoinfo på flera språk i medborgarservicen",
                                                 "Simskola för vuxna"]
    assert [i.text for i in ex.indicators] == ["antal infotillfällen"]
    assert ex.indicators[0].measure == ex.measures[0].id


# --- one number by chapter, one by goal ---------------------------------------------------

def test_a_row_numbered_by_chapter_and_an_action_numbered_by_goal_stay_two():
    ex = _classify([
        _h("Integrationsplan för Storby 2026–2029", 1),
        _h("3 Arbete", 2),
        _p("Mål 1: fler inflyttade har arbete."),
        _h("Tabell 1. Åtgärder för arbete", 4),
        _b("3.1 Yrkessvenska för vårdbiträden"),
        _p("Ansvarig: Arbetskraftsservicen. Tidpunkt: 2027."),
        _b("3.2 Företagsbesök för arbetssökande"),
        _p("Ansvarig: Näringslivsenheten. Tidpunkt: 2028."),
        _h("4 Utbildning", 2),
        _p("Mål 2: fler unga slutför en examen."),
        _h("5 Hälsa", 2),
        _p("Mål 3: inflyttade hittar rätt i vården."),
        _p("Åtgärd 3.1: Hälsoinfo på flera språk i medborgarservicen. Ansvarig: medborgarservicen. "
           "Tidpunkt: från 2027."),
    ])
    texts = [_sq(m.text) for m in ex.measures]
    assert any("Yrkessvenska" in t for t in texts) and any("Hälsoinfo" in t for t in texts)
    assert len(ex.measures) == 3
    assert _goal_of(ex, "Hälsoinfo") == "inflyttade hittar rätt i vården"
    assert _goal_of(ex, "Yrkessvenska") == "fler inflyttade har arbete"
