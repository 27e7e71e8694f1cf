"""Seventeenth blind set (helper s17b): an action labelled with its number ('Åtgärd 1.1: ...')
followed by a line of its who/when fields, a 'Delåtgärder:' list of the steps it is carried
out by, and an 'Indikator:' line. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b


def _housing(*, steps: bool = True, indicator: str = "Indikator: Antalet besök i rådgivningen"):
    first = [_p("Åtgärd 1.1: Vi öppnar en bostadsrådgivning i medborgarhuset"),
             _p("Ansvar: tekniska nämnden i samarbete med hyresbolaget. Tidtabell: 2026.")]
    if steps:
        first += [_p("Delåtgärder:"), _b("anställa en rådgivare på deltid", "skriva en guide om hyresavtal")]
    first.append(_p(indicator))
    second = [_p("Åtgärd 1.2: Vi ordnar visningar av lediga lägenheter"),
              _p("Ansvar: hyresbolaget. Tidtabell: 2027.")]
    if steps:
        second += [_p("Delåtgärder:"), _b("annonsera visningarna på tre språk", "ordna tolk vid visningarna")]
    return _classify([_h("4 Boende", 1), _p("Mål 1: Nyinflyttade hittar en bostad snabbt."), *first, *second])


def test_the_steps_listed_under_an_action_are_parts_of_it_not_measures():
    x = _housing()
    assert [m.text for m in x.measures] == ["Vi öppnar en bostadsrådgivning i medborgarhuset",
                                            "Vi ordnar visningar av lediga lägenheter"]


def test_a_line_of_fields_under_a_labelled_action_gives_that_action_its_doer_and_time():
    x = _housing(steps=False)
    got = [(m.text, m.responsible, m.partners, m.schedule) for m in x.measures]
    assert got == [("Vi öppnar en bostadsrådgivning i medborgarhuset", ["tekniska nämnden"], ["hyresbolaget"], "2026"),
                   ("Vi ordnar visningar av lediga lägenheter", ["hyresbolaget"], [], "2027")]


def test_an_indicator_line_under_an_actions_steps_is_that_actions():
    x = _housing()
    assert [(i.text, i.measure) for i in x.indicators] == [("Antalet besök i rådgivningen", x.measures[0].id)]


def test_an_indicator_field_opening_a_count_with_a_capital_is_read_as_a_lower_case_one_is():
    x = _housing(steps=False, indicator="Indikator: Andelen nyinflyttade som fått en bostad inom tre månader")
    assert [i.text for i in x.indicators] == ["Andelen nyinflyttade som fått en bostad inom tre månader"]
