"""A 'Mätare:' line printed right under one numbered action paragraph ('1.1.1 ... – Ansvar:
X, 2026') is that action's indicator; under a list of several actions it follows the goal
(eleventh blind set, blind63 conventions). Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def test_a_meter_line_under_one_action_paragraph_is_that_actions():
    x = _classify([
        _h("Delprogram 1 Arbete", 1),
        _h("Mål 1.1: Fler invandrare arbetar inom sitt yrke", 2),
        _p("1.1.1 Kompetenskartläggning för alla nyanlända – Ansvar: sysselsättningsområdet, från 2026"),
        _p("Mätare: antal genomförda kartläggningar per år"),
        _p("1.1.2 Mentorprogram för högutbildade – Ansvar: näringslivsenheten, 2026–2027"),
        _p("Mätare: antal mentorpar"),
        _p("1.1.3 Språkstödda praktikplatser inom äldreomsorgen – Ansvar: bildningssektorn, fortlöpande"),
    ])
    m1, m2, _ = (m.id for m in x.measures)
    assert [(" ".join(i.text.split()), i.measure) for i in x.indicators] == [
        ("antal genomförda kartläggningar per år", m1), ("antal mentorpar", m2)]


def test_a_meter_line_under_a_list_of_actions_follows_the_goal():
    x = _classify([
        _h("Mål 1: Fler invandrare arbetar inom sitt yrke", 2),
        _p("Åtgärder:"),
        _b("Kompetenskartläggning för alla nyanlända (sysselsättningsområdet, 2026)",
           "Mentorprogram för högutbildade (näringslivsenheten, 2027)"),
        _p("Mätare: antal genomförda kartläggningar per år"),
    ])
    assert len(x.measures) == 2
    assert [i.measure for i in x.indicators] == [None]
