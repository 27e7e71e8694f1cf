"""Ninety-second blind set (blind548) conventions, on made-up text: a theme's goal in a box
set as a heading in the definite singular ('Målet: <goal>.') over the theme's numbered action
paragraphs, each with its field line and indicator."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import labelled_goal_heading


def _sq(s):
    return " ".join((s or "").split())


def test_definite_singular_goal_label_heads_a_goal():
    assert labelled_goal_heading("Målet: Alla nya elever får en mentor under första terminen.") == \
        "Alla nya elever får en mentor under första terminen"
    assert labelled_goal_heading("Målsättningen: Fler äldre invandrare deltar i föreningslivet") == \
        "Fler äldre invandrare deltar i föreningslivet"
    # the plural lists several goals, and a lower-case word after the colon names a kind (as before)
    assert labelled_goal_heading("Målen: Fler i arbete och fler i utbildning") is None
    assert labelled_goal_heading("Målet: kortsiktigt") is None


def test_goal_box_heading_heads_the_numbered_action_paragraphs_under_it():
    got = _classify([
        _h("Integrationsprogram för Lillby 2026–2029", level=1),
        _h("4 Teman och åtgärder", level=2),
        _h("Tema 1: Boende", level=3),
        _p("Bostadsmarknaden i Lillby är liten och hyrorna har stigit."),
        _h("Målet: Nya invånare hittar en trygg bostad inom tre månader efter flytten.", level=4),
        _p("Åtgärd 1.1: Bostadsbolaget ordnar en bostadsdag för nya invånare varje vår."),
        _p("Ansvar: bostadsbolaget. Samarbete: socialkansliet. Tidtabell: 2026–2029."),
        _p("Indikator: antal deltagare på bostadsdagen."),
        _p("Åtgärd 1.2: Hyresgäster får rådgivning om hyresavtal på sitt eget språk."),
        _p("Ansvar: rådgivningen. Tidtabell: fortlöpande."),
    ])
    assert [_sq(g.text) for g in got.goals] == ["Nya invånare hittar en trygg bostad inom tre månader efter flytten"]
    texts = [_sq(m.text) for m in got.measures]
    assert "Bostadsbolaget ordnar en bostadsdag för nya invånare varje vår" in texts
    assert "Hyresgäster får rådgivning om hyresavtal på sitt eget språk" in texts
    assert all(m.goal == got.goals[0].id for m in got.measures)
    assert [_sq(i.text) for i in got.indicators] == ["antal deltagare på bostadsdagen"]


def test_wish_in_theme_text_before_its_goal_box_heading_is_background():
    got = _classify([
        _h("Integrationsprogram för Lillby 2026–2029", level=1),
        _h("4 Teman och åtgärder", level=2),
        _h("Tema 2: Fritid", level=3),
        _p("Föreningarna är viktiga mötesplatser. Kommunen vill att alla ska känna sig välkomna i föreningarna."),
        _h("Målet: Nya invånare deltar i föreningslivet lika ofta som andra invånare.", level=4),
        _p("Åtgärd 2.1: Föreningarna får stöd för prova-på-dagar för nya invånare."),
        _p("Ansvar: fritidsbyrån. Tidtabell: 2026–2027."),
    ])
    assert [_sq(g.text) for g in got.goals] == ["Nya invånare deltar i föreningslivet lika ofta som andra invånare"]
