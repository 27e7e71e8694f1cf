"""A sentence whose subject is the programme's actions as a whole ('Åtgärderna genomförs
inom sektorernas budgetar.') under a chapter of actions says something of all of them and
states no action of its own (classifiers/prose.py `speaks_of_all_actions`,
classifiers/read_paragraphs.py `_opening_action`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import speaks_of_all_actions


def test_the_actions_as_subject_speak_of_all_actions():
    assert speaks_of_all_actions("Åtgärderna genomförs inom sektorernas budgetar.")
    assert speaks_of_all_actions("Insatserna finansieras med statsbidrag.")
    assert not speaks_of_all_actions("Kommunen ordnar språkkaféer för nyinflyttade.")
    assert not speaks_of_all_actions("Åtgärden genomförs av biblioteket.")


def test_a_sentence_about_all_actions_in_an_action_chapter_is_no_measure():
    x = _classify([
        _h("4. Åtgärder 2025–2028", 1),
        _h("4.1 Välkomnande", 2),
        _p("Kommunen ordnar ett välkomstmöte för alla nyinflyttade varje höst."),
        _h("4.2 Arbete", 2),
        _p("Kommunen erbjuder språkstödd arbetsprövning i sina egna enheter."),
        _h("4.3 Resurser", 2),
        _p("Åtgärderna genomförs huvudsakligen inom ordinarie budgetar. Kommunen ansöker också om "
           "extern finansiering för arbetsprövningen."),
    ])
    texts = [m.text for m in x.measures]
    assert not any(t.startswith("Åtgärderna") for t in texts)
