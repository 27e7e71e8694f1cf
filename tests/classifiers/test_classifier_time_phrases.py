"""One time-phrase vocabulary (classifiers.schedule) read three ways: at the start of a field
(actors), inside a sentence (prose_actions), where the phrase closing a sentence starts
(lead_phrase); and the years parse_schedule reads from what they find. Made-up text."""

import pytest

from classifiers.actors import trailing_actors
from classifiers.lead_phrase import split_time
from classifiers.prose_actions import prose_action
from classifiers.content_roles import content_roles, is_schedule_cell
from classifiers.flat_tables import split_schedule
from classifiers.schedule import dated_phrase, opens_with_time, parse_schedule


@pytest.mark.parametrize("text, phrase", [
    ("läsåret 2025–2026", "läsåret 2025–2026"),
    ("Q1 2026", "Q1 2026"),
    ("Q4/2025–Q2/2026", "Q4/2025–Q2/2026"),
    ("hösten 2025 och framåt", "hösten 2025"),
    ("hösten 2025–våren 2026", "hösten 2025–våren 2026"),
    ("våren", "våren"),
    ("från och med 2027", "från och med 2027"),
    ("senast 31.12.2026", "senast 31.12.2026"),
    ("i slutet av 2026", "i slutet av 2026"),
    ("i maj 2026", "i maj 2026"),
    ("fortlöpande", "fortlöpande"),
    ("kontinuerligt", "kontinuerligt"),
    ("årligen i mars", "årligen"),
    ("varje termin", "varje termin"),
    ("en gång i månaden", "en gång i månaden"),
    ("två gånger per år", "två gånger per år"),
    ("vid behov", "vid behov"),
    ("under programperioden", "under programperioden"),
])
def test_a_field_opening_with_a_time_phrase(text, phrase):
    m = opens_with_time(text)
    assert m is not None and m.group(0) == phrase


@pytest.mark.parametrize("text", [
    "varje skola",  # 'varje' says how often only before a unit of time
    "från Folkhälsan",  # 'från' leads in a time phrase only before one
    "Årets medborgare",  # not the word 'året'
    "20255 deltagare",  # no year
    "programperioden",  # a period is 'under' it
])
def test_no_time_phrase(text):
    assert opens_with_time(text) is None


def test_a_dated_phrase_inside_a_sentence_is_found_whole():
    assert dated_phrase("Kurser ordnas Q1 2026 i stadshuset.").group(0) == "Q1 2026"
    assert dated_phrase("E-tjänsten tas i bruk senast 31.12.2026.").group(0) == "senast 31.12.2026"
    assert dated_phrase("Kurserna ordnas under 2025/2026.").group(0) == "under 2025/2026"
    # a year in a date is read with its date, never alone
    assert dated_phrase("Beslutet fattades 1.2.2025 av nämnden").group(0) == "1.2.2025"
    # 'i' before a month belongs to the sentence
    assert dated_phrase("en turnering i maj 2027.").group(0) == "maj 2027"
    # without a year it is how often, not when
    assert dated_phrase("Språkcaféer ordnas varje vecka.") is None


@pytest.mark.parametrize("text, expected", [
    ("läsåret 2025–2026", ("läsåret 2025–2026", 2025, 2026)),
    ("Q1 2026", ("Q1 2026", 2026, 2026)),
    ("hösten 2025", ("hösten 2025", 2025, 2025)),
    ("fortlöpande", ("fortlöpande", None, None)),
    ("varje termin", ("varje termin", None, None)),
    ("under programperioden", ("under programperioden", None, None)),
    ("hösten 2025–våren 2026", ("hösten 2025–våren 2026", 2025, 2026)),
    # a date's day after a dash is no short end year ('2025–31' is not 2025–2031)
    ("1.1.2025–31.12.2026", ("1.1.2025–31.12.2026", 2025, 2026)),
    # nor a date's month ('2025-12' is not 2025–2012)
    ("3/2025-12/2026", ("3/2025-12/2026", 2025, 2026)),
    # a footnote mark after a year leaves it a year
    ("2023²", ("2023²", 2023, 2023)),
    ("2024–2026¹", ("2024–2026¹", 2024, 2026)),
])
def test_years_of_the_phrases(text, expected):
    assert parse_schedule(text) == expected


