"""Step 6 of docs/label_vocabulary.md: the private goal-label lists left over and the gates
(`headers.label_role`'s free-word gate, the theme label, the meter-header gate) take their
words from the shared vocabulary (classifiers/label_vocab.py, text.GOAL_LABEL_WORDS). Every
text below is made up."""
import re

import pytest

from classifiers import label_vocab as lv


# --- 6.1: the private goal-label lists that differed from the shared list by a word --------

def _goal_label_lists():
    from classifiers import code_reference_columns, elements, prose, read_paragraphs
    return {
        "prose._LABELLED_GOAL_HEADING_RE": prose._LABELLED_GOAL_HEADING_RE,
        "read_paragraphs._LABEL_NAMES_GOAL_RE": read_paragraphs._LABEL_NAMES_GOAL_RE,
        "elements._GOAL_REFERENCE_CELL_RE": elements._GOAL_REFERENCE_CELL_RE,
        "code_reference_columns._GOAL_NAMED_RE": code_reference_columns._GOAL_NAMED_RE,
    }


@pytest.mark.parametrize("name", sorted(_goal_label_lists()))
def test_goal_label_lists_build_on_the_shared_list(name):
    from classifiers.text import GOAL_LABEL_WORDS
    assert GOAL_LABEL_WORDS in _goal_label_lists()[name].pattern


def test_labelled_goal_heading_by_a_success_factor():
    # 'framgångsfaktor' was the one shared label this list lacked
    from classifiers.prose import labelled_goal_heading
    assert labelled_goal_heading("Framgångsfaktor: Kunniga handledare i varje skola") == \
        "Kunniga handledare i varje skola"
    assert labelled_goal_heading("Målbild: Alla nyanlända har ett nätverk") == "Alla nyanlända har ett nätverk"
    # a lower-case word after the colon names a kind, no goal (unchanged)
    assert labelled_goal_heading("Framgångsfaktor: kunniga handledare") is None


@pytest.mark.parametrize("label,num", [
    ("Mätare för tyngdpunkt 2", "2"),          # was no goal named by the label
    ("Nyckeltal för målbild 3:", "3"),
    ("Indikatorer för framgångsfaktor 1.2", "1.2"),
    ("Nyckeltal för huvudmål 1", "1"),         # as before
    ("Mätare för delmål 2.1", "2.1"),
])
def test_label_names_goal_by_every_goal_label(label, num):
    from classifiers.read_paragraphs import _LABEL_NAMES_GOAL_RE
    m = _LABEL_NAMES_GOAL_RE.search(label)
    assert m and m.group("num") == num


@pytest.mark.parametrize("cell,key", [
    ("målsättning 3", True),     # was read as words going on from the cell above
    ("tyngdpunkt 1.2", True),
    ("Målbild 2", True),
    ("delmål 2.1", True),        # as before
    ("huvudmål 4", True),
    ("målgrupp 3", False),
    ("mål för 2025", False),
])
def test_goal_reference_cell_by_every_goal_label(cell, key):
    from classifiers.elements import _GOAL_REFERENCE_CELL_RE
    assert bool(_GOAL_REFERENCE_CELL_RE.match(cell)) is key


def test_goal_reference_cell_starts_a_row_of_its_own():
    # a column of references beside the action numbers: 'målsättning 3' under a sentence that
    # ended with no mark is a new row's key, not that sentence going on
    from classifiers.elements import _continues_row
    assert not _continues_row(["målsättning 3", "Kommunen ordnar en kurs"], ["Språkcafé för vuxna", "mål 2"])
    assert not _continues_row(["målsättning 3"], ["mål 2"])


@pytest.mark.parametrize("cell", ["Målsättning 2", "(tyngdpunkt 3)", "Framgångsfaktor B", "Mål A", "(delmål 1)"])
def test_code_reference_column_names_a_goal_by_every_label(cell):
    from classifiers.code_reference_columns import _GOAL_NAMED_RE
    assert _GOAL_NAMED_RE.fullmatch(cell)


