"""Nearby variants of conventions the sixty-second to sixty-fifth sets' readers fixed, on made-up
text: a goal-number column headed by a compound ('Målkod', 'Målnummer', 'Målnr'); phase columns
of marks named by a stretch of time ('Första tiden', 'Efter två år'); a time labelled after the
doer in a responsibility cell ('Ansvarig: X / Tid: 2025'); a table on its side whose contents
row says only "what is done" ('Beskrivning', 'Innehåll', 'Vad'); a dated goal label closing a
paragraph ('… Målnivå 2028: <goal>')."""

import re

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.headers import header_role


# ---- 'Målkod' / 'Målnummer' / 'Mål-nr' / 'Målnr': the goal-number column, as 'Mål nr' ----

def test_compound_goal_code_headers_name_the_goal_column():
    for h in ("Mål nr", "Mål (kod)", "Målkod", "Målnummer", "Mål-nr", "Målnr", "Målnr.", "Målkoder"):
        assert header_role(h) == "goal", h
    # 'mål' opening another word is still no goal ('Målgrupp' is the target group)
    assert header_role("Målgrupp") != "goal"


def _goal_code_table(head):
    return _classify([
        _h("Integrationsplan 2026–2029", 1),
        _h("Planens mål", 2),
        _p("Planen har tre mål:"),
        _b("1. Nyinflyttade hittar snabbt rätt rådgivning.",
           "2. Äldre invandrare har en meningsfull vardag nära hemmet.",
           "3. Unga med annat modersmål fortsätter studera efter grundskolan."),
        _h("Åtgärder", 2),
        {"type": "table", "caption": "Åtgärder 2026–2029",
         "columns": [head, "Åtgärd", "Ansvarig", "Tidtabell"],
         "rows": [["1", "Rådgivningen har öppet två kvällar i veckan", "Medborgarservicen", "från 2026"],
                  ["2", "Seniorträffar ordnas i byarnas skolor", "Äldreomsorgen", "varje höst"],
                  ["3", "Studiehandledare följer varje elev i nian", "Skolväsendet", "läsåret 2026–2027"]]},
    ])


def test_a_compound_goal_code_column_keys_the_actions_to_the_listed_goals():
    for head in ("Mål nr", "Målkod", "Målnummer", "Mål-nr", "Målnr"):
        ex = _goal_code_table(head)
        # (the goals read as the list's items, numbers and all: the number keys them)
        goals = {g.id: re.sub(r"^\d\.\s+|\.$", "", g.text) for g in ex.goals}
        assert sorted(goals.values()) == [
            "Nyinflyttade hittar snabbt rätt rådgivning",
            "Unga med annat modersmål fortsätter studera efter grundskolan",
            "Äldre invandrare har en meningsfull vardag nära hemmet"], head
        assert {" ".join(m.text.split()): goals.get(m.goal) for m in ex.measures} == {
            "Rådgivningen har öppet två kvällar i veckan": "Nyinflyttade hittar snabbt rätt rådgivning",
            "Seniorträffar ordnas i byarnas skolor": "Äldre invandrare har en meningsfull vardag nära hemmet",
            "Studiehandledare följer varje elev i nian":
                "Unga med annat modersmål fortsätter studera efter grundskolan"}, head


# ---- 'Första tiden | Etablering | Senare skede' marked 'x': phases named by a stretch of time ----

from classifiers.matrix import mark_columns, names_phase  # noqa: E402


def test_stretches_of_time_name_phases():
    for h in ("Första tiden", "De första månaderna", "Första året", "Efter två år", "Under det första året"):
        assert names_phase(h), h
    for h in ("Etablering", "Socialbyrån", "Medborgarinstitutet", "Föreningar"):
        assert not names_phase(h), h


def test_marked_stretch_of_time_columns_are_no_responsibility_matrix():
    rows = [["Hembesök", "Socialbyrån", "x", "", "", "2026"],
            ["Kurs", "Institutet", "", "x", "x", "2027"]]
    roles = {0: "measure", 1: "responsible", 5: "schedule"}
    for phases in (["Första tiden", "Etablering", "Senare skede"],
                   ["De första månaderna", "Första året", "Efter två år"]):
        assert mark_columns(["Åtgärd", "Ansvarig", *phases, "Tidtabell"], rows, roles) == {}, phases
    # a matrix of actor columns is still read
    hdrs2 = ["Åtgärd", "Bildningsavdelningen", "Kommunkansliet"]
    rows2 = [["Hembesök", "x", ""], ["Kurs", "", "x"]]
    assert mark_columns(hdrs2, rows2, {0: "measure"}) == {1: "Bildningsavdelningen", 2: "Kommunkansliet"}