@pytest.mark.parametrize("item, expected", [
    # a schedule after the actors in the same field, in the words of any phrase
    ("Läxhjälp för elever (ansvar: bildningssektorn, varje termin)", (["bildningssektorn"], [], "varje termin")),
    ("Läxhjälp för elever (ansvar: bildningssektorn, Q1 2026)", (["bildningssektorn"], [], "Q1 2026")),
    ("Läxhjälp för elever (ansvar: bildningssektorn, under programperioden)",
     (["bildningssektorn"], [], "under programperioden")),
    ("Läxhjälp för elever (bildningssektorn, sommaren 2026)", (["bildningssektorn"], [], "sommaren 2026")),
    # a field of its own after a labelled one
    ("Läxhjälp för elever (ansvar: bildningssektorn; vid behov)", (["bildningssektorn"], [], "vid behov")),
    # 'i' before the year of a field
    ("Läxhjälp för elever (bildningssektorn, i 2026)", (["bildningssektorn"], [], "i 2026")),
])
def test_trailing_actors_split_off_the_schedule(item, expected):
    assert trailing_actors(item) == expected


def test_prose_action_schedule_in_any_dated_form():
    a = prose_action("Socialsektorn startar en kurs för hyresgäster Q1 2026.")
    assert (a.schedule, a.start_year, a.end_year) == ("Q1 2026", 2026, 2026)
    a = prose_action("Kommunen inför en ny e-tjänst senast 31.12.2026.")
    assert (a.schedule, a.start_year, a.end_year) == ("senast 31.12.2026", None, 2026)
    a = prose_action("Kommunen ordnar kurser fram till 2027.")
    assert a.schedule == "fram till 2027"


@pytest.mark.parametrize("sentence", [
    "Vi ska vid behov ordna tolkning för föräldrarna.",
    "Vi ska under programperioden utveckla en digital guide.",
])
def test_we_will_past_an_undated_time_phrase(sentence):
    # the time phrase between 'Vi ska' and the verb is passed over whatever its form
    a = prose_action(sentence)
    assert a is not None and a.schedule is None


@pytest.mark.parametrize("rest, expected", [
    # 'från' before a name is no time phrase; the season after it is
    ("handledare från Folkhälsan hösten 2025", ("handledare från Folkhälsan", "hösten 2025")),
    # 'varje' before no unit of time says nothing about time
    ("biblioteket i varje skola", ("biblioteket i varje skola", None)),
    ("biblioteket under programperioden", ("biblioteket", "under programperioden")),
    ("biblioteket i maj 2026", ("biblioteket", "maj 2026")),
    ("biblioteket vid behov", ("biblioteket", "vid behov")),
    ("biblioteket Q1 2026", ("biblioteket", "Q1 2026")),
    ("biblioteket en gång i veckan", ("biblioteket", "en gång i veckan")),
    # 'Fram till Arbete rf' is a name, not 'fram till' before a year
    ("biblioteket och Fram till Arbete rf 2026", ("biblioteket och Fram till Arbete rf", "2026")),
    ("stadsbiblioteket under läsåren 2025–2028", ("stadsbiblioteket", "läsåren 2025–2028")),
])
def test_split_time_where_the_closing_time_phrase_starts(rest, expected):
    assert split_time(rest) == expected


# --- the two table readers: a flattened cell's opening schedule, a column of schedule cells

@pytest.mark.parametrize("value, expected", [
    ("från och med hösten 2025 Integrationsenheten", ("från och med hösten 2025", "Integrationsenheten")),
    ("Årligen från 2026 Ungdomstjänsterna", ("Årligen från 2026", "Ungdomstjänsterna")),
    ("Hösten 2025–våren 2026 Vuxenutbildningen", ("Hösten 2025–våren 2026", "Vuxenutbildningen")),
    ("2025/2026 Bildningssektorn", ("2025/2026", "Bildningssektorn")),
    ("2024, 2025 och 2027 Stadskansliet", ("2024, 2025 och 2027", "Stadskansliet")),
    ("Vid behov Socialtjänsten", ("Vid behov", "Socialtjänsten")),
    ("Q1 2026.", ("Q1 2026", "")),
])
def test_a_flattened_cell_opens_with_the_whole_time_phrase(value, expected):
    assert split_schedule(value) == expected


@pytest.mark.parametrize("value", ["Sysselsättningens ekosystem", "Antalet kurser 2026",
                                   "Från Folkhälsan", "Varje skola deltar"])
def test_a_flattened_cell_without_a_time_phrase_first_has_no_schedule(value):
    assert split_schedule(value) is None


@pytest.mark.parametrize("cell", ["Varje termin", "fr.o.m. 2025", "Under programperioden",
                                  "Hösten 2025–våren 2026", "HT 2025", "1. kvartalet 2026",
                                  "2024 och framåt", "Vid behov", "Två gånger per år",
                                  "i slutet av 2025", "före 2026"])
def test_a_cell_of_time_phrases_is_a_schedule_cell(cell):
    assert is_schedule_cell(cell)


@pytest.mark.parametrize("cell", [
    # what the cell words allowed around a time phrase and still do
    "jan 2025", "Vår 2025", "Start 2024", "Klart 2025", "Återkommande", "Årlig", "halvåret 2025",
])
def test_a_cell_says_when_in_its_own_words_too(cell):
    assert is_schedule_cell(cell)