def test_code_reference_column_with_a_goal_named_by_its_aim():
    # a column of task codes where one row follows up the whole goal, named 'Målsättning 2'
    from classifiers.code_reference_columns import code_reference_column
    rows = [["Antal deltagare i kursen", "INT-01"], ["Andel i arbete efter ett år", "Målsättning 2"],
            ["Antal mentorpar", "INT-02"]]
    coded = {"INT-01": "Språkkurs för vuxna", "INT-02": "Mentorprogram"}
    assert code_reference_column(rows, {0: "indicator"}, coded) == 1


# --- 6.1: the goal references and parenthesis tails ---------------------------------------

def _goal_reference_lists():
    from classifiers import (action_goal_links, builder, follow_up_questions, goal_labelled_meters,
                             goal_reference_brackets, part_reference_meters, read_headings, read_tables, reference_tails)
    return {
        "builder._FOR_GOAL_NUMBER_RE": builder._FOR_GOAL_NUMBER_RE,
        "builder._GOAL_IN_PARENTHESIS_RE": builder._GOAL_IN_PARENTHESIS_RE,
        "reference_tails._GOAL_IN_PARENTHESIS_RE": reference_tails._GOAL_IN_PARENTHESIS_RE,
        "reference_tails._GOAL_FIRST_IN_PARENTHESIS_RE": reference_tails._GOAL_FIRST_IN_PARENTHESIS_RE,
        "reference_tails._GOAL_DOER_TIME_IN_PARENTHESIS_RE": reference_tails._GOAL_DOER_TIME_IN_PARENTHESIS_RE,
        "reference_tails._GOAL_IN_BRACKETS_RE": reference_tails._GOAL_IN_BRACKETS_RE,
        "part_reference_meters._GOAL_TAIL_RE": part_reference_meters._GOAL_TAIL_RE,
        "follow_up_questions._GOAL_TAIL_RE": follow_up_questions._GOAL_TAIL_RE,
        "read_headings._FORM_FOR_GOAL_RE": read_headings._FORM_FOR_GOAL_RE,
        "goal_reference_brackets._CLOSING_REFERENCE_RE": goal_reference_brackets._CLOSING_REFERENCE_RE,
        "goal_labelled_meters._GOAL_LABEL_RE": goal_labelled_meters._GOAL_LABEL_RE,
        "action_goal_links._GOAL_REFS_RE": action_goal_links._GOAL_REFS_RE,
        "read_tables._BRACKETED_GOAL_REF_RE": read_tables._BRACKETED_GOAL_REF_RE,
    }


def test_goal_referenced_is_the_main_goal_list_and_its_definite_form():
    # (and 'huvudmål', the main goal a reference names beside its sub-goals: sixty-ninth set)
    assert set(lv.GOAL_REFERENCED) == set(lv.GOAL_NUMBERED) | {"målet", "huvudmål"}
    assert re.fullmatch(lv.GOAL_REFERENCE_WORDS, "målet") and re.fullmatch(lv.GOAL_REFERENCE_WORDS, "tyngdpunkt")


@pytest.mark.parametrize("name", sorted(_goal_reference_lists()))
def test_goal_references_build_on_the_shared_list(name):
    assert lv.GOAL_REFERENCE_WORDS in _goal_reference_lists()[name].pattern


