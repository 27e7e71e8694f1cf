"""Thirty-seventh blind set (helper t37c): tables with one column per doer ('Det gör kommunen |
Det gör andra (vem)'), follow-up questions answered in the annual report and closed by
'(mål N)', a goal cell wrapped before a language level ('B1'), actions numbered '1)', '2)'
anew in each cell of several tables, and the rows of a follow-up table sorted by 'Mål nr'.
Made-up text."""

import re

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers import (answered_questions, cells, classify_document, elements as elements_mod,
                         follow_up_questions, merge, read_lists, read_paragraphs, text as text_mod)
from classifiers.doer_columns import doer_header
from classifiers.elements import _continues_row
from classifiers.text import squash


def _s(text):
    """The text as the scorer reads it: one line, without a goal's label."""
    return re.sub(r"^Mål \d+[:.]\s*", "", squash(text or ""))


def _table(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- one column per doer, follow-up questions by goal -------------------------------------

def _small_plan():
    doers = ["Det gör kommunen", "Det gör andra (vem)"]
    return [
        _h("Integrationsprogram för Byvik 2026–2029", 1),
        _h("3. Mål och åtgärder", 1),
        _p("Under varje mål står vad kommunen själv gör och vad andra har lovat att göra."),
        _h("Mål 1: Nyinflyttade vet var de får service", 2),
        _p("Tidsram: 2026–2029"),
        _table(doers, [["Informationsblad om kommunens service delas ut vid inflyttningen",
                        "Arbetsförmedlingen: Vägledning för arbetssökande på engelska"],
                       ["Öppet hus i kommunkansliet varje vår", ""]]),
        _h("Mål 2: Barnen trivs i skolan", 2),
        _p("Tidsram: 2026–2028"),
        _table(doers, [["Läxhjälp två eftermiddagar i veckan",
                        "Idrottsföreningen Byvik: Gratis medlemskap första året"]]),
        _h("4. Uppföljning", 1),
        _p("Kommunstyrelsen följer upp planen. Svaren på följande frågor redovisas i årsberättelsen:"),
        _b("Hur många fick informationsbladet? (mål 1)",
           "Hur många barn deltog i läxhjälpen? (mål 2)",
           "Hur trivs barnen i skolan? (mål 2)"),
    ]


def test_doer_columns_are_actions_of_the_doer_each_names():
    out = _classify(_small_plan())
    goals = {g.id: _s(g.text) for g in out.goals}
    got = [(_s(m.text), goals.get(m.goal), m.responsible) for m in out.measures]
    assert got == [
        ("Informationsblad om kommunens service delas ut vid inflyttningen",
         "Nyinflyttade vet var de får service", ["kommunen"]),
        ("Öppet hus i kommunkansliet varje vår", "Nyinflyttade vet var de får service", ["kommunen"]),
        ("Vägledning för arbetssökande på engelska", "Nyinflyttade vet var de får service",
         ["Arbetsförmedlingen"]),
        ("Läxhjälp två eftermiddagar i veckan", "Barnen trivs i skolan", ["kommunen"]),
        ("Gratis medlemskap första året", "Barnen trivs i skolan", ["Idrottsföreningen Byvik"]),
    ]


def test_without_doer_columns_the_table_holds_no_actions(monkeypatch):
    monkeypatch.setattr(classify_document, "fold_doer_columns", lambda els: els)
    out = _classify(_small_plan())
    assert not any("Läxhjälp" in m.text for m in out.measures)


def test_doer_header():
    assert doer_header("Det gör kommunen") == ("kommunen", False)
    assert doer_header("Det gör andra (vem)") == ("andra", True)
    assert doer_header("Vad gör skolan?") == ("skolan", False)
    assert doer_header("Åtgärd") is None
    assert doer_header("Det här gör vi") is None  # the plan's own role heading (`role_boxes`)
    assert doer_header("Det gör vi för att nå målet och följa upp resultaten varje år") is None


def test_answered_questions_are_the_goals_indicators():
    out = _classify(_small_plan())
    goals = {g.id: _s(g.text) for g in out.goals}
    measures = {m.id: _s(m.text) for m in out.measures}
    got = [(_s(i.text), goals.get(i.goal), measures.get(i.measure)) for i in out.indicators]
    assert got == [
        ("Hur många fick informationsbladet?", "Nyinflyttade vet var de får service",
         "Informationsblad om kommunens service delas ut vid inflyttningen"),
        ("Hur många barn deltog i läxhjälpen?", "Barnen trivs i skolan", "Läxhjälp två eftermiddagar i veckan"),
        ("Hur trivs barnen i skolan?", "Barnen trivs i skolan", None),
    ]


def test_without_the_answered_questions_intro_no_indicators(monkeypatch):
    monkeypatch.setattr(read_paragraphs, "introduces_answered_questions", lambda text: False)
    out = _classify(_small_plan())
    assert out.indicators == []


def test_without_the_goal_tail_the_question_keeps_it_and_no_action(monkeypatch):
    monkeypatch.setattr(read_lists, "question_for_goal", lambda text: None)
    out = _classify(_small_plan())
    # (a question is no action nor, without its goal, an indicator the list reads)
    assert "Hur många fick informationsbladet?" not in [_s(i.text) for i in out.indicators]
    assert all(i.measure is None for i in out.indicators)


def test_introduces_answered_questions():
    f = answered_questions.introduces_answered_questions
    assert f("Svaren på följande frågor redovisas i verksamhetsberättelsen varje år:")
    assert f("Följande frågor besvaras i bokslutet:")
    assert not f("Enkäten innehöll följande frågor:")
    assert not f("Svaren på följande frågor redovisas i verksamhetsberättelsen.")


def test_question_for_goal():
    q = follow_up_questions.question_for_goal
    assert q("Hur många deltog i kursen? (mål 3)") == ("Hur många deltog i kursen?", "3")
    assert q("Hur många deltog i kursen?") is None
    assert q("Antal deltagare (mål 3)") is None


# --- a goal cell wrapped before a level code ---------------------------------------------

def test_a_level_code_read_on_in_lower_case_continues_the_goal(monkeypatch):
    cell = "Mål 2. Vuxna når minst nivå\nB1 i svenska eller finska"
    assert cells.split_goal_cell(cell) == (None, ["Mål 2. Vuxna når minst nivå B1 i svenska eller finska"])
    # a code opening a goal of its own is followed by the goal's capitalised first word
    assert len(cells.split_goal_cell("K1 Alla barn har en hobby\nK2 Alla vuxna har arbete")[1]) == 2
    monkeypatch.setattr(text_mod, "_CODE_IN_SENTENCE_RE", re.compile(r"(?!)"))
    assert len(cells.split_goal_cell(cell)[1]) == 2


# --- '1)', '2)' numbered anew in the cells of several tables --------------------------------

def _area_tables():
    cols = ["Mål", "Så här når vi målet"]
    return [
        _h("Integrationsprogram för Åsby 2025–2029", 1),
        _h("3 Lärande", 1),
        _table(cols, [["Mål 1. Barnen lyckas i skolan",
                       "1) Läxklubb i biblioteket — Bildningssektorn, 2025–2029\n"
                       "2) Handledare för föräldrasamarbete i daghemmen — Småbarnspedagogiken, 2026"],
                      ["Mål 2. Vuxna lär sig svenska",
                       "1) Kvällskurser i svenska — Medborgarinstitutet, 2025–2029"]]),
        _h("4 Arbete", 1),
        _table(cols, [["Mål 3. Fler invandrare får arbete",
                       "1) Jobbmässa varje höst — Näringslivsservicen, 2025–2029\n"
                       "2) Staden erbjuder praktikplatser med handledare — Personalservicen, 2025–2029"]]),
    ]


def test_numbers_anew_in_each_cell_join_no_actions_of_other_tables(monkeypatch):
    out = _classify(_area_tables())
    texts = [_s(m.text) for m in out.measures]
    assert "Handledare för föräldrasamarbete i daghemmen" in texts
    assert "Staden erbjuder praktikplatser med handledare" in texts
    assert len(texts) == 5
    monkeypatch.setattr(merge, "_tables_repeating_numbers", lambda b: set())
    assert len(_classify(_area_tables()).measures) == 4


# --- a follow-up table sorted by 'Mål nr': its rows' numbers ---------------------------

def test_a_bare_number_under_a_bare_number_starts_a_row(monkeypatch):
    above = ["antal besökare på välkomstkvällarna", "Mötesplatsen", "årligen", "5"]
    row = ["andel invånare som känner sig trygga", "Invånarenkäten", "vartannat år", "6"]
    assert not _continues_row(row, above)
    monkeypatch.setattr(elements_mod, "BARE_NUMBER_RE", re.compile(r"(?!)"))
    # (the count meters 'antal …' / 'andel …' each a row's own is a rule of its own, forty-sixth set)
    monkeypatch.setattr(elements_mod, "opens_with_count", lambda text: False)
    assert _continues_row(row, above)


def test_a_cells_only_item_numbered_1_is_labelled_so(monkeypatch):
    cell = "1) Kvällskurser i svenska — Medborgarinstitutet, 2025–2029"
    assert cells.split_marked_items(cell) == (None, [("Kvällskurser i svenska — Medborgarinstitutet, 2025–2029", "1")])
    monkeypatch.setattr(cells, "paren_number", lambda line: None)
    assert cells.split_marked_items(cell)[1][0][0].startswith("1)")


# --- the doer table printed without its grid -------------------------------------------

def _gridless_plan():
    return [
        _h("Integrationsprogram för Byvik 2026–2029", 1),
        _h("Mål 1: Nyinflyttade vet var de får service", 2),
        _h("Det gör kommunen", 6),
        _h("Det gör andra (vem)", 6),
        _p("Informationsblad om kommunens service delas ut vid inflyttningen"),
        _p("Öppet hus i kommunkansliet varje vår Arbetsförmedlingen: Vägledning för arbetssökande"),
        _h("Mål 2: Barnen trivs i skolan", 2),
        _h("Det gör kommunen", 6),
        _p("Läxhjälp två eftermiddagar i veckan"),
        _h("Det gör andra (vem)", 6),
        _p("Idrottsföreningen Byvik: Gratis medlemskap första året"),
    ]


def test_doer_headings_over_paragraphs_are_the_doer_table(monkeypatch):
    out = _classify(_gridless_plan())
    goals = {g.id: _s(g.text) for g in out.goals}
    got = sorted((_s(m.text), goals.get(m.goal), tuple(m.responsible)) for m in out.measures)
    assert got == sorted([
        ("Informationsblad om kommunens service delas ut vid inflyttningen",
         "Nyinflyttade vet var de får service", ("kommunen",)),
        ("Öppet hus i kommunkansliet varje vår", "Nyinflyttade vet var de får service", ("kommunen",)),
        ("Vägledning för arbetssökande", "Nyinflyttade vet var de får service", ("Arbetsförmedlingen",)),
        ("Läxhjälp två eftermiddagar i veckan", "Barnen trivs i skolan", ("kommunen",)),
        ("Gratis medlemskap första året", "Barnen trivs i skolan", ("Idrottsföreningen Byvik",)),
    ])
    monkeypatch.setattr(classify_document, "fold_doer_headings", lambda els: els)
    assert not any("Gratis medlemskap" in m.text for m in _classify(_gridless_plan()).measures)


# --- numbered items wrapped before their dash ----------------------------------------------

def test_a_numbered_items_dash_wrapped_to_a_line_of_its_own_stays_in_the_item(monkeypatch):
    cell = ("1) Kompetenskartläggning för arbetssökande\n— Arbetsförmedlingen, 2025–2029\n"
            "2) Rekryteringsmässa två gånger per år\n— Näringslivsservicen, 2026–2029")
    _, items = cells.split_marked_items(cell)
    assert [(squash(t), n) for t, n in items] == [
        ("Kompetenskartläggning för arbetssökande — Arbetsförmedlingen, 2025–2029", "1"),
        ("Rekryteringsmässa två gånger per år — Näringslivsservicen, 2026–2029", "2")]
    # a dash list under a numbered item's colon is its sub-items still
    assert cells.item_marks(["1) Kurser:", "– i svenska", "– i finska", "2) Mässa"])[1:3] == [True, True]
    # without the rule each dash line is an item of its own
    monkeypatch.setattr(cells, "_DASHES", ("\x00",))
    assert cells.item_marks(cell.split("\n")) == [True, True, True, True]


def test_an_abbreviation_does_not_end_the_intro_sentence():
    introduces_answered_questions = answered_questions.introduces_answered_questions
    # 'bl.a.' inside the intro: the last sentence is the whole intro, answers and all
    assert introduces_answered_questions(
        "Planen följs upp varje år. Svaren på bl.a. följande frågor redovisas i bokslutet:")
    assert not introduces_answered_questions(
        "Svaren redovisas i bokslutet. Enkäten innehöll bl.a. följande frågor:")
