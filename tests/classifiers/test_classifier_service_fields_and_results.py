"""Older blind leftovers (helper l22, blind123): a municipal service named by its field is the
unit acting ('Förskolepedagogiken inför …', 'Socialarbetet startar …'), and a goal followed up
with pupils' results or grades names that indicator ('Vi följer upp målet med elevernas
vitsord i …'). Made-up text; each test fails with its rule turned off."""

import pytest

from classifiers.actors import names_actor
from classifiers.prose import followed_up_by
from classifiers.prose_actions import prose_action


@pytest.mark.parametrize("phrase", ["Förskolepedagogiken", "familjearbetet", "Vuxenutbildningen",
                                    "Den grundläggande utbildningen", "Studiehandledningen", "Dagvården"])
def test_a_service_field_in_the_definite_form_names_its_unit(phrase):
    assert names_actor(phrase)


@pytest.mark.parametrize("phrase", ["Arbetet", "Utbildningen", "Pedagogiken", "Utvecklingsarbetet"])
def test_a_bare_noun_of_work_or_training_names_no_unit(phrase):
    assert not names_actor(phrase)


def test_a_service_field_acting_in_prose_is_the_responsible():
    a = prose_action("Socialarbetet startar 2027 i samarbete med Röda Korset en mammagrupp i Norrby.")
    assert a is not None and a.responsible == ["Socialarbetet"] and a.partners == ["Röda Korset"]
    b = prose_action("Från hösten 2026 inför förskolepedagogiken en språkstund varje vecka.")
    assert b is not None and b.responsible == ["förskolepedagogiken"] and b.schedule == "Från hösten 2026"


def test_a_goal_followed_up_with_pupils_results_or_grades_names_that_indicator():
    assert followed_up_by("Vi följer upp målet med elevernas vitsord i modersmålet i årskurs 9.") == (
        "Vi följer upp målet", ["elevernas vitsord i modersmålet i årskurs 9"])
    assert followed_up_by("Målet följs upp med resultaten i de nationella proven.") == (
        "Målet", ["resultaten i de nationella proven"])


def test_bare_results_or_a_source_name_no_indicator():
    assert followed_up_by("Vi följer upp arbetet med resultaten.") is None
    assert followed_up_by("Vi följer upp målet med elevenkäten.") is None
