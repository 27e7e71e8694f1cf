"""A list intro whose verb comes before its subject after an opening adverbial
('Därför gör vi så här:', 'Nu arbetar kommunen så här:') says, like 'Vi gör så här:',
that the list holds the actions (`prose._WILL_DO_RE`)."""
from classifiers.prose import intro_kind


def test_inverted_how_we_do_intro_is_measure():
    assert intro_kind("Därför gör vi så här:") == "measure"
    assert intro_kind("Under perioden arbetar kommunen så här:") == "measure"


def test_straight_forms_still_measure():
    assert intro_kind("Vi gör så här:") == "measure"
    assert intro_kind("Så här gör vi:") == "measure"


def test_how_others_work_is_not_read_so():
    # the phrase must close the intro: a sentence going on is no list intro of this form
    assert intro_kind("Därför gör vi så här med ansökningarna i grannkommunerna:") != "measure"
