"""The shared readers of number lists/ranges (`number_ranges`) and of a mark alone
(`lone_marks`), on made-up strings: each separator and each mark."""

import re

import pytest

from extractors.model import Table

from classifiers.action_references import referred_numbers, refers_to_actions
from classifiers.elements import Element
from classifiers.goal_mark_columns import fold_goal_mark_columns
from classifiers.goal_reference_headings import goal_reference_heading
from classifiers.lone_marks import is_filled_mark, is_lone_mark, lone_mark
from classifiers.number_ranges import NUMBER_LIST, expand_numbers, is_number_list
from classifiers.paren_numbers import actors_by_number
from classifiers.read_tables import labelled_action_numbers
from classifiers.records import _inline_codes


@pytest.mark.parametrize("spec, numbers", [
    ("4", ["4"]),
    ("1–3", ["1", "2", "3"]),            # en dash
    ("1-3", ["1", "2", "3"]),            # hyphen
    ("1—3", ["1", "2", "3"]),            # em dash
    ("1 – 3", ["1", "2", "3"]),          # spaced dash
    ("1 till 3", ["1", "2", "3"]),       # 'till'
    ("1, 2, 5", ["1", "2", "5"]),        # commas
    ("2 & 7", ["2", "7"]),               # ampersand
    ("2 och 4", ["2", "4"]),             # 'och'
    ("3 samt 5", ["3", "5"]),            # 'samt'
    ("1, 2 och 4", ["1", "2", "4"]),
    ("1, 3–5 och 8", ["1", "3", "4", "5", "8"]),   # a range inside a list
    ("2.1", ["2.1"]),                    # decimal code
    ("2.1–2.3", ["2.1", "2.2", "2.3"]),  # decimal range, last part counting
    ("4.1.1-4.1.3", ["4.1.1", "4.1.2", "4.1.3"]),
    ("2.9–3.1", ["2.9", "3.1"]),         # no common lead: the ends as printed
    ("5–2", ["5", "2"]),                 # counting down: the ends as printed
    ("2.1 och 3", ["2.1", "3"]),
])
def test_expand_numbers(spec, numbers):
    assert is_number_list(spec)
    assert expand_numbers(spec) == numbers


@pytest.mark.parametrize("text", ["", "mål 3", "1 eller 2", "2026", "1, 2 och", "100-200"])
def test_not_a_number_list(text):
    assert not is_number_list(text)


def test_number_list_embeds_without_groups():
    m = re.fullmatch(rf"\(({NUMBER_LIST})\)", "(1 och 3–4)")
    assert m and expand_numbers(m.group(1)) == ["1", "3", "4"]


def test_goal_reference_heading_reads_every_separator():
    assert goal_reference_heading("Språk (mål 1, 3–4)") == ("Språk", ["1", "3", "4"])
    assert goal_reference_heading("Arbete (mål 1 till 3)") == ("Arbete", ["1", "2", "3"])
    assert goal_reference_heading("Boende (delmål 2.1–2.2)") == ("Boende", ["2.1", "2.2"])


def test_action_references_read_every_separator():
    assert referred_numbers("Åtgärd 2 samt 4") == ["2", "4"]
    assert referred_numbers("Åtgärdskort 1 till 3") == ["1", "2", "3"]
    assert referred_numbers("Åtgärd 4.1–4.2") == ["4.1", "4.2"]
    assert refers_to_actions(["Åtgärd 3.1", "–", "Åtgärd 1—2"])


def test_labelled_action_numbers_reads_every_separator():
    assert labelled_action_numbers("Åtgärderna 1 till 3") == ["1", "2", "3"]
    assert labelled_action_numbers("Åtgärd 1, 3–4") == ["1", "3", "4"]
    assert labelled_action_numbers("Insats 2 & 5") == ["2", "5"]
    assert labelled_action_numbers("Åtgärd 2.1–2.3") == ["2.1", "2.2", "2.3"]


def test_actors_by_number_reads_every_separator():
    text = "Biblioteket (1 samt 3), skolan (2 till 3)."
    assert actors_by_number(text, ["1", "2", "3"]) == [
        (["Biblioteket"], []), (["skolan"], []), (["Biblioteket", "skolan"], [])]


@pytest.mark.parametrize("mark", list("●■◼⬤•▪‣xX×✓✔☒☑"))
def test_filled_marks(mark):
    for text in (mark, f" {mark} ", f"{mark}.", f"{mark};"):
        assert lone_mark(text) == mark
        assert is_filled_mark(text)


@pytest.mark.parametrize("mark", list("○◯◦□◻☐"))
def test_hollow_marks(mark):
    assert is_lone_mark(mark) and is_lone_mark(f"{mark}.")
    assert not is_filled_mark(mark)


@pytest.mark.parametrize("text", ["", "xx", "x y", "Ja", "● Språk", "-", "–", "1", "●●"])
def test_no_lone_mark(text):
    assert not is_lone_mark(text)


def test_goal_matrix_of_ticked_boxes_folds_into_a_goal_column():
    # a matrix printed with a form's tick boxes ('☒' ticked, '☐' not) reads as one of crosses
    t = Table(rows=[["Åtgärd", "Mål 1", "Mål 2"], ["Välkomstträffar", "☒", "☐"],
                    ["Språkcafé", "☐", "☒"]], header_rows=1)
    out = fold_goal_mark_columns([Element("table", "", 1, table=t, pages=[1])])
    assert out[0].table.rows == [["Åtgärd", "Mål"], ["Välkomstträffar", "1"], ["Språkcafé", "2"]]


def test_record_keeps_a_ticked_box_as_a_field():
    # 'A: ☒.' on a card: the matrix's column A, no part of the field before it
    assert _inline_codes("Ansvar: Biblioteket. A: ☒. B: ☐.") == [("A", "☒"), ("B", "☐")]
