"""A goal's follow-up line after its numbered action cards (blind172, numbered print): the
cards end alike on the fields the model reads, though one of them prints a field of
another kind on a line of its own, so the 'Så här följer vi upp: a; b.' paragraph under the
last card is the goal's, split into its items, not the last card's indicator. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


def _section(*middle_card_extra: str):
    return _classify([_h("2. Arbete och språk", 2),
                      _p("Målsättning: Fler nya invånare får ett arbete som motsvarar deras utbildning."),
                      _p("Så gör vi:"),
                      _p("2.1 Språkkurs på arbetsplatsen under arbetstid"),
                      _p("Ansvar: Medborgarinstitutet. Tidtabell: 2025–2028."),
                      _p("2.2 Personlig vägledning om erkännande av examina"),
                      _p("Ansvar: Arbets- och näringstjänsterna. Tidtabell: 2026."),
                      *[_p(x) for x in middle_card_extra],
                      _p("2.3 Mentorprogram för nyanlända kolleger"),
                      _p("Ansvar: Näringslivstjänsterna. Tidtabell: 2027."),
                      _p("Så här följer vi upp: andel sysselsatta bland nya invånare; "
                         "antal deltagare i språkkursen på arbetsplatsen.")])


def test_a_follow_up_line_after_numbered_cards_is_the_goals_though_a_card_prints_another_field():
    for x in (_section(), _section("Målgrupp: nyanlända med högskoleexamen.")):
        assert len(x.measures) == 3 and len(x.goals) == 1
        assert [(i.text, i.measure, i.goal) for i in x.indicators] == [
            ("andel sysselsatta bland nya invånare", None, x.goals[0].id),
            ("antal deltagare i språkkursen på arbetsplatsen", None, x.goals[0].id)]