def _stretch_table_doc(phases):
    return _classify([
        _h("4 Åtgärder längs vägen", 2),
        _h("4.1 Bostad", 3),
        _p("Målsättning: Alla nyinflyttade har en egen bostad inom ett år."),
        {"type": "table", "caption": "Tabell 1. Bostad",
         "columns": ["Åtgärd", "Ansvarig", "Samarbetspartner", *phases, "Tidtabell"],
         "rows": [["Bostadsrådgivning vid ankomsten", "Socialbyrån", "Hyresbolaget", "x", "", "", "2025"],
                  ["Kurs om att hyra en bostad", "Medborgarinstitutet", "–", "", "x", "x", "2026"],
                  ["Hjälp att köpa en bostad", "Tekniska byrån", "–", "", "", "x", "2027"]]},
    ])


def test_stretch_of_time_columns_leave_the_responsible_column():
    for phases in (("Första tiden", "Etablering", "Senare skede"),
                   ("De första månaderna", "Första året", "Efter två år")):
        ex = _stretch_table_doc(phases)
        got = sorted((" ".join(m.text.split()), tuple(m.responsible), m.schedule) for m in ex.measures)
        assert got == [("Bostadsrådgivning vid ankomsten", ("Socialbyrån",), "2025"),
                       ("Hjälp att köpa en bostad", ("Tekniska byrån",), "2027"),
                       ("Kurs om att hyra en bostad", ("Medborgarinstitutet",), "2026")], phases


# ---- 'Ansvarig: X / Tid: 2025' in one cell: the time's label no name, its value the schedule ----

from classifiers.actors import labelled_field_tail, split_actors  # noqa: E402


def test_a_time_labelled_after_the_doer_is_no_name():
    for cell, when in (("Ansvarig: Socialbyrån / Tid: 2025", "2025"),
                       ("Ansvarig: Socialbyrån / Tidtabell: hösten 2026", "hösten 2026"),
                       ("Ansvar: Socialbyrån – Tidsplan: 2026–2027", "2026–2027"),
                       ("Ansvarig: Socialbyrån\nNär: våren 2027", "våren 2027")):
        assert split_actors(cell, "responsible") == (["Socialbyrån"], []), cell
        assert labelled_field_tail(cell) == (cell.split(":")[0] + ": Socialbyrån", when), cell
    # with the partners labelled between them
    assert split_actors("Ansvarig: Socialbyrån / Stöd: Röda Korset / Tid: 2025", "responsible") == (
        ["Socialbyrån"], ["Röda Korset"])
    # a meter labelled after the doer is no name either (and no time)
    assert split_actors("Ansvarig: Socialbyrån / Mätare: antal besök", "responsible") == (["Socialbyrån"], [])
    assert labelled_field_tail("Ansvarig: Socialbyrån / Mätare: antal besök")[1] is None
    # a name with a slash in it stays
    assert split_actors("Ansvarig: Kultur/fritid", "responsible") == (["Kultur/fritid"], [])
    assert labelled_field_tail("Socialbyrån / Röda Korset") == ("Socialbyrån / Röda Korset", None)


def test_the_labelled_time_is_the_rows_schedule():
    ex = _classify([
        _h("3 Åtgärder", 2),
        _p("Målsättning: Alla nyinflyttade får råd på sitt eget språk."),
        {"type": "table", "caption": "Tabell 2. Åtgärder",
         "columns": ["Åtgärd", "Ansvar", "Uppföljning"],
         "rows": [["Rådgivning två kvällar i veckan", "Ansvarig: Medborgarservicen / Tid: 2026", "antal besök"],
                  ["Tolkade föräldramöten", "Ansvarig: Skolväsendet / Tidtabell: hösten 2026", "antal möten"]]},
    ])
    got = sorted((" ".join(m.text.split()), tuple(m.responsible), m.schedule) for m in ex.measures)
    assert got == [("Rådgivning två kvällar i veckan", ("Medborgarservicen",), "2026"),
                   ("Tolkade föräldramöten", ("Skolväsendet",), "hösten 2026")]


# ---- a table on its side whose contents row is labelled 'Beskrivning' / 'Innehåll' / 'Vad' ----

from classifiers.builder import transposed  # noqa: E402
from extractors.model import Table  # noqa: E402


def _side(rows):
    return Table(rows=rows, header_rows=1, method="ruling-lines")


def test_a_contents_row_labelled_by_what_is_done_turns_the_table():
    for label in ("Beskrivning", "Innehåll", "Vad", "Vad?", "Åtgärdens innehåll", "Beskrivning:"):
        t = _side([["Fält", "Åtgärd 1", "Åtgärd 2"],
                   [label, "Kommunen ordnar läxhjälp", "Biblioteket startar en läsecirkel"],
                   ["Ansvarig", "Skolväsendet", "Biblioteket"],
                   ["Tidtabell", "2026", "hösten 2027"]])
        turned = transposed(t)
        assert turned is not None and turned.method == "transposed", label
        assert turned.rows[1] == ["Kommunen ordnar läxhjälp", "Skolväsendet", "2026"], label
    # a row labelled by no "what is done" ('Budget', 'Kostnad') is no contents row
    for label in ("Budget", "Kostnad", "Ansvar"):
        t = _side([["Fält", "Åtgärd 1", "Åtgärd 2"], [label, "1000", "2000"],
                   ["Ansvarig", "Skolväsendet", "Biblioteket"], ["Tidtabell", "2026", "2027"]])
        assert transposed(t) is None, label


