"""Follow-up sentences read as lists of indicators (prose34): 'följer med' (the Finland-Swedish
'follow', as 'följer upp') with the things followed counted before a colon ('Vi följer med
några enkla saker: hur många …, hur många …'), 'Därför' opening the sentence as 'Dessutom'
does, and a concessive clause closing it (', även om …') no figure of its own.
Made-up text, other wordings than the blind set's."""

from classifiers.prose import followed_up_by


def test_counted_things_before_a_colon_announce_the_figures_followed():
    assert followed_up_by(
        "Vi följer med tre saker: hur många som lånar böcker, hur många som går på språkkursen "
        "och hur många familjer som deltar i lägret.") == (
        "Vi följer", ["hur många som lånar böcker", "hur många som går på språkkursen",
                      "hur många familjer som deltar i lägret"])
    assert followed_up_by("Kommunen följer upp följande tal: antalet besökare och andelen nöjda kunder.") == (
        "Kommunen följer", ["antalet besökare", "andelen nöjda kunder"])


def test_a_definite_object_before_the_colon_names_a_trend_not_the_figures():
    assert followed_up_by("Vi följer med den regionala utvecklingen: hur många som flyttar in och "
                          "hur många som flyttar ut.") is None


def test_followed_with_after_therefore_and_a_concessive_clause_closing_it():
    assert followed_up_by("Därför följer vi också med hur många av deltagarna som har arbete tre år "
                          "senare, även om uppgiften kommer först efter perioden.") == (
        "Därför följer vi", ["hur många av deltagarna som har arbete tre år senare"])

