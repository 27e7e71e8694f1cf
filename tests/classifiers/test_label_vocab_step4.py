"""Step 4 of docs/label_vocabulary.md: the indicator label lists take their nouns from
label_vocab.METER_NOUNS / FOLLOW_UP_NOUNS, and the success and follow-up phrases are one
shared phrase (label_vocab.SUCCESS_PHRASE, FOLLOW_UP_PHRASE) read the same way by every label
reader of them. Every text below is made up."""
import re

import pytest

from classifiers import label_vocab as lv
from classifiers.empty_role_fallbacks import _FOLLOW_UP_HEADING_RE
from classifiers.headers import field_label, follow_up_label, header_role
from classifiers.read_paragraphs import _FOLLOWED_UP_OBJECT_RE
from classifiers.success_label import success_label
from classifiers.text import fold

# --- the success and follow-up phrases ----------------------------------------------------

# the seven probe phrases of docs/label_vocabulary.md §3
_PROBES = ["Så vet vi att vi lyckats", "Så vet vi att det fungerar", "Hur vet vi att vi lyckats",
           "Hur vet vi om insatsen fungerar", "Så här vet vi att vi nått målet", "Så här mäter vi",
           "Tecken på att vi lyckats"]


@pytest.mark.parametrize("phrase", _PROBES)
@pytest.mark.parametrize("mark", ["", "?"])
def test_every_reader_reads_the_phrase_as_the_indicator_label(phrase, mark):
    # each reader of the phrase knows each form of it, with or without its question mark
    label = phrase + mark
    assert header_role(label) == "indicator"
    assert header_role(label + ":") == "indicator"
    assert follow_up_label(label)
    assert _FOLLOWED_UP_OBJECT_RE.match(phrase)
    assert _FOLLOW_UP_HEADING_RE.search(fold(label))
    if not mark:  # (a '?' before the colon makes no field label of any kind)
        assert field_label(f"{label}: andel deltagare som fått arbete") == (label, "indicator")


@pytest.mark.parametrize("label", ["Så vet vi att det fungerar", "Hur vet vi om insatsen fungerar?",
                                   "Så ser man att arbetet fungerat", "Tecken på att vi lyckats"])
def test_success_label_reads_the_work_succeeding(label):
    # 'det fungerar', 'insatsen fungerar': success said of the work, not only of 'vi'
    assert success_label(label)


def test_header_of_the_whole_phrase_is_no_measure_column():
    # 'insatsen' in the phrase names what is measured, not a column of actions
    assert header_role("Hur vet vi om insatsen fungerar") == "indicator"
    assert header_role("Så vet vi att vi lyckats?") == "indicator"


def test_followed_up_object_reads_the_reached_goal_and_signs():
    assert _FOLLOWED_UP_OBJECT_RE.match("Så här vet vi att vi nått målet")
    assert _FOLLOWED_UP_OBJECT_RE.match("Tecken på att vi har lyckats")
    assert _FOLLOWED_UP_OBJECT_RE.match("Så här mäter vi framstegen")


def test_follow_up_heading_reads_the_phrases_folded():
    assert _FOLLOW_UP_HEADING_RE.search(fold("Uppnådda resultat – så vet vi att det fungerar"))
    assert _FOLLOW_UP_HEADING_RE.search(fold("Så här mäter vi"))
    assert _FOLLOW_UP_HEADING_RE.search(fold("Tecken på att vi lyckats"))


@pytest.mark.parametrize("text", ["Så vet vi att", "Hur vet vi vad eleverna behöver", "Vad vet vi om nya invånare?",
                                  "Så här gör vi", "Tecken på ohälsa", "Så vet vi att vi lyckats med allt som planerats"])
def test_no_phrase_reads_other_text(text):
    assert not success_label(text)
    assert not re.match(lv.SUCCESS_LABEL, text, re.I)


def test_phrases_fold_as_written():
    # the folded phrase (a reader of folded text embeds fold(...)) reads the folded label
    for p in _PROBES[:5] + [_PROBES[6]]:
        assert re.search(fold(lv.SUCCESS_PHRASE), fold(p))
    assert re.search(fold(lv.FOLLOW_UP_PHRASE), fold("Så här mäter vi"))


def test_each_reader_embeds_the_shared_phrase():
    # the guard against a reader's private copy drifting again
    from classifiers import headers, read_paragraphs, success_label as sl
    assert lv.SUCCESS_PHRASE in headers._SUCCESS_HEADER_RE.pattern
    assert lv.FOLLOW_UP_PHRASE in headers._SUCCESS_HEADER_RE.pattern
    assert headers._FOLLOW_UP_LABEL_RE.pattern == lv.FOLLOW_UP_LABEL
    assert sl._SUCCESS_LABEL_RE.pattern == lv.SUCCESS_LABEL
    assert lv.SUCCESS_PHRASE in read_paragraphs._FOLLOWED_UP_OBJECT_RE.pattern
    assert fold(lv.SUCCESS_CLAUSE) in _FOLLOW_UP_HEADING_RE.pattern


# --- the indicator label lists: METER_NOUNS / FOLLOW_UP_NOUNS ---------------------------------

