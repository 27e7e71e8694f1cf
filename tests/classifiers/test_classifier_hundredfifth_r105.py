"""Hundred-and-fifth blind set, reader r105 (blind625–blind630) rule, on made-up text: a follow-up
list named as the meters by its determiner while the goals are only what they follow
('Följande mätare används för att följa hur målen nås:')."""


from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import intro_kind


def test_list_named_as_meters_while_goals_are_what_they_follow():
    assert intro_kind("Följande mätare används för att följa hur målen nås:") == "indicator"
    assert intro_kind("Dessa indikatorer visar om målen uppnås:") == "indicator"
    # the determiner naming the goals, or only the goals: the list holds goals
    assert intro_kind("Följande mål gäller för perioden:") == "goal"
    assert intro_kind("Kommunen har satt upp följande mål:") == "goal"


def _plan():
    return _classify([
        _h("1 Inledning", 1),
        _p("Programmet gäller åren 2026–2029 och godkändes av fullmäktige."),
        _h("2 Insatsområden", 1),
        _h("2.1 Språk", 2),
        _p("Mål"),
        _b("1. Alla vuxna invånare kan studera svenska nära hemmet.",
           "2. Barn med invandrarbakgrund får stöd i skolan."),
        _p("Insatser"),
        _b("Kvällskurser i svenska ordnas i byarna (ansvar: medborgarinstitutet, 2026–2029)",
           "Läxhjälp ordnas i biblioteket (ansvar: biblioteket, fortlöpande)"),
        _h("2.2 Arbete", 2),
        _p("Mål"),
        _b("3. Nya invånare hittar arbete som motsvarar deras utbildning."),
        _p("Insatser"),
        _b("En rekryteringsträff ordnas varje höst (ansvar: näringslivsenheten, årligen)"),
        _h("3 Uppföljning", 1),
        _p("Följande mätare används för att följa hur målen nås:"),
        _b("Antalet deltagare i kvällskurserna (mål 1)",
           "Antalet arbetsgivare på rekryteringsträffen (mål 3)"),
    ])