@pytest.mark.parametrize("cell", [
    "15.2.2022",  # a date to the day is an event
    "Pågående",  # no time said
    "Under hela perioden",  # loose time words, no phrase
    "Kurser ordnas 2024 i skolorna",
])
def test_not_a_schedule_cell(cell):
    assert not is_schedule_cell(cell)


def test_a_table_without_header_whose_schedules_are_undated_phrases():
    rows = [["Språkcafé för nyanlända föräldrar i skolorna", "Bildningssektorn", "Varje termin"],
            ["Handledning för arbetssökande i grupp och enskilt", "Sysselsättningstjänsterna", "Vid behov"],
            ["Informationstillfällen om boende och hyresavtal", "Bostadsbolaget", "fr.o.m. 2025"]]
    assert content_roles(rows) == {0: "measure", 1: "responsible", 2: "schedule"}


# --- open-ended years ------------------------------------------------------------------------

@pytest.mark.parametrize("text, years", [
    ("från och med 2025", (2025, None)),
    ("fr.o.m. 2025", (2025, None)),
    ("Från hösten 2025", (2025, None)),
    ("Årligen från 2026", (2026, None)),
    ("senast 2026", (None, 2026)),
    # 'före 2026' is before 2026 begins (the convention of tests/classifiers/schedule_labels.md)
    ("före 2026", (None, 2025)),
    ("till 2026", (None, 2026)),
    ("fram till 31.12.2027", (None, 2027)),
    # both ends named, or no lead-in: as before
    ("från 2024 till 2026", (2024, 2026)),
    ("2024–2026", (2024, 2026)),
    ("under 2025", (2025, 2025)),
    # a school year is one unit: from it on, no end named
    ("Från och med läsåret 2025–2026", (2025, None)),
])
def test_a_lead_in_leaves_the_other_end_open(text, years):
    assert parse_schedule(text)[1:] == years


@pytest.mark.parametrize("text, years", [
    # words after the year open it
    ("hösten 2025 och därefter varje termin", (2025, None)),
    ("2026 och framåt", (2026, None)),
    ("2028→", (2028, None)),
    ("2027 tills vidare", (2027, None)),
    ("sedan 2019", (2019, None)),
    ("Påbörjas våren 2026", (2026, None)),
    # a dash opening the field closes it
    ("–2027", (None, 2027)),
    # a deadline or an event the work comes before
    ("inför riksdagsvalet 2026", (None, 2026)),
    ("senast den 1 juni 2026", (None, 2026)),
    ("före utgången av 2027", (None, 2027)),
    ("efter 2027", (2028, None)),
    # a list after one lead-in shares it
    ("till 2026, 2027 eller 2028", (None, 2028)),
    # two phrases: the first and the last year of the whole field
    ("information hösten 2027, evenemang inför valet 2028", (2027, 2028)),
    ("Kursen inleds 1.2.2026 och avslutas 30.5.2027", (2026, 2027)),
    ("2026 (pilot), 2027–2028 (alla skolor)", (2026, 2028)),
    ("2026 (pilot), från 2027", (2026, None)),
    # years written short beside a term word, and an ISO date
    ("ht-26", (2026, 2026)),
    ("VT27", (2027, 2027)),
    ("Våren -26", (2026, 2026)),
    ("läsåret 26–27", (2026, 2027)),
    ("HT26–VT27", (2026, 2027)),
    ("2026-03-31", (2026, 2026)),
    ("senast 2026-12-31", (None, 2026)),
    # no year: nothing read from a number that is none
    ("två gånger per termin", (None, None)),
    ("grupp 25", (None, None)),
])
def test_the_years_a_schedule_names(text, years):
    assert parse_schedule(text)[1:] == years


def test_a_restated_action_keeps_the_years_of_the_schedule_it_keeps():
    # '2.1' in the running text ('... 2025–2026') and again in a summary table ('från 2025'):
    # the table's schedule is kept, and with it its open end, not the prose's 2026
    from classifiers.builder import Built
    from classifiers.merge import merge
    from classifiers.model import Measure

    prose = Measure(id="m1", text="Språkcaféer för föräldrar ordnas i alla skolor", schedule="2025–2026",
                    start_year=2025, end_year=2026)
    sched, start, end = parse_schedule("från 2025")
    table = Measure(id="m2", text="Språkcaféer för föräldrar", schedule=sched, start_year=start, end_year=end)
    b = Built(measures=[prose, table], measure_number={"m1": "2.1", "m2": "2.1"}, measure_from_table={"m2"},
              measure_table={"m2": 0})
    merged = merge(b)
    (m,) = merged.measures
    assert (m.schedule, m.start_year, m.end_year) == ("från 2025", 2025, None)
