"""Thirty-sixth blind set (helper t36b): a programme written as a letter -- 'Tema N: …'
headings with a problem paragraph and a labelled goal ('Det vi vill nå: …'), an action
table per theme, and one follow-up list under 'Så här vet vi om vi lyckas' whose items close
with '(Tema N)'. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers import classify_document, empty_role_fallbacks
from classifiers.text import squash


def _table(columns, rows):
    return {"type": "table", "caption": "", "columns": columns, "rows": rows}


def _letter():
    cols = ["Åtgärd", "Ansvarig", "När"]
    return [
        _h("Integrationsplan 2026–2028 – ett brev till invånarna", 1),
        _p("Bästa invånare! Här är planen för de kommande åren."),
        _h("Tema 1: Bostäder", 1),
        _p("Det är svårt att hitta en hyresbostad i byn. Många flyttar därför vidare."),
        _p("Det vi vill nå: Varje ny familj hittar en bostad inom tre månader."),
        _table(cols, [["Bostadsrådgivning för nya familjer", "bostadssekreteraren", "Q1/2026"],
                      ["Hyresgaranti för nyinflyttade", "socialchefen", "Q3/2026"]]),
        _h("Tema 2: Fritid", 1),
        _p("Föreningarna är många men svåra att hitta för den som är ny."),
        _p("Det vi vill nå: Alla barn har en fritidshobby inom ett år."),
        _table(cols, [["Föreningsmässa varje höst", "fritidssekreteraren", "Q4/2026"],
                      ["Simskola för nyinflyttade barn", "idrottsledaren", "Q2/2027"]]),
        _h("Så här vet vi om vi lyckas", 1),
        _p("Jag rapporterar till styrelsen varje år om de här sakerna:"),
        _b("Antal familjer som fått bostadsrådgivning (Tema 1)",
           "Andelen nyinflyttade som bor kvar efter två år (Tema 1)",
           "Antal barn i simskolan (Tema 2)"),
    ]


def test_follow_up_headed_by_how_success_is_known_lists_the_meters(monkeypatch):
    out = _classify(_letter())
    goals = {g.id: g for g in out.goals}
    measures = {m.id: m for m in out.measures}
    assert [(g.text, g.theme) for g in out.goals] == [
        ("Varje ny familj hittar en bostad inom tre månader", "Bostäder"),
        ("Alla barn har en fritidshobby inom ett år", "Fritid")]
    # the bracket naming the part is cut; the meter is that part's goal's, and of the one
    # action it counts, else of the goal alone
    got = [(i.text, goals[i.goal].theme, measures[i.measure].text if i.measure else None) for i in out.indicators]
    assert got == [
        ("Antal familjer som fått bostadsrådgivning", "Bostäder", "Bostadsrådgivning för nya familjer"),
        ("Andelen nyinflyttade som bor kvar efter två år", "Bostäder", None),
        ("Antal barn i simskolan", "Fritid", "Simskola för nyinflyttade barn")]
    # without the part reference rule the bracket stays and nothing is linked
    monkeypatch.setattr(classify_document, "meters_naming_their_part", lambda *a: None)
    out = _classify(_letter())
    assert [i.text for i in out.indicators][0] == "Antal familjer som fått bostadsrådgivning (Tema 1)"
    assert all(i.measure is None for i in out.indicators)


def test_how_success_is_known_heads_the_follow_up():
    assert empty_role_fallbacks._FOLLOW_UP_HEADING_RE.search("sa har vet vi om vi lyckas")
    assert empty_role_fallbacks._FOLLOW_UP_HEADING_RE.search("hur vet vi att vi har natt malet?")
    assert not empty_role_fallbacks._FOLLOW_UP_HEADING_RE.search("vad vet vi om nya invanare?")


# --- key figures: 'Nyckeltal | Mål | 2024 | Målsättning 2028' -----------------------------

def _key_figures(baseline="2024"):
    return [
        _h("1 Mål", 1),
        _p("Fullmäktige har fastställt två mål:"),
        _b("1) Språk: Nyinflyttade vuxna kan använda svenska i arbetet.",
           "2) Gemenskap: Nya och gamla invånare har platser att mötas.",
           "3) Arbete: Säsongsanställda som vill stanna hittar arbete året runt."),
        _h("2 Åtgärder", 1),
        _table(["Åtgärd", "Mål", "Vem"], [["Svenskkurs på distans med träffar i byahuset", "1", "Kommunkansliet"],
                                          ["Sommarcafé i byahuset", "2", "Fritidsnämnden"],
                                          ["Simskola för vuxna", "2", "Fritidsnämnden"],
                                          ["Jobbdag för säsongsanställda", "3", "Näringslivsansvarig"],
                                          ["Vinterträff med arbetsgivarna", "3", "Kommundirektören"]]),
        _h("3 Nyckeltal", 1),
        _table(["Nyckeltal", "Mål", baseline, "Målsättning 2028"],
               [["Antal deltagare i distanskursen", "1", "–", "10 per år"],
                ["Antal besökare på sommarcaféet", "2", "–", "150 per sommar"],
                ["Antal säsongsanställda med arbete året runt", "3", "5", "12"]]),
    ]


def test_target_column_beside_a_year_of_measurement_holds_no_goal():
    out = _classify(_key_figures())
    # the bare year before the target's year is the baseline: 'Målsättning 2028' is the level
    # aimed at, its figures no goals; the 'Mål' column names each figure's goal
    assert [g.theme for g in out.goals] == ["Språk", "Gemenskap", "Arbete"]
    assert [i.goal for i in out.indicators] == [g.id for g in out.goals]
    # a year after the target's is no baseline: the column stays a goal column
    assert len(_classify(_key_figures(baseline="2030")).goals) > 3


def test_bare_plus_between_names_adds_partners_to_the_doer():
    from classifiers.actors import split_actors
    assert split_actors("Ungdomstjänsterna + lokala företag") == (["Ungdomstjänsterna"], ["lokala företag"])
    assert split_actors("Fritidsbyrån + föreningarna + församlingen") == (["Fritidsbyrån"], ["föreningarna", "församlingen"])
    # a sum is no pair of names
    assert split_actors("29 500 + ordinarie budget") == (["29 500 + ordinarie budget"], [])


# --- additions after the consultation: '<action> (delmål 1.2) – ansvar: X, tidtabell: Y' ---

def _additions(intro="Utifrån utlåtandena lades följande åtgärder till. De hör till de delmål som anges inom parentes."):
    cols = ["Delmål", "Åtgärd", "Ansvar"]
    return [
        _h("Integrationsprogram 2026–2029", 1),
        _h("4 Mål och åtgärder", 1),
        _table(cols, [["1.1 Nyanlända vuxna får en sammanhållen språkstig", "Alfabetiseringskurs i byn", "Medborgarinstitutet"],
                      ["1.2 Unga hittar en studieplats efter grundskolan", "Sommarjobbskampanj för unga", "Ungdomstjänsterna"],
                      ["2.1 Nya invånare deltar i föreningarna", "Föreningsmässa med tolkar", "Fritidsbyrån"]]),
        _h("5 Tillägg efter remissen", 1),
        _p(intro),
        _b("Studiehandledare på modersmålet vid gymnasiet (delmål 1.2) – ansvar: gymnasiets rektor, tidtabell: 2027",
           "Gratis simundervisning för vuxna kvinnor (delmål 2.1) – ansvar: idrottsbyrån, tidtabell: Från våren 2027"),
        _h("6 Uppföljning", 1),
        _p("Koordinatorn följer upp åtgärderna två gånger per år. Därtill följs delmål 1.2 upp med andelen unga "
           "som fortsätter till andra stadiet direkt efter grundskolan."),
    ]


def test_list_announced_by_a_sentence_pointing_forward_holds_actions_of_the_goals_in_brackets(monkeypatch):
    out = _classify(_additions())
    goals = {g.id: squash(g.text) for g in out.goals}
    got = [(squash(m.text), goals[m.goal][:3], m.responsible, m.schedule) for m in out.measures[3:]]
    assert got == [("Studiehandledare på modersmålet vid gymnasiet", "1.2", ["gymnasiets rektor"], "2027"),
                   ("Gratis simundervisning för vuxna kvinnor", "2.1", ["idrottsbyrån"], "Från våren 2027")]
    # without the forward-pointing intro the list is read as no actions
    from classifiers import read_paragraphs
    monkeypatch.setattr(read_paragraphs, "pointing_intro_kind", lambda text: None)
    assert len(_classify(_additions()).measures) == 3


def test_goal_code_bracket_is_cut_and_names_the_goal(monkeypatch):
    monkeypatch.setattr(classify_document, "actions_closing_with_goal_code", lambda built: None)
    out = _classify(_additions())
    assert squash(out.measures[4].text).endswith("(delmål 2.1)")


def test_pointing_intro_reads_the_sentence_pointing_forward():
    from classifiers.pointing_intros import pointing_intro_kind
    assert pointing_intro_kind("Programmet var på remiss. Följande åtgärder lades till. De hör till delmålen inom parentes.") == "measure"
    assert pointing_intro_kind("Programmet var på remiss i mars.") is None
    assert pointing_intro_kind("Följande åtgärder lades till:") is None  # a colon intro is read as such


def test_follow_up_sentence_naming_a_goal_by_its_code_gives_that_goal_a_meter():
    from classifiers.prose import followed_up_by
    assert followed_up_by("Därtill följs delmål 1.2 upp med andelen unga som fortsätter till andra stadiet.") == (
        "delmål 1.2", ["andelen unga som fortsätter till andra stadiet"])
    out = _classify(_additions())
    goals = {g.id: squash(g.text) for g in out.goals}
    assert [(squash(i.text), goals[i.goal][:3], i.measure) for i in out.indicators] == [
        ("andelen unga som fortsätter till andra stadiet direkt efter grundskolan", "1.2", None)]


def test_partner_with_its_abbreviation_in_brackets_inside_the_partner_bracket():
    from classifiers.actors import split_actors
    assert split_actors("Näringslivsansvarig (i samarbete med Ålands arbetsförmedling (AMS))") == (
        ["Näringslivsansvarig"], ["Ålands arbetsförmedling (AMS)"])


def test_bare_year_baseline_sets_the_target_apart_only_beside_a_goal_column():
    from classifiers.builder import map_columns
    assert map_columns(["Nyckeltal", "Mål", "2024", "Målsättning 2028"], None) == {0: "indicator", 1: "goal"}
    # no column naming the rows' goals: the table is read as before
    assert map_columns(["Mätare", "Enhet", "2024", "Mål 2029"], None).get(3) == "goal"


def test_pointing_clause_is_read_alone_and_announces_actions_only():
    from classifiers.pointing_intros import pointing_intro_kind
    # the clause after the semicolon explains the brackets and names actions: not the intro
    assert pointing_intro_kind("Följande indikatorer används; hänvisningen inom parentes anger den åtgärd "
                               "som indikatorn hänför sig till.") is None
