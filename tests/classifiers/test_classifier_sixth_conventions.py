"""Conventions of the sixth blind set (tests/data/blind_programs, blind31/33/36): goals known
by a code the action tables name alone ('... (R2)' over a table whose goal column says
'R2'), an action plan grouped under headings that name the responsible unit, goal and
indicator rows inside an action table ('Målsättning 1: ...', 'Indikator: ...'), a goal
named by its short name, and a table row broken over a page end past a footer line.
Made-up text, other wordings than the blind set's."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.builder import Builder

from classifiers.reader_shared import labelled_item
from classifiers.elements import Element, _add_table, _continues_row
from classifiers.text import squash
from extractors.model import Table


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- goal and indicator rows inside an action table ----------------------------------

def test_labelled_item_reads_goal_and_indicator_labels():
    assert labelled_item("Målsättning 2: Fler unga hittar en fritidshobby") == (
        "goal", "Fler unga hittar en fritidshobby", "2")
    assert labelled_item("1.4 Mål 3: Alla barn lär sig simma.") == ("goal", "Alla barn lär sig simma", "3")
    assert labelled_item("Indikator: antal deltagare per termin.") == ("indicator", "antal deltagare per termin", None)
    assert labelled_item("Simskola för vuxna") is None
    assert labelled_item("Modersmål: arabiska") is None  # a language is no goal


def test_goal_and_indicator_rows_inside_an_action_table():
    cols = ["Åtgärd", "Ansvarig", "Partner", "Tidsplan"]
    x = _classify([
        _h("3 Insatser", 1),
        _t(cols, [
            ["Målsättning 1: Fler unga hittar en fritidshobby", "", "", ""],
            ["Hobbymässa i idrottshallen", "Fritidsväsendet", "–", "2026"],
            ["Gratis prova-på-dagar", "Fritidsväsendet", "Idrottsföreningarna", "varje höst"],
            ["Indikator: antal unga som börjat en hobby", "", "", ""],
            ["Målsättning 2: Nya familjer känner till dagvården", "", "", ""],
            ["Informationsblad om dagvården på sex språk", "Bildningsväsendet", "–", "2025"],
        ], caption="Tabell 2. Insatser"),
    ])
    goals = {g.id: squash(g.text) for g in x.goals}
    assert sorted(goals.values()) == ["Fler unga hittar en fritidshobby", "Nya familjer känner till dagvården"]
    assert {squash(m.text): goals[m.goal] for m in x.measures} == {
        "Hobbymässa i idrottshallen": "Fler unga hittar en fritidshobby",
        "Gratis prova-på-dagar": "Fler unga hittar en fritidshobby",
        "Informationsblad om dagvården på sex språk": "Nya familjer känner till dagvården"}
    assert [(squash(i.text), goals[i.goal], i.measure) for i in x.indicators] == [
        ("antal unga som börjat en hobby", "Fler unga hittar en fritidshobby", None)]
    # the goal row's empty cells are no 'same as above' for the measure under it
    assert next(m for m in x.measures if m.text.startswith("Hobbymässa")).responsible == ["Fritidsväsendet"]


def test_section_row_whose_other_cells_repeat_the_row_above():
    # a print that fills every cell 'as above' gives the indicator row the fields of the
    # measure above it: they are not its own, the row is still the indicator's
    rows = [["Åtgärd", "Ansvarig", "Tidsplan"],
            ["Målsättning 1: Fler unga hittar en fritidshobby", "", ""],
            ["Hobbymässa i idrottshallen", "Fritidsväsendet", "2026"],
            ["Indikator: antal unga som börjat en hobby", "Fritidsväsendet", "2026"],
            ["Gratis prova-på-dagar", "Fritidsväsendet", "2027"]]
    roles = {0: "measure", 1: "responsible", 2: "schedule"}
    got = Builder._field_rows(rows[1:], roles)
    assert got == {"Målsättning 1: Fler unga hittar en fritidshobby": ("goal", "Fler unga hittar en fritidshobby", "1"),
                   "Indikator: antal unga som börjat en hobby": ("indicator", "antal unga som börjat en hobby", None)}
    # a row with fields of its own is a row of the table, whatever its first cell says
    assert Builder._field_rows([["Indikator: antal besök", "Biblioteket", "2026"]], roles) == {}
    # a table with a goal column has no goal rows
    assert Builder._field_rows([rows[1]], {0: "goal", 1: "measure"}) == {}


def test_goal_printed_among_the_actions_of_a_cell():
    # a numbered print of the table: the goal row comes out as the first action number,
    # read together with the action under it
    x = _classify([
        _h("3 Insatser", 1),
        _t(["Åtgärd", "Ansvarig"], [
            ["1.1 Målsättning 4: Alla barn lär sig simma\n1.2 Simskola i årskurs 3", "Fritidsväsendet"],
            ["1.3 Simkurser för mammor", "Fritidsväsendet"],
        ]),
    ])
    assert [g.text for g in x.goals] == ["Alla barn lär sig simma"]
    assert sorted(squash(m.text) for m in x.measures) == ["1.2 Simskola i årskurs 3", "1.3 Simkurser för mammor"]
    assert all(m.goal == x.goals[0].id for m in x.measures)


def test_action_field_holding_a_goal_is_that_goal():
    assert Builder._goal_in_measure_field("Åtgärd: Målsättning 1: Fler unga hittar en hobby") == (
        "Fler unga hittar en hobby", "1")
    assert Builder._goal_in_measure_field("Åtgärd: Hobbymässa i idrottshallen") is None


# ---- goals known by a code; headings that name the responsible unit -----------------

_COLS = ["Insats", "Mål", "Partner", "Tidsplan"]


def _unit_plan(unit_a: str, unit_b: str):
    return [
        _h("2 Våra mål", 1),
        _h("2.1 Arbete", 2),
        _h("Fler inflyttade får ett arbete inom ett år (R2)", 3),
        _p("Arbetslösheten är hög. Vi vill att alla får stöd i arbetssökandet."),
        _h("2.2 Boende", 2),
        _h("Nya familjer hittar en bostad i kommunen (R1)", 3),
        _p("Bostadsbristen är stor."),
        _h("3 Åtgärder per enhet", 1),
        _h(f"3.1 {unit_a}", 2),
        _t(_COLS, [["Arbetspraktik i kommunens kök", "R2", "–", "2026"],
                   ["Bostadsrådgivning på torsdagar", "R1", "Hyresbolaget", "fortlöpande"]]),
        _h(f"3.2 {unit_b}", 2),
        _t(_COLS, [["Jobbmässa för nyanlända", "R2", "Företagarna", "årligen"]]),
    ]


def test_heading_closing_with_a_code_the_tables_name_is_that_goal():
    x = _classify(_unit_plan("Tekniska sektorn", "Näringslivsenheten"))
    goals = {g.id: squash(g.text) for g in x.goals}
    # the headings without their codes; the sentence explaining a goal is no goal of its own
    assert sorted(goals.values()) == ["Fler inflyttade får ett arbete inom ett år",
                                      "Nya familjer hittar en bostad i kommunen"]
    assert {squash(m.text): goals[m.goal] for m in x.measures} == {
        "Arbetspraktik i kommunens kök": "Fler inflyttade får ett arbete inom ett år",
        "Bostadsrådgivning på torsdagar": "Nya familjer hittar en bostad i kommunen",
        "Jobbmässa för nyanlända": "Fler inflyttade får ett arbete inom ett år"}
    assert next(g for g in x.goals if g.text.startswith("Nya familjer")).theme == "Boende"


def test_a_code_no_table_names_leaves_the_heading_as_it_is():
    x = _classify([
        _h("2 Våra mål", 1),
        _h("Fler inflyttade får ett arbete inom ett år (R2)", 3),
        _h("3 Åtgärder", 1),
        _t(["Insats", "Mål", "Ansvar"], [["Arbetspraktik i kommunens kök", "Arbete åt alla", "Köket"]]),
    ])
    assert "Fler inflyttade får ett arbete inom ett år" not in {g.text for g in x.goals}


def test_sibling_headings_naming_units_are_the_responsible_of_their_tables():
    x = _classify(_unit_plan("Tekniska sektorn", "Näringslivsenheten"))
    resp = {squash(m.text): (m.responsible, m.partners) for m in x.measures}
    assert resp == {"Arbetspraktik i kommunens kök": (["Tekniska sektorn"], []),
                    "Bostadsrådgivning på torsdagar": (["Tekniska sektorn"], ["Hyresbolaget"]),
                    "Jobbmässa för nyanlända": (["Näringslivsenheten"], ["Företagarna"])}


def test_theme_headings_over_tables_name_no_responsible():
    # 'Arbete och företagande' holds an actor's stem ('företag') but its sibling is a theme:
    # the headings group by theme, not by who is responsible
    x = _classify(_unit_plan("Arbete och företagande", "Boende och närmiljö"))
    assert all(m.responsible == [] for m in x.measures)


def test_goal_heading_naming_a_goal_by_code_or_short_name_is_that_goal():
    # cards titled by their row's goal cell: 'Mål 4: R2' over one action
    x = _classify([
        _h("2 Våra mål", 1),
        _h("Fler inflyttade får ett arbete inom ett år (R2)", 3),
        _h("3 Åtgärder", 1),
        _h("Mål 4: R2", 4),
        _p("Åtgärd: Arbetspraktik i kommunens kök"),
        _p("Ansvar: Kökschefen"),
    ])
    assert [g.text for g in x.goals] == ["Fler inflyttade får ett arbete inom ett år"]
    assert [(squash(m.text), m.goal) for m in x.measures] == [("Arbetspraktik i kommunens kök", x.goals[0].id)]


# ---- a row broken at a page end -------------------------------------------------------

def test_a_cell_repeating_the_cell_above_starts_a_new_row():
    above = ["Hälsa", "Mötesplatser för\npsykisk hälsa", "Välfärdsområdet", "Mieli rf", "2025", "–"]
    row = ["Hälsa", "Motionsgrupper för\nkvinnor", "Fritidssektorn", "idrottsföreningar", "fortlöpande",
           "Antal deltagare"]
    assert not _continues_row(row, above)
    # the rest of a cut action is still a continuation
    assert _continues_row(["", "stadiet och högskolorna", "", "", "", ""], above)


def _table_el(rows, page):
    return Table(rows=rows, header_rows=1, method="ruling-lines")


def test_table_goes_on_past_a_footer_line_between_its_pieces():
    header = ["Mål", "Åtgärd", "Ansvarig"]
    out: list[Element] = []
    _add_table(out, _table_el([header, ["Skola", "Mentorer för elever vid andra", "Skolverket"]], 1), 1, book=0)
    out.append(Element("para", "Kommunen · Integrationsprogram · 15", 1))
    _add_table(out, _table_el([header, ["", "stadiet", ""], ["Hälsa", "Motionsgrupper", "Fritid"]], 2), 2,
               first_on_page=True, book=1)
    assert [e.kind for e in out] == ["table", "para"]
    assert out[0].table.rows[1:] == [["Skola", "Mentorer för elever vid andra\nstadiet", "Skolverket"],
                                     ["Hälsa", "Motionsgrupper", "Fritid"]]


def test_a_paragraph_between_two_tables_that_do_not_continue_stays_between_them():
    header = ["Mål", "Åtgärd", "Ansvarig"]
    out: list[Element] = []
    _add_table(out, _table_el([header, ["Skola", "Mentorer för elever", "Skolverket"]], 1), 1, book=0)
    out.append(Element("para", "Tabell 3. Hälsa", 1))
    _add_table(out, _table_el([header, ["Hälsa", "Motionsgrupper", "Fritid"]], 2), 2, first_on_page=True, book=1)
    assert [e.kind for e in out] == ["table", "para", "table"]


# ---- action numbers that start over in each table ------------------------------------

def test_tables_numbering_their_actions_from_one_again_keep_every_action():
    cols = ["Åtgärd", "Ansvarig"]
    x = _classify([
        _h("3 Arbete", 1),
        _t(cols, [["1.1 Jobbmässa för nyanlända", "Näringslivsenheten"],
                  ["1.2 Arbetspraktik i kommunens kök", "Kökschefen"]]),
        _h("4 Boende", 1),
        _t(cols, [["1.1 Bostadsrådgivning på torsdagar", "Hyresbolaget"],
                  ["1.2 Boendeskola för nya hyresgäster", "Hyresbolaget"]]),
    ])
    assert sorted(squash(m.text) for m in x.measures) == [
        "1.1 Bostadsrådgivning på torsdagar", "1.1 Jobbmässa för nyanlända",
        "1.2 Arbetspraktik i kommunens kök", "1.2 Boendeskola för nya hyresgäster"]


def test_an_action_restated_under_its_number_in_a_second_table_is_one_action():
    cols = ["Åtgärd", "Ansvarig"]
    x = _classify([
        _h("3 Arbete", 1),
        _t(cols, [["1.1 Jobbmässa för nyanlända varje höst i idrottshallen", "Näringslivsenheten"]]),
        _h("5 Sammandrag", 1),
        _t(cols, [["1.1 Jobbmässa för nyanlända", "Näringslivsenheten"]]),
    ])
    assert [squash(m.text) for m in x.measures] == ["1.1 Jobbmässa för nyanlända varje höst i idrottshallen"]


def test_rows_of_one_table_given_its_captions_number_stay_apart():
    x = _classify([
        _h("3 Välkomnande", 1),
        _t(["Åtgärd", "Ansvarig"], [["Välkomstpaket till nya invånare", "Kommunikationen"],
                                    ["Rådgivning på biblioteket varje tisdag", "Biblioteket"]]),
    ])
    assert sorted(squash(m.text) for m in x.measures) == ["Rådgivning på biblioteket varje tisdag",
                                                          "Välkomstpaket till nya invånare"]
