"""Seventeenth blind set (helper s17b): indicators named inside a closing sentence of a
chapter written in prose -- the speaker following the work up ('Vi följer upp ... genom X'),
what is used as a measure of success ('Som mått på framgång använder vi X och Y'), the
follow-up or progress resting on a quantity, and a relative clause after the quantity that
tells its source. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import followed_up_by


def test_the_speaker_following_the_work_up_through_a_quantity_names_it():
    assert followed_up_by("Vi följer upp satsningen genom antalet utlånade cyklar per månad.") \
        == ("Vi följer upp satsningen", ["antalet utlånade cyklar per månad"])


def test_a_relative_clause_after_the_quantity_is_no_indicator_of_its_own():
    assert followed_up_by("Målet följs upp genom antalet utlånade cyklar, som cykelverkstaden "
                          "själv räknar.")[1] == ["antalet utlånade cyklar"]


def test_what_is_used_as_a_measure_of_success_names_the_indicators():
    assert followed_up_by("Som mått på framgång använder vi andelen hushåll med egen odlingslott och "
                          "antalet nya odlare per år.")[1] \
        == ["andelen hushåll med egen odlingslott", "antalet nya odlare per år"]


def test_a_follow_up_said_after_what_it_is_of_names_the_quantity():
    assert followed_up_by("För simskolan följer vi antalet barn som lär sig simma.")[1] \
        == ["antalet barn som lär sig simma"]


def test_a_follow_up_or_progress_resting_on_a_quantity_names_it():
    assert followed_up_by("Uppföljningen bygger på andelen familjer som har en fadder.")[1] \
        == ["andelen familjer som har en fadder"]
    assert followed_up_by("Framstegen följs genom antalet fadderpar.")[1] == ["antalet fadderpar"]


def test_a_follow_up_resting_on_a_source_names_no_indicator():
    assert followed_up_by("Uppföljningen bygger på skolans egna enkäter.") is None
    assert followed_up_by("Vi följer upp arbetet genom samtal med föreningarna.") is None


def test_a_closing_follow_up_sentence_gives_the_chapters_goal_its_indicator():
    x = _classify([_h("4 Cykling", 1),
                   _p("Vi vill att fler nya invånare tar sig till jobbet på cykel. Vi kommer att öppna "
                      "en cykelverkstad vid biblioteket. Vi kommer att ordna cykelkurser för vuxna."),
                   _p("Som mått på framgång använder vi antalet cyklister vid järnvägsstationen.")])
    assert [(i.text, i.goal) for i in x.indicators] == [("antalet cyklister vid järnvägsstationen", x.goals[0].id)]


def test_redan_opening_a_time_of_a_future_action_is_no_sign_of_something_existing():
    from classifiers.prose_actions import prose_action
    found = prose_action("Kommunen kommer att erbjuda tolkning redan vid det första besöket.")
    assert found is not None and found.text == "Kommunen kommer att erbjuda tolkning redan vid det första besöket"
    assert prose_action("Kommunen erbjuder redan i dag tolkning.") is None


def test_a_closing_clause_of_result_is_no_part_of_the_action():
    from classifiers.prose_actions import prose_action
    found = prose_action("Vi kommer att ordna kvällsöppet på hälsostationen, så att även de som arbetar hinner dit.")
    assert found.text == "Vi kommer att ordna kvällsöppet på hälsostationen"
