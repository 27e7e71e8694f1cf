"""A wish that says in the same sentence its matter is no part of the programme's actions
('Kommunen vill stödja sådana initiativ, men … därför inte en del av kommunens åtgärder.')
is background, no goal. Made-up programme."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.denied_actions import disowned_in_sentence


def test_the_sentence_denies_its_matter_a_place_among_the_actions():
    assert disowned_in_sentence("Staden vill stödja sådana projekt, men de är inte en del av stadens åtgärder.")
    assert disowned_in_sentence("Vi vill gärna delta, men lägret ingår inte i programmet.")
    assert not disowned_in_sentence("Staden vill att alla barn har en hobby.")


def test_a_disowned_wish_is_no_goal():
    got = _classify([
        _h("Bakgrund"),
        _h("Byarnas föreningar", 2),
        _p("Byaföreningarna har under de senaste åren ordnat språkcaféer och utflykter för nya invånare. "
           "Staden vill stödja sådana projekt, men föreningarnas verksamhet är frivillig och därför inte "
           "en del av stadens åtgärder."),
        _h("Mål och åtgärder"),
        _h("Fritid", 2),
        _p("Mål: Alla barn har en hobby."),
        _p("Det här gör vi:"),
        _b("ordnar en hobbymässa varje höst", "ger hobbystipendier"),
    ])
    goals = [g.text for g in got.goals]
    assert not any("stödja sådana projekt" in g for g in goals), goals
    assert any("hobby" in g for g in goals)
