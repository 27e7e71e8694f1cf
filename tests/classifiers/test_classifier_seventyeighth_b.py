"""Seventy-eighth blind set, reader b (blind466–blind468) conventions, on made-up text: a
follow-up list named as the meters by its determiner ('... används följande mätare:') however
the lead-in names the actions, and its items keyed by the number of the action they follow
up ('Åtgärd 3: antal …')."""

import re

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.goal_labelled_meters import action_labelled_meter
from classifiers.prose import intro_kind


def test_action_labelled_meter_item():
    assert action_labelled_meter("Åtgärd 3: antal deltagare i kvällskursen") == (
        "antal deltagare i kvällskursen", "3")
    assert action_labelled_meter("Insats 2.1 – antal besök.") == ("antal besök", "2.1")
    # a goal or an area key is read elsewhere; an action's own heading has no number after
    assert action_labelled_meter("mål 3: antal deltagare") is None
    assert action_labelled_meter("Åtgärd: kvällskurs i svenska") is None


def test_list_named_as_meters_by_its_determiner():
    # the actions named only as what the meters follow
    assert intro_kind("Uppföljningen görs åtgärd för åtgärd. För de åtgärder där det går "
                      "används följande mätare:") == "indicator"
    assert intro_kind("För åtgärderna används dessa indikatorer:") == "indicator"
    # the determiner naming the actions too, or only the actions: the list holds actions
    assert intro_kind("Följande åtgärder och mätare:") == "measure"
    assert intro_kind("Kommunen genomför följande åtgärder:") == "measure"


def _numbered_plan():
    return _classify([
        _h("1 Inledning", 1),
        _p("Planen gäller åren 2025–2027. Åtgärderna är numrerade i löpande ordning."),
        _h("2 Språk", 1),
        _p("Mål: Alla vuxna kan lära sig svenska på orten."),
        _p("1. Kvällskurs i svenska i byskolan. Ansvar: medborgarinstitutet. Tidtabell: från 2025."),
        _p("2. Läxhjälp för skolelever i biblioteket. Ansvar: biblioteket. Tidtabell: fortlöpande."),
        _h("3 Arbete", 1),
        _p("Mål: Nya invånare får arbete som motsvarar deras utbildning."),
        _p("3. Rekryteringsträff för arbetsgivare varje höst. Ansvar: näringslivsenheten. Tidtabell: årligen."),
        _h("4 Uppföljning", 1),
        _p("Planen följs upp varje år. För de åtgärder där det är möjligt används följande mätare:"),
        _b("Åtgärd 1: antal kursdeltagare",
           "Åtgärd 3: antal arbetsgivare på träffen"),
    ])


def test_meters_keyed_by_action_number_follow_that_action():
    ex = _numbered_plan()
    # (the action as read, its running number and full stop aside)
    measures = {m.id: re.sub(r"^\d+\.\s*", "", m.text).rstrip(".") for m in ex.measures}
    goals = {g.id: g.text for g in ex.goals}
    got = {i.text: (measures.get(i.measure), goals.get(i.goal)) for i in ex.indicators}
    assert got == {
        "antal kursdeltagare": ("Kvällskurs i svenska i byskolan",
                                "Alla vuxna kan lära sig svenska på orten"),
        "antal arbetsgivare på träffen": ("Rekryteringsträff för arbetsgivare varje höst",
                                          "Nya invånare får arbete som motsvarar deras utbildning"),
    }
    assert not any(m.text.startswith("Åtgärd") for m in ex.measures)


def _numbered_with_own_fields():
    return _classify([
        _h("1 Inledning", 1),
        _p("Planen gäller åren 2025–2027."),
        _h("2 Arbete", 1),
        _p("Mål: Nya invånare får arbete året runt."),
        _p("1. Rekryteringsträff för arbetsgivare. Ansvar: näringslivsenheten. Tidtabell: årligen."),
        _p("2. Rådgivning för nya företagare. Ansvar: företagscentralen. Tidtabell: fortlöpande."),
        # (the last action's fields on a line of their own, as a line break leaves them)
        _p("3. Sommarjobb för unga i kommunens enheter."),
        _p("Ansvar: personalenheten. Tidtabell: somrarna 2025–2027."),
    ])


def test_numbered_actions_with_own_fields_share_none_printed_under_the_last():
    ex = _numbered_with_own_fields()
    got = {re.sub(r"^\d+\.\s*", "", m.text).rstrip("."): (m.responsible, m.schedule) for m in ex.measures}
    assert got == {
        "Rekryteringsträff för arbetsgivare": (["näringslivsenheten"], "årligen"),
        "Rådgivning för nya företagare": (["företagscentralen"], "fortlöpande"),
        "Sommarjobb för unga i kommunens enheter": (["personalenheten"], "somrarna 2025–2027"),
    }

