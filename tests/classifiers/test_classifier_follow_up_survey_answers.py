"""A follow-up sentence's list parts at 'och' before a survey's answers ('Vi följer upp
antalet X och svaren i enkäten Z', '… och kundenkätens svar om Y'), as before a quantity
(`prose.followed_up_by`; hundred-and-eighteenth blind set), on made-up sentences."""

from classifiers.prose import followed_up_by


def test_a_surveys_answers_after_och_is_one_more_indicator():
    assert followed_up_by("Vi följer upp antalet nya föreningar och svaren i ungdomsenkäten om fritid.")[1] == [
        "antalet nya föreningar", "svaren i ungdomsenkäten om fritid"]
    assert followed_up_by("Vi följer upp antalet besök och kundenkätens svar om bemötandet.")[1] == [
        "antalet besök", "kundenkätens svar om bemötandet"]


def test_answers_alone_or_bare_stay_as_before():
    # the answers alone after the verb may name only the source: no list opens with them
    assert followed_up_by("Vi följer upp arbetet genom svaren i enkäten.") is None
    # 'och svaren' with nothing after it names no survey's values
    assert followed_up_by("Vi följer upp antalet deltagare och svaren.")[1] == ["antalet deltagare och svaren"]
