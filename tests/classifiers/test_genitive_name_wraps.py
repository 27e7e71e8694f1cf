"""A responsible cell's name wrapped after a genitive: a lower-case definite genitive after the
name's capitalised word ('Röda korsets' / 'Ytterbyavdelning'), and a lone proper genitive over a
body's own name closed by its legal form ('Norrviks' / 'Bostäder Ab'), continue the name."""
from classifiers.actors import split_actors
from classifiers.text import is_wrap


def test_lower_case_definite_genitive_line_goes_on():
    assert is_wrap("Röda korsets", "Ytterbyavdelning", 30)
    assert split_actors("Församlingen\nRöda korsets\nYtterbyavdelning") == (
        ["Församlingen", "Röda korsets Ytterbyavdelning"], [])


def test_lower_case_item_end_is_no_genitive():
    # a noun ending in '-ens' of itself closes its item
    assert not is_wrap("Digital kompetens", "Språkkunskaper", 30)


def test_proper_genitive_over_name_in_legal_form_goes_on():
    assert is_wrap("Norrviks", "Bostäder Ab", 24)
    assert split_actors("Norrviks\nBostäder Ab", width=24) == (["Norrviks Bostäder Ab"], [])


def test_place_name_over_definite_unit_is_two_bodies():
    assert not is_wrap("Helsingfors", "Ungdomstjänsten", 24)
