"""A cell's line of one compound noun in its definite form is a unit's whole name (made up)."""

from classifiers.actors import split_actors
from classifiers.text import is_wrap


def test_definite_unit_name_ends_its_line():
    # the second line is the widest: by width alone the first could not take 'Västra'
    assert split_actors("Bildningsavdelningen\nÖsterbottens välfärdsområde", width=27)[0] == [
        "Bildningsavdelningen", "Österbottens välfärdsområde"]
    assert not is_wrap("Kommunkansliet", "Nylands välfärdsområde", 18)
    # a proper name going on ("… Esbo i samarbete med …") may be the unit's own
    assert is_wrap("Sysselsättningsområdet", "Esbo i samarbete med Y", 24)


def test_other_capitalised_lines_still_wrap_by_width():
    assert is_wrap("Welcome", "Office", 8)
    assert split_actors("Welcome\nOffice", width=8)[0] == ["Welcome Office"]