@pytest.mark.parametrize("name,text", [
    ("builder._FOR_GOAL_NUMBER_RE", "Åtgärder för målbild 3"),
    ("builder._GOAL_IN_PARENTHESIS_RE", "Åtgärder för gemenskap (tyngdpunkt 2)"),
    ("reference_tails._GOAL_IN_PARENTHESIS_RE", "Språkcafé varje vecka (Biblioteket, målsättning 6)"),
    ("reference_tails._GOAL_FIRST_IN_PARENTHESIS_RE", "Språkcafé varje vecka (målsättning 5, 2025–2028)"),
    ("reference_tails._GOAL_DOER_TIME_IN_PARENTHESIS_RE", "Språkcafé (målsättning 5 – biblioteket – vår och höst)"),
    ("reference_tails._GOAL_IN_BRACKETS_RE", "Alla får ett samtal inom två veckor [Tyngdpunkt 1]."),
    ("part_reference_meters._GOAL_TAIL_RE", "Antal deltagare i kursen (delmål 2)"),
    ("follow_up_questions._GOAL_TAIL_RE", "Hur många deltog i kursen? (målsättning 1)"),
    ("read_headings._FORM_FOR_GOAL_RE", "Årsklocka för målsättning 5"),
    ("goal_reference_brackets._CLOSING_REFERENCE_RE", "Kurs i svenska för vuxna (tyngdpunkt B)"),
    ("goal_labelled_meters._GOAL_LABEL_RE", "Målsättning 3: antal deltagare i kursen"),
    ("action_goal_links._GOAL_REFS_RE", "Målsättning A, B"),
    ("read_tables._BRACKETED_GOAL_REF_RE", "(målsättning 3)"),
])
def test_goal_references_take_every_main_goal_label(name, text):
    # each of these lacked a label its siblings read ('målsättning', 'tyngdpunkt', 'målbild';
    # part_reference_meters lacked 'delmål')
    assert _goal_reference_lists()[name].search(text)


@pytest.mark.parametrize("name,text", [
    ("reference_tails._GOAL_IN_PARENTHESIS_RE", "Språkcafé (Biblioteket, mål 6)"),
    ("reference_tails._GOAL_IN_BRACKETS_RE", "Alla får ett samtal [målet 1]."),
    ("goal_reference_brackets._CLOSING_REFERENCE_RE", "Kurs i svenska (delmålsättning 2)"),
    ("builder._GOAL_IN_PARENTHESIS_RE", "Åtgärder för gemenskap (mål G1)"),
])
def test_goal_references_still_read_their_old_labels(name, text):
    assert _goal_reference_lists()[name].search(text)


def test_goal_in_parenthesis_by_an_aim():
    from classifiers.reference_tails import goal_in_closing_parenthesis
    assert goal_in_closing_parenthesis("Språkcafé varje vecka (Biblioteket, målsättning 6)") == \
        ("Språkcafé varje vecka (Biblioteket)", "6")


# --- 6.2: headers.label_role's free-word gate takes a whole phrase label -------------------

@pytest.mark.parametrize("text", [
    "Det här vill vi: Alla vuxna har ett arbete.",
    "Önskat läge: Alla barn går i förskola.",
    "Förväntade effekter: Fler vuxna talar svenska.",
    "Det här vill vi uppnå: Fler vuxna har ett arbete.",
])
def test_field_label_reads_a_whole_goal_phrase_label(text):
    # `header_role` read each of these over a column; as a colon field the free-word gate
    # turned them away ('Vad vi vill uppnå:' alone was let through)
    from classifiers.headers import field_label
    assert field_label(text) == (text.split(":")[0], "goal")


@pytest.mark.parametrize("text", [
    "Det här vill vi ändra på: språkcaféets tider.",     # a sentence opening with the phrase
    "Följs upp: i den årliga rapporten.",
    "det här vill vi: alla vuxna har ett arbete.",       # a phrase label starts with a capital
    # the action and follow-up phrases stay out: run in a paragraph they head a list that
    # the run-in reader splits into its items, a field would read it whole
    "Konkreta steg: en träff varje höst; en karta på sex språk.",
    "Det här gör vi: språkcafé; läxhjälp.",
])
def test_field_label_still_turns_away_a_sentence_or_a_run_in_list(text):
    from classifiers.headers import field_label
    assert field_label(text) is None


def test_goal_question_label_unchanged():
    from classifiers.headers import label_role
    assert label_role("Vad vi vill uppnå") == "goal"


# --- 6.2: role_headings.ROLE_HEADING_RE from the shared action nouns and the phrases ------

