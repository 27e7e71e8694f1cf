"""A running-text sentence whose doer carries on with work ('Musikinstitutet fortsätter att
erbjuda …', 'Vi fortsätter med läxhjälpen …') states an action, as one that starts it does
(`prose_actions._verb_of_doing`); only with the doer before 'fortsätter att/med' -- after an
opening adverbial ('Inom X fortsätter också Y …') something goes on by itself."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose_actions import prose_action


def test_doer_carrying_on_is_an_action():
    a = prose_action("Musikinstitutet fortsätter att erbjuda kvällskurser i gitarr för vuxna.")
    assert a is not None and a.responsible == ["Musikinstitutet"]
    b = prose_action("Vi fortsätter med läxhjälpen på torsdagar i Norrby skola.")
    assert b is not None and b.responsible == []


def test_thing_going_on_is_no_action():
    assert prose_action("Inom fritiden fortsätter också stadens simskola för vuxna.") is None
    assert prose_action("Målet är att fler elever fortsätter till gymnasiet.") is None
    assert prose_action("Arbetet fortsätter med samma inriktning som förut.") is None


def test_prose_programme_reads_carrying_on_sentence_as_measure():
    ex = _classify([
        _h("Fritid", 2),
        _p("Vi strävar efter att alla barn har en hobby."),
        _p("Vi öppnar en klubb för pojkar och flickor från och med 2026. Biblioteket fortsätter att "
           "ordna bokcirklar på lätt svenska varje månad."),
    ])
    texts = [m.text for m in ex.measures]
    assert any(t.startswith("Biblioteket fortsätter att ordna") for t in texts), texts
