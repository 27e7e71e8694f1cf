"""Goals listed once as 'Mål N: ...' and an action table whose goal column names each goal by
its number and a short name ('1. Välkomnande'), the cell merged (left empty) over the rows
below it (eleventh blind set, blind62 convention). Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _programme(cells=("1. Välkomnande", "2. Språk")):
    return [
        _h("2 Gemensamma mål", 1),
        _b("Mål 1: Alla nyinflyttade känner sig välkomna i kommunen.",
           "Mål 2: Vuxna invandrare har tillgång till kurser i svenska."),
        _h("3 Åtgärdstabell", 1),
        _t(["Mål", "Åtgärd", "Ansvarig", "Tidsplan"],
           [[cells[0], "Välkomstmöte för nyinflyttade två gånger per år", "Kommunkansliet", "2025–2028"],
            ["", "Välkomstbroschyr på fem språk", "Kommunkansliet", "2025"],
            [cells[1], "Språkcafé på biblioteket varje vecka", "Biblioteket", "fortlöpande"]],
           "Tabell 2. Åtgärder"),
    ]


def test_a_goal_cell_naming_a_listed_goal_by_number_and_short_name_is_that_goal():
    x = _classify(_programme())
    assert [g.text for g in x.goals] == ["Alla nyinflyttade känner sig välkomna i kommunen",
                                         "Vuxna invandrare har tillgång till kurser i svenska"]
    g1, g2 = (g.id for g in x.goals)
    assert [m.goal for m in x.measures] == [g1, g1, g2]


def test_a_numbered_goal_cell_stating_a_whole_goal_is_a_goal_of_its_own():
    # a sentence longer than a name: the table states its own goals (no reference)
    x = _classify(_programme(("1. Alla nyinflyttade får ett personligt välkomstsamtal inom en månad",
                              "2. Alla vuxna invandrare får en plats på en kurs i svenska inom tre månader")))
    assert len(x.goals) == 4