def test_heading_meter_bracket_takes_every_meter_form():
    from classifiers.heading_meters import closing_meter
    assert closing_meter("Fler unga i arbete (indikatorer: andel unga i arbete)") == (
        "Fler unga i arbete", "andel unga i arbete")
    assert closing_meter("Trygga bostadsområden (måtten: antal anmälningar)") == (
        "Trygga bostadsområden", "antal anmälningar")
    # (the follow-up nouns stay out: when it is followed up, no meter)
    assert closing_meter("Språkcafé varje vecka (uppföljning: årligen)") is None


@pytest.mark.parametrize("line", ["Nyckeltal: antal deltagare per termin", "Indikatorer: andel nöjda deltagare",
                                  "Utvärdering: enkät till deltagarna"])
def test_contact_card_measured_line_takes_meter_and_follow_up_nouns(line):
    from classifiers.contact_cards import _MEASURED_RE
    assert _MEASURED_RE.match(line).group("value") == line.split(": ", 1)[1]


@pytest.mark.parametrize("para", ["Indikator (fritid och hälsa): antal besök; andel nöjda.",
                                  "Utvärdering (arbete): andel i arbete; antal praktikplatser.",
                                  "Mätningar (boende): antal vräkningar; andel nöjda hyresgäster."])
def test_area_follow_up_label_takes_every_noun(para):
    from classifiers.area_follow_up import area_follow_up
    got = area_follow_up(para)
    assert got is not None and len(got.indicators) == 2


@pytest.mark.parametrize("text", ["Mål 3 – utvärdering: antal kurser; andel nöjda.",
                                  "Mål 2: måttet: andel i arbete efter ett år."])
def test_goal_key_figures_take_every_noun(text):
    from classifiers.goal_key_figures import goal_figures
    assert goal_figures(text) is not None


def test_follow_up_of_goal_takes_nyckeltal():
    from classifiers.read_paragraphs import _FOLLOW_UP_OF_GOAL_RE
    m = _FOLLOW_UP_OF_GOAL_RE.match("Nyckeltal för mål 3: Antal deltagare i kursen")
    assert m and m.group("num") == "3"


def test_meter_references_take_every_meter_form():
    from classifiers.meter_references import _NO_METER_RE, _REFERENCE_RE
    assert _REFERENCE_RE.match("Indikatorerna I3").group("code") == "I3"
    assert _REFERENCE_RE.match("Måtten M2").group("code") == "M2"
    # (no follow-up noun: 'Ingen uppföljning' may be a finding, not a note of no meter)
    assert not _NO_METER_RE.match("Ingen uppföljning har gjorts av kursen")


def test_figure_meters_take_every_meter_plural():
    from classifiers.figure_meters import _NAMED_RE
    assert _NAMED_RE.search("Måtten i figurerna 3–5 visar läget i kommunen")
    assert _NAMED_RE.search("Figur 4 visar nyckeltalen för sysselsättning")


def test_counted_meters_keep_the_indefinite_plurals():
    from classifiers.prose import _COUNTED_METERS_RE
    for t in ("Tre indikatorer: ", "Två mätare: ", "Följande nyckeltal: ", "Fyra mått: "):
        assert _COUNTED_METERS_RE.match(t)
    assert not _COUNTED_METERS_RE.match("Tre indikatorerna: ")


@pytest.mark.parametrize("header", ["Resultatuppföljning", "Resultatnyckeltal", "Egenutvärdering"])
def test_compound_with_follow_up_or_meter_head_is_indicator(header):
    assert header_role(header) == "indicator"


def test_indicator_lists_embed_the_shared_nouns():
    from classifiers import (area_follow_up, contact_cards, goal_key_figures, heading_meters, headers,
                             meter_references, read_paragraphs)
    meters, both = lv.alt(lv.METER_NOUNS), lv.alt(lv.METER_NOUNS + lv.FOLLOW_UP_NOUNS)
    assert meters in heading_meters._LABEL_RE.pattern
    assert meters in meter_references._REFERENCE_RE.pattern and meters in meter_references._NO_METER_RE.pattern
    assert both in contact_cards._MEASURED_RE.pattern and both in goal_key_figures._GOAL_FIGURES_RE.pattern
    assert both in headers._COMPOUND_HEAD_RE.pattern
    assert lv.alt(lv.FOLLOW_UP_NOUNS + lv.METER_NOUNS) in read_paragraphs._FOLLOW_UP_OF_GOAL_RE.pattern
    assert lv.alt(lv.METER_NOUNS + lv.FOLLOW_UP_NOUNS + lv.MEASURING_NOUNS) in area_follow_up._LABEL_AREA_RE.pattern


def test_follow_up_heading_needs_the_reaching_done():
    # a heading asking what is known about how someone reaches something is no follow-up
    assert not _FOLLOW_UP_HEADING_RE.search(fold("Vad vet vi om hur unga når arbetsmarknaden?"))
    assert _FOLLOW_UP_HEADING_RE.search(fold("Så vet vi att vi når målet"))
    assert _FOLLOW_UP_HEADING_RE.search(fold("Hur ser vi att vi har nått"))
