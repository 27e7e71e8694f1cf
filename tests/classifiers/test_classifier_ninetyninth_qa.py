"""Ninety-ninth blind set, first reader (qa): a follow-up table's goal column naming a goal
by a short form whose noun stands in its definite form ('Hjälp i kyrkan') where the goal
opens a compound with that noun's stem ('kyrkbacken'). Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.goal_lookup import _noun_stem


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


def test_the_definite_ending_of_a_noun_in_a_is_no_part_of_its_stem():
    assert _noun_stem("kyrkan") == "kyrk"
    assert _noun_stem("skolan") == "skol"
    # a word too short to carry the ending, and any other ending, stay as they are
    assert _noun_stem("planen") == "planen"
    assert _noun_stem("span") == "span"


def test_a_follow_up_table_names_a_goal_by_the_definite_form_of_its_compounds_noun():
    x = _classify([
        _h("Våra mål", 1),
        _h("Boende", 2),
        _p("Mål: Nya invånare hittar snabbt en lämplig bostad."),
        _b("Vi annonserar lediga bostäder på engelska."),
        _p("Ansvar: tekniska chefen"),
        _h("Församlingsliv", 2),
        _p("Mål: Nyinflyttade får hjälp och gemenskap vid kyrkbacken varje söndag."),
        _b("Vi ordnar kyrkkaffe på flera språk."),
        _p("Ansvar: församlingen"),
        _h("Uppföljning", 1),
        _t("Tabell 1. Uppföljning", ["Mål", "Mätare", "Källa"], [
            ["Invånare hittar bostad", "Antalet uthyrda bostäder", "Bostadsbolaget"],
            ["Hjälp i kyrkan", "Antalet deltagare i kyrkkaffet", "Församlingen"],
        ]),
    ])
    # the short name is a label for the goal stated above, no goal of its own
    assert [_squash(g.text) for g in x.goals] == [
        "Nya invånare hittar snabbt en lämplig bostad",
        "Nyinflyttade får hjälp och gemenskap vid kyrkbacken varje söndag"]
    goals = {g.id: _squash(g.text) for g in x.goals}
    assert [(_squash(i.text), goals.get(i.goal)) for i in x.indicators] == [
        ("Antalet uthyrda bostäder", "Nya invånare hittar snabbt en lämplig bostad"),
        ("Antalet deltagare i kyrkkaffet", "Nyinflyttade får hjälp och gemenskap vid kyrkbacken varje söndag")]
