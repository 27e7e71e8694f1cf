"""The speaker using its meters, the list run on after the colon in the same sentence ('För
att följa X använder vi följande mätare: andelen A, antalet B och C.'), and a measured quantity
as the subject of 'mäts med' naming its source (prose.followed_up_by)."""
from classifiers.prose import followed_up_by


def test_speaker_uses_following_meters_inline():
    assert followed_up_by("För att följa hur arbetet går använder vi följande mätare: andelen elever "
                          "som deltar i läxhjälpen, antalet besök på biblioteket och "
                          "arbetslöshetsgraden bland unga.") == (
        "För att följa hur arbetet går",
        ["andelen elever som deltar i läxhjälpen", "antalet besök på biblioteket",
         "arbetslöshetsgraden bland unga"])


def test_speaker_first_uses_counted_meters_inline():
    assert followed_up_by("Kommunen använder två mätare: antalet kursdeltagare och andelen nöjda "
                          "deltagare.") == ("", ["antalet kursdeltagare", "andelen nöjda deltagare"])


def test_speaker_using_meters_opens_a_list_when_nothing_follows():
    assert followed_up_by("Vi använder följande mätare:") is None


def test_speaker_using_something_else_names_no_meter():
    assert followed_up_by("Vi använder följande metoder: andelen tid i grupp och samtal.") is None


def test_quantity_measured_with_a_source_names_no_indicator():
    assert followed_up_by("Andelen nöjda elever mäts med elevenkäten och arbetslöshetsgraden med "
                          "arbetsförvaltningens siffror.") is None


def test_goal_measured_with_quantities_still_names_them():
    assert followed_up_by("Målet mäts med andelen elever som deltar och antalet kurser.") == (
        "Målet", ["andelen elever som deltar", "antalet kurser"])
