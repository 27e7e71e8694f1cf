"""Fifteenth blind set (helper f15a): goal tables of the state now and the state aimed at,
goals named by a code, a dash for no goal, and year columns marked 'x'. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.reader_shared import caption_theme
from classifiers.headers import is_structure_header


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


def _goal_texts(x):
    return [_squash(g.text).rstrip(".") for g in x.goals]


def _goal_of(x, measure_start):
    m = next(m for m in x.measures if _squash(m.text).startswith(measure_start))
    return next((_squash(g.text).rstrip(".") for g in x.goals if g.id == m.goal), None)


_STATE_COLUMNS = ["Nr", "Nuläge", "Önskat läge 2030"]


def _state_tables():
    return [_h("Våra mål", 1),
            _h("Hälsa", 2),
            _t("Hälsa – nuläge och önskat läge", _STATE_COLUMNS,
               [["H1", "Få nyinflyttade känner till rådgivningen.", "Alla nyinflyttade vet var de får råd om hälsa."],
                ["H2", "Simkunnigheten är låg bland vuxna.", "Minst hälften av de vuxna kursdeltagarna kan simma."]]),
            _h("Fritid", 2),
            _t("Fritid – nuläge och önskat läge", _STATE_COLUMNS,
               [["F1", "Klubbarna når inte de nya familjerna.", "Varje idrottsklubb har en kontaktperson för nya familjer."]])]


# ---- a goal column beside the state now -----------------------------------------------------

def test_a_goal_column_beside_the_state_now_is_a_table_of_goals():
    assert is_structure_header(["Nr", "Nuläge", "Önskat läge 2030"])
    assert is_structure_header(["Utgångsläge 2025", "Målsättning"])
    # a goal column alone, or beside a column of no such word, is no table of goals
    assert not is_structure_header(["Nr", "Önskat läge 2030"])
    assert not is_structure_header(["Mål 2022–2025", "Utfall"])


def test_each_row_of_a_goal_table_is_a_goal_of_its_own_and_its_code_names_it():
    actions = _t("Åtgärder 2026–2030", ["Åtgärd", "Mål", "Ansvarig", "Tidtabell"],
                 [["Hälsoinfo på fem språk vid hälsostationen", "H1", "Hälsovårdaren", "2026"],
                  ["Simskola för vuxna på kvällstid", "H2", "Idrottsbyrån", "somrarna 2026–2030"],
                  ["Kontaktpersoner utbildas i klubbarna", "F1", "Fritidsbyrån", "2027"]])
    x = _classify(_state_tables() + [_h("Åtgärder", 1), actions])
    assert _goal_texts(x) == ["Alla nyinflyttade vet var de får råd om hälsa",
                              "Minst hälften av de vuxna kursdeltagarna kan simma",
                              "Varje idrottsklubb har en kontaktperson för nya familjer"]
    # no goal heads the rows under it: the table has no rows of actions
    assert [g.parent for g in x.goals] == [None, None, None]
    # the state now is background, no goal
    assert not any("Simkunnigheten" in g.text for g in x.goals)
    assert _goal_of(x, "Hälsoinfo") == "Alla nyinflyttade vet var de får råd om hälsa"
    assert _goal_of(x, "Simskola") == "Minst hälften av de vuxna kursdeltagarna kan simma"
    assert _goal_of(x, "Kontaktpersoner") == "Varje idrottsklubb har en kontaktperson för nya familjer"


def test_a_caption_naming_its_area_and_then_its_columns_names_the_area():
    assert caption_theme("Hälsa – nuläge och önskat läge") == "Hälsa"
    assert caption_theme("Tabell 3. Fritid och kultur – mål och åtgärder") == "Fritid och kultur"
    # a dash before words that name no column is part of the name
    assert caption_theme("Arbete – en väg in i samhället") == "Arbete – en väg in i samhället"
    x = _classify(_state_tables())
    assert [g.theme for g in x.goals] == ["Hälsa", "Hälsa", "Fritid"]


# ---- a dash for no goal ---------------------------------------------------------------------

def test_a_dash_in_the_goal_column_says_the_row_serves_no_goal():
    actions = _t("Åtgärder 2026–2030", ["Åtgärd", "Mål", "Ansvarig", "Tidtabell"],
                 [["Simskola för vuxna på kvällstid", "H2", "Idrottsbyrån", "2026"],
                  ["Kommunens blanketter översätts till ukrainska", "–", "Kansliet", "2027"]])
    x = _classify(_state_tables() + [_h("Åtgärder", 1), actions])
    assert "–" not in _goal_texts(x) and len(x.goals) == 3
    assert _goal_of(x, "Kommunens blanketter") is None
    assert _goal_of(x, "Simskola") == "Minst hälften av de vuxna kursdeltagarna kan simma"


def test_a_card_titled_by_a_dash_goal_is_no_goal_and_its_action_serves_none():
    x = _classify([_h("Åtgärder", 1),
                   _p("Målet är att alla nya invånare hittar kommunens tjänster."),
                   _h("Mål 1: Alla nya invånare hittar kommunens tjänster", 3),
                   _p("Åtgärd: Välkomstpärm på fyra språk"), _p("Ansvar: Kansliet"), _p("Tidtabell: 2026"),
                   _h("Mål 2: –", 3),
                   _p("Åtgärd: Ny skylt vid kommunhuset"), _p("Ansvar: Tekniska byrån"), _p("Tidtabell: 2027")])
    assert not any(_squash(g.text).endswith("–") for g in x.goals)
    assert _goal_of(x, "Ny skylt") is None
    assert _goal_of(x, "Välkomstpärm") is not None


# ---- a heading naming its goal by code in brackets ------------------------------------------

def test_a_heading_of_actions_naming_a_goal_code_in_brackets_links_its_list_to_that_goal():
    x = _classify(_state_tables() + [
        _h("Åtgärder för hälsa (mål H1)", 2),
        _b("Hälsoinfo på fem språk vid hälsostationen – Ansvar: hälsovårdaren, 2026.",
           "Broschyr om rådgivningen på lätt svenska – Ansvar: hälsovårdaren, 2027.")])
    # the goal named, not the last goal read (F1)
    assert _goal_of(x, "Hälsoinfo") == "Alla nyinflyttade vet var de får råd om hälsa"
    assert _goal_of(x, "Broschyr") == "Alla nyinflyttade vet var de får råd om hälsa"


# ---- a number or code naming no goal ---------------------------------------------------------

def test_a_goal_number_naming_no_goal_read_is_no_goal():
    follow = _t("Indikatorer", ["Mål", "Indikator", "Utgångsläge 2025"],
                [["1", "Antal deltagare i simskolan", "12"],
                 ["7", "Antal kontaktpersoner i klubbarna", "0"]])
    x = _classify([_h("Simning", 1), _p("Mål 1: Alla vuxna nyinflyttade lär sig simma."),
                   _b("Simskola för vuxna – Ansvar: idrottsbyrån, 2026."),
                   _h("Uppföljning", 1), follow])
    assert _goal_texts(x) == ["Alla vuxna nyinflyttade lär sig simma"]
    ind = {_squash(i.text): i.goal for i in x.indicators}
    assert ind["Antal deltagare i simskolan"] == x.goals[0].id


# ---- year columns marked 'x' ------------------------------------------------------------------

_YEARS = ["Åtgärd", "Ansvar", "2026", "2027", "2028"]


def test_year_columns_marked_x_are_times_not_actors():
    from classifiers.matrix import mark_columns, marked_years, year_mark_columns
    rows = [["Simskola", "Idrottsbyrån", "x", "x", ""], ["Klubbkväll", "Fritidsbyrån", "", "x", "x"]]
    roles = {0: "measure", 1: "responsible"}
    assert year_mark_columns(_YEARS, rows, roles) == {2: "2026", 3: "2027", 4: "2028"}
    assert mark_columns(_YEARS, rows, roles) == {}
    assert marked_years(rows[1], {2: "2026", 3: "2027", 4: "2028"}) == "2027, 2028"
    # actors as columns stay a responsibility matrix
    actors = ["Åtgärd", "Idrottsbyrån", "Fritidsbyrån"]
    assert mark_columns(actors, [["Simskola", "X", "(X)"]], {0: "measure"}) == {1: "Idrottsbyrån", 2: "Fritidsbyrån"}
    # figures by year are no marks
    assert year_mark_columns(["Språk", "2026", "2027"], [["finska", "12", "14"]], {}) == {}


def test_the_years_an_action_row_marks_are_its_schedule():
    plan = _t("Åtgärdsplan", _YEARS,
              [["Simskola för vuxna på kvällstid", "Idrottsbyrån", "x", "x", ""],
               ["Klubbkväll för nya familjer", "Fritidsbyrån i samarbete med Simklubben", "", "x", "x"]])
    x = _classify([_h("Fritid", 1), _p("Mål 1: Alla vuxna nyinflyttade lär sig simma."), plan])
    got = {_squash(m.text): (m.schedule, m.responsible, m.partners) for m in x.measures}
    assert got == {"Simskola för vuxna på kvällstid": ("2026, 2027", ["Idrottsbyrån"], []),
                   "Klubbkväll för nya familjer": ("2027, 2028", ["Fritidsbyrån"], ["Simklubben"])}