def test_a_side_table_with_a_description_row_reads_its_actions():
    ex = _classify([
        _h("3 Åtgärder", 2),
        _p("Målsättning: Alla barn klarar grundskolan med godkända betyg."),
        {"type": "table", "caption": "Tabell 1. Åtgärder",
         "columns": ["Fält", "Åtgärd 1", "Åtgärd 2"],
         "rows": [["Beskrivning", "Skolan anställer en lärare i svenska som andraspråk",
                   "Eleverna erbjuds läxläsning på lördagar"],
                  ["Ansvarig", "Grundskolan", "Ungdomsgården"],
                  ["Tidtabell", "från hösten 2026", "2026–2028"]]},
    ])
    got = sorted((" ".join(m.text.split()), tuple(m.responsible), m.schedule) for m in ex.measures)
    assert got == [("Eleverna erbjuds läxläsning på lördagar", ("Ungdomsgården",), "2026–2028"),
                   ("Skolan anställer en lärare i svenska som andraspråk", ("Grundskolan",), "från hösten 2026")]


# ---- '… Målnivå 2028: <goal>' closing a paragraph: a dated or coded goal label ----

from classifiers.reader_shared import goal_field, later_aim_goal  # noqa: E402


def test_a_dated_goal_label_opening_a_later_sentence():
    for label in ("Målnivå 2028", "Mål 2027", "Målet till 2028", "Mål senast 2029", "Målsättning 2028"):
        text = (f"Det finns få lediga hyresbostäder och många bor trångt. {label}: alla nyinflyttade familjer "
                "hittar en bostad inom tre månader.")
        assert later_aim_goal(text) == ("alla nyinflyttade familjer hittar en bostad inom tre månader", None), label
    # a code is kept
    assert later_aim_goal("Det finns få hyresbostäder. Mål A1: alla nyinflyttade familjer hittar en bostad.") == (
        "alla nyinflyttade familjer hittar en bostad", "A1")
    # a target figure under the same label is no goal (a meter's card: 'Målnivå 2029: 90 %'),
    # and the label opening the paragraph stays a field of its own (`goal_field`, not widened)
    assert later_aim_goal("Andelen som haft välkomstsamtal. Målnivå 2029: 90 %.") is None
    assert later_aim_goal("Antal besök på webbsidan. Målnivå 2029: 5 000 besök.") is None
    assert goal_field("Målnivå 2029: 90 %") is None
    # a year in a sentence, a goal word after a year, a target group: no label
    assert later_aim_goal("Det finns få hyresbostäder. Målet till 2028 var att bygga tio nya.") is None
    assert later_aim_goal("Det finns få hyresbostäder. Målgrupp 2028: unga vuxna.") is None


def test_area_paragraphs_closing_on_a_dated_goal_key_the_appendix_rows():
    cols = ["Insatsområde", "Åtgärd", "Ansvarig", "Tidsram"]
    ex = _classify([
        _h("1 Inledning", 2),
        _p("Programmet beskriver vad kommunen vill nå. Åtgärderna finns i bilagan."),
        _h("2 Insatsområden", 2),
        _h("2.1 Boende", 3),
        _p("Hyresbostäderna i centrum räcker inte till och många nyinflyttade bor trångt. Målnivå 2028: "
           "nyinflyttade familjer hittar en hyresbostad inom tre månader."),
        _h("2.2 Fritid", 3),
        _p("Idrottsföreningarna har gott om ledare men få nyinflyttade medlemmar. Mål 2027: fler "
           "nyinflyttade barn deltar i en hobby varje vecka."),
        _h("2.3 Hälsa", 3),
        _p("Många vet inte var hälsovården finns. Målet till 2028: alla nya invånare vet vart de "
           "vänder sig när de blir sjuka."),
        _h("Bilaga Handlingsplan", 1),
        {"type": "table", "caption": "Bilaga. Handlingsplan", "columns": cols, "rows": [
            ["Boende", "Bostadsrådgivning en kväll i veckan", "Bostadsbolaget", "2026"],
            ["Fritid", "Prova-på-dagar i föreningarna", "Fritidsenheten", "varje höst"],
            ["Hälsa", "Hälsoguide på tio språk", "Kansliet", "2026"]]},
    ])
    goals = {g.id: (g.text, g.theme) for g in ex.goals}
    assert sorted(goals.values()) == [
        ("alla nya invånare vet vart de vänder sig när de blir sjuka", "Hälsa"),
        ("fler nyinflyttade barn deltar i en hobby varje vecka", "Fritid"),
        ("nyinflyttade familjer hittar en hyresbostad inom tre månader", "Boende"),
    ]
    assert {" ".join(m.text.split()): goals[m.goal][1] for m in ex.measures} == {
        "Bostadsrådgivning en kväll i veckan": "Boende",
        "Prova-på-dagar i föreningarna": "Fritid",
        "Hälsoguide på tio språk": "Hälsa"}
