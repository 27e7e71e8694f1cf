"""A chapter '3. Så här gör vi' whose numbered groups ('3.1 Välkomnande') tell their actions
in paragraphs, each opening with the action ('Kommunen erbjuder ...', '... ordnas varje
vår.') and going on with who does it (eleventh blind set, blind65 convention). Made-up
text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _programme():
    return [
        _h("2. Våra mål", 1),
        _b("1. Alla som flyttar hit ska känna sig välkomna.", "2. Vuxna ska kunna lära sig svenska."),
        _h("3. Så här gör vi", 1),
        _h("3.1 Välkomnande", 2),
        _p("Kommunen erbjuder alla nyinflyttade ett välkomstpaket. Paketet delas ut av kansliet."),
        _p("En välkomstträff ordnas varje vår i byns skola. För träffen ansvarar fritidssekreteraren."),
        _p("Kommunen inrättar ett inflyttarråd som träffas två gånger per år (kommunstyrelsen, 2026)."),
        _h("3.2 Språk", 2),
        _p("Det är långt till närmaste kurs i svenska och många arbetar i skift."),
    ]


def test_paragraphs_of_a_group_under_so_gor_vi_open_with_its_actions():
    x = _classify(_programme())
    assert [m.text for m in x.measures] == [
        "Kommunen erbjuder alla nyinflyttade ett välkomstpaket",
        "En välkomstträff ordnas varje vår i byns skola",
        "Kommunen inrättar ett inflyttarråd som träffas två gånger per år"]
    # the closing parenthesis names who and when, cut off the action and kept in printed
    assert (x.measures[2].responsible, x.measures[2].schedule) == (["kommunstyrelsen"], "2026")
    assert x.measures[2].printed == \
        "Kommunen inrättar ett inflyttarråd som träffas två gånger per år (kommunstyrelsen, 2026)"


def test_a_paragraph_describing_the_situation_is_no_action():
    x = _classify(_programme())
    assert not any("skift" in m.text for m in x.measures)


def _grouped(second_heading):
    return [
        _h("2. Våra mål", 1),
        _b("1. Alla som flyttar hit ska känna sig välkomna.", "2. Vuxna ska kunna lära sig svenska."),
        _h("3. Så här gör vi", 1),
        _h("3.1 Välkomnande", 2),
        _p("Kommunen erbjuder alla nyinflyttade ett välkomstpaket."),
        _h(second_heading, 2),
        _p("Kommunen ska:"),
        _b("ordna en distanskurs (kansliet, 2025)", "upplåta bibliotekets studierum (biblioteket, fortlöpande)"),
    ]


def test_a_numbered_group_naming_what_the_goal_of_its_number_speaks_of_serves_that_goal():
    x = _classify(_grouped("3.2 Svenska språket"))
    g1, g2 = (g.id for g in x.goals)
    assert [m.goal for m in x.measures] == [g1, g2, g2]


def test_a_group_sharing_no_word_with_the_goal_of_its_number_keeps_the_listed_goals():
    x = _classify(_grouped("3.2 Övrigt"))
    assert len({m.goal for m in x.measures}) == 1
