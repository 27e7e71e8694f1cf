"""Mechanisms added while measuring on programs outside the corpus (joint theme tables,
prose programs, OCR .txt dumps). Examples are made up, not taken from the golden texts."""

import pytest

from classifiers.actors import split_actors
from classifiers.builder import _fill_unnamed_leading
from classifiers.cells import split_goal_cell
from classifiers.elements import _plain_heading_level
from classifiers.metadata import period_of
from classifiers.prose import is_goal_sentence


def test_unnamed_leading_columns_are_goal_and_measure():
    headers = ["", "", "Ansvarsinstans", "Samarbetspartner", "Uppföljning"]
    rows = [["Trygg vardag", "Kvällsvandringar", "Staden", "Föreningar", "Antal vandringar"]]
    roles = {2: "responsible", 3: "partners", 4: "indicator"}
    assert _fill_unnamed_leading(roles, headers, rows) == {0: "goal", 1: "measure", **roles}
    # one unnamed column: the action
    assert _fill_unnamed_leading({1: "responsible"}, ["", "Ansvar"], [["Kurser", "Staden"]]) == {0: "measure", 1: "responsible"}
    # a table that names its goal or measure column is left alone
    named = {0: "goal", 2: "indicator"}
    assert _fill_unnamed_leading(named, ["Mål", "", "Mätare"], [["a", "b", "c"]]) == named


@pytest.mark.parametrize("cell,resp", [
    ("Staden, församlingen", ["Staden", "församlingen"]),  # a bare noun is not an organisation with a unit
    ("Kommunerna (fritid och kultur)", ["Kommunerna (fritid och kultur)"]),
    ("Ansvarig för boendet samt ungdomssektorn", ["Ansvarig för boendet", "ungdomssektorn"]),
    ("Tjänsterna för barn och familjer", ["Tjänsterna för barn och familjer"]),
])
def test_actor_lists(cell, resp):
    assert split_actors(cell, "responsible")[0] == resp


def test_strävan_is_a_goal_noun():
    assert is_goal_sentence("Strävan är att minska arbetslösheten bland unga.")
    assert not is_goal_sentence("Teamet strävar till att utveckla samarbetet.")


def test_goal_paragraph_in_a_cell_stays_one_goal():
    # the first sentence ends at the right edge: the next word could not have fitted
    cell = "Rådgivning för alla som\nflyttar till orten.\nSedan görs en plan"
    assert split_goal_cell(cell, 23)[1] == ["Rådgivning för alla som flyttar till orten. Sedan görs en plan"]
    # a list of goals, one per line after short lines
    assert split_goal_cell("Fler jobb.\nBättre boende.", 40)[1] == ["Fler jobb.", "Bättre boende."]


@pytest.mark.parametrize("line,level", [
    ("3 SMÅBARNSPEDAGOGIK", 1), ("4.2 SOCIALSERVICE FÖR VUXNA", 2), ("2.1.1 Inledande kartläggning", 3),
    ("BOENDE", 1), ("7. Åtgärdshelhet för möten mellan kulturer", None),
    ("2014 kom de första familjerna till orten", None), ("Målet är att integrera alla.", None),
])
def test_plain_text_headings(line, level):
    assert _plain_heading_level(line) == level


def test_period_from_file_name():
    assert period_of(None, "gemensamt-2023-2026.ocr.txt") == (2023, 2026)
