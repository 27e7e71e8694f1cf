"""Conventions of the fourth blind set (tests/data/blind_programs, blind19 / blind22 / blind24),
on made-up text: a label-value table per measure under a generic header row, an evaluation
column answered yes / no, statement sub-headings over measure tables, 'X / Y' actor cells, a
responsibility matrix with X / (X) marks, and goals named by a code ('K1') in a goal column."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.actors import split_actors
from classifiers.headers import is_evaluation_table
from classifiers.matrix import mark_actors, mark_columns
from classifiers.prose import reads_as_clause


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- a label-value table per measure, under a generic header row ----------------------------

def _card(n, action, goal, who, when, indicator):
    return _t(["Fält", "Uppgift"], [["Åtgärd", action], ["Mål", goal], ["Ansvarig", who],
                                    ["Tidtabell", when], ["Mätare", indicator]], caption=f"Insats {n}")


def test_label_value_tables_under_a_generic_header_are_measures():
    goal = "Nyinflyttade hittar fram till kommunens tjänster"
    x = _classify([
        _h("2 Service och vägledning", 1),
        _p("Delmål för kapitlet:"),
        _b(goal),
        _card("2.1", "Flerspråkig rådgivning i medborgarkontoret", goal, "Medborgarkontoret", "2025–2026",
              "Antal rådgivningar"),
        _card("2.2", "Broschyr om hyresboende på lätt svenska", goal, "Bostadsbolaget", "2026",
              "Broschyren utgiven"),
        # a working group printed the same way: its rows are no structure words
        _h("3 Arbetsgruppen", 1),
        _t(["Fält", "Uppgift"], [["Ordförande", "Kommundirektör Ada Berg"], ["Medlemmar", "Rektor Bo Lind"]]),
    ])
    assert [m.text for m in x.measures] == ["Flerspråkig rådgivning i medborgarkontoret",
                                            "Broschyr om hyresboende på lätt svenska"]
    assert [m.responsible for m in x.measures] == [["Medborgarkontoret"], ["Bostadsbolaget"]]
    assert [g.text for g in x.goals] == [goal]
    assert all(m.goal == x.goals[0].id for m in x.measures)
    assert {i.text: i.measure for i in x.indicators} == {"Antal rådgivningar": x.measures[0].id,
                                                          "Broschyren utgiven": x.measures[1].id}


# ---- the earlier plan's measures with a yes / no column ---------------------------------------

def test_a_column_headed_by_an_outcome_and_answered_yes_no_is_an_evaluation():
    rows = [["Mentorprogram för unga", "Ja", "Blev ordinarie"], ["Kvinnocafé", "Delvis", "Paus 2021"],
            ["Gemensam portal", "Nej", "Ingen finansiering"]]
    assert is_evaluation_table(["Insats i förra programmet", "Genomförd", "Kommentar"], rows)
    assert is_evaluation_table(["Åtgärd", "Uppnått?", "Kommentar"], rows)
    # a plan's own columns: neither the doer nor an answered outcome
    assert not is_evaluation_table(["Åtgärd", "Genomförare", "Kommentar"], rows)
    assert not is_evaluation_table(["Åtgärd", "Genomförd", "Kommentar"],
                                   [["Mentorprogram", "Stadens ungdomsgård", "x"], ["Kvinnocafé", "Biblioteket", "y"]])
    x = _classify([_h("Utvärdering", 1), _t(["Åtgärd i förra planen", "Genomförd", "Kommentar"], rows)])
    assert x.measures == []


# ---- statement sub-headings over measure tables ----------------------------------------------

_COLS = ["Nr", "Åtgärd", "Ansvarig", "Tidtabell", "Mätare"]


def test_statement_heading_over_a_measure_table_is_its_goal():
    x = _classify([
        _h("III Insatser", 1),
        _h("1. Boende", 2),
        _h("Nyinflyttade familjer bor tryggt och trivs i sina kvarter", 3),
        _p("Bostadsbeståndet är gammalt och hyrorna stiger."),
        _t(_COLS, [["1", "Boendeskola för nya hyresgäster", "Bostadsbolaget", "2025", "Antal deltagare"]]),
        _h("Äldre invandrare deltar i föreningarnas verksamhet", 3),
        _t(_COLS, [["2", "Seniorträffar med tolk", "Seniorrådet / Biblioteket", "2026", "Antal träffar"]]),
    ])
    assert [g.text for g in x.goals] == ["Nyinflyttade familjer bor tryggt och trivs i sina kvarter",
                                         "Äldre invandrare deltar i föreningarnas verksamhet"]
    assert [g.theme for g in x.goals] == ["Boende", "Boende"]
    assert [m.goal for m in x.measures] == [g.id for g in x.goals]
    assert x.measures[1].responsible == ["Seniorrådet", "Biblioteket"]


def test_title_heading_or_a_goal_in_scope_keeps_a_heading_a_theme():
    table = _t(_COLS, [["1", "Boendeskola för nya hyresgäster", "Bostadsbolaget", "2025", "Antal deltagare"]])
    titled = _classify([_h("3 Insatser", 1), _h("Tjänster för nyinflyttade familjer", 2), table])
    assert titled.goals == [] and len(titled.measures) == 1
    stated = _classify([
        _h("3 Boende", 1),
        _p("Målet är att alla nyinflyttade har en trygg bostad."),
        _h("Nyinflyttade familjer bor tryggt och trivs i sina kvarter", 2),
        table,
    ])
    assert [g.text for g in stated.goals] == ["Målet är att alla nyinflyttade har en trygg bostad."]
    assert stated.measures[0].goal == stated.goals[0].id


def test_reads_as_clause():
    assert reads_as_clause("Nyinflyttade familjer bor tryggt och trivs i sina kvarter")
    assert reads_as_clause("Äldre invandrare deltar i föreningarnas verksamhet")
    assert reads_as_clause("Företagens behov av arbetskraft möts")
    assert reads_as_clause("Skolan har resurser för språkstöd")
    assert not reads_as_clause("Tjänster för nyinflyttade familjer")
    assert not reads_as_clause("Flexibla tjänster för äldre invandrare")
    assert not reads_as_clause("Stadens tjänster och föreningar")
    assert not reads_as_clause("Arbete, boende och hälsa")


def test_a_slash_between_spaces_sets_two_actors():
    assert split_actors("Seniorrådet / Biblioteket i samarbete med Röda korset") == (
        ["Seniorrådet", "Biblioteket"], ["Röda korset"])
    assert split_actors("Vuxenutbildningen/Arbetspoolen") == (["Vuxenutbildningen/Arbetspoolen"], [])


# ---- a responsibility matrix and goals named by code -----------------------------------------

_MATRIX = ["Mål", "Åtgärd", "Ungdomsgården", "Skolväsendet", "Församlingen", "Tidtabell"]


def test_matrix_marks_and_coded_goals():
    x = _classify([
        _h("K. Kultur och fritid", 1),
        _p("Kommunen arbetar för att"),
        _b("K1 alla unga hittar en hobby de trivs med", "K2 kulturutbudet når nya invånare"),
        _t(_MATRIX, [["K1", "Prova-på-dagar i idrottshallen", "X", "(X)", "", "2025–2027"],
                     ["", "Hobbypass för familjer", "(X)", "", "X", ""],
                     ["K2", "Flerspråkiga guidningar i museet", "", "", "X", "Årligen"]]),
    ])
    assert [g.text for g in x.goals] == ["alla unga hittar en hobby de trivs med", "kulturutbudet når nya invånare"]
    g1, g2 = x.goals
    assert [m.goal for m in x.measures] == [g1.id, g1.id, g2.id]
    assert [(m.responsible, m.partners) for m in x.measures] == [
        (["Ungdomsgården"], ["Skolväsendet"]), (["Församlingen"], ["Ungdomsgården"]), (["Församlingen"], [])]
    assert x.measures[1].schedule == "2025–2027"  # an empty cell: the same as above


def test_mark_columns_need_a_matrix():
    rows = [["Kurs", "X", "(X)"], ["Café", "", "X"]]
    assert mark_columns(["Åtgärd", "Skolan", "Biblioteket"], rows, {0: "measure"}) == {1: "Skolan", 2: "Biblioteket"}
    assert mark_actors(rows[0], {1: "Skolan", 2: "Biblioteket"}) == (["Skolan"], ["Biblioteket"])
    # one column of crosses is a yes / no column; columns of text are no marks
    assert mark_columns(["Åtgärd", "Klar", "Kommentar"], [["Kurs", "X", "bra"], ["Café", "", "ok"]], {0: "measure"}) == {}
    assert mark_columns(["Åtgärd", "Skolan", "Biblioteket"], [["Kurs", "(X)", "(X)"]], {0: "measure"}) == {}


def test_yes_no_answers_of_rows_read_as_one():
    # a table finder gave the rows as one, line by line
    rows = [["Mentorprogram för unga\nKvinnocafé", "Ja\nNej", "Blev ordinarie\nPaus"]]
    assert is_evaluation_table(["Åtgärd", "Genomförd", "Kommentar"], rows)
