"""A list whose items close with their doer in a parenthesis ('(näringsombudet, årligen)')
puts the doer of an item there also when the parenthesis names units alone, no time
('(småbarnspedagogiken och grundläggande utbildningen)'): classifiers.actors.units_in_actors_place, read in
read_lists only where the list's layout says so (classifiers/parenthesis_doers.py)."""

from blocks_doc import classify_action_bullets as _doc

from classifiers.actors import units_in_actors_place


def test_units_alone_in_the_doers_place():
    doc = _doc(["Kommunen för en dialog med arbetsgivarna om boende (näringsombudet, årligen).",
                "Hyresbolaget reserverar familjebostäder för nya familjer (Exempelby Bostäder Ab, 2027).",
                "Familjer som flyttar hit får hjälp att söka dagvårdsplats (småbarnspedagogiken och grundläggande utbildningen)."])
    last = doc.measures[-1]
    assert len(doc.measures) == 3
    assert last.responsible == ["småbarnspedagogiken", "grundläggande utbildningen"]


def test_no_doers_in_that_place_elsewhere():
    # the list puts no doer in its parentheses: '(småbarnspedagogiken och grundläggande utbildningen)' may say where
    doc = _doc(["Dialog med arbetsgivarna om boende.",
                "Familjebostäder reserveras för nya familjer.",
                "Familjer som flyttar hit får hjälp att söka plats (småbarnspedagogiken och grundläggande utbildningen)."])
    assert doc.measures[-1].responsible == []


def test_what_is_no_unit():
    assert units_in_actors_place("Undervisning i svenska som andraspråk (S2).") is None  # a code
    assert units_in_actors_place("Kurser på två språk (svenska och finska).") is None
    assert units_in_actors_place("Hjälp med plats (småbarnspedagogiken, 2026).") is None  # a time: the other reader
    assert units_in_actors_place("Hjälp med plats (småbarnspedagogiken och grundläggande utbildningen).")[1] == (["småbarnspedagogiken", "grundläggande utbildningen"], [], None)
