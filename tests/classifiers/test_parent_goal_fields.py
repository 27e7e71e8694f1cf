"""A goal card's field naming the higher goal it serves ('Övergripande mål: X' under the
heading 'Delmål 1: ...'): the card's parent goal, not a goal under it
(`classifiers.parent_goal_fields`). Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.parent_goal_fields import names_higher_goal


def _tree(x):
    text = {g.id: g.text for g in x.goals}
    return ({(text[g.id], text.get(g.parent)) for g in x.goals},
            {m.text: text.get(m.goal) for m in x.measures})


def test_labels_that_rank_a_goal_above_the_card():
    assert all(names_higher_goal(x) for x in ("Övergripande mål", "Huvudmål:", "Strategiskt mål",
                                              "Hör till mål", "Overgripande mal"))
    assert not any(names_higher_goal(x) for x in ("Mål", "Delmål", "Strategiskt mål 2", "Effektmål",
                                                  "Målsättning"))


def test_card_field_naming_the_higher_goal_is_the_parent_of_its_heading_goal():
    x = _classify([
        _h("Delmål 1: Nyinflyttade får hjälp att hitta en bostad", 4),
        _p("Övergripande mål: Alla trivs i kommunen"),
        _p("Åtgärd:"),
        _b("Bostadsrådgivning varje tisdag", "Lista över lediga hyresbostäder på webben"),
        _h("Delmål 2: Föreningarna tar emot nya medlemmar", 4),
        _p("Övergripande mål: Alla trivs i kommunen"),
        _p("Åtgärd:"),
        _b("Föreningsmässa varje höst"),
    ])
    goals, measures = _tree(x)
    assert goals == {("Alla trivs i kommunen", None),
                     ("Delmål 1: Nyinflyttade får hjälp att hitta en bostad", "Alla trivs i kommunen"),
                     ("Delmål 2: Föreningarna tar emot nya medlemmar", "Alla trivs i kommunen")}
    assert measures == {"Bostadsrådgivning varje tisdag": "Delmål 1: Nyinflyttade får hjälp att hitta en bostad",
                        "Lista över lediga hyresbostäder på webben":
                            "Delmål 1: Nyinflyttade får hjälp att hitta en bostad",
                        "Föreningsmässa varje höst": "Delmål 2: Föreningarna tar emot nya medlemmar"}


def test_higher_goal_field_after_the_list_under_a_goal_heading():
    # the field closing the sub-goal's card, after its actions: the heading goal's parent still
    x = _classify([
        _h("Mål 1: Nya invånare hittar kommunens service", 4),
        _b("1.1 Informationsbladet trycks på fem språk. Ansvar: kommunikationsenheten.",
           "1.2 Rådgivning ges på torsdagar. Ansvar: socialbyrån."),
        _p("Huvudmål: Alla som flyttar hit får en bra start."),
    ])
    goals, measures = _tree(x)
    assert goals == {("Alla som flyttar hit får en bra start", None),
                     ("Mål 1: Nya invånare hittar kommunens service", "Alla som flyttar hit får en bra start")}
    assert set(measures.values()) == {"Mål 1: Nya invånare hittar kommunens service"}


def test_a_goal_field_of_no_rank_stays_a_goal_under_the_heading():
    # guard: 'Mål: X' under a heading goal is no higher goal (read as before)
    x = _classify([
        _h("Delmål 1: Nyinflyttade får hjälp att hitta en bostad", 4),
        _p("Mål: Väntetiden till en hyresbostad är kortare än tre månader"),
        _p("Åtgärd:"),
        _b("Bostadsrådgivning varje tisdag"),
    ])
    goals, _ = _tree(x)
    assert ("Väntetiden till en hyresbostad är kortare än tre månader",
            "Delmål 1: Nyinflyttade får hjälp att hitta en bostad") in goals