@pytest.mark.parametrize("heading,role_only", [
    ("Så här gör vi", True),          # was no role heading ('så gör vi' was)
    ("Detta gör vi", True),
    ("2.1 Åtgärd", True),             # the singular, one action's part
    ("Insatsen", True),
    ("Aktiviteterna", True),
    ("Åtgärder", True),               # as before
    ("3.2 Konkreta åtgärder", True),
    ("Det här gör vi", True),
    ("Åtgärder för barn och unga", False),   # names what the actions are for
    ("Insatsområde", False),
    ("Så här gör vi i Norrby", False),
])
def test_role_heading_by_the_shared_action_nouns_and_phrases(heading, role_only):
    from classifiers.role_headings import ROLE_HEADING_RE
    from classifiers.text import fold
    assert bool(ROLE_HEADING_RE.match(fold(heading))) is role_only


def test_role_heading_builds_on_the_shared_action_nouns():
    from classifiers.role_headings import ROLE_HEADING_RE
    assert lv.alt(lv.ACTION_NOUNS, folded=True) in ROLE_HEADING_RE.pattern


# --- 6.3: the theme label from one shared list ---------------------------------------------

@pytest.mark.parametrize("text,theme", [
    ("Fokusområde 2: Arbete och språk", True),   # was a theme line, not labelled as a theme
    ("Insatsområde 3 – Boende och närmiljö", True),
    ("Teema 1: Työ ja osaaminen", True),
    ("Prioriteringsområde 4. Hälsa", True),
    ("Tema 3: Delaktighet och goda relationer", True),   # as before
    ("Temaområde II – Arbete", True),
    ("Mål 2: Fler vuxna har ett arbete", False),
    ("Fokusområdena i korthet", False),
])
def test_labelled_as_theme_by_the_shared_theme_list(text, theme):
    from classifiers.headers import labelled_as_theme
    assert labelled_as_theme(text) is theme


def test_theme_labels_build_on_the_shared_list():
    from classifiers import headers, reader_shared
    assert lv.alt(lv.THEME_NUMBERED, forms=False) in headers._THEME_LABEL_RE.pattern
    assert set(lv.THEME_LABELS) < set(lv.THEME_NUMBERED)
    for w in lv.THEME_NUMBERED:
        assert re.fullmatch(reader_shared.AREA_LABEL, w.capitalize(), re.I)


def test_area_label_reads_the_finnish_theme():
    # 'teema' was only in headers' column list
    from classifiers.reader_shared import _AREA_LABEL_RE, _named_area
    assert _AREA_LABEL_RE.match("Teema 2")
    assert _named_area("Teema 2: Työ ja osaaminen") == "Työ ja osaaminen"


# --- 6.4: cells.METER_HEADER_RE (the gate for splitting a cell at its count lines) ---------

@pytest.mark.parametrize("header,meters", [
    ("Nyckeltal", True),       # was no meter header
    ("Nyckeltalen", True),
    ("Mått", True),
    ("Måtten:", True),
    ("Mätarna", True),         # as before
    ("Indikatorer", True),
    ("Uppföljning", False),    # the follow-up, said in words of any kind: the gate's own decision
    ("Utvärdering", False),
    ("Nyckeltal och källa", False),
])
def test_meter_header_by_every_meter_noun(header, meters):
    from classifiers.cells import METER_HEADER_RE
    assert bool(METER_HEADER_RE.match(header)) is meters


def test_a_key_figure_column_splits_its_cell_at_each_count():
    # a goal's row under 'Nyckeltal': one meter a line where a line opens with a count or share
    from classifiers.cells import METER_HEADER_RE, split_indicator_cell
    cell = "Antal deltagare i kursen som\navslutat den\nAndel i arbete efter ett år"
    assert split_indicator_cell(cell, listed=False, meters_header=bool(METER_HEADER_RE.match("Nyckeltal"))) == \
        ["Antal deltagare i kursen som\navslutat den", "Andel i arbete efter ett år"]


def test_meter_header_builds_on_the_shared_meter_nouns():
    from classifiers.cells import METER_HEADER_RE
    assert lv.alt(lv.METER_NOUNS) in METER_HEADER_RE.pattern
