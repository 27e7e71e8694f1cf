"""The meters named in the passive after an opening adverbial, the list run on after the colon
('Vid utvärderingen används följande mätare: X; Y; Z.'), and a list whose longer items are
parted by semicolons (prose.followed_up_by)."""
from classifiers.prose import followed_up_by


def test_passive_following_meters_after_adverbial_with_semicolons():
    assert followed_up_by("I den årliga rapporten används följande mätare: antalet deltagare i "
                          "språkcaféet; andelen elever som får studiehandledning; "
                          "arbetslöshetsgraden bland unga vuxna.") == (
        "I den årliga rapporten",
        ["antalet deltagare i språkcaféet", "andelen elever som får studiehandledning",
         "arbetslöshetsgraden bland unga vuxna"])


def test_passive_counted_meters_with_commas():
    assert followed_up_by("Under planperioden används två indikatorer: antalet mentorpar och "
                          "andelen nöjda deltagare.") == (
        "Under planperioden", ["antalet mentorpar", "andelen nöjda deltagare"])


def test_passive_meters_opens_a_list_when_nothing_follows():
    assert followed_up_by("Vid uppföljningen används följande mätare:") is None


def test_passive_something_else_names_no_meter():
    assert followed_up_by("I arbetet används följande metoder: samtal i grupp; hembesök.") is None


def test_semicolons_part_the_meters_as_commas_do():
    assert followed_up_by("Som mätare används antalet besök i rådgivningen; andelen nöjda "
                          "kunder.") == ("", ["antalet besök i rådgivningen", "andelen nöjda kunder"])
